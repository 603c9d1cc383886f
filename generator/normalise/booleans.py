"""Boolean schemas (OpenAPI 3.1, JSON Schema 2020-12): ``true`` allows any value and ``false``
none, wherever a schema goes. openapi-python-client reads a boolean only as
``additionalProperties`` and refuses the whole description for any other ("Input should be a
valid dictionary or instance of Schema"): utoipa writes a Rust tuple ``(String, String)`` as
``prefixItems`` beside ``items: false`` (Meilisearch's index swaps). ``true`` is ``{}``; a
``false`` is settled where it sits: ``items: false`` beside ``prefixItems`` is items of the
prefix's kinds (an array of exactly those), a property or union member that can hold nothing is
left out, and a ``false`` under any other keyword is the keyword left out."""

from __future__ import annotations

from typing import Any

from generator.normalise.description import Normalised, is_data, note_many

ONE = ("items", "not", "contains", "if", "then", "else", "propertyNames", "unevaluatedItems", "additionalItems")
"""Keywords whose value is one schema (``additionalProperties`` and ``unevaluatedProperties``,
which openapi-python-client reads as booleans, are left as they are)."""
MANY = ("allOf", "anyOf", "oneOf", "prefixItems")
"""Keywords whose value is a list of schemas."""
NAMED = ("properties", "patternProperties", "$defs", "dependentSchemas")
"""Keywords whose value maps names to schemas."""


def boolean_schemas(result: Normalised) -> None:
    """Every boolean schema of the description's schemas (components' and inline) settled as the
    module says, one line for all of them."""
    settled: list[str] = []
    components = result.spec.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if isinstance(schemas, dict):
        for name, schema in list(schemas.items()):
            if isinstance(schema, bool):
                schemas[name] = {} if schema else {"not": {}}
                settled.append(f"#/components/schemas/{name}")
    _walk(result.spec, "#", settled)
    note_many(result, "boolean schemas are read as the objects they mean", settled)


def _walk(node: Any, where: str, settled: list[str], names_schemas: bool = False) -> None:
    """Settle the booleans below ``node``; ``names_schemas``: ``node`` maps names to schemas (a
    ``properties``), so its keys are names, not keywords (a property may be named ``items``)."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            _walk(item, f"{where}/{i}", settled)
        return
    if not isinstance(node, dict) or is_data(where):
        return
    if names_schemas:
        for name, schema in node.items():
            _walk(schema, f"{where}/{name}", settled)
        return
    for key in ONE:
        value = node.get(key)
        if isinstance(value, bool):
            settled.append(f"{where}/{key}")
            if value:
                node[key] = {}
            elif key == "items" and isinstance(node.get("prefixItems"), list) and node["prefixItems"]:
                node[key] = _one_of_each(node["prefixItems"])
            else:
                del node[key]
    for key in MANY:
        members = node.get(key)
        if isinstance(members, list) and any(isinstance(m, bool) for m in members):
            settled.append(f"{where}/{key}")
            node[key] = [{} if m is True else m for m in members if m is not False]
    for key in NAMED:
        named = node.get(key)
        if isinstance(named, dict) and any(isinstance(v, bool) for v in named.values()):
            settled.append(f"{where}/{key}")
            node[key] = {name: {} if v is True else v for name, v in named.items() if v is not False}
    for key, value in node.items():
        _walk(value, f"{where}/{key}", settled, names_schemas=key in NAMED)


def _one_of_each(prefix: list[Any]) -> Any:
    """Items of a tuple's kinds: the one schema all its places share, or any of them."""
    kinds = [{} if item is True else item for item in prefix if item is not False]
    if all(kind == kinds[0] for kind in kinds):
        return kinds[0] if kinds else {}
    return {"anyOf": kinds}
