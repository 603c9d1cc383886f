"""A query parameter named like "after" is either the last record's id (Stripe's
``starting_after``, with ``has_more``) or a cursor the answer gives by the same name (Intercom's
``starting_after``, given back in ``pages.next.starting_after``). The answer tells which; and the
records' ``id`` is found whether their schema is named or inline (Resend's lists)."""

from __future__ import annotations

from typing import Any

from generator.paging import query_paging
from generator.spec import SpecIndex

STRING = {"type": "string"}
PARAMS = [
    {"name": "starting_after", "in": "query", "schema": STRING},
    {"name": "per_page", "in": "query", "schema": {"type": "integer"}},
]
RECORDS = {"type": "array", "items": {"type": "object", "properties": {"id": STRING, "name": STRING}}}


def _paging(answer: dict[str, Any], params: list[dict[str, Any]] = PARAMS) -> Any:
    ok = {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": answer}}}}
    listing = {"get": {"operationId": "list", "parameters": params, "responses": {"200": ok}}}
    index = SpecIndex({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/contacts": listing}})
    return query_paging(index, index.operations[0])


def test_an_after_parameter_the_answer_gives_back_by_name_is_a_cursor() -> None:
    next_page = {"type": "object", "properties": {"per_page": {"type": "integer"}, "starting_after": STRING}}
    pages = {"type": "object", "properties": {"page": {"type": "integer"}, "next": next_page}}
    found = _paging({"data": RECORDS, "pages": pages, "total_count": {"type": "integer"}})
    assert found is not None
    assert (found.style, found.cursor, found.next_path) == (
        "cursor",
        "starting_after",
        ("pages", "next", "starting_after"),
    )


def test_an_after_parameter_beside_has_more_is_the_last_id_of_inline_records_too() -> None:
    found = _paging({"data": RECORDS, "has_more": {"type": "boolean"}})
    assert found is not None and (found.style, found.cursor, found.more_path) == (
        "after_id",
        "starting_after",
        ("has_more",),
    )


def test_records_of_several_kinds_each_with_an_id_are_paged_by_the_last_id() -> None:
    """Stripe's customer sources: ``anyOf: [bank_account, card]``, each with its ``id``."""
    kind = {"type": "object", "properties": {"id": STRING, "object": STRING}}
    sources = {
        "type": "array",
        "items": {"anyOf": [kind, {**kind, "properties": {**kind["properties"], "brand": STRING}}]},
    }
    found = _paging({"data": sources, "has_more": {"type": "boolean"}})
    assert found is not None and (found.style, found.cursor) == ("after_id", "starting_after")


def test_an_after_parameter_that_takes_a_time_is_no_last_id() -> None:
    """Alpaca's orders: ``after`` is "only orders submitted after this timestamp"; the records'
    ids sent there would be refused, or worse, read as times."""
    described = {
        "name": "after",
        "in": "query",
        "schema": STRING,
        "description": "Orders submitted after this timestamp",
    }
    formatted = {"name": "after", "in": "query", "schema": {"type": "string", "format": "date-time"}}
    limit = {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    for after in (described, formatted):
        assert _paging({"data": RECORDS, "has_more": {"type": "boolean"}}, [after, limit]) is None


def test_an_after_that_takes_a_time_is_no_cursor_beside_the_one_that_is() -> None:
    """Svix's lists take ``iterator`` (what the answer's ``iterator`` gives) and ``after``, "items
    created after a certain date": the pages after the first sent the token as ``after``."""
    for after in ({"format": "date-time"}, {"description": "Only include items created after a certain date."}):
        params = [
            {"name": "limit", "in": "query", "schema": {"type": "integer"}},
            {"name": "after", "in": "query", "schema": {"type": "string", **after}},
            {"name": "iterator", "in": "query", "schema": STRING},
        ]
        found = _paging({"data": RECORDS, "iterator": STRING, "done": {"type": "boolean"}}, params)
        assert found is not None and (found.style, found.cursor, found.next_path) == (
            "cursor",
            "iterator",
            ("iterator",),
        ), after


def test_a_cursor_that_takes_a_time_is_still_the_cursor_where_it_is_the_only_one() -> None:
    """Plaid's payments take ``cursor``, a date-time, and answer ``next_cursor``: it pages by it."""
    params = [
        {"name": "count", "in": "query", "schema": {"type": "integer"}},
        {"name": "cursor", "in": "query", "schema": {"type": "string", "format": "date-time"}},
    ]
    found = _paging({"payments": RECORDS, "next_cursor": {"type": "string", "format": "date-time"}}, params)
    assert found is not None and (found.style, found.cursor) == ("cursor", "cursor")
