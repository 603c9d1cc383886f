"""An OpenAPI 3.2 description, read as the 3.1 one it extends.

openapi-python-client reads OpenAPI 3.0 and 3.1 and refuses a whole 3.2 description by its
version. 3.2 changes nothing of what 3.1 says; it adds. What it adds that a 3.1 reader cannot
take is settled here, each noted: an operation of a method 3.1 has no key for (``query``, and
``additionalOperations`` such as ``LINK``) is dropped, as openapi-python-client builds the
methods it knows only; a ``querystring`` parameter (the whole query string as one value) of a
form is its fields, each a query parameter, which is how a form is written in a query string;
one of any other media type drops its operation. What else 3.2 adds is read as 3.1 reads it:
tags' ``parent`` and ``kind`` are kept and unused, and an answer of a sequential media type
(``itemSchema``: JSON lines, server-sent events) is downloaded as bytes, as any answer of a type
that is not JSON.
"""

from __future__ import annotations

from typing import Any

from generator.normalise.description import HTTP_METHODS, Normalised, resolve
from generator.normalise.media import FORM

READ_AS = "3.1.1"
"""The version a 3.2 description is given to openapi-python-client as."""


def openapi_3_2(result: Normalised) -> None:
    """A 3.2 description is read as 3.1 (see the module's docstring); any other is left as it is."""
    spec = result.spec
    version = str(spec.get("openapi", ""))
    if not version.startswith("3.2"):
        return
    spec["openapi"] = READ_AS
    result.changes.append(f"OpenAPI {version} is read as {READ_AS}: what 3.2 adds is noted where it is met")
    for path, item in (spec.get("paths") or {}).items():
        if isinstance(item, dict):
            _other_methods(result, path, item)
            _query_strings(result, path, item)


def _other_methods(result: Normalised, path: str, item: dict[str, Any]) -> None:
    """Operations of a method OpenAPI 3.1 has no key for are dropped, one line each."""
    others = [("QUERY", item.pop("query"))] if "query" in item else []
    extra = item.pop("additionalOperations", None)
    if isinstance(extra, dict):
        others += [(str(method).upper(), op) for method, op in extra.items()]
    for method, op in others:
        named = op.get("operationId") if isinstance(op, dict) else None
        result.changes.append(
            f"dropped: {method} {path} ({named}): the {method} method is OpenAPI 3.2's, "
            "and openapi-python-client builds the methods of 3.1 only"
        )


def _query_strings(result: Normalised, path: str, item: dict[str, Any]) -> None:
    """``querystring`` parameters, the path's (given to each of its operations) and each
    operation's: a form's fields become query parameters; any other media type drops the operation."""
    shared = [p for p in item.get("parameters") or () if _is_query_string(result.spec, p)]
    for param in shared:
        item["parameters"].remove(param)
    for method in HTTP_METHODS:
        op = item.get(method)
        if not isinstance(op, dict):
            continue
        params = op.setdefault("parameters", [])
        params += shared
        label = f"{method.upper()} {path}"
        for param in [p for p in params if _is_query_string(result.spec, p)]:
            target = resolve(result.spec, param)
            fields = _form_fields(result.spec, target)
            if fields is None:
                del item[method]
                media = ", ".join(target.get("content") or {}) or "no media type"
                result.changes.append(
                    f"dropped: {label} ({op.get('operationId')}): its query string is one value in {media}, "
                    "which only a form's fields can be sent as"
                )
                break
            at = params.index(param)
            params[at : at + 1] = fields
            named = ", ".join(str(f["name"]) for f in fields) or "none"
            result.changes.append(f"{label}: query string {target.get('name')} is a form: sent as its fields ({named})")


def _is_query_string(spec: dict[str, Any], param: Any) -> bool:
    target = resolve(spec, param)
    return isinstance(target, dict) and target.get("in") == "querystring"


def _form_fields(spec: dict[str, Any], param: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The query parameters a ``querystring`` parameter of a form gives (one per field, required as
    the form has it where the parameter is required), or None where it is not a form of fields."""
    content = param.get("content")
    if not isinstance(content, dict) or len(content) != 1:
        return None
    ((media, declared),) = content.items()
    form = str(media).split(";", 1)[0].strip().lower() == FORM
    schema = resolve(spec, declared.get("schema")) if form and isinstance(declared, dict) else None
    if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
        return None
    required = set(schema.get("required") or ()) if param.get("required") else set()
    return [
        {"name": name, "in": "query", "required": name in required, "schema": field}
        for name, field in schema["properties"].items()
    ]
