"""Every public description of the corpus, as published, builds into a working client.

``public/corpus.yaml`` lists them (licenses beside each). For each, with no configuration of its
own: ``generate`` succeeds (the build imports the package and runs mypy --strict on it), every
operation is reached by a resource method or named in the build's output as dropped, and against
Prism serving the description, GET methods decode (every one ``must_decode`` names), one
iterator of each paging style runs to its end (or stops with the typed ``PaginationError`` where
Prism's fixed examples would make it loop), and every POST, PUT and PATCH with a JSON or form body
is made with its required fields, sent, and its answer read: Prism, which checks each request
against the description, may refuse a sampled value, but the client itself refuses none.
Slow: ``make test-public`` runs them, and CI runs that after ``make test``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_python_client.strings import PythonIdentifier

from generator import build
from generator.mock import PrismServer
from generator.spec import SpecIndex
from tests.support.descriptions import settings_for

pytestmark = pytest.mark.public

PUBLIC = Path(__file__).parent / "public"
CORPUS = yaml.safe_load((PUBLIC / "corpus.yaml").read_text(encoding="utf-8"))["descriptions"]
MIN_DECODED = 5

USE = """
import datetime, inspect, json, sys, uuid
from aiwyn_client import Aiwyn, _spec
from aiwyn_client._catalog import CATALOG
from aiwyn_client.errors import AiwynError, APIStatusError, PaginationError

calls, base_url = json.loads(sys.argv[1]), sys.argv[2]
by_operation = {info.operation: (resource, name, info) for resource, methods in CATALOG.items()
                for name, info in methods.items()}
# A credential for every scheme the description declares, named after it: each operation is
# sent the ones its requirement asks for (Prism checks they are there).
credentials = {}
for scheme in getattr(_spec, "SECURITY_SCHEMES", {}).values():
    if scheme.kind == "basic":
        credentials.update({scheme.arg + "_username": "u", scheme.arg + "_password": "p"})
    elif scheme.kind in ("oauth2", "openIdConnect"):
        credentials[scheme.arg + "_token"] = "t"
    else:
        credentials[scheme.arg] = "k" if scheme.kind == "apiKey" else "t"
credentials = credentials or {"token": "t"}


def value(sample):
    if isinstance(sample, dict) and "$date" in sample:
        return datetime.date.fromisoformat(sample["$date"])
    if isinstance(sample, dict) and "$datetime" in sample:
        return datetime.datetime.fromisoformat(sample["$datetime"])
    if isinstance(sample, dict) and "$uuid" in sample:
        return uuid.UUID(sample["$uuid"])
    return sample


report = {"decoded": [], "failed": {}, "iterated": {}, "written": [], "refused": {}, "write_failed": {}}
with Aiwyn(base_url=base_url, max_retries=0, **credentials) as client:
    for call in calls["gets"]:
        resource, name, info = by_operation[call["operation"]]
        method = getattr(getattr(client, resource), name)
        accepted = inspect.signature(method).parameters
        try:
            method(*map(value, call["path"]), **{k: value(v) for k, v in call["keywords"].items() if k in accepted})
            report["decoded"].append(call["label"])
        except (AiwynError, TypeError) as exc:
            report["failed"][call["label"]] = f"{type(exc).__name__}: {str(exc)[:300]}"
    for style, candidates in calls["iterators"].items():
        for call in candidates:  # the first of the style's lists that Prism answers
            resource, name, info = by_operation[call["operation"]]
            iterate = getattr(getattr(client, resource), info.iterator)
            accepted = inspect.signature(iterate).parameters
            keywords = {k: value(v) for k, v in call["keywords"].items() if k in accepted}
            try:
                count = sum(1 for _ in iterate(*map(value, call["path"]), **keywords, max_items=500))
                report["iterated"][style] = f"{call['label']}: ended after {count}"
            except PaginationError as exc:
                report["iterated"][style] = f"{call['label']}: PaginationError: {str(exc)[:200]}"
            except (AiwynError, TypeError) as exc:
                report["failed"][call["label"] + " (iterator)"] = f"{type(exc).__name__}: {str(exc)[:300]}"
                continue
            break
