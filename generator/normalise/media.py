"""Media types as openapi-python-client reads and sends them: answers in JSON read as JSON,
answers in no JSON type downloaded as bytes, and request bodies sent in a type it can send.

It takes the first media type it can read (ASP.NET lists ``text/plain`` before
``application/json``, which it would read as a string), decodes nothing but JSON, text and
``application/octet-stream``, and sends nothing but JSON, forms and bytes. These passes run last,
on the description the others have settled."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from generator.normalise.description import (
    Normalised,
    answers,
    is_array,
    is_model,
    operations,
    request_bodies,
    resolve,
)

BINARY = "application/octet-stream"
MULTIPART = "multipart/form-data"
FORM = "application/x-www-form-urlencoded"
SENDABLE = (FORM, MULTIPART, BINARY)
BYTES = {"type": "string", "format": "binary"}
"""The schema of a body or an answer sent as bytes; each place takes a copy of its own."""
JSON_WILDCARDS = ("*/*", "application/*")
"""Wildcards that take JSON: a body offered so whose schema is an object or an array is sent as JSON."""


def request_media(result: Normalised) -> None:
    """A request body offered in JSON and other media types (XML, a form) is sent as JSON (in
    ``application/json`` where it is one of several JSON types, else the first), unless it is
    offered in ``multipart/form-data`` too with files among its fields, which JSON cannot carry
    (Dropbox Sign's uploads: ``files``, a list of bytes), sent so; one
    offered in no JSON type keeps only the types openapi-python-client can send (``SENDABLE``);
    one offered only in types it cannot send (``image/jpeg``, ``application/pdf``, ``text/plain``)
    is sent as bytes (``format: binary``, also for a ``format: byte`` one) in the first of them,
    which openapi-python-client is told to send as it sends ``application/octet-stream``
    (``bytes_types``: its ``content_type_overrides``), so the server gets the type it documents;
    a range alone (``image/*``, ``*/*``) names no type to send: it is kept, and each call sends
    the type of the file given (its ``mime_type``, or its name's), refused before sending where it
    is outside the range (Jellyfin's image uploads answered 415 to ``application/octet-stream``,
    sent before), unless it takes JSON (``*/*``, ``application/*``) and its schema is an object or an array
    (Moneybird's and Kubernetes' bodies), which is sent as JSON. A body given by ``$ref`` is settled
    where it is declared, in ``components/requestBodies`` (as swagger2openapi puts the bodies
    operations share: DocuSign's JSON-or-XML bodies)."""
    for where, body in request_bodies(result.spec):
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict):
            continue
        json_types = {t: v for t, v in content.items() if is_json(t) and not _is_text(t)}
        twin = next((v for t, v in content.items() if is_json(t) and _is_text(t)), None)  # text/json: sent as JSON
        json_types = json_types or ({"application/json": twin} if twin is not None else {})
        if len(json_types) > 1:  # one JSON body: openapi-python-client tells several apart by isinstance, which
            # cannot tell a list of records from another (Datadog's logs: application/json and ;simple)
            first = "application/json" if "application/json" in json_types else next(iter(json_types))
            json_types = {first: json_types[first]}
        multipart = content.get(MULTIPART)
        if json_types and _holds_files(result.spec, multipart):  # files JSON cannot carry: Dropbox Sign's uploads
            json_types = {MULTIPART: multipart}
        sendable = json_types or {t: v for t, v in content.items() if t in SENDABLE}
        wildcard = _json_wildcard(result.spec, content)
        if not sendable and wildcard is not None:  # Moneybird's `application/*` object bodies: JSON is one
            kinds = ", ".join(sorted(content))
            media = content[wildcard]
            content.clear()
            content["application/json"] = media
            result.changes.append(f"{where}: the body ({kinds}) holds structured data: sent as application/json")
            continue
        if not sendable and content:  # only image/jpeg, application/pdf, text/plain...: sent as bytes
            kinds = ", ".join(sorted(content))
            sent = next((t for t in content if "*" not in t), None) or next(iter(content))  # a range: see docstring
            content.clear()
            content[sent] = {"schema": dict(BYTES)}
            said = f"in the type of the file given, within {sent}" if "*" in sent else sent
            result.changes.append(f"{where}: the body ({kinds}) is sent as bytes ({said})")
            continue
        media = content.get(BINARY)
        schema = media.get("schema") if isinstance(media, dict) else None
        if isinstance(media, dict) and isinstance(schema, dict) and schema.get("format") != "binary":
            if schema.get("type") == "string":
                media["schema"] = {**schema, "format": "binary"}  # raw bytes; `byte` (base64 text) is for JSON
                result.changes.append(f"{where}: the {BINARY} body is sent as bytes (format: binary)")
            elif schema and not json_types:  # Formance's import: an object of one binary field, the raw body
                described = str(schema.get("$ref") or schema.get("type") or "a schema").rpartition("/")[2]
                media["schema"] = dict(BYTES)
                result.changes.append(f"{where}: the {BINARY} body is described as {described}: sent as bytes")
        if sendable and set(sendable) != set(content):
            dropped = ", ".join(sorted(set(content) - set(sendable)))
            content.clear()
            content.update(sendable)
            sent = ", ".join(sendable)
            result.changes.append(f"{where}: the body is sent as {sent}, not {dropped}")


BODILESS = ("get", "head", "delete")
"""Methods for which HTTP gives a request body no meaning."""


def empty_bodies(result: Normalised) -> None:
    """A request body of a GET, HEAD or DELETE that can hold nothing (an object with no properties
    and no others allowed: Stripe's 233 reads declare ``{properties: {}, additionalProperties:
    false}`` in a form) is left out: a method would send an empty form with its Content-Type on
    every read, which proxies and servers may refuse for a GET."""
    for path, method, op in operations(result.spec):
        body = resolve(result.spec, op.get("requestBody"))
        content = body.get("content") if method in BODILESS and isinstance(body, dict) else None
        if not isinstance(content, dict) or not content:
            continue
        schemas = [resolve(result.spec, m.get("schema")) if isinstance(m, dict) else None for m in content.values()]
        if all(_holds_nothing(schema) for schema in schemas):
            del op["requestBody"]
            result.changes.append(f"{method.upper()} {path}: its request body can hold nothing: left out")


NO_BODY = ("204", "205", "304")
"""Statuses whose answer has no body, whatever content the description lists for them."""


def no_content_answers(result: Normalised) -> None:
    """A 204, 205 or 304 answer documented with content (Jira's 63 ``{}``, Marqeta's login model)
    holds none: it ends with its headers (RFC 9110). openapi-python-client would decode the empty
    body as JSON, and every such call fail. Its content is left out (of a copy, where the answer is
    a shared component)."""
    for path, method, op in operations(result.spec):
        responses = op.get("responses")
        if not isinstance(responses, dict):
            continue
        for status in NO_BODY:
            answer = resolve(result.spec, responses.get(status))
            if isinstance(answer, dict) and answer.get("content"):
                responses[status] = {k: v for k, v in answer.items() if k != "content"}
                result.changes.append(
                    f"{method.upper()} {path}: a {status} answer holds no body: what it lists is left out"
                )


def _holds_nothing(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type", "object") == "object"
        and not schema.get("properties")
        and schema.get("additionalProperties") is False
        and not any(k in schema for k in ("allOf", "anyOf", "oneOf", "$ref"))
    )


def _binary(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type"), schema.get("format")) == ("string", "binary")


def bytes_types(spec: dict[str, Any]) -> list[str]:
    """The media types of request bodies sent as bytes that openapi-python-client sends only under
    another name (``request_media`` kept them as documented): its ``content_type_overrides``, each
    to ``application/octet-stream``."""
    found = []
    for _, body in request_bodies(spec):
        content = body.get("content") if isinstance(body, dict) else None
        for media_type in content if isinstance(content, dict) else ():
            if not (is_json(media_type) or media_type in SENDABLE or media_type in found):
                found.append(media_type)
    return found


def schemaless_json(result: Normalised) -> None:
    """A JSON answer or body documented without a ``schema`` (examples only, as descriptions
    written by hand or made from code annotations often are) is read as any JSON value: with no
    schema openapi-python-client reads no body at all, so the method would return None for an
    answer the server does send. Its ``schema`` becomes ``{}``, the schema of any value."""
    places = [  # no 204: Adyen lists `application/json: {}` for its 204s
        *((where, r) for where, status, r in answers(result.spec) if status not in NO_BODY),
        *request_bodies(result.spec, " body"),
    ]
    for where, given in places:
        content = given.get("content") if isinstance(given, dict) else None
        if not isinstance(content, dict):
            continue
        for media_type, media in list(content.items()):
            if is_json(media_type) and (media is None or (isinstance(media, dict) and "schema" not in media)):
                content[media_type] = {**(media or {}), "schema": {}}
                result.changes.append(f"{where}: {media_type} has no schema: read as any JSON value")


def is_json(media_type: str) -> bool:
    """JSON by its media type: ``application/json``, a ``+json`` type (``application/problem+json``)
    or ASP.NET's ``text/json``, with or without parameters (``application/json; charset=utf-8``)."""
    base = media_type.split(";", 1)[0].strip().lower()
    return base in ("application/json", "text/json") or base.endswith("+json")


def json_media(result: Normalised) -> None:
    """An answer offered in JSON and in types openapi-python-client reads otherwise (ASP.NET lists
    ``text/plain``, ``application/json`` and ``text/json`` for one schema) has its JSON listed first:
    openapi-python-client takes the first type it can read, and read ``text/plain`` (or
    ``text/json``) as a string. ``text/json`` alone is named ``application/json``."""
    for where, _, response in answers(result.spec):
        content = response.get("content") if isinstance(response, dict) else None
        if not isinstance(content, dict) or not any(map(is_json, content)):
            continue
        first = next(iter(content))  # a type it reads as bytes too (content_type_overrides: Docker's x-tar)
        if is_json(first) and not _is_text(first):
            continue  # read as JSON already
        ordered = _json_first(content)
        response["content"] = ordered
        result.changes.append(f"{where}: read as {next(iter(ordered))}, not {first}")


def _json_first(content: dict[str, Any]) -> dict[str, Any]:
    """The JSON types first, ``text/json`` named ``application/json`` where no other JSON type is."""
    proper = [t for t in content if is_json(t) and not _is_text(t)]
    if proper:
        return {**{t: content[t] for t in proper}, **content}
    twin = next(t for t in content if is_json(t))
    return {"application/json": content[twin], **{t: m for t, m in content.items() if t != twin}}


def _bare_string(schema: Any) -> bool:
    """A string schema that says nothing more (no format, enum or pattern): what a JSON member
    listed beside bytes declares when it only echoes them."""
    return (
        isinstance(schema, dict) and schema.get("type") == "string" and not {"format", "enum", "pattern"} & set(schema)
    )


def read_as_text(spec: dict[str, Any], content: Any) -> bool:
    """Whether an answer's content is text to return as a ``str``: only ``text/plain``, of a string
    not declared as bytes (Coolify's ``/health`` answering ``OK``, ``/version``). A log or a file
    declared ``format: binary``, other text types (CSV, HTML) and no schema at all stay downloads."""
    if not isinstance(content, dict) or not content:
        return False
    for media_type, media in content.items():
        schema = resolve(spec, media.get("schema")) if isinstance(media, dict) else None
        plain = media_type.split(";", 1)[0].strip().lower() == "text/plain"
        if not (plain and isinstance(schema, dict) and schema.get("type") == "string" and not _binary(schema)):
            return False
    return True


def _is_text(media_type: str) -> bool:
    return media_type.strip().lower().startswith("text/")


def downloads(result: Normalised) -> None:
    """A response in no JSON media type is a download, but for one offered in a range that takes
    JSON (``*/*``, ``application/*``: springdoc's default, and Swagger 2.0's where nothing says
    what an operation produces) whose schema is an object or an array, which is read as JSON
    (asked for as ``application/json``), as such a request body is sent. A download is also one
    given by ``$ref`` to a component response (DigitalOcean's invoice CSV and PDF): the operation
    takes a copy declared as bytes.
    So is one whose only JSON is declared as bytes (Vercel's artifacts: ``application/json`` of
    ``{type: string, format: binary}``), which no JSON document can be, or is a bare string beside
    bytes (OpenAI's video content: ``video/mp4``, ``image/webp`` and a JSON ``string``), which
    openapi-python-client took, reading the video as JSON."""
    for path, method, op in operations(result.spec):
        responses = op.get("responses") or {}
        for status, given in list(responses.items()):
            response = resolve(result.spec, given)
            content = response.get("content") if isinstance(response, dict) else None
            if not isinstance(content, dict) or not content:
                continue
            wildcard = _json_wildcard(result.spec, content)
            if wildcard is not None and not any(map(is_json, content)):  # springdoc's `*/*` of a model: JSON
                others = {t: m for t, m in content.items() if t != wildcard}
                responses[status] = {
                    **copy.deepcopy(response),
                    "content": {"application/json": content[wildcard], **others},
                }
                result.changes.append(
                    f"{method.upper()} {path} {status}: {wildcard} holds structured data: read as application/json"
                )
                continue
            schemas = {t: resolve(result.spec, (m or {}).get("schema")) for t, m in content.items()}
            if _streamed(response, schemas.values()):
                responses[status] = {**copy.deepcopy(response), "content": {BINARY: {"schema": dict(BYTES)}}}
                result.changes.append(
                    f"{method.upper()} {path} {status}: a stream of JSON documents, one a line (grpc-gateway's "
                    "streaming responses): downloaded as bytes"
                )
                continue
            if read_as_text(result.spec, content):
                continue  # a str, as openapi-python-client reads it (Coolify's /health, /version)
            beside_bytes = any(_binary(v) for t, v in schemas.items() if not is_json(t))
            if any(
                is_json(t) and not _binary(v) and not (beside_bytes and _bare_string(v)) for t, v in schemas.items()
            ):
                continue
            kinds = ", ".join(sorted(content))
            binary = {BINARY: {"schema": dict(BYTES)}}
            bytes_already = _binary(resolve(result.spec, (content.get(BINARY) or {}).get("schema")))
            if (
                set(content) != {BINARY} or not bytes_already
            ):  # bytes declared as an object, or as base64 (Docker, Clockify)
                responses[status] = {**copy.deepcopy(response), "content": binary}
                result.changes.append(f"{method.upper()} {path} {status}: {kinds} is downloaded as bytes")


STREAM_TITLE = "Stream result of "
"""The title grpc-gateway (protoc-gen-openapiv2) gives the answer of a streaming RPC, beside the
description "A successful response.(streaming responses)": ``{result: X, error: Status}`` per line."""


def _streamed(response: Any, schemas: Iterable[Any]) -> bool:
    """Whether an answer is a stream of JSON documents (one a line, as grpc-gateway writes a
    streaming RPC's), which no JSON decoder reads as one document: every call failed ("Extra data")."""
    said = "(streaming responses)" in str(response.get("description") or "")
    titled = any(isinstance(s, dict) and str(s.get("title") or "").startswith(STREAM_TITLE) for s in schemas)
    return said or titled


def _holds_files(spec: dict[str, Any], media: Any) -> bool:
    """Whether a media type's schema has a property of bytes (``format: binary``) or a list of them."""
    schema = resolve(spec, media.get("schema")) if isinstance(media, dict) else None
    parts = [schema, *(schema.get("allOf") or [])] if isinstance(schema, dict) else []
    for part in parts:
        part = resolve(spec, part)
        props = part.get("properties") if isinstance(part, dict) else None
        for prop in props.values() if isinstance(props, dict) else ():
            prop = resolve(spec, prop)
            items = resolve(spec, prop.get("items")) if isinstance(prop, dict) else None
            if any(isinstance(s, dict) and s.get("format") == "binary" for s in (prop, items)):
                return True
    return False


def _json_wildcard(spec: dict[str, Any], content: dict[str, Any]) -> str | None:
    """The range of ``content`` that takes JSON (``JSON_WILDCARDS``) offered with an object or an
    array: how a body is sent (Moneybird's ``application/*``) and an answer read (springdoc's
    ``*/*``); None where there is none."""
    return next((t for t in content if t in JSON_WILDCARDS and _structured(spec, content[t])), None)


def _structured(spec: dict[str, Any], media: Any) -> bool:
    """Whether a media type's schema is an object or an array (after its ``$ref``): data only JSON of
    the types a client sends can carry."""
    schema = resolve(spec, media.get("schema")) if isinstance(media, dict) else None
    return isinstance(schema, dict) and (is_model(schema) or is_array(schema) or "items" in schema)
