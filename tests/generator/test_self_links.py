"""A record's or a page's own link is not the next page's: Spotify's pages are
``{href, items, limit, next, offset, previous, total}``, where ``href`` is the page just read and
``next`` the one to read next, and its records carry an ``href`` of their own beside their arrays
(a show's ``copyrights``). An ``href`` is the next page's URL only inside a ``next`` object, as in
HAL's ``_links.next.href``."""

from __future__ import annotations

from typing import Any

from generator.paging import query_paging
from generator.spec import SpecIndex

ITEMS = {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}}
URL = {"type": "string", "description": "A link to the Web API endpoint"}
NULLABLE_URL = {"type": "string", "format": "uri", "nullable": True}
PARAMS = [
    {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 50}},
    {"name": "offset", "in": "query", "schema": {"type": "integer"}},
]


def _paging(answer: dict[str, Any], params: list[dict[str, Any]] = PARAMS, path: str = "/me/playlists") -> Any:
    ok = {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": answer}}}}
    listing = {"get": {"operationId": "list", "parameters": params, "responses": {"200": ok}}}
    spec = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {path: listing}}
    index = SpecIndex(spec)
    return query_paging(index, index.operations[0])


def test_a_page_that_links_to_itself_is_paged_by_its_next_link() -> None:
    page = {"href": URL, "items": ITEMS, "limit": {"type": "integer"}, "next": NULLABLE_URL,
            "offset": {"type": "integer"}, "previous": NULLABLE_URL, "total": {"type": "integer"}}  # fmt: skip
    found = _paging(page)
    assert found is not None and (found.style, found.next_path) == ("next_url", ("next",))


def test_a_record_with_its_own_link_and_an_array_is_not_a_page() -> None:
    show = {"href": URL, "id": {"type": "string"}, "copyrights": ITEMS}
    market = [{"name": "market", "in": "query", "schema": {"type": "string"}}]
    assert _paging(show, market, "/shows/{id}") is None


def test_a_hal_next_link_is_followed() -> None:
    href = {"type": "object", "properties": {"href": {"type": "string"}}}
    links = {"type": "object", "properties": {"self": href, "next": href}}
    found = _paging({"_links": links, "items": ITEMS})
    assert found is not None and (found.style, found.next_path) == ("next_url", ("_links", "next", "href"))


def test_a_bare_next_no_parameter_could_send_back_is_the_next_pages_link() -> None:
    """Recurly's lists: ``{has_more, next, data}``, ``next`` a string described as the path to the
    next page, and no parameter but ``limit``: whatever ``next`` holds, only a link can use it."""
    page = {"has_more": {"type": "boolean"}, "next": {"type": "string"}, "data": ITEMS}
    found = _paging(page, [{"name": "limit", "in": "query", "schema": {"type": "integer"}}], "/accounts")
    assert found is not None and (found.style, found.next_path, found.more_path) == (
        "next_url",
        ("next",),
        ("has_more",),
    )


def test_a_bare_next_shown_as_a_token_is_no_link_and_nothing_takes_it_back() -> None:
    """Formance's pipelines: ``cursor: {hasMore, next, data}``, ``next``'s example a base64 token
    and no parameter to send it in. Followed as a link it stopped every run on page 2; the list
    has no iterator, as nothing in it says how to ask for the next page."""
    token = {"type": "string", "example": "aW0gdmVuaWFtLCBxdWlz"}
    page = {"has_more": {"type": "boolean"}, "next": token, "data": ITEMS}
    assert _paging(page, [], "/pipelines") is None
    page["next"] = {"type": "string", "example": "/pipelines?after=aW0gdmVu"}  # a path: a link
    assert _paging(page, [], "/pipelines").style == "next_url"


def test_a_next_the_query_takes_back_is_a_cursor_not_a_link() -> None:
    """Vercel's access-group members and Paystack's terminals: ``?next=`` takes what the page's
    ``pagination.next`` gives, a token and not a URL; followed as a link it stopped the run."""
    pagination = {"type": "object", "properties": {"count": {"type": "number"}, "next": {"type": "string"}}}
    params = [
        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
        {"name": "next", "in": "query", "schema": {"type": "string"}},
    ]
    found = _paging({"members": ITEMS, "pagination": pagination}, params, "/members")
    assert found is not None and (found.style, found.cursor, found.next_path) == (
        "cursor",
        "next",
        ("pagination", "next"),
    )


def test_a_bare_next_beside_an_offset_leaves_the_list_paged_by_offset() -> None:
    page = {"items": ITEMS, "next": {"type": "string"}, "total": {"type": "integer"}}
    found = _paging(page)
    assert found is not None and found.style == "offset"


def test_a_continue_token_in_the_lists_metadata_is_a_cursor() -> None:
    """Kubernetes' lists: ``?limit=&continue=``, the next token in ``metadata.continue``."""
    metadata = {"type": "object", "properties": {"continue": {"type": "string"}, "resourceVersion": {"type": "string"}}}
    params = [
        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
        {"name": "continue", "in": "query", "schema": {"type": "string"}},
    ]
    found = _paging({"items": ITEMS, "kind": {"type": "string"}, "metadata": metadata}, params, "/api/v1/pods")
    assert found is not None and (found.style, found.cursor, found.next_path) == (
        "cursor",
        "continue",
        ("metadata", "continue"),
    )


def test_a_grpc_gateway_lists_options_page_as_their_last_parts_say() -> None:
    """Argo's lists flatten a request message into ``listOptions.limit`` and ``listOptions.continue``
    (Kubernetes' paging, one message down): no list had an iterator."""
    metadata = {"type": "object", "properties": {"continue": {"type": "string"}}}
    params = [
        {"name": "listOptions.limit", "in": "query", "schema": {"type": "string", "format": "int64"}},
        {"name": "listOptions.continue", "in": "query", "schema": {"type": "string"}},
    ]
    found = _paging({"items": ITEMS, "metadata": metadata}, params, "/api/v1/workflows/{namespace}")
    assert found is not None and (found.style, found.size, found.cursor, found.next_path) == (
        "cursor",
        "listOptions.limit",
        "listOptions.continue",
        ("metadata", "continue"),
    )
