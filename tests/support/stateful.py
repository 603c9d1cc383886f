"""Clients of the stateful fake server that do not sleep between retries (the delays are the retry
tests' business, not these), and the records and checks its scenarios share."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from aiwyn_client import Aiwyn, AsyncAiwyn

from tests.support.fake_server import API_KEY, FakeAiwyn
from tests.support.fakes import Sleeps, no_sleep


def sync_client(fake: FakeAiwyn, **options: Any) -> Aiwyn:
    options.setdefault("api_key", API_KEY)
    options.setdefault("max_retries", 3)
    client = Aiwyn(base_url=fake.url, **options)
    no_sleep(client, Sleeps())
    return client


def async_client(fake: FakeAiwyn, **options: Any) -> AsyncAiwyn:
    options.setdefault("api_key", API_KEY)
    options.setdefault("max_retries", 3)
    client = AsyncAiwyn(base_url=fake.url, **options)
    no_sleep(client, Sleeps())
    return client


def clients(n: int, start: int = 1, **extra: Any) -> list[dict[str, Any]]:
    return [{"id": i, "name": f"Client {i:05d}", "active": True, **extra} for i in range(start, start + n)]


def once_each(got: list[int], expected: list[int]) -> None:
    assert len(got) == len(set(got)), f"{len(got) - len(set(got))} repeated records"
    assert sorted(got) == sorted(expected)


def inserting(every: int, make: Callable[[int], dict[str, Any]], table: str = "clients") -> Callable[..., None]:
    """A server-side writer that inserts a record before every ``every``-th page request."""
    count = itertools.count(1)

    def hook(server: FakeAiwyn, path: str, body: Any) -> None:
        n = next(count)
        if n % every == 0:
            server.add(table, [make(n)])

    return hook
