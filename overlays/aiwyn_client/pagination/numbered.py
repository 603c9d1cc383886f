"""Page numbers and offsets: request page after page, ``page`` as an index or as records to skip.

Which one the server really uses is checked at run time: if page 1 comes back as page 0 shifted by
one record, the server skips records, and the run switches to offsets (logged once) after
checking the switch lines up. Where the description does not say the first page's number, pages
are asked from 0; if page 1 comes back as page 0 exactly, the server numbers them from 1 and read
0 as 1, and the run asks for the server's page 2 next (``index_from_1``, logged once), so its
last page is not left unasked. Records are de-duplicated by their unique key within a window of
recent ids, so inserts during a run repeat nothing; a deletion during the run can still shift a
record past the cursor (page numbers cannot prevent that).

Stop rule: once a page has reported a total, a short, empty or malformed page before that total
is reached is requested once more, and if it is still short ``PaginationError`` says where the
run stands. Without a total a short page ends the run; where the request cannot say how many
records a page holds (``Paging.sized`` false), "short" is against the server's own page size, as
the first page read shows it. A page that says more records follow (``has_more``) is not the
last, though short; a short first page that says so shows the server's cap on its pages, which is
the size from then on. A page that says none follow is the last, though full. A full page that
comes back as the one before it stops the run too.
"""

from __future__ import annotations

import logging
from typing import Any, Final

import httpx

from ._pages import MoreOf
from ._plan import RETRY, ItemT, PageRequest, PageT, ResumeToken, SearchPlan, _Retry, check_int

logger = logging.getLogger("aiwyn_client")
_MISSING: Final[Any] = object()
_NOTHING_READ: Final = -2
FROM_ONE: Final = "index_from_1"
"""Page semantics the run found: page indexes, numbered by the server from 1."""


