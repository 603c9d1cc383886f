"""A soak: 300,000 records through the stateful fake server with every fault at once.

503s, 429s, dropped connections, garbage bodies, bodies cut short and stalled past the read
timeout, pages cut short, tokens that expire every second and tokens revoked, while records are
inserted and deleted under the iterator; a run that stops (retries spent, a page that stays
short) continues from its resume token. At the end the README's guarantee for keyset searches
must hold over all the resumed runs together: every record that existed from the start to the
end delivered exactly once, nothing delivered twice, nothing delivered that never existed.

Marked ``soak`` (left out of ``make test``); ``make test-soak`` runs it. ``AIWYN_SOAK_RECORDS``
sets the size (default 300,000).
"""

from __future__ import annotations

import asyncio
import bisect
import os
import random
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from aiwyn_client.errors import AiwynError, PaginationError
from aiwyn_client.pagination import ResumeToken

from tests.support.fake_server import FakeAiwyn, Fault
from tests.support.stateful import async_client, sync_client

pytestmark = pytest.mark.soak

RECORDS = int(os.environ.get("AIWYN_SOAK_RECORDS", "300000"))
PAGE = 1000
FAULT_RATE = 0.12
"""The share of API requests that misbehave (the token exchange too, at a quarter of it)."""
TIMEOUT = httpx.Timeout(10.0, read=0.25)
MAX_STOPS = 200


