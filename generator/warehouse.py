"""The warehouse tables of ``aiwyn sync``, read from the description: rendered into ``_schemas.py``.

One table per resource that pages (by the method ``_catalog.paged_methods`` puts first: its search
when it has one), one column per property of the records it pages through, typed from the
property's schema, nullable unless the property is required and its type admits no null.

Column names follow one rule, stable across runs and descriptions: the API name in snake_case
(dlt's own normalisation: ``partnerStaffId`` -> ``partner_staff_id``); where several properties of
one entity give the same name, the property already spelled that way keeps it, the others take
``_2``, ``_3``, ... in the order the description lists them (``partner_staff_id`` and
``partnerStaffId`` -> ``partner_staff_id`` and ``partner_staff_id_2``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator.spec import SpecIndex

NESTED = "json"


@dataclass(frozen=True)
class Column:
    api_name: str
    name: str
    data_type: str
    """A dlt data type: text, bigint, double, decimal, bool, timestamp, date or json."""
    nullable: bool


@dataclass(frozen=True)
class Table:
    resource: str
    method: str
    schema: str | None
    columns: tuple[Column, ...]


def snake_case(name: str) -> str:
    """dlt's snake_case of an identifier, for the names we choose before dlt sees them."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name)
    name = re.sub(r"[^a-zA-Z0-9_]+", "_", name).lower()
    name = re.sub(r"_+", "_", name).strip("_") or "_"
    return f"_{name}" if name[0].isdigit() else name


def column_names(api_names: Sequence[str], taken: Iterable[str] = ()) -> dict[str, str]:
    """Each API name's column name, by the module's rule (``taken`` names are already used)."""
    used = set(taken)
    result: dict[str, str] = {}
    # Properties already spelled as their column go first, so they keep the plain name.
    ordered = sorted(api_names, key=lambda n: snake_case(n) != n)
    for api_name in ordered:
        base = snake_case(api_name)
        name, n = base, 1
        while name in used:
            n += 1
            name = f"{base}_{n}"
        used.add(name)
        result[api_name] = name
    return {api_name: result[api_name] for api_name in api_names}


def _types(schema: Mapping[str, Any]) -> tuple[list[str], bool]:
    kind = schema.get("type")
    types = list(kind) if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
    nullable = "null" in types or bool(schema.get("nullable"))
    return [t for t in types if t != "null"], nullable


def data_type(index: SpecIndex, prop: Any) -> tuple[str, bool]:
    """A property's dlt data type, and whether its schema admits null."""
    nullable = False
    if isinstance(prop, Mapping):
        for key in ("anyOf", "oneOf"):
            parts = prop.get(key)
            if isinstance(parts, list) and any(isinstance(p, Mapping) and p.get("type") == "null" for p in parts):
                nullable = True
    schema = index.resolve(index.non_null(prop))
    if not isinstance(schema, Mapping):
        return NESTED, True
    types, null = _types(schema)
    nullable = nullable or null
    if len(types) != 1:
        return ("text" if not types and "enum" in schema else NESTED), nullable
    kind, fmt = types[0], schema.get("format")
    if kind == "string":
        return {"date-time": "timestamp", "date": "date", "decimal": "decimal"}.get(str(fmt), "text"), nullable
    if kind == "number":
        return ("decimal" if fmt == "decimal" else "double"), nullable
    return {"integer": "bigint", "boolean": "bool"}.get(kind, NESTED), nullable


def _items_schema(index: SpecIndex, method: Any) -> Any:
    op = method.op
    shape = index.page_shape(op)
    if shape is None:
        return None
    codes = sorted(c for c in op.raw.get("responses", {}) if str(c).startswith("2"))
    node = index.resolve(index.non_null(index.json_body_schema(op.raw["responses"][codes[0]])))
    for key in shape.items_path:
        node = index.resolve(index.non_null(index.properties(node)[key]))
    return node.get("items") if isinstance(node, Mapping) else None


def table_of(index: SpecIndex, resource: str, method: Any) -> Table | None:
    items = _items_schema(index, method)
    if items is None:
        return None
    schema_name = items["$ref"].rsplit("/", 1)[1] if isinstance(items, Mapping) and "$ref" in items else None
    props = index.properties(items)
    resolved = index.resolve(index.non_null(items))
    required: set[str] = set()
    for part in [resolved, *(index.resolve(p) for p in resolved.get("allOf", ()))]:
        required.update(part.get("required") or ())
    names = column_names(list(props))
    columns = []
    for api_name, prop in props.items():
        kind, nullable = data_type(index, prop)
        columns.append(Column(api_name, names[api_name], kind, nullable or api_name not in required))
    return Table(resource, method.name, schema_name, tuple(columns))


def warehouse_tables(index: SpecIndex, resource_list: Iterable[Any]) -> list[Table]:
    """Every resource that pages, with its table (the paged method the catalog lists first)."""
    tables = []
    for resource in resource_list:
        paged = [m for m in resource.methods if m.paging]
        if not paged:
            continue
        method = sorted(paged, key=lambda m: m.op.kind != "search")[0]
        table = table_of(index, resource.name, method)
        if table is not None:
            tables.append(table)
    return tables
