"""Clashes of class names settled a family at a time, so a large description settles in a few parses.

openapi-python-client names an inline model after the class that holds it and its own ``title``
(or key): ``PostAccountsBodyCapabilitiesParam`` + ``capability_param``. Inline models under one
holder that share a title therefore all derive one class name, and every one but the first is a
clash. Its parse stops a model at its first error, so it reports one member of one such family
per component or operation, and settling them one by one (``clashes.settle_clash``) took a
parse per member, two with the retitling of the moved one: Stripe's 28 ``capability_param``s
under ``capabilities`` alone took 56 parses of 4 MB.

Here, the first time a parse reports a clash in a component or an operation's body, the class
names openapi-python-client will derive for its inline models are worked out (from the root's,
as it does: holder's name + title or key, ``_item`` for array items, ``_type_<n>`` or the title
for union members); where the reported name is among them, the names are right, and every family
in it is moved into components under its name (``N``, ``N2``, ``N3``, ...), each titled after its
key so that its class is that name rather than its title again. ``clashes.settle_clash`` stays
for every other clash, and as the safety net for what is not worked out here.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import ClassName, pascal_case

from generator.load import pointer_target, references
from generator.normalise.clashes import COMPONENT_HEADER, ENDPOINT_HEADER, UNION_ERROR
from generator.normalise.description import UNIONS
from generator.normalise.hoisting import hoist

DUPLICATE_MODEL = re.compile(r'duplicate models with name "([^"]+)"')


def settle_family(
    spec: dict[str, Any],
    changes: list[str],
    header: str,
    detail: str,
    same: Callable[[dict[str, Any]], bool],
    taken: frozenset[str],
) -> bool:
    """The clash openapi-python-client reported (``header``, ``detail``), settled with every other
    member of its family, and every other family of the same component or operation with it,
    where the refused schema is one of a family. False when it is not (``clashes.settle_clash``
    then settles the clash alone).

    The family is the one whose class name, worked out as openapi-python-client derives it, is
    the reported one; then the names worked out for the others are right too, and each family is
    moved under its own. Where none is (a name derived otherwise), the family of the schema it
    refused (``same``, when it says which) is moved under the reported name alone. A union whose
    member clashes is reported without the clash ("Invalid property in union": Stripe's
    ``payment_method_options``, each an ``anyOf`` of a ``payment_intent_payment_method_options_param``
    and ``""``), so there every family worked out is moved: each is a clash to come."""
    clash = DUPLICATE_MODEL.search(detail)
    union = UNION_ERROR in detail
    if clash is None and not union:
        return False
    name = clash.group(1) if clash is not None else None
    for root, node, root_name in _places(spec, " ".join(header.split())):
        families = [f for f in _families(node, root, root_name) if len(f.members) > 1]
        if any(f.name == name for f in families) or (union and families):
            pointed = _pointed(spec)
            for family in reversed(families):  # those within a member first: it moves them along
                _move_family(spec, changes, family, family.name, taken, pointed)
            return True
        refused = next((f for f in families if any(same(member) for _, member in f.members)), None)
        if name is not None and refused is not None:
            _move_family(spec, changes, refused, name, taken, _pointed(spec))
            return True
    return False


def _pointed(spec: dict[str, Any]) -> set[str]:
    """Every ``$ref`` of the description."""
    return {ref for _, ref in references(spec) if isinstance(ref, str)}


def _places(spec: dict[str, Any], header: str) -> Iterator[tuple[list[str], Any, str]]:
    """Where the refused schema is, the component or the operation the header names, with the
    class name openapi-python-client gives its root: a component's from its title or key, a
    request body's from the operationId and ``body`` (or its title)."""
    component = COMPONENT_HEADER.search(header)
    if component is not None:
        key = component.group(1)
        node = ((spec.get("components") or {}).get("schemas") or {}).get(key)
        title = node.get("title") if isinstance(node, dict) else None
        yield ["components", "schemas", key], node, _class_name(title if isinstance(title, str) and title else key)
        return
    endpoint = ENDPOINT_HEADER.match(header)
    if endpoint is None:
        return
    path, method = endpoint.group(2), endpoint.group(1).lower()
    op = ((spec.get("paths") or {}).get(path) or {}).get(method)
    if not isinstance(op, dict):
        return
    body = op.get("requestBody")
    content = body.get("content") if isinstance(body, dict) else None
    for media, given in (content or {}).items():
        schema = given.get("schema") if isinstance(given, dict) else None
        if isinstance(schema, dict):
            title = schema.get("title")
            named = title if isinstance(title, str) and title else "body"
            operation = str(op.get("operationId") or "")
            root_name = _class_name(f"{pascal_case(operation)}{pascal_case(named)}")
            yield ["paths", path, method, "requestBody", "content", media, "schema"], schema, root_name


