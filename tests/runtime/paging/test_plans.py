"""Iterators, offline against a fake Hasura-like backend: exactly once, resumable, bounded."""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import itertools
import json
from collections.abc import Awaitable, Callable
from types import MappingProxyType, SimpleNamespace
from typing import Any

import httpx
import pytest
from aiwyn_client._json import dig
from aiwyn_client.errors import InvalidArgumentError, PaginationError
from aiwyn_client.pagination import AsyncPager, Pager, PageRequest, Paging, Plan, ResumeToken, plan_for

from tests.support.fakes import ScriptedAPI, clients_page
from tests.support.hasura import matches

Record = dict[str, Any]
Page = dict[str, Any]

PAGED = Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index")
OFFSET = Paging(size_min=1, size_max=1000, size_default=50, page_semantics="offset")
KEYSET = Paging(size_min=1, size_max=1000, size_default=50, page_semantics=None, key="id")


class FakeBackend:
    def __init__(self, records: list[Record], *, report_total: bool = True) -> None:
        self.records = records
        self.report_total = report_total
        self.requests: list[PageRequest] = []
        self.fail_once: set[int] = set()
        self.after_fetch: Callable[[int], None] = lambda n: None
        self.in_flight = 0
        self.max_in_flight = 0
        self.asked: list[int] = []
        """Pages the async pager asked for, cancelled ones included (``requests`` has only the sent)."""

    def _select(self, request: PageRequest) -> list[Record]:
        rows = [r for r in self.records if matches(r, request.where)]
        for order in reversed(request.order_by or []):
            ((key, direction),) = order.items()
            rows.sort(key=lambda r, k=key: r[k], reverse=direction == "desc")
        return rows

    def fetch(self, request: PageRequest, semantics: str | None = "index") -> Page:
        self.requests.append(request)
        number = len(self.requests)
        if number in self.fail_once:
            self.fail_once.discard(number)
            raise ConnectionError(f"page request {number} failed")
        rows = self._select(request)
        if semantics is None:
            chosen = rows[: request.size]
        else:
            start = request.page * request.size if semantics == "index" else request.page  # type: ignore[operator]
            chosen = rows[start : start + request.size]
        page = {"items": [dict(r) for r in chosen], "total": len(rows) if self.report_total else None}
        self.after_fetch(number)
        return page


def records(n: int, **extra: Any) -> list[Record]:
    return [{"id": i + 1, **extra} for i in range(n)]


def pager(backend: FakeBackend, paging: Paging = PAGED, **options: Any) -> Pager[Page, Record]:
    options.setdefault("page_size", 10)
    for key in ("max_items", "where", "order_by", "resume"):
        options.setdefault(key, None)
    options.setdefault("start_page", 0)
    plan: Plan[Page, Record] = plan_for(paging, lambda p: p["items"], lambda p: p["total"], lambda r: r, **options)
    return Pager(lambda request: backend.fetch(request, paging.page_semantics), plan)


def ids(items: list[Record]) -> list[int]:
    return [r["id"] for r in items]


def test_exactly_once_with_a_short_last_page() -> None:
    backend = FakeBackend(records(25))
    it = pager(backend)
    assert ids(list(it)) == list(range(1, 26))
    assert [r.page for r in backend.requests] == [0, 1, 2]
    assert it.total == 25


def test_stops_at_the_total_without_an_extra_request() -> None:
    backend = FakeBackend(records(30))
    assert len(list(pager(backend))) == 30
    assert len(backend.requests) == 3


def test_without_a_total_it_stops_at_the_empty_page() -> None:
    backend = FakeBackend(records(30), report_total=False)
    assert len(list(pager(backend))) == 30
    assert len(backend.requests) == 4


def test_an_empty_result() -> None:
    backend = FakeBackend([])
    it = pager(backend)
    assert list(it) == [] and it.total == 0 and len(backend.requests) == 1


def test_the_total_growing_mid_run_is_followed() -> None:
    backend = FakeBackend(records(20))

    def insert_after_first_page(number: int) -> None:
        if number == 1:
            backend.records.append({"id": 101})

    backend.after_fetch = insert_after_first_page
    got = ids(list(pager(backend)))
    assert got == [*range(1, 21), 101]
    assert len(got) == len(set(got))


def test_the_total_shrinking_mid_run_stops_cleanly() -> None:
    backend = FakeBackend(records(30))

    def delete_after_first_page(number: int) -> None:
        if number == 1:
            del backend.records[25:]

    backend.after_fetch = delete_after_first_page
    got = ids(list(pager(backend)))
    assert got == list(range(1, 26))


