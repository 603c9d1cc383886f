"""Alfresco's lists page by ``skipCount`` and ``maxItems`` and answer ``list: {pagination:
{hasMoreItems, totalItems}, entries: [{entry: {...}}]}``: neither name was known, so none of its 45
paged lists had an iterator. They page by offset now, through ``list.entries``."""

from __future__ import annotations

from generator.paging import query_paging
from generator.spec import SpecIndex
from tests.support.descriptions import described

INTEGER = {"type": "integer"}
ENTRY = {"type": "object", "properties": {"entry": {"type": "object", "properties": {"id": {"type": "string"}}}}}
PAGE = {
    "type": "object",
    "properties": {
        "list": {
            "type": "object",
            "properties": {
                "pagination": {"type": "object", "properties": {"hasMoreItems": {"type": "boolean"}, "count": INTEGER}},
                "entries": {"type": "array", "items": ENTRY},
            },
        }
    },
}


def test_skip_count_and_max_items_page_by_offset() -> None:
    params = [{"name": n, "in": "query", "schema": {**INTEGER, "minimum": 0}} for n in ("skipCount", "maxItems")]
    ok = {"description": "ok", "content": {"application/json": {"schema": PAGE}}}
    spec = described(
        {"paths": {"/people": {"get": {"operationId": "listPeople", "parameters": params, "responses": {"200": ok}}}}}
    )
    index = SpecIndex(spec)
    found = query_paging(index, index.operations[0])
    assert found is not None
    assert (found.style, found.page, found.size) == ("offset", "skipCount", "maxItems")
    assert found.shape.items_path == ("list", "entries")
