"""The variant corpus: our own description changed in one way each, as a published one may differ.

Each variant is built from ``openapi/aiwyn.yaml`` by a function here, so the corpus follows the
description instead of going stale beside it. ``python -m tests.generator.variants.corpus DIR``
writes them all as YAML (to try one by hand: ``SPEC=DIR/no_marks.yaml make regen``);
``tests/generator/test_variants.py`` builds each into a package and checks it.

Kinds of variant:
- ``conventions``: only conventions change (marks, operationIds, tags, where a page's records
  sit, how a publisher's tooling bundles the description: Redocly's components and
  ``--dereferenced``), so the client must have the same resource methods, iterators and retry
  behaviour as ours;
- ``servers``: other server lists, so the environments and the default change as documented;
- ``operations``: operations ours lacks, added from ``extra_operations.yaml``, each of which
  must become a working method;
- ``names``: operations and schemas named after Python keywords and builtins and after every name
  our templates and runtime modules use, which the generated code must be immune to.
"""

from __future__ import annotations

import copy
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator import normalise
from generator.load import load_document, pointer_target
from generator.spec import HTTP_METHODS, load_spec

Spec = dict[str, Any]
EXTRA_OPERATIONS = Path(__file__).with_name("extra_operations.yaml")


@dataclass(frozen=True)
class Variant:
    name: str
    kind: str
    make: Callable[[Spec], Spec]
    why: str
    environments: dict[str, str] | None = None
    default: str | None = None
    notes: tuple[str, ...] = ()
    """What the build must say it settled (each found in one of its notes)."""


def strip_marks(node: Any) -> Any:
    """Every ``x-aiwyn-*`` extension removed, at any depth."""
    if isinstance(node, dict):
        return {k: strip_marks(v) for k, v in node.items() if not str(k).startswith("x-aiwyn-")}
    if isinstance(node, list):
        return [strip_marks(v) for v in node]
    return node


