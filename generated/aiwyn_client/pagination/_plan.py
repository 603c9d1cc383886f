# Copied from overlays/aiwyn_client/pagination/_plan.py: edit it there; `make generate` rewrites this file.
"""What every paging strategy shares: the request and resume token, the counters, the stop rule and
the de-duplication of records by their unique key.

A strategy (``numbered``, ``keyset``, ``cursor``) subclasses ``Plan`` and says how to ask for the
next page (``request_for``), what a page answered means (``accept``: its fresh items, or ``RETRY``
to ask again) and where the run stands (``token``). The pagers (``_pager``) drive any of them.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar

import httpx

from .._exceptions import InvalidArgumentError, PaginationError
from .._json import dig
from .._paging import Paging

logger = logging.getLogger("aiwyn_client")

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

DEDUPE_WINDOW: Final = 10_000
"""How many recent ids a run remembers to drop repeats (at least two pages)."""
_KEY_TYPES: Final = frozenset({int, str})


class _Retry:
    """What ``Plan.accept`` answers when the same page must be requested again."""


RETRY: Final = _Retry()


def usable(ids: list[Any]) -> bool:
    """Whether these keys can tell records apart: ints or strings (not None or UNSET), C-speed."""
    return set(map(type, ids)) <= _KEY_TYPES


@dataclass(frozen=True)
class PageRequest:
    """What the resource must put in the next request."""

    size: int
    page: int | None = None
    """The value of the page field (an index or an offset), for page paging."""
    where: dict[str, Any] | None = None
    order_by: list[dict[str, Any]] | None = None
    cursor: str | None = None
    """The cursor, page token or last id to send, for cursor paging (None: the first page)."""
    url: str | None = None
    """The whole URL of the next page (a ``next`` link or ``Link`` header), sent as it is."""


@dataclass(frozen=True)
class ResumeToken:
    """Where an iteration stands: after ``delivered`` items; pass it back as ``resume=``."""

    page: int = 0
    """Page index of the next item (page paging)."""
    skip: int = 0
    """Records of that page already consumed (delivered or dropped as repeats)."""
    after: tuple[Any, ...] | None = None
    """Sort-key values of the last delivered item (keyset paging)."""
    delivered: int = 0
    page_semantics: str | None = None
    """The page semantics the run found the server using, when it differs from the spec's."""
    cursor: str | None = None
    """The cursor (or next-page URL) that asks for the page of the next item (cursor paging)."""
    seen: tuple[Any, ...] = ()
    """The unique keys of the last records delivered (up to two pages): a resumed run drops them
    again when records inserted meanwhile push them onto the pages it asks for."""


def _no_total(page: Any) -> None:
    return None


def check_int(name: str, value: Any, low: int, high: int | None = None, why: str = "") -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < low or (high is not None and value > high):
        bound = f"from {low} to {high}" if high is not None else f"{low} or more"
        raise InvalidArgumentError(f"{name} must be an integer {bound}{why}, not {value!r}")


