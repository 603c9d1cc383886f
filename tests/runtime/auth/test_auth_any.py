"""``Aiwyn(auth=...)`` with any httpx.Auth, and token lifetimes measured on the client's clock."""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Generator

import httpx
import pytest
from aiwyn_client import Aiwyn, APIStatusError, AsyncAiwyn, AuthenticationError, ConfigurationError, RedirectError
from aiwyn_client.auth import ApiKeyAuth, ForeignAuth, token_lifetime

from tests.support.fakes import API_KEY, BASE, FakeClock, Sleeps, clients_page, make_jwt, no_sleep

SECRET = "custom-secret-THIS-MUST-NOT-LEAK"


class HeaderAuth(httpx.Auth):
    """A user's own scheme: a signed header, and a query parameter."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-Signature"] = f"sig {SECRET}"
        request.url = request.url.copy_merge_params({"sig": SECRET + "-q"})
        yield request


def _everything(error: BaseException) -> str:
    parts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    for name in ("body", "text", "message", "url"):
        parts.append(repr(getattr(error, name, "")))
    return "\n".join(parts)


def _client(handler: httpx.MockTransport, auth: httpx.Auth) -> Aiwyn:
    aiwyn = Aiwyn(base_url=BASE, auth=auth, http_client=httpx.Client(transport=handler))
    no_sleep(aiwyn, Sleeps())
    return aiwyn


def test_any_httpx_auth_is_used_and_retried_like_ours() -> None:
    seen: list[httpx.Request] = []
    answers = iter([httpx.Response(503), httpx.Response(200, json=clients_page(1))])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return next(answers)

    with _client(httpx.MockTransport(handler), HeaderAuth()) as aiwyn:
        assert isinstance(aiwyn.auth, ForeignAuth)
        page = aiwyn.clients.list()
    assert len(page.clients) == 1  # type: ignore[arg-type]
    assert len(seen) == 2  # the 503 was retried, with the user's auth on both attempts
    assert all(r.headers["x-signature"] == f"sig {SECRET}" for r in seen)
    assert "authorization" not in seen[0].headers


def test_what_a_foreign_auth_sends_is_redacted_from_errors_and_reprs() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": f"bad {request.headers['x-signature']} at {request.url}"})

    with _client(httpx.MockTransport(echo), HeaderAuth()) as aiwyn, pytest.raises(APIStatusError) as caught:
        aiwyn.clients.list()
    shown = _everything(caught.value) + repr(aiwyn)
    assert "bad" in caught.value.text
    assert SECRET not in shown


def test_basic_auth_of_httpx_is_redacted_too() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, text=f"refused {request.headers['authorization']}")

    auth = httpx.BasicAuth("me", "pass-THIS-MUST-NOT-LEAK")
    with _client(httpx.MockTransport(echo), auth) as aiwyn, pytest.raises(AuthenticationError) as caught:
        aiwyn.clients.list()
    assert "refused" in caught.value.text
    assert "pass-THIS-MUST-NOT-LEAK" not in _everything(caught.value)
    assert httpx.BasicAuth("me", "pass-THIS-MUST-NOT-LEAK")._auth_header.split()[1] not in _everything(caught.value)


def test_a_foreign_auth_stays_behind_the_origin_guard() -> None:
    def redirect(request: httpx.Request) -> httpx.Response:
        return httpx.Response(307, headers={"location": "https://elsewhere.test/steal"})

    with _client(httpx.MockTransport(redirect), HeaderAuth()) as aiwyn, pytest.raises(RedirectError):
        aiwyn.clients.list()


def test_an_async_foreign_auth_with_its_own_request() -> None:
    """A flow that yields a request of its own first (a challenge), then the real one."""

    class Challenge(httpx.Auth):
        def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
            nonce = yield httpx.Request("GET", f"{BASE}/nonce")
            request.headers["Authorization"] = f"Nonce {nonce.headers['x-nonce']}-{SECRET}"
            yield request

    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        if request.url.path == "/nonce":
            return httpx.Response(200, headers={"x-nonce": "n1"})
        assert request.headers["authorization"] == f"Nonce n1-{SECRET}"
        return httpx.Response(422, json={"echo": request.headers["authorization"]})

    async def main() -> None:
        async with AsyncAiwyn(
            base_url=BASE, auth=Challenge(), http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
        ) as aiwyn:
            await aiwyn.clients.list()

    with pytest.raises(APIStatusError) as caught:
        asyncio.run(main())
    assert paths == ["/nonce", "/gql/v1/clients"]
    assert SECRET not in _everything(caught.value)


def test_auth_and_other_credentials_are_not_mixed() -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        Aiwyn(base_url=BASE, auth=HeaderAuth(), api_key=API_KEY)
    with pytest.raises(ConfigurationError, match="httpx.Auth"):
        Aiwyn(base_url=BASE, auth="token")  # type: ignore[arg-type]


# ---------------------------------------------------------------------- clock skew
def test_a_lifetime_is_read_without_the_servers_clock() -> None:
    now = 1_000_000.0
    assert token_lifetime("opaque", 300, now) == (300, True)
    skewed = make_jwt(now - 600 + 300, iat=now - 600)  # server 10 minutes behind: exp already past here
    assert token_lifetime(skewed, None, now) == (300, True)
    assert token_lifetime(make_jwt(now + 120), None, now) == (120, False)  # exp alone: the client's clock
    assert token_lifetime(make_jwt(now - 5), None, now)[0] == 3600  # exp alone and past: the default hour


@pytest.mark.parametrize("skew", [-600, 600])
@pytest.mark.parametrize("stated", [True, False])
def test_clock_skew_gives_one_exchange_per_token_lifetime(skew: int, stated: bool) -> None:
    """300 s tokens from a server whose clock is 10 minutes off: one exchange per 300 s."""
    clock = FakeClock()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/token":
            server_now = clock.now + skew
            token = make_jwt(server_now + 300, iat=server_now)
            data = {"token": token, "expiresIn": 300} if stated else {"token": token}
            return httpx.Response(200, json={"data": data, "error": None, "meta": {}})
        return httpx.Response(200, json={})

    auth = ApiKeyAuth(API_KEY, token_url=f"{BASE}/v1/auth/token", clock=clock)
    with httpx.Client(base_url=BASE, auth=auth, transport=httpx.MockTransport(handler)) as client:
        for _ in range(10):
            client.get("/x")
        assert auth.exchanges == 1
        for _ in range(30):  # 30 calls over 900 s: three lifetimes
            clock.now += 30
            client.get("/x")
    assert auth.exchanges == 4  # the first token, then one per lifetime (refreshed 60 s early)