def test_offset_semantics_send_records_to_skip() -> None:
    backend = FakeBackend(records(25))
    assert ids(list(pager(backend, OFFSET))) == list(range(1, 26))
    assert [r.page for r in backend.requests] == [0, 10, 20]


def test_page_size_is_checked_before_any_request() -> None:
    backend = FakeBackend(records(5))
    for bad in (0, 1001, 2.5, True):
        with pytest.raises(InvalidArgumentError, match="from 1 to 1000"):
            pager(backend, page_size=bad)
    assert backend.requests == []


def test_max_items_and_start_page() -> None:
    backend = FakeBackend(records(50))
    assert ids(list(pager(backend, max_items=13))) == list(range(1, 14))
    assert len(backend.requests) == 2
    assert ids(list(pager(FakeBackend(records(50)), start_page=3))) == list(range(31, 51))
    assert list(pager(FakeBackend(records(5)), max_items=0)) == []


def test_pages_iterator_yields_whole_pages() -> None:
    it = pager(FakeBackend(records(25)))
    assert [len(p["items"]) for p in it.pages()] == [10, 10, 5]
    assert it.resume_token.delivered == 25


def test_a_failing_page_raises_and_the_iterator_resumes_without_repeats() -> None:
    backend = FakeBackend(records(35))
    backend.fail_once = {3}
    it = pager(backend)
    seen: list[Record] = []
    with pytest.raises(ConnectionError):
        for item in it:
            seen.append(item)
    token = it.resume_token
    assert dataclasses.replace(token, seen=()) == ResumeToken(page=2, skip=0, after=None, delivered=20)
    assert set(token.seen) == set(range(1, 21))  # what the resumed run drops if inserts push them on
    seen.extend(pager(backend, resume=token))
    assert ids(seen) == list(range(1, 36))


def test_resuming_in_the_middle_of_a_page() -> None:
    backend = FakeBackend(records(25))
    it = pager(backend)
    first = list(itertools.islice(it, 15))
    token = it.resume_token
    assert (token.page, token.skip, token.delivered) == (1, 5, 15)
    rest = list(pager(backend, resume=token))
    assert ids(first + rest) == list(range(1, 26))


# ---------------------------------------------------------------------- keyset
def test_keyset_adds_the_unique_key_and_asks_for_records_after_the_last() -> None:
    backend = FakeBackend(records(25))
    got = ids(list(pager(backend, KEYSET)))
    assert got == list(range(1, 26))
    assert backend.requests[0].order_by == [{"id": "asc"}]
    assert backend.requests[1].where == {"id": {"_gt": 10}}


def test_keyset_with_equal_sort_values_and_inserts_during_the_run() -> None:
    rows = [{"id": i, "clientId": i % 3, "active": True} for i in range(1, 41)]
    backend = FakeBackend(list(rows))
    inserted = [{"id": 1000 + n, "clientId": 0, "active": True} for n in range(3)]
    backend.after_fetch = lambda n: backend.records.append(inserted[n - 1]) if n <= 3 else None
    it = pager(backend, KEYSET, page_size=7, where={"active": {"_eq": True}}, order_by=[{"clientId": "desc"}])
    got = list(it)
    keys = [(r["clientId"], r["id"]) for r in got]
    assert len(keys) == len(set(keys))
    assert {r["id"] for r in rows} <= {r["id"] for r in got}
    assert keys == sorted(keys, key=lambda k: (-k[0], k[1]))
    second = backend.requests[1].where
    assert second is not None and second["_and"][0] == {"active": {"_eq": True}}
    assert "_or" in second["_and"][1]


def test_keyset_resume_token_carries_the_last_sort_values() -> None:
    backend = FakeBackend(records(30))
    backend.fail_once = {2}
    it = pager(backend, KEYSET)
    seen: list[Record] = []
    with pytest.raises(ConnectionError):
        seen.extend(it)
    assert it.resume_token.after == (10,)
    seen.extend(pager(backend, KEYSET, resume=it.resume_token))
    assert ids(seen) == list(range(1, 31))


def test_keyset_refuses_start_page() -> None:
    with pytest.raises(InvalidArgumentError, match="keyset"):
        pager(FakeBackend([]), KEYSET, start_page=2)


