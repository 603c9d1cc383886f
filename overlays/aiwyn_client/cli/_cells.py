"""CSV cells typed as the record type's schema says: ``"12.5"`` sent as 12.5 where a field is a
number, ``"TRUE"`` as true where it is a boolean; every other cell stays the text it is (a zip
code ``"02134"`` of a string field keeps its zero).

JSON input is typed already; a CSV cell is text, and the Records API's record types say what each
field holds, at run time (``aiwyn record-types get TYPE``: ``fields`` of ``name`` and ``type``).
The operation that answers it is found by structure, not by name: a ``get`` under the batch
write's tag whose one path parameter is the record's ``type``. Each type is asked for once; a type
the API does not know leaves its cells as they are (the write then says what is wrong).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .. import _spec
from .._catalog import CATALOG, MethodInfo
from ..errors import AiwynError

if TYPE_CHECKING:
    from .. import Aiwyn

NUMBERS = ("number", "decimal", "float", "double", "currency", "money")
INTEGERS = ("integer", "int", "long")
BOOLEANS = ("boolean", "bool")

FieldTypes = Callable[[str], Mapping[str, str]]
"""A record type's name -> its fields' types by field name."""


def schema_getter(resource: str, method: str) -> tuple[str, str] | None:
    """The resource and method that answer a record type's schema, for a batch write's records."""
    tag = _spec.OPERATIONS[CATALOG[resource][method].operation].tag

    def answers(info: MethodInfo) -> bool:
        names = [name.rstrip("_") for name, _ in info.path_params]
        return (
            info.kind == "get" and not info.binary and names == ["type"] and _spec.OPERATIONS[info.operation].tag == tag
        )

    return next(((r, m) for r, methods in CATALOG.items() for m, info in methods.items() if answers(info)), None)


def field_types(aiwyn: Aiwyn, resource: str, method: str) -> FieldTypes:
    """What each record type's fields hold, asked of the API once a type (nothing if it cannot say)."""
    from ._resources import shown_rows

    getter = schema_getter(resource, method)
    known: dict[str, dict[str, str]] = {}

    def of(record_type: str) -> Mapping[str, str]:
        if getter is None:
            return {}
        if record_type not in known:
            owner, name = getter
            try:
                answer = getattr(getattr(aiwyn, owner), name)(record_type)
            except AiwynError:
                answer = None
            schema = (shown_rows(answer, CATALOG[owner][name].shows) or [{}])[0]
            given = schema.get("fields")
            fields: list[Any] = given if isinstance(given, list) else []
            known[record_type] = {
                str(f["name"]): str(f["type"]).lower()
                for f in fields
                if isinstance(f, dict) and f.get("name") and f.get("type")
            }
        return known[record_type]

    return of


def typed_cell(value: Any, kind: str) -> Any:
    """A CSV cell as its field's type holds it; the text as it is when it does not read as one."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if kind in BOOLEANS and text.lower() in ("true", "false"):
        return text.lower() == "true"
    if kind in INTEGERS or kind in NUMBERS:
        try:
            number = json.loads(text)
        except ValueError:
            return value
        if isinstance(number, int) and not isinstance(number, bool):
            return number
        if isinstance(number, float) and kind in NUMBERS:
            return number
    return value


def typed_record(record: Any, types: FieldTypes) -> Any:
    """A record read from CSV, its field values (one level in: ``attributes.amount``) typed by its type's schema."""
    if not isinstance(record, dict) or not isinstance(record.get("type"), str):
        return record
    fields = types(record["type"])
    if not fields:
        return record
    return {
        key: {name: typed_cell(v, fields[name]) if name in fields else v for name, v in value.items()}
        if isinstance(value, dict)
        else value
        for key, value in record.items()
    }
