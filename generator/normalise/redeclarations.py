"""A property an ``allOf`` member declares again as a type openapi-python-client cannot merge with
an earlier member's declaration (a nullable string over an enum, an array of a union over an
array of a model, an enum that leaves out the earlier one's default): the later declaration is
left out of that ``allOf``, so the schema and what holds it are kept.

Whether two declarations merge is worked out as openapi-python-client's ``merge_properties``
decides it (``_kind``, ``_clash``), and what it keeps of two that merge (``_narrower``)."""

from __future__ import annotations

import copy
import json
from typing import Any

from generator.normalise.description import Normalised, every_node, is_data, resolve


def all_of_redeclarations(result: Normalised) -> None:
    """An ``allOf`` member that declares a property an earlier member declared, as a type
    openapi-python-client cannot merge with it (Asana's ``parent: allOf: [TaskCompact,
    {resource_subtype: nullable string}]`` over TaskCompact's enum; PayPal's error responses,
    ``allOf: [error_400, invoices.create-400]``, whose second narrows ``details`` to an array of a
    union), makes it drop the schema, or the response, and what holds it. The later declaration is
    left out of that ``allOf`` (a referenced member is replaced there by a copy without it): the
    earlier one is the base the member extends, and an optional property decodes a null as None
    anyway."""
    spec = result.spec
    for where, node in list(every_node(spec, "#")):
        members = node.get("allOf")
        if not isinstance(members, list) or len(members) < 2 or is_data(where):
            continue
        declared: dict[str, Any] = {}
        declared_by: dict[str, int] = {}
        for i, member in enumerate(members):
            own = _declared_properties(spec, member)
            target = resolve(spec, member)
            top = target.get("properties") if isinstance(target, dict) else None
            for name, prop in own.items():  # an envelope's records narrowed by a later member: the later kept
                if name not in declared:
                    continue
                how = (
                    "narrowed by a later member to records"
                    if _narrows_items(spec, declared[name], prop)
                    else "an object of no properties, narrowed by a later member"
                    if _placeholder(spec, declared[name]) and not _placeholder(spec, prop)
                    else None
                )
                if how and _leave_out(result, f"{where}/allOf", members, declared_by[name], name, how):
                    del declared[name]
            clashing = [
                name
                for name, prop in own.items()
                if name in declared and isinstance(top, dict) and name in top
                and _kinds_clash(spec, declared[name], prop)
            ]  # fmt: skip
            for name, prop in own.items():
                if name not in clashing:
                    declared_by[name] = declared_by.get(name, i) if name in declared else i
                    declared[name] = _narrower(spec, declared[name], prop) if name in declared else prop
            if not clashing or not isinstance(member, dict) or not isinstance(target, dict):
                continue
            origin = _without(spec, members, i, clashing)
            result.changes.append(
                f"{where}/allOf/{i}{origin}: declares {', '.join(clashing)} again as a type openapi-python-client "
                "cannot merge with an earlier member's: the earlier declaration is kept"
            )


def _narrows_items(spec: dict[str, Any], first: Any, then: Any) -> bool:
    """Whether ``then`` narrows an array of anything (``items: {}``, an object of no properties)
    to an array of records (BambooHR's ``PagedResponse.data`` narrowed to its time zones): merged,
    openapi-python-client kept the first's untyped items, or changed the shared component in place
    to name a class it does not import, and the build failed."""
    kinds = _kind(spec, first), _kind(spec, then)
    if not all(isinstance(k, tuple) and k[0] == "array" for k in kinds) or kinds[1][1] != "object":
        return False
    items = [resolve(spec, resolve(spec, p).get("items")) for p in (first, then)]
    untyped = not isinstance(items[0], dict) or not (items[0].get("properties") or items[0].get("allOf"))
    return (
        kinds[0][1] in (None, "object") and untyped and isinstance(items[1], dict) and bool(items[1].get("properties"))
    )


def _placeholder(spec: dict[str, Any], prop: Any) -> bool:
    """Whether a declaration says only "an object" (``{type: object}``, no properties, no members,
    no typed others): a base's ``data`` that each response narrows (Personio's ``Response``, whose
    lists narrow ``data`` to an array of employees). Kept, it typed every list's records as one
    object, and every call failed."""
    node = resolve(spec, prop)
    if not isinstance(node, dict) or node.get("type") != "object":
        return False
    others = node.get("additionalProperties")
    typed = isinstance(others, dict) and bool(others)
    return not (node.get("properties") or typed or any(k in node for k in ("allOf", "anyOf", "oneOf", "enum")))


def _leave_out(result: Normalised, where: str, members: list[Any], index: int, name: str, how: str) -> bool:
    """``name`` left out of ``members[index]`` (a referenced member replaced there by a copy), where
    that member declares it at its top; False where it does not."""
    member = members[index]
    target = resolve(result.spec, member)
    props = target.get("properties") if isinstance(target, dict) else None
    if not isinstance(member, dict) or not isinstance(props, dict) or name not in props:
        return False
    origin = _without(result.spec, members, index, [name])
    result.changes.append(f"{where}/{index}{origin}: {name} is {how}: the later is kept")
    return True


def _without(spec: dict[str, Any], members: list[Any], index: int, names: list[str]) -> str:
    """``members[index]`` without the properties ``names`` (a referenced member replaced there by
    a copy, untitled, so the component itself is left as it is); what the note says of it."""
    member = members[index]
    local = (
        member
        if "$ref" not in member
        else {k: copy.deepcopy(v) for k, v in resolve(spec, member).items() if k != "title"}
    )
    for name in names:
        del local["properties"][name]
    members[index] = local
    return f" ({member['$ref']}, copied)" if "$ref" in member else ""