with Aiwyn(base_url=base_url, max_retries=0, **credentials) as client:
    for call in calls["writes"]:
        resource, name, info = by_operation[call["operation"]]
        method = getattr(getattr(client, resource), name)
        accepted = inspect.signature(method).parameters
        keywords = {k: value(v) for k, v in call["keywords"].items() if k in accepted}
        fields = call.get("fields", {})  # the body's fields, by their argument (body_<name> where taken)
        if "body" in accepted and ("whole" in call or any(k not in accepted for k in fields)):
            keywords["body"] = call["whole"] if "whole" in call else call["api_fields"]
        else:
            keywords.update({k: value(v) for k, v in fields.items()})
        try:
            method(*map(value, call["path"]), **keywords)
            report["written"].append(call["label"])
        except APIStatusError as exc:  # Prism refusing a sampled value: the request was made and sent
            report["refused"][call["label"]] = str(exc)[:200]
        except (AiwynError, TypeError) as exc:
            report["write_failed"][call["label"]] = f"{type(exc).__name__}: {str(exc)[:300]}"
print(json.dumps(report))
"""


def _sample(index: SpecIndex, schema: Any) -> Any:
    """A value Prism takes for a parameter: its example, default or first enum value, else one of
    its type and format."""
    schema = index.resolve(index.non_null(schema or {}))
    if not isinstance(schema, Mapping):
        return "x"
    for key in ("example", "default"):
        if key in schema and schema[key] is not None and not isinstance(schema[key], (dict, list)):
            return _typed(schema, schema[key])
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), "string") if isinstance(kind, list) else kind
    if kind == "array":
        return [_sample(index, schema.get("items"))]
    typed = schema.get("format") in ("date", "date-time", "uuid")  # the typed sample matches its pattern
    if kind in (None, "string") and isinstance(schema.get("pattern"), str) and not typed:
        return _matching(schema["pattern"])
    text = "x" * max(1, int(schema.get("minLength") or 1))
    least = schema.get("minimum")  # Lob's print orders: at least 5,000
    number = least if isinstance(least, (int, float)) and not isinstance(least, bool) and least > 1 else None
    return _typed(schema, {"integer": number or 1, "number": number or 1.5, "boolean": True}.get(str(kind), text))


def _matching(pattern: str) -> str:
    """The simplest string a regular expression matches (its first alternative and character, each
    repeat at its minimum): what Prism takes for a parameter with a ``pattern``."""

    def walk(parsed: Any) -> str:
        out = []
        for op, arg in parsed:
            name = str(op)
            if name == "LITERAL":
                out.append(chr(arg))
            elif name == "IN":
                first = next((a for a in arg if str(a[0]) in ("LITERAL", "RANGE", "CATEGORY")), None)
                kind = str(first[0]) if first else ""
                out.append(chr(first[1]) if kind == "LITERAL" else chr(first[1][0]) if kind == "RANGE" else "a")
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                low, _, sub = arg
                out.append(walk(sub) * max(low, 1))
            elif name == "SUBPATTERN":
                out.append(walk(arg[-1]))
            elif name == "BRANCH":
                out.append(walk(arg[1][0]))
            elif name == "CATEGORY":
                out.append("0" if "DIGIT" in str(arg) else "a")
            elif name == "ANY":
                out.append("a")
        return "".join(out)

    try:
        return walk(re._parser.parse(pattern))  # type: ignore[attr-defined]
    except Exception:  # a pattern Python's re does not read: the plain sample then
        return "x"


def _typed(schema: Mapping[str, Any], value: Any) -> Any:
    fmt = schema.get("format")
    if fmt == "date":
        return {"$date": str(value) if str(value)[:4].isdigit() else "2024-01-01"}
    if fmt == "date-time":
        text = str(value) if str(value)[:4].isdigit() else "2024-01-01T00:00:00+00:00"
        return {"$datetime": text.replace("Z", "+00:00")}
    if fmt == "uuid":
        return {"$uuid": str(value) if len(str(value)) == 36 else "3fa85f64-5717-4562-b3fc-2c963f66afa6"}
    return value


def _call(index: SpecIndex, op: Any, body: bool = True) -> dict[str, Any]:
    """The arguments of one operation's method: every path parameter and every required one, and
    (``body``) a POST's required JSON body fields (a POST-everything API takes its list's arguments there)."""
    path, keywords = [], {}
    order = re.findall(r"\{([^{}]+)\}", op.path)  # the method takes path values in the path's order
    for param in sorted(index.parameters(op), key=lambda p: order.index(p["name"]) if p.get("name") in order else 0):
        name, where = str(param.get("name")), param.get("in")
        if where == "path":
            path.append(_sample(index, param.get("schema")))
        elif param.get("required") and where in ("query", "header"):
            keywords[str(PythonIdentifier(name, prefix=""))] = _sample(index, param.get("schema"))
    schema = index.resolve(index.json_body_schema(op.raw.get("requestBody")) or {}) if op.method == "post" else {}
    fields = index.properties(schema) if body and isinstance(schema, Mapping) else {}
    for name in schema.get("required") or () if isinstance(schema, Mapping) else ():
        if name in fields:
            keywords.setdefault(str(PythonIdentifier(str(name), prefix="")), _sample(index, fields[name]))
    return {"label": op.label, "path": path, "keywords": keywords}


def _plan(index: SpecIndex, operations: Mapping[str, str]) -> dict[str, Any]:
    """What to call: every GET without a request body, and one iterator of each paging style;
    every POST, PUT and PATCH with a JSON or form body, with its required fields."""
    gets, writes = [], []
    for op in index.operations:
        if op.operation_id not in operations:
            continue
        if op.method == "get" and not op.binary and op.returns_body:
            gets.append({**_call(index, op), "operation": operations[op.operation_id]})
        elif op.method in ("post", "put", "patch") and (body := _write_body(index, op)) is not None:
            writes.append({**_call(index, op, body=False), **body, "operation": operations[op.operation_id]})
    return {"gets": gets, "writes": writes}


def _write_body(index: SpecIndex, op: Any) -> dict[str, Any] | None:
    """A JSON or form body's required fields, sampled to the bottom: by argument name where the
    method takes them one by one (``body_<name>`` if a parameter has the name), else whole."""
    container = index.resolve(op.raw.get("requestBody") or {})
    content = container.get("content") or {} if isinstance(container, Mapping) else {}
    media = next((m for t, m in content.items() if "json" in t or t == "application/x-www-form-urlencoded"), None)
    if not isinstance(media, Mapping) or not isinstance(media.get("schema"), Mapping):
        return None
    sample = _deep(index, media["schema"])
    if not isinstance(sample, dict) or not index.properties(index.resolve(index.non_null(media["schema"]))):
        return {"whole": sample}
    taken = {str(PythonIdentifier(str(p.get("name")), prefix="")) for p in index.parameters(op)}
    props = index.properties(index.resolve(index.non_null(media["schema"])))
    fields = {}
    for key, item in sample.items():
        name = str(PythonIdentifier(str(key), prefix=""))
        scalar = not isinstance(item, (dict, list))  # an argument of its own type: a date as a date
        fields[f"body_{name}" if name in taken else name] = _sample(index, props[key]) if scalar else item
    return {"fields": fields, "api_fields": sample}


def _required(index: SpecIndex, schema: Any) -> set[str]:
    """The keys an object schema requires, its ``allOf`` members' (to the bottom) included."""
    schema = index.resolve(schema)
    if not isinstance(schema, Mapping):
        return set()
    found = set(schema.get("required") or ())
    for part in schema.get("allOf") or ():
        found |= _required(index, part)
    return found