# ---------------------------------------------------------------------- async
def async_pager(backend: FakeBackend, concurrency: int, **options: Any) -> AsyncPager[Page, Record]:
    async def fetch(request: PageRequest) -> Callable[[], Page]:
        backend.in_flight += 1
        backend.max_in_flight = max(backend.max_in_flight, backend.in_flight)
        try:
            index = request.page or 0
            for _ in range((17 - index) % 5):  # finish out of order, without waiting on the clock
                await asyncio.sleep(0)
            page = backend.fetch(request)
            return lambda: page
        finally:
            backend.in_flight -= 1

    options.setdefault("page_size", 10)
    for key in ("max_items", "where", "order_by", "resume"):
        options.setdefault(key, None)
    options.setdefault("start_page", 0)
    total_of = options.pop("total_of", lambda p: p["total"])
    plan: Plan[Page, Record] = plan_for(PAGED, lambda p: p["items"], total_of, lambda r: r, **options)

    def ask(request: PageRequest) -> Awaitable[Callable[[], Page]]:
        backend.asked.append(request.page or 0)
        return fetch(request)

    return AsyncPager(ask, plan, concurrency=concurrency)


def test_async_concurrency_keeps_order_and_bounds_memory() -> None:
    backend = FakeBackend(records(205))

    async def main() -> tuple[list[Record], AsyncPager[Page, Record]]:
        it = async_pager(backend, 8)
        return [item async for item in it], it

    got, it = asyncio.run(main())
    assert ids(got) == list(range(1, 206))
    assert it.max_pages_held <= 9
    assert backend.max_in_flight <= 8
    assert backend.max_in_flight > 1
    assert sorted(r.page or 0 for r in backend.requests) == list(range(21))


def test_async_failure_resumes_without_repeats() -> None:
    backend = FakeBackend(records(95))
    backend.fail_once = {4}

    async def run(resume: ResumeToken | None) -> tuple[list[Record], ResumeToken, BaseException | None]:
        it = async_pager(backend, 4, resume=resume)
        seen: list[Record] = []
        try:
            async for item in it:
                seen.append(item)
        except ConnectionError as exc:
            return seen, it.resume_token, exc
        return seen, it.resume_token, None

    first, token, error = asyncio.run(run(None))
    assert error is not None
    rest, _, error = asyncio.run(run(token))
    assert error is None
    assert ids(first + rest) == list(range(1, 96))


def test_max_items_inside_a_page_resumes_with_the_next_item_of_that_page() -> None:
    backend = FakeBackend(records(25))
    it = pager(backend, max_items=13)
    first = list(it)
    token = it.resume_token
    assert (token.page, token.skip, token.delivered) == (1, 3, 13)
    rest = list(pager(backend, resume=token))
    assert ids(first + rest) == list(range(1, 26))


@pytest.mark.parametrize(
    ("count", "max_items", "expected_pages"),
    [
        (5, None, range(8)),  # one page: the seven speculative requests come back empty
        (205, 15, range(2)),  # max_items bounds what is requested ahead
    ],
)
def test_async_speculative_pages_deliver_each_item_once(
    count: int, max_items: int | None, expected_pages: range
) -> None:
    backend = FakeBackend(records(count))

    async def main() -> list[Record]:
        return [item async for item in async_pager(backend, 8, max_items=max_items)]

    got = asyncio.run(main())
    assert ids(got) == list(range(1, min(count, max_items or count) + 1))
    assert len(backend.asked) == len(set(backend.asked)) and set(backend.asked) <= set(expected_pages)
    assert backend.max_in_flight <= 8


def test_a_list_without_a_total_is_read_page_after_page_whatever_the_concurrency() -> None:
    """Pages requested together may be answered in any order, and one answered before inserts the
    page before it saw leaves a gap that only a total shows (it shrinks): so a list whose
    description declares no total is never read ahead."""
    backend = _front_inserts(205)

    async def main() -> list[Record]:
        return [item async for item in async_pager(backend, 8, total_of=None)]

    got = asyncio.run(main())
    assert len(ids(got)) == len(set(ids(got))) and set(range(1, 206)) <= set(ids(got))
    assert backend.max_in_flight == 1 and backend.asked == sorted(set(backend.asked))


def test_pages_asked_ahead_of_a_first_page_that_reports_no_total_are_dropped_and_asked_again() -> None:
    """The description declares a total the server leaves out: what was asked on speculation beside
    the first page is dropped, and the rest is read page after page."""
    backend = FakeBackend(records(205), report_total=False)

    async def main() -> list[Record]:
        return [item async for item in async_pager(backend, 8)]

    assert ids(asyncio.run(main())) == list(range(1, 206))
    assert backend.asked[:8] == list(range(8))  # the first page and seven on speculation
    assert backend.asked[8:] == list(range(1, 21))  # then one after another to the short page


