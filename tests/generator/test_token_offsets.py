"""An ``offset`` that is a string is a token the previous page gave, not a count of records to
skip: Chargebee answers it as ``next_offset``, Asana inside ``next_page: {offset, path, uri}``
(the next value of the parameter under its own name). Both page as cursors; an integer offset
still pages by counting."""

from __future__ import annotations

from typing import Any

from generator.paging import query_paging
from generator.spec import SpecIndex

RECORDS = {"type": "array", "items": {"type": "object", "properties": {"gid": {"type": "string"}}}}


def _index(offset_type: str, answer: dict[str, Any]) -> SpecIndex:
    params = [
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
        {"name": "offset", "in": "query", "schema": {"type": offset_type}},
    ]
    ok = {"content": {"application/json": {"schema": {"type": "object", "properties": answer}}}}
    responses = {"200": {"description": "ok", **ok}}
    listing = {"get": {"operationId": "getTasks", "parameters": params, "responses": responses}}
    return SpecIndex({"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {"/tasks": listing}})


def _paging(index: SpecIndex) -> Any:
    return query_paging(index, next(op for op in index.operations if op.path == "/tasks"))


NEXT_PAGE = {
    "type": "object",
    "nullable": True,
    "properties": {
        "offset": {"type": "string"},
        "path": {"type": "string"},
        "uri": {"type": "string", "format": "uri"},
    },
}


def test_a_string_offset_answered_inside_next_page_is_followed_as_a_cursor() -> None:
    found = _paging(_index("string", {"data": RECORDS, "next_page": NEXT_PAGE}))
    assert found is not None
    assert (found.style, found.size, found.cursor) == ("cursor", "limit", "offset")
    assert found.next_path == ("next_page", "offset")
    assert found.shape.items_path == ("data",)


def test_a_string_offset_answered_as_next_offset_is_followed_as_a_cursor() -> None:
    found = _paging(_index("string", {"list": RECORDS, "next_offset": {"type": "string"}}))
    assert found is not None
    assert (found.style, found.cursor, found.next_path) == ("cursor", "offset", ("next_offset",))


def test_an_integer_offset_still_counts_records() -> None:
    found = _paging(_index("integer", {"data": RECORDS, "next_page": NEXT_PAGE, "total": {"type": "integer"}}))
    assert found is not None
    assert (found.style, found.page, found.cursor) == ("offset", "offset", None)


def test_a_string_offset_the_answer_gives_no_next_value_for_is_no_cursor() -> None:
    assert _paging(_index("string", {"data": RECORDS})) is None
