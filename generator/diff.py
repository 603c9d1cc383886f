"""What changed between two API descriptions, classified from the client user's side.

Operations are matched by method and path (a path that only gained or lost its trailing slash is
the same operation, its path changed). For each operation present in both, a new operationId or
a first tag that names another module moves its function (breaking for code importing it), and
parameters, request fields and response fields are compared as flattened property paths
(``data.records[].status``) with their type, format, enum values, required and nullable flags and limits. Breaking, for
someone who upgrades the client: a removed operation, parameter or field, a changed type or
format, a new required request field or parameter, a removed enum value, a tightened limit, a
request field that no longer accepts null or a response field that may now be null. Additions
and loosened limits are not breaking.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from generator.spec import Operation, SpecIndex

MAX_DEPTH = 8
# limit -> True when a larger value is looser
LIMITS = {
    "maximum": True,
    "exclusiveMaximum": True,
    "maxLength": True,
    "maxItems": True,
    "minimum": False,
    "exclusiveMinimum": False,
    "minLength": False,
    "minItems": False,
}


@dataclass(frozen=True)
class Change:
    kind: str
    """added, removed or changed."""
    scope: str
    """operation, parameter, request or response."""
    operation: str
    location: str
    detail: str
    breaking: bool


@dataclass(frozen=True)
class FieldShape:
    types: tuple[str, ...]
    format: str | None
    enum: tuple[str, ...] | None
    required: bool
    nullable: bool
    limits: tuple[tuple[str, Any], ...]


def _types(schema: Mapping[str, Any]) -> tuple[tuple[str, ...], bool]:
    kind = schema.get("type")
    kinds = list(kind) if isinstance(kind, list) else [kind] if kind else []
    nullable = "null" in kinds or bool(schema.get("nullable"))
    for branch in [*schema.get("oneOf", ()), *schema.get("anyOf", ())]:
        if isinstance(branch, Mapping) and branch.get("type") == "null":
            nullable = True
    if not kinds and ("properties" in schema or "allOf" in schema):
        kinds = ["object"]
    return tuple(sorted(k for k in kinds if k != "null")), nullable


def _shape(index: SpecIndex, schema: Any, required: bool) -> FieldShape:
    resolved = index.resolve(schema)
    for key in ("oneOf", "anyOf"):
        branches = [index.resolve(b) for b in resolved.get(key, ()) if index.resolve(b).get("type") != "null"]
        if len(branches) == 1:
            merged = dict(branches[0])
            merged[key] = resolved[key]
            resolved = merged
    types, nullable = _types(resolved)
    enum = tuple(str(v) for v in resolved["enum"]) if "enum" in resolved else None
    limits = tuple(sorted((k, resolved[k]) for k in LIMITS if k in resolved))
    return FieldShape(types, resolved.get("format"), enum, required, nullable, limits)


def flatten(index: SpecIndex, schema: Any) -> dict[str, FieldShape]:
    """Every property path under ``schema``: ``a.b``, ``items[].c``; cycles are cut."""
    found: dict[str, FieldShape] = {}
    _walk(index, schema, "", found, (), 0)
    return found


def _walk(
    index: SpecIndex, schema: Any, prefix: str, out: dict[str, FieldShape], refs: tuple[str, ...], depth: int
) -> None:
    if depth > MAX_DEPTH or schema is None:
        return
    ref = schema.get("$ref") if isinstance(schema, Mapping) else None
    if isinstance(ref, str):
        if ref in refs:
            return
        refs = (*refs, ref)
    resolved = index.resolve(schema)
    if not isinstance(resolved, Mapping):
        return
    for key in ("oneOf", "anyOf"):
        for branch in resolved.get(key, ()):
            if index.resolve(branch).get("type") != "null":
                _walk(index, branch, prefix, out, refs, depth + 1)
    if "items" in resolved:
        _walk(index, resolved["items"], f"{prefix}[]", out, refs, depth + 1)
    required = set(resolved.get("required", ()))
    for part in resolved.get("allOf", ()):
        required |= set(index.resolve(part).get("required", ()))
    for name, prop in index.properties(resolved).items():
        path = f"{prefix}.{name}" if prefix else name
        out[path] = _shape(index, prop, name in required)
        _walk(index, prop, path, out, refs, depth + 1)


def _compare_fields(label: str, scope: str, old: dict[str, FieldShape], new: dict[str, FieldShape]) -> Iterator[Change]:
    request = scope in ("request", "parameter")
    for path in sorted(old.keys() - new.keys()):
        yield Change("removed", scope, label, path, f"{scope} field removed", True)
    for path in sorted(new.keys() - old.keys()):
        shape = new[path]
        breaking = request and shape.required
        detail = f"required {scope} field added" if breaking else f"{scope} field added"
        yield Change("added", scope, label, path, detail, breaking)
    for path in sorted(old.keys() & new.keys()):
        yield from _compare_shape(label, scope, path, old[path], new[path], request)


def _compare_shape(
    label: str, scope: str, path: str, old: FieldShape, new: FieldShape, request: bool
) -> Iterator[Change]:
    def change(detail: str, breaking: bool) -> Change:
        return Change("changed", scope, label, path, detail, breaking)

    if old.types != new.types:
        yield change(f"type {'|'.join(old.types) or 'any'} -> {'|'.join(new.types) or 'any'}", True)
    if old.format != new.format:
        yield change(f"format {old.format} -> {new.format}", True)
    if old.enum is not None and new.enum is not None:
        for value in sorted(set(old.enum) - set(new.enum)):
            yield change(f"enum value {value!r} removed", True)
        for value in sorted(set(new.enum) - set(old.enum)):
            yield change(f"enum value {value!r} added", False)
    elif old.enum is None and new.enum is not None:
        yield change("now restricted to an enum", True)
    elif old.enum is not None and new.enum is None:
        yield change("no longer an enum", not request)
    if old.required != new.required:
        becomes = "required" if new.required else "optional"
        yield change(f"now {becomes}", new.required if request else not new.required)
    if old.nullable != new.nullable:
        yield change(
            f"{'now' if new.nullable else 'no longer'} nullable", (not new.nullable) if request else new.nullable
        )
    old_limits, new_limits = dict(old.limits), dict(new.limits)
    for limit, looser_when_larger in LIMITS.items():
        before, after = old_limits.get(limit), new_limits.get(limit)
        if before == after:
            continue
        if before is None:
            yield change(f"{limit} {after} added", True)
        elif after is None:
            yield change(f"{limit} {before} removed", False)
        else:
            tighter = (after < before) if looser_when_larger else (after > before)
            yield change(f"{limit} {before} -> {after}", tighter)


def _parameters(index: SpecIndex, op: Operation) -> dict[str, FieldShape]:
    found = {}
    for param in index.parameters(op):  # the path item's too: moving one there changes nothing
        key = f"{param['in']}:{param['name']}"
        found[key] = _shape(index, param.get("schema", {}), bool(param.get("required")))
    return found


def _responses(index: SpecIndex, op: Operation) -> dict[str, FieldShape]:
    found: dict[str, FieldShape] = {}
    for status, response in op.raw.get("responses", {}).items():
        if str(status).startswith("2"):
            for path, shape in flatten(index, index.json_body_schema(response)).items():
                found[f"{status} {path}"] = shape
    return found


def diff(old: SpecIndex, new: SpecIndex) -> list[Change]:
    changes: list[Change] = []
    before = {(op.method, op.path): op for op in old.operations}
    after = {(op.method, op.path): op for op in new.operations}
    for old_key, new_key in _slash_moves(before.keys() - after.keys(), after.keys() - before.keys()):
        before[new_key] = before.pop(old_key)  # the same operation: compared below, not removed and added
    for key in sorted(before.keys() - after.keys()):
        op = before[key]
        changes.append(Change("removed", "operation", f"{op.label} ({op.operation_id})", "", "operation removed", True))
    for key in sorted(after.keys() - before.keys()):
        op = after[key]
        changes.append(Change("added", "operation", f"{op.label} ({op.operation_id})", "", "operation added", False))
    for key in sorted(before.keys() & after.keys()):
        a, b = before[key], after[key]
        label = f"{b.label} ({b.operation_id})"
        if a.path != b.path:
            changes.append(Change("changed", "operation", label, "", f"path {a.path} -> {b.path}", False))
        if a.operation_id != b.operation_id:
            changes.append(
                Change("changed", "operation", label, "", f"operationId {a.operation_id} -> {b.operation_id}", True)
            )
        modules = _tag_module(a.tag), _tag_module(b.tag)
        if modules[0] != modules[1]:
            moved = f"tag {a.tag!r} -> {b.tag!r}: its function moves from api.{modules[0]} to api.{modules[1]}"
            changes.append(Change("changed", "operation", label, "", moved, True))
        changes.extend(_compare_fields(label, "parameter", _parameters(old, a), _parameters(new, b)))
        old_body = flatten(old, old.json_body_schema(a.raw.get("requestBody")))
        new_body = flatten(new, new.json_body_schema(b.raw.get("requestBody")))
        changes.extend(_compare_fields(label, "request", old_body, new_body))
        changes.extend(_compare_fields(label, "response", _responses(old, a), _responses(new, b)))
    return changes


def _slash_moves(
    removed: set[tuple[str, str]], added: set[tuple[str, str]]
) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Operations whose path only gained or lost its trailing slash (``/records`` -> ``/records/``):
    (old key, new key), each one the only operation of its method so spelt on both sides."""

    def bare(key: tuple[str, str]) -> tuple[str, str]:
        return key[0], key[1].rstrip("/") or "/"

    olds: dict[tuple[str, str], list[tuple[str, str]]] = {}
    news: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key in removed:
        olds.setdefault(bare(key), []).append(key)
    for key in added:
        news.setdefault(bare(key), []).append(key)
    return sorted((olds[k][0], news[k][0]) for k in olds.keys() & news.keys() if len(olds[k]) == len(news[k]) == 1)