def _front_inserts(count: int) -> FakeBackend:
    """A backend where every other page request inserts a record at the front: repeats to drop."""
    backend = FakeBackend(records(count))
    backend.after_fetch = lambda n: backend.records.insert(0, {"id": 100 + n}) if n % 2 else None
    return backend


def test_async_batches_are_each_pages_items_with_the_token_after_the_last() -> None:
    """What ``aiwyn export`` reads: page by page what ``async for`` hands out (repeats dropped,
    ``max_items`` applied), and while a batch is held, the token ``async for`` has after its last item."""

    async def by_item() -> tuple[list[Record], list[ResumeToken]]:
        it = async_pager(_front_inserts(45), 1, max_items=38)
        items, tokens = [], []
        async for item in it:
            items.append(item)
            tokens.append(it.resume_token)
        return items, tokens

    async def by_batch() -> tuple[list[list[Record]], list[ResumeToken]]:
        it = async_pager(_front_inserts(45), 1, max_items=38)
        batches, tokens = [], []
        async for batch in it.batches():
            batches.append(batch)
            tokens.append(it.resume_token)
        return batches, tokens

    items, item_tokens = asyncio.run(by_item())
    batches, batch_tokens = asyncio.run(by_batch())
    assert [item for batch in batches for item in batch] == items
    assert len(items) == 38 and len(set(ids(items))) == 38
    assert [len(b) for b in batches] == [10, 9, 10, 9]  # a repeat dropped from pages 1 and 3; 38 in all
    assert batch_tokens == [item_tokens[end - 1] for end in itertools.accumulate(len(b) for b in batches)]


def test_an_async_run_resumed_from_a_batch_token_repeats_nothing() -> None:
    backend = FakeBackend(records(45))

    async def first() -> tuple[list[Record], ResumeToken]:
        it = async_pager(backend, 4)
        got: list[Record] = []
        async for batch in it.batches():
            got.extend(batch)
            if len(got) >= 20:
                break
        await it.aclose()  # the pages requested ahead are cancelled
        return got, it.resume_token

    async def rest(token: ResumeToken) -> list[Record]:
        return [item async for item in async_pager(backend, 4, resume=token)]

    got, token = asyncio.run(first())
    assert (token.page, token.skip, token.delivered) == (1, 10, 20)
    assert ids(got + asyncio.run(rest(token))) == list(range(1, 46))


def test_async_pages_decode_after_the_next_requests_go_out() -> None:
    backend = FakeBackend(records(50))
    events: list[str] = []

    async def fetch(request: PageRequest) -> Callable[[], Page]:
        events.append(f"send {request.page}")
        await asyncio.sleep(0)
        page = backend.fetch(request)

        def decode() -> Page:
            events.append(f"decode {request.page}")
            return page

        return decode

    plan: Plan[Page, Record] = plan_for(
        PAGED,
        lambda p: p["items"],
        lambda p: p["total"],
        lambda r: r,
        page_size=10,
        max_items=None,
        start_page=0,
        where=None,
        order_by=None,
        resume=None,
    )

    async def main() -> list[Record]:
        return [item async for item in AsyncPager(fetch, plan, concurrency=2)]

    assert ids(asyncio.run(main())) == list(range(1, 51))
    assert events[:2] == ["send 0", "send 1"]  # the first two together, before the total is known
    assert events.index("decode 0") < events.index("send 2")  # no more speculation until it is
    for page in range(1, 3):  # then, reading page n, page n + 2 is already requested when n decodes
        assert events.index(f"send {page + 2}") < events.index(f"decode {page}")


def test_failed_requests_past_the_end_are_not_reported(caplog: pytest.LogCaptureFixture) -> None:
    backend = FakeBackend(records(5))
    real_fetch = backend.fetch

    def strict_fetch(request: PageRequest, semantics: str | None = "index") -> Page:
        if request.page:  # this API refuses pages past the end instead of answering empty ones
            raise LookupError(f"no page {request.page}")
        return real_fetch(request, semantics)

    backend.fetch = strict_fetch  # type: ignore[method-assign]

    async def main() -> list[Record]:
        items = [item async for item in async_pager(backend, 8)]
        for _ in range(10):  # let the speculative requests finish
            await asyncio.sleep(0)
        return items

    with caplog.at_level("ERROR", logger="asyncio"):
        assert ids(asyncio.run(main())) == [1, 2, 3, 4, 5]
        gc.collect()
    assert "exception was never retrieved" not in caplog.text


