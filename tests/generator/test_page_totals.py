"""A list's total is read wherever its page declares it: beside the records or at the top of the
body, else in an object beside the records (Lago's ``meta.total_count``, DigitalOcean's
``meta.total``, ``pagination.total``, ``page_info.total_count``), found by structure. A page that
declares no single total gets none: two totals in two objects, or only a ``count`` there (which as
often counts the page), or an integer inside the records. Two objects down, only a paging object
inside the first is looked into (``meta.pagination.total``). A wrong total would end a run early;
without one the iterator reads page after page and stops at the short page."""

from __future__ import annotations

from typing import Any

import pytest

from generator.spec import SpecIndex

INTEGER = {"type": "integer"}
RECORDS = {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}}


def _object(**fields: Any) -> dict[str, Any]:
    return {"type": "object", "properties": fields}


def _total(answer: dict[str, Any], components: dict[str, Any] | None = None) -> tuple[str, ...] | None:
    """Where the generator finds the total of ``GET /widgets`` answering an object of ``answer``."""
    params = [
        {"name": "page", "in": "query", "schema": INTEGER},
        {"name": "per_page", "in": "query", "schema": INTEGER},
    ]
    ok = {"content": {"application/json": {"schema": _object(**answer)}}}
    listing = {"get": {"operationId": "listWidgets", "parameters": params, "responses": {"200": ok}}}
    spec: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/widgets": listing}}
    spec["components"] = {"schemas": components or {}}
    index = SpecIndex(spec)
    shape = index.page_shape(index.operations[0])
    assert shape is not None
    return shape.total_path


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        pytest.param(
            {"widgets": RECORDS, "meta": _object(current_page=INTEGER, next_page=INTEGER, total_count=INTEGER)},
            ("meta", "total_count"),
            id="Lago: meta.total_count beside meta.next_page",
        ),
        pytest.param(
            {
                "widgets": RECORDS,
                "links": _object(pages=_object(next={"type": "string"})),
                "meta": _object(total=INTEGER),
            },
            ("meta", "total"),
            id="DigitalOcean: meta.total beside links.pages",
        ),
        pytest.param(
            {"widgets": RECORDS, "pagination": _object(page=INTEGER, per_page=INTEGER, total=INTEGER)},
            ("pagination", "total"),
            id="pagination.total",
        ),
        pytest.param(
            {"widgets": RECORDS, "page_info": _object(has_next_page={"type": "boolean"}, totalCount=INTEGER)},
            ("page_info", "totalCount"),
            id="page_info.totalCount",
        ),
        pytest.param(
            {
                "content": RECORDS,
                "page": _object(size=INTEGER, number=INTEGER, totalElements=INTEGER, totalPages=INTEGER),
            },
            ("page", "totalElements"),
            id="Spring Data: page.totalElements beside page.totalPages",
        ),
        pytest.param(
            {"widgets": RECORDS, "meta": _object(pagination=_object(limit=INTEGER, offset=INTEGER, total=INTEGER))},
            ("meta", "pagination", "total"),
            id="Unit and Invoice Ninja: meta.pagination.total, a paging object in meta",
        ),
        pytest.param(
            {"widgets": RECORDS, "meta": _object(page=_object(currentPage=INTEGER, perPage=INTEGER, total=INTEGER))},
            ("meta", "page", "total"),
            id="Laravel JSON:API: meta.page.total",
        ),
        pytest.param(
            {"widgets": RECORDS, "meta": _object(count=INTEGER, total_results={"type": ["integer", "null"]})},
            ("meta", "total_results"),
            id="a nullable total beside the page's count",
        ),
    ],
)
def test_a_total_in_an_object_beside_the_records_is_read(answer: dict[str, Any], expected: tuple[str, ...]) -> None:
    assert _total(answer) == expected


def test_an_object_beside_the_records_is_read_through_its_reference() -> None:
    meta = _object(total_count=INTEGER)
    assert _total({"widgets": RECORDS, "meta": {"$ref": "#/components/schemas/Meta"}}, {"Meta": meta}) == (
        "meta",
        "total_count",
    )


def test_an_enveloped_page_reads_the_total_of_its_meta() -> None:
    """Records in an ``{data, error, meta}`` envelope's ``data``, the total in the envelope's ``meta``."""
    data = _object(widgets=RECORDS, page=INTEGER)
    answer = {"data": data, "error": {"type": "object"}, "meta": _object(request_id={"type": "string"}, total=INTEGER)}
    assert _total(answer) == ("meta", "total")


def test_a_total_beside_the_records_comes_before_one_in_an_object() -> None:
    assert _total({"widgets": RECORDS, "total": INTEGER, "meta": _object(total_count=INTEGER)}) == ("total",)


def test_beside_the_records_a_total_comes_before_a_count() -> None:
    """``count`` beside the records is read as the total (Django REST's ``{count, next, results}``),
    but a name that can only mean the total is preferred where both are declared."""
    assert _total({"count": INTEGER, "widgets": RECORDS, "totalCount": INTEGER}) == ("totalCount",)
    assert _total({"count": INTEGER, "widgets": RECORDS}) == ("count",)


def test_the_hasura_aggregate_beside_the_records_is_still_read() -> None:
    aggregate = _object(aggregate=_object(count=INTEGER))
    assert _total({"widgets": RECORDS, "total": aggregate}) == ("total", "aggregate", "count")


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(
            {"widgets": RECORDS, "meta": _object(total=INTEGER), "pagination": _object(total_count=INTEGER)},
            id="two objects each with a total: which counts the list is not said",
        ),
        pytest.param(
            {"widgets": RECORDS, "meta": _object(total=INTEGER, total_count=INTEGER)},
            id="two totals in one object",
        ),
        pytest.param({"widgets": RECORDS, "meta": _object(count=INTEGER)}, id="only a count, maybe the page's"),
        pytest.param(
            {"count": INTEGER, "start_index": INTEGER, "is_more": {"type": "boolean"}, "widgets": RECORDS},
            id="Marqeta: a count beside a has-more flag counts the page",
        ),
        pytest.param(
            {"widgets": RECORDS, "meta": _object(total={"type": "string"})}, id="a total that is not an integer"
        ),
        pytest.param(
            {"widgets": {"type": "array", "items": _object(id=INTEGER, total=INTEGER)}},
            id="an integer inside the records",
        ),
        pytest.param(
            {"widgets": RECORDS, "meta": _object(stats=_object(total=INTEGER))},
            id="two levels down in an object that is no paging object: a total of something else",
        ),
        pytest.param(
            {"widgets": RECORDS, "meta": _object(pagination=_object(total=INTEGER), page=_object(total=INTEGER))},
            id="two paging objects in meta, each with a total",
        ),
    ],
)
def test_a_page_that_declares_no_single_total_gets_none(answer: dict[str, Any]) -> None:
    assert _total(answer) is None
