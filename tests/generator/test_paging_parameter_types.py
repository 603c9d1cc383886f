"""Paging parameters read by what they hold as much as by their names: a page or an offset typed
``number`` (BigCommerce's orders) pages as an integer one does; a ``from`` that takes a time
(Vercel's deployments) is no offset; Qdrant's ``next_page_offset`` is a next cursor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.paging import query_paging
from generator.spec import SpecIndex
from tests.support.descriptions import described, run_against_build

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


def test_an_offset_that_skips_records_named_after_a_time_is_an_offset() -> None:
    """solidtime's time entries: "Skip the first n time entries" counts entries, not a time."""
    params = [
        _query("limit", {"type": "integer"}),
        _query("offset", {"type": "integer"}, "Skip the first n time entries (default 0)"),
    ]
    found = _paging(params, {"things": ITEMS, "total": {"type": "integer"}})
    assert found is not None and (found.style, found.page) == ("offset", "offset")


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


TEXT = {"type": "string"}


def test_a_page_and_a_size_both_typed_strings_page_as_numbers() -> None:
    """Slack's ``files.list`` and Infisical's secret versions type every query parameter a string:
    their ``page`` and ``count``, ``offset`` and ``limit`` are counts all the same."""
    found = _paging([_query("page", TEXT), _query("count", TEXT)], {"things": ITEMS})
    assert found is not None and (found.style, found.page, found.size) == ("page", "page", "count")
    found = _paging([_query("offset", TEXT), _query("limit", TEXT)], {"things": ITEMS})
    assert found is not None and (found.style, found.page, found.size) == ("offset", "offset", "limit")


def test_a_string_whose_schema_holds_digits_is_a_number_with_its_default_read_as_one() -> None:
    """Clockify's ``page: {type: string, default: "0"}`` beside ``limit`` default ``"50"``."""
    params = [_query("page", {"type": "string", "default": "1"}), _query("limit", {"type": "integer"})]
    found = _paging(params, {"things": ITEMS})
    assert found is not None and (found.style, found.first_page) == ("page", 1)
    params = [_query("page", TEXT), _query("limit", {"type": "string", "pattern": "^[0-9]+$", "default": "50"})]
    found = _paging(params, {"things": ITEMS})
    assert found is not None and found.size_schema == {"type": "integer", "default": 50}


def test_a_string_offset_beside_an_integer_size_is_no_count() -> None:
    """Asana's ``offset`` is an opaque token its answers give back: a string offset says nothing
    more, where the size beside it is a real integer."""
    assert _paging([_query("offset", TEXT), _query("limit", {"type": "integer"})], {"things": ITEMS}) is None


def test_a_string_that_says_it_holds_something_else_is_no_count() -> None:
    """Trello's ``count: {type: string, default: "none"}``; a ``start`` that takes a date-time."""
    params = [_query("page", TEXT), _query("count", {"type": "string", "default": "none"})]
    assert _paging(params, {"things": ITEMS}) is None
    params = [_query("start", {"type": "string", "format": "date-time"}), _query("limit", TEXT)]
    assert _paging(params, {"things": ITEMS}) is None


VERSIONS = described(
    {
        "paths": {
            "/secrets/{secretId}/versions": {
                "get": {
                    "operationId": "listSecretVersions",
                    "parameters": [
                        {"name": "secretId", "in": "path", "required": True, "schema": TEXT},
                        _query("offset", TEXT),
                        _query("limit", {"type": "string", "default": "20"}),
                    ],
                    "responses": {
                        "200": {
                            "description": "a page of versions",
                            "content": {"application/json": {"schema": {"type": "object", "properties": {
                                "versions": {"type": "array", "items": {"type": "object", "properties": {
                                    "id": {"type": "integer"}, "value": TEXT,
                                }}},
                            }}}},
                        }
                    },
                }
            }
        }
    }
)  # fmt: skip

READ_ALL = """
import httpx
from aiwyn_client import Aiwyn
sent = []
def handler(request):
    offset, limit = int(request.url.params.get("offset", "0")), int(request.url.params["limit"])
    sent.append((offset, limit))
    versions = [{"id": n, "value": f"v{n}"} for n in range(offset, min(offset + limit, 7))]
    return httpx.Response(200, json={"versions": versions})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    got = [version.id for version in client.secrets.iter_versions("s1", page_size=3)]
assert got == list(range(7)), got
assert sent == [(0, 3), (3, 3), (6, 3)], sent
"""


def test_a_list_paged_by_strings_reads_every_record_once(tmp_path: Path) -> None:
    run_against_build(VERSIONS, READ_ALL, tmp_path, verify=True)


def test_odata_paging_is_read_through_its_marks() -> None:
    """AvaTax's 117 and Business Central's 76 lists: ``$top`` and ``$skip``, answered with
    ``value``, ``@recordsetCount`` (or ``@odata.count``) and ``@nextLink`` (or ``@odata.nextLink``)."""
    params = [_query("$filter", TEXT), _query("$top", {"type": "integer"}), _query("$skip", {"type": "integer"})]
    answer = {"value": ITEMS, "@odata.count": {"type": "integer"}, "@odata.nextLink": TEXT}
    found = _paging(params, answer)
    assert found is not None and (found.style, found.size, found.next_path) == (
        "next_url",
        "$top",
        ("@odata.nextLink",),
    )
    assert found.shape.total_path == ("@odata.count",)
    found = _paging(params, {"value": ITEMS, "@recordsetCount": {"type": "integer"}})
    assert found is not None and (found.style, found.page, found.size) == ("offset", "$skip", "$top")


def test_a_string_offset_read_as_a_number_is_no_cursor_and_one_said_to_number_pages_is_a_page() -> None:
    """eBay's inventory lists take ``offset`` and ``limit`` typed strings, and answer ``next``. The
    offset read as a number was still taken for a cursor, and page 2 asked for ``offset=`` the
    next page's URL. It counts pages, in its own words, so it pages as a page number does."""
    params = [_query("offset", TEXT, "the page number to retrieve; the first page is 0"), _query("limit", TEXT)]
    answer = {"things": ITEMS, "next": {"type": "string", "description": "the URL to the next page"}}
    found = _paging(params, {**answer, "total": {"type": "integer"}})
    assert found is not None and (found.style, found.page, found.cursor) == ("page", "offset", None)
    params[0]["description"] = "the number of records to skip"  # a count of records: an offset
    found = _paging(params, {**answer, "total": {"type": "integer"}})
    assert found is not None and (found.style, found.page, found.cursor) == ("offset", "offset", None)


def test_a_bare_array_of_names_paged_by_number_is_a_page_of_them() -> None:
    """Woodpecker's ``GET /repos/{id}/branches``: ``page`` and ``perPage``, answered by an array of
    branch names; the caller paged it by hand."""
    ok = {
        "description": "ok",
        "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}},
    }
    params = [_query("page", {"type": "integer", "minimum": 1}), _query("perPage", {"type": "integer"})]
    listing = {"get": {"operationId": "branches", "parameters": params, "responses": {"200": ok}}}
    spec = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/branches": listing}}
    index = SpecIndex(spec)
    found = query_paging(index, index.operations[0])
    assert found is not None and (found.style, found.page, found.size, found.first_page) == (
        "page",
        "page",
        "perPage",
        1,
    )
