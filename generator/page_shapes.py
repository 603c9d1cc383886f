"""The names that tell how a list pages: the one place that knows them.

The generator reads operations' parameters and responses against these lists (``generator.paging``)
and renders them into the package's ``_page_shapes`` module, from which the generic requests
(``aiwyn.paginate``) read a page's records and total: both sides know the same shapes.
Names are compared case-insensitively with ``-`` and ``_`` ignored (``per_page`` is ``perPage``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

TOTAL_KEYS = (
    "total", "count", "totalCount", "total_count", "totalRecords", "total_records", "totalItems", "total_items",
    "totalResults", "total_results", "totalSize", "total_size", "totalElements", "total_elements", "totalEntries",
    "total_entries", "totalHits", "total_hits", "recordsetCount", "numResults",
)  # fmt: skip
"""An integer that counts every record: beside the records, at the top of the body, or in an object
beside the records (``meta.total_count``; Spring Data's ``page.totalElements``): ``generator.page_totals``.
Each name in both spellings, as the generic requests compare them exactly."""
PAGE_COUNT_KEYS = ("count",)
"""Names among ``TOTAL_KEYS`` that as often count only the page's own records (``meta.count`` beside
``meta.total``): read as the total beside the records, where they always were, but never in an
object beside them, where a total taken for the page's count would end a run after one page."""

SIZE_PARAMS = (
    "pageSize", "limit", "perPage", "size", "pageLimit", "maxResults", "count", "top", "first", "max",
    "numberOfResults", "take", "maxNum", "maxItems",
)  # fmt: skip
"""A page-size parameter (query) or body field (``take`` beside ``skip``: ASP.NET's and LINQ's
convention; SugarCRM's ``max_num``; Alfresco's ``maxItems`` beside ``skipCount``)."""
BODY_SIZE_FIELDS = ("pageSize", "limit")
"""A page-size field in a JSON body: the Aiwyn list convention."""
PAGE_PARAMS = ("page", "pageNumber", "pageNo", "pageIndex", "pageNum")
"""A page-number parameter (query) or body field."""
OFFSET_PARAMS = ("offset", "skip", "start", "startIndex", "from", "skipCount")
"""An offset: the records to skip."""
CURSOR_PARAMS = (
    "cursor", "pageToken", "nextToken", "nextPageToken", "token", "marker", "continuationToken", "continuation",
    "after", "pageCursor", "startCursor", "nextCursor", "startingToken", "continue", "next", "page", "offset",
    "iterator", "nextResults",
)  # fmt: skip
"""A query parameter that carries the cursor a page gave (``page`` and ``offset`` too, when they are
strings: Chargebee's and Asana's offsets are opaque tokens, not counts)."""
TOKEN_PARAMS = (
    "cursor",
    "pageToken",
    "nextToken",
    "nextPageToken",
    "marker",
    "continuationToken",
    "pageCursor",
    "startingToken",
)
"""A query parameter that can only take an opaque cursor a server gave (no page, offset, id or time,
unlike the rest of ``CURSOR_PARAMS``): where no answer field carries it, a header must."""
AFTER_ID_PARAMS = ("startingAfter", "afterId", "sinceId", "after", "startAfter", "lastId")
"""A query parameter that takes the last record's id."""

