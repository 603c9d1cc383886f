"""Iterators over every list and search: pages or items, sync or async, resumable.

Two strategies, chosen from the spec by the rendered resources:

* **pages** (the body has a page field): request page after page (``page`` as an index or as
  records to skip, as the spec's ``x-aiwyn-page-semantics`` says) and stop at the reported
  total, or at a short or empty page, whichever comes first. The total is read from every page,
  so a total that changes mid-run is followed. ``AsyncAiwyn`` can keep ``concurrency`` requests
  in flight (page requests ahead of the one being read); items still come out in order.
* **keyset** (a search without a page field): order by the caller's keys and then by the
  unique key (``id``), and ask each time for the records after the last one delivered
  (combined with the caller's ``where`` by ``_and``), so no record is skipped or repeated even
  when records are inserted during the run.

A page that fails (after the client's retries) raises; ``iterator.resume_token`` then says
where to continue, and ``iter(..., resume=token)`` continues there without repeating delivered
items.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._exceptions import PaginationError
from ._json import dig

__all__ = ["AsyncPager", "PageRequest", "PaginationError", "Pager", "Paging", "Plan", "ResumeToken"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")


@dataclass(frozen=True)
class Paging:
    """How one operation pages, rendered from the spec."""

    size_min: int
    size_max: int
    size_default: int
    page_semantics: str | None
    """"index", "offset", or None for keyset paging (no page field)."""
    key: str | None = "id"
    """The unique key of keyset paging (API name)."""

    @property
    def keyset(self) -> bool:
        return self.page_semantics is None


@dataclass(frozen=True)
class PageRequest:
    """What the resource must put in the next request's body."""

    size: int
    page: int | None = None
    """The value of the page field (an index or an offset), for page paging."""
    where: dict[str, Any] | None = None
    order_by: list[dict[str, Any]] | None = None


@dataclass(frozen=True)
class ResumeToken:
    """Where an iteration stands: after ``delivered`` items; pass it back as ``resume=``."""

    page: int = 0
    """Page index of the next item (page paging)."""
    skip: int = 0
    """Items of that page already delivered."""
    after: tuple[Any, ...] | None = None
    """Sort-key values of the last delivered item (keyset paging)."""
    delivered: int = 0