class NumberedPlan(SearchPlan[PageT, ItemT]):
    """Page-index or offset paging (``Paging.page_semantics``), with the shift check."""

    @property
    def prefetches(self) -> bool:
        """Until the first page is read, and then only if it reported the total (never for a list
        whose description declares none). Pages requested together can be answered in any order:
        one answered before inserts the page before it saw reports a smaller total and is asked
        again (``accept``); without a total nothing would show the gap such a page leaves, so a
        list that reports none is read page after page."""
        return self.total is not None or (self.reports_total and self._previous_index == _NOTHING_READ)

    def __init__(self, *args: Any, start_page: int = 0, more_of: MoreOf | None = None, **kwargs: Any) -> None:
        """``SearchPlan``'s arguments, the page to start at, and where a page says whether more
        records follow (``has_more``, Pipedrive's ``more_items_in_collection``), if it does."""
        super().__init__(*args, **kwargs)
        self.more_of = more_of
        check_int("start_page", start_page, 0)
        self._stale: int | None = None
        self._previous_ids: list[Any] | None = None
        self._previous_marks: list[Any] | None = None
        """The last page's ids, or where the records have no key, its length and ends (``_ends``)."""
        self._previous_index = _NOTHING_READ
        self._shifted_last: Any = _MISSING
        self.position(kwargs.get("resume") or ResumeToken(page=start_page))

    def position(self, start: ResumeToken) -> None:
        super().position(start)
        self.semantics = start.page_semantics or self.paging.page_semantics

    def request_for(self, page_index: int) -> PageRequest:
        if self.semantics == "offset":  # an offset the description declares may count from 1 (SCIM)
            declared = self.paging.page_semantics == "offset"
            value = page_index * self.size + (self.paging.first_page if declared else 0)
        elif self.semantics == FROM_ONE:
            value = page_index + 1
        else:
            value = page_index + self.paging.first_page
        return PageRequest(self.size, value, self.where, self.order or None)

    def accept(self, page_index: int, page: PageT, headers: httpx.Headers | None = None) -> list[ItemT] | _Retry:
        items, reported = self.items_and_total(page)
        if items is None:
            return self.short(page_index, "without its records array")
        ids = self.ids_of(items)
        marks = ids if ids is not None else self._ends(items)
        if ids is not None and self._shifted_by_one(page_index, ids):
            return RETRY
        if self._numbered_from_one(page_index, marks):
            return RETRY
        self._not_the_same_again(page_index, marks, full=len(items) == self.size)
        if reported is not None and self.total is not None and reported < self.total and self._stale != page_index:
            # Answered against an older state than the page before it (requested ahead, answered
            # before inserts the previous page saw): its window may leave a gap, so ask again.
            self._stale = page_index
            return RETRY
        if reported is not None:
            self.total = reported
        more = self.more_of(page) if self.more_of is not None else None
        first = self._previous_index == _NOTHING_READ and bool(items)
        if first and (not self.paging.sized or (more is True and len(items) < self.size)):
            # no page size to ask for, or more follow a short first page (the server caps its pages
            # below the size asked): the server's size, as its first page shows it
            self.size = len(items)
        end = page_index * self.size + len(items)
        if len(items) < self.size and self.total is not None and end < self.total:
            return self.short(page_index, f"with {len(items)} of {self.size} records")
        self._previous_ids, self._previous_marks, self._previous_index = ids, marks, page_index
        skip = self.start if page_index == self.page else 0
        fresh = items[skip:]
        positions = None
        self._fresh_ids = ids[skip:] if ids is not None else None
        if ids is not None:
            fresh, positions = self.drop_repeats(fresh, ids[skip:], skip)
        fresh = self.capped(fresh)
        reached = self.total is not None and end >= self.total
        short = len(items) < self.size and not (more is True and items)  # short, and not said to be followed
        self.done = short or reached or more is False
        self.page, self.start, self.taken = page_index, skip, 0
        self._fresh, self._positions, self._page_length = fresh, positions, len(items)
        return fresh

    def _shifted_by_one(self, page_index: int, ids: list[Any]) -> bool:
        """True when the server turned out to read ``page`` as records to skip: switch and re-ask.

        Page n + 1 asked as an index but answered as an offset is page n moved by one record,
        which inserts during the run produce only by a coincidence of size - 1 inserts; after the
        switch, page 1 asked as an offset must begin where the shifted page ended.
        """
        if self._shifted_last is not _MISSING:
            expected, self._shifted_last = self._shifted_last, _MISSING
            if ids and ids[0] != expected:
                raise self.stop(
                    f"{self.label}: the server's paging is neither by page index nor by offset "
                    f"(page 1 as an offset does not continue the shifted page)"
                )
            return False
        previous = self._previous_ids
        overlap = min(len(ids), self.size - 1)
        if (
            self.semantics != "index"
            or previous is None
            or page_index != self._previous_index + 1
            or len(previous) != self.size
            or overlap < 1
            or ids[:overlap] != previous[1 : overlap + 1]
        ):
            return False
        logger.info(
            "%s: the server reads `page` as records to skip, not as a page index; paging by offset from now on",
            self.label,
        )
        self.semantics, self.reset_ahead = "offset", True
        if page_index == 1:
            self._shifted_last = ids[-1] if len(ids) == self.size else _MISSING
        return True

    def _ends(self, items: list[ItemT]) -> list[Any]:
        """What tells a page of records without a key from another: its length and what its first
        and last records hold (two records' ``to_dict``, not every one's: a page repeated whole
        repeats these, and two pages of a run that moves on never share both)."""
        return [len(items), *(repr(self.key_of(item)) for item in items[:1] + items[-1:])] if items else []

    def _numbered_from_one(self, page_index: int, marks: list[Any]) -> bool:
        """True when page 1 repeats page 0 exactly, where the description left the first page's
        number unsaid (asked from 0): the server numbers pages from 1 and answered 0 as 1. Page 1
        is asked again as the server's page 2, and so on."""
        if (
            self.semantics != "index"
            or self.paging.first_page != 0
            or page_index != 1
            or self._previous_index != 0
            or not marks
            or marks != self._previous_marks
        ):
            return False
        logger.info(
            "%s: the server numbers pages from 1 (page 0 was answered as page 1); going on from page 2", self.label
        )
        self.semantics, self.reset_ahead = FROM_ONE, True
        return True

    def _not_the_same_again(self, page_index: int, marks: list[Any], *, full: bool) -> None:
        """Raise ``PaginationError`` where a full page comes back as the one before it: a server that
        ignores the page asked for (or a static mock) would otherwise be asked page after page
        without end, its records dropped as repeats or, without a key, handed out again."""
        if full and marks and page_index == self._previous_index + 1 and marks == self._previous_marks:
            raise self.stop(
                f"{self.label}: page {page_index} came back the same as page {page_index - 1}; the server does "
                "not page this list as asked"
            )

    def page_finished(self) -> None:
        """Settle the page just read: counters, ids to remember, and the next page to ask for."""
        if self.settle_page():
            self.page, self.start = self.page + 1, 0

    @property
    def token(self) -> ResumeToken:
        semantics = self.semantics if self.semantics != self.paging.page_semantics else None
        seen = self.recent_ids(self.taken, self._positions is not None)
        return ResumeToken(self.page, self.consumed(self.taken), None, self.count, semantics, seen=seen)

    def page_limit(self) -> int | None:
        """The page index to stop requesting at: past the reported total, or past the page of the
        last item ``max_items`` still wants; None while neither is known."""
        limits = []
        if self.total is not None:
            limits.append(-(-self.total // self.size))
        if self.max_items is not None:
            last_wanted = self.page * self.size + self.consumed(self.taken) + (self.max_items - self.count) - 1
            limits.append(last_wanted // self.size + 1)
        return min(limits) if limits else None
