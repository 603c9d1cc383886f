"""A page one object down in the body (Spotify's ``{categories: {href, items, next, offset, total}}``)
is read as the page: its records, its total and its paging fields, where the top of the body holds
nothing but it. A body holding a record that happens to carry a list (``{invoice: {id, lines}}``), or
several pages at once (Spotify's ``/search``), is no page."""

from __future__ import annotations

from typing import Any

import pytest

from generator.paging import QueryPaging, query_paging
from generator.spec import PageShape, SpecIndex

INTEGER = {"type": "integer"}
STRING = {"type": "string"}
RECORDS = {"type": "array", "items": {"type": "object", "properties": {"id": STRING, "name": STRING}}}
OFFSET_AND_LIMIT = [
    {"name": "offset", "in": "query", "schema": INTEGER},
    {"name": "limit", "in": "query", "schema": INTEGER},
]


def _object(**fields: Any) -> dict[str, Any]:
    return {"type": "object", "properties": fields}


def _index(answer: dict[str, Any], params: list[dict[str, Any]] | None = None) -> SpecIndex:
    """A description whose ``GET /browse/categories`` answers ``answer``."""
    ok = {"description": "ok", "content": {"application/json": {"schema": answer}}}
    get = {"operationId": "getCategories", "parameters": params or OFFSET_AND_LIMIT, "responses": {"200": ok}}
    paths = {"/browse/categories": {"get": get}}
    return SpecIndex({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths})


def _shape(answer: dict[str, Any]) -> PageShape | None:
    index = _index(answer)
    return index.page_shape(index.operations[0])


def _paging(answer: dict[str, Any], params: list[dict[str, Any]] | None = None) -> QueryPaging:
    """How ``GET /browse/categories`` pages, answering ``answer`` and taking ``params``."""
    index = _index(answer, params)
    paging = query_paging(index, index.operations[0])
    assert paging is not None
    return paging


def test_the_page_one_object_down_gives_the_records_the_total_and_the_paging() -> None:
    page = _object(href=STRING, items=RECORDS, limit=INTEGER, next=STRING, offset=INTEGER, total=INTEGER)
    paging = _paging(_object(categories=page))
    assert (paging.shape.items_path, paging.shape.total_path) == (("categories", "items"), ("categories", "total"))
    assert (paging.style, paging.page, paging.size) == ("offset", "offset", "limit")


def test_a_cursor_beside_a_next_named_just_next_is_the_one_followed() -> None:
    """Spotify's followed artists: ``next`` is a URL undeclared as one, the cursor is ``cursors.after``."""
    page = _object(items=RECORDS, next=STRING, cursors=_object(after=STRING), total=INTEGER)
    after = [{"name": "after", "in": "query", "schema": STRING}, {"name": "limit", "in": "query", "schema": INTEGER}]
    paging = _paging(_object(artists=page), after)
    assert (paging.style, paging.cursor, paging.next_path) == ("cursor", "after", ("artists", "cursors", "after"))


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(_object(invoice=_object(id=STRING, lines=RECORDS, total=INTEGER)), id="a record with its lines"),
        pytest.param(_object(credit_note=_object(lago_id=STRING, items=RECORDS)), id="records without a paging field"),
        pytest.param(
            _object(id=STRING, amount=INTEGER, refunds=_object(data=RECORDS, has_more={"type": "boolean"})),
            id="a record holding a page of its own (Stripe's fee and its refunds)",
        ),
        pytest.param(
            _object(data=_object(name=STRING), meta=_object(warnings=RECORDS, total_count=INTEGER)),
            id="two objects: the answer and its meta",
        ),
        pytest.param(
            _object(
                tracks=_object(items=RECORDS, next=STRING, total=INTEGER),
                artists=_object(items=RECORDS, next=STRING, total=INTEGER),
            ),
            id="several pages (Spotify's search)",
        ),
    ],
)
def test_an_object_that_is_not_the_one_page_of_the_body_is_no_page(answer: dict[str, Any]) -> None:
    assert _shape(answer) is None


def test_records_in_a_data_object_beside_the_links_are_a_page_followed_by_its_next_link() -> None:
    """UK Open Banking: ``{Data: {Transaction: [...]}, Links: {Self, Next}, Meta: {TotalPages}}``."""
    links = _object(Self={"type": "string", "format": "uri"}, Next={"type": "string", "format": "uri"})
    found = _paging(_object(Data=_object(Transaction=RECORDS), Links=links, Meta=_object(TotalPages=INTEGER)), [])
    assert (found.shape.items_path, found.style, found.next_path) == (
        ("Data", "Transaction"),
        "next_url",
        ("Links", "Next"),
    )


