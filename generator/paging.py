"""How an operation pages, found from the description's structure (``generator.page_shapes`` names).

The Aiwyn convention (a page size in a JSON body, a page number or a keyset ``where``) is read by
``generator.resources``; this module reads what other APIs do, from the query parameters and the
success response: a ``Link`` header, a next cursor or page token, a ``next`` link in the body, the
last record's id with ``has_more``, a page number, or an offset. What it cannot settle, it leaves
alone: the list keeps its plain method (and the build says so in one line).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator import page_shapes as shapes
from generator.spec import Operation, PageShape, SpecIndex

LINK_HEADER_MARK = "x-aiwyn-link-header"
"""On an operation, ``true``: its answers' ``Link`` header carries the next page, declared or not
(``link_header: true`` in its config entry says the same)."""

NEXT_HEADER_MARK = "x-aiwyn-next-header"
"""On an operation, the response header that carries the next page's cursor or number, where the
description does not declare it (Nomad's ``X-Nomad-NextToken``; ``next_header`` in its config entry
says the same)."""
NEXT_HEADERS = (
    "nexttoken",
    "nextcursor",
    "nextpagetoken",
    "nextmarker",
    "continuationtoken",
    "continuation",
    "nextpage",
)
"""How the name of a response header carrying the next page ends, once squashed (``X-Nomad-NextToken``,
Azure's ``x-ms-continuation``, GitLab's ``X-Next-Page``): a vendor's prefix goes before it."""


@dataclass(frozen=True)
class QueryPaging:
    """What one list's paging is, in API names."""

    style: str
    """``page``, ``offset``, ``cursor``, ``next_page``, ``after_id``, ``next_url`` or ``link_header``."""
    shape: PageShape
    size: str | None = None
    """The page-size query parameter (or body field)."""
    page: str | None = None
    """The page-number or offset query parameter (or body field)."""
    cursor: str | None = None
    """The query parameter (or body field) that carries a cursor or the last id."""
    first_page: int = 0
    """The first page's number, or for an offset the first record's (SCIM's ``startIndex``: 1)."""
    next_path: tuple[str, ...] | None = None
    """Where the body keeps the next cursor or link."""
    more_path: tuple[str, ...] | None = None
    """Where the body says whether more records follow (``has_more``): an ``after_id`` list needs
    it (or a page size) to know its end; a cursor or next-link list ends where it says false, even
    when the page still carries a cursor (Plaid's ``/transactions/sync`` always does)."""
    done_path: tuple[str, ...] | None = None
    """Where the body says the reverse, that the records are all given (Svix's ``done``), where it
    has no ``more_path``: Svix gives a cursor on its last page too, to ask for newer records later."""
    size_schema: Mapping[str, Any] | None = None
    holder: str | None = None
    """The POST body field whose object holds ``size``, ``page`` and ``cursor`` (Plaid's
    ``options``), when they are not top-level fields."""
    inferred: bool = False
    """The style is inferred, not described: a ``link_header`` list whose string cursor parameter
    (``TOKEN_PARAMS``) no answer field carries, as Sentry's and Ory's lists send it in an
    undeclared ``Link`` header. Its runs stop with an error on a full page without the header."""
    numeric_cursor: bool = False
    """The cursor takes a number too (Qdrant's point ids: an integer or a UUID): one the body gave
    as a number is sent back as one."""
    next_header: str | None = None
    """The response header that carries the next cursor or page number, where the body does not."""


