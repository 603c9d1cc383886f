"""Records for every resource that pages, shaped by the description's tables: nested objects,
arrays of objects, timestamps, dates and decimals, as a server sends them (JSON values)."""

from __future__ import annotations

from typing import Any

from aiwyn_client._schemas import TABLES, Column


def _value(column: Column, i: int) -> Any:
    kind = column.data_type
    if column.path == ("id",):
        return i
    return {
        "bigint": i * 10,
        "double": i + 0.5,
        "decimal": round(i * 12.34, 2),
        "bool": i % 2 == 0,
        "timestamp": f"2024-01-{1 + i % 28:02d}T10:{i % 60:02d}:00Z",
        "date": f"2024-02-{1 + i % 28:02d}",
        "json": {"note": f"n{i}", "tags": ["a", "b"]},
    }.get(kind, f"{column.path[-1]} {i}")


def _put(record: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for key in path[:-1]:
        record = record.setdefault(key, {})
    record[path[-1]] = value


def record(resource: str, i: int, items: int = 2) -> dict[str, Any]:
    table = TABLES[resource]
    result: dict[str, Any] = {}
    for column in table.columns:
        _put(result, column.path, _value(column, i))
    for child in table.children:
        children = []
        for n in range(items):
            item: dict[str, Any] = {}
            for column in child.columns:
                _put(item, column.path, _value(column, i * 100 + n) if column.path != ("id",) else i * 100 + n)
            children.append(item)
        _put(result, child.path, children)
    return result


def records(resource: str, count: int, items: int = 2) -> list[dict[str, Any]]:
    return [record(resource, i, items) for i in range(1, count + 1)]
