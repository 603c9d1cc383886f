# Copied from overlays/aiwyn_client/pagination.py: edit it there; `make generate` rewrites this file.
"""Iterators over every list and search: pages or items, sync or async, resumable, exactly once.

Two strategies, chosen from the spec by the rendered resources:

* **keyset** (every search that takes ``where`` and ``orderBy``, and searches without a page
  field): order by the caller's keys and then by the unique key (``id``), and ask each time for
  the records after the last one delivered (combined with the caller's ``where`` by ``_and``).
  Records inserted or deleted during the run are neither repeated nor skipped among those that
  existed at the start. Null sort values are placed as the server places them (Hasura: ``asc``
  puts nulls last, ``desc`` first; ``*_nulls_first`` / ``*_nulls_last`` as written) through
  ``_is_null`` branches. A page that does not move the cursor raises instead of looping.
* **pages** (lists with only a page field): request page after page, ``page`` as an index or as
  records to skip. Which one the server really uses is checked at run time: if page 1 comes back
  as page 0 shifted by one record, the server skips records, and the run switches to offsets
  (logged once) after checking the switch lines up. Records are de-duplicated by their unique key
  within a window of recent ids, so inserts during a run repeat nothing; a deletion during the
  run can still shift a record past the cursor (page numbers cannot prevent that).

Stop rule: once a page has reported a total, a short, empty or malformed page before that total
is reached is requested once more, and if it is still short ``PaginationError`` says where the
run stands (``resume_token``, items delivered, the total). Without a total a short page ends the
run. A page that fails (after the client's retries) raises its own error; ``resume_token`` then
says where to continue, and ``iter(..., resume=token)`` continues without repeating items.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

from ._exceptions import InvalidArgumentError, PaginationError
from ._json import dig
from ._paging import Paging

if TYPE_CHECKING:
    import asyncio  # imported where an async pager runs: most programs never need it

__all__ = ["AsyncPager", "PageRequest", "PaginationError", "Pager", "Paging", "Plan", "ResumeToken"]

logger = logging.getLogger("aiwyn_client")

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

DEDUPE_WINDOW: Final = 10_000
"""How many recent ids page-number paging remembers to drop repeats (at least two pages)."""

# Hasura's order directions; the bare ones put nulls last (asc) or first (desc).
DIRECTIONS: Final = frozenset(
    {"asc", "desc", "asc_nulls_first", "asc_nulls_last", "desc_nulls_first", "desc_nulls_last"}
)
_MISSING: Final[Any] = object()


class _Retry:
    """What ``Plan.accept`` answers when the same page must be requested again."""


_KEY_TYPES: Final = frozenset({int, str})


def _usable(ids: list[Any]) -> bool:
    """Whether these keys can tell records apart: ints or strings (not None or UNSET), C-speed."""
    return set(map(type, ids)) <= _KEY_TYPES


RETRY: Final = _Retry()


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
    """Records of that page already consumed (delivered or dropped as repeats)."""
    after: tuple[Any, ...] | None = None
    """Sort-key values of the last delivered item (keyset paging)."""
    delivered: int = 0
    page_semantics: str | None = None
    """The page semantics the run found the server using, when it differs from the spec's."""


def _check_int(name: str, value: Any, low: int, high: int | None = None, why: str = "") -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < low or (high is not None and value > high):
        bound = f"from {low} to {high}" if high is not None else f"{low} or more"
        raise InvalidArgumentError(f"{name} must be an integer {bound}{why}, not {value!r}")


