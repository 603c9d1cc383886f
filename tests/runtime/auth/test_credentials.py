"""Authentication that survives a bad minute, and credentials that stay at the configured origin."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import traceback
from typing import Any

import httpx
import pytest
from aiwyn_client import AiwynError, APIStatusError, AuthenticationError, RedirectError

from tests.support.fake_server import API_KEY, FakeAiwyn
from tests.support.stateful import async_client, sync_client


def clients(n: int) -> list[dict[str, Any]]:
    return [{"id": i, "name": f"Client {i}"} for i in range(1, n + 1)]


# ---------------------------------------------------------------------- the exchange
@pytest.mark.parametrize("failure", ["status-503", "status-429", "drop"])
def test_a_failing_token_exchange_is_retried(fake: FakeAiwyn, failure: str) -> None:
    fake.add("clients", clients(120))
    action, _, status = failure.partition("-")
    options: dict[str, Any] = {"status": int(status), "headers": {"retry-after": "0"}} if status else {}
    fake.fault("/v1/auth/token", action, **options)
    with sync_client(fake) as aiwyn:
        assert len(list(aiwyn.clients.iter(page_size=50))) == 120
    assert fake.exchanges == 1  # the failed attempt was answered before the exchange ran


def test_an_async_exchange_that_fails_twice_is_retried(fake: FakeAiwyn) -> None:
    fake.add("clients", clients(120))
    fake.fault("/v1/auth/token", "status", status=503, times=2)

    async def main() -> list[int]:
        async with async_client(fake) as aiwyn:
            return [c.id async for c in aiwyn.clients.iter(page_size=50, concurrency=8)]

    assert asyncio.run(main()) == list(range(1, 121))
    assert fake.exchanges == 1


def test_a_refresh_that_hits_a_503_mid_export_does_not_end_it(fake: FakeAiwyn) -> None:
    fake.add("clients", clients(300))

    def expire_then_fail(server: FakeAiwyn, path: str, body: Any) -> None:
        if body.get("page") == 2:
            server.revoke_all()
            server.fault("/v1/auth/token", "status", status=503, times=2)

    fake.on_request = expire_then_fail
    with sync_client(fake) as aiwyn:
        got = [c.id for c in aiwyn.clients.iter(page_size=50)]
    assert got == list(range(1, 301))
    assert fake.exchanges == 2


def test_a_rejected_key_is_an_authentication_error_without_the_key(fake: FakeAiwyn) -> None:
    fake.echo_secrets = True
    with sync_client(fake, api_key="wrong-key-MUST-NOT-LEAK") as aiwyn, pytest.raises(AuthenticationError) as caught:
        aiwyn.clients.list()
    assert "wrong-key-MUST-NOT-LEAK" not in _everything(caught.value)


def test_a_short_lived_token_is_exchanged_about_once_per_lifetime(fake: FakeAiwyn) -> None:
    fake.token_lifetime = 5  # a 60 s margin would refresh before every request
    fake.add("clients", clients(40))
    with sync_client(fake) as aiwyn:
        for _ in range(20):
            aiwyn.clients.list(page_size=10)
    assert fake.exchanges == 1


def test_fifty_concurrent_callers_cause_one_exchange(fake: FakeAiwyn) -> None:
    fake.add("clients", clients(5))
    with sync_client(fake) as aiwyn:
        threads = [threading.Thread(target=aiwyn.clients.list) for _ in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert fake.exchanges == 1

    async def main() -> None:
        async with async_client(fake) as aiwyn:
            await asyncio.gather(*(aiwyn.clients.list() for _ in range(50)))

    asyncio.run(main())
    assert fake.exchanges == 2  # one more for the new client, not fifty


def test_a_revoked_token_is_refreshed_once_and_the_request_replayed(fake: FakeAiwyn) -> None:
    fake.add("clients", clients(10))
    with sync_client(fake) as aiwyn:
        aiwyn.clients.list()
        fake.revoke_all()
        assert len(aiwyn.clients.list().clients) == 10  # type: ignore[arg-type]
    assert fake.exchanges == 2


# ---------------------------------------------------------------------- origins
def _no_credentials_reached(other: FakeAiwyn) -> None:
    for seen in other.requests:
        assert "authorization" not in seen.headers
        assert API_KEY not in json.dumps(seen.body)


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("own_client", [False, True])
def test_a_redirect_to_another_origin_is_refused_for_the_exchange(
    fake: FakeAiwyn, other: FakeAiwyn, status: int, own_client: bool
) -> None:
    fake.fault("/v1/auth/token", "redirect", status=status, location=other.url + "/v1/auth/token")
    options: dict[str, Any] = {"http_client": httpx.Client(follow_redirects=True)} if own_client else {}
    with sync_client(fake, **options) as aiwyn, pytest.raises(RedirectError, match="another origin"):
        aiwyn.clients.list()
    assert other.requests == []
    _no_credentials_reached(other)


@pytest.mark.parametrize("own_client", [False, True])
def test_a_redirect_to_another_origin_is_refused_for_api_requests(
    fake: FakeAiwyn, other: FakeAiwyn, own_client: bool
) -> None:
    fake.fault("/gql/v1/clients", "redirect", status=307, location=other.url + "/gql/v1/clients")
    options: dict[str, Any] = {"http_client": httpx.Client(follow_redirects=True)} if own_client else {}
    with sync_client(fake, **options) as aiwyn, pytest.raises(RedirectError, match="another origin"):
        aiwyn.clients.list()
    assert other.requests == []


def test_an_async_redirect_to_another_origin_is_refused(fake: FakeAiwyn, other: FakeAiwyn) -> None:
    fake.fault("/gql/v1/clients", "redirect", status=308, location=other.url + "/gql/v1/clients")

    async def main() -> None:
        async with async_client(fake, http_client=httpx.AsyncClient(follow_redirects=True)) as aiwyn:
            await aiwyn.clients.list()

    with pytest.raises(RedirectError):
        asyncio.run(main())
    assert other.requests == []


def test_same_origin_redirects_follow_only_when_the_users_client_asks(fake: FakeAiwyn) -> None:
    fake.add("clients", clients(3))
    fake.fault("/gql/v1/clients", "redirect", status=307, location="/gql/v1/clients?moved=1")
    with sync_client(fake) as aiwyn, pytest.raises(RedirectError, match="not followed"):
        aiwyn.clients.list()
    fake.fault("/gql/v1/clients", "redirect", status=307, location="/gql/v1/clients?moved=1")
    with sync_client(fake, http_client=httpx.Client(follow_redirects=True)) as aiwyn:
        assert len(aiwyn.clients.list().clients) == 3  # type: ignore[arg-type]
    follow_up = fake.requests[-1]
    assert follow_up.method == "POST" and "authorization" in follow_up.headers


# ---------------------------------------------------------------------- redaction
def _everything(error: BaseException) -> str:
    """All a user could print of an error: message, repr, attributes, formatted traceback."""
    parts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    for name in ("body", "text", "message", "url"):
        parts.append(repr(getattr(error, name, "")))
    return "\n".join(parts)


@pytest.mark.parametrize("route", ["/gql/v1/clients", "/gql/v1/client/"])
def test_errors_that_echo_the_request_hold_no_credential(
    fake: FakeAiwyn, route: str, caplog: pytest.LogCaptureFixture
) -> None:
    fake.echo_secrets = True
    fake.add("clients", clients(3))
    tokens: list[str] = []
    with caplog.at_level(logging.DEBUG, logger="aiwyn_client"), sync_client(fake) as aiwyn:
        aiwyn.clients.list()  # one good call first, so a token is known
        tokens = list(fake.tokens)
        fake.fault(route, "status", status=400)
        with pytest.raises(APIStatusError) as caught:
            if route.endswith("/"):
                aiwyn.clients.get(1)
            else:
                aiwyn.clients.list()
        assert "you sent" in (caught.value.text or "")  # the server did echo
        shown = _everything(caught.value) + caplog.text + repr(aiwyn)
    for secret in [API_KEY, *tokens]:
        assert secret not in shown


def test_async_errors_that_echo_the_request_hold_no_credential(fake: FakeAiwyn) -> None:
    fake.echo_secrets = True
    fake.fault("/gql/v1/clients", "status", status=422)

    async def main() -> None:
        async with async_client(fake) as aiwyn:
            await aiwyn.clients.list()

    with pytest.raises(APIStatusError) as caught:
        asyncio.run(main())
    assert "you sent" in caught.value.text
    for secret in [API_KEY, *fake.tokens]:
        assert secret not in _everything(caught.value)


def test_a_previous_token_echoed_after_a_refresh_is_redacted_too(fake: FakeAiwyn) -> None:
    fake.echo_secrets = True
    with sync_client(fake) as aiwyn:
        aiwyn.clients.list()
        first = list(fake.tokens)
        fake.revoke_all()
        fake.fault("/gql/v1/clients", "status", status=500, times=10)
        with pytest.raises(AiwynError) as caught:
            aiwyn.clients.list()
    for secret in [API_KEY, *first, *fake.tokens]:
        assert secret not in _everything(caught.value)


# ---------------------------------------------------------------------- clock skew
@pytest.mark.parametrize("offset", [-600.0, 600.0])
def test_a_server_clock_ten_minutes_off_costs_one_exchange_per_lifetime(fake: FakeAiwyn, offset: float) -> None:
    fake.clock_offset = offset
    fake.token_lifetime = 300
    fake.add("clients", clients(5))
    with sync_client(fake) as aiwyn:
        for _ in range(10):
            aiwyn.clients.list()
    assert fake.exchanges == 1
