"""A list whose answers carry the next page in a ``Link`` header the description does not declare
(Sentry's and Ory's lists: a ``cursor`` or ``page_token`` parameter, a bare array, and
``Link: <...>; rel="next"`` on every answer) pages by that header: inferred where a cursor
parameter that can only take a server's token has nothing in the answer to carry it, and said
where the operation is marked ``x-aiwyn-link-header`` or its config entry says ``link_header``
(``false`` turns the inference off). The iterator that follows an inferred header stops with
``PaginationError`` on a page without one (tests/generator/test_paging_styles.py); a list
with no iterator warns when it is answered with a next link (tests/runtime/calls/test_unread_pages.py)."""

from __future__ import annotations

from typing import Any

from generator.paging import LINK_HEADER_MARK, query_paging
from generator.spec import SpecIndex

PROJECTS = {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}}


def _paging(
    mark: Any = None, overrides: dict[str, Any] | None = None, cursor: str = "cursor", kind: str = "string"
) -> Any:
    params = [{"name": cursor, "in": "query", "schema": {"type": kind}}]
    ok = {"description": "ok", "content": {"application/json": {"schema": PROJECTS}}}
    listing: dict[str, Any] = {"operationId": "listProjects", "parameters": params, "responses": {"200": ok}}
    if mark is not None:
        listing[LINK_HEADER_MARK] = mark
    spec = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/projects/": {"get": listing}}}
    index = SpecIndex(spec, overrides)
    return query_paging(index, index.operations[0])


def test_a_cursor_no_answer_carries_is_inferred_to_come_in_the_link_header() -> None:
    for cursor in ("cursor", "page_token", "marker", "continuationToken"):
        found = _paging(cursor=cursor)
        assert found is not None and (found.style, found.inferred) == ("link_header", True), cursor


def test_a_parameter_that_may_be_a_count_an_id_or_a_time_infers_nothing() -> None:
    for cursor, kind in (("offset", "string"), ("page", "string"), ("after", "string"), ("cursor", "integer")):
        assert _paging(cursor=cursor, kind=kind) is None, cursor


def test_said_false_the_header_is_not_inferred() -> None:
    assert _paging(mark=False) is None
    assert _paging(overrides={"listProjects": {"link_header": False}}) is None


def test_the_mark_says_the_link_header_carries_the_next_page() -> None:
    found = _paging(mark=True)
    assert found is not None
    assert (found.style, found.inferred) == ("link_header", False)
    assert found.shape.items_path == ()


def test_the_config_entry_says_the_same_and_overrides_the_mark() -> None:
    found = _paging(overrides={"GET /projects/": {"link_header": True}})
    assert found is not None and found.style == "link_header"
    assert _paging(mark=True, overrides={"listProjects": {"link_header": False}}) is None
