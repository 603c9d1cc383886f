"""A POST-everything API pages in the JSON body what others page in the query: a cursor and a
count answered by ``next_cursor``, a count and an offset answered by a total. Read from the
description's structure, as query paging is; the records are the array named after the resource
(``/wallet/list``: ``wallets``), not the first array of the answer."""

from __future__ import annotations

from typing import Any

from generator.paging import query_paging
from generator.spec import SpecIndex


def _list(request: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    def body(props: dict[str, Any]) -> dict[str, Any]:
        return {"content": {"application/json": {"schema": {"type": "object", "properties": props}}}}

    return {
        "post": {
            "operationId": "x",
            "requestBody": body(request),
            "responses": {"200": {"description": "ok", **body(response)}},
        }
    }


THING = {"type": "array", "items": {"type": "object", "properties": {"thing_id": {"type": "string"}}}}
ACCOUNTS = {"type": "array", "items": {"type": "object", "properties": {"account_id": {"type": "string"}}}}


def _index(paths: dict[str, Any]) -> SpecIndex:
    ops = {p: {"post": {**op["post"], "operationId": p.strip("/").replace("/", "_")}} for p, op in paths.items()}
    filler = {f"/{w}/get": _list({}, {"id": {"type": "string"}}) for w in ("a", "b", "c")}
    filler = {p: {"post": {**op["post"], "operationId": p.strip("/").replace("/", "_")}} for p, op in filler.items()}
    return SpecIndex({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {**ops, **filler}})


def _op(index: SpecIndex, path: str) -> Any:
    return next(op for op in index.operations if op.path == path)


def test_a_cursor_and_a_count_in_the_body_page_by_the_cursor_the_answer_gives() -> None:
    index = _index({
        "/wallet/list": _list(
            {"cursor": {"type": "string"}, "count": {"type": "integer", "maximum": 20}},
            {"wallets": THING, "next_cursor": {"type": "string"}},
        )
    })  # fmt: skip
    found = query_paging(index, _op(index, "/wallet/list"))
    assert found is not None
    assert (found.style, found.cursor, found.size, found.next_path) == ("cursor", "cursor", "count", ("next_cursor",))
    assert found.shape.items_path == ("wallets",)


def test_a_count_and_an_offset_in_the_body_page_by_offset_through_the_named_records() -> None:
    index = _index({
        "/institutions/get": _list(
            {"count": {"type": "integer"}, "offset": {"type": "integer"}, "country_codes": {"type": "array"}},
            {"accounts": ACCOUNTS, "institutions": THING, "total": {"type": "integer"}},
        ),
        "/investments/transactions/get": _list(
            {"count": {"type": "integer"}, "offset": {"type": "integer"}},
            {"accounts": ACCOUNTS, "investment_transactions": THING},
        ),
    })  # fmt: skip
    found = query_paging(index, _op(index, "/institutions/get"))
    assert found is not None
    assert (found.style, found.page, found.size) == ("offset", "offset", "count")
    assert (found.shape.items_path, found.shape.total_path) == (("institutions",), ("total",))
    nested = query_paging(index, _op(index, "/investments/transactions/get"))
    assert nested is not None and nested.shape.items_path == ("investment_transactions",)


def test_a_post_without_paging_fields_does_not_page() -> None:
    index = _index({"/item/get": _list({"access_token": {"type": "string"}}, {"accounts": ACCOUNTS})})
    assert query_paging(index, _op(index, "/item/get")) is None


def test_a_post_that_takes_no_paging_field_is_an_action_whatever_its_answer_links() -> None:
    link = {"headers": {"Link": {"schema": {"type": "string"}}}}
    action = _list({"status": {"type": "string"}}, {"assignees": THING})
    action["post"]["responses"]["200"].update(link)
    index = _index({"/tasks/{id}/resolve": action})
    assert query_paging(index, _op(index, "/tasks/{id}/resolve")) is None
