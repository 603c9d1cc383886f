"""A list whose answers carry the next page in a ``Link`` header the description does not declare
(Sentry's lists: a ``cursor`` parameter, a bare array, and ``Link: <...>; rel="next"`` on every
answer) pages by that header once the operation is marked ``x-aiwyn-link-header: true`` or its
config entry says ``link_header: true``; unmarked, nothing in its structure says how it pages, and
the call that reads one page of several says so when it runs (tests/runtime/calls/test_unread_pages.py)."""

from __future__ import annotations

from typing import Any

from generator.paging import LINK_HEADER_MARK, query_paging
from generator.spec import SpecIndex

PROJECTS = {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}}


def _paging(mark: Any = None, overrides: dict[str, Any] | None = None) -> Any:
    params = [{"name": "cursor", "in": "query", "schema": {"type": "string"}}]
    ok = {"description": "ok", "content": {"application/json": {"schema": PROJECTS}}}
    listing: dict[str, Any] = {"operationId": "listProjects", "parameters": params, "responses": {"200": ok}}
    if mark is not None:
        listing[LINK_HEADER_MARK] = mark
    spec = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/projects/": {"get": listing}}}
    index = SpecIndex(spec, overrides)
    return query_paging(index, index.operations[0])


def test_an_undeclared_link_header_leaves_the_list_without_paging() -> None:
    assert _paging() is None


def test_the_mark_says_the_link_header_carries_the_next_page() -> None:
    found = _paging(mark=True)
    assert found is not None
    assert found.style == "link_header"
    assert found.shape.items_path == ()


def test_the_config_entry_says_the_same_and_overrides_the_mark() -> None:
    found = _paging(overrides={"GET /projects/": {"link_header": True}})
    assert found is not None and found.style == "link_header"
    assert _paging(mark=True, overrides={"listProjects": {"link_header": False}}) is None