def _deep(index: SpecIndex, schema: Any, depth: int = 0) -> Any:
    """A JSON value ``schema`` takes: an object's required properties, an array's one item, a
    union's first member; scalars as ``_sample`` makes them, as the wire spells them."""
    try:
        schema = index.resolve(index.non_null(schema or {}))
    except Exception:  # a reference that names nothing: a value of any type
        return "x"
    if not isinstance(schema, Mapping):
        return "x"
    members = schema.get("oneOf") or schema.get("anyOf")
    if isinstance(members, list) and members:
        return _deep(index, members[0], depth + 1)
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    props = index.properties(schema)
    if kind == "object" or props or "allOf" in schema:
        required = _required(index, schema)
        return {} if depth > 6 else {k: _deep(index, props[k], depth + 1) for k in sorted(required) if k in props}
    if kind == "array":
        return [_deep(index, schema.get("items"), depth + 1)] * max(1, int(schema.get("minItems") or 1))
    sample = _sample(index, schema)
    return next(iter(sample.values())) if isinstance(sample, dict) else sample


def _param(entry: dict[str, Any]) -> Any:
    """A description whose build is known to fail carries the reason in corpus.yaml (``known``)."""
    marks = [pytest.mark.xfail(strict=True, reason=entry["known"])] if entry.get("known") else []
    return pytest.param(entry, id=entry["name"], marks=marks)