def test_records_without_a_key_are_never_taken_for_repeats() -> None:
    backend = FakeBackend([{"id": None, "n": i} for i in range(25)])
    got = list(pager(backend))
    assert [r["n"] for r in got] == list(range(25))


def test_the_unique_key_is_read_from_a_dict_or_any_other_mapping() -> None:
    def read(record: Any) -> Any:
        return dig(record, ("id",))

    assert read({"id": 3}) == read(MappingProxyType({"id": 3})) == 3
    assert read({"name": "no key"}) is None and read(["id"]) is None


def test_a_spent_pager_says_so_and_a_stopped_one_goes_on() -> None:
    rows = list(range(1, 8))

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        size, page = body["pageSize"], body.get("page", 0)
        chosen = rows[page * size : (page + 1) * size]
        return httpx.Response(200, json={**clients_page(*chosen), "total": {"aggregate": {"count": len(rows)}}})

    with ScriptedAPI(handler).sync_client(token="t", api_key=None) as aiwyn:
        pager = aiwyn.clients.iter(page_size=3)
        first = []
        for client in pager:
            first.append(client.id)
            if len(first) == 4:
                break
        rest = [c.id for c in pager]  # a stopped run goes on where it stopped
        assert first + rest == rows
        with pytest.raises(InvalidArgumentError, match=r"clients.iter: this pager is spent .* again for a new run"):
            list(pager)
        assert [c.id for c in aiwyn.clients.iter(page_size=3)] == rows


def test_a_cursor_list_ends_where_the_body_says_no_more_follow_though_it_gives_a_cursor() -> None:
    """Some servers give a cursor on the last page too (Plaid's ``/transactions/sync``: the one to
    ask for changes later), with ``has_more: false``: the run ends there, not on the repeat."""
    from aiwyn_client.pagination.cursor import next_in_body

    rows = records(25)
    asked: list[str | None] = []

    def fetch(request: PageRequest) -> Any:
        asked.append(request.cursor)
        start = int(request.cursor or 0)
        chosen = rows[start : start + 10]
        more = start + 10 < len(rows)
        return SimpleNamespace(items=chosen, next_cursor=str(min(start + 10, len(rows))), has_more=more)

    paging = Paging(size_min=1, size_max=100, size_default=10, page_semantics=None, style="cursor")
    plan: Plan[Any, Record] = plan_for(  # pages as the typed models are: read by attribute
        paging, lambda p: p.items, lambda p: None, lambda r: r,
        page_size=10, max_items=None, resume=None, next_of=next_in_body(("next_cursor",), lambda page: page.has_more),
    )  # fmt: skip
    assert ids(list(Pager(fetch, plan))) == list(range(1, 26))
    assert asked == [None, "10", "20"]


def test_a_page_number_the_answer_gives_is_asked_for_as_a_number() -> None:
    """Lago answers ``meta.next_page`` (null on the last page) and counts pages from 1: the run asks
    for no page first, then for the numbers the answers give, each as the integer it was."""
    from aiwyn_client._resource_support import PageSpec
    from aiwyn_client.pagination.cursor import next_in_body

    rows = records(25)
    asked: list[Any] = []
    paging = Paging(size_min=1, size_max=100, size_default=10, page_semantics=None, key=None, style="next_page")
    spec = PageSpec(
        paging, items=("items",), cursor_arg="page", size_arg="per_page", next=("meta", "next_page"), label="t"
    )

    def fetch(request: PageRequest) -> Any:
        page = spec.arguments(request, {}).get("page")
        asked.append(page)
        number = page or 1  # a server counting from 1 reads no page as the first
        chosen = rows[(number - 1) * 10 : number * 10]
        following = number + 1 if number * 10 < len(rows) else None
        return SimpleNamespace(items=chosen, meta=SimpleNamespace(next_page=following))

    plan: Plan[Any, Record] = plan_for(
        paging, lambda p: p.items, lambda p: None, lambda r: r,
        page_size=10, max_items=None, resume=None, next_of=next_in_body(("meta", "next_page")),
    )  # fmt: skip
    assert ids(list(Pager(fetch, plan))) == list(range(1, 26))
    assert asked == [None, 2, 3]


