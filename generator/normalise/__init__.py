"""The description as both openapi-python-client and the SpecIndex read it: the published one,
with what openapi-python-client cannot take settled in the least surprising way.

Each change is recorded (``Normalised.changes``) and printed by ``generate``, so nothing is
settled silently; the description on disk is never rewritten.

* A dereferenced description (Redocly's ``--dereferenced``: components kept, no ``$ref`` in the
  paths) has its inline copies of component schemas referred to them again (``generator.relink``).
* An operation without an ``operationId`` gets one from its method and path
  (``GET /api/v1/departments/{id}`` → ``getApiV1DepartmentsById``), and so does one whose
  ``operationId`` an earlier operation has (spelt alike: ``getById``, ``get_by_id``).
* An answer offered in JSON after ``text/plain`` or ``text/json`` (ASP.NET's twins) is read as
  JSON; ``text/json`` alone is named ``application/json``. A body offered as ``text/json`` too.
* A response in a media type openapi-python-client cannot decode (``application/pdf``,
  ``text/csv``, ``image/png``: anything that is not JSON) is declared
  ``application/octet-stream``, which it decodes as a ``File`` of bytes: a download.
* A request body offered in JSON and other media types (XML, a form) is sent as JSON; one
  offered in no JSON type keeps only the types openapi-python-client can send; one offered only
  in types it cannot send (``image/jpeg``, ``application/pdf``) is sent as bytes
  (``application/octet-stream``, ``format: binary``, also for a ``format: byte`` one).
* An operation documenting no 2xx takes its ``default`` response as the success; one with
  neither is dropped (``dropped: ...``).
* A ``$ref`` to a kind of component OpenAPI 3.0 and 3.1 do not define (``#/components/mediaTypes/x``
  in place of a ``content`` map) is replaced by a copy of what it points at.
* A ``$ref`` into a part of another element (``#/components/schemas/Thing/properties/kind``,
  ``.../V/oneOf/0``) has the part moved into components under a derived unique name.
* An ``allOf`` of scalars (``allOf: [{$ref: bank_id_no_description}, {description: ..., type: string}]``)
  is read as one schema: its members merged, or its one enum component where it has one.
* An ``allOf`` member that refers to a union (``oneOf``/``anyOf``) is left out: the model has the other
  members' fields, and the union's arrive as undeclared keys.
* An ``allOf`` of one reference to an array and members that only describe it is read as that array.
* Inline members of one union that share a ``title`` are told apart: one written again as it was
  is left out, a different one is numbered (``INVALID_STRING_MAX_LENGTH 2``).
* An array without ``items`` takes items of any type.
* The inline models of a model that openapi-python-client reads twice (one a component names
  through an ``allOf`` of one ``$ref`` alone) are moved into components under their class names.
* A property an ``allOf`` member declares again, as a type openapi-python-client cannot merge with
  an earlier member's (a nullable string over an enum, an array of a union over an array of a
  model), keeps the earlier declaration only.
* A header parameter of a type openapi-python-client cannot send (``date-time``, arrays,
  objects) is declared a plain string.
* A string enum whose values differ only in case (``Queued``, ``QUEUED``), or only in characters
  a name cannot hold (``GMT+0``, ``GMT0``), gets ``x-enum-varnames`` (``QUEUED_2``, ``QUEUED``: a
  value already in upper case keeps the plain name), since openapi-python-client names members by
  upper-casing values and stops on the clash (or keeps one member).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from openapi_python_client.strings import ClassName, snake_case

from generator.load import MISSING, pointer_parts, pointer_target, references
from generator.normalise.description import (
    Normalised,
    component_name,
    escape,
    every_node,
    is_data,
    is_model,
    pointer,
    resolve,
)
from generator.normalise.hoisting import hoist
from generator.normalise.media import downloads, is_json, json_media, request_media
from generator.normalise.operations import (
    operation_id,
    operation_ids,
    responses_given_as_request_bodies,
    security_scopes,
    success_responses,
)
from generator.normalise.parameters import header_parameters, undeclared_path_parameters
from generator.normalise.ref_targets import hoist_deep_references, inline_foreign_components, unresolved_property_types
from generator.relink import relink
from generator.swagger2 import conversion_notes

__all__ = ["Normalised", "hoist", "is_json", "leave_out_unbuilt", "normalise", "operation_id", "settle_clash"]


def normalise(spec: dict[str, Any]) -> Normalised:
    result = Normalised(copy.deepcopy(spec), conversion_notes(spec))  # a Swagger 2.0 source says so first
    result.changes.extend(relink(result.spec))
    unresolved_property_types(result)
    operation_ids(result)
    security_scopes(result)
    undeclared_path_parameters(result)
    responses_given_as_request_bodies(result)
    success_responses(result)
    inline_foreign_components(result)
    hoist_deep_references(result)
    _hoist_union_members(result)
    _array_members(result)
    _scalar_all_of(result)
    _union_all_of_members(result)
    _described_arrays(result)
    _repeated_member_titles(result)
    _arrays_without_items(result)
    header_parameters(result)
    _nullable_all_of(result)
    _nullable_all_of_members(result)
    _models_read_twice(result)
    _all_of_redeclarations(result)
    _string_enums(result)
    _defaults_outside_the_schema(result)
    json_media(result)
    downloads(result)
    request_media(result)
    _enum_names(result)
    return result


def _hoist_union_members(result: Normalised) -> None:
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


def _array_members(result: Normalised) -> None:
    """A union with several array members (OpenAI's moderation input: ``oneOf: [string, array of
    strings, array of objects]``) is one openapi-python-client cannot write back: its ``to_dict``
    tells members apart with ``isinstance(value, list)``, so the second array is never reached
    and the first is given the other's items (mypy refuses it). The arrays become one member, an
    array of any of their items (which also takes a mix of them)."""
    for where, node in every_node(result.spec, "#"):
        if is_data(where):
            continue
        for key in ("anyOf", "oneOf"):
            members = node.get(key)
            if not isinstance(members, list):
                continue
            arrays = [m for m in members if isinstance(m, dict) and "$ref" not in m and m.get("type") == "array"]
            if len(arrays) < 2:
                continue
            items: list[Any] = [m.get("items") if isinstance(m.get("items"), dict) else {} for m in arrays]
            merged: dict[str, Any] = {"type": "array", "items": {key: items}}
            descriptions = [m["description"] for m in arrays if isinstance(m.get("description"), str)]
            if descriptions:
                merged["description"] = " Or: ".join(descriptions)
            first = members.index(arrays[0])
            node[key] = [m for m in members if not any(m is a for a in arrays)]
            node[key].insert(first, merged)
            shown = f"{len(arrays)} array members of one union"
            result.changes.append(f"{where}: {shown}: read as one array of their items")


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


STRUCTURE = frozenset({"properties", "additionalProperties", "allOf", "anyOf", "oneOf", "items", "$ref"})
"""Keywords of a schema that makes a model, a list or a union: an ``allOf`` member with one is no scalar."""


def _scalar_all_of(result: Normalised) -> None:
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


def _union_all_of_members(result: Normalised) -> None:
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
    described = {k: v for m in others for k, v in m.items() if k in ANNOTATIONS}
    node["allOf"] = [unions[0]]
    node.update({k: v for k, v in described.items() if k not in node})
    result.changes.append(
        f"{where}: allOf of the union {unions[0]['$ref']} and its description is read as the union "
        "(a null still decodes as None)"
    )


def _only_describes(member: Any) -> bool:
    """Whether an ``allOf`` member only describes the others (a description, an example, ``nullable``)."""
    return isinstance(member, dict) and {k for k in member if not k.startswith("x-")} <= ANNOTATIONS | {"nullable"}


def _described_arrays(result: Normalised) -> None:
    """An ``allOf`` of one reference to an array and members that only describe it
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
        others = [m for m in members if not any(m is r for r in refs)]
        if len(refs) != 1 or not all(map(_only_describes, others)):
            continue
        target = resolve(spec, refs[0])
        kind = target.get("type") if isinstance(target, dict) else None
        if kind != "array" and not (isinstance(kind, list) and "array" in kind):
            continue
        described = {k: v for m in others for k, v in m.items() if k in ANNOTATIONS}
        node["allOf"] = [refs[0]]
        node.update({k: v for k, v in described.items() if k not in node})
        result.changes.append(
            f"{where}: allOf of the array {refs[0]['$ref']} and its description is read as the array "
            "(a null still decodes as None)"
        )


