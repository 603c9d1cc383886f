"""A page number the answer gives for the next page is followed: Lago pages by ``page`` and
``per_page`` and answers ``meta: {current_page, next_page, total_count}``, with ``next_page`` null on
the last page. Its ``page`` documents neither a minimum nor a default, so where pages start (0 or
1) cannot be read from the parameter; the answer says which page comes next, and that is asked
for. A page number without such a field still pages by counting."""

from __future__ import annotations

from typing import Any

from generator.paging import query_paging
from generator.spec import SpecIndex

CUSTOMERS = {"type": "array", "items": {"type": "object", "properties": {"lago_id": {"type": "string"}}}}
META = {
    "type": "object",
    "properties": {
        "current_page": {"type": "integer"},
        "next_page": {"type": ["integer", "null"]},
        "prev_page": {"type": ["integer", "null"]},
        "total_count": {"type": "integer"},
    },
}


def _paging(answer: dict[str, Any]) -> Any:
    params = [
        {"name": "page", "in": "query", "schema": {"type": "integer", "example": 1}},
        {"name": "per_page", "in": "query", "schema": {"type": "integer", "example": 20}},
    ]
    ok = {"content": {"application/json": {"schema": {"type": "object", "properties": answer}}}}
    listing = {"get": {"operationId": "findAllCustomers", "parameters": params, "responses": {"200": ok}}}
    spec = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/customers": listing}}
    index = SpecIndex(spec)
    return query_paging(index, next(op for op in index.operations if op.path == "/customers"))


def test_the_next_page_number_the_answer_gives_is_asked_for() -> None:
    found = _paging({"customers": CUSTOMERS, "meta": META})
    assert found is not None
    assert (found.style, found.size, found.cursor, found.page) == ("next_page", "per_page", "page", None)
    assert found.next_path == ("meta", "next_page")
    assert found.shape.items_path == ("customers",)


def test_a_page_number_the_answer_does_not_give_still_counts_pages() -> None:
    meta = {"type": "object", "properties": {"total_count": {"type": "integer"}}}
    found = _paging({"customers": CUSTOMERS, "meta": meta})
    assert found is not None
    assert (found.style, found.page, found.cursor) == ("page", "page", None)


def test_an_offset_documented_from_one_starts_at_one() -> None:
    """SCIM's ``startIndex`` (Sentry's SCIM users) counts records from 1: its ``minimum: 1`` is the
    first offset the iterator sends."""
    params = [
        {"name": "startIndex", "in": "query", "schema": {"type": "integer", "minimum": 1, "default": 1}},
        {"name": "count", "in": "query", "schema": {"type": "integer", "maximum": 100}},
    ]
    users = {"Resources": CUSTOMERS, "totalResults": {"type": "integer"}}
    ok = {"content": {"application/json": {"schema": {"type": "object", "properties": users}}}}
    listing = {"get": {"operationId": "listUsers", "parameters": params, "responses": {"200": ok}}}
    spec = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/scim/v2/Users": listing}}
    index = SpecIndex(spec)
    found = query_paging(index, index.operations[0])
    assert found is not None
    assert (found.style, found.page, found.size, found.first_page) == ("offset", "startIndex", "count", 1)
