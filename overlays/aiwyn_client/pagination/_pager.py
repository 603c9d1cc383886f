"""The pagers: ``for`` / ``async for`` over items, ``.pages()`` over pages (async: ``.batches()``
over each page's items), driving any ``Plan``.

Each page's request runs in a call mode of its own (``_api_response.PageMode``): a next-page URL
is followed as it is, and the response's headers come back for the plan (a ``Link`` header).
``AsyncPager`` keeps up to ``concurrency`` requests in flight where the plan allows it.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._api_response import CALL_MODE, PageMode
from ._plan import ItemT, PageRequest, PageT, Plan, ResumeToken, _Retry, check_int

if TYPE_CHECKING:
    import asyncio  # imported where an async pager runs: most programs never need it

T = TypeVar("T")
_Sent = tuple[Callable[[], PageT], PageMode]
SEND_WAIT = 0.01
"""The longest the async pager waits for the requests it has just started to be written before it
decodes a page. A request on an open connection takes a few turns of the event loop, and one that
needs a new connection is not waited for (``PageMode.written``): this bounds the rest (a request
waiting for a connection from a full pool, say)."""


class _Run(Generic[PageT, ItemT]):
    """What both pagers show of their run: the total a page reported, and where the run stands."""

    _plan: Plan[PageT, ItemT]

    @property
    def total(self) -> int | None:
        return self._plan.total

    @property
    def resume_token(self) -> ResumeToken:
        return self._plan.token


# ---------------------------------------------------------------------- sync
class Pager(_Run[PageT, ItemT]):
    """Iterate items (``for item in pager``) or pages (``pager.pages()``); read ``total`` and ``resume_token``."""

    def __init__(self, fetch: Callable[[PageRequest], PageT], plan: Plan[PageT, ItemT]) -> None:
        self._fetch, self._plan = fetch, plan

    def __iter__(self) -> Iterator[ItemT]:
        plan = self._plan
        for _, _, items in self._walk():
            for plan.taken, item in enumerate(items, start=1):
                yield item
            plan.page_finished()

    def pages(self) -> Iterator[PageT]:
        plan = self._plan
        for _, page, items in self._walk():
            plan.taken = len(items)
            plan.page_finished()
            if page is not None:  # a list's 204: no page
                yield page

    def _walk(self) -> Iterator[tuple[int, PageT, list[ItemT]]]:
        plan = self._plan
        plan.begin()
        while not plan.done:
            page_index = plan.page
            request = plan.request_for(page_index)
            mode = PageMode(request.url)
            token = CALL_MODE.set(mode)
            try:
                page = self._fetch(request)
            finally:
                CALL_MODE.reset(token)
            items = plan.accept_answer(page_index, page, mode.headers)
            if not isinstance(items, _Retry):
                yield page_index, page, items


# ---------------------------------------------------------------------- async
class AsyncPager(_Run[PageT, ItemT]):
    """``async for item in pager``, ``pager.pages()`` or ``pager.batches()`` (the items page by page);
    ``concurrency`` requests may be in flight."""

    def __init__(
        self,
        fetch: Callable[[PageRequest], Awaitable[Callable[[], PageT]]],
        plan: Plan[PageT, ItemT],
        concurrency: int = 1,
    ) -> None:
        """``fetch`` sends one page's request and returns what decodes the page: decoding waits
        until the page is read, so pages arriving together do not hold up the next requests."""
        check_int("concurrency", concurrency, 1)
        self._fetch, self._plan, self._concurrency = fetch, plan, concurrency
        self._open: list[AsyncGenerator[Any, None]] = []
        self._traced: bool | None = None
        """Whether the transport tells when a request is written (``PageMode.trace``): known
        from the first page's answer."""
        self.max_pages_held = 0
        """The most pages held at once during the run: the one being read plus those fetched ahead or
        in flight, at most ``concurrency + 1`` (1 when ``concurrency`` is 1: no fetching ahead)."""

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._opened(self._items())

    async def __aenter__(self) -> AsyncPager[PageT, ItemT]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Stop the run now: requests fetched ahead are cancelled and their connections released
        before this returns (``break`` alone leaves that to the garbage collector). The pager goes
        on from where it stood if iterated again, as after a ``break``."""
        opened, self._open = self._open, []
        for iterator in opened:
            await iterator.aclose()

    def _opened(self, iterator: AsyncGenerator[T, None]) -> AsyncGenerator[T, None]:
        self._open.append(iterator)
        return iterator

    async def _items(self) -> AsyncGenerator[ItemT, None]:
        plan = self._plan
        walk = self._walk()
        try:
            async for _, _, items in walk:
                for plan.taken, item in enumerate(items, start=1):
                    yield item
                plan.page_finished()
        finally:
            await walk.aclose()  # now, not when the garbage collector gets to it

    def pages(self) -> AsyncIterator[PageT]:
        return self._opened(self._pages())

    def batches(self) -> AsyncIterator[list[ItemT]]:
        """The items a page at a time: each list is what ``async for`` hands out from one page
        (repeats dropped, ``max_items`` applied), and while it is held ``resume_token`` stands
        right after its last item, as it would after ``async for`` reached it. A consumer that
        writes whole pages (``aiwyn export``) is spared a step of the iterator per item."""
        return self._opened(self._batches())

    async def _batches(self) -> AsyncGenerator[list[ItemT], None]:
        plan = self._plan
        walk = self._walk()
        try:
            async for _, _, items in walk:
                plan.taken = len(items)
                yield items
                plan.page_finished()
        finally:
            await walk.aclose()

    async def _pages(self) -> AsyncGenerator[PageT, None]:
        plan = self._plan
        walk = self._walk()
        try:
            async for _, page, items in walk:
                plan.taken = len(items)
                plan.page_finished()
                if page is not None:  # a list's 204: no page
                    yield page
        finally:
            await walk.aclose()

    async def _walk(self) -> AsyncGenerator[tuple[int, PageT, list[ItemT]], None]:
        plan = self._plan
        ahead: deque[tuple[int, asyncio.Task[_Sent[PageT]]]] = deque()
        first = True
        plan.begin()
        try:
            while not plan.done:
                page_index = plan.page
                if ahead and ahead[0][0] == page_index:
                    _, current = ahead.popleft()
                else:
                    current, _ = self._start(page_index)
                self._prefetch(ahead, page_index, self._concurrency - 1)  # beside this page's request
                decode, mode = await current
                if self._traced is None:
                    self._traced = mode.traced
                # Refill before decoding, so the next requests go out first; but not past the
                # first page's speculation before that page has told the total.
                if not first and (started := self._prefetch(ahead, page_index, self._concurrency)):
                    await self._written(started)
                page = decode()
                items = plan.accept_answer(page_index, page, mode.headers)
                if isinstance(items, _Retry):
                    if plan.reset_ahead:  # asked with the wrong page semantics
                        await _cancelled(ahead)
                        plan.reset_ahead = False
                    continue
                if first:
                    if not plan.prefetches:  # requested on speculation, but no total checks them
                        await _cancelled(ahead)
                    if started := self._prefetch(ahead, page_index, self._concurrency):
                        await self._written(started)
                    first = False
                self.max_pages_held = max(self.max_pages_held, 1 + len(ahead))
                yield page_index, page, items
        finally:
            await _cancelled(ahead)

    def _start(self, page_index: int) -> tuple[asyncio.Task[_Sent[PageT]], asyncio.Future[None]]:
        """Page ``page_index``'s request, sent by a task of its own, and what is set once it is
        written (or the task has ended, if it failed first)."""
        import asyncio

        written: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        task = asyncio.ensure_future(self._send(self._plan.request_for(page_index), written))
        task.add_done_callback(lambda _: _settle(written))
        return task, written

    async def _send(self, request: PageRequest, written: asyncio.Future[None]) -> _Sent[PageT]:
        """One page's request, in this task's own call mode: a next-page URL is followed, the
        response headers come back with what decodes the page, and ``written`` is set once the
        request is on its connection (told only where requests go ahead: one read alone waits
        for nothing)."""
        told = functools.partial(_settle, written) if self._concurrency > 1 else None
        mode = PageMode(request.url, written=told)
        CALL_MODE.set(mode)  # this task's context only
        decode = await self._fetch(request)
        return decode, mode

    async def _written(self, started: list[asyncio.Future[None]]) -> None:
        """Let the requests just started go out before a page is decoded: decoding holds the event
        loop, and a request whose task has not yet written it (httpx, httpcore and anyio take a few
        turns of the loop for that) would wait until the page's items are read, so the pages
        requested together would come back together and keep the client idle in between. Waits
        at most ``SEND_WAIT``; one turn of the loop where the transport does not tell."""
        import asyncio

        if self._traced is False:
            await asyncio.sleep(0)
        else:
            await asyncio.wait(started, timeout=SEND_WAIT)

    def _prefetch(
        self, ahead: deque[tuple[int, asyncio.Task[_Sent[PageT]]]], current: int, room: int
    ) -> list[asyncio.Future[None]]:
        """Keep up to ``room`` next pages requested, short of the page limit; what tells when each
        request it started is written (``_start``), empty if it started none.

        Until a page reports the total, the next pages are requested on speculation (a concurrent
        export would otherwise wait a whole round trip for the first page): with a total, at most
        ``concurrency - 1`` requests can turn out to be past the end; for an operation that
        reports none, at most ``concurrency``. ``concurrency=1`` requests nothing ahead, so a
        consumer that stops early costs no extra request. Keyset and cursor pages cannot be requested
        ahead: each one's request comes from the page before.
        """
        plan = self._plan
        if self._concurrency == 1 or not plan.prefetches or plan.done:
            return []
        limit = plan.page_limit()
        next_index = ahead[-1][0] + 1 if ahead else current + 1
        started = []
        while len(ahead) < room and (limit is None or next_index < limit):
            task, written = self._start(next_index)
            ahead.append((next_index, task))
            started.append(written)
            next_index += 1
        return started


def _settle(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


async def _cancelled(ahead: deque[tuple[int, asyncio.Task[Any]]]) -> None:
    """Pages requested ahead, cancelled and waited for (so their connections are back in the pool)."""
    import asyncio

    for _, task in ahead:
        task.cancel()  # also marks a failed one as seen: a page nobody reads logs nothing
    if ahead:
        await asyncio.gather(*(task for _, task in ahead), return_exceptions=True)
    ahead.clear()
