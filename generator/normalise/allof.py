"""``allOf``s openapi-python-client refuses ("Cannot take allOf a non-object", "Invalid property in
union"), each read as the schema it describes.

It makes a model of every ``allOf`` and takes only objects as its members, so an ``allOf`` of
scalars, one with a union member, one that only describes an array or a union, one marked
``nullable`` and one whose member is a nullable component would be dropped with everything that
holds them. Each is read as what it says: merged scalars, the object without the union's fields,
the array or union itself, the ``allOf`` without the mark, a member that is not nullable."""

from __future__ import annotations

import copy
from typing import Any

from generator.load import pointer_target
from generator.normalise.description import (
    Normalised,
    allows_null,
    component_name,
    escape,
    every_node,
    is_array,
    is_data,
    is_model,
    resolve,
)

STRUCTURE = frozenset({"properties", "additionalProperties", "allOf", "anyOf", "oneOf", "items", "$ref"})
"""Keywords of a schema that makes a model, a list or a union: an ``allOf`` member with one is no scalar."""

ANNOTATIONS = frozenset({"description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly"})
"""Keywords that describe a schema without constraining it: kept beside an ``allOf`` of one reference."""


def scalar_all_of(result: Normalised) -> None:
    """openapi-python-client makes a model of every ``allOf`` and takes only objects as its members
    ("Cannot take allOf a non-object"), so an ``allOf`` that narrows or describes a scalar (Lob's
    ``bank_id: allOf: [{$ref: bank_id_no_description}, {description: ..., type: string}]``) drops
    the schema and everything that holds it. Where every member is a scalar (after its ``$ref``),
    the ``allOf`` is read as one schema: the members' keywords merged in order (the schema's own
    last, enums intersected), or, where a member is an enum component, that component alone, so its
    class is kept. Members that are no schema (a ``null``) are left out. Rounds run until nothing
    changes, so an ``allOf`` of such an ``allOf`` is merged too."""
    spec = result.spec
    for _ in range(10):
        changed = False
        for where, node in list(every_node(spec, "#")):
            members = node.get("allOf")
            if not isinstance(members, list) or is_data(where):
                continue
            if len(members) == 1 and isinstance(members[0], dict) and "$ref" in members[0]:
                continue  # one reference: openapi-python-client reads it as that reference
            merged = _merged_scalars(spec, node, members)
            if merged is None:
                continue
            node.clear()
            node.update(merged)
            changed = True
            result.changes.append(f"{where}: an allOf of scalars is read as one schema")
        if not changed:
            return


def _merged_scalars(spec: dict[str, Any], node: dict[str, Any], members: list[Any]) -> dict[str, Any] | None:
    """``node`` with its ``allOf`` of scalars merged, or None when a member is not a scalar."""
    resolved: list[tuple[Any, dict[str, Any]]] = []
    for member in members:
        if not isinstance(member, dict):
            continue  # `- null`: no schema
        ref = member.get("$ref")
        target = pointer_target(spec, ref) if isinstance(ref, str) and ref.startswith("#") else member
        if not isinstance(target, dict) or (STRUCTURE & set(target)) or target.get("type") in ("object", "array"):
            return None
        resolved.append((ref, target))
    if not resolved or (STRUCTURE - {"allOf"}) & set(node):
        return None
    own = {k: v for k, v in node.items() if k != "allOf"}
    enums = [ref for ref, target in resolved if isinstance(ref, str) and "enum" in target]
    if len(enums) == 1 and component_name(enums[0]) is not None:
        described = [t for ref, t in resolved if ref is None] + [own]
        return {"allOf": [{"$ref": enums[0]}], **{k: v for t in described for k, v in t.items() if k in ANNOTATIONS}}
    merged: dict[str, Any] = {}
    for _, target in resolved:
        for key, value in target.items():
            if key == "enum" and isinstance(merged.get("enum"), list) and isinstance(value, list):
                value = [v for v in merged["enum"] if v in value]
            if key != "title":
                merged[key] = copy.deepcopy(value)
    kinds = {str(t.get("type")) for _, t in resolved if t.get("type")} | (
        {str(own["type"])} if own.get("type") else set()
    )
    if len(kinds) > 1:
        return None  # contradictory types: left for openapi-python-client to report
    return {**merged, **own}


