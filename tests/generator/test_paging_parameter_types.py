"""Paging parameters read by what they hold as much as by their names: a page or an offset typed
``number`` (BigCommerce's orders) pages as an integer one does; a ``from`` that takes a time
(Vercel's deployments) is no offset; Qdrant's ``next_page_offset`` is a next cursor."""

from __future__ import annotations

from typing import Any

from generator.paging import query_paging
from generator.spec import SpecIndex

ITEMS = {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer"}}}}


def _paging(params: list[dict[str, Any]], answer: dict[str, Any], method: str = "get") -> Any:
    ok = {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": answer}}}}
    operation: dict[str, Any] = {"operationId": "listThings", "parameters": params, "responses": {"200": ok}}
    spec = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/things": {method: operation}}}
    index = SpecIndex(spec)
    return query_paging(index, index.operations[0])


def _query(name: str, schema: dict[str, Any], description: str = "") -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema, "description": description}


def test_a_page_typed_number_is_a_page_number() -> None:
    found = _paging([_query("page", {"type": "number"}), _query("limit", {"type": "number"})], {"things": ITEMS})
    assert found is not None and (found.style, found.page, found.size) == ("page", "page", "limit")


def test_a_from_that_takes_a_time_is_no_offset() -> None:
    params = [
        _query("limit", {"type": "number"}),
        _query("from", {"type": "number"}, "Get the deployments created after this Date timestamp."),
    ]
    assert _paging(params, {"things": ITEMS}) is None


def test_next_page_offset_is_the_next_cursor() -> None:
    params = [_query("offset", {"type": "string"}), _query("limit", {"type": "integer"})]
    found = _paging(params, {"things": ITEMS, "next_page_offset": {"type": "string"}})
    assert found is not None and (found.style, found.cursor, found.next_path) == (
        "cursor",
        "offset",
        ("next_page_offset",),
    )


def test_an_offset_of_no_declared_type_is_no_count_of_records_to_skip() -> None:
    """Qdrant's scroll takes ``offset``, a point id (an integer or a UUID), and answers
    ``next_page_offset``: sent 0, 10, 20 as counts, pages would skip points where ids have gaps.
    It is the cursor the answer gives, sent back as the number or the text it came as."""
    point_id = {"anyOf": [{"type": "integer"}, {"type": "string", "format": "uuid"}]}
    params = [_query("offset", point_id), _query("limit", {"type": "integer"})]
    found = _paging(params, {"things": ITEMS, "next_page_offset": point_id})
    assert found is not None and (found.style, found.cursor, found.numeric_cursor) == ("cursor", "offset", True)
    assert _paging(params, {"things": ITEMS}) is None  # and never a count, where no answer gives it