# ---------------------------------------------------------------------- shared decisions
class Plan(Generic[PageT, ItemT]):
    """The page-by-page decisions shared by the sync and async iterators.

    The iterators store, per item, only how many items of the current page they have handed
    out (``taken``); everything else is settled once per page by ``accept`` and
    ``page_finished``.
    """

    def __init__(
        self,
        paging: Paging,
        items_of: Callable[[PageT], Sequence[ItemT] | None],
        total_of: Callable[[PageT], int | None],
        key_of: Callable[[ItemT], Mapping[str, Any]],
        *,
        page_size: int | None,
        max_items: int | None,
        start_page: int,
        where: Mapping[str, Any] | None,
        order_by: Sequence[Mapping[str, Any]] | None,
        resume: ResumeToken | None,
        id_of: Callable[[ItemT], Any] | None = None,
        label: str = "the iteration",
    ) -> None:
        size = paging.size_default if page_size is None else page_size
        _check_int("page_size", size, paging.size_min, paging.size_max, " (the documented range)")
        if max_items is not None:
            _check_int("max_items", max_items, 0)
        _check_int("start_page", start_page, 0)
        if paging.keyset and start_page:
            raise InvalidArgumentError("start_page needs a page field; this search pages by keyset (use resume=)")
        if resume is not None and not isinstance(resume, ResumeToken):
            raise InvalidArgumentError(f"resume takes the iterator's resume_token, not {type(resume).__name__}")
        self.paging, self.size, self.max_items, self.label = paging, size, max_items, label
        self.items_of, self.total_of, self.key_of = items_of, total_of, key_of
        key = paging.key
        self.id_of: Callable[[ItemT], Any] | None = id_of
        if id_of is None and key is not None:
            self.id_of = lambda item: dig(key_of(item), (key,))
        self.where = dict(where) if where else None
        self.order = [dict(o) for o in order_by or ()]
        if paging.keyset:
            for order in self.order:
                _check_order(order)
            if key and not any(_path(o) == [key] for o in self.order):
                self.order.append({key: "asc"})
        self._position(resume or ResumeToken(page=start_page))
        self.total: int | None = None
        self.done = self.max_items == 0
        self._begun = False
        self.reset_ahead = False
        """Set when pages requested ahead were asked with the wrong semantics (async only)."""
        self._retried: int | None = None
        self._stale: int | None = None
        self._previous_ids: list[Any] | None = None
        self._previous_index = -2
        self._shifted_last: Any = _MISSING
        self._recent: deque[set[Any]] = deque()
        """Ids delivered, a set per page, the oldest first."""
        self._remembered = 0
        self._window = max(DEDUPE_WINDOW, 2 * size)
        self._fresh_ids: list[Any] | None = None

    def _position(self, start: ResumeToken) -> None:
        """Where the next item is: the start of a run, a resume token, or where a run was left."""
        self.semantics = start.page_semantics or self.paging.page_semantics
        self.page = start.page
        """Page index of the next item."""
        self.start = start.skip
        """Records of the current page consumed before its delivery began."""
        self.taken = 0
        """Items of the current page's fresh list handed out so far (the iterators set it)."""
        self._counted = start.delivered
        """Items delivered before the current page."""
        self._after = start.after
        self._fresh: Sequence[ItemT] = ()
        self._positions: list[int] | None = None
        """Raw positions of the fresh items in their page, when repeats were dropped from it."""
        self._page_length = 0

    def begin(self) -> None:
        """A run starts, or goes on after a ``break`` from exactly where it was left (as its resume
        token would); a pager whose run ended says so."""
        if self._begun and self.done:
            raise InvalidArgumentError(
                f"{self.label}: this pager is spent (its run ended); call the iterator method again for a new run"
            )
        if self._begun:
            self._position(self.token)
        self._begun = True

    # -- requests
    def request_for(self, page_index: int) -> PageRequest:
        if self.paging.keyset:
            return PageRequest(self.size, None, self._keyset_where(), self.order or None)
        value = page_index * self.size if self.semantics == "offset" else page_index + self.paging.first_page
        return PageRequest(self.size, value, self.where, self.order or None)

    def _keyset_where(self) -> dict[str, Any] | None:
        after = self.after
        if after is None:
            return self.where
        branches = []
        unique = [self.paging.key]
        for i, (order, value) in enumerate(zip(self.order, after, strict=False)):
            beyond = _beyond(order, value, nullable=_path(order) != unique)
            if beyond is None:
                continue  # nothing sorts after a null that sorts last
            equal = [_equal(o, v) for o, v in zip(self.order[:i], after[:i], strict=True)]
            branches.append({"_and": [*equal, beyond]} if equal else beyond)
        keyset = branches[0] if len(branches) == 1 else {"_or": branches}
        return {"_and": [self.where, keyset]} if self.where else keyset

    # -- answers
    def accept(self, page_index: int, page: PageT) -> list[ItemT] | _Retry:
        """The items of ``page`` still to deliver, or ``RETRY`` to request the same page again.

        Also settles whether the run is done. The iterator then counts ``taken`` up as it hands
        the items out and calls ``page_finished`` after the last one.
        """
        found = self.items_of(page)
        items = list(found) if found is not None else None
        reported = self.total_of(page)
        if self.paging.keyset:
            return self._accept_keyset(page_index, items, reported)
        return self._accept_page(page_index, items, reported)

    def _stop(self, message: str) -> PaginationError:
        """The error that ends a run which cannot go on exactly once, with where it stands."""
        return PaginationError(message, resume_token=self.token, delivered=self.count, total=self.total)

    def _short(self, page_index: int, what: str) -> _Retry:
        """Ask once more for a page that came back short of the total; then give up loudly."""
        if self._retried != page_index:
            self._retried = page_index
            logger.info("%s: page %d came back %s; requesting it again", self.label, page_index, what)
            return RETRY
        raise self._stop(
            f"{self.label}: page {page_index} came back {what} twice, before the reported total of "
            f"{self.total} was reached ({self.count} items delivered); continue later with "
            "resume=error.resume_token"
        )

    def _accept_page(self, page_index: int, items: list[ItemT] | None, reported: int | None) -> list[ItemT] | _Retry:
        if items is None:
            return self._short(page_index, "without its records array")
        ids = list(map(self.id_of, items)) if self.id_of is not None else None
        if ids is not None and not _usable(ids):
            ids = None  # records without their key: neither repeats nor shifts can be told
        if ids is not None and self._shifted_by_one(page_index, ids):
            return RETRY
        if reported is not None and self.total is not None and reported < self.total and self._stale != page_index:
            # Answered against an older state than the page before it (requested ahead, answered
            # before inserts the previous page saw): its window may leave a gap, so ask again.
            self._stale = page_index
            return RETRY
        if reported is not None:
            self.total = reported
        end = page_index * self.size + len(items)
        if len(items) < self.size and self.total is not None and end < self.total:
            return self._short(page_index, f"with {len(items)} of {self.size} records")
        self._previous_ids, self._previous_index = ids, page_index
        skip = self.start if page_index == self.page else 0
        fresh = items[skip:]
        positions = None
        self._fresh_ids = ids[skip:] if ids is not None else None
        if ids is not None:
            fresh, positions = self._drop_repeats(fresh, ids[skip:], skip)
        if self.max_items is not None:
            fresh = fresh[: max(0, self.max_items - self.count)]
        reached = self.total is not None and end >= self.total
        self.done = len(items) < self.size or reached
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
                raise self._stop(
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

    def _drop_repeats(self, fresh: list[ItemT], ids: list[Any], skip: int) -> tuple[list[ItemT], list[int] | None]:
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

    def _remember(self, taken: int) -> None:
        """Keep the ids of the records just delivered: one set per page, the last ``window`` ids."""
        if self._fresh_ids is None:
            return
        ids = self._fresh_ids
        if self._positions is not None and self.id_of is not None:  # repeats were dropped from the page
            ids = list(map(self.id_of, self._fresh))
        self._recent.append(set(ids[:taken]))
        self._remembered += min(taken, len(ids))
        while self._remembered - len(self._recent[0]) >= self._window:
            self._remembered -= len(self._recent.popleft())

    def _accept_keyset(self, page_index: int, items: list[ItemT] | None, reported: int | None) -> list[ItemT] | _Retry:
        if reported is not None:
            # A Hasura aggregate counts what the page's own `where` matches: what is left.
            self.total = self._counted + reported
        if items is None:
            return self._short(page_index, "without its records array")
        if not items:
            if reported not in (None, 0, self._counted):  # a total counting the whole set also fits
                return self._short(page_index, "empty")
            self.done = True
            self._fresh, self._positions, self._page_length = [], None, 0
            return []
        if self._after is not None and self._key_values(items[-1]) == self._after:
            raise self._stop(
                f"{self.label}: the server answered the records after {self._after!r} with records that end "
                "at the same sort key: it does not apply the keyset condition, and paging would loop"
            )
        fresh = items
        if self.max_items is not None:
            fresh = fresh[: max(0, self.max_items - self.count)]
        # A short page ends the run only when its total agrees (or there is none); otherwise the
        # next request, for the records after this page's last, settles it.
        short = len(items) < self.size
        self.done = short and (reported is None or len(items) >= reported or self._counted + len(items) == reported)
        self.start, self.taken = 0, 0
        self._fresh, self._positions, self._page_length = fresh, None, len(items)
        return fresh

    @property
    def count(self) -> int:
        """Items delivered in all."""
        return self._counted + self.taken

    def _consumed(self, taken: int) -> int:
        """Records of the current page consumed once ``taken`` fresh items are handed out."""
        if taken == 0:
            return self.start
        if self._positions is not None:
            return self._positions[taken - 1] + 1
        return self.start + taken

    def page_finished(self) -> None:
        """Settle the page just read: counters, keyset position, and the next page to ask for."""
        taken = self.taken
        if taken and self.paging.keyset:
            self._after = self._key_values(self._fresh[taken - 1])
        elif taken:
            self._remember(taken)
        consumed = self._consumed(taken)
        self._counted += taken
        self.start, self.taken, self._fresh, self._positions = consumed, 0, (), None
        if not self.paging.keyset and consumed >= self._page_length:
            self.page, self.start = self.page + 1, 0
        # Stopped by max_items inside a page, the position stays there: a resume continues with
        # the next item of that page, not the next page.
        if self.max_items is not None and self._counted >= self.max_items:
            self.done = True

    def _key_values(self, item: ItemT) -> tuple[Any, ...]:
        values = self.key_of(item)
        found = []
        for order in self.order:
            value = _lookup(values, _path(order))
            if value is _MISSING:
                raise self._stop(
                    f"{self.label}: the records do not carry the sort key {'.'.join(_path(order))}, "
                    "so paging by keyset cannot continue after them; order by fields the records return"
                )
            found.append(value)
        return tuple(found)

    @property
    def after(self) -> tuple[Any, ...] | None:
        """Sort-key values of the last delivered item (keyset paging)."""
        return self._key_values(self._fresh[self.taken - 1]) if self.taken else self._after

    @property
    def token(self) -> ResumeToken:
        semantics = self.semantics if self.semantics != self.paging.page_semantics else None
        if self.paging.keyset:
            return ResumeToken(self.page, 0, self.after, self.count, semantics)
        return ResumeToken(self.page, self._consumed(self.taken), None, self.count, semantics)

    def page_limit(self) -> int | None:
        """The page index to stop requesting at: past the reported total, or past the page of the
        last item ``max_items`` still wants; None while neither is known (page paging only)."""
        limits = []
        if self.total is not None:
            limits.append(-(-self.total // self.size))
        if self.max_items is not None:
            last_wanted = self.page * self.size + self._consumed(self.taken) + (self.max_items - self.count) - 1
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


def _check_order(order: Mapping[str, Any]) -> None:
    node: Any = order
    while isinstance(node, Mapping):
        if len(node) != 1:
            raise InvalidArgumentError(f"each orderBy item names one field, not {dict(order)!r}")
        ((_, node),) = node.items()
    if node not in DIRECTIONS:
        raise InvalidArgumentError(
            f"orderBy direction {node!r} is not one of {', '.join(sorted(DIRECTIONS))}, so keyset paging "
            "cannot tell where nulls sort"
        )


def _lookup(document: Any, path: Sequence[str]) -> Any:
    for key in path:
        if not isinstance(document, Mapping) or key not in document:
            return _MISSING
        document = document[key]
    return document


def _leaf(order: Mapping[str, Any], op: str, value: Any) -> dict[str, Any]:
    node: Any = {op: value}
    for key in reversed(_path(order)):
        node = {key: node}
    result: dict[str, Any] = node
    return result


def _equal(order: Mapping[str, Any], value: Any) -> dict[str, Any]:
    return _leaf(order, "_is_null", True) if value is None else _leaf(order, "_eq", value)


def _beyond(order: Mapping[str, Any], value: Any, *, nullable: bool) -> dict[str, Any] | None:
    """What sorts strictly after ``value`` on this key, nulls placed as the server places them
    (the unique key is never null, so it needs no null branch)."""
    direction = _direction(order)
    nulls_first = direction == "desc" or direction.endswith("nulls_first")
    if value is None:
        return _leaf(order, "_is_null", False) if nulls_first else None
    strict = _leaf(order, "_gt" if direction.startswith("asc") else "_lt", value)
    return strict if nulls_first or not nullable else {"_or": [strict, _leaf(order, "_is_null", True)]}


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
            for plan.taken, item in enumerate(items, start=1):
                yield item
            plan.page_finished()

    def pages(self) -> Iterator[PageT]:
        plan = self._plan
        for _, page, items in self._walk():
            plan.taken = len(items)
            plan.page_finished()
            yield page

    def _walk(self) -> Iterator[tuple[int, PageT, list[ItemT]]]:
        plan = self._plan
        plan.begin()
        while not plan.done:
            page_index = plan.page
            page = self._fetch(plan.request_for(page_index))
            items = plan.accept(page_index, page)
            if not isinstance(items, _Retry):
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
        _check_int("concurrency", concurrency, 1)
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
            for plan.taken, item in enumerate(items, start=1):
                yield item
            plan.page_finished()

    async def pages(self) -> AsyncIterator[PageT]:
        plan = self._plan
        async for _, page, items in self._walk():
            plan.taken = len(items)
            plan.page_finished()
            yield page

    async def _walk(self) -> AsyncIterator[tuple[int, PageT, list[ItemT]]]:
        import asyncio

        plan = self._plan
        ahead: deque[tuple[int, asyncio.Task[Callable[[], PageT]]]] = deque()
        first = True
        plan.begin()
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
                if isinstance(items, _Retry):
                    if plan.reset_ahead:  # asked with the wrong page semantics
                        while ahead:
                            ahead.popleft()[1].cancel()
                        plan.reset_ahead = False
                    continue
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
        import asyncio

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