def query_paging(index: SpecIndex, op: Operation) -> QueryPaging | None:
    """The paging of a list whose request is paged by query parameters (or by the links its
    answers give), or None when the operation is no such list. A POST's JSON body fields count as
    its parameters (``{cursor, count}`` -> ``next_cursor``, ``{count, offset}``): a POST-everything
    API pages in the body what others page in the query. Where no parameter or field pages, the
    fields of one object may (Plaid's body ``options: {count, offset}``, Unit's deepObject query
    ``page: {limit, offset}``)."""
    shape = index.page_shape(op)
    if shape is None:
        return None
    query = {
        str(p.get("name")): index.resolve(p.get("schema") or {}) for p in index.parameters(op) if p.get("in") == "query"
    }
    described = {str(p.get("name")): str(p.get("description") or "") for p in index.parameters(op)}
    if op.method == "post":  # a field the server sets (readOnly: Jira's filter's sharedUsers page) is none to send
        body = {
            name: prop
            for name, prop in index.properties(index.json_body_schema(op.raw.get("requestBody"))).items()
            if not index.resolve(index.non_null(prop)).get("readOnly")
        }
        for name, prop in body.items():
            query.setdefault(str(name), index.resolve(index.non_null(prop)))
    holder = None
    pages: tuple[str, ...] = shapes.PAGE_PARAMS
    if not any(_moves(op, name, schema) and not index.properties(schema) for name, schema in query.items()):
        holder = _holder(index, query)
        if holder is not None:
            query = {str(k): index.resolve(index.non_null(v)) for k, v in index.properties(query[holder]).items()}
            pages = _page_words(holder)
        elif op.method == "post":
            return None  # a POST that takes no paging field is an action, whatever links its answer has
    counts = _counts_as_text(query)  # the page, offset and size a description types as strings
    size = _param(counts, shapes.SIZE_PARAMS, ("integer", "number"))
    common: dict[str, Any] = {
        "shape": shape, "size": size, "size_schema": counts.get(size) if size else None, "holder": holder,
    }  # fmt: skip
    levels = _levels(index, index.properties(_success_schema(index, op)), shape)
    link_header = _link_header_said(index, op)
    if link_header:
        return QueryPaging("link_header", **common)
    header = _next_header(index, op)
    by_header = _by_next_header(index, op, header, counts, pages, common) if header else None
    if by_header is not None:  # the next cursor (or page number) in a response header, sent back in a parameter
        return by_header
    more = _boolean_at(index, levels, shapes.HAS_MORE_FIELDS)  # a server may keep giving a cursor on its last page
    if more is None and (done := _boolean_at(index, levels, shapes.DONE_FIELDS)) is not None:
        common["done_path"] = done
    # a string read as a whole number above is an offset or a page, not an opaque cursor (eBay's `offset`)
    strings = {n: s for n, s in query.items() if counts[n] is s}
    untimed = {n: s for n, s in strings.items() if not _a_time_by_name(n, s, described)}
    # one that takes a time is a filter beside a cursor (Svix's `after` beside `iterator`), and a cursor
    # where it is the only one (Plaid's payments: `cursor`, a date-time the answer's `next_cursor` gives)
    cursor = _param(untimed, shapes.CURSOR_PARAMS, ("string",)) or _param(strings, shapes.CURSOR_PARAMS, ("string",))
    next_cursor = _string_at(index, levels, shapes.NEXT_CURSOR_FIELDS, urls=False)
    if cursor and next_cursor is None:  # next_page: {offset}: the parameter's next value, by its own name
        next_cursor = _by_own_name_ahead(index, levels, cursor)
    if cursor and next_cursor:
        numeric = bool(_union_types(index, query[cursor]) & {"integer", "number"})
        return QueryPaging(
            "cursor", cursor=cursor, next_path=next_cursor, more_path=more, numeric_cursor=numeric, **common
        )
    offset = _param(counts, shapes.OFFSET_PARAMS, ("integer", "number"))
    offset_given = _offset_given(index, levels, counts, offset) if cursor is None else None
    if offset_given is not None:  # Meilisearch's `from` and `next` (a task uid), SugarCRM's `next_offset`
        return QueryPaging("cursor", cursor=offset_given[0], next_path=offset_given[1], more_path=more,
                           numeric_cursor=True, **common)  # fmt: skip
    next_url = _string_at(index, levels, shapes.NEXT_URL_FIELDS, urls=True)
    numbered = any(_param(counts, names, ("integer", "number")) for names in (pages, shapes.OFFSET_PARAMS))
    if op.method == "post" and numbered:
        next_url = None  # BambooHR's datasets: the body asks for the page; a link cannot say it, and re-POSTs page 1
    if next_url:
        return QueryPaging("next_url", next_path=next_url, more_path=more, **common)
    after = _param(query, shapes.AFTER_ID_PARAMS, ("string", "integer", "number"))
    if after and _a_time(query[after], described.get(after, "")):
        after = None  # Alpaca's `after`: orders submitted after a timestamp, not after a record
    numeric = after is not None and "string" not in _union_types(index, query[after])  # Figma's number
    given = _by_own_name_ahead(index, levels, after, numbers=numeric) if after else None
    if after and given:  # Intercom's `starting_after`: what `pages.next.starting_after` gives
        return QueryPaging("cursor", cursor=after, next_path=given, more_path=more, numeric_cursor=numeric, **common)
    if after and records_have_ids(index, op, shape) and (more or size):
        return QueryPaging("after_id", cursor=after, more_path=more, **common)
    # BigCommerce's orders number pages as `number`; eBay's `offset` numbers pages, in its own words
    page = _param(counts, pages, ("integer", "number")) or _offset_of_pages(offset, described)
    next_page = _integer_at(index, levels, shapes.NEXT_PAGE_FIELDS) if page else None
    if page and next_page:  # the body numbers the next page: followed, whether pages count from 0 or 1
        return QueryPaging("next_page", cursor=page, next_path=next_page, more_path=more, **common)
    if page:
        return QueryPaging("page", page=page, first_page=first_page(counts[page]), more_path=more, **common)
    if offset and (_a_time(counts[offset], described.get(offset, "")) or not _types(counts[offset])):
        offset = None  # Vercel's `from`: a timestamp; Qdrant's untyped `offset`: a point id, not records to skip
    if offset and size:  # SCIM's startIndex counts from 1 (minimum 1): the first record is 1
        return QueryPaging("offset", page=offset, first_page=first_page(counts[offset]), more_path=more, **common)
    bare_next = None if cursor else _string_at(index, levels, ("next",), urls=False)
    if bare_next and _shown_a_token(index, levels, bare_next):
        bare_next = None  # Formance's pipelines: `cursor.next` shown as base64, and no parameter takes it back
    if bare_next:  # a `next` no parameter could send back: the next page's link (Recurly's "path to the next page")
        return QueryPaging("next_url", next_path=bare_next, more_path=more, **common)
    token = _param({n: s for n, s in query.items() if counts[n] is s}, shapes.TOKEN_PARAMS, ("string",))
    if token and op.method == "get" and link_header is None:  # Sentry's `cursor`, Ory's `page_token`, no answer field
        return QueryPaging("link_header", inferred=True, **common)
    return None


