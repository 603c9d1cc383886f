"""Fixtures for the scenarios against the stateful fake server: a started server, and clients
that do not sleep between retries (the delays are the retry tests' business, not these)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from aiwyn_client import Aiwyn, AsyncAiwyn

from tests.fake_server import API_KEY, FakeAiwyn
from tests.unit.fakes import Sleeps, no_sleep


@pytest.fixture
def fake() -> Iterator[FakeAiwyn]:
    with FakeAiwyn() as server:
        yield server


@pytest.fixture
def other() -> Iterator[FakeAiwyn]:
    """A second server, another origin: where a redirect would take the credentials."""
    with FakeAiwyn() as server:
        yield server


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
