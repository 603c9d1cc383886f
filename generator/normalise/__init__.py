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
from generator.normalise.allof import (
    described_arrays,
    nullable_all_of,
    nullable_all_of_members,
    scalar_all_of,
    union_all_of_members,
)
from generator.normalise.arrays import array_members, arrays_without_items
from generator.normalise.description import Normalised, escape, every_node, is_data, pointer
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
from generator.normalise.read_twice import models_read_twice
from generator.normalise.redeclarations import all_of_redeclarations
from generator.normalise.ref_targets import hoist_deep_references, inline_foreign_components, unresolved_property_types
from generator.normalise.unions import hoist_union_members, repeated_member_titles
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
    hoist_union_members(result)
    array_members(result)
    scalar_all_of(result)
    union_all_of_members(result)
    described_arrays(result)
    repeated_member_titles(result)
    arrays_without_items(result)
    header_parameters(result)
    nullable_all_of(result)
    nullable_all_of_members(result)
    models_read_twice(result)
    all_of_redeclarations(result)
    _string_enums(result)
    _defaults_outside_the_schema(result)
    json_media(result)
    downloads(result)
    request_media(result)
    _enum_names(result)
    return result


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
