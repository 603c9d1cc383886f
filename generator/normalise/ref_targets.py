"""``$ref``s openapi-python-client cannot follow: one that named nothing (noted), one to a kind of
component OpenAPI 3.0 and 3.1 do not define (replaced by a copy of its target), and one into a
part of another element (the part moved into components under a derived name).

openapi-python-client follows only ``#/components/<kind>/<name>``; anything else makes it refuse
the description or drop what holds the reference. These passes run first, so every later pass
reads references it can follow."""

from __future__ import annotations

import copy
import re
from typing import Any

from openapi_python_client.strings import pascal_case

from generator.load import LEFT_OUT, MISSING, UNRESOLVED, pointer_parts, pointer_target, references
from generator.normalise.description import Normalised, escape, every_node, is_data
from generator.normalise.hoisting import hoist

COMPONENT_SECTIONS = frozenset(
    {"schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links",
     "callbacks", "pathItems"}
)  # fmt: skip
"""The kinds of component OpenAPI 3.0 and 3.1 define, which tools follow a ``$ref`` to."""


def inline_foreign_components(result: Normalised) -> None:
    """A ``$ref`` to a component of a kind OpenAPI 3.0 and 3.1 do not define (Lob's
    ``content: {$ref: '#/components/mediaTypes/bank_account'}``, a whole content map; 3.2's
    ``mediaTypes``) is one openapi-python-client refuses to read: each is replaced by a copy of
    its target, and the component is noted once."""
    spec = result.spec
    noted: set[str] = set()
    for _ in range(10):  # a copy may refer to another such component (a cycle of them stays as it is)
        foreign = [
            (holder, ref, target)
            for at, ref in references(spec)
            if isinstance(ref, str) and _is_foreign(ref)
            for holder, target in [(pointer_target(spec, at), pointer_target(spec, ref))]
            if isinstance(holder, dict) and isinstance(target, dict)  # one to no object is left as it is
        ]
        if not foreign:
            return
        for holder, ref, target in foreign:
            siblings = {k: v for k, v in holder.items() if k != "$ref"}
            holder.clear()
            holder.update({**copy.deepcopy(target), **siblings})
            if ref not in noted:
                noted.add(ref)
                result.changes.append(
                    f"$ref {ref}: not a kind of component OpenAPI 3.0 and 3.1 define; replaced by a copy of it"
                )


def _is_foreign(ref: str) -> bool:
    parts = pointer_parts(ref) if ref.startswith("#") else []
    return len(parts) >= 2 and parts[0] == "components" and parts[1] not in COMPONENT_SECTIONS


COMPONENT_KINDS = {"parameters": "parameters", "responses": "responses", "requestBody": "requestBodies"}
"""Where a ``$ref`` target is hoisted to, by the key it sits under (anything else is a schema)."""


def _component_of(parts: list[str]) -> str:
    if len(parts) >= 2 and parts[-2] in ("parameters", "responses"):
        return COMPONENT_KINDS[parts[-2]]
    if parts and parts[-1] == "requestBody":
        return "requestBodies"
    return "schemas"


NAME_NOISE = frozenset({"components", "schemas", "properties", "content", "schema", "paths", "items"})


def _derived_name(parts: list[str]) -> str:
    """``ThingKind`` for ``components/schemas/Thing/properties/kind``, ``VOneOf0`` for ``V/oneOf/0``."""
    words = [w for part in parts if part not in NAME_NOISE for w in re.findall(r"[A-Za-z0-9]+", part)]
    return "".join(w[:1].upper() + w[1:] for w in words) or "Hoisted"


