# Copied from overlays/aiwyn_client/pagination/cursor.py: edit it there; `make generate` rewrites this file.
"""Cursor paging: each page says how to ask for the next one, and the run ends when it says nothing.

One strategy for the styles where the *server* carries the position (``Paging.style``):

* ``cursor``: a cursor or page token in the body (``next_cursor``, ``nextPageToken``, ...) or a
  response header (Nomad's ``X-Nomad-NextToken``), sent back in a query parameter (a POST's body
  field, a request header), until it is empty or ``has_more`` is false;
* ``next_page``: the next page's number in the body (``meta.next_page``) or a response header
  (GitLab's ``X-Next-Page``), sent back as the page parameter until it is null or empty: the
  server says where its pages start, 0 or 1;
* ``after_id``: the id of the page's last record, sent back as ``starting_after`` (or the like)
  while the body's ``has_more`` (or a full page) says there are more;
* ``next_url``: a ``next`` link in the body, requested as it is;
* ``link_header``: the ``Link: <...>; rel="next"`` response header, requested as it is.

The position is the cursor that asked for the current page and how many of its records were
consumed, so a resume asks for that page again and skips what was delivered. Records are
de-duplicated by their unique key within a window of recent ids; a cursor the run already
followed ends it with ``PaginationError`` instead of looping. Pages cannot be requested ahead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any
from uuid import UUID

import httpx

from .._paging import Paging
from ._pages import MoreOf, dig
from ._plan import ItemT, PageRequest, PageT, Plan, ResumeToken, _Retry

NextOf = Callable[[Any, Sequence[Any], "httpx.Headers | None", int], "str | None"]
"""What a page says of the next one: (page, its records, its response headers, the page size) ->
the next cursor or URL, or None at the end."""


class CursorPlan(Plan[PageT, ItemT]):
    """Follows the cursor (or link) each page gives, until a page gives none."""

    def __init__(
        self,
        paging: Paging,
        items_of: Callable[[PageT], Sequence[ItemT] | None],
        total_of: Callable[[PageT], int | None] | None,
        key_of: Callable[[ItemT], Mapping[str, Any]],
        *,
        next_of: NextOf,
        page_size: int | None,
        max_items: int | None,
        resume: ResumeToken | None,
        id_of: Callable[[ItemT], Any] | None = None,
        label: str = "the iteration",
    ) -> None:
        super().__init__(
            paging, items_of, total_of, key_of,
            page_size=page_size, max_items=max_items, resume=resume, id_of=id_of, label=label,
        )  # fmt: skip
        self.next_of = next_of
        self.follows_url = paging.style in ("next_url", "link_header")
        self._followed: set[str] = set()
        self.position(resume or ResumeToken())

    def position(self, start: ResumeToken) -> None:
        super().position(start)
        self.cursor = start.cursor
        """What asks for the current page (None: the first page)."""
        self._next: str | None = None
        self._unlinked = False
        """The page just read had records and no ``Link`` header, where the header is inferred
        (``Paging.inferred``): delivered, and the run stops with an error where it would go on."""

    def request_for(self, page_index: int) -> PageRequest:
        if self._unlinked:
            raise self.stop(
                f"{self.label}: the answer had no `Link` header, so the next page cannot be found: the "
                "description declares none, and the iterator inferred it from the cursor parameter (a server "
                "may page this list another way); call the list method and pass the cursor yourself"
            )
        if self.follows_url:
            return PageRequest(self.size, url=self.cursor)
        return PageRequest(self.size, cursor=self.cursor)

    def accept(self, page_index: int, page: PageT, headers: httpx.Headers | None = None) -> list[ItemT] | _Retry:
        items, reported = self.items_and_total(page)
        if items is None:
            return self.short(page_index, "without its records array")
        if reported is not None:
            self.total = reported
        following = self.next_of(page, items, headers, self.size) or None
        if following is not None and (following == self.cursor or following in self._followed):
            raise self.stop(
                f"{self.label}: the server gave a next-page cursor the run already followed ({following[:80]!r}); "
                "following it would repeat pages"
            )
        if following is not None and self.follows_url:
            self._check_link(following)
        if (
            following is not None
            and self.paging.style == "next_page"
            and not (following.isascii() and following.isdigit())
        ):
            raise self.stop(
                f"{self.label}: the server named a next page that is not a page number ({following[:80]!r})"
            )
        ids = self.ids_of(items)
        skip = self.start
        fresh = items[skip:]
        self._fresh_ids = ids[skip:] if ids is not None else None
        positions = None
        if ids is not None:
            fresh, positions = self.drop_repeats(fresh, ids[skip:], skip)
        fresh = self.capped(fresh)
        self._next = following
        self._unlinked = following is None and self.paging.inferred and bool(items) and not has_link_header(headers)
        self.done = following is None and not self._unlinked
        self.taken = 0
        self._fresh, self._positions, self._page_length = fresh, positions, len(items)
        return fresh

    def _check_link(self, following: str) -> None:
        """A next-page link is a whole URL or a path from the origin (``/items?cursor=…``); anything
        else (a cursor, a relative path) would be sent somewhere under the base URL and fail there."""
        try:
            absolute = httpx.URL(following).is_absolute_url
            why = "" if absolute or following.startswith("/") else "neither a whole URL nor a path"
        except httpx.InvalidURL as exc:  # the server's link, not the caller's argument
            why = str(exc)
        if why:
            raise self.stop(
                f"{self.label}: the server gave a next-page link that is not a URL ({following[:80]!r}: {why})"
            )

    def page_finished(self) -> None:
        if self.settle_page() and self._next is not None:
            if self.cursor is not None:
                self._followed.add(self.cursor)
            self.page, self.cursor, self.start, self._next = self.page + 1, self._next, 0, None

    @property
    def token(self) -> ResumeToken:
        seen = self.recent_ids(self.taken, self._positions is not None)
        return ResumeToken(self.page, self.consumed(self.taken), None, self.count, None, self.cursor, seen)


def next_in_body(path: Sequence[str], more_of: MoreOf | None = None) -> NextOf:
    """The next cursor or link (or page number, or id, as text) at ``path`` in the page (attribute
    names; Qdrant's ``next_page_offset`` is an integer or a UUID); empty (or a negative number)
    means the end, and so does the body's flag (``has_more``, ``done``) where it says no more follow: some servers give
    a cursor on the last page too (the one to ask for changes later)."""

    def next_of(page: Any, items: Sequence[Any], headers: httpx.Headers | None, size: int) -> str | None:
        if more_of is not None and more_of(page) is False:
            return None
        value = dig(page, path)
        if isinstance(value, int) and not isinstance(value, bool) and value < 0:
            return None  # no position is negative: SugarCRM's next_offset -1, "no more records"
        if isinstance(value, (int, UUID)) and not isinstance(value, bool):
            return str(value)
        return value if isinstance(value, str) and value else None

    return next_of


def last_id(key_attr: str, more_of: MoreOf | None) -> NextOf:
    """The last record's id while the body's flag (``has_more``) says there are more records,
    or, with no such flag, while the page is full."""

    def next_of(page: Any, items: Sequence[Any], headers: httpx.Headers | None, size: int) -> str | None:
        if not items:
            return None
        flag = more_of(page) if more_of is not None else None
        more_records = flag if isinstance(flag, bool) else len(items) >= size
        if not more_records:
            return None
        value = getattr(items[-1], key_attr, None)
        return str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None

    return next_of


def next_in_header(name: str, more_of: MoreOf | None = None) -> NextOf:
    """The next cursor or page number in the response header ``name`` (Nomad's
    ``X-Nomad-NextToken``, GitLab's ``X-Next-Page``); absent or empty means the end, and so does the
    body's flag where it says no more follow."""

    def next_of(page: Any, items: Sequence[Any], headers: httpx.Headers | None, size: int) -> str | None:
        if more_of is not None and more_of(page) is False:
            return None
        value = headers.get(name, "").strip() if headers is not None else ""
        return value or None

    return next_of


def next_in_link_header(page: Any, items: Sequence[Any], headers: httpx.Headers | None, size: int) -> str | None:
    """The ``rel="next"`` URL of the response's ``Link`` header (RFC 8288)."""
    return next_link(headers) if headers is not None else None


def has_link_header(headers: httpx.Headers | None) -> bool:
    """Whether a response has a ``Link`` header at all."""
    return headers is not None and "link" in headers


def next_link(headers: httpx.Headers) -> str | None:
    """The ``rel="next"`` URL of ``Link`` headers (RFC 8288), or None; a link said to hold no
    results (Sentry's ``results="false"``, on every last page) is none."""
    for link in httpx.Response(200, headers=[("link", v) for v in headers.get_list("link")]).links.values():
        if "next" in str(link.get("rel", "")).split() and str(link.get("results", "")).lower() != "false":
            url = link.get("url")
            return str(url) if url else None
    return None