@dataclass
class Family:
    """Inline models of one holder that derive one class name."""

    holder: list[str]
    name: str
    """The class name each would take, as openapi-python-client derives it (the holder's
    class name, worked out from the root's, and the title)."""
    members: list[tuple[list[str], dict[str, Any]]]
    """Where each is, and the schema, in the order openapi-python-client meets them."""


def _families(node: Any, parts: list[str], name: str) -> Iterator[Family]:
    """Under ``node`` (whose class is ``name``) and every model below it, the inline models each
    holds grouped by the class name their title gives them."""
    pending: list[tuple[list[str], Any, str]] = [(parts, node, name)]
    while pending:
        at, holder, holder_name = pending.pop(0)
        if not isinstance(holder, dict) or not isinstance(holder.get("properties"), dict):
            continue
        groups: dict[str, Family] = {}
        for place, model, base in _held_models(holder, at):
            title = model.get("title")
            named = title if isinstance(title, str) and title else base
            model_name = _class_name(f"{pascal_case(holder_name)}{pascal_case(named)}")
            pending.append((place, model, model_name))
            if isinstance(title, str) and title:
                key = str(ClassName(title, prefix=""))
                groups.setdefault(key, Family(at, model_name, [])).members.append((place, model))
        yield from groups.values()


def _class_name(string: str) -> str:
    """The class name openapi-python-client makes of a string (``Class.from_string``)."""
    return str(ClassName(string.rsplit("/", 1)[-1], prefix="field_"))


def _held_models(holder: dict[str, Any], parts: list[str]) -> Iterator[tuple[list[str], dict[str, Any], str]]:
    """The inline models whose class names start with the holder's: its properties, through the
    arrays and unions that are no class of their own; each with the name it is parsed under."""
    pending: list[tuple[list[str], Any, str]] = [
        ([*parts, "properties", str(key)], value, str(key)) for key, value in holder["properties"].items()
    ]
    while pending:
        at, schema, base = pending.pop(0)
        if not isinstance(schema, dict) or "$ref" in schema:
            continue
        if isinstance(schema.get("properties"), dict) or "allOf" in schema:
            yield at, schema, base
            continue
        if isinstance(schema.get("items"), dict):
            pending.append(([*at, "items"], schema["items"], f"{base}_item"))
        members = [(union, i, m) for union in UNIONS for i, m in enumerate(schema.get(union) or ())]
        for i, (union, index, member) in enumerate(members):
            title = member.get("title") if isinstance(member, dict) else None
            subscript = title if isinstance(title, str) and title != schema.get("title") else f"type_{i}"
            pending.append(([*at, union, str(index)], member, f"{base}_{subscript}"))


def _move_family(
    spec: dict[str, Any], changes: list[str], family: Family, name: str, taken: frozenset[str], pointed: set[str]
) -> None:
    """Every member moved into components under ``name`` (numbered), titled after its key.

    ``pointed`` are the description's ``$ref``s: a member one points into is moved by
    ``hoisting.hoist``, which points it at the new place (normalise moved every such part to
    components already, so none is, and the walk over the description each ``hoist`` makes is
    spared: Stripe moves some three hundred members)."""
    section = spec.setdefault("components", {}).setdefault("schemas", {})
    moved = []
    for parts, node in family.members:
        at = _pointer(parts)
        if any(ref == at or ref.startswith(at + "/") or "%" in ref for ref in pointed):
            key = hoist(spec, parts, "schemas", name, taken).rsplit("/", 1)[-1]
        else:
            key, n = name, 2
            while key in section or key in taken:
                key, n = f"{name}{n}", n + 1
            section[key] = copy.deepcopy(node)
            parent = pointer_target(spec, _pointer(parts[:-1]))
            parent[int(parts[-1]) if isinstance(parent, list) else parts[-1]] = {"$ref": f"#/components/schemas/{key}"}
        section[key]["title"] = key
        moved.append(key)
    title = family.members[0][1].get("title")
    shown = ", ".join(moved) if len(moved) <= 3 else f"{', '.join(moved[:2])} ... {moved[-1]}"
    changes.append(
        f"{_pointer(family.holder)}: {len(family.members)} inline schemas titled {title!r} would each make a class "
        f"named {name}: moved them into components as {shown}, each titled after its key"
    )


def _pointer(parts: list[str]) -> str:
    return "#" + "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)
