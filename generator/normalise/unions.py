"""Inline members of unions that openapi-python-client would build twice or under one name.

A union member holding an inline model (or extending a component through ``allOf``) is built once
as the union is read and again with the other models, and its inline models then clash: it is
moved into components under the name its class had. Inline members of one union that share a
``title`` would make classes of one name: a repeat is left out, a different one numbered. A
component that is any JSON value spelt out as a union of itself is any JSON value."""

from __future__ import annotations

from typing import Any

from openapi_python_client.strings import ClassName

from generator.normalise.description import Normalised, every_node, every_union, is_data, is_model, pointer
from generator.normalise.hoisting import hoist
from generator.normalise.read_twice import makes_a_model


def hoist_union_members(result: Normalised) -> None:
    """An inline object member of a union that a component is made of (``RealtimeTruncation:
    oneOf: [{type: string, ...}, {title: Retention ratio truncation, properties: {token_limits:
    {type: object, ...}}}]``) is built twice by openapi-python-client (0.29), once as the union is
    read and once with the other models, and the second time its own inline models clash with
    the first ("duplicate models with name RetentionRatioTruncationTokenLimits"): it leaves the
    member out but the union keeps naming it. Such a member (one holding an inline model, or
    extending a component through ``allOf``: ``_extends_a_reference``) is
    moved into components under the name its class had (its title's, else ``<Component>Type<n>``),
    so it is built once, as every component is; the class names stay as they were."""
    spec = result.spec
    schemas = (spec.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    moved: list[tuple[list[str], str]] = []
    for key, node in schemas.items():
        stack: list[tuple[list[str], Any, str]] = [(["components", "schemas", str(key)], node, str(key))]
        while stack:
            at, current, name = stack.pop()
            if not isinstance(current, dict) or "$ref" in current:
                continue
            if isinstance(current.get("items"), dict):
                stack.append(([*at, "items"], current["items"], f"{name}_item"))
            members = [(k, i, m) for k in ("anyOf", "oneOf") for i, m in enumerate(current.get(k) or ())]
            for position, (union_key, i, member) in enumerate(members):
                where = [*at, union_key, str(i)]
                if not isinstance(member, dict) or "$ref" in member:
                    continue
                title = member.get("title")
                titled = isinstance(title, str) and title != current.get("title")
                member_name = str(title) if titled else f"{name}_type_{position}"
                if is_model(member) and (_holds_inline_model(member) or _extends_a_reference(member)):
                    moved.append((where, str(ClassName(member_name, prefix=""))))
                else:
                    stack.append((where, member, member_name))
    for where, base in reversed(moved):  # deeper and later places first: moving one leaves the others' pointers
        new = hoist(spec, where, "schemas", base)
        result.changes.append(
            f"{pointer(where)}: a union member holding an inline model is moved to {new}, so it is built once"
        )


SCALARS = frozenset({"string", "number", "integer", "boolean", "null"})


CONSTRAINING = frozenset({"required", "description", "title", "minProperties", "maxProperties", "not", "$comment"})
"""Keywords a union member may hold and still say only which of its object's properties are given."""


def constraint_unions(result: Normalised) -> None:
    """An object with properties whose ``anyOf`` or ``oneOf`` members only say which of them are
    required (Clerk's SAML connections: ``anyOf: [{required: [domain]}, {required: [domains]}]``,
    "at least one of"): openapi-python-client reads a union of untyped members, and the object,
    its bodies and its answers were ``Any`` (21 of Clerk's operations). The union is left out, the
    object kept; the server checks which are given, as it does any other rule of its own."""
    for where, node in every_node(result.spec, "#"):
        if is_data(where) or not isinstance(node.get("properties"), dict) or not node["properties"]:
            continue
        for key in ("anyOf", "oneOf"):
            members = node.get(key)
            if isinstance(members, list) and members and all(_constraint_only(m) for m in members):
                del node[key]
                shown = " / ".join(", ".join(m.get("required") or ["(none)"]) for m in members)
                result.changes.append(f"{where}: {key} only says which properties are given ({shown}): left out")


def _constraint_only(member: Any) -> bool:
    return isinstance(member, dict) and bool(member) and set(member) <= CONSTRAINING


def any_json_unions(result: Normalised) -> None:
    """A component that spells out "any JSON value" as a union of the scalars, an object of itself
    and an array of itself (Vercel's ``EdgeConfigItemValue`` and ``FlagJSONValue``: ``oneOf:
    [string, number, boolean, {additionalProperties: {$ref: itself}}, {items: {$ref: itself}}]``)
    is the schema of any value, ``{}``: openapi-python-client builds the object member as a model
    that names itself and refuses it, leaving a package whose models import a module never
    written. Its description is kept; the values decode as the JSON they are."""
    schemas = (result.spec.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    for key, node in schemas.items():
        if isinstance(node, dict) and _any_json(node, f"#/components/schemas/{key}"):
            schemas[key] = {k: v for k, v in node.items() if k in ("description", "title")}
            result.changes.append(
                f"#/components/schemas/{key}: a union of any JSON value and itself: read as any value"
            )


def _any_json(node: dict[str, Any], ref: str) -> bool:
    """Whether ``node`` (the component at ``ref``) is a union of scalars and of objects and arrays
    of itself alone, with both of those."""
    members = node.get("oneOf") or node.get("anyOf")
    if not isinstance(members, list) or set(node) - {"oneOf", "anyOf", "nullable", "description", "title", "type"}:
        return False
    kinds = set()
    for member in members:
        if not isinstance(member, dict):
            return False
        kind = member.get("type")
        if kind in SCALARS and set(member) <= {"type", "description", "format"}:
            continue
        if kind == "object" and member.get("additionalProperties") == {"$ref": ref} and not member.get("properties"):
            kinds.add("object")
        elif kind == "array" and member.get("items") == {"$ref": ref}:
            kinds.add("array")
        else:
            return False
    return kinds == {"object", "array"}


def _extends_a_reference(node: dict[str, Any]) -> bool:
    """Whether ``node`` is an ``allOf`` naming a component: inline in a union, openapi-python-client
    builds it as it reads the union, before that component's own ``allOf`` may be processed
    ("Reference in allOf was not processed": Lob's ``check_editable: oneOf: [{allOf: [{required:
    [message]}, {$ref: check_editable_props}]}, ...]``); as a component it is built after it."""
    return any(isinstance(m, dict) and "$ref" in m for m in node.get("allOf") or ())


def _holds_inline_model(node: dict[str, Any]) -> bool:
    """Whether an inline schema below ``node`` (through properties, items, unions: not ``$ref``s)
    is one openapi-python-client makes a model of."""
    stack: list[Any] = [*(node.get("properties") or {}).values()]
    extra = node.get("additionalProperties")
    stack += [extra] if isinstance(extra, dict) else []
    stack += [m for k in ("allOf", "anyOf", "oneOf") for m in node.get(k) or () if isinstance(m, dict)]
    while stack:
        current = stack.pop()
        if not isinstance(current, dict) or "$ref" in current:
            continue
        if is_model(current):
            return True
        stack += [current["items"]] if isinstance(current.get("items"), dict) else []
        stack += [m for k in ("anyOf", "oneOf") for m in current.get(k) or () if isinstance(m, dict)]
    return False


def repeated_member_titles(result: Normalised) -> None:
    """Inline members of one union that share a ``title`` (PayPal's error details: an ``anyOf`` of a
    member per issue, several titled ``INVALID_STRING_MAX_LENGTH`` with different descriptions,
    or the same member twice) would make classes of one name, as openapi-python-client names a
    member after its title: it refuses the union ("Invalid property in union") and drops what
    holds it. A member written again as it was is left out (the union is the same); a different
    one is numbered from the second (``INVALID_STRING_MAX_LENGTH 2``)."""
    for where, key, node, members in every_union(result.spec):
        titled = [m for m in members if isinstance(m, dict) and "$ref" not in m and isinstance(m.get("title"), str)]
        repeated = [m for i, m in enumerate(titled) if any(m == other for other in titled[:i])]
        if repeated:
            node[key] = [m for m in members if not any(m is r for r in repeated)]
            result.changes.append(f"{where}/{key}: {len(repeated)} written again as an earlier member: left out")
        _number_titles(result, f"{where}/{key}", [m for m in titled if not any(m is r for r in repeated)])


def _number_titles(result: Normalised, where: str, titled: list[dict[str, Any]]) -> None:
    """Titles of ``titled`` (one union's inline members) that make one class name, numbered from the second."""
    names = {str(ClassName(m["title"], prefix="")) for m in titled}
    seen: dict[str, int] = {}
    given: list[str] = []
    for member in titled:
        name = str(ClassName(member["title"], prefix=""))
        seen[name] = seen.get(name, 0) + 1
        if seen[name] == 1:
            continue
        n, title = seen[name], f"{member['title']} {seen[name]}"
        while str(ClassName(title, prefix="")) in names:
            n += 1
            title = f"{member['title']} {n}"
        names.add(str(ClassName(title, prefix="")))
        member["title"] = title
        given.append(repr(title))
    if given:
        shown = ", ".join(given[:3]) + (", ..." if len(given) > 3 else "")
        result.changes.append(f"{where}: {len(given)} members titled as an earlier one are numbered: {shown}")


def nullable_component_models(result: Normalised) -> None:
    """A nullable object component (``nullable: true``, or ``type: [object, "null"]``) is read as a
    union of its object and null; openapi-python-client names the object's class
    (``CustomPropertyType0``) but, where the object holds inline models of its own, never writes
    it, and the package does not import (DocuSign's ``Affordance``, whose ``template_variables``
    is a map, and ``CustomProperty``, a map of a union holding objects). Each such inline model (a
    property that makes one, or an object member of its ``additionalProperties`` union) is moved
    into components under the name its class would have, so the object's class is written; the
    component stays nullable."""
    spec = result.spec
    schemas = (spec.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    for key in list(schemas):
        node = schemas[key]
        if not isinstance(node, dict) or not _nullable_object(node):
            continue
        owner = str(ClassName(key, prefix=""))
        places: list[tuple[list[str], str]] = [
            (["components", "schemas", key, "properties", str(name)], f"{owner}{ClassName(str(name), prefix='')}")
            for name, prop in (node.get("properties") or {}).items()
            if makes_a_model(prop)
        ]
        extra = node.get("additionalProperties")
        for union in ("oneOf", "anyOf"):
            members = extra.get(union) if isinstance(extra, dict) else None
            places += [
                (["components", "schemas", key, "additionalProperties", union, str(i)], f"{owner}AdditionalProperty")
                for i, member in enumerate(members or ())
                if makes_a_model(member)
            ]
        for parts, base in places:
            new = hoist(spec, parts, "schemas", base)
            result.changes.append(
                f"{pointer(parts)}: an inline model of {key}, a nullable object: moved it to {new}, so the "
                "object's class is written"
            )


def _nullable_object(node: dict[str, Any]) -> bool:
    kind = node.get("type")
    if isinstance(kind, list):
        return "null" in kind and "object" in kind
    return node.get("nullable") is True and (kind == "object" or "properties" in node)