def test_an_offset_counting_from_one_starts_at_the_first_record() -> None:
    """SCIM's ``startIndex`` is the first record's position counting from 1 (Sentry's SCIM users
    and groups document ``minimum: 1``): the run asks for 1, 11, 21, and delivers each record once."""
    backend = FakeBackend(records(25))
    from_one = dataclasses.replace(OFFSET, first_page=1)

    def fetch(request: PageRequest) -> Page:
        assert request.page is not None and request.page >= 1
        return backend.fetch(dataclasses.replace(request, page=request.page - 1), "offset")

    plan: Plan[Page, Record] = plan_for(
        from_one, lambda p: p["items"], lambda p: p["total"], lambda r: r,
        page_size=10, max_items=None, where=None, order_by=None, resume=None, start_page=0,
    )  # fmt: skip
    assert ids(list(Pager(fetch, plan))) == list(range(1, 26))
    assert [r.page + 1 for r in backend.requests] == [1, 11, 21]


def _numbered_from_one(backend: FakeBackend) -> Callable[[PageRequest], Page]:
    """A server whose pages count from 1 and that answers page 0 as page 1 (Paystack's lists)."""

    def fetch(request: PageRequest) -> Page:
        assert request.page is not None
        return backend.fetch(dataclasses.replace(request, page=max(request.page, 1) - 1), "index")

    return fetch


def test_pages_numbered_from_1_where_the_description_does_not_say_are_all_read() -> None:
    """Asked from 0 (the description gives no minimum), a server numbering from 1 answers page 1
    twice; the run then asks for the server's page 2, and its last page is not left unasked."""
    backend = FakeBackend(records(25))
    it = Pager(_numbered_from_one(backend), plan_for(
        PAGED, lambda p: p["items"], lambda p: p["total"], lambda r: r,
        page_size=10, max_items=None, where=None, order_by=None, resume=None, start_page=0,
    ))  # fmt: skip
    assert ids(list(it)) == list(range(1, 26))
    assert [r.page for r in backend.requests] == [0, 0, 1, 2]  # the server's pages 1, 1, 2, 3


def test_a_run_that_found_pages_numbered_from_1_resumes_so() -> None:
    backend = FakeBackend(records(25))
    options: dict[str, Any] = {"page_size": 10, "where": None, "order_by": None, "start_page": 0}
    first = Pager(_numbered_from_one(backend), plan_for(
        PAGED, lambda p: p["items"], lambda p: p["total"], lambda r: r, max_items=13, resume=None, **options
    ))  # fmt: skip
    head = ids(list(first))
    assert first.resume_token.page_semantics == "index_from_1"
    rest = Pager(_numbered_from_one(backend), plan_for(
        PAGED, lambda p: p["items"], lambda p: p["total"], lambda r: r, max_items=None, resume=first.resume_token,
        **options,
    ))  # fmt: skip
    assert head + ids(list(rest)) == list(range(1, 26))


@pytest.mark.parametrize(
    "bad_link",
    ["https://api.example.test/items?offset=20\n&limit=10", "c2VjcmV0LWN1cnNvcg==", "items?offset=20"],
    ids=["a line break", "a cursor", "a relative path"],
)
def test_a_next_link_that_is_not_a_url_ends_the_run_with_pagination_error(bad_link: str) -> None:
    """A next-page link the server gives that is neither a whole URL nor a path from the origin (a
    line break in it, as in an example written across lines; a cursor, where a ``next`` field the
    description leaves undescribed carries one) is the server's fault, not the caller's: the run
    stops with ``PaginationError`` (its resume token at that page, nothing of which was
    delivered), not the ``InvalidArgumentError`` a bad argument gets, nor a request sent under the
    base URL to fail there."""
    from aiwyn_client.errors import PaginationError
    from aiwyn_client.pagination.cursor import next_in_body

    rows = records(15)
    asked: list[str | None] = []

    def fetch(request: PageRequest) -> Any:
        asked.append(request.url)
        if len(asked) == 1:
            return SimpleNamespace(items=rows[:10], next="https://api.example.test/items?offset=10")
        return SimpleNamespace(items=rows[10:], next=bad_link)

    paging = Paging(size_min=1, size_max=100, size_default=10, page_semantics=None, style="next_url")
    plan: Plan[Any, Record] = plan_for(
        paging, lambda p: p.items, lambda p: None, lambda r: r,
        page_size=10, max_items=None, resume=None, next_of=next_in_body(("next",)),
    )  # fmt: skip
    delivered: list[Record] = []
    with pytest.raises(PaginationError, match="next-page link that is not a URL") as stopped:
        delivered.extend(Pager(fetch, plan))
    assert ids(delivered) == list(range(1, 11))
    assert asked == [None, "https://api.example.test/items?offset=10"]
    assert stopped.value.resume_token is not None and stopped.value.resume_token.page == 1