def controller_ids(spec: Spec) -> Spec:
    """NestJS-style operationIds: ``ClientController_post1234``, unrelated to our names."""
    renamed = copy.deepcopy(spec)
    for path, item in renamed["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                tag = (item[method].get("tags") or ["Default"])[0].title().replace(" ", "")
                item[method]["operationId"] = f"{tag}Controller_{method}{zlib.crc32(path.encode()) % 10_000}"
    return renamed


def page_variant(spec: Spec, how: str) -> Spec:
    """The client list and search answering with the records and total placed another way."""
    variant = copy.deepcopy(spec)
    schemas = variant["components"]["schemas"]
    page = schemas["ClientList"]
    if how == "envelope":
        schemas["ClientListEnvelope"] = {
            "type": "object",
            "properties": {
                "data": {"$ref": "#/components/schemas/ClientList"},
                "error": {"type": ["object", "null"]},
                "meta": {"type": "object", "properties": {"success": {"type": "boolean"}}},
            },
        }
        for path in ("/gql/v1/clients", "/gql/v1/clients/search"):
            media = variant["paths"][path]["post"]["responses"]["200"]["content"]["application/json"]
            media["schema"] = {"$ref": "#/components/schemas/ClientListEnvelope"}
            media.pop("example", None)
    elif how == "array-first":
        page["properties"] = {"warnings": {"type": "array", "items": {"type": "string"}}, **page["properties"]}
    elif how == "aggregate":
        page["properties"]["clients_aggregate"] = page["properties"].pop("total")
    elif how == "count":
        page["properties"]["totalCount"] = {"type": "integer"}
        del page["properties"]["total"]
    else:
        raise ValueError(f"no page variant {how!r}")
    return variant


def with_servers(servers: list[dict[str, Any]]) -> Callable[[Spec], Spec]:
    def make(spec: Spec) -> Spec:
        variant = copy.deepcopy(spec)
        if servers:
            variant["servers"] = servers
        else:
            variant.pop("servers", None)
        return variant

    return make


def extra_operations(spec: Spec) -> Spec:
    """Ours, plus the hand-written operations of ``extra_operations.yaml``."""
    variant = copy.deepcopy(spec)
    extra = load_document(EXTRA_OPERATIONS)
    variant["paths"].update(extra["paths"])
    variant["components"]["schemas"].update(extra["components"]["schemas"])
    return variant


# Names a description may use that generated code must not trip over: keywords and builtins, and
# every name our templates and runtime modules use (locals, imports, methods of the models).
KEYWORDS_AND_BUILTINS = (
    "class", "from", "import", "def", "return", "None", "True", "False", "list", "dict", "type",
    "id", "str", "int", "object", "property", "self", "cls", "len", "isinstance",
)  # fmt: skip
TEMPLATE_NAMES = (
    "extra", "append", "new", "decoded", "d", "field_dict", "src_dict", "src_wire", "additional_properties",
    "additional_keys", "to_dict", "from_dict", "to_json", "from_json", "to_multipart", "Unset", "UNSET",
    "attrs", "define", "field", "isoparse", "cast", "TypeVar", "T", "BinaryIO", "TextIO", "get", "known",
    "found", "value", "key", "prop", "prop_name", "prop_dict", "files", "json", "types", "null_value",
    "NULL", "parse_date", "parse_datetime", "strict_enums", "unknown_member", "ClassVar", "Mapping",
    "Iterable", "TYPE_CHECKING", "Generator", "_known_keys", "_wire_fields", "Pager", "Expr",
    "errors", "httpx", "quote", "loads", "decode_model", "build_response", "kwargs", "headers", "params",
    "cookies", "response", "body", "url", "entity", "path", "aiwyn_extra_", "BytesIO", "UUID", "Literal",
    "Enum", "AuthenticatedClient",
)  # fmt: skip
HOSTILE_PARAMETERS = (
    "class", "from", "type", "list", "self", "cls", "headers", "params", "cookies", "kwargs", "response",
    "body", "client", "url", "json", "quote", "errors", "httpx", "cast", "loads", "options", "timeout",
    "max_retries", "extra_headers", "items", "Any", "Unset",
)  # fmt: skip


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def _strings(*names: str) -> dict[str, Any]:
    return {"type": "object", "properties": {name: {"type": "string"} for name in names}}


def hostile_names(spec: Spec) -> Spec:
    """Ours, plus operations on ``/hostile/v1`` whose schemas, properties, parameters and enum
    values are named after keywords, builtins and the names of our own templates and runtime."""
    variant = copy.deepcopy(spec)
    text: dict[str, Any] = {"type": "string"}
    plan: dict[str, Any] = {name: text for name in (*KEYWORDS_AND_BUILTINS, *TEMPLATE_NAMES) if name != "response"}
    plan.update(
        {
            "plan": text,  # named like its model
            "Plan": {"type": "integer"},  # and like the model's class
            "id": {"type": "integer"},
            "status": _ref("Status"),
            "Enum": _ref("Enum"),
            "IntEnum": _ref("IntEnum"),
            "Pager": _ref("Pager"),
            "datetime": {"type": "string", "format": "date-time"},
            "date": {"type": "string", "format": "date"},
            "items": {"type": "array", "items": _ref("Expr")},
            "list": {"type": "array", "items": text},
            "dict": {"type": "object", "additionalProperties": text},
            "File": _ref("File"),
            "Resource": _ref("Resource"),
            "Any": {"oneOf": [_ref("Any"), {"type": "null"}]},
            "Model": _ref("Model"),
            "Response": _ref("Response"),  # "response" is left out above: the two would clash
            "Client": {"type": "integer"},
            "options": {"type": "boolean"},
            "timeout": {"type": "number"},
        }
    )
    enum_values = ["None", "True", "False", "class", "value", "name", "is_known", "mro", "Enum"]
    schemas = {
        "Plan": {"type": "object", "required": ["id", "class", "items", "cls", "src_dict"], "properties": plan},
        "Expr": _strings("d", "new", "append", "extra", "cls", "self", "expr"),
        "File": _strings("payload", "file_name", "mime_type", "file"),
        "Resource": _strings("resource", "options", "get", "client"),
        "Any": {"type": "object", "properties": {"any": text, "Any": {"type": "integer"}}},
        "Unset": {"type": "object", "properties": {"unset": text, "value": text}},
        "T": {"type": "object", "properties": {"t": text, "T": {"type": "integer"}}},
        "Mapping": {"type": "object", "properties": {"mapping": text}},
        "Response": {
            "type": "object",
            "properties": {
                "status_code": {"type": "integer"},
                "content": text,
                "headers": {"type": "object", "additionalProperties": text},
                "parsed": text,
                "response": text,
                "Unset": _ref("Unset"),
                "T": _ref("T"),
                "Mapping": _ref("Mapping"),
            },
        },
        "Model": {
            "type": "object",
            "properties": {
                "timeout": {"type": "number"},
                "max_retries": {"type": "integer"},
                "extra_headers": {"type": "object", "additionalProperties": text},
                "extra_query": text,
                "extra_body": text,
                "options": text,
                "status": _ref("Status"),
                "model": text,
            },
        },
        "Status": {"type": "string", "enum": ["active", "None", "class", "True"]},
        "Enum": {"type": "string", "enum": enum_values},
        "IntEnum": {"type": "integer", "enum": [0, 1, 2]},
        "Pager": _strings("pager", "plan", "total"),
        "PlanList": {
            "type": "object",
            "properties": {"plans": {"type": "array", "items": _ref("Plan")}, "total": _ref("Total")},
        },
        "PlanSearch": {
            "type": "object",
            "properties": {
                "pageSize": {"type": "integer", "minimum": 1, "maximum": 1000},
                "where": _ref("Where"),
                "orderBy": _ref("OrderBy"),
            },
        },
    }  # fmt: skip
    numbers = {"timeout", "max_retries"}  # integers: checked by the method under their new names
    query = [
        {"name": n, "in": "query", "schema": {"type": "integer"} if n in numbers else text} for n in HOSTILE_PARAMETERS
    ]
    query.append({"name": "status", "in": "query", "schema": _ref("Status")})
    by_id = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}
    ok = {"description": "OK"}
    tags = ["Plan"]
    paths = {
        "/hostile/v1/plans": {
            "get": {
                "tags": tags,
                "operationId": "listPlans",
                "parameters": query,
                "responses": {"200": {**ok, "content": _json({"type": "array", "items": _ref("Plan")})}},
            },
            "post": {
                "tags": tags,
                "operationId": "createPlan",
                "parameters": [{"name": "body", "in": "query", "schema": text}],
                "requestBody": {"required": True, "content": _json(_ref("Plan"))},
                "responses": {"201": {**ok, "content": _json(_ref("Plan"))}},
            },
        },
        "/hostile/v1/plans/{id}": {
            "parameters": [by_id],
            "get": {
                "tags": tags,
                "operationId": "getPlan",
                "parameters": [{"name": "X-Self", "in": "header", "schema": text}],
                "responses": {"200": {**ok, "content": _json(_ref("Plan"))}},
            },
            "put": {
                "tags": tags,
                "operationId": "replacePlan",
                "parameters": [{"name": "status", "in": "query", "schema": _ref("Status")}],
                "requestBody": {"required": True, "content": _json(_ref("Model"))},
                "responses": {"200": {**ok, "content": _json(_ref("Response"))}},
            },
            "delete": {"tags": tags, "operationId": "deletePlan", "responses": {"204": {"description": "Gone"}}},
        },
        "/hostile/v1/plans/search": {
            "post": {
                "tags": tags,
                "operationId": "searchPlans",
                "requestBody": {"required": True, "content": _json(_ref("PlanSearch"))},
                "responses": {"200": {**ok, "content": _json(_ref("PlanList"))}},
            }
        },
        "/hostile/v1/clients/{class}": {
            "get": {
                "tags": tags,
                "operationId": "getClientByClass",
                "parameters": [{"name": "class", "in": "path", "required": True, "schema": text}],
                "responses": {"200": {**ok, "content": _json(_ref("Client"))}},
            }
        },
        "/hostile/v1/any": {
            "get": {
                "tags": tags,
                "operationId": "getAny",
                "parameters": [{"name": "T", "in": "query", "schema": text}],
                "responses": {"200": {**ok, "content": _json({"type": "array", "items": _ref("Any")})}},
            }
        },
    }
    variant["paths"].update(paths)
    variant["components"]["schemas"].update(schemas)
    return variant


