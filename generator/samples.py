"""Realistic documents made from the spec's schemas (varied values, optional nulls): for the benchmarks
and the differential tests, which share them."""

from __future__ import annotations

import datetime
import random
from collections.abc import Mapping
from typing import Any

from generator.spec import SpecIndex

WORDS = [
    "audit",
    "tax",
    "review",
    "quarterly",
    "annual",
    "advisory",
    "payroll",
    "consolidation",
    "engagement",
    "reconciliation",
    "acme",
    "northwind",
    "contoso",
    "fabrikam",
    "globex",
    "initech",
    "umbrella",
    "stark",
    "wayne",
    "tyrell",
    "cyberdyne",
]
EPOCH = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)


class RecordMaker:
    """Values for one schema; deterministic for a seed."""

    def __init__(self, index: SpecIndex, seed: int = 7, null_rate: float = 0.1) -> None:
        self.index, self.null_rate = index, null_rate
        self.random = random.Random(seed)  # noqa: S311 - sample data, reproducible by seed

    def value(self, schema: Any, name: str = "", depth: int = 0) -> Any:
        schema = self.index.resolve(schema)
        if not isinstance(schema, Mapping):
            return None
        branches = [
            b for b in schema.get("oneOf", schema.get("anyOf", ())) if self.index.resolve(b).get("type") != "null"
        ]
        nullable = "null" in (schema.get("type") or []) or len(branches) != len(
            schema.get("oneOf", schema.get("anyOf", ()))
        )
        if nullable and self.random.random() < self.null_rate:
            return None
        if branches:
            return self.value(branches[0], name, depth)
        if "enum" in schema:
            return self.random.choice(schema["enum"])
        kind = schema.get("type", "object")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "string")
        if kind == "object" or "allOf" in schema:
            if depth > 3:
                return {}
            return {key: self.value(prop, key, depth + 1) for key, prop in self.index.properties(schema).items()}
        if kind == "array":
            return [self.value(schema.get("items", {}), name, depth + 1) for _ in range(self.random.randint(1, 3))]
        if kind == "integer":
            return self.random.randint(1, 10_000_000)
        if kind == "number":
            return round(self.random.uniform(0, 100_000), 2)
        if kind == "boolean":
            return self.random.random() < 0.7
        fmt = schema.get("format")
        if fmt == "date-time":
            return (EPOCH + datetime.timedelta(seconds=self.random.randint(0, 150_000_000))).isoformat()
        if fmt == "date":
            return (EPOCH + datetime.timedelta(days=self.random.randint(0, 1800))).date().isoformat()
        if fmt == "uri":
            return f"https://hooks.example.com/{self.random.choice(WORDS)}/{self.random.randint(1, 999)}"
        words = self.random.randint(1, 4)
        return " ".join(self.random.choice(WORDS).title() for _ in range(words))


def list_page(index: SpecIndex, response_schema: Any, records: int, seed: int = 7) -> dict[str, Any]:
    """A list operation's response: ``records`` items in its array, and a total if it has one."""
    maker = RecordMaker(index, seed)
    props = index.properties(response_schema)
    page: dict[str, Any] = {}
    for key, prop in props.items():
        resolved = index.resolve(prop)
        if resolved.get("type") == "array":
            page[key] = [maker.value(resolved["items"], key, 1) for _ in range(records)]
        elif key == "total":
            page[key] = {"aggregate": {"count": records}}
        else:
            page[key] = maker.value(prop, key, 1)
    return page
