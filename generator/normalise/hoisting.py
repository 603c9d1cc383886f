"""Moving a part of the description into components, which several passes and the settling of
clashes do.

openapi-python-client names an inline schema's class after the place it sits in, and reads some
places twice or not at all; a component is read once, under its own name. ``hoist`` moves a node
into ``components/<kind>`` under a free name, and points the place it was, and every ``$ref``
into it, at the new one, so the description still says the same."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from generator.load import pointer_parts, pointer_target
from generator.normalise.description import escape, pointer


def hoist(spec: dict[str, Any], parts: list[str], kind: str, base: str, taken: frozenset[str] = frozenset()) -> str:
    """Move the node at ``parts`` into ``components/<kind>`` under ``base`` (numbered if that or a
    name in ``taken`` is used); the place it was and every ``$ref`` into it point there. Returns
    the new ``$ref``."""
    ref = pointer(parts)
    section = spec.setdefault("components", {}).setdefault(kind, {})
    name, n = base, 2
    while name in section or name in taken:
        name, n = f"{base}{n}", n + 1
    section[name] = copy.deepcopy(pointer_target(spec, ref))
    new = f"#/components/{kind}/{escape(name)}"
    parent = pointer_target(spec, pointer(parts[:-1]))
    key: Any = int(parts[-1]) if isinstance(parent, list) else parts[-1]
    parent[key] = {"$ref": new}
    for node in _ref_holders(spec):
        old = node["$ref"]
        if "%" in old and old.startswith("#"):  # `%7Bid%7D` is `{id}` (RFC 6901, section 6): compared by parts
            old_parts = pointer_parts(old)
            if old_parts[: len(parts)] == parts:
                node["$ref"] = new + pointer(old_parts[len(parts) :])[1:]
        elif old == ref:
            node["$ref"] = new
        elif old.startswith(ref + "/"):
            node["$ref"] = new + old[len(ref) :]
    return new


def _ref_holders(node: Any) -> Iterator[dict[str, Any]]:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            if isinstance(current.get("$ref"), str):
                yield current
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