def test_a_records_own_data_is_no_page() -> None:
    """Apideck's ``{status, data: {id, addresses: [...]}, meta}`` answers one record: its ``data``
    holds more than records."""
    data = _object(id=STRING, addresses=RECORDS)
    assert _shape(_object(status=STRING, data=data, meta=_object(cursors=_object(next=STRING)))) is None


def test_hal_embedded_resources_are_the_page_and_its_count_the_pages_own() -> None:
    """Mollie: ``{count, _embedded: {payments: [...]}, _links: {next: {href}}}``."""
    links = _object(next=_object(href=STRING), self=_object(href=STRING))
    shape = _shape(_object(count=INTEGER, _embedded=_object(payments=RECORDS), _links=links))
    assert shape is not None and (shape.items_path, shape.total_path) == (("_embedded", "payments"), None)


def test_several_arrays_of_records_are_told_apart_by_name_or_not_guessed() -> None:
    """Box's folder items ``{order, entries, total_count}``: ``order`` (how they sort) came first and
    was paged as the records. Among several arrays of records, one named as records are by
    convention is taken; where none is told apart, there is no page (a guess delivers the wrong
    records): Plaid's ``{accounts, transactions}``."""
    order = {"type": "array", "items": _object(by=STRING, direction=STRING)}
    entries = {"type": "array", "items": _object(type=STRING, name=STRING)}
    shape = _shape(_object(order=order, entries=entries, total_count=INTEGER))
    assert shape is not None and shape.items_path == ("entries",)
    accounts = {"type": "array", "items": _object(account_id=STRING)}
    assert _shape(_object(accounts=accounts, transactions=entries, total=INTEGER)) is None


def test_records_that_are_pages_themselves_make_no_page() -> None:
    """Typesense's multi-search answers one result per search, each a page of its own hits; its
    ``page`` parameter pages the hits, so the results are no page. Paystack's orders hold their
    ``items`` and the payment ``page`` they came through, and have an ``id``: records, a page."""
    hits = _object(hits=RECORDS, found=INTEGER, page=INTEGER)
    assert _shape(_object(results={"type": "array", "items": hits})) is None
    order = _object(id=INTEGER, page=INTEGER, items=RECORDS, amount=INTEGER)
    shape = _shape(_object(data={"type": "array", "items": order}))
    assert shape is not None and shape.items_path == ("data",)


def test_a_cursor_in_an_object_inside_meta_is_followed() -> None:
    """BigCommerce: ``meta: {pagination: {total, ...}, cursor_pagination: {end_cursor, ...}}``, and
    ``after`` takes the end cursor; it was read as the last record's id, which the server refuses."""
    cursors = _object(start_cursor=STRING, end_cursor=STRING)
    meta = _object(pagination=_object(total=INTEGER, current_page=INTEGER), cursor_pagination=cursors)
    params = [
        {"name": "page", "in": "query", "schema": INTEGER},
        {"name": "limit", "in": "query", "schema": INTEGER},
        {"name": "after", "in": "query", "schema": STRING},
    ]
    paging = _paging(_object(data=RECORDS, meta=meta), params)
    assert (paging.style, paging.cursor, paging.next_path) == (
        "cursor",
        "after",
        ("meta", "cursor_pagination", "end_cursor"),
    )


def test_a_more_flag_inside_additional_data_is_read_beside_offsets() -> None:
    """Pipedrive: ``{data, additional_data: {pagination: {start, limit, more_items_in_collection}}}``,
    paged by ``start`` and ``limit``; the flag tells a page short of the size asked (the server's
    cap) from the last one."""
    flags = _object(start=INTEGER, limit=INTEGER, more_items_in_collection={"type": "boolean"})
    params = [{"name": "start", "in": "query", "schema": INTEGER}, {"name": "limit", "in": "query", "schema": INTEGER}]
    paging = _paging(_object(data=RECORDS, additional_data=_object(pagination=flags)), params)
    assert (paging.style, paging.page, paging.more_path) == (
        "offset",
        "start",
        ("additional_data", "pagination", "more_items_in_collection"),
    )


def test_a_cursor_inside_additional_data_is_followed() -> None:
    """Pipedrive's collections: ``additional_data: {next_cursor}`` for ``cursor``."""
    params = [{"name": "cursor", "in": "query", "schema": STRING}, {"name": "limit", "in": "query", "schema": INTEGER}]
    paging = _paging(_object(data=RECORDS, additional_data=_object(next_cursor=STRING)), params)
    assert (paging.style, paging.next_path) == ("cursor", ("additional_data", "next_cursor"))


def test_a_cursor_named_iterator_is_followed_until_the_page_says_done() -> None:
    """Svix: ``iterator`` in, ``{data, iterator, done}`` out; the last page gives an iterator too
    (to ask for newer records later), so ``done`` is what ends the run."""
    params = [
        {"name": "iterator", "in": "query", "schema": STRING},
        {"name": "limit", "in": "query", "schema": INTEGER},
    ]
    paging = _paging(_object(data=RECORDS, iterator=STRING, done={"type": "boolean"}), params)
    assert (paging.style, paging.cursor, paging.next_path, paging.more_path, paging.done_path) == (
        "cursor",
        "iterator",
        ("iterator",),
        None,
        ("done",),
    )