# A Redocly site shows its tags with emoji and groups them; ours named as its docs show them.
TAG_NAMES = {
    "Authentication": "🔐 Authentication", "Client": "👤 Client", "Billing": "🧾 Draft Invoices & History",
    "Time": "⏱️ Time / WIP", "Records": "🗂️ Records (v1)", "Event Subscriptions": "🔔 Event Subscriptions",
}  # fmt: skip
TEXT = {"type": "string"}


def _operations(spec: Spec) -> list[tuple[str, str, dict[str, Any]]]:
    return [(path, m, item[m]) for path, item in spec["paths"].items() for m in HTTP_METHODS if m in item]


def published_bundle(spec: Spec) -> Spec:
    """Ours as a publisher's tooling could hand it over: tags with emoji, spaces and punctuation,
    grouped (``x-tagGroups``, ``x-displayName``), an operation with no tags and one with two; no
    operationIds but one that every get by id shares; request bodies and successes through
    ``components/requestBodies|responses``, a third of them JSON spelt with a charset after a
    ``text/plain`` twin; path parameters at path level; collection paths ending in a slash (FastAPI,
    Django); errors only as ``default``, ``4XX`` and ``text/plain``."""
    variant = copy.deepcopy(spec)
    for tag in variant["tags"]:
        tag["x-displayName"], tag["name"] = tag["name"], TAG_NAMES.get(tag["name"], f"📁 {tag['name']}")
    names = {tag["x-displayName"]: tag["name"] for tag in variant["tags"]}
    variant["x-tagGroups"] = [
        {"name": "Getting started", "tags": [names["Authentication"]]},
        {"name": "Practice", "tags": [n for old, n in names.items() if old != "Authentication"]},
    ]
    components = variant["components"]
    for n, (path, method, op) in enumerate(_operations(variant)):
        op["tags"] = [names[t] for t in op["tags"]]
        if path.endswith("/search"):
            op["tags"] = ["🔎 Search", *op["tags"]]
        if path == "/api/v1/event-subscriptions/catalog":
            del op["tags"]
        if method == "get" and path.endswith("}"):
            op["operationId"] = "getById"
        else:
            del op["operationId"]
        name = normalise.operation_id(method, path)
        name = name[0].upper() + name[1:]
        if "requestBody" in op:
            components.setdefault("requestBodies", {})[f"{name}Body"] = op["requestBody"]
            op["requestBody"] = {"$ref": f"#/components/requestBodies/{name}Body"}
        responses = op["responses"]
        success = next(code for code in responses if code.startswith("2"))
        content = responses[success].get("content") or {}
        if n % 3 == 0 and "application/json" in content:  # as ASP.NET lists it, JSON after a text twin
            media = content.pop("application/json")
            responses[success]["content"] = {"text/plain": media, "application/json; charset=utf-8": media, **content}
        components["responses"][f"{name}Ok"] = responses[success]
        errors = [code for code in responses if not code.startswith("2")]
        shared = responses[errors[0]]
        for code in errors:
            del responses[code]
        responses[success] = {"$ref": f"#/components/responses/{name}Ok"}
        if n % 2:
            responses["default"] = shared
        else:
            responses["4XX"] = shared
            responses["5XX"] = {"description": "Server error", "content": {"text/plain": {"schema": TEXT}}}
    for item in variant["paths"].values():
        operations = [item[m] for m in HTTP_METHODS if m in item]
        first, *others = [o.get("parameters", []) for o in operations]
        shared = [p for p in first if all(p in given for given in others)]
        if shared:  # every operation's: said once, for the path
            item["parameters"] = shared
            for o in operations:
                o["parameters"] = [p for p in o["parameters"] if p not in shared]
                if not o["parameters"]:
                    del o["parameters"]
    variant["paths"] = {(p if p.endswith("}") else f"{p}/"): item for p, item in variant["paths"].items()}
    return variant


