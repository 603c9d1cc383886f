"""Every public description of the corpus, as published, builds into a working client.

``public/corpus.yaml`` lists them (licenses beside each). For each, with no configuration of its
own: ``generate`` succeeds (the build imports the package and runs mypy --strict on it), every
operation is reached by a resource method or named in the build's output as dropped, and against
Prism serving the description, GET methods decode (every one ``must_decode`` names) and one
iterator of each paging style runs to its end (or stops with the typed ``PaginationError`` where
Prism's fixed examples would make it loop). Slow: ``make test-public`` runs them, and CI runs that after ``make test``.
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
from aiwyn_client.errors import AiwynError, PaginationError

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


report = {"decoded": [], "failed": {}, "iterated": {}}
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
    return _typed(schema, {"integer": 1, "number": 1.5, "boolean": True}.get(str(kind), text))


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


def _call(index: SpecIndex, op: Any) -> dict[str, Any]:
    """The arguments of one operation's method: every path parameter and every required one, and
    a POST's required JSON body fields (a POST-everything API takes its list's arguments there)."""
    path, keywords = [], {}
    order = re.findall(r"\{([^{}]+)\}", op.path)  # the method takes path values in the path's order
    for param in sorted(index.parameters(op), key=lambda p: order.index(p["name"]) if p.get("name") in order else 0):
        name, where = str(param.get("name")), param.get("in")
        if where == "path":
            path.append(_sample(index, param.get("schema")))
        elif param.get("required") and where in ("query", "header"):
            keywords[str(PythonIdentifier(name, prefix=""))] = _sample(index, param.get("schema"))
    body = index.resolve(index.json_body_schema(op.raw.get("requestBody")) or {}) if op.method == "post" else {}
    fields = index.properties(body) if isinstance(body, Mapping) else {}
    for name in body.get("required") or () if isinstance(body, Mapping) else ():
        if name in fields:
            keywords.setdefault(str(PythonIdentifier(str(name), prefix="")), _sample(index, fields[name]))
    return {"label": op.label, "path": path, "keywords": keywords}


def _plan(index: SpecIndex, operations: Mapping[str, str]) -> dict[str, Any]:
    """What to call: every GET without a request body, and one iterator of each paging style."""
    gets = []
    for op in index.operations:
        if op.method == "get" and op.operation_id in operations and not op.binary and op.returns_body:
            gets.append({**_call(index, op), "operation": operations[op.operation_id]})
    return {"gets": gets}


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