def hoist_deep_references(result: Normalised) -> None:
    """A ``$ref`` into a part of something (``#/components/schemas/Thing/properties/kind``,
    ``#/components/schemas/V/oneOf/0``, a parameter of another operation) is one openapi-python-client
    cannot follow: the part is moved into components under a derived unique name
    (``ThingKind``), and both the place it was and every ``$ref`` to it point there."""
    spec = result.spec
    for _ in range(100):  # one target per round: hoisting moves what deeper pointers go through
        deep = sorted(
            {ref for _, ref in references(spec) if isinstance(ref, str) and _is_deep(ref)},
            key=lambda ref: (len(pointer_parts(ref)), ref),
        )
        if not deep:
            return
        ref = deep[0]
        parts = pointer_parts(ref)
        target = pointer_target(spec, ref)
        if target is MISSING:
            return  # reading checked every $ref; nothing sensible to do with one that broke since
        new = hoist(spec, parts, _component_of(parts), _derived_name(parts))
        result.changes.append(f"$ref {ref} points into a part of another element: moved it to {new}")


def _is_deep(ref: str) -> bool:
    parts = pointer_parts(ref) if ref.startswith("#") else []
    return bool(parts) and not (len(parts) == 3 and parts[0] == "components")


def unresolved_property_types(result: Normalised) -> None:
    """One warning line for each property whose ``$ref`` named nothing (``load.unknown_property_types``
    took it out): the field is typed as any value; and for each property named ``$ref``
    (``load.properties_named_ref`` took it out)."""
    for where, node in every_node(result.spec, "#"):
        ref = node.get(UNRESOLVED)
        if isinstance(ref, str) and not is_data(where):
            result.changes.append(
                f"warning: {where}: $ref {ref!r} names nothing in the description: read as a value of any type"
            )
        if isinstance(node.get(LEFT_OUT), list) and not is_data(where):
            result.changes.append(
                f"warning: {where}: its property named $ref is read as a reference by every OpenAPI tool: "
                "left out (its value arrives among the undeclared keys)"
            )


ALIAS_KEYS = frozenset({"$ref", "description"})


def schema_aliases(result: Normalised) -> None:
    """A schema component that is only a ``$ref`` to a titled one (Hetzner's
    ``change_algorithm_request: {$ref: load_balancer_algorithm}``, titled ``LoadBalancerAlgorithm``)
    makes openapi-python-client build the target's class twice, under the title, and refuse the
    second: references to it lead to its target, and it is left out (noted). So does one whose name
    gives its target's class name (MoySklad's 348 ``Demand: {$ref: demand}``: the two classes were
    settled against each other round after round, and 1011 of 1141 operations dropped). One to an
    untitled schema of another class name makes a class of its own name, and is left as it is."""
    schemas = (result.spec.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    prefix = "#/components/schemas/"
    aliases = {
        prefix + escape(str(key)): node["$ref"]
        for key, node in schemas.items()
        if isinstance(node, dict)
        and set(node) <= ALIAS_KEYS
        and (_titled(result.spec, node.get("$ref")) or _one_class(str(key), node.get("$ref")))
    }
    if not aliases:
        return

    def target(ref: str) -> str:
        seen = {ref}
        while ref in aliases and aliases[ref] not in seen:
            ref = aliases[ref]
            seen.add(ref)
        return ref

    for ref in aliases:
        if target(ref) in aliases:  # a cycle of aliases names nothing: left as it is
            continue
        del schemas[pointer_parts(ref)[-1]]
        result.changes.append(f"{ref}: only a reference to {target(ref)}: references to it lead there")
    for where, node in every_node(result.spec, "#"):
        given = node.get("$ref")
        if isinstance(given, str) and given in aliases and target(given) not in aliases and not is_data(where):
            node["$ref"] = target(given)


def _one_class(key: str, ref: Any) -> bool:
    """Whether the component ``key`` and the schema component ``ref`` leads to give one class name."""
    prefix = "#/components/schemas/"
    if not isinstance(ref, str) or not ref.startswith(prefix):
        return False
    target = pointer_parts(ref)[-1]
    return target != key and pascal_case(target) == pascal_case(key)


def _titled(spec: dict[str, Any], ref: Any) -> bool:
    """Whether ``ref`` leads to a schema component with a ``title``."""
    prefix = "#/components/schemas/"
    target = pointer_target(spec, ref) if isinstance(ref, str) and ref.startswith(prefix) else None
    return isinstance(target, dict) and isinstance(target.get("title"), str)
