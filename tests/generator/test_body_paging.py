"""A POST-everything API pages in the JSON body what others page in the query: a cursor and a
count answered by ``next_cursor``, a count and an offset answered by a total. Read from the
description's structure, as query paging is; the records are the array named after the resource
(``/wallet/list``: ``wallets``), not the first array of the answer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.paging import query_paging
from generator.resources import resources
from generator.spec import SpecIndex
from tests.support.descriptions import run_against_build, settings_for


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


ENTRY = {"Entry": {"type": "object", "properties": {"id": {"type": "string"}}}}
"""A named record with an id."""


def _built(tmp_path: Path, paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> tuple[Any, SpecIndex]:
    """The resources the build makes of a description of ``paths`` (and component ``schemas``), and
    its index, whose ``normalised`` holds the build's lines."""
    spec: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths}
    if schemas:
        spec["components"] = {"schemas": schemas}
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    settings = settings_for(path)
    index = SpecIndex.from_settings(settings)
    found, _, _ = resources(settings, index)
    return found, index


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
    listing = _op(index, "/wallet/list")
    assert (listing.kind, listing.idempotent) == ("list", True)  # a read: retried, an `aiwyn` command


def test_a_cursor_list_with_a_has_more_flag_ends_where_it_says_false() -> None:
    index = _index({
        "/transactions/sync": _list(
            {"cursor": {"type": "string"}, "count": {"type": "integer"}},
            {"added": THING, "next_cursor": {"type": "string"}, "has_more": {"type": "boolean"}},
        )
    })  # fmt: skip
    found = query_paging(index, _op(index, "/transactions/sync"))
    assert found is not None
    assert (found.style, found.next_path, found.more_path) == ("cursor", ("next_cursor",), ("has_more",))


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
    assert (_op(index, "/item/get").kind, _op(index, "/item/get").idempotent) == ("create", False)


def test_a_post_that_takes_no_paging_field_is_an_action_whatever_its_answer_links() -> None:
    link = {"headers": {"Link": {"schema": {"type": "string"}}}}
    action = _list({"status": {"type": "string"}}, {"assignees": THING})
    action["post"]["responses"]["200"].update(link)
    index = _index({"/tasks/{id}/resolve": action})
    assert query_paging(index, _op(index, "/tasks/{id}/resolve")) is None


def test_a_post_field_named_like_paging_but_typed_otherwise_does_not_page() -> None:
    """Firefly stores exchange rates by ``POST {from, rates}`` answering a page with a next link:
    ``from`` is a currency, not an offset, and every page re-sent the write."""
    link = {"next": {"type": "string", "format": "uri"}}
    rates = _list(
        {"from": {"type": "string"}, "rates": {"type": "object"}},
        {"data": THING, "links": {"type": "object", "properties": link}},
    )
    searched = _list(
        {"from": {"type": "integer"}, "size": {"type": "integer"}}, {"data": THING, "total": {"type": "integer"}}
    )
    index = _index({"/rates/{date}": rates, "/things/search": searched})
    assert query_paging(index, _op(index, "/rates/{date}")) is None
    found = query_paging(index, _op(index, "/things/search"))
    assert found is not None and (found.style, found.page) == ("offset", "from")


def test_a_body_cursor_beside_a_limit_is_followed_not_read_as_the_aiwyn_keyset(tmp_path: Path) -> None:
    entries = {"type": "array", "items": {"$ref": "#/components/schemas/Entry"}}  # a named record with an id
    query = _list(
        {"from": {"type": "string"}, "limit": {"type": "integer"}, "marker": {"type": "string"}},
        {"entries": entries, "next_marker": {"type": "string"}},
    )
    found, _ = _built(tmp_path, {"/metadata_queries/execute_read": query}, ENTRY)
    paging = found[0].methods[0].paging
    assert paging is not None
    assert (paging.style, paging.cursor_param, paging.size_param) == ("cursor", "marker", "limit")