def union_all_of_members(result: Normalised) -> None:
    """An ``allOf`` member that is a union (Lob's ``creative: allOf: [lob_base, returned_resource
    (oneOf: postcard, letter, self mailer), {properties: ...}]``) cannot be one class's fields, and
    openapi-python-client drops the schema ("Cannot take allOf a non-object"). The member is left
    out: the model has the other members' fields, and the union's arrive as undeclared keys
    (``additional_properties``) instead of the schema and what holds it being lost. A union whose
    other members only describe it (OpenAI's ``tool_choice: allOf: [{$ref: Union}, {nullable: true}]``)
    is that union: the ``allOf`` keeps the reference alone, which openapi-python-client reads as the
    reference, and the description beside it (a null still decodes as None)."""
    spec = result.spec
    for where, node in list(every_node(spec, "#")):
        members = node.get("allOf")
        if not isinstance(members, list) or is_data(where):
            continue
        targets = [(m, t) for m in members if isinstance(m, dict) for t in [resolve(spec, m)] if isinstance(t, dict)]
        unions = [m for m, t in targets if (t.get("oneOf") or t.get("anyOf")) and not t.get("properties")]
        if not any(is_model(t) for m, t in targets if not any(m is u for u in unions)):
            _described_union(result, where, node, unions)
            continue
        for member in unions:
            ref = member.get("$ref")  # an inline union member openapi-python-client passes over itself
            if isinstance(ref, str):
                members.remove(member)
                result.changes.append(
                    f"{where}: allOf member {ref} is a union, which no one class's fields can be: left out "
                    "(its fields are kept as undeclared keys)"
                )


def _described_union(result: Normalised, where: str, node: dict[str, Any], unions: list[dict[str, Any]]) -> None:
    """``node``'s ``allOf`` as its one union reference when every other member only describes it."""
    members = node["allOf"]
    others = [m for m in members if not any(m is u for u in unions)]
    if len(unions) != 1 or not isinstance(unions[0].get("$ref"), str) or len(members) == 1:
        return
    if not all(map(_only_describes, others)):
        return  # a member that constrains: not only a description
    _read_as(result, where, node, unions[0], others, "union")


def _read_as(
    result: Normalised, where: str, node: dict[str, Any], kept: dict[str, Any], others: list[Any], what: str
) -> None:
    """``node``'s ``allOf`` as ``kept`` (a reference) alone, with what the ``others`` say of it
    (their description, example) beside it where ``node`` does not say it already: noted."""
    described = {k: v for m in others for k, v in m.items() if k in ANNOTATIONS}
    node["allOf"] = [kept]
    node.update({k: v for k, v in described.items() if k not in node})
    result.changes.append(
        f"{where}: allOf of the {what} {kept['$ref']} and its description is read as the {what} "
        "(a null still decodes as None)"
    )


def _only_describes(member: Any) -> bool:
    """Whether an ``allOf`` member only describes the others (a description, an example, ``nullable``)."""
    return isinstance(member, dict) and {k for k in member if not k.startswith("x-")} <= ANNOTATIONS | {"nullable"}


def described_arrays(result: Normalised) -> None:
    """An ``allOf`` of one array, a reference or inline, and members that only describe it
    (DigitalOcean's ``tags: allOf: [{$ref: existing_tags_array}, {description: ..., example: ...}]``)
    makes openapi-python-client refuse the schema ("Cannot take allOf a non-object"), and drop what
    holds it: a firewall rule's targets, so every firewall operation. It is that array: the
    ``allOf`` keeps the reference alone, which openapi-python-client reads as the reference, and
    the description beside it (a null the array does not allow still decodes as None)."""
    spec = result.spec
    for where, node in list(every_node(spec, "#")):
        members = node.get("allOf")
        if not isinstance(members, list) or len(members) < 2 or is_data(where):
            continue
        refs = [m for m in members if isinstance(m, dict) and isinstance(m.get("$ref"), str)]
        if not refs:
            _inline_described_array(result, where, node, members)
            continue
        others = [m for m in members if not any(m is r for r in refs)]
        if len(refs) != 1 or not all(map(_only_describes, others)) or not is_array(resolve(spec, refs[0])):
            continue
        _read_as(result, where, node, refs[0], others, "array")