DATA = ("example", "examples", "default", "enum", "const")
"""Keys whose values are data, not description."""


def _with_examples(node: Any) -> Any:
    """Every schema's ``example`` given as an ``examples`` list, as JSON Schema 2020-12 writes it."""
    if isinstance(node, dict):
        out = {k: v if k in DATA else _with_examples(v) for k, v in node.items()}
        if "example" in out and "$ref" not in out:
            out["examples"] = [out.pop("example")]
        return out
    return [_with_examples(v) for v in node] if isinstance(node, list) else node


def _dereferenced(document: Spec) -> Spec:
    """Every ``$ref`` replaced by the part it names, as ``redocly bundle --dereferenced`` does,
    components kept: the same object wherever the part is used (YAML writes an alias), so a schema
    that contains itself is its own descendant; a ``$ref`` with siblings a copy holding them too."""
    done: dict[str, Any] = {}
    walked: set[int] = set()

    def part(ref: str) -> Any:
        if ref not in done:
            done[ref] = pointer_target(document, ref)
            inline(done[ref])
        return done[ref]

    def inline(node: Any) -> Any:
        if id(node) in walked:
            return node
        walked.add(id(node))
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                siblings = {k: v for k, v in node.items() if k != "$ref"}
                return {**part(ref), **siblings} if siblings else part(ref)
            for key, value in node.items():
                if not (key.startswith("x-") or key in DATA):
                    node[key] = inline(value)
        elif isinstance(node, list):
            node[:] = [inline(v) for v in node]
        return node

    return dict(inline(document))