def _offset_given(
    index: SpecIndex, levels: Levels, counts: Mapping[str, Any], offset: str | None
) -> tuple[str, tuple[str, ...]] | None:
    """The numeric ``offset`` parameter and where the body gives its next value as a number
    (``next``, ``next_offset``): the server says where the next page starts, which counting the
    records read would get wrong where the offset is no count (Meilisearch's ``from``, a task uid)."""
    if offset is None or _a_time(counts[offset], ""):
        return None
    given = _integer_at(index, levels, shapes.NEXT_CURSOR_FIELDS)
    return (offset, given) if given is not None else None


_WHOLE = re.compile(r"[0-9]+")
_DIGITS_PATTERN = re.compile(r"\^?(\\d|\[0-9\])(\+|\*|\{[0-9,]+\})?\$?")
_INTEGER_FORMATS = ("int32", "int64", "integer", "int")


_PAGE_NUMBER = re.compile(r"\bpage number\b|\bnumber of the page\b", re.IGNORECASE)


def _offset_of_pages(offset: str | None, described: Mapping[str, str]) -> str | None:
    """The ``offset`` where its own description says it numbers pages, not records (eBay's
    inventory lists: "the page number to retrieve"): a page, or the second page would skip a page's worth."""
    return offset if offset and _PAGE_NUMBER.search(described.get(offset, "")) else None