NEXT_CURSOR_FIELDS = (
    "nextCursor", "nextPageToken", "nextToken", "cursor", "nextMarker", "marker", "continuationToken",
    "continuation", "continue", "endCursor", "after", "next", "nextPage", "nextPageCursor", "newestCursor",
    "nextOffset", "nextPageOffset", "iterator", "nextResults",
)  # fmt: skip
"""A string in the body (or under one of ``CURSOR_HOLDERS``) that asks for the next page."""
NEXT_PAGE_FIELDS = ("nextPage", "nextPageNumber")
"""An integer in the body (or under one of ``CURSOR_HOLDERS``) that is the next page's number (Lago's
``meta.next_page``, null on the last page): sent back as the page parameter, so no first page
need be guessed."""
NEXT_URL_FIELDS = ("next", "nextPageUrl", "nextUrl", "nextLink", "nextPageUri", "nextUri", "nextPage", "href")
"""A string in the body that is the next page's URL; ``href`` only inside a ``next`` object (HAL's
``_links.next.href``): anywhere else it is the record's or the page's own link (Spotify's pages
and records: ``{href, items, next, ...}``), never the next page."""
LINK_FIELDS = ("href",)
"""Of ``NEXT_URL_FIELDS``, the names that are the next page's URL only inside a ``next`` object."""
CURSOR_HOLDERS = (
    "meta", "pagination", "paging", "pageInfo", "responseMetadata", "cursors", "links", "pages", "page",
    "metadata", "next", "cursor", "nextPage", "additionalData", "listMetadata",
)  # fmt: skip
"""Objects of the body that hold the next cursor or link (``meta.next_cursor``, ``links.next``,
Pipedrive's ``additional_data.next_cursor``)."""
INNER_HOLDERS = ("next", "cursorPagination", "pagination", "page")
"""Objects inside a holder that hold the next page's link or cursor, or say whether more follow:
HAL's ``_links.next.href``, BigCommerce's ``meta.cursor_pagination.end_cursor`` (beside
``meta.pagination``, its page numbers), Pipedrive's ``additional_data.pagination.more_items_in_collection``,
OpenMeter's ``meta.page.next``. Named, not any object: a report's ``meta`` holds objects that say
nothing of paging."""
NEXT_HOLDERS = ("next", "nextPage", "cursor", "cursors")
"""Objects of the body that describe the next page or the cursors: one holds the next value of the
cursor parameter under that parameter's own name (Asana's ``next_page.offset`` for ``offset``,
Figma's ``meta.cursor.after`` for ``after``)."""
RECORD_ARRAYS = ("entries", "items", "results", "records", "data", "hits", "values", "rows", "nodes", "objects")
"""Names that hold a page's records by convention, where a page has several arrays of objects and
none is named after the path or has ids (Box's ``{order, entries}``: ``order`` is how they sort)."""
HAS_MORE_FIELDS = (
    "hasMore", "hasNextPage", "moreResults", "hasNext", "more", "isMore", "moreItemsInCollection", "hasMoreItems",
)  # fmt: skip
"""A boolean that says whether more records follow."""
DONE_FIELDS = ("done", "isLastPage", "lastPage")
"""A boolean that says whether the records are all given (Svix's ``done``): more follow where it is false."""
LINK_HEADER = "link"
PAGE_FIELDS = (
    *TOTAL_KEYS, *NEXT_CURSOR_FIELDS, *NEXT_URL_FIELDS, *HAS_MORE_FIELDS, "cursors", "pagination", "paging", "pageInfo",
)  # fmt: skip
"""Fields that tell an object holding records is a page (``generator.spec.SpecIndex.page_shape``): a
total, a next cursor or link, a has-more flag or a holder of them; never a page size or an offset
alone, which a record may well have (a droplet's ``size``)."""


def squash(name: str) -> str:
    """A name as these lists compare it: lower case, without ``-``, ``_``, ``[`` and ``]``, nor
    OData's marks (``$top``, ``$skip``; ``@odata.nextLink``, ``@odata.count``)."""
    return re.sub(r"[-_\[\].]", "", re.sub(r"^[$@]+(odata\.)?", "", name, flags=re.IGNORECASE)).lower()


def named(name: str, names: tuple[str, ...]) -> bool:
    """Whether ``name`` is one of ``names``; a JSON:API parameter in the ``page`` family
    (``page[offset]``, ``page[after]``) is also taken by what it names in brackets, and a
    grpc-gateway field of a request message (``listOptions.limit``, ``listOptions.continue``:
    Argo's lists) by its last part."""
    wanted = {squash(n) for n in names}
    inner = re.fullmatch(r"page\[([^\[\]]+)\]", name, re.IGNORECASE) or MESSAGE_FIELD.fullmatch(name)
    return squash(name) in wanted or (inner is not None and squash(inner[1]) in wanted)


PAGE_FAMILY_NUMBER = ("number",)
"""JSON:API's page number in a deepObject ``page: {size, number}`` (OpenMeter's lists), as
``page[number]`` is among parameters of their own (read as ``pagenumber``)."""


MESSAGE_FIELD = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\.([A-Za-z_]\w*)")
"""A field of a message flattened into a parameter's name: ``listOptions.limit`` (its last part)."""


def has_page_field(names: Iterable[Any]) -> bool:
    """Whether ``names`` (of a body's fields) hold one that only a page has (``PAGE_FIELDS``)."""
    return any(named(str(name), PAGE_FIELDS) for name in names)


def pages_by(names: Iterable[str], pages: tuple[str, ...] = PAGE_PARAMS) -> bool:
    """Whether ``names`` (of parameters or fields) hold a page size beside a page, an offset or a cursor."""
    names = list(names)
    moves = (*pages, *OFFSET_PARAMS, *CURSOR_PARAMS)
    return any(named(n, SIZE_PARAMS) for n in names) and any(named(n, moves) for n in names)