@pytest.mark.parametrize("style", ["cursor", "next_url"])
def test_a_page_ending_in_a_repeat_is_consumed_and_the_run_goes_on(style: str) -> None:
    """A page holding one record twice (LaunchDarkly's example page did), the repeat last: the
    repeat is dropped and the page counts as read, so the next request follows its cursor. Before,
    the pager asked for the same first page again and again, thousands of requests a second."""
    from aiwyn_client.pagination.cursor import next_in_body

    asked: list[tuple[str | None, str | None]] = []

    def fetch(request: PageRequest) -> Any:
        asked.append((request.cursor, request.url))
        assert len(asked) <= 3, asked
        if len(asked) == 1:
            return SimpleNamespace(items=[{"id": 1}, {"id": 2}, {"id": 2}], next="https://api.example.test/p2")
        return SimpleNamespace(items=[{"id": 2}, {"id": 3}], next=None)  # its first record seen already

    paging = Paging(size_min=1, size_max=100, size_default=10, page_semantics=None, style=style, key="id")
    plan: Plan[Any, Record] = plan_for(
        paging, lambda p: p.items, lambda p: None, lambda r: r,
        page_size=10, max_items=None, resume=None, next_of=next_in_body(("next",)), id_of=lambda r: r["id"],
    )  # fmt: skip
    assert ids(list(Pager(fetch, plan))) == [1, 2, 3]
    assert len(asked) == 2


@pytest.mark.parametrize("keyed", [True, False], ids=["records with an id", "records without a key"])
def test_a_server_answering_every_page_alike_stops_the_run_with_pagination_error(keyed: bool) -> None:
    """A server that ignores the page asked for (Typesense's multi-search pages the hits inside each
    result, not the results) answers one full page again and again: the run stops, it does not ask
    without end."""
    rows = [{"id": i, "name": f"r{i}"} if keyed else {"name": f"r{i}"} for i in range(10)]
    requests: list[PageRequest] = []

    def fetch(request: PageRequest) -> Page:
        requests.append(request)
        assert len(requests) < 20, "still paging"
        return {"items": [dict(r) for r in rows], "total": None}

    plan: Plan[Page, Record] = plan_for(
        PAGED if keyed else dataclasses.replace(PAGED, key=None), lambda p: p["items"], None, lambda r: r,
        page_size=10, max_items=None, where=None, order_by=None, resume=None, start_page=0,
    )  # fmt: skip
    with pytest.raises(PaginationError, match="came back the same as page"):
        list(Pager(fetch, plan))
    assert len(requests) <= 3


def test_records_without_a_key_from_a_server_numbering_pages_from_1_are_each_read_once() -> None:
    """BigCommerce's products (records in an allOf, no key found): page 0 answered as page 1 was
    handed out twice and the last page left unasked; the pages are now told alike by what they hold."""
    rows = [{"name": f"r{i}"} for i in range(25)]

    def fetch(request: PageRequest) -> Page:
        assert request.page is not None
        page = max(request.page, 1)
        return {"items": rows[(page - 1) * 10 : page * 10], "total": None}

    plan: Plan[Page, Record] = plan_for(
        dataclasses.replace(PAGED, key=None), lambda p: p["items"], None, lambda r: r,
        page_size=10, max_items=None, where=None, order_by=None, resume=None, start_page=0,
    )  # fmt: skip
    assert list(Pager(fetch, plan)) == rows


def test_a_list_whose_request_takes_no_page_size_ends_where_a_page_is_short_of_the_servers_size() -> None:
    """Xero's and Discourse's page-only lists: the server decides how many records a page holds
    (30 here, fewer than the default of 50); read as short, its first page ended the run."""
    rows = [{"id": i} for i in range(75)]
    requests: list[PageRequest] = []

    def fetch(request: PageRequest) -> Page:
        requests.append(request)
        assert request.page is not None
        return {"items": rows[request.page * 30 : (request.page + 1) * 30], "total": None}

    plan: Plan[Page, Record] = plan_for(
        dataclasses.replace(PAGED, sized=False), lambda p: p["items"], None, lambda r: r,
        page_size=None, max_items=None, where=None, order_by=None, resume=None, start_page=0,
    )  # fmt: skip
    assert list(Pager(fetch, plan)) == rows
    assert [r.page for r in requests] == [0, 1, 2]


