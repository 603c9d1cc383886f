"""The warehouse tables of ``aiwyn sync``, read from the description: rendered into ``_schemas.py``.

One table per resource that pages (by the method ``_catalog.paged_methods`` puts first: its search
when it has one), one column per property of the records it pages through, typed from the
property's schema. Every column takes nulls but the key: servers leave out and null what their
descriptions require, which the client decodes as None, and one such record must not fail a load.

Column names follow one rule (``aiwyn_client._columns``, which the dlt source names undeclared keys
with at run time), stable across runs and descriptions: the API name in snake_case
(dlt's own normalisation: ``partnerStaffId`` -> ``partner_staff_id``); a nested object's
properties are columns of their own, named by their path joined with ``__``
(``draftInvoice.subtotal`` -> ``draft_invoice__subtotal``), down to three levels; arrays,
free-form objects and unions are one JSON column each, except an array of objects at the top of
a record, which is a child table ``<resource>__<name>`` (``invoices__line_items``), its columns
typed the same way. Where several properties of one entity
give the same name, the property already spelled that way keeps it, the others take ``_2``,
``_3``, ... in the order the description lists them (``partner_staff_id`` and ``partnerStaffId``
-> ``partner_staff_id`` and ``partner_staff_id_2``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from generator.spec import SpecIndex

NESTED = "json"


@dataclass(frozen=True)
class Column:
    path: tuple[str, ...]
    """Where the value sits in a record: its key, then the keys inside a nested object."""
    name: str
    data_type: str
    """A dlt data type: text, bigint, double, decimal, bool, timestamp, date or json."""


@dataclass(frozen=True)
class Child:
    """An array of objects in the records: a child table ``<resource>__<name>``, one row per item."""

    path: tuple[str, ...]
    name: str
    columns: tuple[Column, ...]


@dataclass(frozen=True)
class Table:
    resource: str
    method: str
    schema: str | None
    columns: tuple[Column, ...]
    children: tuple[Child, ...] = ()


class NamingRule(Protocol):
    """The column naming rule: the runtime's ``_columns`` module (``Settings.overlay_module``),
    which names the keys the description does not declare at run time by the same rule."""

    def flat_name(self, path: Sequence[str]) -> str: ...

    def unique(self, base: str, used: set[str]) -> str: ...


def column_names(paths: Sequence[tuple[str, ...]], rule: NamingRule) -> dict[tuple[str, ...], str]:
    """Each property path's column name, by the module's rule."""
    used: set[str] = set()
    # Properties already spelled as their column go first, so they keep the plain name.
    ordered = sorted(paths, key=lambda p: "__".join(p) != rule.flat_name(p))
    result = {path: rule.unique(rule.flat_name(path), used) for path in ordered}
    return {path: result[path] for path in paths}


def _types(schema: Mapping[str, Any]) -> list[str]:
    """The schema's types, null left out."""
    kind = schema.get("type")
    types = list(kind) if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
    return [t for t in types if t != "null"]


def data_type(index: SpecIndex, prop: Any) -> str:
    """A property's dlt data type."""
    schema = index.resolve(index.non_null(prop))
    if not isinstance(schema, Mapping):
        return NESTED
    types = _types(schema)
    if len(types) != 1:
        return "text" if not types and "enum" in schema else NESTED
    kind, fmt = types[0], schema.get("format")
    if kind == "string":
        return {"date-time": "timestamp", "date": "date", "decimal": "decimal"}.get(str(fmt), "text")
    if kind == "number":
        return "decimal" if fmt == "decimal" else "double"
    return {"integer": "bigint", "boolean": "bool"}.get(kind, NESTED)


def _items_schema(index: SpecIndex, method: Any) -> Any:
    op = method.op
    shape = index.page_shape(op)
    if shape is None:
        return None
    node = index.resolve(index.non_null(index.json_body_schema(op.raw["responses"][op.success_status])))
    for key in shape.items_path:
        node = index.resolve(index.non_null(index.properties(node)[key]))
    return node.get("items") if isinstance(node, Mapping) else None


FLATTEN_DEPTH = 3
"""Nested objects are columns down to this depth (``draft_invoice__subtotal``); deeper, JSON."""


def _is_object(index: SpecIndex, prop: Any) -> bool:
    """An object with declared properties: flattened into columns (arrays and free-form objects are JSON)."""
    schema = index.resolve(index.non_null(prop))
    if not isinstance(schema, Mapping) or any(k in schema for k in ("oneOf", "anyOf")):
        return False
    return _types(schema) in ([], ["object"]) and bool(index.properties(schema))


def _object_items(index: SpecIndex, prop: Any) -> Any:
    """The items of an array of objects with declared properties (a child table), else None."""
    schema = index.resolve(index.non_null(prop))
    if not isinstance(schema, Mapping) or _types(schema) != ["array"]:
        return None
    items = schema.get("items")
    return items if items is not None and _is_object(index, items) else None


def _columns(
    index: SpecIndex, schema: Any, prefix: tuple[str, ...], seen: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], str]]:
    for api_name, prop in index.properties(schema).items():
        path = (*prefix, api_name)
        kind = data_type(index, prop)
        ref = prop.get("$ref") if isinstance(prop, Mapping) else None
        ref = (
            ref or next((p["$ref"] for p in (prop.get("anyOf") or ()) if isinstance(p, Mapping) and "$ref" in p), None)
            if isinstance(prop, Mapping)
            else None
        )
        if len(path) < FLATTEN_DEPTH and _is_object(index, prop) and ref not in seen:
            yield from _columns(index, prop, path, (*seen, *([ref] if ref else [])))
        elif not seen[1:] and not prefix and _object_items(index, prop) is not None:
            yield path, "array"  # a child table (arrays of the top level only)
        else:
            yield path, kind


def table_of(index: SpecIndex, resource: str, method: Any, rule: NamingRule) -> Table | None:
    items = _items_schema(index, method)
    if items is None:
        return None
    schema_name = items["$ref"].rsplit("/", 1)[1] if isinstance(items, Mapping) and "$ref" in items else None
    seen = (items.get("$ref", ""),) if isinstance(items, Mapping) else ()
    found = list(_columns(index, items, (), seen))
    names = column_names([path for path, _ in found], rule)
    columns = tuple(Column(path, names[path], kind) for path, kind in found if kind != "array")
    children = []
    for path, kind in found:
        if kind == "array":
            item_schema = _object_items(index, index.properties(items)[path[0]])
            ref = item_schema.get("$ref", "") if isinstance(item_schema, Mapping) else ""
            item_found = list(_columns(index, item_schema, (), (*seen, ref, "child")))
            item_names = column_names([p for p, _ in item_found], rule)
            item_columns = tuple(Column(p, item_names[p], k) for p, k in item_found)
            children.append(Child(path, names[path], item_columns))
    return Table(resource, method.name, schema_name, columns, tuple(children))


def warehouse_tables(index: SpecIndex, resource_list: Iterable[Any], rule: NamingRule) -> list[Table]:
    """Every resource that pages, with its table (the paged method the catalog lists first)."""
    tables = []
    for resource in resource_list:
        paged = [m for m in resource.methods if m.paging]
        if not paged:
            continue
        method = sorted(paged, key=lambda m: m.op.kind != "search")[0]
        table = table_of(index, resource.name, method, rule)
        if table is not None:
            tables.append(table)
    return tables
