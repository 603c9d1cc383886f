"""Every record exactly once, or a typed error: iterators against a server that behaves like one.

Each scenario runs sync and async (``concurrency`` 1 and 8) and checks exactly-once by ids.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from typing import Any

import pytest
from aiwyn_client import PaginationError
from aiwyn_client.pagination import ResumeToken, _pager
from aiwyn_client.where import ClientFields as C

from tests.support.fake_server import FakeAiwyn
from tests.support.stateful import async_client, clients, inserting, once_each, sync_client

MODES = ["sync", "async-1", "async-8"]


def run(
    fake: FakeAiwyn, mode: str, method: str = "iter", resume: ResumeToken | None = None, **options: Any
) -> tuple[list[int], Any]:
    """The ids an iterator delivers, and the iterator (for its total and resume token)."""
    if mode == "sync":
        with sync_client(fake) as aiwyn:
            pager = getattr(aiwyn.clients, method)(resume=resume, **options)
            return [c.id for c in pager], pager

    async def main() -> tuple[list[int], Any]:
        async with async_client(fake) as aiwyn:
            concurrency = {} if method == "iter_search" else {"concurrency": int(mode.split("-")[1])}
            pager = getattr(aiwyn.clients, method)(resume=resume, **concurrency, **options)
            return [c.id async for c in pager], pager

    return asyncio.run(main())


def run_until_error(fake: FakeAiwyn, mode: str, method: str = "iter", **options: Any) -> tuple[list[int], Exception]:
    seen: list[int] = []
    if mode == "sync":
        with sync_client(fake) as aiwyn:
            try:
                for c in getattr(aiwyn.clients, method)(**options):
                    seen.append(c.id)
            except Exception as exc:  # noqa: BLE001 - the test looks at it
                return seen, exc
        raise AssertionError("no error")

    async def main() -> tuple[list[int], Exception]:
        async with async_client(fake) as aiwyn:
            concurrency = {} if method == "iter_search" else {"concurrency": int(mode.split("-")[1])}
            try:
                async for c in getattr(aiwyn.clients, method)(**concurrency, **options):
                    seen.append(c.id)
            except Exception as exc:  # noqa: BLE001
                return seen, exc
        raise AssertionError("no error")

    return asyncio.run(main())


# ---------------------------------------------------------------------- short pages
@pytest.mark.parametrize("mode", MODES)
def test_a_page_cut_short_once_is_asked_again(fake: FakeAiwyn, mode: str) -> None:
    fake.add("clients", clients(230))
    fake.fault("/gql/v1/clients", "short", keep=3, times=1, page=2)
    got, pager = run(fake, mode, page_size=50)
    once_each(got, list(range(1, 231)))
    assert pager.total == 230


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("action", ["short", "missing_array"])
def test_a_page_short_twice_raises_with_a_token_that_resumes(fake: FakeAiwyn, mode: str, action: str) -> None:
    fake.add("clients", clients(230))
    fake.fault("/gql/v1/clients", action, keep=0, times=2, page=2)  # page 2 and its one retry
    seen, error = run_until_error(fake, mode, page_size=50)
    assert isinstance(error, PaginationError)
    assert error.total == 230 and error.delivered == len(seen) == 100
    assert "page 2" in str(error) and "resume" in str(error)
    rest, _ = run(fake, mode, resume=error.resume_token, page_size=50)
    once_each(seen + rest, list(range(1, 231)))


@pytest.mark.parametrize("mode", MODES)
def test_without_a_total_a_short_page_ends_the_run(fake: FakeAiwyn, mode: str) -> None:
    fake.add("clients", clients(120))
    fake.report_total = False
    got, pager = run(fake, mode, page_size=50)
    once_each(got, list(range(1, 121)))
    assert pager.total is None


# ---------------------------------------------------------------------- page semantics
@pytest.mark.parametrize("mode", MODES)
def test_a_server_that_reads_page_as_an_offset_is_detected(
    fake: FakeAiwyn, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    fake.add("clients", clients(1234))
    fake.page_semantics = "offset"
    with caplog.at_level("INFO", logger="aiwyn_client"):
        got, pager = run(fake, mode, page_size=100)
    once_each(got, list(range(1, 1235)))
    assert caplog.text.count("records to skip") == 1
    assert pager.resume_token.page_semantics == "offset"


def test_a_resume_token_keeps_the_detected_semantics(fake: FakeAiwyn) -> None:
    fake.add("clients", clients(500))
    fake.page_semantics = "offset"
    with sync_client(fake) as aiwyn:
        pager = aiwyn.clients.iter(page_size=100)
        first = [c.id for c in itertools.islice(pager, 250)]
        rest = [c.id for c in aiwyn.clients.iter(page_size=100, resume=pager.resume_token)]
    once_each(first + rest, list(range(1, 501)))


# ---------------------------------------------------------------------- inserts and deletes
@pytest.mark.parametrize("mode", MODES)
def test_inserts_at_the_front_during_a_list_repeat_nothing(fake: FakeAiwyn, mode: str) -> None:
    originals = clients(1000, start=10_000)
    fake.add("clients", originals)
    # Lower ids sort first, so each insert pushes every later record one place back.
    fake.on_request = inserting(1, lambda n: {"id": n, "name": f"New {n}", "active": True})
    got, _ = run(fake, mode, page_size=100)
    assert len(got) == len(set(got))
    assert {c["id"] for c in originals} <= set(got)


@pytest.mark.parametrize("mode", ["sync", "async-1"])
def test_keyset_search_with_inserts_and_deletes_during_the_run(fake: FakeAiwyn, mode: str) -> None:
    originals = clients(600)
    fake.add("clients", originals)
    deleted: set[int] = set()

    def churn(server: FakeAiwyn, path: str, body: Any) -> None:
        n = len(server.requests)
        server.add("clients", [{"id": 5000 + n, "name": "Client 00000 new", "active": True}])  # sorts first
        with server.lock:
            victim = server.tables["clients"].pop(len(server.tables["clients"]) // 2)
        deleted.add(victim["id"])

    fake.on_request = churn
    got, _ = run(fake, mode, "iter_search", where=C.active.eq(True), order_by=[C.name.asc()], page_size=50)
    assert len(got) == len(set(got))
    kept = {c["id"] for c in originals} - deleted
    assert kept <= set(got)
    search_bodies = list(fake.bodies("/gql/v1/clients/search"))
    assert all("page" not in b or b["page"] == 0 for b in search_bodies)


@pytest.mark.parametrize("mode", ["sync", "async-1"])
@pytest.mark.parametrize("direction", ["asc", "desc"])
def test_keyset_over_a_nullable_sort_key_delivers_null_rows_once(fake: FakeAiwyn, mode: str, direction: str) -> None:
    rows = clients(300)
    for row in rows[::3]:
        row["name"] = None
    for row in rows[1::7]:
        row["name"] = "Same name"
    fake.add("clients", rows)
    order = C.name.asc() if direction == "asc" else C.name.desc()
    got, _ = run(fake, mode, "iter_search", order_by=[order], page_size=25)
    once_each(got, list(range(1, 301)))
    names = {r["id"]: r["name"] for r in rows}
    nulls = [i for i, n in enumerate(got) if names[n] is None]
    count = sum(1 for name in names.values() if name is None)
    assert count > 50
    # Hasura places nulls last for asc, first for desc; the run delivers them in that place.
    assert nulls == (list(range(len(got) - count, len(got))) if direction == "asc" else list(range(count)))


def test_a_server_that_ignores_the_keyset_condition_raises_instead_of_looping(fake: FakeAiwyn) -> None:
    fake.add("clients", clients(120))
    fake.ignore_where = True
    seen, error = run_until_error(fake, "sync", "iter_search", order_by=[C.name.asc()], page_size=50)
    assert isinstance(error, PaginationError)
    assert "loop" in str(error) and seen == list(range(1, 51))
    assert len(fake.paths()) <= 4  # the exchange, two pages, no more


def test_keyset_refuses_an_order_direction_it_cannot_place_nulls_for(fake: FakeAiwyn) -> None:
    with sync_client(fake) as aiwyn, pytest.raises(Exception, match="direction"):
        list(aiwyn.clients.iter_search(order_by=[{"name": "sideways"}]))
    assert fake.paths() == []


# ---------------------------------------------------------------------- pages in flight
def test_pages_requested_ahead_are_on_the_wire_while_a_page_is_read(
    fake: FakeAiwyn, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading a page holds the event loop (decoding it, then the consumer's own work). The
    requests the pager started for the next pages must be written before that, or they wait in
    their tasks, and the pages asked together come back together."""
    monkeypatch.setattr(_pager, "SEND_WAIT", 5.0)  # what is checked is the order, not a loaded machine's speed
    fake.add("clients", clients(120))
    asked_while_reading: list[int] = []

    def asked() -> int:
        return fake.paths().count("/gql/v1/clients")

    async def main() -> None:
        async with async_client(fake) as aiwyn:
            async for page in aiwyn.clients.iter(page_size=10, concurrency=4).batches():
                # Busy with the page, the loop held; the server's threads go on reading.
                wanted, deadline = min(len(asked_while_reading) + 5, 12), time.monotonic() + 2
                while asked() < wanted and time.monotonic() < deadline:
                    time.sleep(0.005)
                asked_while_reading.append(asked())
                assert page

    asyncio.run(main())
    # Pages 0-3 first; each page read has the one four ahead of it requested (to page 11, the last).
    assert asked_while_reading == [min(5 + n, 12) for n in range(12)]
