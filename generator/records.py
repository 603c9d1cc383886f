"""A list's records named where the description names no schema at all.

A description dereferenced with its components removed (``redocly bundle --dereferenced
--remove-unused-components``, which Redocly can do for an API without recursive schemas) or
written with every schema inline has no component to name a list's records by, and the
generator finds a search's keyset key, its ``where`` fields and its warehouse table through
that name: such searches had no iterator and no ``Fields`` class. So in a description whose paths
refer to no component schema (``generator.relink.dereferenced``), the records of each list and
search (found by shape, ``SpecIndex.page_shape``) that are an inline object are moved into
components, named after their array in the singular (``clients``: ``Client``; ``staff``:
``Staff``), or after the path where the array has a generic name (``data`` of
``/event-subscriptions``: ``EventSubscription``), and every copy of them elsewhere (the same records
in another list, a get by id) refers to that component (``generator.relink.refer_copies``).
A description whose paths use ``$ref`` is left as it is: its inline records keep their names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openapi_python_client.strings import ClassName

from generator.method_names import singular
from generator.relink import dereferenced, refer_copies

if TYPE_CHECKING:
    from generator.spec import Operation, SpecIndex


def name_inline_records(index: SpecIndex) -> list[str]:
    """Move inline records into components (see the module); returns a note for each."""
    if not dereferenced(index.spec):
        return []
    components = index.spec.setdefault("components", {})
    schemas: dict[str, Any] = components.get("schemas") or {}
    notes: list[str] = []
    for op in index.operations:
        shape = index.page_shape(op) if op.kind in ("list", "search") else None
        if shape is None or shape.item_schema is not None:
            continue  # not a page, or its records are named already (a copy of ones named before)
        array = _records_array(index, op, shape.items_path)
        items = array.get("items")
        if not isinstance(items, dict) or "$ref" in items or not index.properties(items):
            continue
        word = _entity_word(op, shape.items_path[-1] if shape.items_path else "")
        name = base = str(ClassName(singular(word), prefix="Records"))
        n = 2
        while name in schemas:
            name, n = f"{base}{n}", n + 1
        schemas[name] = items
        components["schemas"] = schemas
        copies = refer_copies(index.spec, {name: items}, schemas)[name] - 1
        elsewhere = f" ({copies} {'copy' if copies == 1 else 'copies'} elsewhere, referring to it)" if copies else ""
        notes.append(f"{op.label}: its records ({word}), an inline object, are the component {name}{elsewhere}")
    if not components:
        del index.spec["components"]
    return notes


GENERIC_ARRAYS = frozenset({"data", "items", "results", "list", "rows", "entries", "values", "content", "elements"})
"""Names of a records array that say nothing of what the records are."""


def _entity_word(op: Operation, array: str) -> str:
    """What the records are: the array's name, or where it is generic (or the body is the array)
    the path's last literal segment (before ``search`` or a procedure)."""
    if array and array.lower() not in GENERIC_ARRAYS:
        return array
    literal = [p for p in op.path.split("/") if p and not p.startswith("{") and p != "search"]
    literal = literal[:-1] if op.procedure else literal
    return literal[-1] if literal else array


def _records_array(index: SpecIndex, op: Operation, items_path: tuple[str, ...]) -> dict[str, Any]:
    """The array schema at ``items_path`` of the operation's success body (the object itself)."""
    node = index.resolve(index.non_null(index.json_body_schema(op.raw["responses"][op.success_status])))
    for part in items_path:
        node = index.resolve(index.non_null(index.properties(node)[part]))
    return node if isinstance(node, dict) else {}
