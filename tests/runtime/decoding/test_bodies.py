"""Bodies that fail on the wire: cut short, stalled past the read timeout, corrupt gzip.

Against a raw-socket server on loopback (``tests/support/raw_server.py``), through the client's whole
stack. A failed body is an ``APIConnectionError`` (``APITimeoutError`` for a stall) with
``attempts``, retried like a dropped connection: idempotent calls, within the budget; a
streamed body (a download to disk, ``with_streaming_response``) is typed but not retried.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from aiwyn_client import Aiwyn, AsyncAiwyn
from aiwyn_client.errors import AiwynError, APIConnectionError, APITimeoutError

from tests.support.fakes import Sleeps, no_sleep
from tests.support.raw_server import BREAKS, Answer, RawServer

TIMEOUT = httpx.Timeout(5.0, read=0.3)
PDF = b"%PDF-1.7 " + bytes(range(256)) * 8
PDF_HEADERS = {"content-type": "application/pdf", "content-disposition": 'attachment; filename="f.pdf"'}


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer() as raw:
        yield raw


def sync_client(server: RawServer, max_retries: int = 2) -> Aiwyn:
    client = Aiwyn(token="t", base_url=server.url, timeout=TIMEOUT, max_retries=max_retries)
    no_sleep(client, Sleeps())
    return client


def async_client(server: RawServer, max_retries: int = 2) -> AsyncAiwyn:
    client = AsyncAiwyn(token="t", base_url=server.url, timeout=TIMEOUT, max_retries=max_retries)
    no_sleep(client, Sleeps())
    return client


def expected_error(kind: str) -> type[APIConnectionError]:
    return APITimeoutError if kind == "stalled" else APIConnectionError


@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_a_body_that_fails_every_time_is_retried_then_raised_typed(server: RawServer, kind: str) -> None:
    server.answer(BREAKS[kind](times=3))
    with sync_client(server) as aiwyn, pytest.raises(expected_error(kind)) as caught:
        aiwyn.clients.get(7)
    assert caught.value.attempts == 3 and "after 3 attempts" in str(caught.value)
    assert "reading the body" in str(caught.value) and caught.value.method == "GET"
    assert server.paths() == ["/gql/v1/client/7"] * 3


@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_a_body_that_fails_every_time_is_retried_then_raised_typed_async(server: RawServer, kind: str) -> None:
    server.answer(BREAKS[kind](times=2))

    async def main() -> None:
        async with async_client(server, max_retries=1) as aiwyn:
            with pytest.raises(expected_error(kind)) as caught:
                await aiwyn.clients.get(7)
            assert caught.value.attempts == 2

    asyncio.run(main())
    assert len(server.requests) == 2


@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_one_failed_body_is_retried_and_the_call_succeeds(server: RawServer, kind: str) -> None:
    server.answer(BREAKS[kind]())
    with sync_client(server) as aiwyn:
        assert aiwyn.clients.get(7).name == "Client 00007"
        raw = aiwyn.with_raw_response.clients.get(7)
        assert raw.parse().id == 7 and raw.content.startswith(b'{"id": 7')
    assert len(server.requests) == 3


@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_one_failed_body_is_retried_and_the_call_succeeds_async(server: RawServer, kind: str) -> None:
    server.answer(BREAKS[kind]())

    async def main() -> None:
        async with async_client(server) as aiwyn:
            assert (await aiwyn.clients.get(7)).name == "Client 00007"
            assert await aiwyn.get("/gql/v1/office/1") == {"id": 7, "name": "Client 00007", "active": True}

    asyncio.run(main())
    assert len(server.requests) == 3


def test_a_compressed_body_that_decodes_is_read_as_usual(server: RawServer) -> None:
    server.default = Answer(gzip=True)
    with sync_client(server) as aiwyn:
        assert aiwyn.clients.get(7).id == 7
        assert aiwyn.with_raw_response.clients.get(7).headers["content-encoding"] == "gzip"


def test_generic_requests_are_retried_and_typed(server: RawServer) -> None:
    server.answer(BREAKS["short"](), BREAKS["corrupt_gzip"]())
    with sync_client(server) as aiwyn:
        assert aiwyn.get("/gql/v1/offices")["id"] == 7
        assert len(server.requests) == 3
        server.answer(BREAKS["stalled"](times=3))
        with pytest.raises(APITimeoutError) as caught:
            aiwyn.get("/gql/v1/offices", max_retries=1)
        assert caught.value.attempts == 2


def test_a_post_that_may_not_be_repeated_is_not_retried_after_its_answer_began(server: RawServer) -> None:
    server.answer(BREAKS["short"]())
    with sync_client(server) as aiwyn:
        with pytest.raises(APIConnectionError) as caught:
            aiwyn.post("/gql/v1/departments", json={"name": "Tax"})
        assert caught.value.attempts == 1 and len(server.requests) == 1
        server.answer(BREAKS["short"]())
        assert aiwyn.post("/gql/v1/departments", json={"name": "Tax"}, idempotent=True)["id"] == 7
        assert len(server.requests) == 3


def test_an_error_status_whose_body_fails_is_retried_like_any_answer(server: RawServer) -> None:
    server.answer(Answer(status=404, body=b'{"error": "NOT_FOUND", "message": "no client 7"}', cut=5))
    server.answer(Answer(status=404, body=b'{"error": "NOT_FOUND", "message": "no client 7"}'))
    with sync_client(server) as aiwyn, pytest.raises(AiwynError) as caught:
        aiwyn.clients.get(7)
    assert getattr(caught.value, "status_code", None) == 404 and len(server.requests) == 2


# ---------------------------------------------------------------------- downloads
def test_a_download_in_memory_is_retried(server: RawServer) -> None:
    server.answer(Answer(body=PDF, headers=PDF_HEADERS, cut=100), Answer(body=PDF, headers=PDF_HEADERS))
    with sync_client(server) as aiwyn:
        assert aiwyn.files.download("F-1").payload.read() == PDF
    assert len(server.requests) == 2


@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_a_download_streamed_to_disk_fails_typed_and_leaves_nothing(
    server: RawServer, tmp_path: Path, kind: str
) -> None:
    broken = BREAKS[kind]()
    broken.body, broken.headers = PDF, PDF_HEADERS
    server.answer(broken)
    with sync_client(server) as aiwyn:
        with pytest.raises(expected_error(kind)) as caught:
            aiwyn.files.download("F-1", to=tmp_path)
        assert caught.value.attempts == 1 and "bytes of the body" in str(caught.value)
        assert list(tmp_path.iterdir()) == []
        server.default = Answer(body=PDF, headers=PDF_HEADERS)
        assert aiwyn.files.download("F-1", to=tmp_path).path == tmp_path / "f.pdf"
    assert (tmp_path / "f.pdf").read_bytes() == PDF


@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_a_download_streamed_to_disk_fails_typed_async(server: RawServer, tmp_path: Path, kind: str) -> None:
    broken = BREAKS[kind]()
    broken.body, broken.headers = PDF, PDF_HEADERS
    server.answer(broken)

    async def main() -> None:
        async with async_client(server) as aiwyn:
            with pytest.raises(expected_error(kind)):
                await aiwyn.files.download("F-1", to=tmp_path)

    asyncio.run(main())
    assert list(tmp_path.iterdir()) == [] and len(server.requests) == 1


@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_a_streamed_response_raises_typed_errors_while_read(server: RawServer, kind: str) -> None:
    broken = BREAKS[kind]()
    broken.body, broken.headers = PDF, PDF_HEADERS
    server.answer(broken)
    with sync_client(server) as aiwyn:
        with pytest.raises(expected_error(kind)), aiwyn.with_streaming_response.files.download("F-1") as response:
            b"".join(response.iter_bytes())
        server.answer(broken)
        broken.times = 1
        with pytest.raises(expected_error(kind)), aiwyn.with_streaming_response.files.download("F-1") as response:
            response.read()


@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_a_streamed_response_raises_typed_errors_while_read_async(server: RawServer, kind: str) -> None:
    broken = BREAKS[kind]()
    broken.body, broken.headers = PDF, PDF_HEADERS
    server.answer(broken)

    async def main() -> None:
        async with async_client(server) as aiwyn:
            with pytest.raises(expected_error(kind)):
                async with aiwyn.with_streaming_response.files.download("F-1") as response:
                    async for _ in response.iter_bytes():
                        pass

    asyncio.run(main())