def test_paging_fields_inside_a_body_object_page_through_that_object(tmp_path: Path) -> None:
    """Plaid's ``/transactions/get`` pages by ``options: {count, offset}``: the iterator sets those
    two in the ``options`` the caller gives (``holder``), and ``options`` stays the caller's argument."""
    options = {"type": "object", "properties": {"count": {"type": "integer"}, "offset": {"type": "integer"}}}
    index = _index(
        {"/transactions/get": _list({"options": options}, {"transactions": THING, "total": {"type": "integer"}})}
    )
    found = query_paging(index, _op(index, "/transactions/get"))
    assert found is not None
    assert (found.style, found.holder, found.size, found.page) == ("offset", "options", "count", "offset")


def test_paging_fields_inside_a_body_object_that_no_iterator_can_follow_are_named_as_a_gap(tmp_path: Path) -> None:
    """A body object with a page size and a cursor, but an answer that names no next cursor: no
    iterator, and the build says so in a line instead of leaving the list unnoticed."""
    options = {"type": "object", "properties": {"count": {"type": "integer"}, "cursor": {"type": "string"}}}
    found, index = _built(tmp_path, {"/transactions/get": _list({"options": options}, {"transactions": THING})})
    assert all(m.paging is None for r in found for m in r.methods)
    gap = "POST /transactions/get: pages but has no iterator"
    assert any(n.startswith(gap) for n in index.normalised), index.normalised


def test_a_cursor_the_description_requires_gets_no_iterator_and_the_build_says_why(tmp_path: Path) -> None:
    """HubSpot's searches require ``after``, the cursor: the first page has none to give, and the
    method takes none without one, so an iterator could not ask for it (it raised ``TypeError``).
    The plain method stays, and the build says why there is no iterator."""
    entries = {"type": "array", "items": {"$ref": "#/components/schemas/Entry"}}
    search = _list(
        {"after": {"type": "string"}, "limit": {"type": "integer"}, "query": {"type": "string"}},
        {"results": entries, "paging": {"type": "object", "properties": {"after": {"type": "string"}}}},
    )
    search["post"]["requestBody"]["content"]["application/json"]["schema"]["required"] = ["after", "limit"]
    found, index = _built(tmp_path, {"/crm/v3/objects/companies/search": search}, ENTRY)
    assert all(m.paging is None for r in found for m in r.methods)
    why = "POST /crm/v3/objects/companies/search: pages but has no iterator: its cursor 'after' is required"
    assert any(n.startswith(why) for n in index.normalised), index.normalised


def test_a_page_the_server_sets_inside_a_created_record_is_no_paging_of_the_create() -> None:
    """Jira's ``POST /rest/api/3/filter`` takes a filter whose ``sharedUsers`` is a readOnly page
    (``size``, ``start-index``, ``items``): paging the create by it would send the POST again for
    each page, creating a filter each time."""
    users = {
        "type": "object",
        "readOnly": True,
        "properties": {
            "size": {"type": "integer"},
            "start-index": {"type": "integer"},
            "items": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}},
        },
    }
    permissions = {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer"}}}}
    filter_ = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "sharePermissions": permissions, "sharedUsers": users},
    }
    ok = {"description": "ok", "content": {"application/json": {"schema": filter_}}}
    create = {"operationId": "createFilter", "requestBody": {"content": {"application/json": {"schema": filter_}}},
              "responses": {"200": ok}}  # fmt: skip
    index = SpecIndex(
        {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/filter": {"post": create}}}
    )
    assert query_paging(index, index.operations[0]) is None


DATASET = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "servers": [{"url": "https://api.example.test"}],
    "paths": {
        "/datasets/{name}/data": {
            "post": {
                "operationId": "getDataFromDataset",
                "parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {
                    "page": {"type": "integer", "minimum": 1},
                    "pageSize": {"type": "integer", "maximum": 1000},
                }}}}},
                "responses": {"200": {"description": "rows", "content": {"application/json": {"schema": {
                    "$ref": "#/components/schemas/DataPage"
                }}}}},
            }
        }
    },
    "components": {"schemas": {
        "DataPage": {"type": "object", "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Row"}},
            "links": {"type": "object", "properties": {"next": {"type": "string"}}},
        }},
        "Row": {"type": "object", "properties": {"id": {"type": "string"}}},
    }},
}  # fmt: skip