class Plan(Generic[PageT, ItemT]):
    """The page-by-page decisions of one run, shared by the sync and async pagers.

    The pagers store, per item, only how many items of the current page they have handed out
    (``taken``); everything else is settled once per page by ``accept`` and ``page_finished``.
    """

    @property
    def prefetches(self) -> bool:
        """Whether later pages can be requested before this one is read (page numbers and offsets)."""
        return False

    def __init__(
        self,
        paging: Paging,
        items_of: Callable[[PageT], Sequence[ItemT] | None],
        total_of: Callable[[PageT], int | None] | None,
        key_of: Callable[[ItemT], Mapping[str, Any]],
        *,
        page_size: int | None,
        max_items: int | None,
        resume: ResumeToken | None,
        id_of: Callable[[ItemT], Any] | None = None,
        label: str = "the iteration",
    ) -> None:
        size = paging.size_default if page_size is None else page_size
        check_int("page_size", size, paging.size_min, paging.size_max, " (the documented range)")
        if max_items is not None:
            check_int("max_items", max_items, 0)
        if resume is not None and not isinstance(resume, ResumeToken):
            raise InvalidArgumentError(f"resume takes the iterator's resume_token, not {type(resume).__name__}")
        self.paging, self.size, self.max_items, self.label = paging, size, max_items, label
        self.items_of, self.key_of = items_of, key_of
        self.total_of: Callable[[PageT], int | None] = total_of or _no_total
        self.reports_total = total_of is not None
        """Whether a page may report the total (None for ``total_of``: the description declares none)."""
        key = paging.key
        self.id_of: Callable[[ItemT], Any] | None = id_of
        if id_of is None and key is not None:
            self.id_of = lambda item: dig(key_of(item), (key,))
        self.total: int | None = None
        self.done = self.max_items == 0
        self._begun = False
        self.reset_ahead = False
        """Set when pages requested ahead were asked the wrong way (async only)."""
        self._retried: int | None = None
        self._recent: deque[set[Any]] = deque()
        """Ids delivered, a set per page, the oldest first."""
        self._remembered = 0
        self._window = max(DEDUPE_WINDOW, 2 * size)
        self._fresh_ids: list[Any] | None = None
        # Where the run stands is set by ``position``, which each strategy's constructor calls last.

    # -- the run
    def begin(self) -> None:
        """A run starts, or goes on after a ``break`` from exactly where it was left (as its resume
        token would); a pager whose run ended says so."""
        if self._begun and self.done:
            raise InvalidArgumentError(
                f"{self.label}: this pager is spent (its run ended); call the iterator method again for a new run"
            )
        if self._begun:
            self.position(self.token)
        self._begun = True

    def position(self, start: ResumeToken) -> None:
        """Where the next item is: the start of a run, a resume token, or where a run was left.
        A strategy adds what else its token carries (a keyset's last sort keys, a cursor)."""
        self.page = start.page
        """Page index of the next item."""
        self.start = start.skip
        """Records of the current page consumed before its delivery began (numbered and cursor)."""
        self.taken = 0
        """Items of the current page's fresh list handed out so far (the pagers set it)."""
        self._counted = start.delivered
        """Items delivered before the current page."""
        self._fresh: Sequence[ItemT] = ()
        self._positions: list[int] | None = None
        """Raw positions of the fresh items in their page, when repeats were dropped from it."""
        self._page_length = 0
        self.seed(start.seen)

    def request_for(self, page_index: int) -> PageRequest:
        raise NotImplementedError

    def accept(self, page_index: int, page: PageT, headers: httpx.Headers | None = None) -> list[ItemT] | _Retry:
        """The items of ``page`` still to deliver, or ``RETRY`` to request the same page again.

        Also settles whether the run is done. The pager then counts ``taken`` up as it hands the
        items out and calls ``page_finished`` after the last one. ``headers`` are the page's
        response headers, when the pager could capture them (a ``Link`` header's next page).
        """
        raise NotImplementedError

    def accept_answer(
        self, page_index: int, page: PageT | None, headers: httpx.Headers | None = None
    ) -> list[ItemT] | _Retry:
        """``accept``; but a page answered with a status documented without a body (a list's 204)
        is None, and the end of the run: nothing in it, nothing after it."""
        if page is None:
            self.done = True
            return []
        return self.accept(page_index, page, headers)

    def page_finished(self) -> None:
        raise NotImplementedError

    @property
    def token(self) -> ResumeToken:
        raise NotImplementedError

    def page_limit(self) -> int | None:
        """The page index to stop requesting at, when known (pages requested ahead stop there)."""
        return None

    @property
    def count(self) -> int:
        """Items delivered in all."""
        return self._counted + self.taken

    def items_and_total(self, page: PageT) -> tuple[list[ItemT] | None, int | None]:
        found = self.items_of(page)
        return (list(found) if found is not None else None), self.total_of(page)

    def consumed(self, taken: int) -> int:
        """Records of the current page consumed once ``taken`` fresh items are handed out: all of
        them once every record kept is, the repeats dropped after the last one included (else a
        page ending in a repeat, or holding nothing new, would be asked for again and again)."""
        if self._positions is not None and taken == len(self._positions):
            return self._page_length
        if taken == 0:
            return self.start
        if self._positions is not None:
            return self._positions[taken - 1] + 1
        return self.start + taken

    def settle_page(self) -> bool:
        """The page just read is settled (counters, ids remembered, the position within it); True
        when all of it was consumed, so the next request is for the page after. Stopped by
        ``max_items`` inside a page, the position stays there: a resume continues with the next
        item of that page."""
        taken = self.taken
        if taken:
            self.remember(taken, self._positions is not None)
        consumed = self.consumed(taken)
        self._counted += taken
        self.start, self.taken, self._fresh, self._positions = consumed, 0, (), None
        if self.max_items is not None and self._counted >= self.max_items:
            self.done = True
        return consumed >= self._page_length

    # -- the stop rule
    def stop(self, message: str) -> PaginationError:
        """The error that ends a run which cannot go on exactly once, with where it stands."""
        return PaginationError(message, resume_token=self.token, delivered=self.count, total=self.total)

    def short(self, page_index: int, what: str) -> _Retry:
        """Ask once more for a page that came back short of the total; then give up loudly."""
        if self._retried != page_index:
            self._retried = page_index
            logger.info("%s: page %d came back %s; requesting it again", self.label, page_index, what)
            return RETRY
        raise self.stop(
            f"{self.label}: page {page_index} came back {what} twice, before the reported total of "
            f"{self.total} was reached ({self.count} items delivered); continue later with "
            "resume=error.resume_token"
        )

    def capped(self, fresh: list[ItemT]) -> list[ItemT]:
        """``fresh`` cut to what ``max_items`` still wants."""
        if self.max_items is None:
            return fresh
        return fresh[: max(0, self.max_items - self.count)]

    # -- de-duplication by the unique key
    def ids_of(self, items: list[ItemT]) -> list[Any] | None:
        """The records' unique keys, or None when they have none that can tell them apart (nor the
        key at all: BambooHR's records, an ``allOf`` narrowing its page's items to a model with an
        id that openapi-python-client reads as the wider one without)."""
        try:
            ids = list(map(self.id_of, items)) if self.id_of is not None else None
        except AttributeError:
            return None
        return ids if ids is not None and usable(ids) else None

    def drop_repeats(self, fresh: list[ItemT], ids: list[Any], skip: int) -> tuple[list[ItemT], list[int] | None]:
        """``fresh`` without records delivered lately (or twice on this page), and the raw
        positions of those kept when any were dropped."""
        page = set(ids)
        if len(page) == len(ids) and all(seen.isdisjoint(page) for seen in self._recent):
            return fresh, None
        kept, positions, here = [], [], set()
        for offset, (item, key) in enumerate(zip(fresh, ids, strict=True)):
            if key in here or any(key in seen for seen in self._recent):
                continue
            here.add(key)
            kept.append(item)
            positions.append(skip + offset)
        logger.info("%s: dropped %d repeated records (inserted during the run)", self.label, len(fresh) - len(kept))
        return kept, positions

    def recent_ids(self, taken: int, repeats_dropped: bool) -> tuple[Any, ...]:
        """The keys of the records delivered last: the pages before (up to two pages' worth) and the
        first ``taken`` of the current one, for a resume token to carry."""
        current: list[Any] = []
        if taken and self._fresh_ids is not None:
            current = (
                list(map(self.id_of, self._fresh[:taken]))
                if repeats_dropped and self.id_of
                else self._fresh_ids[:taken]
            )
        found = list(current)
        for page in reversed(self._recent):
            if len(found) >= 2 * self.size:
                break
            found.extend(page)
        return tuple(found[: 2 * self.size + len(current)])

    def seed(self, seen: Sequence[Any]) -> None:
        """A resumed run remembers what the run before it delivered last."""
        self._recent = deque([set(seen)]) if seen else deque()
        self._remembered = len(seen)

    def remember(self, taken: int, repeats_dropped: bool) -> None:
        """Keep the ids of the records just delivered: one set per page, the last ``window`` ids."""
        if self._fresh_ids is None:
            return
        ids = self._fresh_ids
        if repeats_dropped and self.id_of is not None:
            ids = list(map(self.id_of, self._fresh))
        self._recent.append(set(ids[:taken]))
        self._remembered += min(taken, len(ids))
        while self._remembered - len(self._recent[0]) >= self._window:
            self._remembered -= len(self._recent.popleft())


class SearchPlan(Plan[PageT, ItemT]):
    """A plan whose requests carry the caller's ``where`` and ``order_by`` (numbered and keyset)."""

    def __init__(
        self,
        *args: Any,
        where: Mapping[str, Any] | None = None,
        order_by: Sequence[Mapping[str, Any]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.where = dict(where) if where else None
        self.order = [dict(o) for o in order_by or ()]
