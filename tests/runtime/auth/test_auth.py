"""API-key exchange, refresh before expiry, 401 refresh-and-replay, single flight."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
from aiwyn_client import AuthenticationError, _spec
from aiwyn_client._auth import ApiKeyAuth, BearerTokenAuth, KeyAsIsAuth, jwt_expiry
from aiwyn_client._exceptions import MissingCredentialsError
from aiwyn_client.api.client import get_clients
from aiwyn_client.auth import SchemesAuth
from aiwyn_client.auth._arguments import make_auth
from aiwyn_client.errors import ConfigurationError
from aiwyn_client.models import ClientList, ListRequest

from tests.support.fakes import API_KEY, BASE, FakeClock, ScriptedAPI, clients_page, make_jwt, token_response


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=clients_page(1, 2))


def test_the_key_is_exchanged_once_through_the_same_transport_and_the_jwt_is_sent() -> None:
    api = ScriptedAPI(ok)
    with api.sync_client() as aiwyn:
        first = get_clients.sync(client=aiwyn, body=ListRequest(page_size=2))
        get_clients.sync(client=aiwyn, body=ListRequest(page_size=2))
    assert isinstance(first, ClientList)
    assert api.exchanges == 1
    exchange, call, _ = api.requests
    assert (exchange.method, exchange.url.path) == ("POST", "/v1/auth/token")
    assert "authorization" not in exchange.headers
    assert call.headers["authorization"].startswith("Bearer ey")
    assert jwt_expiry(call.headers["authorization"].removeprefix("Bearer ")) == int(api.now + 3600)


def test_a_static_token_is_sent_as_it_is() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json=clients_page())

    api = ScriptedAPI(handler)
    with api.sync_client(api_key=None, token="static-token") as aiwyn:
        get_clients.sync(client=aiwyn, body=ListRequest())
    assert seen == ["Bearer static-token"]
    assert api.exchanges == 0


def _flow_client(clock: FakeClock, responses: dict[str, Any]) -> tuple[httpx.Client, ApiKeyAuth, list[str]]:
    paths: list[str] = []
    issued = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        if request.url.path == "/v1/auth/token":
            issued["n"] += 1
            return token_response(make_jwt(clock.now + 3600, n=issued["n"]))
        return responses.get(request.url.path) or httpx.Response(200, json={})

    auth = ApiKeyAuth(API_KEY, token_url=f"{BASE}/v1/auth/token", clock=clock)
    return httpx.Client(base_url=BASE, auth=auth, transport=httpx.MockTransport(handler)), auth, paths


def test_the_token_is_refreshed_60_seconds_before_it_expires() -> None:
    clock = FakeClock()
    client, auth, _ = _flow_client(clock, {})
    client.get("/x")
    clock.now += 3600 - 61
    client.get("/x")
    assert auth.exchanges == 1
    clock.now += 2  # now inside the 60 s margin
    client.get("/x")
    assert auth.exchanges == 2


def test_a_401_refreshes_once_and_replays_once() -> None:
    clock = FakeClock()
    answers = iter([httpx.Response(401, json={"error": "expired"}), httpx.Response(200, json={"ok": True})])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/token":
            return token_response(make_jwt(clock.now + 3600))
        return next(answers)

    auth = ApiKeyAuth(API_KEY, token_url=f"{BASE}/v1/auth/token", clock=clock)
    with httpx.Client(base_url=BASE, auth=auth, transport=httpx.MockTransport(handler)) as client:
        response = client.post("/data", json={"a": 1})
    assert response.status_code == 200
    assert auth.exchanges == 2


def test_a_second_401_raises_authentication_error() -> None:
    api = ScriptedAPI(lambda request: httpx.Response(401, json={"error": "invalid token"}))
    with api.sync_client() as aiwyn, pytest.raises(AuthenticationError) as caught:
        get_clients.sync(client=aiwyn, body=ListRequest())
    assert api.exchanges == 2
    calls = [r for r in api.requests if r.url.path == "/gql/v1/clients"]
    assert len(calls) == 2
    assert caught.value.status_code == 401


def test_a_rejected_key_says_so_without_the_key() -> None:
    def reject(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": f"unknown key {API_KEY}"})

    aiwyn = ScriptedAPI(ok, exchange=reject).sync_client()
    with aiwyn, pytest.raises(AuthenticationError, match="API key was rejected") as caught:
        get_clients.sync(client=aiwyn, body=ListRequest())
    assert API_KEY not in str(caught.value)
    assert API_KEY not in caught.value.text
    assert API_KEY not in repr(aiwyn)


def test_exchange_failures_other_than_rejection_keep_their_class() -> None:
    clock = FakeClock()
    auth = ApiKeyAuth(API_KEY, token_url=f"{BASE}/v1/auth/token", clock=clock)
    transport = httpx.MockTransport(lambda request: httpx.Response(503, text="maintenance"))
    with httpx.Client(auth=auth, transport=transport) as client, pytest.raises(Exception) as caught:
        client.get(f"{BASE}/x")
    assert type(caught.value).__name__ == "InternalServerError"


def test_single_flight_under_threads() -> None:
    clock = FakeClock()
    lock = threading.Lock()
    exchanges = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/token":
            with lock:
                exchanges["n"] += 1
            time.sleep(0.05)  # hold the exchange open so the other threads pile up behind it
            return token_response(make_jwt(clock.now + 3600))
        return httpx.Response(200, json={})

    auth = ApiKeyAuth(API_KEY, token_url=f"{BASE}/v1/auth/token", clock=clock, token=make_jwt(clock.now - 10))
    client = httpx.Client(base_url=BASE, auth=auth, transport=httpx.MockTransport(handler))
    barrier = threading.Barrier(50)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait()
            assert client.get("/x").status_code == 200
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert exchanges["n"] == 1


def test_single_flight_under_asyncio() -> None:
    clock = FakeClock()
    exchanges = {"n": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/token":
            exchanges["n"] += 1
            await asyncio.sleep(0.01)
            return token_response(make_jwt(clock.now + 3600))
        return httpx.Response(200, json={})

    async def main() -> None:
        auth = ApiKeyAuth(API_KEY, token_url=f"{BASE}/v1/auth/token", clock=clock)
        async with httpx.AsyncClient(base_url=BASE, auth=auth, transport=httpx.MockTransport(handler)) as client:
            responses = await asyncio.gather(*(client.get("/x") for _ in range(50)))
        assert all(r.status_code == 200 for r in responses)

    asyncio.run(main())
    assert exchanges["n"] == 1


def test_auth_reprs_hide_secrets() -> None:
    assert "secret" not in repr(BearerTokenAuth("secret"))
    assert API_KEY not in repr(ApiKeyAuth(API_KEY, token_url=f"{BASE}/v1/auth/token"))


@pytest.mark.parametrize(
    ("location", "where"),
    [
        ("header", lambda r: r.headers.get("X-API-Key")),
        ("query", lambda r: r.url.params.get("key")),
        ("cookie", lambda r: r.headers.get("Cookie")),
    ],
)
def test_a_key_without_exchange_goes_where_the_security_scheme_says(location: str, where: Any) -> None:
    name = "X-API-Key" if location == "header" else "key"
    seen: list[httpx.Request] = []
    auth = KeyAsIsAuth(API_KEY, location=location, name=name)
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200, json={}))
    with httpx.Client(auth=auth, transport=transport) as http:
        http.get(f"{BASE}/things", params={"a": "1"})
    sent = where(seen[0])
    assert sent == (f"key={API_KEY}" if location == "cookie" else API_KEY)
    assert seen[0].url.params["a"] == "1"
    assert API_KEY not in repr(auth) and API_KEY not in auth.secrets.scrub(f"x {API_KEY}")


def test_an_api_key_follows_the_description(monkeypatch: pytest.MonkeyPatch) -> None:
    """An exchange when there is one; else the apiKey scheme; else a clear error, not 'no credentials'."""
    monkeypatch.setattr(_spec, "TOKEN_EXCHANGE", None)
    monkeypatch.setattr(_spec, "API_KEY_IN", "header")
    monkeypatch.setattr(_spec, "API_KEY_NAME", "X-API-Key")
    monkeypatch.setattr(_spec, "SECURITY_SCHEMES", {})
    assert isinstance(make_auth(API_KEY, None, BASE), KeyAsIsAuth)
    both = make_auth(API_KEY, "t", BASE)  # each its own scheme, both sent where nothing is declared
    assert isinstance(both, SchemesAuth)
    assert [type(a) for a in both.schemes.values()] == [KeyAsIsAuth, BearerTokenAuth]
    monkeypatch.setattr(_spec, "API_KEY_IN", None)
    with pytest.raises(ConfigurationError, match="cannot be used: pass token="):
        make_auth(API_KEY, None, BASE)


def test_jwt_expiry_is_read_without_verification_and_tolerates_junk() -> None:
    assert jwt_expiry(make_jwt(123)) == 123
    assert jwt_expiry("not-a-jwt") is None
    assert jwt_expiry("a.!!!.c") is None


def test_no_credential_where_the_description_asks_for_none(monkeypatch: pytest.MonkeyPatch) -> None:
    """A public API's client is made with nothing, and sends nothing; elsewhere nothing is an error."""
    monkeypatch.delenv("AIWYN_API_KEY", raising=False)
    monkeypatch.delenv("AIWYN_TOKEN", raising=False)
    monkeypatch.setattr(_spec, "CREDENTIALS_OPTIONAL", True)
    auth = make_auth(None, None, BASE)
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200, json={}))
    with httpx.Client(auth=auth, transport=transport) as http:
        http.get(f"{BASE}/things")
    assert "authorization" not in seen[0].headers and repr(auth) == "NoCredentials()"
    monkeypatch.setattr(_spec, "CREDENTIALS_OPTIONAL", False)
    with pytest.raises(MissingCredentialsError, match="no credentials"):
        make_auth(None, None, BASE)