READ_ROWS = """
import json
import httpx
from aiwyn_client import Aiwyn
rows, sent = [{"id": str(n)} for n in range(5)], []
def handler(request):
    body = json.loads(request.read())
    sent.append(body.get("page"))
    page, size = body["page"], body["pageSize"]
    more = page * size < len(rows)
    links = {"next": f"/datasets/employees/data?page={page + 1}"} if more else {}
    return httpx.Response(200, json={"data": rows[(page - 1) * size : page * size], "links": links})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    assert [row.id for row in client.datasets.iter_data("employees", page_size=2)] == ["0", "1", "2", "3", "4"]
assert sent == [1, 2, 3], sent
"""


def _kinds(paths: dict[str, Any]) -> dict[str, str]:
    index = SpecIndex({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths})
    return {f"{op.method.upper()} {op.path}": op.kind for op in index.operations}


NOTES = {"type": "object", "properties": {"count": {"type": "integer"}, "next": {"type": "string"}, "results": THING}}
PAGE_QUERY = [
    {"name": "page", "in": "query", "schema": {"type": "integer"}},
    {"name": "page_size", "in": "query", "schema": {"type": "integer"}},
]


def test_a_write_answering_a_page_is_a_write_where_nothing_in_its_body_asks_for_one() -> None:
    """Vikunja's ``POST .../buckets/{bucketID}`` updates a bucket whose ``limit`` is its task limit,
    and answers the bucket with a count and its tasks; Paperless's ``POST /documents/{id}/notes/``
    adds a note, answers the page of notes, and takes drf-spectacular's paging in its query. Read
    as lists, each was retried and sent again page after page. A search by POST paged in its query
    with no GET beside it (Intercom's ``/companies/list``) stays a list."""
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": NOTES}}}}
    bucket = {"type": "object", "properties": {"title": {"type": "string"}, "limit": {"type": "integer"}}}
    body = {"content": {"application/json": {"schema": bucket}}}
    paths = {
        "/buckets/{id}": {"post": {"operationId": "upd", "requestBody": body, "responses": ok,
                                   "parameters": [{"name": "id", "in": "path", "required": True}]}},
        "/documents/{id}/notes": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {"operationId": "notes", "parameters": PAGE_QUERY, "responses": ok},
            "post": {"operationId": "note", "parameters": PAGE_QUERY, "requestBody": body, "responses": ok},
        },
        "/companies/list": {"post": {"operationId": "search", "parameters": PAGE_QUERY, "responses": ok}},
        "/want-to-read": {
            "get": {"operationId": "inList", "responses": {"200": {"description": "ok", "content": {
                "application/json": {"schema": {"type": "boolean"}}}}}},
            "post": {"operationId": "wanted", "parameters": PAGE_QUERY, "responses": ok},
        },
    }  # fmt: skip
    assert _kinds(paths) == {
        "POST /buckets/{id}": "create",
        "GET /documents/{id}/notes": "list",
        "POST /documents/{id}/notes": "create",
        "POST /companies/list": "list",
        "GET /want-to-read": "get",
        "POST /want-to-read": "list",  # Kavita's: the GET beside it says whether one is in the list
    }


def test_a_write_answering_a_page_has_no_iterator(tmp_path: Path) -> None:
    """Paperless's note POST answers the page of notes: an iterator named ``iter_create_note``
    posted the note again for every page."""
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": NOTES}}}}
    body = {"content": {"application/json": {"schema": {"type": "object", "properties": {"note": {"type": "string"}}}}}}
    paths = {
        "/documents/{id}/notes": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {"operationId": "notes", "parameters": PAGE_QUERY, "responses": ok},
            "post": {"operationId": "note", "parameters": PAGE_QUERY, "requestBody": body, "responses": ok},
        }
    }
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths}))
    settings = settings_for(spec)
    found, _, _ = resources(settings, SpecIndex.from_settings(settings))
    paged = {m.name: m.paging is not None for r in found for m in r.methods}
    assert paged == {"list_notes": True, "create_note": False}


def test_a_post_paged_in_its_body_sends_the_page_there_whatever_link_it_answers(tmp_path: Path) -> None:
    """BambooHR's datasets page by the body's ``page`` (at least 1) and answer ``links.next`` too: the
    link was followed, re-POSTing the first page's body, and the run stopped on a repeated page."""
    run_against_build(DATASET, READ_ROWS, tmp_path)