def _repeated_member_titles(result: Normalised) -> None:
    """Inline members of one union that share a ``title`` (PayPal's error details: an ``anyOf`` of a
    member per issue, several titled ``INVALID_STRING_MAX_LENGTH`` with different descriptions,
    or the same member twice) would make classes of one name, as openapi-python-client names a
    member after its title: it refuses the union ("Invalid property in union") and drops what
    holds it. A member written again as it was is left out (the union is the same); a different
    one is numbered from the second (``INVALID_STRING_MAX_LENGTH 2``)."""
    for where, node in every_node(result.spec, "#"):
        if is_data(where):
            continue
        for key in ("anyOf", "oneOf"):
            members = node.get(key)
            if not isinstance(members, list):
                continue
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


def _arrays_without_items(result: Normalised) -> None:
    """An array without ``items`` (openapi-python-client: "type array must have items or
    prefixItems defined", which drops the schema or the operation) takes items of any type."""
    for where, node in every_node(result.spec, "#"):
        kind = node.get("type")
        is_array = kind == "array" or (isinstance(kind, list) and "array" in kind)
        if not is_array or "items" in node or "prefixItems" in node or is_data(where):
            continue
        node["items"] = {}
        result.changes.append(f"{where}: an array without items takes items of any type")


ANNOTATIONS = frozenset({"description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly"})
"""Keywords that describe a schema without constraining it: kept beside an ``allOf`` of one reference."""