# ---------------------------------------------------------------------- shared decisions
class Plan(Generic[PageT, ItemT]):
    """The page-by-page decisions shared by the sync and async iterators."""

    def __init__(
        self,
        paging: Paging,
        items_of: Callable[[PageT], Sequence[ItemT]],
        total_of: Callable[[PageT], int | None],
        key_of: Callable[[ItemT], Mapping[str, Any]],
        *,
        page_size: int | None,
        max_items: int | None,
        start_page: int,
        where: Mapping[str, Any] | None,
        order_by: Sequence[Mapping[str, Any]] | None,
        resume: ResumeToken | None,
    ) -> None:
        size = paging.size_default if page_size is None else page_size
        if isinstance(size, bool) or not isinstance(size, int) or not paging.size_min <= size <= paging.size_max:
            raise PaginationError(
                f"page_size must be an integer from {paging.size_min} to {paging.size_max} "
                f"(the documented range), not {size!r}"
            )
        if max_items is not None and max_items < 0:
            raise PaginationError(f"max_items must be 0 or more, not {max_items}")
        if start_page < 0:
            raise PaginationError(f"start_page must be 0 or more, not {start_page}")
        if paging.keyset and start_page:
            raise PaginationError("start_page needs a page field; this search pages by keyset (use resume=)")
        self.paging, self.size, self.max_items = paging, size, max_items
        self.items_of, self.total_of, self.key_of = items_of, total_of, key_of
        self.where = dict(where) if where else None
        self.order = [dict(o) for o in order_by or ()]
        if paging.keyset and paging.key and not any(paging.key in o for o in self.order):
            self.order.append({paging.key: "asc"})
        start = resume or ResumeToken(page=start_page)
        # Where the iteration stands, kept as plain counters (``token`` builds the public value).
        # The iterators move only ``position`` per item; everything else is settled per page.
        self.page = start.page
        """Page index of the next item."""
        self.position = start.skip
        """Items of that page delivered so far."""
        self.start = start.skip
        """``position`` when the current page's delivery began."""
        self._counted = start.delivered
        """Items delivered before the current page."""
        self._after = start.after
        self._fresh: Sequence[ItemT] = ()
        self._page_length = 0
        self.total: int | None = None
        self.done = self.max_items == 0

    # -- requests
    def request_for(self, page_index: int) -> PageRequest:
        if self.paging.keyset:
            return PageRequest(self.size, None, self._keyset_where(), self.order or None)
        value = page_index * self.size if self.paging.page_semantics == "offset" else page_index
        return PageRequest(self.size, value, self.where, self.order or None)

    def _keyset_where(self) -> dict[str, Any] | None:
        after = self.after
        if after is None:
            return self.where
        branches = []
        for i, (order, value) in enumerate(zip(self.order, after)):
            equal = [_leaf(o, "_eq", v) for o, v in zip(self.order[:i], after[:i])]
            strict = _leaf(order, "_gt" if _direction(order) == "asc" else "_lt", value)
            branches.append({"_and": [*equal, strict]} if equal else strict)
        keyset = branches[0] if len(branches) == 1 else {"_or": branches}
        return {"_and": [self.where, keyset]} if self.where else keyset

    # -- answers
    def accept(self, page_index: int, page: PageT) -> list[ItemT]:
        """The items of ``page`` still to deliver, from ``start + 1`` on; updates the stopping state.

        The iterator then sets ``position`` to each item's position as it hands it out (one
        attribute store per item) and calls ``page_finished`` after the last one.
        """
        items = list(self.items_of(page))
        total = self.total_of(page)
        if total is not None:
            self.total = total
        skip = self.position if not self.paging.keyset and page_index == self.page else 0
        fresh = items[skip:]
        if self.max_items is not None:
            fresh = fresh[: max(0, self.max_items - self.count)]
        reached = (
            self.total is not None and not self.paging.keyset and page_index * self.size + len(items) >= self.total
        )
        self.done = len(items) < self.size or reached
        self.page, self.position, self.start = page_index, skip, skip
        self._fresh, self._page_length = fresh, len(items)
        return fresh

    @property
    def count(self) -> int:
        """Items delivered in all."""
        return self._counted + self.position - self.start

    def page_finished(self) -> None:
        """Settle the page just read: counters, keyset position, and the next page to ask for."""
        delivered = self.position - self.start
        if delivered and self.paging.keyset:
            self._after = self._key_values(self._fresh[delivered - 1])
        self._counted += delivered
        self.start, self._fresh = self.position, ()
        if not self.paging.keyset and self.position >= self._page_length:
            self.page, self.position, self.start = self.page + 1, 0, 0
        # Stopped by max_items inside a page, the position stays there: a resume continues with
        # the next item of that page, not the next page.
        if self.max_items is not None and self._counted >= self.max_items:
            self.done = True

    def _key_values(self, item: ItemT) -> tuple[Any, ...]:
        values = self.key_of(item)
        return tuple(dig(values, _path(o)) for o in self.order)

    @property
    def after(self) -> tuple[Any, ...] | None:
        """Sort-key values of the last delivered item (keyset paging)."""
        delivered = self.position - self.start
        return self._key_values(self._fresh[delivered - 1]) if delivered else self._after

    @property
    def token(self) -> ResumeToken:
        return ResumeToken(self.page, self.position, self.after if self.paging.keyset else None, self.count)

    def page_limit(self) -> int | None:
        """The page index to stop requesting at: past the reported total, or past the page of the
        last item ``max_items`` still wants; None while neither is known (page paging only)."""
        limits = []
        if self.total is not None:
            limits.append(-(-self.total // self.size))
        if self.max_items is not None:
            last_wanted = self.page * self.size + self.position + (self.max_items - self.count) - 1
            limits.append(last_wanted // self.size + 1)
        return min(limits) if limits else None


def _path(order: Mapping[str, Any]) -> list[str]:
    path, node = [], order
    while isinstance(node, Mapping):
        ((key, node),) = node.items()
        path.append(key)
    return path


def _direction(order: Mapping[str, Any]) -> str:
    node: Any = order
    while isinstance(node, Mapping):
        ((_, node),) = node.items()
    return str(node)


def _leaf(order: Mapping[str, Any], op: str, value: Any) -> dict[str, Any]:
    node: Any = {op: value}
    for key in reversed(_path(order)):
        node = {key: node}
    result: dict[str, Any] = node
    return result


# ---------------------------------------------------------------------- sync
class Pager(Generic[PageT, ItemT]):
    """Iterate items (``for item in pager``) or pages (``pager.pages()``); read ``total`` and ``resume_token``."""

    def __init__(self, fetch: Callable[[PageRequest], PageT], plan: Plan[PageT, ItemT]) -> None:
        self._fetch, self._plan = fetch, plan

    @property
    def total(self) -> int | None:
        return self._plan.total

    @property
    def resume_token(self) -> ResumeToken:
        return self._plan.token

    def __iter__(self) -> Iterator[ItemT]:
        plan = self._plan
        for _, _, items in self._walk():
            for plan.position, item in enumerate(items, start=plan.start + 1):
                yield item
            plan.page_finished()

    def pages(self) -> Iterator[PageT]:
        plan = self._plan
        for _, page, items in self._walk():
            plan.position += len(items)
            plan.page_finished()
            yield page

    def _walk(self) -> Iterator[tuple[int, PageT, list[ItemT]]]:
        plan = self._plan
        while not plan.done:
            page_index = plan.page
            page = self._fetch(plan.request_for(page_index))
            items = plan.accept(page_index, page)
            yield page_index, page, items


# ---------------------------------------------------------------------- async
class AsyncPager(Generic[PageT, ItemT]):
    """``async for item in pager``, or ``pager.pages()``; ``concurrency`` requests may be in flight."""

    def __init__(
        self,
        fetch: Callable[[PageRequest], Awaitable[Callable[[], PageT]]],
        plan: Plan[PageT, ItemT],
        concurrency: int = 1,
    ) -> None:
        """``fetch`` sends one page's request and returns what decodes the page: decoding waits
        until the page is read, so pages arriving together do not hold up the next requests."""
        if concurrency < 1:
            raise PaginationError(f"concurrency must be 1 or more, not {concurrency}")
        self._fetch, self._plan, self._concurrency = fetch, plan, concurrency
        self.max_pages_held = 0
        """The most pages held at once during the run: the one being read plus those fetched ahead or
        in flight, at most ``concurrency + 1`` (1 when ``concurrency`` is 1: no fetching ahead)."""

    @property
    def total(self) -> int | None:
        return self._plan.total

    @property
    def resume_token(self) -> ResumeToken:
        return self._plan.token

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._items()

    async def _items(self) -> AsyncIterator[ItemT]:
        plan = self._plan
        async for _, _, items in self._walk():
            for plan.position, item in enumerate(items, start=plan.start + 1):
                yield item
            plan.page_finished()

    async def pages(self) -> AsyncIterator[PageT]:
        plan = self._plan
        async for _, page, items in self._walk():
            plan.position += len(items)
            plan.page_finished()
            yield page

    async def _walk(self) -> AsyncIterator[tuple[int, PageT, list[ItemT]]]:
        plan = self._plan
        ahead: deque[tuple[int, asyncio.Task[Callable[[], PageT]]]] = deque()
        first = True
        try:
            while not plan.done:
                page_index = plan.page
                if ahead and ahead[0][0] == page_index:
                    _, current = ahead.popleft()
                else:
                    current = asyncio.ensure_future(self._fetch(plan.request_for(page_index)))
                self._prefetch(ahead, page_index, self._concurrency - 1)  # beside this page's request
                decode = await current
                # Refill before decoding, so the next requests go out first; but not past the
                # first page's speculation before that page has told the total.
                if not first and self._prefetch(ahead, page_index, self._concurrency):
                    await asyncio.sleep(0)
                page = decode()
                items = plan.accept(page_index, page)
                if first:
                    self._prefetch(ahead, page_index, self._concurrency)
                    first = False
                self.max_pages_held = max(self.max_pages_held, 1 + len(ahead))
                yield page_index, page, items
        finally:
            for _, task in ahead:
                task.cancel()  # also marks a failed one as seen: a page nobody reads logs nothing

    def _prefetch(self, ahead: deque[tuple[int, asyncio.Task[Callable[[], PageT]]]], current: int, room: int) -> bool:
        """Keep up to ``room`` next pages requested, short of the page limit; True if it started any.

        Until a page reports the total, the next pages are requested on speculation (a concurrent
        export would otherwise wait a whole round trip for the first page): with a total, at most
        ``concurrency - 1`` requests can turn out to be past the end; for an operation that
        reports none, at most ``concurrency``. ``concurrency=1`` requests nothing ahead, so a
        consumer that stops early costs no extra request. Keyset pages cannot be requested ahead:
        each one's condition comes from the last item of the one before.
        """
        plan = self._plan
        if self._concurrency == 1 or plan.paging.keyset or plan.done:
            return False
        limit = plan.page_limit()
        next_index = ahead[-1][0] + 1 if ahead else current + 1
        started = len(ahead)
        while len(ahead) < room and (limit is None or next_index < limit):
            ahead.append((next_index, asyncio.ensure_future(self._fetch(plan.request_for(next_index)))))
            next_index += 1
        return len(ahead) > started