def _declared_properties(spec: dict[str, Any], member: Any, depth: int = 0) -> dict[str, Any]:
    """The properties an ``allOf`` member declares: its own, then its own ``allOf`` members', each
    as openapi-python-client merges them (``_narrower``)."""
    target = resolve(spec, member)
    if not isinstance(target, dict) or depth > 10:
        return {}
    found = dict(target.get("properties") or {}) if isinstance(target.get("properties"), dict) else {}
    for inner in target.get("allOf") or []:
        for name, prop in _declared_properties(spec, inner, depth + 1).items():
            found[name] = _narrower(spec, found[name], prop) if name in found else prop
    return found


def _narrower(spec: dict[str, Any], first: Any, then: Any) -> Any:
    """Of two declarations of one property that merge, the one the merge keeps: an enum over a
    plain string or number (PagerDuty's ``LogEntry`` is ``allOf`` a reference whose ``type`` is a
    string and an object whose ``type`` is an enum of 17 kinds: a member narrowing it to a value
    outside them clashes with the enum, not with the string), else the earlier."""
    kinds = _kind(spec, first), _kind(spec, then)
    widens = kinds[0] in (None, "string", "number") and isinstance(kinds[1], tuple) and kinds[1][0] == "enum"
    return then if widens else first


NUMBERS = frozenset({"integer", "number"})


def _kind(spec: dict[str, Any], prop: Any, depth: int = 0) -> Any:
    """A property as openapi-python-client types it, for ``_clash``: ``union`` (any ``oneOf`` or
    ``anyOf``, even of one member, and anything nullable: a union with None), ``("const", value)``,
    ``object``, ``("array", items)``, ``("enum", values)``, ``integer``, ``number`` or another type's name (``null`` for
    ``type: null`` alone, which merges with no union: Lago's created event redeclares a nullable
    UUID as always null); None for a property of any type, which merges with every other."""
    node = resolve(spec, prop)
    if not isinstance(node, dict) or depth > 10:
        return None
    declared = node.get("type")
    types = set(declared) if isinstance(declared, list) else {declared} if declared else set()
    if types == {"null"}:
        return "null"
    if node.get("oneOf") or node.get("anyOf") or node.get("nullable") is True or "null" in types:
        return "union"
    if "const" in node:  # a Literal, which merges only with the same one
        return ("const", json.dumps(node["const"]))
    if "properties" in node or types == {"object"} or isinstance(node.get("allOf"), list):
        return "object"
    if types == {"array"}:
        return ("array", _kind(spec, node.get("items"), depth + 1))
    if isinstance(node.get("enum"), list) and len(types) <= 1:
        return ("enum", frozenset(json.dumps(v) for v in node["enum"]))
    if types and types <= NUMBERS:
        return "integer" if types == {"integer"} else "number"
    return types.pop() if len(types) == 1 else None


def _kinds_clash(spec: dict[str, Any], first: Any, then: Any) -> bool:
    return _clash(_kind(spec, first), _kind(spec, then)) or _default_left_out(spec, first, then)


def _default_left_out(spec: dict[str, Any], first: Any, then: Any) -> bool:
    """An enum narrowed by a later declaration that leaves out the earlier one's default (Front's
    ``EditDraft.mode``: ``[shared]`` over ``[private, shared]``, default ``private``):
    openapi-python-client merges them, keeps the default, names it by the earlier enum's class,
    and the model does not import."""
    narrowed = _kind(spec, then)
    if not (isinstance(narrowed, tuple) and narrowed[0] == "enum" and _kind(spec, first) != narrowed):
        return False
    node = resolve(spec, first)
    default = node.get("default") if isinstance(node, dict) else None
    return default is not None and json.dumps(default) not in narrowed[1]


def _clash(first: Any, then: Any) -> bool:
    """Whether openapi-python-client cannot merge two declarations of one property (its
    ``merge_properties``): a union with what is not one, or two other bases (an enum merges with a
    plain value of its values' type, or with an enum whose values hold its own; two unions, two
    models, or an integer and a number merge)."""
    if first is None or then is None:
        return False
    if isinstance(first, tuple) and isinstance(then, tuple) and first[0] == then[0] == "array":
        return _clash(first[1], then[1])
    if isinstance(first, tuple) and isinstance(then, tuple) and first[0] == then[0] == "enum":
        return not (first[1] <= then[1] or then[1] <= first[1])
    if isinstance(first, tuple) and first[0] == "enum":
        return bool(then != _enum_base(first[1]))
    if isinstance(then, tuple) and then[0] == "enum":
        return bool(first != _enum_base(then[1]))
    if first in NUMBERS and then in NUMBERS:  # an integer and a number merge, as an integer
        return False
    return bool(first != then)


def _enum_base(values: frozenset[str]) -> str | None:
    """The one plain type an enum of ``values`` (JSON) merges with: its values' own, ``string`` or
    ``integer`` (Figma's ``status: {type: number, enum: [404]}`` holds integers, and so merges with
    no ``type: number``)."""
    decoded = [json.loads(value) for value in values]
    if all(isinstance(value, str) for value in decoded):
        return "string"
    if all(isinstance(value, int) and not isinstance(value, bool) for value in decoded):
        return "integer"
    return None