def _nullable_all_of(result: Normalised) -> None:
    """``nullable: true`` beside ``allOf`` (OpenAPI 3.0's nullable composition) makes
    openapi-python-client refuse the schema ("Invalid property in union"); the mark is dropped:
    the client decodes a null where the description allows none as None anyway."""
    for where, node in every_node(result.spec, "#"):
        if node.get("nullable") is True and isinstance(node.get("allOf"), list) and "$ref" not in node:
            if is_data(where):
                continue
            del node["nullable"]
            result.changes.append(f"{where}: nullable allOf is read as the allOf (a null still decodes as None)")


def _nullable_all_of_members(result: Normalised) -> None:
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


def _models_read_twice(result: Normalised) -> None:
    """openapi-python-client (0.29) reads a component that is an ``allOf`` (or ``anyOf``, ``oneOf``)
    of one ``$ref`` alone as that reference, but queues the model it names to have its properties
    read once more: the inline models among them are then made a second time and clash with the
    first ("duplicate models", or "Invalid property in union" where one is nullable), and the model
    is dropped with all that holds it. DigitalOcean's ``kubernetes_node_pool_update: allOf: [{$ref:
    kubernetes_node_pool_base}]``, whose ``labels`` is a nullable object, dropped the node pool and
    cluster schemas and eight Kubernetes operations. Each inline model of a model so named (a
    property that is one, or holds one in its items or union members) is moved into components
    under the name its class has (``KubernetesNodePoolBaseLabels``), so it is made once and every
    class keeps its name."""
    spec = result.spec
    schemas = (spec.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    named: dict[str, None] = {}  # the models read twice, in the order first met
    for node in _read_with_components(schemas):
        key = _passed_through(schemas, node)
        if key is not None:
            named.setdefault(key, None)
    for key in named:
        model = schemas[key]
        owner = str(ClassName(str(model.get("title") or key), prefix=""))
        places = [(["components", "schemas", key, "properties"], model.get("properties"))]
        places += [
            (["components", "schemas", key, "allOf", str(i), "properties"], m.get("properties"))
            for i, m in enumerate(model.get("allOf") or ())
            if isinstance(m, dict) and "$ref" not in m
        ]
        for at, properties in places:
            for name, prop in list((properties or {}).items()) if isinstance(properties, dict) else ():
                if not _makes_a_model(prop):
                    continue
                title = prop.get("title")
                base = str(title) if isinstance(title, str) else f"{owner}{ClassName(str(name), prefix='')}"
                new = hoist(spec, [*at, str(name)], "schemas", str(ClassName(base, prefix="")))
                result.changes.append(
                    f"{pointer([*at, str(name)])}: an inline model of {key}, which an allOf of one $ref makes "
                    f"openapi-python-client read twice: moved it to {new}, so it is made once"
                )


def _read_with_components(schemas: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The component schemas and what openapi-python-client reads with them, before any model's
    properties: their items and union members, through items and union members. Only there is a
    model named by a composition of one ``$ref`` read twice: one met later (in a property, a
    response) is queued after the queue has been read."""
    stack: list[Any] = list(schemas.values())
    while stack:
        node = stack.pop()
        if not isinstance(node, dict) or "$ref" in node:
            continue
        yield node
        stack += [node.get("items"), *(m for k in ("anyOf", "oneOf") for m in node.get(k) or ())]


def _passed_through(schemas: dict[str, Any], node: dict[str, Any]) -> str | None:
    """The model component ``node`` is read as, when it is a composition of one ``$ref`` alone
    (through such components: ``A: allOf: [{$ref: B}]``, ``B: allOf: [{$ref: C}]``), else None."""
    seen: set[str] = set()
    key: str | None = None
    while True:
        name = component_name(_only_reference(node))
        target = schemas.get(name) if name is not None else None
        if name is None or name in seen or not isinstance(target, dict):
            return key if key is not None and is_model(schemas[key]) else None
        seen.add(name)
        key, node = name, target


def _only_reference(node: dict[str, Any]) -> Any:
    """The ``$ref`` of a composition of one reference alone (``allOf: [{$ref: X}]``), else None."""
    members = [m for k in ("allOf", "anyOf", "oneOf") for m in node.get(k) or ()]
    return members[0].get("$ref") if len(members) == 1 and isinstance(members[0], dict) else None


def _makes_a_model(node: Any) -> bool:
    """Whether openapi-python-client makes a model of ``node`` (not a ``$ref``), of its items or
    of one of its union members."""
    if not isinstance(node, dict) or "$ref" in node:
        return False
    if component_name(_only_reference(node)) is not None:
        return False  # read as the reference
    members = [m for k in ("anyOf", "oneOf") for m in node.get(k) or ()]
    return is_model(node) or _makes_a_model(node.get("items")) or any(map(_makes_a_model, members))


def _all_of_redeclarations(result: Normalised) -> None:
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
        for i, member in enumerate(members):
            own = _declared_properties(spec, member)
            target = resolve(spec, member)
            top = target.get("properties") if isinstance(target, dict) else None
            clashing = [
                name
                for name, prop in own.items()
                if name in declared and isinstance(top, dict) and name in top
                and _kinds_clash(spec, declared[name], prop)
            ]  # fmt: skip
            for name, prop in own.items():
                if name not in clashing:
                    declared[name] = _narrower(spec, declared[name], prop) if name in declared else prop
            if not clashing or not isinstance(member, dict) or not isinstance(target, dict):
                continue
            local = member if "$ref" not in member else {k: copy.deepcopy(v) for k, v in target.items() if k != "title"}
            for name in clashing:
                del local["properties"][name]
            members[i] = local
            origin = f" ({member['$ref']}, copied)" if "$ref" in member else ""
            result.changes.append(
                f"{where}/allOf/{i}{origin}: declares {', '.join(clashing)} again as a type openapi-python-client "
                "cannot merge with an earlier member's: the earlier declaration is kept"
            )


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


def _kind(spec: dict[str, Any], prop: Any, depth: int = 0) -> Any:
    """A property as openapi-python-client types it, for ``_clash``: ``union`` (any ``oneOf`` or
    ``anyOf``, even of one member, and anything nullable: a union with None), ``object``,
    ``("array", items)``, ``("enum", values)``, ``number`` or another type's name (``null`` for
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
    if "properties" in node or types == {"object"} or isinstance(node.get("allOf"), list):
        return "object"
    if types == {"array"}:
        return ("array", _kind(spec, node.get("items"), depth + 1))
    if isinstance(node.get("enum"), list) and len(types) <= 1:
        return ("enum", frozenset(json.dumps(v) for v in node["enum"]))
    if types and types <= {"integer", "number"}:
        return "number"
    return types.pop() if len(types) == 1 else None


def _kinds_clash(spec: dict[str, Any], first: Any, then: Any) -> bool:
    return _clash(_kind(spec, first), _kind(spec, then))


def _clash(first: Any, then: Any) -> bool:
    """Whether openapi-python-client cannot merge two declarations of one property (its
    ``merge_properties``): a union with what is not one, or two other bases (an enum merges with a
    plain value, or with an enum whose values hold its own; two unions or two models merge)."""
    if first is None or then is None:
        return False
    if isinstance(first, tuple) and isinstance(then, tuple) and first[0] == then[0] == "array":
        return _clash(first[1], then[1])
    if isinstance(first, tuple) and isinstance(then, tuple) and first[0] == then[0] == "enum":
        return not (first[1] <= then[1] or then[1] <= first[1])
    if isinstance(first, tuple) and first[0] == "enum":
        return then not in ("string", "number")
    if isinstance(then, tuple) and then[0] == "enum":
        return first not in ("string", "number")
    return bool(first != then)


def _nullable_object(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    is_object = kind == "object" or (isinstance(kind, list) and "object" in kind) or "properties" in schema
    nullable = schema.get("nullable") is True or (isinstance(kind, list) and "null" in kind)
    return is_object and nullable


def _string_enums(result: Normalised) -> None:
    """An enum declared ``type: string`` that lists numbers (``[4.1, 4, "3_lite"]``) or booleans (YAML's
    unquoted ``true``, ``false``) has them as the strings the type says, booleans as JSON spells
    them (openapi-python-client refuses mixed value types, and drops the schema)."""
    for where, node in every_node(result.spec, "#"):
        values, kind = node.get("enum"), node.get("type")
        is_string = kind == "string" or (isinstance(kind, list) and "string" in kind and "number" not in kind)
        if not is_string or not isinstance(values, list) or "/example" in where:
            continue
        numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
        if numbers:
            node["enum"] = [str(v) if v in numbers and not isinstance(v, bool) else v for v in values]
            shown = ", ".join(map(str, numbers))
            result.changes.append(f"{where}: a string enum lists numbers ({shown}): read as strings")
        if any(isinstance(v, bool) for v in node["enum"]):
            node["enum"] = [json.dumps(v) if isinstance(v, bool) else v for v in node["enum"]]
            shown = ", ".join(json.dumps(v) for v in values if isinstance(v, bool))
            result.changes.append(f"{where}: a string enum lists booleans ({shown}): read as strings")


_JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer()),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
}


def _defaults_outside_the_schema(result: Normalised) -> None:
    """A ``default`` its own schema refuses (OpenAI's ``TranscriptionInclude``: ``type: string,
    enum: [logprobs], default: []``) makes openapi-python-client drop the schema and what holds
    it ("Cannot convert [] to enum"). A default written as the string of its value (Xero's
    ``type: boolean, default: "false"``) is read as that value; any other is left out: the server
    applies its own default to what the client leaves out, which is what a default describes. A
    null default is kept (it says no more than leaving the value out)."""
    for where, node in every_node(result.spec, "#"):
        if node.get("default") is None or "$ref" in node or is_data(where):
            continue
        value, kind, values = node["default"], node.get("type"), node.get("enum")
        kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
        if _fits(value, kinds, values):
            continue
        read = _read_as(value, kinds)
        if read is not MISSING and _fits(read, kinds, values):
            node["default"] = read
            result.changes.append(f"{where}: default {json.dumps(value)} is read as {json.dumps(read)}")
            continue
        del node["default"]
        shown = json.dumps(value, default=str)
        result.changes.append(f"{where}: default {shown} is not a value of its schema: left out")


def _fits(value: Any, kinds: list[Any], values: Any) -> bool:
    fits_type = not kinds or any(_JSON_TYPES.get(k, lambda _: True)(value) for k in kinds)
    return fits_type and (not isinstance(values, list) or value in values)


def _read_as(value: Any, kinds: list[Any]) -> Any:
    """A string default as the scalar it spells, for a schema of that type; MISSING otherwise."""
    if not isinstance(value, str) or "string" in kinds:
        return MISSING
    try:
        read = json.loads(value)
    except ValueError:
        return MISSING
    return read if isinstance(read, (bool, int, float)) else MISSING


def _enum_names(result: Normalised) -> None:
    """A string enum two of whose values openapi-python-client would give one member name (it
    upper-cases a value and drops what is not a letter, digit or ``_``: ``Queued`` and ``QUEUED``,
    Stripe's ``GMT+0`` and ``GMT0``) gets ``x-enum-varnames``: it stops on some such clashes and
    silently keeps one member of the others."""
    for where, node in every_node(result.spec, "#"):
        values = node.get("enum")
        if not isinstance(values, list) or "x-enum-varnames" in node or is_data(where):
            continue
        listed = [v for v in values if v is not None]  # a null makes the enum nullable, not a member
        if not listed or not all(isinstance(v, str) for v in listed):
            continue
        keys = [_member_key(value, i) for i, value in enumerate(listed)]
        if len(set(keys)) == len(keys):
            continue
        names = _member_names(listed)
        node["x-enum-varnames"] = names
        why = "differ only in case" if len({v.upper() for v in listed}) == len(set(keys)) else "make one member name"
        result.changes.append(f"{where}: enum values {why}; members named {', '.join(names)}")


def _member_key(value: str, index: int) -> str:
    """The member name openapi-python-client gives a string enum value (``values_from_list``)."""
    key = value.upper() if value[:1].isalpha() else f"VALUE_{index}"
    return snake_case(key).upper()


def _member_names(values: list[str]) -> list[str]:
    """Unique member names: the value in upper case with other characters as ``_`` (a value
    already so keeps the plain name; the others are numbered after it)."""
    bases = [re.sub(r"\W+", "_", value.upper()).strip("_") or "VALUE" for value in values]
    bases = [base if base[:1].isalpha() else f"VALUE_{base}" for base in bases]
    order = sorted(range(len(values)), key=lambda i: values[i] != bases[i])
    names: list[str] = [""] * len(values)
    seen: set[str] = set()
    for i in order:
        name, number = bases[i], 1
        while snake_case(name).upper() in seen:
            number += 1
            name = f"{bases[i]}_{number}"
        seen.add(snake_case(name).upper())
        names[i] = name
    return names


CLASH = re.compile(r'duplicate models with name "([^"]+)"|conflicting enums named (\S+) with')


COMPONENT_HEADER = re.compile(r"Unable to process schema /components/schemas/(.+?):?$")


ENDPOINT_HEADER = re.compile(r"WARNING parsing (\w+) (\S+) within")


def settle_clash(
    spec: dict[str, Any],
    changes: list[str],
    header: str,
    detail: str,
    same: Callable[[dict[str, Any]], bool],
    taken: frozenset[str],
) -> bool:
    """One clash of names openapi-python-client reported (two inline models or enums that derive
    the same class name: ``Attempted to generate duplicate models``, ``Found conflicting enums``),
    settled by moving an inline schema into components under a name of its own (``HolderStatus2``),
    so the class it makes is named after that. ``same`` tells the schema openapi-python-client
    refused (when it says) from the others; ``taken`` are the class names in use. False when no
    such schema is found (the operation or schema is then dropped as usual)."""
    header = " ".join(header.split())
    if "Invalid property in union" in detail and ENDPOINT_HEADER.match(header):
        return _settle_operation_titles(spec, changes, header, taken)
    if "Invalid property in union" in detail:
        return _settle_union_title(spec, changes, header, taken)
    match = CLASH.search(detail)
    if match is None:
        return False
    name = match.group(1) or match.group(2)
    component = COMPONENT_HEADER.search(header)
    if component is not None:
        root = ["components", "schemas", component.group(1)]
        found = [parts for parts, node in _inline_schemas(pointer_target(spec, pointer(root)), root) if same(node)]
        if not found:  # in a component it extends: `allOf: [{$ref: Base}]` makes Base's inline models again
            return _settle_unplaced_clash(spec, changes, name, same, taken)
        parts = found[0]
        new = hoist(spec, parts, "schemas", name, taken)
        titled = _title_after_key(spec, new, taken)
        changes.append(f"{pointer(parts)}: its class would be named {name} like another one: moved it to {new}{titled}")
        return True
    endpoint = ENDPOINT_HEADER.match(header)
    if endpoint is None:  # openapi-python-client named no place: find the schema it refused
        return _settle_unplaced_clash(spec, changes, name, same, taken)
    op = (spec.get("paths") or {}).get(endpoint.group(2), {}).get(endpoint.group(1).lower()) if endpoint else None
    if not isinstance(op, dict):
        return False
    base = "".join(w[:1].upper() + w[1:] for w in re.findall(r"[A-Za-z0-9]+", str(op.get("operationId"))))
    root = ["paths", endpoint.group(2), endpoint.group(1).lower()] if endpoint else []
    moved = []
    for parts, _ in _op_schemas(op, root):
        suffix = "Body" if "requestBody" in parts else f"Response{parts[parts.index('responses') + 1]}"
        moved.append(hoist(spec, parts, "schemas", f"{base}{suffix}", taken))
    if not moved:
        return False
    label = f"{endpoint.group(1).upper()} {endpoint.group(2)}" if endpoint else "?"
    changes.append(f"{label}: a class would be named {name} like another one: moved its schemas to {', '.join(moved)}")
    return True


UNPARSED_HEADER = re.compile(r"Unable to parse schema /components/schemas/(\S+)")


def _settle_union_title(spec: dict[str, Any], changes: list[str], header: str, taken: frozenset[str]) -> bool:
    """A nullable component titled like another (``PaymentAmountNullable`` titled
    ``PaymentAmount``): openapi-python-client names the union's object member by the title, which
    clashes, and reports only "Invalid property in union". It is titled after its key. A member
    of the union with a title of its own that names a class already made (two components
    ``anyOf: [{title: Location, ...}, null]``) is titled after the component's key instead."""
    match = UNPARSED_HEADER.search(header)
    schemas = (spec.get("components") or {}).get("schemas") or {}
    key = match.group(1) if match else None
    node = schemas.get(key) if key else None
    title = node.get("title") if isinstance(node, dict) else None
    if isinstance(node, dict) and key is not None and _settle_member_titles(node, key, changes, taken):
        return True
    if isinstance(node, dict) and key is not None and title == key:  # another took its name by a title
        return _retitle_taker(schemas, changes, str(ClassName(key, prefix="")))
    if not isinstance(node, dict) or not isinstance(title, str) or title == key:
        return False
    if title not in taken and title not in schemas:
        return False
    node["title"] = key
    changes.append(f"#/components/schemas/{escape(str(key))}: titled {title} like another class: titled it {key}")
    return True


def _settle_operation_titles(spec: dict[str, Any], changes: list[str], header: str, taken: frozenset[str]) -> bool:
    """Inline schemas of one operation that share a ``title`` make classes of one name, and
    openapi-python-client refuses the second ("Invalid property in union") and drops the
    operation (Stripe's ``GET /v1/invoices``: ``created`` and ``due_date`` are each ``anyOf:
    [{title: range_query_specs, ...}, integer]``). Where they are the same schema it is moved into
    components once and each place refers to it; where they differ their titles are left out, so
    each is named after its place."""
    match = ENDPOINT_HEADER.match(header)
    method, path = (match.group(1).lower(), match.group(2)) if match else ("", "")
    op = ((spec.get("paths") or {}).get(path) or {}).get(method)
    if not isinstance(op, dict):
        return False
    titled: dict[str, list[tuple[list[str], dict[str, Any]]]] = {}
    for parts, node in _inline_schemas(op, ["paths", path, method]):
        if isinstance(node.get("title"), str):
            titled.setdefault(str(ClassName(node["title"], prefix="")), []).append((parts, node))
    settled = False
    for name, places in titled.items():
        if len(places) < 2:
            continue
        first, title = places[0][1], places[0][1]["title"]
        if all(node == first for _, node in places):
            new = hoist(spec, places[0][0], "schemas", name, taken)
            for parts, _ in places[1:]:
                parent = pointer_target(spec, pointer(parts[:-1]))
                parent[int(parts[-1]) if isinstance(parent, list) else parts[-1]] = {"$ref": new}
            label = f"{method.upper()} {path}"
            retitled = _title_after_key(spec, new, taken)
            changes.append(f"{label}: {len(places)} inline schemas titled {title!r} are one: moved to {new}{retitled}")
        else:
            for _, node in places:
                del node["title"]
            changes.append(
                f"{method.upper()} {path}: {len(places)} inline schemas titled {title!r} differ: titles left out, "
                "so each is named after its place"
            )
        settled = True
    return settled


def _settle_member_titles(node: dict[str, Any], key: str, changes: list[str], taken: frozenset[str]) -> bool:
    """openapi-python-client names an inline member of a union after the member's ``title``, so two
    unions whose members share a title make two classes of one name, and the second union is
    refused. Each such member of ``node`` (component ``key``) is titled ``key`` (the one titled
    member) or ``key`` and its title (several): names no other class has."""
    members = [m for m in [*(node.get("anyOf") or ()), *(node.get("oneOf") or ())] if isinstance(m, dict)]
    titled = [
        m for m in members if "$ref" not in m and isinstance(m.get("title"), str) and m["title"] != node.get("title")
    ]
    settled = False
    for member in titled:
        if ClassName(member["title"], prefix="") not in taken:
            continue
        new = key if len(titled) == 1 else f"{key} {member['title']}"
        if ClassName(new, prefix="") in taken:
            continue
        changes.append(
            f"#/components/schemas/{escape(key)}: a member titled {member['title']!r} would make a class named like "
            f"another one: titled it {new!r}"
        )
        member["title"] = new
        settled = True
    return settled


def _settle_unplaced_clash(
    spec: dict[str, Any], changes: list[str], name: str, same: Callable[[dict[str, Any]], bool], taken: frozenset[str]
) -> bool:
    """A component whose class takes its name from a ``title`` (its own, or one an ``allOf``
    member passes on: ``AddressDataNullable`` is ``allOf: [AddressData, ...]``) is named after its
    key instead; an inline schema is moved into components under a name of its own."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for key, node in schemas.items():
        if isinstance(node, dict) and same(node) and node.get("title") != key:
            node["title"] = key
            changes.append(f"#/components/schemas/{escape(key)}: its class would be named {name} like another one: "
                           f"titled it {key}")  # fmt: skip
            return True
    if _retitle_taker(schemas, changes, name):  # the refused one is named rightly: another took its name
        return True
    for key, node in schemas.items():
        root = ["components", "schemas", str(key)]
        found = [parts for parts, inline in _inline_schemas(node, root) if same(inline)]
        if found:
            new = hoist(spec, found[0], "schemas", name, taken)
            titled = _title_after_key(spec, new, taken)
            changes.append(
                f"{pointer(found[0])}: its class would be named {name} like another one: moved it to {new}{titled}"
            )
            return True
    return False


def _title_after_key(spec: dict[str, Any], new: str, taken: frozenset[str]) -> str:
    """A schema moved into components keeps its ``title``, which names its class there. Where
    that name is taken already (by a class of the last parse, or another component's), the next
    parse would refuse it and the one after would title it after its key: titled so now, a round
    sooner (Stripe moves hundreds of inline schemas titled alike). Returns what to add to the note."""
    schemas = spec["components"]["schemas"]
    key = pointer_parts(new)[-1]
    node = schemas[key]
    title = node.get("title")
    if not isinstance(title, str) or ClassName(title, prefix="") == ClassName(key, prefix=""):
        return ""
    name = ClassName(title, prefix="")
    if name not in taken and not any(_class_of(k, v) == name for k, v in schemas.items() if k != key):
        return ""
    node["title"] = key
    return f", titled {key} (its title {title!r} names another class)"


def _class_of(key: str, node: Any) -> str:
    """The class name openapi-python-client gives a component: its title's, else its key's."""
    title = node.get("title") if isinstance(node, dict) else None
    return str(ClassName(title if isinstance(title, str) and title else key, prefix=""))


def _retitle_taker(schemas: dict[str, Any], changes: list[str], name: str) -> bool:
    """Another component took the class name ``name`` by its title (``PrismVersionsDeprecated``
    titled ``PrismVersions``): it is titled after its key. Titles are compared as the class names
    openapi-python-client derives (``ISO Currency Code`` makes ``ISOCurrencyCode`` too)."""
    for key, node in schemas.items():
        title = node.get("title") if isinstance(node, dict) else None
        if isinstance(node, dict) and isinstance(title, str) and ClassName(title, prefix="") == name and key != name:
            node["title"] = key
            changes.append(f"#/components/schemas/{escape(key)}: titled {title}, the name of another class: "
                           f"titled it {key}")  # fmt: skip
            return True
    return False


def _inline_schemas(node: Any, parts: list[str]) -> Iterator[tuple[list[str], dict[str, Any]]]:
    """Inline object, ``allOf`` and enum schemas below ``node`` (not ``node`` itself), outermost first:
    the ones openapi-python-client makes a class of."""
    stack: list[tuple[list[str], Any]] = [(parts, node)]
    while stack:
        at, current = stack.pop(0)
        if isinstance(current, dict):
            if at != parts and "$ref" not in current and {"properties", "enum", "allOf"} & set(current):
                yield at, current
            stack.extend(
                ([*at, str(k)], v) for k, v in current.items() if k not in ("example", "default", "enum", "const")
            )
        elif isinstance(current, list):
            stack.extend(([*at, str(i)], v) for i, v in enumerate(current))


def _op_schemas(op: dict[str, Any], root: list[str]) -> Iterator[tuple[list[str], dict[str, Any]]]:
    """The inline object or enum schemas of an operation's request body and responses."""
    places: list[tuple[list[str], Any]] = [([*root, "requestBody"], op.get("requestBody"))]
    places += [([*root, "responses", str(c)], r) for c, r in (op.get("responses") or {}).items()]
    for at, container in places:
        content = container.get("content") if isinstance(container, dict) else None
        for media, body in (content or {}).items():
            schema = body.get("schema") if isinstance(body, dict) else None
            if isinstance(schema, dict) and "$ref" not in schema and ("properties" in schema or "enum" in schema):
                yield [*at, "content", media, "schema"], schema


UNION_KEYS = ("oneOf", "anyOf")


FREE_FORM_OBJECT: dict[str, Any] = {"type": "object", "additionalProperties": True}


def leave_out_unbuilt(spec: dict[str, Any], changes: list[str], unbuilt: frozenset[str]) -> bool:
    """Take out of every union the components openapi-python-client could not build (``unbuilt``).

    openapi-python-client leaves out a component it cannot build, and with it every model that
    uses it through a property, but it parses a union's members without their holder (0.29), so a
    union that names such a component keeps naming it: models and resource methods then name a
    class that is never written. So a union member that is a ``$ref`` to an unbuilt component is
    taken out (and out of the discriminator's mapping); one whose union would keep nothing but
    null, and one deeper inside a member (an array of it), becomes a free-form object (a dict).
    One line per component, naming the unions; False when no union names one."""
    refs = {f"#/components/schemas/{escape(name)}": name for name in unbuilt}
    places: dict[str, list[str]] = {}
    found = [(pointer_parts(at), at, ref) for at, ref in references(spec) if ref in refs]
    found.sort(key=lambda item: [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in item[0]], reverse=True)
    for parts, at, ref in found:  # the last member of a list first: taking one out moves those after it
        member = next((i for i in range(len(parts) - 1, 0, -1) if parts[i - 1] in UNION_KEYS), None)
        if member is None or not parts[member].isdigit():
            continue  # not inside a union: openapi-python-client leaves out what holds it itself
        union = pointer_target(spec, pointer(parts[: member - 1]))
        node = pointer_target(spec, at)
        members = union[parts[member - 1]]
        direct = member == len(parts) - 1
        if direct and any(m is not node and not _null_schema(m) for key in UNION_KEYS for m in union.get(key) or ()):
            del members[int(parts[member])]
            mapping = (union.get("discriminator") or {}).get("mapping")
            if isinstance(mapping, dict):
                for value, target in list(mapping.items()):
                    if target == ref:
                        del mapping[value]
        else:
            node.clear()
            node.update(FREE_FORM_OBJECT)
        places.setdefault(refs[ref], []).append(pointer(parts[: member - 1]))
    for name, unions in sorted(places.items()):
        shown = ", ".join(sorted(set(unions))[:5]) + (", ..." if len(set(unions)) > 5 else "")
        changes.append(
            f"#/components/schemas/{escape(name)} is not built (see its line), so the unions that name it leave it "
            f"out or take a dict in its place: {shown}"
        )
    return bool(places)


def _null_schema(node: Any) -> bool:
    return isinstance(node, dict) and (node.get("type") == "null" or node.get("enum") == [None])
