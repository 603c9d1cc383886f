"""The one place that reads the API description: load it once, resolve it, classify it.

Everything downstream (coverage report, rendered overlays, tests) asks a ``SpecIndex`` rather
than walking the YAML itself, so a change of the description's shape is handled here once.
Classification is by shape, never by name: a *search* takes ``where``; a *list* sends a page
size and returns an array with a total; the rest goes by HTTP method and path parameters.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generator import page_shapes
from generator.load import MISSING, LoadError, load_description, pointer_target
from generator.normalise import is_json, normalise
from generator.normalise.media import FORM, MULTIPART, read_as_text
from generator.normalise.operations import REDIRECT_MARK
from generator.normalise.parameters import ACCEPT_MARK
from generator.page_totals import total_path
from generator.procedures import dotted_procedures, procedure_paths, undotted
from generator.relink import SelfContainedError
from generator.settings import Settings

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PAGE_SIZE_FIELDS = ("pageSize", "limit")
SCALAR_TYPES = ("string", "integer", "number", "boolean")
"""The types of one value, not a record: an answer of one (a count, a status) or a bare array's
records where they declare no fields (Woodpecker's branch names)."""
PAGE_FIELDS = ("page",)
ENVELOPE_FIELDS = frozenset({"data", "error", "meta"})
TOKEN_FIELDS = ("token", "accessToken", "access_token", "jwt")
RESERVED_ARGUMENTS = (
    "api_key",
    "token",
    "auth",
    "environment",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
    "transport",
    "profile",
    "self",
)
"""The client constructor's own arguments: a scheme named like one takes ``<name>_scheme``."""


FORMS = (FORM, MULTIPART)
"""The media types a body of fields is sent in, besides JSON."""


class SpecError(Exception):
    """The description is missing something the pipeline relies on."""


def load_spec(path: Path, name: str | None = None) -> dict[str, Any]:
    """The description in ``path`` as its JSON form would be (see ``generator.load``); a file that
    is not an OpenAPI 3 description raises ``SpecError`` naming the file (as ``name``, default the
    path) and the place."""
    try:
        return load_description(path, name)
    except LoadError as exc:
        raise SpecError(str(exc)) from exc


HAL_EMBEDDED = "_embedded"
"""Where a HAL body (``application/hal+json``) keeps the resources it holds: a page's records."""
PAGINATION_HOLDERS = ("pagination", "paging", "pageInfo")
"""Objects that say where in a list a page is: a record holding one beside records is a page."""

IDEMPOTENCY_HEADER = re.compile("idempoten", re.IGNORECASE)
"""A header parameter named so carries an idempotency key."""


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    summary: str
    provenance: str
    inferred: tuple[str, ...]
    kind: str
    idempotent: bool
    success_status: str
    envelope: bool
    batch_field: str | None
    batch_max: int | None
    public: bool
    raw: Mapping[str, Any] = field(repr=False, compare=False)
    returns_body: bool = True
    """Whether the success response documents content (a 204 or a bare 202 does not)."""
    dotted: bool = False
    """Whether the description calls its procedures by dotted names (``procedures.dotted_procedures``)."""
    binary: bool = False
    """Whether that content is a download (bytes) rather than JSON."""
    successes: tuple[int, ...] = ()
    """Every 2xx status documented, the success first; empty where the success is a range
    (``2XX``) or ``default``. An answer in another 2xx is read as the success (``_responses``)."""
    bodiless_statuses: tuple[int, ...] = ()
    """The other 2xx statuses documented without content where the success has some (Spotify's
    ``GET /me/player`` answers 204 when nothing plays): such an answer is None, not an error."""
    any_value: bool = False
    """Whether the success is JSON of no schema (any value): an empty answer is then None, not an
    error (SumUp's ``202`` to terminate a reader lists ``application/json`` and sends nothing)."""
    accept: str = "application/json"
    """The ``Accept`` header a call sends: the JSON media types its success answer is documented
    in (``application/scim+json``, ``application/vnd.pagerduty+json;version=2``), which a server
    that keeps to them refuses others for (406)."""
    procedure: bool = False
    """Whether the path's last segment names what the call does (``/item/get``), not a collection
    (``generator.procedures``)."""
    redirect: bool = False
    """Whether the operation answers with a redirect (only 3xx documented): its method returns the
    URL redirected to, unfollowed (``generator.normalise.operations.REDIRECT_MARK``)."""
    readable: bool = False
    """Whether its path takes a GET: a thing that is read, not only something done (Argo's ``PUT
    /workflows/{namespace}/{name}/stop`` has none)."""

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def naming_path(self) -> str:
        """The path as names read it: a data format's suffix left out (Twilio's ``/Accounts.json``
        and ``/Accounts/{Sid}.json``, Moneybird's ``/contacts{format}``, Gitea's ``{sha}.{diffType}``),
        an OData key a segment of its own (``keyed_segments``), and where the description calls its
        procedures by dotted names, their words as segments (``/chat.postMessage``: ``/chat/postMessage``),
        and a last segment of words run together spelt as the operationId parts them
        (ShipStation's ``/orders/markasshipped``, ``MarkAnOrderAsShipped``: ``markAsShipped``). A
        ``-`` stands for a record: the caller's own at the end (Halo's ``/users/-``: ``current``),
        any one before more words (``/plugins/-/install-from-uri``)."""
        path = self.path.partition("?")[0]  # Dropbox Sign's /oauth/token?refresh: a query is no word
        path = FORMAT_SUFFIX.sub("", keyed_segments(undotted(path) if self.dotted else path))
        path = re.sub(r"/-$", "/current", re.sub(r"/-(?=/)", "/{any}", path))  # Halo's /users/-, /plugins/-/install
        head, _, last = path.rpartition("/")
        words = run_together(last, self.operation_id)
        return f"{head}/{words[0]}{''.join(w.title() for w in words[1:])}" if words else path


@dataclass(frozen=True)
class PageShape:
    """Where one operation's page keeps its records and its total (API names, outermost first)."""

    items_path: tuple[str, ...]
    item_schema: str | None
    """The records' schema name when the items are a ``$ref``."""
    total_path: tuple[str, ...] | None


@dataclass(frozen=True)
class InferredProperty:
    schema: str
    name: str


def operation_key(method: str, path: str) -> str:
    """How the config names an operation when not by its operationId: ``"POST /gql/v1/clients"``."""
    return f"{method.upper()} {path}"


def config_keys(operation_id: str, method: str, path: str) -> tuple[str, ...]:
    """Every key a config entry may name one operation by, first the operationId: ``"METHOD /path"``
    also without a trailing slash, which FastAPI and Django publish (``/clients/``) where the
    config, written against another spelling of the same description, names ``/clients``."""
    bare = path.rstrip("/") or "/"
    keys = (operation_id, operation_key(method, path))
    return keys if bare == path else (*keys, operation_key(method, bare))


def config_entry(entries: Mapping[str, Any], operation_id: str, method: str, path: str) -> Any:
    """The first entry ``entries`` has under one of the operation's ``config_keys``, or None."""
    return next((entries[k] for k in config_keys(operation_id, method, path) if entries.get(k)), None)


class SpecIndex:
    """A resolved, classified view of one OpenAPI description.

    ``overrides`` are the config's entries for single operations, keyed by operationId or
    ``"METHOD /path"``; of them the index applies ``idempotent`` (the rest is naming).
    """

    def __init__(self, spec: dict[str, Any], overrides: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        try:
            normalised = normalise(spec)
        except SelfContainedError as exc:
            raise SpecError(str(exc)) from exc
        self.spec = normalised.spec
        """The description as openapi-python-client reads it (see ``generator.normalise``)."""
        self.normalised = normalised.changes
        """What was settled on the way (normalisations, names chosen): ``generate`` prints it."""
        self.overrides = dict(overrides or {})
        self.dropped: dict[str, str] = {}
        """Operations left out of the client (``"METHOD /path"``: why), see ``drop``."""
        self._dropped_ids: set[str] = set()
        self._dotted = dotted_procedures(self.spec["paths"])
        self._procedures = procedure_paths(map(self._naming_form, self.spec["paths"]), dotted=self._dotted)
        self.operations: tuple[Operation, ...] = tuple(self._operations())
        from generator.records import name_inline_records  # it reads operations: imported once they exist

        named = name_inline_records(self)
        if named:  # classified again, by the records' new names
            self.normalised.extend(named)
            self.operations = tuple(self._operations())

    def drop(self, label: str, reason: str) -> None:
        """Leave the operation ``label`` (``"METHOD /path"``) out of the client: openapi-python-client
        made no function for it. Config entries naming it still count as naming an operation."""
        for op in self.operations:
            if op.label == label:
                self._dropped_ids.add(op.operation_id)
        self.operations = tuple(op for op in self.operations if op.label != label)
        self.dropped[label] = reason

    @classmethod
    def from_path(
        cls, path: Path, overrides: Mapping[str, Mapping[str, Any]] | None = None, *, name: str | None = None
    ) -> SpecIndex:
        return cls(load_spec(path, name), overrides)

    @classmethod
    def from_settings(cls, settings: Settings) -> SpecIndex:
        """The project's description with the project's config overrides applied."""
        path = settings.spec_path
        name = str(path.relative_to(settings.root)) if path.is_relative_to(settings.root) else str(path)
        return cls.from_path(path, settings.operation_overrides, name=name)

    def unknown_overrides(self) -> list[str]:
        """Config keys that name no operation of this description."""
        known = (
            {key for op in self.operations for key in config_keys(op.operation_id, op.method, op.path)}
            | set(self.dropped)
            | self._dropped_ids
        )
        return sorted(key for key in self.overrides if key not in known)

    def override(self, operation_id: str, method: str, path: str) -> Mapping[str, Any]:
        """The config entry for one operation (by operationId, else by ``"METHOD /path"``), or {}."""
        return config_entry(self.overrides, operation_id, method, path) or {}

    def _idempotent(self, method: str, path: str, op: Mapping[str, Any], kind: str) -> bool:
        """Safe to send twice: by method (GET, PUT, DELETE, HEAD, OPTIONS), or a read by shape (a list
        or search: it only pages through records); ``x-aiwyn-idempotent`` and the config override."""
        found = method in ("get", "put", "delete", "head", "options") or kind in ("list", "search")
        found = bool(op.get("x-aiwyn-idempotent", found))
        configured = self.override(str(op.get("operationId")), method, path).get("idempotent")
        return found if configured is None else bool(configured)

    # ------------------------------------------------------------------ resolving
    def resolve(self, node: Any) -> Any:
        """Follow ``$ref`` chains inside this document (any JSON pointer: into properties, list
        members such as ``oneOf/0``, percent-encoded parts)."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#") or ref in seen:
                raise SpecError(f"unsupported or circular reference {ref!r}")
            seen.add(ref)
            found = pointer_target(self.spec, ref)
            if found is MISSING:
                raise SpecError(f"dangling reference {ref!r}: nothing in the description at that place")
            node = found
        return node

    @staticmethod
    def non_null(schema: Any) -> Any:
        """The schema a nullable ``anyOf``/``oneOf`` of one schema and ``null`` wraps, else itself."""
        if isinstance(schema, Mapping):
            for key in ("anyOf", "oneOf"):
                parts = schema.get(key)
                if isinstance(parts, list):
                    rest = [p for p in parts if not (isinstance(p, Mapping) and p.get("type") == "null")]
                    if len(rest) == 1 and len(parts) == 2:
                        return rest[0]
        return schema

    def properties(self, schema: Any) -> dict[str, Any]:
        """The properties of an object schema, with ``allOf`` parts merged in order."""
        schema = self.resolve(self.non_null(schema))
        merged: dict[str, Any] = {}
        if not isinstance(schema, Mapping):
            return merged
        for part in schema.get("allOf", ()):
            merged.update(self.properties(part))
        merged.update(schema.get("properties") or {})
        return merged

    def parameters(self, op: Operation) -> list[Mapping[str, Any]]:
        """The operation's parameters, resolved: the path item's, then its own (which win)."""
        item = self.spec["paths"].get(op.path) or {}
        merged: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in [*(item.get("parameters") or ()), *(op.raw.get("parameters") or ())]:
            param = self.resolve(raw)
            if isinstance(param, Mapping):
                merged[(str(param.get("name")), str(param.get("in")))] = param
        return list(merged.values())

    def idempotency_header(self, op: Operation) -> str | None:
        """The header by which the server recognises a request sent again (``Idempotency-Key``,
        Xero's, Stripe's, Adyen's), when the operation declares one: the client sends a key of its
        own unless the caller gives one, so the request may be retried as safely as a GET. A header
        named otherwise (PayPal's ``PayPal-Request-Id``) is one where ``x-aiwyn-idempotency-key: true``
        marks it; ``false`` unmarks one the name would take."""
        for param in self.parameters(op):
            name = str(param.get("name", ""))
            marked = param.get("x-aiwyn-idempotency-key")
            if param.get("in") == "header" and (marked is True or (marked is None and IDEMPOTENCY_HEADER.search(name))):
                return name
        return None

    def json_body_schema(self, container: Mapping[str, Any] | None) -> Any:
        container = self.resolve(container) if container else None
        if not container:
            return None
        content = container.get("content") or {}
        media = content.get("application/json") or next((m for t, m in content.items() if is_json(t)), None)
        return media.get("schema") if media else None

    def body_schema(self, container: Mapping[str, Any] | None) -> Any:
        """The schema of a request body as it is sent: its JSON form's, else its form's or its
        multipart form's (a body keeps one media type it is sent in, once normalised)."""
        found = self.json_body_schema(container)
        container = self.resolve(container) if container and found is None else None
        content = (container.get("content") if isinstance(container, Mapping) else None) or {}
        media = next((m for t, m in content.items() if t.split(";", 1)[0].strip().lower() in FORMS), None)
        return media.get("schema") if isinstance(media, Mapping) else found

    # ------------------------------------------------------------------ operations
    def _operations(self) -> Iterator[Operation]:
        from generator.paging import query_paging  # it reads operations: imported once they exist

        for op in self._classified():
            if op.method == "post" and op.kind == "create" and self._paged_read(op, query_paging(self, op)):
                # it pages by fields of its body ({cursor, count}): a read, as a list is
                yield replace(op, kind="list", idempotent=self._idempotent(op.method, op.path, op.raw, "list"))
            else:
                yield op

    def _paged_read(self, op: Operation, paging: Any) -> bool:
        """Whether a POST that pages (``paging``, a ``generator.paging.QueryPaging``) is a read:
        unless a GET lists its path and it pages in its query alone, where it writes into the
        collection the GET reads and answers a page of it (Paperless's ``POST
        /api/documents/{id}/notes/``: read as a list, a note was posted again on a retry and per
        page). A search by POST pages so with no GET beside it (Intercom's ``/companies/list``)."""
        if paging is None or op.path.rstrip("/").endswith("}"):
            return False  # a POST to a record writes it (Vikunja's bucket update, its own `limit`)
        listing = (self.spec["paths"].get(op.path) or {}).get("get")
        if not isinstance(listing, Mapping) or not self._lists(listing, op.path):
            return True  # Kavita's POST /api/want-to-read reads the list; its GET answers whether one is in it
        body = self.properties(self.json_body_schema(op.raw.get("requestBody")))
        named = {n for n in (paging.holder, paging.size, paging.page, paging.cursor) if n}
        return bool(named) and (paging.holder in body if paging.holder else named <= set(body))

    def _lists(self, get: Mapping[str, Any], path: str) -> bool:
        """Whether a GET answers a list: an array, or a page of records."""
        return self._answer_type(get, path) == "array" or self.page_shape(get, path) is not None

    def _classified(self) -> Iterator[Operation]:
        for path, item in sorted(self.spec["paths"].items()):
            for method in HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                if "operationId" not in op:
                    raise SpecError(f"{method.upper()} {path} has no operationId")
                tags = op.get("tags") or ["default"]
                success_status = self._success_status(op)
                success_props = self.properties(self.json_body_schema(op["responses"][success_status]))
                batch_field, batch_max = self._batch_field(op, item)
                kind = self._classify(method, path, op)
                content = self._success_content(op, success_status)
                text = read_as_text(self.spec, content)
                others = self._other_successes(op, success_status)
                bodiless = tuple(code for code in others if not self._success_content(op, str(code)))
                yield Operation(
                    operation_id=op["operationId"],
                    method=method,
                    path=path,
                    tag=tags[0],
                    summary=op.get("summary", ""),
                    provenance=op.get("x-aiwyn-provenance", "documented"),
                    inferred=tuple(op.get("x-aiwyn-inferred", ())),
                    kind=kind,
                    idempotent=self._idempotent(method, path, op, kind),
                    success_status=success_status,
                    envelope=ENVELOPE_FIELDS.issubset(success_props),
                    batch_field=batch_field,
                    batch_max=batch_max,
                    public=op.get("security", self.spec.get("security")) in ([], None),
                    raw=op,
                    returns_body=bool(content) and success_status != "204",  # a 204 has no body, whatever it lists
                    binary=bool(content) and not any(is_json(t) for t in content) and not text,
                    successes=(int(success_status), *others) if success_status.isdigit() else (),
                    bodiless_statuses=bodiless
                    if any(is_json(t) for t in content)
                    else (),  # a download's 202: an error
                    any_value=_any_value(content),
                    accept=str(op.get(ACCEPT_MARK) or "")
                    or ", ".join(t for t in content if is_json(t) or text)
                    or "application/json",
                    procedure=self._naming_form(path) in self._procedures,
                    dotted=self._dotted,
                    redirect=bool(op.get(REDIRECT_MARK)),
                    readable=isinstance(item.get("get"), Mapping),
                )

    def _success_content(self, op: Mapping[str, Any], status: str) -> Mapping[str, Any]:
        response = self.resolve(op["responses"][status])
        content = response.get("content") if isinstance(response, Mapping) else None
        return content if isinstance(content, Mapping) else {}

    @staticmethod
    def _other_successes(op: Mapping[str, Any], success: str) -> tuple[int, ...]:
        """The 2xx statuses documented besides ``success`` (numbered ones: not ``2XX``)."""
        codes = (str(code) for code in op.get("responses") or {})
        return tuple(sorted(int(code) for code in codes if code.isdigit() and code[0] == "2" and code != success))

    @staticmethod
    def _success_status(op: Mapping[str, Any]) -> str:
        """The first 2xx response (``2XX`` too), else ``default`` (see ``generator.normalise``,
        which drops an operation that documents neither)."""
        responses = op.get("responses") or {}
        codes = sorted(str(code) for code in responses if str(code).startswith("2"))
        if codes:
            return codes[0]
        if "default" in responses:
            return "default"
        raise SpecError(f"{op.get('operationId')} documents no 2xx or default response")

    def _naming_form(self, path: str) -> str:
        """``path`` as procedures are found in it: dotted names as segments, where the description uses them."""
        return undotted(path) if self._dotted else path

    def _classify(self, method: str, path: str, op: Mapping[str, Any]) -> str:
        body = self.properties(self.json_body_schema(op.get("requestBody")))
        if "where" in body:
            return "search"
        if method == "post" and self._paged_body(path, body) and self._returns_page(op):
            return "list"
        has_path_param = "{" in path
        if method == "get":
            # A collection lists, under a record too (/groups/{id}/members); a path without a
            # parameter answering one object gets it (Stripe's /v1/account, a metric, a count).
            answer = self._answer_type(op, path)
            collection = self.page_shape(op, path) is not None or answer == "array"
            if not has_path_param:
                one = answer == "one" and not collection and not _named_a_list(path, op.get("operationId"))
                return "get" if one else "list"
            last = keyed_segments(path).rstrip("/").split("/")[-1]
            by_parent = last[:1] == "{"  # /cards/user/{token}: a user's cards, or a record
            return "list" if collection and (not by_parent or self._pages_itself(op)) else "get"
        return {"post": "create", "put": "update", "patch": "update", "delete": "delete"}.get(method, "other")

    def _pages_itself(self, op: Mapping[str, Any]) -> bool:
        """Whether a GET whose path ends in a parameter answers a page rather than a record: no
        ``id`` at the top of its answer, and a page size beside a page, an offset or a cursor among
        its query parameters (Marqeta's ``/cards/user/{token}?count=&start_index=``)."""
        body = self._success_body(op)
        if not isinstance(body, Mapping) or "id" in self.properties(body):
            return False
        query = [p for p in map(self.resolve, op.get("parameters") or ()) if p.get("in") == "query"]
        return page_shapes.pages_by(str(p.get("name")) for p in query)

    def _success_answer(self, op: Mapping[str, Any]) -> Mapping[str, Any]:
        """The operation's success answer, resolved: its first 2xx, else its ``default``
        (springdoc's "default response", Halo's lists), but not one that describes an error
        (Bitbucket's "Unexpected error"); {} without either."""
        try:
            status = self._success_status(op)
        except SpecError:
            return {}
        answer = self.resolve(op["responses"][status])
        if not isinstance(answer, Mapping) or (status == "default" and _an_error(answer)):
            return {}
        return answer

    def _success_body(self, op: Mapping[str, Any]) -> Any:
        """The JSON schema of the operation's success answer (``_success_answer``), resolved."""
        answer = self._success_answer(op)
        return self.resolve(self.non_null(self.json_body_schema(answer))) if answer else None

    def _text_answer(self, op: Mapping[str, Any]) -> bool:
        """Whether the success answer is text, returned as a ``str`` (``media.read_as_text``)."""
        return read_as_text(self.spec, self._success_answer(op).get("content"))

    def _answer_type(self, op: Mapping[str, Any], path: str) -> str | None:
        """``array`` for a success answering a JSON array; ``one`` for an object that can be no
        list (Stripe's ``/v1/account``, a metric, a count; Harvest's ``/users/me`` with its
        ``roles``, an array of strings): no array of records at its top, and no other array beside
        a paging field (Jira's page of labels) or named after the path (``/tags``: ``{tags:
        [...]}`` lists tags), or a record with an ``id`` of its own and no paging field, whatever
        it holds; else None (any other object, or nothing documented)."""
        body = self._success_body(op)
        if not isinstance(body, Mapping):
            return "one" if self._text_answer(op) else None
        if body.get("type") == "array":
            return "array"
        if body.get("type") in SCALAR_TYPES:
            return "one"  # a count, a status: one value, no list (Mailgun's, Jira's)
        props = self.properties(body)
        if props and self._enveloped_record(props):
            return "one"  # Yapily's {meta, data: Identity, forwardedData: [...]}
        if LISTED.match(str(self._success_answer(op).get("description") or "")):
            return None  # Mastodon's filters: "List of [V1::Filter]", whatever its schema says
        if "id" in props and not page_shapes.has_page_field(props):
            return "one"  # Kavita's GET /api/Chapter?chapterId=: a chapter, with its files
        if not props or self._record_arrays(props):
            return None
        arrays: list[tuple[str, str | None, bool]] = [
            (str(k), None, False) for k, v in props.items() if self.resolve(self.non_null(v)).get("type") == "array"
        ]
        paged = page_shapes.has_page_field(props)
        segment = next((p for p in reversed(path.split("/")) if p and not p.startswith("{")), "")
        return None if arrays and (paged or _named_like(segment, arrays)) else "one"

    def _batch_field(self, op: Mapping[str, Any], item: Mapping[str, Any]) -> tuple[str | None, int | None]:
        """A batch write takes one required array with a documented ``maxItems``, and nothing else
        it must be given: its ``*_all`` helper takes the records alone, so an operation with a path
        parameter or another required one (``POST /projects/{project_id}/certificates/deactivate``)
        keeps its plain method only."""
        params = [self.resolve(p) for p in [*(item.get("parameters") or ()), *(op.get("parameters") or ())]]
        if any(isinstance(p, Mapping) and (p.get("in") == "path" or p.get("required")) for p in params):
            return None, None
        schema = self.resolve(self.json_body_schema(op.get("requestBody")))
        if not isinstance(schema, Mapping):
            return None, None
        required = list(schema.get("required", ()))
        props = self.properties(schema)
        if len(required) != 1 or required[0] not in props:
            return None, None
        prop = self.resolve(props[required[0]])
        if prop.get("type") != "array" or "maxItems" not in prop:
            return None, None
        return required[0], int(prop["maxItems"])

    def first_array(self, props: Mapping[str, Any]) -> str | None:
        """The name of the first array property: where a body keeps its records."""
        return next((name for name, prop in props.items() if self.resolve(prop).get("type") == "array"), None)

    def page_shape(self, op: Operation | Mapping[str, Any], path: str = "") -> PageShape | None:
        """Where a page's records and total sit in an operation's success body, found by shape.

        The records are an array of objects: inside an ``{data, error, meta}`` envelope's
        ``data`` if there is one, or one object down when the body holds no records and that object
        is a page (Spotify's ``{categories: {items, next, total}}``: ``_page_holder``), or two down
        under an object that holds nothing else (FreshBooks' ``{response: {result: {...}}}``), or HAL's
        ``_embedded`` (Mollie's ``{count, _embedded: {payments}, _links}``, whose ``count`` counts
        the page) or a ``data`` object (UK Open Banking's ``{Data: {Transaction}, Links, Meta}``). Preferred:
        the array named like the path's last segment (the one before a procedure: ``/wallet/list``),
        then one ending in its plural (``wallets``, ``investment_transactions``) or ending it, then
        one whose items have an ``id``, then one named as records are by convention (``entries``,
        ``items``: ``page_shapes.RECORD_ARRAYS``), then the only one; where several are left, none
        (a guess delivers the wrong records: Box's ``order`` beside its ``entries``). Arrays of
        strings and the like are passed over. The
        total is an integer named like a count (``total``, ``count``, ``totalCount``…) or a Hasura
        aggregate (``total``, ``aggregate`` or ``<name>_aggregate`` holding ``aggregate.count``),
        beside the records or at the top of the body, else the one in an object beside them
        (``meta.total_count``: ``generator.page_totals``).
        """
        raw = op.raw if isinstance(op, Operation) else op
        path = op.path if isinstance(op, Operation) else path  # a raw operation's path, where given
        body = self._success_body(raw)
        if body is None:
            return None
        if isinstance(body, Mapping) and body.get("type") == "array":  # the records are the whole body
            items = body.get("items") or {}
            ref = items.get("$ref") if isinstance(items, Mapping) else None
            if isinstance(ref, str) or self.properties(items) or self._records_union(items) is not None:
                return PageShape((), ref.rsplit("/", 1)[1] if isinstance(ref, str) else None, None)
            plain = isinstance(items, Mapping) and (not items or items.get("type") in SCALAR_TYPES)
            return PageShape((), None, None) if plain else None  # Woodpecker's branches: names, page by page
        top = self.properties(body)
        prefix: tuple[str, ...] = ()
        props = top
        if ENVELOPE_FIELDS.issubset(top) and self.properties(top["data"]):
            prefix, props = ("data",), self.properties(top["data"])
        literal = [p for p in path.split("/") if p and not p.startswith("{") and p != "search"]
        last = literal[-1] if literal else ""
        if isinstance(op, Operation) and op.procedure:  # /transactions/get: the records are the transactions
            literal = literal[:-1]
        segment = literal[-1] if literal else ""
        arrays = self._record_arrays(props)
        holder = self._page_holder(props) if not arrays else None
        held = None if arrays or holder is not None or "id" in props else self._records_holder(props)
        embedded = held == HAL_EMBEDDED
        if held is not None:  # HAL's {count, _embedded, _links}; Open Banking's {Data: {Account}, Links, Meta}
            holder = held
        outer = self._only_object(props) if holder is None and not arrays else None
        if outer is not None and (inner := self._page_holder(self.properties(props[outer]))) is not None:
            prefix, props, holder = (*prefix, outer), self.properties(props[outer]), inner  # FreshBooks' two down
        if holder is not None:  # the page one object down: Spotify's {categories: {items, next, total}}
            prefix, props = (*prefix, holder), self.properties(props[holder])
            arrays = self._record_arrays(props)
        if not arrays and not holder:
            arrays = self._untyped_records(props)
        if not arrays:
            return None  # no records, or several kinds of them (Spotify's /search): no one page
        if not prefix and (_one_record(top) or self._enveloped_record(top)):
            return None  # Clerk's subscription with its items, PandaDoc's document with its recipients
        chosen = (
            _named_like(segment, arrays)
            or _named_like(last, arrays)  # Square's /v2/bookings/custom-attribute-definitions, read as a procedure
            or [a for a in arrays if a[2]]
            or [a for a in arrays if page_shapes.named(a[0], page_shapes.RECORD_ARRAYS)]
            or (arrays if len(arrays) == 1 else [])
        )
        if not chosen:
            return None  # Box's {order, entries}: which array holds the records is not said, and a guess may be wrong
        name, schema, _ = chosen[0]
        if self._pages_themselves(props[name]):
            return None  # Typesense's multi-search: {results: [{hits, found, page}]} pages each result's hits
        total = total_path(self, [(prefix, props), ((), top)] if prefix else [((), props)])
        if embedded and total is not None and page_shapes.named(total[-1], page_shapes.PAGE_COUNT_KEYS):
            total = None  # HAL's count counts the embedded records (Mollie's), not the list
        return PageShape((*prefix, name), schema, total)

    def _pages_themselves(self, array: Any) -> bool:
        """Whether an array's records are pages themselves: each holds records and says which page
        of them it is (a page number, or a pagination object). The page parameters then page the
        records inside each, not the array (Typesense's multi-search answers ``{results: [{hits,
        found, page}]}``, one result per search). A record is no page: it has an ``id`` (Paystack's
        orders hold their ``items`` and the payment ``page`` they came through), and an array
        beside a ``total`` (an order's lines and their sum) says nothing."""
        items = self.resolve(self.non_null(array)).get("items") if isinstance(array, Mapping) else None
        inner = self.properties(items) if isinstance(items, Mapping) else {}
        numbered = any(page_shapes.named(str(key), (*page_shapes.PAGE_PARAMS, *PAGINATION_HOLDERS)) for key in inner)
        return numbered and "id" not in inner and bool(self._record_arrays(inner))

    def _records_holder(self, props: Mapping[str, Any]) -> str | None:
        """The object that holds a body's records by a name that says so: HAL's ``_embedded``, or
        a ``data`` holding nothing but records with a paging field beside it or in an object beside
        it (UK Open Banking's ``{Data: {Transaction: [...]}, Links: {Next}, Meta}``; Apideck's
        ``{data: {id, addresses: [...]}, meta}`` is a record). A record's own (an ``id`` beside
        it) is not asked about."""
        for name, prop in props.items():
            if str(name) != HAL_EMBEDDED and page_shapes.squash(str(name)) != "data":
                continue
            beside = [(key, self.properties(value)) for key, value in props.items() if key != name]
            paged = any(  # a report's data holds arrays too (Apideck's aged creditors): only a page says how it pages
                page_shapes.has_page_field([key, *inner_props]) for key, inner_props in beside
            )
            inner = self.properties(prop)
            arrays = self._record_arrays(inner)
            hal = str(name) == HAL_EMBEDDED  # a HAL collection holds its resources there, paged or not
            if arrays and (hal or (paged and len(arrays) == len(inner))):  # not a record's own data
                return str(name)
        return None

    def _only_object(self, props: Mapping[str, Any]) -> str | None:
        """The one object among ``props`` where the body holds nothing else and no ``id``
        (FreshBooks' ``{response: {result: {invoices, page, pages, total}}}``)."""
        objects = [str(name) for name, prop in props.items() if self.properties(prop)]
        return objects[0] if len(objects) == 1 and len(props) == 1 else None

    def _page_holder(self, props: Mapping[str, Any]) -> str | None:
        """The one object among ``props`` that is a page: records beside a paging field (a total, a
        next link or cursor, a has-more flag), and no ``id`` of its own. A body holding any other
        object, or an ``id``, is a record or an answer with more in it (``{data, meta, links}``),
        never a page."""
        objects = [(str(name), inner) for name, prop in props.items() if (inner := self.properties(prop))]
        if len(objects) != 1 or "id" in props:  # a record holding a list (Stripe's fee and its refunds)
            return None
        name, inner = objects[0]
        paged = page_shapes.has_page_field(inner)
        return name if paged and "id" not in inner and self._record_arrays(inner) else None

    def _record_arrays(self, props: Mapping[str, Any]) -> list[tuple[str, str | None, bool]]:
        """The arrays of records among ``props``: each name, its items' schema name (None when
        inline) and whether its records have an ``id`` (arrays of strings and the like are not)."""
        arrays = []
        for name, prop in props.items():
            resolved = self.resolve(self.non_null(prop))
            if not isinstance(resolved, Mapping) or resolved.get("type") != "array":
                continue
            items = resolved.get("items") or {}
            ref = items.get("$ref") if isinstance(items, Mapping) else None
            if self.properties(items) or isinstance(ref, str) or self._records_union(items) is not None:
                arrays.append(
                    (str(name), ref.rsplit("/", 1)[1] if isinstance(ref, str) else None, self.have_ids(items))
                )
        return arrays

    def _enveloped_record(self, props: Mapping[str, Any]) -> bool:
        """Whether a body is one record in an envelope's ``data`` (an object of fields holding no
        records itself), whatever arrays sit beside it, where no paging field does (Yapily's
        ``{meta, data: Identity, links, forwardedData: [...]}``)."""
        data = self.resolve(self.non_null(props["data"])) if "data" in props else None
        fields = self.properties(data) if isinstance(data, Mapping) and data.get("type") != "array" else {}
        return bool(fields) and not self._record_arrays(fields) and not page_shapes.has_page_field(props)

    def _untyped_records(self, props: Mapping[str, Any]) -> list[tuple[str, str | None, bool]]:
        """The one array among ``props`` whose items declare no properties (any JSON: SugarCRM's
        and Meilisearch's documents, ``items: {}``; or scalars: Airflow's tags), where a paging
        field beside it (a total, a next offset) says the object is a page of them."""
        arrays: list[tuple[str, str | None, bool]] = [
            (str(name), None, False)
            for name, prop in props.items()
            if self.resolve(self.non_null(prop)).get("type") == "array"
        ]
        return arrays if len(arrays) == 1 and page_shapes.has_page_field(props) else []

    def have_ids(self, items: Any) -> bool:
        """Whether an array's records have an ``id``: its items' own, or every kind's of a union of
        kinds (Stripe's customer sources: ``anyOf: [bank_account, card]``)."""
        union = self._records_union(items)
        return "id" in self.properties(items) or bool(union and all("id" in member for member in union))

    def _records_union(self, items: Any) -> list[dict[str, Any]] | None:
        """The properties of each kind of record, when an array's items are an inline ``oneOf`` or
        ``anyOf`` of objects (PagerDuty's log entries, eighteen kinds); None otherwise."""
        items = self.resolve(items) if isinstance(items, Mapping) and "$ref" not in items else None
        members = (items.get("oneOf") or items.get("anyOf")) if isinstance(items, Mapping) else None
        if not isinstance(members, list) or not members:
            return None
        kinds = [self.properties(member) for member in members]
        return kinds if all(kinds) else None

    def page_items(self, op: Operation) -> tuple[str, str | None] | None:
        """The records array of an operation's success body (its last key), and its items' schema name."""
        shape = self.page_shape(op)
        return (shape.items_path[-1], shape.item_schema) if shape else None

    def batch_results_path(self, op: Operation) -> list[str] | None:
        """Where a batch write's per-record results are: the array in its (enveloped) success body."""
        props = self.properties(self.json_body_schema(op.raw["responses"][op.success_status]))
        prefix: list[str] = []
        if op.envelope:
            props, prefix = self.properties(props["data"]), ["data"]
        name = self.first_array(props)
        return [*prefix, name] if name else None

    @staticmethod
    def _paged_body(path: str, body: Mapping[str, Any]) -> bool:
        """Whether a POST's body asks for a page: a page size (``PAGE_SIZE_FIELDS``) beside a page,
        an offset or a cursor, on a collection's path. A record's own ``limit`` sent to the record
        (Vikunja's ``POST .../buckets/{bucketID}``, a bucket's task limit) asks for none: read as a
        list, that write was retried and repeated page after page."""
        sized = any(name in body for name in PAGE_SIZE_FIELDS)
        return sized and page_shapes.pages_by(map(str, body)) and not path.rstrip("/").endswith("}")

    def _returns_page(self, op: Mapping[str, Any]) -> bool:
        shape = self.page_shape(op)
        return shape is not None and shape.total_path is not None

    # ------------------------------------------------------------------ client wiring
    def environments(self) -> dict[str, str]:
        """Server URLs by a short name, in the description's order.

        Named from the server's description or host (production, sandbox, staging, docs_mock, as
        ``ENVIRONMENT_WORDS`` recognises them; else the description's first word or the host's
        first label), unique; URL variables take their defaults (every value of an ``enum``
        variable named after the environment is listed too); a URL still templated is left out.
        """
        found: dict[str, str] = {}
        for server in self.spec.get("servers") or ():
            if not isinstance(server, Mapping) or not isinstance(server.get("url"), str):
                continue
            for hint, url in _expanded(server):
                if "{" in url or not url.startswith(("http://", "https://")):
                    continue  # a relative or still-templated URL is not a place to connect to
                name = _environment_name(str(server.get("description") or ""), url, hint)
                unique = f"{name}_{_word(hint)}" if name in found and hint else name
                n = 2
                while unique in found:
                    unique, n = f"{name}_{n}", n + 1
                found[unique] = url.rstrip("/")
        return found

    def default_environment(self) -> str | None:
        """Production if the description has it, else sandbox, staging, then the first that is not
        a mock; None when only mocks (or nothing) are listed: the client then asks for base_url."""
        names = self.environments()
        for preferred in ("production", "sandbox", "staging"):
            if preferred in names:
                return preferred
        return next((n for n in names if not n.startswith("docs_mock")), None)

    def token_exchange(self) -> dict[str, Any] | None:
        """The public operation that trades one required string (the API key) for a token."""
        for op in self.operations:
            if not op.public:
                continue
            body = self.resolve(self.json_body_schema(op.raw.get("requestBody")))
            if not isinstance(body, Mapping) or len(body.get("required", ())) != 1:
                continue
            key_field = body["required"][0]
            if self.resolve(self.properties(body)[key_field]).get("type") != "string":
                continue
            path = self._token_path(self.json_body_schema(op.raw["responses"][op.success_status]))
            if path:
                return {
                    "operation_id": op.operation_id,
                    "method": op.method.upper(),
                    "path": op.path,
                    "key_field": key_field,
                    "token_path": path,
                }
        return None

    def api_key_scheme(self) -> dict[str, str] | None:
        """Where an API key goes when it is sent as it is (an ``apiKey`` security scheme): the one
        the operations' security requirements name first, else the first declared. None when the
        description declares none, or when a token exchange takes the key instead."""
        schemes = {
            name: scheme
            for name, scheme in ((self.spec.get("components") or {}).get("securitySchemes") or {}).items()
            if isinstance(scheme, Mapping)
            and scheme.get("type") == "apiKey"
            and scheme.get("in") in ("header", "query", "cookie")
            and isinstance(scheme.get("name"), str)
        }
        if not schemes or self.token_exchange() is not None:
            return None
        required = [self.spec.get("security") or []] + [op.raw.get("security") or [] for op in self.operations]
        named = [name for requirements in required for req in requirements for name in req if name in schemes]
        chosen = schemes[(named or list(schemes))[0]]
        return {"in": chosen["in"], "name": chosen["name"]}

    def security_schemes(self) -> list[dict[str, Any]]:
        """Every security scheme the client can send, in the description's order, with the
        constructor argument and environment variable named after it (``basicAuth`` →
        ``basic_auth_username=`` / ``AIWYN_BASIC_AUTH_USERNAME``). Kinds: ``basic``, ``bearer``
        (``http`` schemes, any case), ``apiKey`` (header, query or cookie), ``oauth2`` (its
        client-credentials token URL and scopes, when it declares that flow; its authorization
        code and device authorization (OpenAPI 3.2's name) endpoints, for ``aiwyn login``) and
        ``openIdConnect`` (its discovery URL). Others (``mutualTLS``, ``http`` digest) are left out."""
        declared = (self.spec.get("components") or {}).get("securitySchemes") or {}
        found: list[dict[str, Any]] = []
        taken = set(RESERVED_ARGUMENTS)
        for name, raw in declared.items():
            scheme = self.resolve(raw)
            if not isinstance(scheme, Mapping):
                continue
            kind = str(scheme.get("type") or "")
            entry: dict[str, Any] = {"name": str(name)}
            if kind == "http" and str(scheme.get("scheme") or "").lower() in ("basic", "bearer"):
                entry["kind"] = str(scheme["scheme"]).lower()
            elif (
                kind == "apiKey"
                and scheme.get("in") in ("header", "query", "cookie")
                and isinstance(scheme.get("name"), str)
            ):
                entry.update(kind="apiKey", location=scheme["in"], param=scheme["name"])
            elif kind == "oauth2":
                flows = scheme.get("flows") or {}
                client = flows.get("clientCredentials") if isinstance(flows, Mapping) else None
                entry["kind"] = "oauth2"
                entry["token_url"] = str(client.get("tokenUrl")) if isinstance(client, Mapping) else None
                entry["scopes"] = (
                    tuple(sorted((client or {}).get("scopes") or {})) if isinstance(client, Mapping) else ()
                )
                code = flows.get("authorizationCode") if isinstance(flows, Mapping) else None
                device = flows.get("deviceAuthorization") if isinstance(flows, Mapping) else None
                user = code if isinstance(code, Mapping) else device if isinstance(device, Mapping) else {}
                entry["authorization_url"] = code.get("authorizationUrl") if isinstance(code, Mapping) else None
                entry["device_url"] = device.get("deviceAuthorizationUrl") if isinstance(device, Mapping) else None
                entry["user_token_url"] = user.get("tokenUrl")
                entry["user_scopes"] = tuple(sorted(user.get("scopes") or {}))
            elif kind == "openIdConnect" and isinstance(scheme.get("openIdConnectUrl"), str):
                entry.update(kind="openIdConnect", discovery_url=scheme["openIdConnectUrl"], token_url=None, scopes=())
            else:
                continue
            arg = _word(re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", str(name))) or "scheme"
            if arg[0].isdigit():
                arg = f"scheme_{arg}"
            if keyword.iskeyword(arg) or keyword.issoftkeyword(arg):
                arg = f"{arg}_scheme"
            if _credential_names(entry["kind"], arg) & taken:
                arg = f"{arg}_scheme"
            unique, n = arg, 2
            while _credential_names(entry["kind"], unique) & taken:
                unique, n = f"{arg}_{n}", n + 1
            taken.update(_credential_names(entry["kind"], unique))
            entry["arg"], entry["env"] = unique, f"AIWYN_{unique.upper()}"
            found.append(entry)
        return found

    def security(self, op: Operation | None = None) -> tuple[tuple[str, ...], ...] | None:
        """The alternatives of a security requirement (each the schemes sent together): the
        operation's own when it has one (``[]`` → ``()``: nothing sent), else the description's;
        None when neither declares any. Scopes are dropped (the client asks for the scheme's)."""
        raw = op.raw.get("security") if op is not None and "security" in op.raw else self.spec.get("security")
        if op is not None and "security" not in op.raw and raw is None:
            return None
        if raw is None:
            return None
        alternatives: list[tuple[str, ...]] = []
        for requirement in raw if isinstance(raw, list) else ():
            if isinstance(requirement, Mapping):
                alternatives.append(tuple(str(name) for name in requirement))
        return tuple(alternatives)

    def credentials_optional(self) -> bool:
        """Whether a client can be made with no credential: the description declares no scheme the
        client can send, or every operation lets a request go without one (``security: []``, or an
        empty alternative ``{}``). Schemes declared with no requirement anywhere still ask for a
        credential: such descriptions mostly forgot the requirement, not the need."""
        if not self.security_schemes():
            return True
        return all((found := self.security(op)) is not None and (not found or () in found) for op in self.operations)

    def operation_security(self, op: Operation) -> tuple[tuple[str, ...], ...] | None:
        """The operation's requirement when it differs from the description's, else None."""
        own = self.security(op)
        return None if own == self.security() else own

    def _token_path(self, schema: Any, prefix: tuple[str, ...] = ()) -> list[str] | None:
        props = self.properties(schema)
        for name in TOKEN_FIELDS:
            if name in props and self.resolve(props[name]).get("type") == "string":
                return [*prefix, name]
        if "data" in props and not prefix:
            return self._token_path(props["data"], ("data",))
        return None

    # ------------------------------------------------------------------ provenance
    @property
    def tags(self) -> list[dict[str, Any]]:
        declared = list(self.spec.get("tags") or [])
        names = {t["name"] for t in declared}
        for op in self.operations:
            if op.tag not in names:
                declared.append({"name": op.tag})
                names.add(op.tag)
        return declared

    def inferred_properties(self) -> list[InferredProperty]:
        found: list[InferredProperty] = []
        schemas = self.spec.get("components", {}).get("schemas", {})
        for schema_name, schema in sorted(schemas.items()):
            for prop_name, prop in sorted(self.properties(schema).items()):
                if isinstance(prop, Mapping) and prop.get("x-aiwyn-provenance") == "inferred":
                    found.append(InferredProperty(schema_name, prop_name))
        return found

    def inferred_schemas(self) -> list[str]:
        schemas = self.spec.get("components", {}).get("schemas", {})
        return sorted(name for name, s in schemas.items() if s.get("x-aiwyn-provenance") == "inferred")


ENVIRONMENT_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("docs_mock", ("mock", "prism", "stub")),
    ("sandbox", ("sandbox", "demo", "test", "testing")),
    ("staging", ("staging", "stage", "uat", "preprod", "pre-production")),
    ("production", ("production", "prod", "live")),
)


def _environment_name(description: str, url: str, hint: str = "") -> str:
    """production, sandbox, staging or docs_mock (a mock the API's vendor runs, not a local one)
    when the description, the variables' values or the host say so; else the description's
    first word, else the host (``api.`` hosts: production)."""
    words = re.findall(r"[a-z0-9]+", description.lower())
    hinted = words + re.findall(r"[a-z0-9]+", hint.lower())
    host, _, rest = url.lower().split("://", 1)[-1].partition("/")
    labels = host.split(":")[0].split(".")
    host_words = re.findall(r"[a-z0-9]+", ".".join(labels[:-1]) + "/" + rest)  # not the TLD: .test is no sandbox
    for name, hints in ENVIRONMENT_WORDS:
        if any(h in hinted for h in hints):
            return name
    for name, hints in ENVIRONMENT_WORDS:
        if any(h in host_words for h in hints):
            return name
    if words:
        return str(words[0])
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return "production" if host.count(".") <= 2 and host.startswith("api.") else re.sub(r"\W", "_", host.split(".")[0])


CREDENTIAL_SUFFIXES = {
    "basic": ("_username", "_password"),
    "bearer": ("",),
    "apiKey": ("",),
}
"""The constructor arguments a scheme of each kind takes, as suffixes of its name
(``auth/_credentials.py.jinja``); OAuth 2.0 and OpenID Connect take ``OAUTH_SUFFIXES``."""
OAUTH_SUFFIXES = ("_client_id", "_client_secret", "_scopes", "_token_url", "_token", "_refresh_token")


def _credential_names(kind: str, arg: str) -> set[str]:
    """The name ``arg`` and every constructor argument a scheme so named takes: two schemes must
    share none (Square declares ``oauth2``, whose client secret is ``oauth2_client_secret``, and an
    API key named ``oauth2ClientSecret``)."""
    return {arg, *(arg + suffix for suffix in CREDENTIAL_SUFFIXES.get(kind, OAUTH_SUFFIXES))}


def _word(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _expanded(server: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(hint, URL) for a server: variables at their defaults, then each other value of an
    ``enum`` variable as a further URL; the hint is the variables' values, for naming."""
    url = str(server["url"])
    variables = server.get("variables") or {}
    base, defaults = url, []
    for name, variable in variables.items():
        if isinstance(variable, Mapping) and "default" in variable:
            base = base.replace("{" + str(name) + "}", str(variable["default"]))
            defaults.append(str(variable["default"]))
    found = [(" ".join(defaults), base)]
    for name, variable in variables.items():
        if not isinstance(variable, Mapping):
            continue
        for value in variable.get("enum") or ():
            if value == variable.get("default"):
                continue
            other = url
            for other_name, other_variable in variables.items():
                chosen = value if other_name == name else (other_variable or {}).get("default")
                if chosen is not None:
                    other = other.replace("{" + str(other_name) + "}", str(chosen))
            found.append((str(value), other))
    return found


def _named_like(segment: str, arrays: list[tuple[str, str | None, bool]]) -> list[tuple[str, str | None, bool]]:
    """The record arrays named as the path's last literal segment, else named with its plural as
    their ending (``wallet``: ``wallets``; ``transactions``: ``investment_transactions``), else
    named as its ending (``model_evaluation_runs``: ``runs``)."""
    named = [a for a in arrays if a[0].lower() in (segment.lower(), segment.lower().replace("-", "_"))]
    word = page_shapes.squash(segment).removesuffix("s")
    ending = [a for a in arrays if word and page_shapes.squash(a[0]).removesuffix("s").endswith(word)]
    ends_it = [a for a in arrays if (w := page_shapes.squash(a[0]).removesuffix("s")) and word.endswith(w)]
    return named or ending or ends_it  # DigitalOcean's /model_evaluation_runs: runs


LIST_WORDS = ("list", "search")
"""The first word of an operationId, or of a path's last segment, that names a list whatever the
answer's schema says (Slack's ``/admin.teams.list``, documented as a bare ``{ok}``)."""


def _named_a_list(path: str, operation_id: Any) -> bool:
    last = re.split(r"[./]", path.rstrip("/"))[-1]
    words = [
        re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", str(name)).lower().split("_")[0] for name in (last, operation_id or "")
    ]
    return any(word in LIST_WORDS for word in words)


RECORD_NOTES = ("warnings", "errors", "messages")
"""Arrays a record may carry beside itself (Dropbox Sign's ``{account, warnings}``): never its page."""


WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
"""The words of a name written in camelCase, snake_case or prose (``MarkAnOrderAsShipped``,
``errorGeneric``, ``ApiError``)."""

LISTED = re.compile(r"\s*(an?\s+)?(list|array|collection)\s+of\b", re.IGNORECASE)
"""An answer's description that says it lists (Mastodon's ``GET /api/v1/filters``, "List of
[V1::Filter]", whose schema is one filter)."""

ERROR_WORDS = frozenset({"error", "errors", "fail", "failure", "problem", "fault", "exception", "unexpected"})


def _an_error(answer: Any) -> bool:
    """Whether a ``default`` answer describes an error (by its description, or its schema's name)."""
    if not isinstance(answer, Mapping):
        return False
    content = answer.get("content")
    media = content.values() if isinstance(content, Mapping) else ()
    schemas = [m.get("schema") for m in media if isinstance(m, Mapping)]
    refs = [str(s.get("$ref") or s.get("title") or "") for s in schemas if isinstance(s, Mapping)]
    texts = [str(answer.get("description") or ""), *refs]  # errorGeneric, ApiError: their words
    return any(w.lower() in ERROR_WORDS for text in texts for w in WORDS.findall(text))


def _one_record(props: Mapping[str, Any]) -> bool:
    """Whether a body is one record that holds an array, not a page: it has an ``id`` of its own
    and no paging field, or it holds one object beside nothing but notes (``{account, warnings}``)."""
    paged = page_shapes.has_page_field(props)
    notes = [k for k in props if page_shapes.named(str(k), RECORD_NOTES)]
    return not paged and ("id" in props or (bool(notes) and len(props) - len(notes) == 1))


ODATA_KEY = re.compile(r"\(([^()/]*\{[^}/]+\}[^()/]*)\)(?=/|#|$)")
"""An OData key in a segment: ``customers({customer_id})``, ``items(id={id},type='{type}')``."""


def run_together(segment: str, operation_id: str) -> list[str] | None:
    """The words of a lower-case segment written run together (``markasshipped``), as the
    operationId spells them: a run of its words, in order and some skipped, that starts with its
    first word, the operation's verb (``MarkAnOrderAsShipped``: ``mark``, ``as``, ``shipped``);
    None where the segment is one word, or not spelt so (``metadata`` of ``GetMetaData``)."""
    if not segment.isalpha() or not segment.islower():
        return None
    words = [w.lower() for w in WORDS.findall(operation_id)]
    if not words or not segment.startswith(words[0]):
        return None

    def spelt(at: int, next_word: int) -> list[str] | None:
        if at == len(segment):
            return []
        for j in range(next_word, len(words)):
            if segment.startswith(words[j], at) and (rest := spelt(at + len(words[j]), j + 1)) is not None:
                return [words[j], *rest]
        return None

    found = spelt(len(words[0]), 1)
    return [words[0], *found] if found else None


def keyed_segments(path: str) -> str:
    """``path`` with each OData key a segment of its own (Business Central's
    ``/companies({company_id})/customers({customer_id})`` reads as ``/companies/{key}/customers/{key}``),
    so names and kinds read it as they read ``/customers/{id}``."""
    return ODATA_KEY.sub("/{key}", path)


FORMAT_SUFFIX = re.compile(r"(?<=[^/])(\.(json|xml)|\.?\{[^}/]*\})(?=/|#|$)")
"""A data format's suffix to a path segment: ``.json``, ``.xml``, or a parameter after a word or
another parameter (``contacts{format}``, ``{sha}.{diffType}``)."""

DESCRIBING = frozenset({"description", "title", "example", "examples", "deprecated"})
"""Keywords that describe a schema without constraining it."""


def _any_value(content: Mapping[str, Any]) -> bool:
    """Whether a response's JSON content names no schema (or one that only describes): any value."""
    json_types = [media for kind, media in content.items() if is_json(kind)]
    return bool(json_types) and all(
        isinstance(media, Mapping) and set(media.get("schema") or {}) <= DESCRIBING for media in json_types
    )