def test_a_number_the_cursors_object_gives_under_the_parameters_name_is_the_cursor() -> None:
    """Figma's component lists: ``after`` (a number) takes ``meta.cursor.after``."""
    number = {"type": "number"}
    params = [
        {"name": "after", "in": "query", "schema": number},
        {"name": "page_size", "in": "query", "schema": number},
    ]
    meta = _object(components=RECORDS, cursor=_object(before=number, after=number))
    paging = _paging(_object(meta=meta), params)
    assert (paging.style, paging.cursor, paging.next_path, paging.numeric_cursor) == (
        "cursor",
        "after",
        ("meta", "cursor", "after"),
        True,
    )


def test_list_metadata_holds_the_cursor() -> None:
    """WorkOS answers every list with ``list_metadata: {before, after}``: its audit-log actions,
    keyed by name with no id, had no iterator (the others followed their last id)."""
    after = [{"name": "after", "in": "query", "schema": STRING}, {"name": "limit", "in": "query", "schema": INTEGER}]
    named = {"type": "array", "items": {"type": "object", "properties": {"name": STRING}}}
    paging = _paging(_object(data=named, list_metadata=_object(before=STRING, after=STRING)), after)
    assert (paging.style, paging.cursor, paging.next_path) == ("cursor", "after", ("list_metadata", "after"))


def test_next_results_is_a_cursor_and_number_of_results_a_size() -> None:
    """FusionAuth's searches: ``nextResults`` and ``numberOfResults`` (in the body's ``search``)."""
    params = [
        {"name": "nextResults", "in": "query", "schema": STRING},
        {"name": "numberOfResults", "in": "query", "schema": INTEGER},
    ]
    paging = _paging(_object(users=RECORDS, total=INTEGER, nextResults=STRING), params)
    assert (paging.style, paging.cursor, paging.size) == ("cursor", "nextResults", "numberOfResults")


def test_num_results_in_a_list_info_is_the_total() -> None:
    """Dropbox Sign's ``list_info: {num_pages, num_results, page, page_size}``: with no total, a
    short page ended a run that a server's own cap had shortened."""
    info = _object(num_pages=INTEGER, num_results=INTEGER, page=INTEGER, page_size=INTEGER)
    shape = _shape(_object(signature_requests=RECORDS, list_info=info))
    assert shape is not None and shape.total_path == ("list_info", "num_results")


def test_one_record_holding_an_array_is_no_page() -> None:
    """Clerk's ``GET /organizations/{id}/billing/subscription`` (a subscription with its items),
    Dropbox Sign's ``GET /account`` (``{account, warnings}``): named ``list``, with an iterator over
    the items or the warnings. A body with an ``id`` and a paging field is still a page."""
    items = {"type": "array", "items": {"type": "object", "properties": {"id": STRING, "plan": STRING}}}
    assert _shape(_object(id=STRING, status=STRING, subscription_items=items)) is None
    warnings = {"type": "array", "items": {"type": "object", "properties": {"warning_msg": STRING}}}
    assert _shape(_object(account=_object(account_id=STRING), warnings=warnings)) is None
    assert _shape(_object(id=STRING, data=RECORDS, has_more={"type": "boolean"})) is not None


def test_a_page_two_objects_down_under_objects_holding_nothing_else_is_read() -> None:
    """FreshBooks answers ``{response: {result: {invoices, page, pages, total}}}``: its 8 lists
    were named ``get`` (and the real gets ``get_<x>``), with no iterator."""
    page = _object(invoices=RECORDS, page=INTEGER, pages=INTEGER, total=INTEGER)
    shape = _shape(_object(response=_object(result=page)))
    assert shape is not None
    assert (shape.items_path, shape.total_path) == (("response", "result", "invoices"), ("response", "result", "total"))


def test_a_next_link_typed_a_path_in_a_page_object_inside_meta_is_followed() -> None:
    """OpenMeter's events: ``meta: {page: {size, next}}``, ``next`` "URI to the next page" typed
    ``format: path``, beside a deepObject ``page: {size, after}``."""
    next_path = {"type": "string", "format": "path", "nullable": True}
    answer = _object(data=RECORDS, meta=_object(page=_object(size=INTEGER, next=next_path)))
    page_param = _object(size=INTEGER, after=STRING)
    params = [{"name": "page", "in": "query", "style": "deepObject", "schema": page_param}]
    found = _paging(answer, params)
    assert (found.style, found.next_path, found.holder, found.size) == (
        "next_url",
        ("meta", "page", "next"),
        "page",
        "size",
    )