def _inline_described_array(result: Normalised, where: str, node: dict[str, Any], members: list[Any]) -> None:
    """Box's ``tags: allOf: [{type: array, items: ...}, {nullable: false}]``: no reference, so
    openapi-python-client builds no error but a model, and decoded every item's tags as an object.
    The array itself takes the ``allOf``'s place, with what the others say of it."""
    arrays = [m for m in members if is_array(m)]
    others = [m for m in members if not any(m is a for a in arrays)]
    if len(arrays) != 1 or not all(map(_only_describes, others)):
        return
    del node["allOf"]
    for source in (arrays[0], *others):
        node.update({k: v for k, v in source.items() if k not in node and (source is arrays[0] or k in ANNOTATIONS)})
    result.changes.append(f"{where}: allOf of an array and its description is read as the array")


OBJECT_KEYWORDS = ("properties", "required", "additionalProperties", "minProperties", "maxProperties")


def own_properties_beside_one_reference(result: Normalised) -> None:
    """A schema with an ``allOf`` of one reference and properties of its own (Okta's request
    condition: ``allOf: [{$ref: writable-standard-properties}]`` beside ``requesterSettings``,
    ``approvalSequenceId``...) is read by openapi-python-client as the reference alone: the own
    properties were dropped without a word, and ``create()`` could not send what the API requires.
    They become a second ``allOf`` member, which openapi-python-client merges."""
    for where, node in list(every_node(result.spec, "#")):
        members = node.get("allOf")
        if is_data(where) or not isinstance(members, list) or len(members) != 1:
            continue
        if not (isinstance(members[0], dict) and "$ref" in members[0] and isinstance(node.get("properties"), dict)):
            continue
        own = {key: node.pop(key) for key in OBJECT_KEYWORDS if key in node}
        members.append({"type": "object", **own})
        shown = ", ".join(list(own["properties"])[:5]) + (", ..." if len(own["properties"]) > 5 else "")
        result.changes.append(f"{where}: properties beside an allOf of one $ref ({shown}) are read as an allOf member")


def nullable_all_of(result: Normalised) -> None:
    """``nullable: true`` beside ``allOf`` (OpenAPI 3.0's nullable composition) makes
    openapi-python-client refuse the schema ("Invalid property in union"); the mark is dropped:
    the client decodes a null where the description allows none as None anyway."""
    for where, node in every_node(result.spec, "#"):
        if node.get("nullable") is True and isinstance(node.get("allOf"), list) and "$ref" not in node:
            if is_data(where):
                continue
            del node["nullable"]
            result.changes.append(f"{where}: nullable allOf is read as the allOf (a null still decodes as None)")


def nullable_all_of_members(result: Normalised) -> None:
    """An ``allOf`` member that is a nullable object component (openapi-python-client: "Cannot
    take allOf a non-object") points at a copy of it that is not nullable (``<Name>Object``); the
    other references keep the nullable one."""
    spec = result.spec
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for where, node in list(every_node(spec, "#")):
        members = node.get("allOf")
        if not isinstance(members, list) or "/example" in where:
            continue
        for member in members:
            ref = member.get("$ref") if isinstance(member, dict) else None
            key = component_name(ref)
            if key is None:
                continue
            target = schemas.get(key)
            if not isinstance(target, dict) or not _nullable_object(target):
                continue
            name = f"{key}Object"
            if name not in schemas:
                copied = copy.deepcopy(target)
                copied.pop("nullable", None)
                if isinstance(copied.get("type"), list):
                    kinds = [k for k in copied["type"] if k != "null"]
                    copied["type"] = kinds[0] if len(kinds) == 1 else kinds
                copied["title"] = name
                schemas[name] = copied
                result.changes.append(
                    f"{ref}: nullable, and a member of allOf (which cannot extend a null): allOf members take "
                    f"#/components/schemas/{escape(name)}, the same not nullable"
                )
            member["$ref"] = f"#/components/schemas/{escape(name)}"


def _nullable_object(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    is_object = kind == "object" or (isinstance(kind, list) and "object" in kind) or "properties" in schema
    return is_object and allows_null(schema)
