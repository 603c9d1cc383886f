"""JSON documents for a description's schemas, as hypothesis strategies: valid ones, and invalid
ones, which hold exactly one value of a shape its schema cannot hold somewhere inside.

*Shapes* are what JSON has: objects, arrays and scalars (strings, numbers, booleans). A value's
shape is wrong where no branch of its schema takes that shape: an object or an array where the
schema has a string, number or boolean, a scalar or an array where it has an object, an object
or a scalar where it has an array. A null is never wrong (the client decodes a null the
description does not allow as None), nor is a scalar of another scalar type (``"7"`` for an
integer), which the client keeps as it came (README, "What raises what").
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from hypothesis import strategies as st

from generator.spec import SpecIndex

MAX_DEPTH = 3
OBJECT, ARRAY, SCALAR = "object", "array", "scalar"
ANY = frozenset({OBJECT, ARRAY, SCALAR})

scalars = st.one_of(st.none(), st.booleans(), st.integers(-(10**6), 10**6), st.text(max_size=6))
extra_keys = st.text(alphabet="abcxyz", min_size=1, max_size=4).map(lambda k: f"extra_{k}")
datetimes = st.datetimes(
    min_value=datetime.datetime(1990, 1, 1),
    max_value=datetime.datetime(2100, 1, 1),
    timezones=st.sampled_from([datetime.timezone.utc, datetime.timezone(datetime.timedelta(hours=-5))]),
)
# One of each wrong shape, small: what a server sends where the schema has something else.
WRONG: dict[str, st.SearchStrategy[Any]] = {
    OBJECT: st.sampled_from([{}, {"": None}, {"id": 1}]) | st.dictionaries(st.text(max_size=3), scalars, max_size=2),
    ARRAY: st.sampled_from([[], [1, 2], ["a"], [None]]) | st.lists(scalars, max_size=2),
    SCALAR: st.one_of(st.booleans(), st.integers(-(10**6), 10**6), st.floats(allow_nan=False), st.text(max_size=6)),
}


class Documents:
    """Strategies for the schemas of one description (``SpecIndex``: our own, or any other)."""

    def __init__(self, index: SpecIndex) -> None:
        self.index = index

    # ------------------------------------------------------------------ valid
    def valid(self, schema: Any, depth: int = 0, complete: bool = False) -> st.SearchStrategy[Any]:
        """Documents for ``schema``; ``complete`` ones carry every declared field and no other key
        (the shape of most real responses, which the templates' fast path decodes)."""
        schema = self.index.resolve(schema)
        if not isinstance(schema, Mapping) or not schema:
            return scalars
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return st.one_of([self.valid(branch, depth, complete) for branch in schema[key]])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        kind = schema.get("type", "object")
        if isinstance(kind, list):
            return st.one_of([self.valid({**schema, "type": k}, depth, complete) for k in kind])
        if kind == "null":
            return st.none()
        if kind == "boolean":
            return st.booleans()
        if kind == "integer":
            return st.integers(schema.get("minimum", -(10**9)), schema.get("maximum", 10**9))
        if kind == "number":
            return st.floats(allow_nan=False, allow_infinity=False, width=32) | st.integers(-1000, 1000)
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "date-time":
                return datetimes.map(lambda d: d.isoformat())
            if fmt == "date":
                return st.dates().map(lambda d: d.isoformat())
            return st.text(max_size=8)
        if kind == "array":
            if depth >= MAX_DEPTH:
                return st.just([])
            return st.lists(self.valid(schema.get("items", {}), depth + 1, complete), max_size=3)
        props = self.index.properties(schema)
        required = self.required(schema)
        if depth >= MAX_DEPTH:
            return st.fixed_dictionaries({k: self.valid(props[k], MAX_DEPTH + 1) for k in sorted(required)})
        if complete:
            return st.fixed_dictionaries({k: self.valid(v, depth + 1, complete) for k, v in props.items()})
        base = st.fixed_dictionaries(
            {k: self.valid(props[k], depth + 1) for k in sorted(required)},
            optional={k: self.valid(v, depth + 1) for k, v in props.items() if k not in required},
        )
        if schema.get("additionalProperties", True) is False:
            return base
        extra_schema = schema.get("additionalProperties")
        values = self.valid(extra_schema, depth + 1) if isinstance(extra_schema, Mapping) else scalars
        extras = st.dictionaries(extra_keys, values, max_size=2)
        return st.tuples(base, extras).map(lambda pair: {**pair[1], **pair[0]})

    def required(self, schema: Any) -> set[str]:
        schema = self.index.resolve(self.index.non_null(schema))
        required = set(schema.get("required", ()))
        for part in schema.get("allOf", ()):
            required |= self.required(part)
        return required

    # ------------------------------------------------------------------ shapes
    def shapes(self, schema: Any, seen: frozenset[str] = frozenset()) -> frozenset[str]:
        """The shapes some branch of ``schema`` takes (a null aside)."""
        if isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
            if schema["$ref"] in seen:
                return ANY
            seen = seen | {schema["$ref"]}
        schema = self.index.resolve(schema)
        if not isinstance(schema, Mapping) or not schema:
            return ANY
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return frozenset().union(*(self.shapes(branch, seen) for branch in schema[key]))
        if "allOf" in schema or "properties" in schema:
            return frozenset({OBJECT})
        if "enum" in schema or "const" in schema:
            return frozenset({SCALAR})
        kind = schema.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        found: set[str] = set()
        for k in kinds:
            if k in ("string", "integer", "number", "boolean"):
                found.add(SCALAR)
            elif k in ("object", "array"):
                found.add(k)
            elif k is None:
                return ANY
        return frozenset(found)

    def wrong(self, schema: Any) -> st.SearchStrategy[Any] | None:
        """Values of a shape no branch of ``schema`` takes, or None when it takes every shape."""
        missing = sorted(ANY - self.shapes(schema))
        return st.one_of([WRONG[shape] for shape in missing]) if missing else None

    # ------------------------------------------------------------------ invalid
    def invalid(
        self, schema: Any, depth: int = 0, fixed: Mapping[str, Any] | None = None
    ) -> st.SearchStrategy[Any] | None:
        """Documents for ``schema`` that are valid but for one value of a wrong shape, at this
        level or below; None when nothing in it can be of a wrong shape. ``fixed``: keys of the
        top-level object given these values and never broken (an envelope's ``error``)."""
        here = self.wrong(schema)
        below = self._invalid_inside(schema, depth, fixed or {}) if depth < MAX_DEPTH else None
        options = [s for s in (below, below, here) if s is not None]  # mostly inside: more places to break
        return st.one_of(options) if options else None

    def _invalid_inside(self, schema: Any, depth: int, fixed: Mapping[str, Any]) -> st.SearchStrategy[Any] | None:
        resolved = self.index.resolve(self.index.non_null(self.index.resolve(schema)))
        if not isinstance(resolved, Mapping) or any(k in resolved for k in ("oneOf", "anyOf")):
            return None  # inside a union of several schemas, a wrong value for one may fit another
        if self.shapes(resolved) == frozenset({ARRAY}):
            item = self.invalid(resolved.get("items", {}), depth + 1)
            if item is None:
                return None
            rest = st.lists(self.valid(resolved.get("items", {}), MAX_DEPTH), max_size=2)
            return st.tuples(rest, item, st.integers(0, 2)).map(lambda t: [*t[0][: t[2]], t[1], *t[0][t[2] :]])
        if self.shapes(resolved) != frozenset({OBJECT}):
            return None
        props = self.index.properties(resolved)
        broken = {k: s for k, v in props.items() if k not in fixed and (s := self.invalid(v, depth + 1)) is not None}
        if not broken:
            return None
        required = self.required(resolved)

        def document(key: str) -> st.SearchStrategy[dict[str, Any]]:
            others = {k: v for k, v in props.items() if k != key and k not in fixed}
            return st.fixed_dictionaries(
                {k: self.valid(others[k], MAX_DEPTH) for k in sorted(required) if k in others}
                | {k: st.just(v) for k, v in fixed.items()}
                | {key: broken[key]},
                optional={k: self.valid(v, MAX_DEPTH) for k, v in others.items() if k not in required},
            )

        return st.sampled_from(sorted(broken)).flatmap(document)