def _tag_module(tag: str) -> str:
    """The module of ``aiwyn_client.api`` an operation's function is in: openapi-python-client
    names it after the operation's first tag (``🧾 Draft Invoices & History``: draft_invoices_history)."""
    return str(PythonIdentifier(tag, prefix="tag"))


# ---------------------------------------------------------------------- reports
def bump_for(changes: list[Change]) -> str | None:
    """major for breaking changes, minor for additions, patch for other changes, None for none."""
    if not changes:
        return None
    if any(c.breaking for c in changes):
        return "major"
    if any(c.kind == "added" for c in changes):
        return "minor"
    return "patch"


def markdown_body(changes: list[Change]) -> str:
    """The report without a heading: a summary line, then breaking and other changes."""
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines = [f"{len(breaking)} breaking, {len(other)} other; version bump: {bump_for(changes) or 'none'}.", ""]
    for heading, group in (("Breaking", breaking), ("Other", other)):
        if group:
            lines += [f"#### {heading}", ""]
            lines += [f"- {c.operation}:{f' `{c.location}`' if c.location else ''} {c.detail}" for c in group]
            lines.append("")
    if not changes:
        lines += ["No changes.", ""]
    return "\n".join(lines)


def to_markdown(changes: list[Change], title: str = "API description changes") -> str:
    return f"### {title}\n\n{markdown_body(changes)}"


def to_json(changes: list[Change]) -> str:
    return json.dumps(
        {
            "breaking": any(c.breaking for c in changes),
            "bump": bump_for(changes),
            "changes": [asdict(c) for c in changes],
        },
        indent=2,
    )


def diff_files(old: Path, new: Path) -> list[Change]:
    return diff(SpecIndex.from_path(old), SpecIndex.from_path(new))