@pytest.mark.parametrize("paging", [PAGED, OFFSET], ids=["page numbers", "offsets"])
def test_a_page_saying_more_follow_is_not_the_last_though_short_of_the_size_asked(paging: Paging) -> None:
    """Pipedrive caps ``limit`` at 500 and says ``more_items_in_collection``: asked for more than
    the cap, its first page was short and ended the run, the rest of the records silently lost.
    The cap the first page shows is the size from then on; a full page saying none follow ends it."""
    rows = [{"id": i} for i in range(8)]
    requests: list[PageRequest] = []

    def fetch(request: PageRequest) -> Page:
        requests.append(request)
        assert request.page is not None and request.size is not None
        size = min(request.size, 2)  # the server's cap
        start = request.page * size if paging.page_semantics == "index" else request.page
        return {"items": rows[start : start + size], "more": start + size < len(rows)}

    plan: Plan[Page, Record] = plan_for(
        paging, lambda p: p["items"], None, lambda r: r, more_of=lambda p: p["more"],
        page_size=5, max_items=None, where=None, order_by=None, resume=None, start_page=0,
    )  # fmt: skip
    assert list(Pager(fetch, plan)) == rows
    assert len(requests) == 4  # the last page is full and says none follow: nothing more is asked


def test_a_cursor_run_ends_where_the_page_says_done_though_it_gives_a_cursor() -> None:
    """Svix's last page gives an iterator too, to ask for newer records later; ``done`` ends the run
    there, where following the iterator asked once more for nothing."""
    from aiwyn_client.pagination.cursor import next_in_body

    rows = records(5)
    asked: list[str | None] = []

    def fetch(request: PageRequest) -> Any:
        asked.append(request.cursor)
        start = int(request.cursor or 0)
        chosen = rows[start : start + 2]
        return SimpleNamespace(data=chosen, iterator=str(start + len(chosen)), done=start + 2 >= len(rows))

    paging = Paging(size_min=1, size_max=100, size_default=10, page_semantics=None, style="cursor")
    plan: Plan[Any, Record] = plan_for(
        paging, lambda p: p.data, lambda p: None, lambda r: r,
        page_size=2, max_items=None, resume=None, next_of=next_in_body(("iterator",), lambda page: not page.done),
    )  # fmt: skip
    assert ids(list(Pager(fetch, plan))) == list(range(1, 6))
    assert asked == [None, "2", "4"]


def test_records_without_the_key_the_plan_reads_are_read_as_keyless_not_a_bare_attribute_error() -> None:
    """BambooHR's time zones: an ``allOf`` narrows the page's items to a model with an ``id`` that
    openapi-python-client reads as the wider model without one. The run read ``.id`` and let a
    bare ``AttributeError`` out; the records are delivered as records without a key are."""
    rows = [SimpleNamespace(name=f"tz{i}") for i in range(5)]

    def fetch(request: PageRequest) -> Page:
        return {"items": rows[request.page * 2 : request.page * 2 + 2], "total": 5}

    plan: Plan[Page, Any] = plan_for(
        PAGED, lambda p: p["items"], lambda p: p["total"], lambda r: r,
        page_size=2, max_items=None, resume=None, id_of=lambda r: r.id,
    )  # fmt: skip
    assert [r.name for r in Pager(fetch, plan)] == [f"tz{i}" for i in range(5)]


@pytest.mark.parametrize(
    ("link", "following"),
    [
        ('<https://api.example.test/items?cursor=2>; rel="next"', "https://api.example.test/items?cursor=2"),
        ('<https://api.example.test/items?cursor=0:100:0>; rel="next"; results="true"; cursor="0:100:0"',
         "https://api.example.test/items?cursor=0:100:0"),
        ('<https://api.example.test/items?cursor=0:200:0>; rel="next"; results="false"; cursor="0:200:0"', None),
        ('<https://api.example.test/items>; rel="first"', None),
    ],
    ids=["a next link", "Sentry's, with results", "Sentry's last page: no results", "no next relation"],
)  # fmt: skip
def test_the_link_header_names_the_next_page_unless_it_says_it_holds_nothing(link: str, following: str | None) -> None:
    """RFC 8288's ``rel="next"``; Sentry gives one on every page, its last one marked
    ``results="false"``, which would otherwise be followed into empty pages for ever."""
    from aiwyn_client.pagination.cursor import next_link

    assert next_link(httpx.Headers({"link": link})) == following