def _counts_as_text(query: Mapping[str, Any]) -> dict[str, Any]:
    """``query`` with each page, offset and size parameter that is typed a string but holds a whole
    number read as the integer it holds: its schema says so (an integer format, a pattern of
    digits, a default or an example of digits: Clockify's ``page: {type: string, default: "0"}``),
    or a page or offset and the size beside it are both strings and nothing says otherwise (Slack's
    ``page`` and ``count``, Infisical's ``offset`` and ``limit``: descriptions that type every
    query parameter a string). A string offset beside an integer size is left alone: that is how an
    opaque cursor is written (Asana's ``offset``). The request still sends what the server takes,
    as a query string is text either way."""
    numbered = (*shapes.PAGE_PARAMS, *shapes.OFFSET_PARAMS)
    said = {
        name: _whole_number_text(schema)
        for name, schema in query.items()
        if _types(schema) == {"string"} and shapes.named(name, (*numbered, *shapes.SIZE_PARAMS))
    }
    paired = all(
        any(shapes.named(name, names) and verdict is not False for name, verdict in said.items())
        for names in (numbered, shapes.SIZE_PARAMS)
    )
    counted = {name for name, verdict in said.items() if verdict or (verdict is None and paired)}
    return {name: _as_integer(schema) if name in counted else schema for name, schema in query.items()}


def _whole_number_text(schema: Mapping[str, Any]) -> bool | None:
    """Whether a string parameter's schema says it holds a whole number, says it holds something
    else (a date's format, a default of words: Trello's ``count: "none"``), or says nothing (None)."""
    if schema.get("format"):
        return schema["format"] in _INTEGER_FORMATS
    if isinstance(schema.get("pattern"), str):
        return bool(_DIGITS_PATTERN.fullmatch(schema["pattern"]))
    enum = schema.get("enum")
    given = [schema[key] for key in ("default", "example") if key in schema] + (enum if isinstance(enum, list) else [])
    if given:
        return all(isinstance(value, str) and _WHOLE.fullmatch(value) for value in given)
    return None


def _as_integer(schema: Mapping[str, Any]) -> dict[str, Any]:
    """A string schema of a whole number as the integer schema it means: its default and bounds
    as numbers, so the first page's number and the size's range read as an integer's do."""
    read = {key: value for key, value in schema.items() if key not in ("format", "pattern", "enum", "example")}
    for key in ("default", "minimum", "maximum"):
        if isinstance(read.get(key), str):
            read[key] = int(read[key]) if _WHOLE.fullmatch(read[key]) else None
    return {**{key: value for key, value in read.items() if value is not None}, "type": "integer"}


_MOVES = (*shapes.SIZE_PARAMS, *shapes.PAGE_PARAMS, *shapes.OFFSET_PARAMS, *shapes.CURSOR_PARAMS)
_COUNTS = (*shapes.SIZE_PARAMS, *shapes.PAGE_PARAMS, *shapes.OFFSET_PARAMS)


def _moves(op: Operation, name: str, schema: Mapping[str, Any]) -> bool:
    """Whether a parameter (or a POST's body field) is named like one that moves through pages.
    A POST's must be typed so too: a count a number, a cursor a string. Firefly's exchange rates,
    stored by ``POST {from, rates}``, answer a page with a next link, and were sent again for every
    page: ``from``, a currency, is no offset."""
    if not shapes.named(name, _MOVES):
        return False
    if op.method != "post":
        return True
    types = _types(schema)
    if shapes.named(name, shapes.CURSOR_PARAMS) and (not types or "string" in types):
        return not (shapes.named(name, _COUNTS) and _whole_number_text(schema) is False)
    return bool(types & {"integer", "number"}) or ("string" in types and bool(_whole_number_text(schema)))


