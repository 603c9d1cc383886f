"""Parameters openapi-python-client drops an operation for: a ``{name}`` of the path that no
parameter declares (declared, as the path's other operations have it where one does), a header
of a type it cannot send (declared a plain string), a parameter described by ``content``
rather than ``schema`` (declared a string: the text it is sent as), and a path parameter's
``default`` or null (left out)."""

from __future__ import annotations

import copy
import functools
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from generator.normalise.description import HTTP_METHODS, Normalised, operations, resolve
from generator.normalise.media import is_json

HEADER_FORMATS_REFUSED = frozenset({"date", "date-time"})


TEMPLATES = re.compile(r"\{([^{}]+)\}")
"""A path's parameters, ``{name}``, whatever their names."""


def _parameter_lists(spec: dict[str, Any]) -> Iterator[tuple[str, str, list[Any], list[dict[str, Any]]]]:
    """Each list of parameters where a path declares them: ``(path, where, parameters, operations)``,
    where is ``every operation of /path`` or ``GET /path``, and the operations they apply to."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        ops = [(m.upper(), item[m]) for m in HTTP_METHODS if isinstance(item.get(m), dict)]
        for label, holder in [("every operation of", item), *ops]:
            params = holder.get("parameters")
            if isinstance(params, list):
                yield path, f"{label} {path}", params, [op for _, op in ops] if holder is item else [holder]


def _every_parameter(spec: dict[str, Any]) -> list[tuple[str, Any]]:
    """Every parameter of the description, where it is declared: components, path items, operations."""
    places: list[tuple[str, Any]] = [
        (f"#/components/parameters/{name}", param)
        for name, param in ((spec.get("components") or {}).get("parameters") or {}).items()
    ]
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        places += [(f"{path}", param) for param in item.get("parameters") or ()]
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                places += [(f"{method.upper()} {path}", param) for param in op.get("parameters") or ()]
    return places


def content_parameters(result: Normalised) -> None:
    """A parameter described by ``content`` (a media type and its schema) rather than ``schema``:
    OpenAPI's way to send a structured value as text, JSON mostly (Apideck's file upload takes its
    metadata as a JSON header). openapi-python-client reads no schema there and drops the
    operation ("Parameter has no schema"). It is declared a string, the text sent as it is: the
    caller gives the JSON (``json.dumps(...)``)."""
    for where, param in _every_parameter(result.spec):
        content = param.get("content") if isinstance(param, dict) else None
        if not isinstance(content, dict) or not content or "schema" in param:
            continue
        media_type = next(iter(content))
        param["schema"] = {"type": "string"}
        del param["content"]
        kind = "JSON text" if is_json(str(media_type)) else "text"
        result.changes.append(
            f"{where}: parameter {param.get('name')} is described by content ({media_type}): sent as the {kind} given"
        )


def same_python_names(result: Normalised) -> None:
    """Parameters of one operation, in one place, whose names give one Python name (Twilio's
    ``StartTime``, ``StartTime<`` and ``StartTime>`` are all ``start_time``): openapi-python-client
    drops the operation (Twilio's calls, messages and recordings lists). One keeps it (``_claim``:
    ``StartTime``); the others are left out of the operation, for
    ``extra_query`` (or ``extra_headers``) to send (``extra_query={"StartTime<": ...}``)."""
    spec = result.spec
    for path, method, op in operations(spec):
        item = spec["paths"][path]
        params = [*(item.get("parameters") or []), *(op.get("parameters") or [])]
        kept: dict[tuple[str, str], str] = {}
        clashing: list[Any] = []
        for given in sorted(params, key=lambda p: _claim(resolve(spec, p))):
            param = resolve(spec, given)
            if not isinstance(param, dict):
                continue
            key = (str(param.get("in")), str(PythonIdentifier(str(param.get("name")), prefix="")))
            if key in kept and kept[key] != param.get("name"):
                clashing.append(given)
            else:
                kept.setdefault(key, str(param.get("name")))
        own = op.get("parameters") or []
        clashing = [c for c in clashing if any(c is p for p in own)]  # the path item's are its others' too
        if not clashing:
            continue
        op["parameters"] = [p for p in own if not any(p is c for c in clashing)]
        names = ", ".join(str(resolve(spec, c).get("name")) for c in clashing)
        result.changes.append(
            f"{method.upper()} {path}: {names} give another parameter's Python name: left out (extra_query sends them)"
        )


def _claim(param: Any) -> tuple[bool, bool, bool]:
    """Which of parameters giving one Python name keeps it, first to last: one spelt as an
    identifier (``StartTime``, not ``StartTime<``), one spelt as the Python name itself (Clerk's
    ``frontend_api`` beside the ``frontendApi`` it deprecates), one not deprecated."""
    name = str(param.get("name", "")) if isinstance(param, dict) else ""
    deprecated = isinstance(param, dict) and param.get("deprecated") is True
    return not name.isidentifier(), name != str(PythonIdentifier(name, prefix="")), deprecated


def path_parameter_defaults(result: Normalised) -> None:
    """A path parameter is always given, so its ``default`` and a null it allows say nothing, and
    openapi-python-client refuses both. A default (Front's ``article_id: {default: kba_123}``, an
    example written as one) gives the function's argument that default, before arguments without
    one, and the module does not compile; a null (FastAPI's ``map_index: int | None``, Airflow's)
    drops the operation ("int | None is not allowed in path"). Both are left out."""
    spec = result.spec
    for where, param in _every_parameter(spec):
        param = resolve(spec, param)
        schema = param.get("schema") if isinstance(param, dict) and param.get("in") == "path" else None
        if not isinstance(schema, dict) or "$ref" in schema:
            continue
        said = f"{where}: path parameter {param.get('name')}"
        if "default" in schema:
            del schema["default"]
            result.changes.append(f"{said} has a default: left out")
        if _without_null(schema):
            result.changes.append(f"{said} may be null: a path holds a value, so it is not")


def _without_null(schema: dict[str, Any]) -> bool:
    """Whether ``schema`` allowed null (``nullable``, a ``null`` type, or a ``null`` member of an
    ``anyOf`` or ``oneOf`` beside one other), which is then taken out of it."""
    found = schema.pop("nullable", None) is True
    kinds = schema.get("type")
    if isinstance(kinds, list) and "null" in kinds:
        others = [kind for kind in kinds if kind != "null"]
        schema["type"] = others[0] if len(others) == 1 else others
        found = True
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list) and {"type": "null"} in members and len(members) == 2:
            (other,) = [member for member in members if member != {"type": "null"}]
            del schema[key]
            schema.update(other if "$ref" not in other else {"allOf": [other]})
            found = True
    return found


def header_parameters(result: Normalised) -> None:
    """openapi-python-client sends header parameters as strings, integers, numbers, booleans or
    enums only, and drops an operation with any other (a ``date-time``, an array, an object, a union):
    such a header is declared a plain string, which the caller formats (the HTTP form of a date is
    theirs to choose anyway)."""
    spec = result.spec
    for where, param in _every_parameter(spec):
        if not isinstance(param, dict) or param.get("in") != "header" or not isinstance(param.get("schema"), dict):
            continue
        schema = resolve(spec, param["schema"])
        if not isinstance(schema, dict) or "enum" in schema:
            continue
        kind, fmt = schema.get("type"), schema.get("format")
        composed = any(key in schema for key in ("oneOf", "anyOf", "allOf"))  # SumUp's string: one of two date forms
        if not composed and (
            kind in ("integer", "number", "boolean") or (kind == "string" and fmt not in HEADER_FORMATS_REFUSED)
        ):
            continue
        shown = " ".join(str(x) for x in (kind, fmt) if x) or "untyped"
        plain: dict[str, Any] = {"type": "string"}
        if isinstance(schema.get("description"), str):
            plain["description"] = schema["description"]
        param["schema"] = plain
        result.changes.append(f"{where}: header {param.get('name')} ({shown}) is sent as a plain string")


IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
"""Header parameters the OpenAPI specification says SHALL be ignored: the media types and the
security schemes say them."""
ACCEPT_MARK = "x-aiwyn-accept"
"""On an operation: the ``Accept`` header its requests send, where an ``Accept`` parameter gave one
JSON media type (PagerDuty's versioning ``application/vnd.pagerduty+json;version=2``)."""


def ignored_headers(result: Normalised) -> None:
    """A header parameter named ``Accept``, ``Content-Type`` or ``Authorization`` is left out, as the
    specification says to ignore it: as an argument it did nothing the client does not already do,
    or worse (Business Central's required ``Content-Type`` refused all 102 writes without one, and
    then sent the client's own; BambooHR's ``Accept`` defaulting to XML asked for an answer the
    client cannot read)."""
    for _, where, params, ops in _parameter_lists(result.spec):
        for param in list(params):
            target = resolve(result.spec, param)
            if not isinstance(target, dict) or target.get("in") != "header":
                continue
            name = str(target.get("name")).lower()
            if name not in IGNORED_HEADERS:
                continue
            params.remove(param)
            if name == "accept":
                _accept_given(target, ops)
            result.changes.append(f"{where}: header parameter {target.get('name')} is ignored, as OpenAPI says")


def _accept_given(param: dict[str, Any], ops: list[dict[str, Any]]) -> None:
    """The one JSON media type an ``Accept`` parameter gives (its default, or its only value), kept
    as what its operations ask for: a vendor type may version the API. Any other value (XML) is
    not what the client reads, and the client asks for the JSON its answers are documented in."""
    schema = param.get("schema")
    schema = schema if isinstance(schema, dict) else {}
    values = schema.get("enum")
    given = schema.get("default", values[0] if isinstance(values, list) and len(values) == 1 else None)
    if isinstance(given, str) and is_json(given.split(";", 1)[0].strip()) and "," not in given:
        for op in ops:
            op.setdefault(ACCEPT_MARK, given)


TEMPLATE_NAME = re.compile(r"[a-zA-Z_-][a-zA-Z0-9_-]*")
"""The path parameter names openapi-python-client finds in a path (``_PATH_PARAM_REGEX``)."""


def path_parameter_names(result: Normalised) -> None:
    """A path parameter whose name openapi-python-client does not find in the path (grpc-gateway's
    ``{execution.workflow_id}``: Temporal's workflows, 42 operations) makes it drop the operation
    ("Path parameters do not match with path"). Such a name is renamed, in the path and wherever
    the parameter is declared, to one it finds (``execution_workflow_id``): a path parameter's name
    never reaches the server, only its value does."""
    spec = result.spec
    paths = spec.get("paths")
    if not isinstance(paths, dict):
        return
    renamed: dict[str, str] = {}
    for path in paths:
        for name in TEMPLATES.findall(path):
            if not TEMPLATE_NAME.fullmatch(name) and name not in renamed:
                plain = re.sub(r"[^a-zA-Z0-9_-]+", "_", name).strip("_") or "param"
                renamed[name] = plain if TEMPLATE_NAME.fullmatch(plain) else f"_{plain}"
    if not renamed:
        return
    spec["paths"] = {
        TEMPLATES.sub(lambda m: "{" + renamed.get(m.group(1), m.group(1)) + "}", path): item
        for path, item in paths.items()
    }
    for _, param in _every_parameter(spec):
        target = resolve(spec, param)
        if isinstance(target, dict) and target.get("in") == "path" and target.get("name") in renamed:
            target["name"] = renamed[target["name"]]
    for name, plain in renamed.items():
        result.changes.append(f"path parameter {{{name}}}: a name openapi-python-client cannot read: named {plain}")


OTHER_TEMPLATE = re.compile(r"(?<=/)(?:<([A-Za-z_][\w.-]*)>|:([A-Za-z_][\w.-]*))(?=/|$)")
"""A path segment written as another framework's template: ``<account_id>`` (Flask's), ``:account_id``
(Express's, Rails')."""


def other_templates(result: Normalised) -> None:
    """A path whose parameter is written ``<name>`` or ``:name`` where the operation declares the
    path parameter ``name`` (Zuora Collections' ``/payments/account_cycle_history/<account_id>``,
    12 operations): the parameter was left out as not in the path, so the method could never say
    which record. Such a segment is read as ``{name}``; one no declared parameter names stays text."""
    spec = result.spec
    paths = spec.get("paths")
    if not isinstance(paths, dict):
        return
    declared: defaultdict[str, set[str]] = defaultdict(set)  # a path's parameters, its operations' too
    for path, _, params, _ in _parameter_lists(spec):
        declared[path] |= {str(p.get("name")) for p in _path_parameters(spec, {"parameters": params})}
    rewritten: dict[str, str] = {}
    for path in paths:
        if not OTHER_TEMPLATE.search(path):
            continue
        written = OTHER_TEMPLATE.sub(functools.partial(_braced, declared=frozenset(declared[path])), path)
        if written != path and written not in paths:
            rewritten[path] = written
            result.changes.append(
                f"path {path}: a parameter written as another framework's template: read as {written}"
            )
    if rewritten:
        spec["paths"] = {rewritten.get(path, path): item for path, item in paths.items()}


def _braced(match: re.Match[str], declared: frozenset[str]) -> str:
    name = match[1] or match[2]
    return f"{{{name}}}" if name in declared else match[0]


FORMAT_PARAMETER = re.compile(r"(?<=[^/{])\{([^{}/]+)\}(?=/|$)")
"""A path parameter glued to what is before it, ending its segment: ``/contacts{format}``,
``/contacts/{id}{format}``."""


def format_parameters(result: Normalised) -> None:
    """A path parameter glued to the word before it whose default is a JSON suffix (Moneybird's
    ``/contacts{format}``, ``default: .json``, "can be empty": 211 operations) picks the answer's
    format, and the client reads JSON only. It is written into the path as that default
    (``/contacts.json``) and left out of the arguments, which had asked every call for it."""
    spec = result.spec
    paths = spec.get("paths")
    if not isinstance(paths, dict):
        return
    lists: defaultdict[str, list[list[Any]]] = defaultdict(list)  # a path's and its operations' parameters
    for path, _, params, _ in _parameter_lists(spec):
        lists[path].append(params)
    written: dict[str, str] = {}
    for path in paths:
        fixed = path
        for name in FORMAT_PARAMETER.findall(path):
            found = [(params, p) for params in lists[path] for p in params if _named_path_parameter(spec, p, name)]
            suffixes = {_json_suffix(resolve(spec, p)) for _, p in found}
            suffix = suffixes.pop() if len(suffixes) == 1 else None
            if suffix is None:
                continue
            for params, param in found:
                params.remove(param)
            fixed = fixed.replace("{" + name + "}", suffix)
        if fixed != path and fixed not in paths:
            written[path] = fixed
    if written:
        spec["paths"] = {written.get(path, path): item for path, item in paths.items()}
        for path, fixed in written.items():
            result.changes.append(f"{path}: its format parameter's default, JSON, is written into the path: {fixed}")


def _named_path_parameter(spec: dict[str, Any], param: Any, name: str) -> bool:
    target = resolve(spec, param)
    return isinstance(target, dict) and target.get("in") == "path" and target.get("name") == name


def _json_suffix(param: Any) -> str | None:
    """The default of a format parameter where it names JSON (``.json``, ``json``), else None."""
    schema = param.get("schema") if isinstance(param, dict) else None
    default = schema.get("default") if isinstance(schema, dict) else None
    return default if isinstance(default, str) and default.lower().lstrip(".") == "json" else None


def undeclared_path_parameters(result: Normalised) -> None:
    """A ``{name}`` of the path that the operation declares no parameter for (Square's ``PUT
    /v2/vendors/{vendor_id}``, whose GET declares it) makes openapi-python-client drop the
    operation ("Path parameters do not match with path"). It is declared as a required string,
    as the path's other operation has it when one does."""
    spec = result.spec
    for path, method, op in operations(spec):
        item = spec["paths"][path]
        declared = [*_path_parameters(spec, item), *_path_parameters(spec, op)]
        names = {str(p.get("name")) for p in declared}
        for name in TEMPLATES.findall(path):
            if name in names:
                continue
            sibling = next(
                (p for other in HTTP_METHODS if isinstance(item.get(other), dict)
                 for p in _path_parameters(spec, item[other]) if p.get("name") == name),
                None,
            )  # fmt: skip
            param = copy.deepcopy(sibling) if sibling else {"name": name, "in": "path", "schema": {"type": "string"}}
            param["required"] = True
            op.setdefault("parameters", []).append(param)
            names.add(name)
            origin = "as its path's other operations declare it" if sibling else "as a required string"
            result.changes.append(f"{method.upper()} {path}: declares no path parameter {name}: declared {origin}")


def stray_path_parameters(result: Normalised) -> None:
    """A path parameter the path does not hold (Recurly's ``PUT
    /invoices/{invoice_id}/apply_credit_balance`` declares ``site_id`` too), or one not marked
    required, makes openapi-python-client drop the operation. The first cannot be sent anywhere,
    so it is left out; the second is always given, so it is marked required."""
    for path, where, params, _ in _parameter_lists(result.spec):
        held = set(TEMPLATES.findall(path))
        for param in list(params):
            target = resolve(result.spec, param)
            if not (isinstance(target, dict) and target.get("in") == "path"):
                continue
            said = f"{where}: path parameter {target.get('name')}"
            if target.get("name") not in held:
                params.remove(param)
                result.changes.append(f"{said} is not in the path: left out")
            elif target.get("required") is not True:  # always given, as the path holds it
                target["required"] = True
                result.changes.append(f"{said} is not marked required: required, as the path holds it")


def _path_parameters(spec: dict[str, Any], holder: dict[str, Any]) -> list[dict[str, Any]]:
    params = [resolve(spec, p) for p in holder.get("parameters") or []]
    return [p for p in params if isinstance(p, dict) and p.get("in") == "path"]
