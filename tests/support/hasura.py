"""A small Hasura: ``where`` expressions evaluated on records, as the API's search endpoints do."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any


def _compare(value: Any, op: str, operand: Any) -> bool:
    if op == "_is_null":
        return (value is None) is bool(operand)
    if value is None:
        return False  # SQL: a comparison with null is not true
    if op == "_eq":
        return bool(value == operand)
    if op == "_neq":
        return bool(value != operand)
    if op == "_in":
        return value in operand
    if op == "_nin":
        return value not in operand
    if op in ("_like", "_ilike"):
        pattern = "^" + re.escape(str(operand)).replace("%", ".*").replace("_", ".") + "$"
        return re.match(pattern, str(value), re.IGNORECASE if op == "_ilike" else 0) is not None
    try:
        return {"_gt": value > operand, "_gte": value >= operand, "_lt": value < operand, "_lte": value <= operand}[op]
    except TypeError:
        return False


def matches(record: Mapping[str, Any], where: Mapping[str, Any] | None) -> bool:
    if not where:
        return True
    for key, cond in where.items():
        if key == "_and":
            if not all(matches(record, c) for c in cond):
                return False
        elif key == "_or":
            if not any(matches(record, c) for c in cond):
                return False
        elif key == "_not":
            if matches(record, cond):
                return False
        elif isinstance(cond, Mapping) and cond and all(str(k).startswith("_") for k in cond):
            if not all(_compare(record.get(key), op, operand) for op, operand in cond.items()):
                return False
        else:  # a relationship: a nested expression on the related object
            related = record.get(key)
            if not isinstance(related, Mapping) or not matches(related, cond):
                return False
    return True