def _holder(index: SpecIndex, body: Mapping[str, Any]) -> str | None:
    """The body field or query parameter whose object holds the paging fields (Plaid's ``options:
    {count, offset}``; Unit's deepObject ``page: {limit, offset}``, sent as ``page[limit]``)."""
    return next((str(name) for name, prop in body.items() if _pages_by(index, name, prop)), None)


def _pages_by(index: SpecIndex, name: str, prop: Any) -> bool:
    """Whether the object of ``name`` holds paging fields."""
    return shapes.pages_by(index.properties(prop), _page_words(name))


def _page_words(holder: str) -> tuple[str, ...]:
    """The names of a page number inside the object ``holder``: in JSON:API's deepObject ``page``,
    ``number`` too (``page: {size, number}``)."""
    return (*shapes.PAGE_PARAMS, *shapes.PAGE_FAMILY_NUMBER) if shapes.named(holder, ("page",)) else shapes.PAGE_PARAMS


def _success_schema(index: SpecIndex, op: Operation) -> Any:
    return index.json_body_schema(op.raw["responses"][op.success_status])


def _types(schema: Mapping[str, Any]) -> set[str]:
    declared = schema.get("type")
    return set(declared) if isinstance(declared, list) else {str(declared)} if declared else set()


def _union_types(index: SpecIndex, schema: Mapping[str, Any], depth: int = 0) -> set[str]:
    """The types ``schema`` declares, or its union's members do (Qdrant's ``next_page_offset``: a
    point id, an integer or a UUID string, or null)."""
    found = _types(schema)
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        for member in members if isinstance(members, list) and not found and depth < 3 else ():
            member = index.resolve(member)
            found |= _union_types(index, member, depth + 1) if isinstance(member, Mapping) else set()
    return found


def _param(query: Mapping[str, Any], names: tuple[str, ...], types: tuple[str, ...]) -> str | None:
    """The first query parameter named like one of ``names`` (in their order) whose type fits."""
    for wanted in names:
        for name, schema in query.items():
            if shapes.named(name, (wanted,)) and (_types(schema) & set(types) or not _types(schema)):
                return name
    return None


def _link_header_said(index: SpecIndex, op: Operation) -> bool | None:
    """Whether the answers' ``Link`` header carries the next page, where something says: declared
    among the success response's headers, or said either way where the description leaves it
    out: the operation's ``x-aiwyn-link-header`` or its config entry's ``link_header``. None where
    nothing says (a cursor parameter no answer field carries may still infer it)."""
    said = index.override(op.operation_id, op.method, op.path).get("link_header", op.raw.get(LINK_HEADER_MARK))
    if said is not None:
        return bool(said)
    response = index.resolve(op.raw["responses"][op.success_status])
    headers = response.get("headers") if isinstance(response, Mapping) else None
    declared = isinstance(headers, Mapping) and any(str(h).lower() == shapes.LINK_HEADER for h in headers)
    return True if declared else None


def _next_header(index: SpecIndex, op: Operation) -> str | None:
    """The response header that carries the next page's cursor or number: the operation's
    ``x-aiwyn-next-header`` or its config entry's ``next_header``, else one of the success
    response's declared headers named so (``NEXT_HEADERS``)."""
    said = index.override(op.operation_id, op.method, op.path).get("next_header", op.raw.get(NEXT_HEADER_MARK))
    if said:
        return str(said)
    response = index.resolve(op.raw["responses"][op.success_status])
    headers = response.get("headers") if isinstance(response, Mapping) else None
    named = (str(h) for h in headers) if isinstance(headers, Mapping) else ()
    return next((h for h in named if shapes.squash(h).endswith(NEXT_HEADERS)), None)