@pytest.mark.parametrize("entry", [_param(entry) for entry in CORPUS])
def test_a_public_description_as_published_builds_and_works(entry: dict[str, Any], tmp_path: Path) -> None:
    spec = PUBLIC / entry["file"]
    assert (spec.parent / "LICENSE").is_file(), f"{entry['name']} has no LICENSE beside it"
    settings = settings_for(spec)
    out = tmp_path / "generated"
    notes = build.build_into(settings, out)

    package = out / settings.package_name
    operations = _reached(out, settings.package_name)
    index = SpecIndex.from_path(spec)
    dropped = {line.removeprefix("dropped: ").split(" (", 1)[0] for line in notes if line.startswith("dropped: ")}
    unreached = [op.label for op in index.operations if op.operation_id not in operations and op.label not in dropped]
    assert not unreached, f"neither reached nor named as dropped: {unreached[:10]}"
    assert package.is_dir()

    plan = _plan(index, operations)
    plan["iterators"] = _iterators(out, settings.package_name, index, operations)
    with PrismServer(spec, dynamic=bool(entry.get("prism_dynamic"))) as prism:
        env = {**os.environ, "PYTHONPATH": str(out)}
        proc = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(USE), json.dumps(plan), prism.base_url],
            env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr[-4000:]
    report = json.loads(proc.stdout)
    wanted = min(MIN_DECODED, len(plan["gets"]))
    assert len(report["decoded"]) >= wanted, json.dumps(report["failed"], indent=1)[:4000]
    undecoded = [label for label in entry.get("must_decode") or () if label not in report["decoded"]]
    assert not undecoded, {label: report["failed"].get(label, "not called") for label in undecoded}
    assert set(report["iterated"]) == set(plan["iterators"]), json.dumps(report, indent=1)[:4000]
    # Every write is made and sent, and its answer read: Prism may refuse a sampled value (a status
    # error), but the client itself must not (an argument refused, a body it cannot encode, a 2xx
    # it cannot read), but where corpus.yaml says why (``write_known``).
    known = entry.get("write_known") or {}
    failed = {label: why for label, why in report["write_failed"].items() if label not in known}
    assert not failed, json.dumps(failed, indent=1)[:4000]


LISTING = """
import json, sys
from aiwyn_client._catalog import CATALOG
from aiwyn_client._spec import OPERATIONS
print(json.dumps({
    "operations": {info.operation_id: key for key, info in OPERATIONS.items()
                   if any(m.operation == key for methods in CATALOG.values() for m in methods.values())},
    "paged": {key: (m.paging.style or m.paging.page_semantics or "keyset")
              for methods in CATALOG.values() for m in methods.values() if m.paging is not None
              for key in [m.operation]},
}))
"""


def _listing(out: Path, package: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(out)}
    proc = subprocess.run(
        [sys.executable, "-c", LISTING.replace("aiwyn_client", package)],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    found: dict[str, Any] = json.loads(proc.stdout)
    return found


def _reached(out: Path, package: str) -> dict[str, str]:
    """operationId -> its key in ``_spec.OPERATIONS``, for the operations a resource method reaches."""
    reached: dict[str, str] = _listing(out, package)["operations"]
    return reached


def _iterators(out: Path, package: str, index: SpecIndex, operations: Mapping[str, str]) -> dict[str, Any]:
    """Up to five iterators of each paging style the package has, with their arguments: the first
    that Prism answers must run to its end."""
    paged: dict[str, str] = _listing(out, package)["paged"]
    by_key = {key: op for op in index.operations for key in [operations.get(op.operation_id)] if key}
    chosen: dict[str, list[Any]] = {}
    for key, style in sorted(paged.items()):
        if key in by_key and len(chosen.setdefault(style, [])) < 5:
            chosen[style].append({**_call(index, by_key[key]), "operation": key})
    return chosen
