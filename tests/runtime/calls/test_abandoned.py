"""Async iterators left early: the requests they fetched ahead should end with them.

An ``AsyncAiwyn`` iterator with ``concurrency=8`` keeps up to eight page requests in flight. A
consumer that stops (``break``) and closes the iterator (``aclosing``, ``async with pager`` or
``pager.aclose()``) gets those requests cancelled and their connections released by the time the
close returns, not when the garbage collector gets to them.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx

from tests.support.fake_server import FakeAiwyn
from tests.support.stateful import async_client, clients


class _Held(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, counter: HeldConnections) -> None:
        self.stream, self.counter, self.released = stream, counter, False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.stream:
            yield chunk

    async def aclose(self) -> None:
        if not self.released:
            self.released = True
            self.counter.held -= 1
        await self.stream.aclose()


class HeldConnections(httpx.AsyncBaseTransport):
    """The connection pool, counting the connections requests hold: from sending a request until
    its response is closed (or the request fails or is cancelled)."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.held = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.held += 1
        try:
            response = await self.inner.handle_async_request(request)
        except BaseException:
            self.held -= 1
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _Held(response.stream, self)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_an_abandoned_concurrent_iterator_releases_its_connections_when_closed(fake: FakeAiwyn) -> None:
    fake.add("clients", clients(2000))
    fake.on_request = lambda server, path, body: time.sleep(0.3) if path.startswith("/gql/v1/clients") else None
    pool = HeldConnections()
    held_after_close: list[int] = []

    async def main() -> None:
        async with async_client(fake, transport=pool) as aiwyn:
            for _ in range(6):
                items: Any = aiter(aiwyn.clients.iter(page_size=10, concurrency=8))
                async with contextlib.aclosing(items):
                    async for _client in items:
                        break  # abandoned after the first record, with pages in flight
                held_after_close.append(pool.held)
            await asyncio.sleep(0.5)  # the garbage collector's finalizers get there eventually
            held_after_close.append(pool.held)

    asyncio.run(main())
    assert held_after_close[-1] == 0  # what happens today, some time later
    assert held_after_close == [0] * 7, f"connections still held right after each close: {held_after_close}"


def test_async_with_the_pager_releases_what_it_fetched_ahead(fake: FakeAiwyn) -> None:
    fake.add("clients", clients(2000))
    fake.on_request = lambda server, path, body: time.sleep(0.2) if path.startswith("/gql/v1/clients") else None
    pool = HeldConnections()
    held: list[int] = []

    async def main() -> None:
        async with async_client(fake, transport=pool) as aiwyn:
            for _ in range(3):
                async with aiwyn.clients.iter(page_size=10, concurrency=8) as pager:
                    async for _client in pager:
                        break
                held.append(pool.held)

    asyncio.run(main())
    assert held == [0, 0, 0]