def _by_next_header(
    index: SpecIndex,
    op: Operation,
    header: str,
    counts: Mapping[str, Any],
    pages: tuple[str, ...],
    common: Mapping[str, Any],
) -> QueryPaging | None:
    """The paging of a list whose next cursor or page number comes in the response header
    ``header``: sent back in the request header of the same name (Azure's ``x-ms-continuation``),
    else in a cursor parameter (Nomad's ``next_token``), or as a page number in the page parameter
    (GitLab's ``X-Next-Page``). None where no parameter takes it back."""
    wanted = shapes.squash(header)
    params = index.parameters(op)
    same = next(
        (str(p["name"]) for p in params if p.get("in") == "header" and shapes.squash(str(p["name"])) == wanted), None
    )
    cursor = same or _param(counts, shapes.CURSOR_PARAMS, ("string",))
    if cursor is not None:
        return QueryPaging("cursor", cursor=cursor, next_header=header, **common)
    page = _param(counts, pages, ("integer", "number"))
    if page is not None:
        return QueryPaging("next_page", cursor=page, next_header=header, **common)
    return None


Levels = list[tuple[tuple[str, ...], dict[str, Any]]]
"""The objects of a body that may hold a next cursor or flag, each with its path (``_levels``)."""


def _string_at(
    index: SpecIndex, levels: Levels, names: tuple[str, ...], *, urls: bool, numbers: bool = False
) -> tuple[str, ...] | None:
    """Where the body keeps a string named like ``names`` (a cursor may be a union holding one, or
    with ``numbers`` a number): at its top, in an envelope's ``data``, or one level down in a
    holder (``meta``, ``links``, ``_links.next.href``); ``urls`` picks links
    (``format: uri``, or named like one, or held by ``links``) over cursors, or the reverse. A
    cursor named just ``next`` comes last: as often it is the next page's URL undeclared as one
    (Spotify's pages give ``next`` as a URL beside the cursor in ``cursors.after``)."""
    found = []
    for prefix, level in levels:
        for name, prop in level.items():
            schema = index.resolve(index.non_null(prop))
            if not isinstance(schema, Mapping):
                continue
            kinds = _types(schema) if urls else _union_types(index, schema)  # a cursor may be one of several types
            wanted = {"string", "integer", "number"} if numbers else {"string"}
            if not (kinds & wanted and shapes.named(name, names)) or _is_url(name, schema, prefix) != urls:
                continue
            if shapes.named(name, shapes.LINK_FIELDS) and not (prefix and shapes.named(prefix[-1], ("next",))):
                continue  # its own link (a record's, the page's), not the next page's
            found.append((*prefix, name))
    if not urls:
        found = [path for path in found if not shapes.named(path[-1], ("next",))] or found
    return found[0] if found else None


def _shown_a_token(index: SpecIndex, levels: Levels, path: tuple[str, ...]) -> bool:
    """Whether the string at ``path`` is shown by its example to be a token, not a link: text with
    no ``/`` (``"aW0gdmVuaWFtLCBxdWlz"``), where a link has a path at least."""
    prefix, name = path[:-1], path[-1]
    level = next((level for at, level in levels if at == prefix), {})
    schema = index.resolve(index.non_null(level.get(name) or {}))
    example = schema.get("example") if isinstance(schema, Mapping) else None
    return isinstance(example, str) and bool(example) and "/" not in example


def _integer_at(index: SpecIndex, levels: Levels, names: tuple[str, ...]) -> tuple[str, ...] | None:
    """Where the body keeps an integer named like ``names`` (``meta.next_page``), as ``_string_at``."""
    for prefix, level in levels:
        for name, prop in level.items():
            schema = index.resolve(index.non_null(prop))
            if isinstance(schema, Mapping) and "integer" in _types(schema) and shapes.named(name, names):
                return (*prefix, name)
    return None


def _levels(index: SpecIndex, props: Mapping[str, Any], shape: PageShape) -> Levels:
    """The body's top, each object on the way to its records (an envelope's ``data``, Spotify's
    ``categories``), and under each the holders of paging fields (``meta``, ``_links.next``)."""
    levels: Levels = [((), dict(props))]
    for depth in range(1, len(shape.items_path)):
        levels.append((shape.items_path[:depth], index.properties(levels[-1][1].get(shape.items_path[depth - 1]))))
    for prefix, level in list(levels):
        for name, prop in level.items():
            if shapes.named(name, shapes.CURSOR_HOLDERS):
                inner = index.properties(prop)
                levels.append(((*prefix, name), inner))
                for deeper, deeper_prop in inner.items():  # HAL: _links.next.href; BigCommerce's cursors
                    if shapes.named(deeper, shapes.INNER_HOLDERS) and index.properties(deeper_prop):
                        levels.append(((*prefix, name, deeper), index.properties(deeper_prop)))
    return levels


