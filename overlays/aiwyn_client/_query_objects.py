"""How objects go into a query or a form body: their keys at the top level, or in brackets.

openapi-python-client sends a query parameter whose schema is an object as its keys, each a
parameter of its own (``?status=paid&since=2024-01-01``: ``style: form`` with ``explode``,
OpenAPI's default). A description that says ``style: deepObject`` means them in brackets under the
parameter's name (``?filter[status]=paid&filter[since]=2024-01-01``, Apideck's ``filter``,
Lago's ``group``), and a server reading those ignores top-level keys and answers unfiltered. The
endpoint functions hand each object to ``query_object`` with the operation's name; the
operation's ``deep_objects`` (``_spec``, from the description) say which are sent in brackets.

A form body (``application/x-www-form-urlencoded``) is the same: httpx would send a nested object
or a list of objects as its Python ``repr``. ``form_fields`` sends a field its ``encoding`` says is
a deepObject in brackets (Stripe's ``address[city]=Paris``, ``items[0][price]=p_1``), and any
other object's keys at the top level, as OpenAPI's default ``style: form`` with ``explode`` does.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ._spec import OPERATIONS


def query_object(value: Any, name: str, operation: str) -> Any:
    """``value`` (an object parameter's JSON, a mapping) as the query keys it is sent as: as it is,
    or with every key in brackets under ``name`` (a nested object's under its own key too:
    ``filter[amount][gte]``) where the operation sends ``name`` as a deepObject."""
    info = OPERATIONS.get(operation)
    if info is None or name not in info.deep_objects or not isinstance(value, Mapping):
        return value
    return dict(_bracketed(name, value, lists=False))


def query_values(value: Any, name: str, operation: str) -> Any:
    """The query keys a parameter that may be an object or not (a union: Stripe's ``created``, a
    timestamp or ``{gt, lt}``) is sent as: ``query_object``'s for an object, else ``{name: value}``."""
    return query_object(value, name, operation) if isinstance(value, Mapping) else {name: value}


def form_fields(body: Mapping[str, Any], operation: str) -> dict[str, Any]:
    """A form body's fields as httpx sends them: scalars and lists of scalars as they are (a list
    repeats its key), a deepObject field's objects and lists in brackets under its name, and any
    other object's keys at the top level (their own objects in brackets under each key)."""
    info = OPERATIONS.get(operation)
    deep = info.deep_objects if info is not None else ()
    fields: dict[str, Any] = {}
    for name, value in body.items():
        if name in deep and isinstance(value, Mapping | list):
            fields.update(_bracketed(name, value))
        elif isinstance(value, Mapping):
            fields.update(_flat(value))
        elif _nested(value):
            fields.update(_bracketed(name, value))  # no other way to send a list of objects
        else:
            fields[name] = value
    return fields


def _flat(value: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    for key, item in value.items():
        if _nested(item):
            yield from _bracketed(str(key), item)
        else:
            yield str(key), item


def _nested(value: Any) -> bool:
    """An object, or a list holding one (or a list): what httpx would send as a ``repr``."""
    return isinstance(value, Mapping) or (
        isinstance(value, list) and any(isinstance(item, Mapping | list) for item in value)
    )


def _bracketed(prefix: str, value: Mapping[str, Any] | list[Any], lists: bool = True) -> Iterator[tuple[str, Any]]:
    """``value``'s leaves under ``prefix`` in brackets, at any depth: ``prefix[key]``, and with
    ``lists`` ``prefix[0]`` (a form body's); else a list is a value, its key repeated (a query's)."""
    items = value.items() if isinstance(value, Mapping) else enumerate(value)
    for key, item in items:
        if isinstance(item, Mapping) or (lists and isinstance(item, list)):
            yield from _bracketed(f"{prefix}[{key}]", item, lists)
        else:
            yield f"{prefix}[{key}]", item
