"""Arrays openapi-python-client cannot read or write back: several array members of one union
(read as one array of their items, since its ``to_dict`` tells members apart by ``isinstance(value,
list)``) and an array without ``items`` (which takes items of any type instead of being dropped)."""

from __future__ import annotations

from typing import Any

from generator.normalise.description import Normalised, every_node, every_union, is_array, is_data


def array_members(result: Normalised) -> None:
    """A union with several array members (OpenAI's moderation input: ``oneOf: [string, array of
    strings, array of objects]``) is one openapi-python-client cannot write back: its ``to_dict``
    tells members apart with ``isinstance(value, list)``, so the second array is never reached
    and the first is given the other's items (mypy refuses it). The arrays become one member, an
    array of any of their items (which also takes a mix of them)."""
    for where, key, node, members in every_union(result.spec):
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


def arrays_without_items(result: Normalised) -> None:
    """An array without ``items`` (openapi-python-client: "type array must have items or
    prefixItems defined", which drops the schema or the operation) takes items of any type."""
    for where, node in every_node(result.spec, "#"):
        if not is_array(node) or "items" in node or "prefixItems" in node or is_data(where):
            continue
        node["items"] = {}
        result.changes.append(f"{where}: an array without items takes items of any type")