def _is_url(name: str, schema: Mapping[str, Any], prefix: tuple[str, ...]) -> bool:
    if schema.get("format") in ("uri", "url", "uri-reference", "iri", "iri-reference", "path"):  # OpenMeter: path
        return True
    squashed = shapes.squash(name)
    in_links = any(shapes.squash(p) in ("links", "next") for p in prefix)
    return any(word in squashed for word in ("url", "uri", "link", "href")) or (in_links and squashed == "next")


def _boolean_at(index: SpecIndex, levels: Levels, names: tuple[str, ...]) -> tuple[str, ...] | None:
    """Where the body keeps a boolean named like ``names`` (``has_more``), as ``_string_at``."""
    for prefix, level in levels:
        for name, prop in level.items():
            schema = index.resolve(index.non_null(prop))
            if isinstance(schema, Mapping) and "boolean" in _types(schema) and shapes.named(name, names):
                return (*prefix, name)
    return None


def _by_own_name_ahead(index: SpecIndex, levels: Levels, name: str, *, numbers: bool = False) -> tuple[str, ...] | None:
    """Where the body gives the next value of the query parameter ``name`` by that same name, in an
    object describing the next page (``next_page: {offset}``, ``pages.next.starting_after``) or
    its cursor (Figma's ``meta.cursor.after``); a number too where the parameter takes one."""
    ahead = [(at, level) for at, level in levels if at and shapes.named(at[-1], shapes.NEXT_HOLDERS)]
    return _string_at(index, ahead, (name,), urls=False, numbers=numbers)


def _a_time_by_name(name: str, schema: Mapping[str, Any], described: Mapping[str, str]) -> bool:
    """Whether a string parameter that could carry a cursor takes a time instead: one typed as a
    date or a time, or one named ``after`` (or the like) whose words say it is a time (Svix's
    ``after``, "items created after a certain date", beside its ``iterator``)."""
    if schema.get("format") in ("date", "date-time"):
        return True
    return shapes.named(name, shapes.AFTER_ID_PARAMS) and _a_time(schema, described.get(name, ""))


def _a_time(schema: Mapping[str, Any], description: str) -> bool:
    """Whether a parameter takes a date or a time (by its format, or its words), not an id; one
    whose words say it skips records counts them, whatever they are (solidtime's "Skip the first
    n time entries")."""
    if schema.get("format") in ("date", "date-time"):
        return True
    words = f"{schema.get('description') or ''} {description}"
    if re.search(r"\bskip", words, re.IGNORECASE):
        return False
    return bool(re.search(r"\b(timestamp|date|datetime|time)\b", words, re.IGNORECASE))


def records_have_ids(index: SpecIndex, op: Operation, shape: PageShape) -> bool:
    """Whether the records have an ``id``: a named schema's, an inline one's (Resend's lists), or
    every member's of a union of kinds."""
    if shape.item_schema is not None:
        return "id" in index.properties({"$ref": f"#/components/schemas/{shape.item_schema}"})
    node = index.resolve(index.non_null(_success_schema(index, op)))
    for key in shape.items_path:
        node = index.resolve(index.non_null(index.properties(node).get(key) or {}))
    items = node.get("items") if isinstance(node, Mapping) else None
    return isinstance(items, Mapping) and index.have_ids(items)


def first_page(schema: Mapping[str, Any]) -> int:
    """The first page's number: the documented minimum, else the default, else 0 (a 1-based API
    that reads 0 as 1 then answers its first page twice, and the repeats are dropped by id)."""
    for key in ("minimum", "default"):
        value = schema.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value in (0, 1):
            return value
    return 0