class Chaos:
    """Every fault at once, seeded: a random one for some requests, and records inserted and
    deleted (and tokens revoked) as requests come in."""

    ACTIONS = ("503", "429", "drop", "garbage", "cut", "stall", "short")

    def __init__(self, fake: FakeAiwyn, seed: int, deletes: bool = True) -> None:
        self.fake, self.deletes = fake, deletes
        self.requests = 0
        self.rnd = random.Random(seed)  # noqa: S311 - reproducible chaos, not secrets
        self.lock = threading.Lock()
        self.inserted: set[int] = set()
        self.deleted: set[int] = set()
        self.faults: dict[str, int] = dict.fromkeys(self.ACTIONS, 0)
        self.revocations = 0

    def fault(self, path: str, body: Any) -> Fault | None:
        with self.lock:
            rate = FAULT_RATE / 4 if path == "/v1/auth/token" else FAULT_RATE
            if self.rnd.random() >= rate:
                return None
            action = self.rnd.choice(self.ACTIONS[:2] if path == "/v1/auth/token" else self.ACTIONS)
            self.faults[action] += 1
        if action == "503":
            return Fault(path, "status", status=503)
        if action == "429":
            return Fault(path, "status", status=429, headers={"Retry-After": "0"})
        if action == "short":
            return Fault(path, "short", keep=PAGE // 3)
        return Fault(path, action, delay=0.4)

    def on_request(self, fake: FakeAiwyn, path: str, body: Any) -> None:
        with self.lock, fake.lock:
            rows = fake.tables["clients"]
            for _ in range(self.rnd.choice((0, 0, 1, 3))):  # inserts: odd ids, between the others
                new = 2 * self.rnd.randrange(1, RECORDS + 50) + 1
                index = bisect.bisect_left(rows, new, key=lambda r: r["id"])
                if new not in self.inserted and (index == len(rows) or rows[index]["id"] != new):
                    rows.insert(index, record(new))
                    self.inserted.add(new)
            for _ in range(self.rnd.choice((0, 0, 1, 2)) if self.deletes else 0):  # anywhere, ahead or behind
                gone = rows.pop(self.rnd.randrange(len(rows)))
                self.deleted.add(gone["id"])
            self.requests += 1
            if self.requests % 40 == 0:
                fake.revoke_all()  # the next request is refused: refresh once, replay once
                self.revocations += 1


def record(i: int) -> dict[str, Any]:
    return {"id": i, "name": f"Client {i:07d}", "active": i % 3 != 0, "createdAt": "2024-01-31T09:00:00+00:00"}


Run = tuple[list[int], ResumeToken | None, Exception | None]
"""What one run delivered, where to resume, and why it stopped (None: it ended)."""


def drain(start: Callable[[ResumeToken | None], Run]) -> tuple[list[int], int]:
    """Every id a run delivers, resuming where each stop says, and how many stops there were."""
    delivered: list[int] = []
    resume: ResumeToken | None = None
    for stops in range(MAX_STOPS):
        got, resume, error = start(resume)
        delivered += got
        if error is None:
            return delivered, stops
    raise AssertionError(f"still stopping after {MAX_STOPS} resumes")


def sync_run(fake: FakeAiwyn, resume: ResumeToken | None, method: str) -> Run:
    got: list[int] = []
    with sync_client(fake, timeout=TIMEOUT) as aiwyn:
        pager = getattr(aiwyn.clients, method)(page_size=PAGE, resume=resume)
        try:
            for client in pager:
                got.append(client.id)  # type: ignore[arg-type]
        except AiwynError as exc:
            token = exc.resume_token if isinstance(exc, PaginationError) else pager.resume_token
            return got, token, exc
    return got, None, None


def async_run(fake: FakeAiwyn, resume: ResumeToken | None, method: str) -> Run:
    async def main() -> Run:
        got: list[int] = []
        async with async_client(fake, timeout=TIMEOUT) as aiwyn:
            concurrency = {"concurrency": 8} if method == "iter" else {}
            pager = getattr(aiwyn.clients, method)(page_size=PAGE, resume=resume, **concurrency)
            try:
                async for client in pager:
                    got.append(client.id)  # type: ignore[arg-type]
            except AiwynError as exc:
                token = exc.resume_token if isinstance(exc, PaginationError) else pager.resume_token
                return got, token, exc
        return got, None, None

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_keyset_search_delivers_every_record_exactly_once_through_every_fault_at_once(mode: str) -> None:
    """iter_search: every record that exists from start to end exactly once, inserts and deletes."""
    soak(mode, "iter_search", deletes=True)


def test_a_numbered_list_delivers_every_record_once_through_every_fault_at_once() -> None:
    """iter, 8 pages in flight: no record twice, and with inserts only every record that existed
    at the start (a deletion may shift a record past the cursor: the guarantee table says so)."""
    soak("async", "iter", deletes=False)


def soak(mode: str, method: str, deletes: bool) -> None:
    with FakeAiwyn() as fake:
        fake.sorted_by_id = True
        fake.token_lifetime = 2.0  # refreshed every second
        initial = list(range(2, 2 * RECORDS + 1, 2))  # even ids; inserts take odd ones between them
        fake.tables["clients"] = [record(i) for i in initial]
        chaos = Chaos(fake, seed=23 if mode == "sync" else 24 if method == "iter_search" else 25, deletes=deletes)
        fake.fault_source = chaos.fault
        fake.on_request = chaos.on_request
        run = sync_run if mode == "sync" else async_run
        started = time.monotonic()
        delivered, stops = drain(lambda resume: run(fake, resume, method))
        elapsed = time.monotonic() - started

    seen = set(delivered)
    print(  # noqa: T201 - the soak's report, shown with -s
        f"\n{mode} {method}: {len(delivered):,} delivered in {elapsed:.0f} s, {stops} resumes, faults {chaos.faults}, "
        f"{chaos.revocations} revocations, {fake.exchanges} token exchanges, "
        f"{len(chaos.inserted):,} inserted, {len(chaos.deleted):,} deleted"
    )
    assert len(delivered) == len(seen), f"{len(delivered) - len(seen)} records delivered twice"
    survivors = set(initial) - chaos.deleted
    missing = survivors - seen
    assert not missing, f"{len(missing)} records that existed throughout never delivered, e.g. {sorted(missing)[:5]}"
    assert seen <= set(initial) | chaos.inserted, "delivered a record that never existed"
    if RECORDS >= 100_000:  # enough pages for every fault, stops, and tokens that expire
        assert stops > 0 and all(chaos.faults.values()), "the soak must stop and resume, and meet every fault"
        assert fake.exchanges > 3 and chaos.revocations > 0