def openapi_31_dereferenced(spec: Spec) -> Spec:
    """Ours dereferenced (``redocly bundle --dereferenced``), in OpenAPI 3.1's own words:
    ``examples`` lists and ``const`` in schemas, a ``jsonSchemaDialect`` and ``webhooks``."""
    variant = copy.deepcopy(spec)
    variant["jsonSchemaDialect"] = "https://spec.openapis.org/oas/3.1/dialect/base"
    schemas = variant["components"]["schemas"] = _with_examples(variant["components"]["schemas"])
    schemas["ClientUpdatedEvent"] = {
        "type": "object",
        "required": ["event", "data"],
        "properties": {
            "event": {"const": "client.updated"},
            "version": {"type": "string", "const": "1"},
            "data": _ref("Client"),
            "sentAt": {"type": ["string", "null"], "format": "date-time", "examples": ["2024-01-01T00:00:00Z"]},
        },
    }
    variant["webhooks"] = {
        "clientUpdated": {
            "post": {
                "operationId": "onClientUpdated",
                "requestBody": {"content": _json(_ref("ClientUpdatedEvent"))},
                "responses": {"200": {"description": "Received"}},
            }
        }
    }
    return _dereferenced(variant)


VARIANTS: tuple[Variant, ...] = (
    Variant("no_marks", "conventions", strip_marks, "every x-aiwyn-* extension removed"),
    Variant("controller_ids", "conventions", controller_ids, "NestJS-style operationIds"),
    *(
        Variant(
            f"page_{how.replace('-', '_')}", "conventions", lambda s, how=how: page_variant(s, how), f"pages: {how}"
        )
        for how in ("envelope", "array-first", "aggregate", "count")
    ),
    Variant(
        "no_servers",
        "servers",
        with_servers([]),
        "no servers at all: base_url is asked for",
        environments={},
        default=None,
    ),
    Variant(
        "server_variables",
        "servers",
        with_servers(
            [
                {"url": "https://mock.example.test/aiwyn"},
                {
                    "url": "https://{environment}.example.test",
                    "variables": {"environment": {"default": "sandbox", "enum": ["sandbox", "api", "staging"]}},
                },
            ]
        ),
        "the docs' mock first, then one URL with an environment variable",
        environments={
            "docs_mock": "https://mock.example.test/aiwyn",
            "sandbox": "https://sandbox.example.test",
            "production": "https://api.example.test",
            "staging": "https://staging.example.test",
        },
        default="production",
    ),
    Variant("extra_operations", "operations", extra_operations, "operations a published description uses"),
    Variant("hostile_names", "names", hostile_names, "names after keywords, builtins and our own names"),
    Variant(
        "published_bundle",
        "conventions",
        published_bundle,
        "emoji tags, shared or no operationIds, components refs, JSON after text, path parameters, trailing slashes",
        notes=(
            "has operationId 'getById' as GET /gql/v1/client/{id} does",
            "has no operationId",
            "Ok: read as application/json; charset=utf-8, not text/plain",
        ),
    ),
    Variant(
        "openapi_31_dereferenced",
        "conventions",
        openapi_31_dereferenced,
        "redocly bundle --dereferenced (aliases, a recursive where), 3.1 examples, const, webhooks",
        notes=("a dereferenced description: ",),
    ),
)


def build(name: str, spec: Spec) -> Spec:
    return next(v for v in VARIANTS if v.name == name).make(spec)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.generator.variants.corpus OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    ours = load_spec(Path("openapi/aiwyn.yaml"))
    for variant in VARIANTS:
        target = out / f"{variant.name}.yaml"
        target.write_text(yaml.safe_dump(variant.make(ours), sort_keys=False), encoding="utf-8")
        print(f"{target}: {variant.why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
