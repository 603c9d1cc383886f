"""Minimal schema-valid values, built from the spec, for requests the docs give no example of."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.spec import SpecIndex

_FORMAT_SAMPLES = {"date-time": "2024-01-15T10:30:00Z", "date": "2024-01-15", "uri": "https://example.com/hook"}


def sample(index: SpecIndex, schema: Any) -> Any:
    """The documented example if any, else the smallest value satisfying ``schema``."""
    schema = index.resolve(schema)
    if not isinstance(schema, Mapping):
        return None
    if "example" in schema:
        return schema["example"]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return sample(index, schema[key][0])
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "allOf" in schema:
        required = set(schema.get("required", ()))
        for part in schema.get("allOf", ()):
            required |= set(index.resolve(part).get("required", ()))
        props = index.properties(schema)
        return {name: sample(index, props[name]) for name in sorted(required)}
    if kind == "array":
        return [sample(index, schema.get("items", {})) for _ in range(max(1, schema.get("minItems", 0)))]
    if kind == "string":
        return _FORMAT_SAMPLES.get(schema.get("format", ""), "x" * max(1, schema.get("minLength", 1)))
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    return None
