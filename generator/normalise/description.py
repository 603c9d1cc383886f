"""The description as the passes see it: the copy being normalised with its notes, and the ways
the passes walk it.

Every pass takes a ``Normalised`` and changes its ``spec`` in place, appending a line to
``changes`` for each thing it settles (``generate`` prints them: nothing is settled silently).
The walks here are shared so that every pass reads the description alike: its operations, their
answers and request bodies (and the shared ones of ``components``), its schema nodes
(``every_node``, with a JSON pointer, skipping none), what is data rather than a schema
(``is_data``), and ``$ref``s followed to what they name."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.load import MISSING, pointer_parts, pointer_target

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass
class Normalised:
    """The copy of the description being normalised, and one line for each thing settled in it
    (printed by ``generate``, in the order settled)."""

    spec: dict[str, Any]
    changes: list[str] = field(default_factory=list)


def note_many(result: Normalised, what: str, places: list[str]) -> None:
    """One line for a change made in many places: what was done, the first place, and how many
    more (Argo's 625 titles are one line, not 625)."""
    if places:
        more = f", and {len(places) - 1} more" if len(places) > 1 else ""
        result.changes.append(f"{what} ({places[0]}{more})")


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every operation of the description: (path, method, operation)."""
    for path, item in (spec.get("paths") or {}).items():
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    yield path, method, op


def responses_of(op: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """An operation's responses: (status, response), none where they are not a mapping."""
    responses = op.get("responses")
    return iter(responses.items()) if isinstance(responses, dict) else iter(())


def answers(spec: dict[str, Any]) -> list[tuple[str, str | None, Any]]:
    """Every response the description declares, with where it is and, for an operation's, its
    status: the operations' own, then ``components/responses``."""
    components = spec.get("components") or {}
    return [
        *((f"{m.upper()} {p} {s}", str(s), r) for p, m, op in operations(spec) for s, r in responses_of(op)),
        *((f"components/responses/{n}", None, r) for n, r in (components.get("responses") or {}).items()),
    ]


def request_bodies(spec: dict[str, Any], suffix: str = "") -> list[tuple[str, Any]]:
    """Every request body, with where it is declared: an operation's (``POST /things`` and
    ``suffix``), then ``components/requestBodies`` (where a ``$ref`` leads)."""
    shared = (spec.get("components") or {}).get("requestBodies") or {}
    return [
        *((f"{m.upper()} {p}{suffix}", op.get("requestBody")) for p, m, op in operations(spec)),
        *((f"components/requestBodies/{n}", body) for n, body in shared.items()),
    ]


def escape(part: str) -> str:
    """A key as a JSON pointer writes it (RFC 6901: ``~`` as ``~0``, ``/`` as ``~1``)."""
    return part.replace("~", "~0").replace("/", "~1")


def pointer(parts: list[str]) -> str:
    """The ``$ref`` of the node at ``parts`` (``#/components/schemas/Thing``)."""
    return "#" + "".join(f"/{escape(p)}" for p in parts)


def is_model(node: dict[str, Any]) -> bool:
    """Whether openapi-python-client makes a model of ``node``: an object, or an ``allOf``."""
    kind = node.get("type")
    return kind == "object" or (isinstance(kind, list) and "object" in kind) or "properties" in node or "allOf" in node


def is_array(node: Any) -> bool:
    """Whether a schema is an array: ``type: array``, or OpenAPI 3.1's list of types naming it."""
    kind = node.get("type") if isinstance(node, Mapping) else None
    return kind == "array" or (isinstance(kind, list) and "array" in kind)


def allows_null(node: Any) -> bool:
    """Whether a schema allows null by its own keywords: OpenAPI 3.0's ``nullable: true``, or 3.1's
    list of types naming ``null``."""
    kind = node.get("type") if isinstance(node, Mapping) else None
    return isinstance(node, Mapping) and (node.get("nullable") is True or (isinstance(kind, list) and "null" in kind))


def component_name(ref: Any) -> str | None:
    """The name of the component schema ``ref`` points at (``#/components/schemas/<name>``), or None."""
    parts = pointer_parts(ref) if isinstance(ref, str) and ref.startswith("#") else []
    return parts[2] if len(parts) == 3 and parts[:2] == ["components", "schemas"] else None


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """``node`` with its ``$ref``s followed (a cycle stops where it repeats); None where one names nothing."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        node = pointer_target(spec, node["$ref"])
    return None if node is MISSING else node


EXAMPLE_PLACE = re.compile(r"(?<!/properties)/examples?(?=/|$)")
"""An ``example`` or ``examples`` in a node's place, but for a property of that name: a property
named ``exampleIndex`` (Svix's) or ``example`` is a schema like any other."""


def is_data(where: str) -> bool:
    """Whether the node at ``where`` is data rather than a schema: inside an example (``example``,
    ``examples``, ``#/components/examples``) or an extension at the top (``#/x-...``)."""
    return EXAMPLE_PLACE.search(where) is not None or where.startswith("#/x-")


def every_node(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping below ``node`` and itself, outermost first, with its place (``#/paths/...``):
    schemas and everything else, so a pass skips data itself (``is_data``)."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from every_node(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from every_node(value, f"{where}/{i}")


UNIONS = ("anyOf", "oneOf")


def every_union(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], list[Any]]]:
    """Every union of the description's schemas, data left out: (the holder's place, ``anyOf`` or
    ``oneOf``, the holder, its members), each read when reached, so a pass may replace one."""
    for where, node in every_node(spec, "#"):
        if is_data(where):
            continue
        for key in UNIONS:
            members = node.get(key)
            if isinstance(members, list):
                yield where, key, node, members
