"""Security schemes as the description declares them: basic, bearer, API keys in a header, query
or cookie (several at once), alternatives, operation-level requirements (``security: []``), and
OAuth 2.0 client credentials, each from constructor arguments or environment variables named
after the scheme. The description is swapped for one declaring them (``_spec`` patched); the
variant build in tests/generator/test_auth_variant.py does the same from a real description."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiwyn_client import Aiwyn, AsyncAiwyn, AuthenticationError, ConfigurationError, _spec
from aiwyn_client._spec import SchemeInfo
from aiwyn_client.auth import OAuth2ClientCredentials, SchemesAuth

from tests.support.fake_server import FakeAiwyn
from tests.support.fakes import BASE, Sleeps, clients_page, no_sleep
from tests.support.oauth_server import CLIENT_ID, CLIENT_SECRET, OAuthServer

SCHEMES = {
    "BasicAuth": SchemeInfo("BasicAuth", "basic", "basic_auth", "AIWYN_BASIC_AUTH"),
    "PartnerKey": SchemeInfo(
        "PartnerKey", "apiKey", "partner_key", "AIWYN_PARTNER_KEY", location="header", param="X-Partner-Key"
    ),
    "TenantKey": SchemeInfo("TenantKey", "apiKey", "tenant_key", "AIWYN_TENANT_KEY", location="query", param="tenant"),
    "SessionCookie": SchemeInfo(
        "SessionCookie", "apiKey", "session_cookie", "AIWYN_SESSION_COOKIE", location="cookie", param="sid"
    ),
    "Oauth": SchemeInfo("Oauth", "oauth2", "oauth", "AIWYN_OAUTH", token_url="/oauth/token", scopes=("clients:read",)),
    "Partner": SchemeInfo("Partner", "bearer", "partner", "AIWYN_PARTNER"),
}


def _key(method: str, path: str) -> str:
    return next(k for k, op in _spec.OPERATIONS.items() if (op.method, op.path) == (method, path))


LIST = _key("POST", "/gql/v1/clients")
GET = next(k for k, op in _spec.OPERATIONS.items() if op.method == "GET" and op.path.startswith("/gql/v1/client/"))


@pytest.fixture(autouse=True)
def described(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A description whose default requirement is two API keys together, or basic; the clients
    list asks for OAuth 2.0, getting a client for a cookie, and one operation for nothing."""
    for name in ("AIWYN_API_KEY", "AIWYN_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(_spec, "SECURITY_SCHEMES", SCHEMES)
    monkeypatch.setattr(_spec, "SECURITY", (("PartnerKey", "TenantKey"), ("BasicAuth",)))
    monkeypatch.setattr(_spec, "TOKEN_EXCHANGE", None)
    monkeypatch.setattr(_spec, "API_KEY_IN", None)
    operations = dict(_spec.OPERATIONS)
    operations[LIST] = operations[LIST]._replace(security=(("Oauth",),))
    operations[GET] = operations[GET]._replace(security=(("SessionCookie",), ()))
    monkeypatch.setattr(_spec, "OPERATIONS", operations)
    yield


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.token_requests = 0
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
        if request.url.path == "/oauth/token":
            with self.lock:
                self.token_requests += 1
            return httpx.Response(200, json={"access_token": f"at-{self.token_requests}", "expires_in": 600})
        if request.url.path.startswith("/gql/v1/client/"):
            return httpx.Response(200, json={"id": 1, "name": "C"})
        return httpx.Response(200, json=clients_page(1))


def _aiwyn(recorder: Recorder, **credentials: Any) -> Aiwyn:
    aiwyn = Aiwyn(base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **credentials)
    no_sleep(aiwyn, Sleeps())
    return aiwyn


def test_two_api_keys_are_sent_together_when_the_requirement_lists_both() -> None:
    seen = Recorder()
    with _aiwyn(seen, partner_key="pk-1", tenant_key="tk-1") as aiwyn:
        aiwyn.get("/gql/v1/anything")
    [request] = seen.requests
    assert request.headers["x-partner-key"] == "pk-1"
    assert request.url.params["tenant"] == "tk-1"
    assert "authorization" not in request.headers


def test_an_alternative_is_used_when_the_first_cannot_be_met() -> None:
    seen = Recorder()
    with _aiwyn(seen, basic_auth_username="me", basic_auth_password="pw-THIS-MUST-NOT-LEAK") as aiwyn:
        aiwyn.get("/gql/v1/anything")
    assert (
        seen.requests[0].headers["authorization"] == "Basic " + base64.b64encode(b"me:pw-THIS-MUST-NOT-LEAK").decode()
    )
    assert "pw-THIS-MUST-NOT-LEAK" not in repr(aiwyn)


def test_credentials_come_from_environment_variables_named_after_the_scheme(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIWYN_PARTNER_KEY", "pk-env")
    monkeypatch.setenv("AIWYN_TENANT_KEY", "tk-env")
    seen = Recorder()
    with _aiwyn(seen) as aiwyn:
        aiwyn.get("/gql/v1/anything")
    assert seen.requests[0].headers["x-partner-key"] == "pk-env"
    assert seen.requests[0].url.params["tenant"] == "tk-env"


def test_an_operation_requirement_overrides_and_security_empty_sends_nothing() -> None:
    seen = Recorder()
    with _aiwyn(
        seen, partner_key="pk", tenant_key="tk", oauth_client_id=CLIENT_ID, oauth_client_secret="s3cr3t"
    ) as aiwyn:
        aiwyn.clients.list()  # OAuth 2.0 only
        aiwyn.clients.get(1)  # a cookie, or nothing: no cookie given, so nothing
    token, listed, got = seen.requests
    assert (token.method, token.url) == ("POST", httpx.URL(f"{BASE}/oauth/token"))  # relative to the server
    assert token.content.decode() == "grant_type=client_credentials&scope=clients%3Aread"
    assert token.headers["authorization"] == "Basic " + base64.b64encode(f"{CLIENT_ID}:s3cr3t".encode()).decode()
    assert listed.headers["authorization"] == "Bearer at-1"
    assert "x-partner-key" not in listed.headers and "tenant" not in listed.url.params
    assert "authorization" not in got.headers and "x-partner-key" not in got.headers and "cookie" not in got.headers


def test_a_cookie_key_when_the_operation_asks_for_it() -> None:
    seen = Recorder()
    with _aiwyn(seen, session_cookie="sid-1", partner_key="pk", tenant_key="tk") as aiwyn:
        aiwyn.clients.get(1)
    assert seen.requests[0].headers["cookie"] == "sid=sid-1"


def test_scopes_can_be_overridden() -> None:
    seen = Recorder()
    with _aiwyn(seen, oauth_client_id="c", oauth_client_secret="s", oauth_scopes=["a", "b"]) as aiwyn:
        aiwyn.clients.list()
    assert "scope=a+b" in seen.requests[0].content.decode()


def test_an_empty_password_given_is_one() -> None:
    """Dropbox Sign's and Stripe's keys are the user name of HTTP basic, with no password."""
    seen = Recorder()
    with _aiwyn(seen, basic_auth_username="key-1", basic_auth_password="") as aiwyn:
        aiwyn.get("/gql/v1/anything")
    assert seen.requests[0].headers["authorization"] == "Basic " + base64.b64encode(b"key-1:").decode()


def test_incomplete_or_unknown_credentials_say_what_is_missing() -> None:
    with pytest.raises(ConfigurationError, match="AIWYN_BASIC_AUTH_PASSWORD"):
        Aiwyn(base_url=BASE, basic_auth_username="me")
    with pytest.raises(ConfigurationError, match="oauth_client_secret="):
        Aiwyn(base_url=BASE, oauth_client_id="c")
    with pytest.raises(ConfigurationError, match="unknown credential argument 'partner_ky'"):
        Aiwyn(base_url=BASE, partner_ky="x")  # type: ignore[call-arg]
    with pytest.raises(ConfigurationError, match="partner_key= \\(AIWYN_PARTNER_KEY\\)"):
        Aiwyn(base_url=BASE)


def test_fifty_threads_and_fifty_tasks_fetch_one_token_each_client() -> None:
    seen = Recorder()
    with _aiwyn(seen, oauth_client_id="c", oauth_client_secret="s") as aiwyn:
        barrier = threading.Barrier(50)

        def call() -> None:
            barrier.wait()
            aiwyn.clients.list()

        threads = [threading.Thread(target=call) for _ in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert seen.token_requests == 1
    assert len(seen.requests) == 51

    async def main() -> None:
        async with AsyncAiwyn(
            base_url=BASE,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(seen)),
            oauth_client_id="c",
            oauth_client_secret="s",
        ) as aiwyn:
            await asyncio.gather(*(aiwyn.clients.list() for _ in range(50)))

    asyncio.run(main())
    assert seen.token_requests == 2


# ---------------------------------------------------------------------- against loopback servers
@pytest.fixture
def servers() -> Iterator[tuple[FakeAiwyn, OAuthServer]]:
    with FakeAiwyn() as api, OAuthServer() as oauth:
        api.authorize = lambda seen: oauth.valid(seen.headers.get("authorization", ""))
        api.add("clients", [{"id": 1, "name": "C"}])
        yield api, oauth


def _oauth_client(api: FakeAiwyn, oauth: OAuthServer, secret: str = CLIENT_SECRET) -> Aiwyn:
    aiwyn = Aiwyn(
        base_url=api.url,
        oauth_client_id=CLIENT_ID,
        oauth_client_secret=secret,
        oauth_token_url=oauth.token_url,  # another origin than the API's
        max_retries=2,
    )
    no_sleep(aiwyn, Sleeps())
    return aiwyn


def _everything(error: BaseException) -> str:
    return "\n".join(
        [str(error), repr(error), "".join(traceback.format_exception(error)), repr(getattr(error, "body", ""))]
    )


def test_a_token_from_another_origin_is_fetched_cached_and_refreshed_when_revoked(
    servers: tuple[FakeAiwyn, OAuthServer],
) -> None:
    api, oauth = servers
    with _oauth_client(api, oauth) as aiwyn:
        assert isinstance(aiwyn.auth, SchemesAuth)
        assert isinstance(aiwyn.auth.schemes["Oauth"], OAuth2ClientCredentials)
        aiwyn.clients.list()
        aiwyn.clients.list()
        assert len(oauth.grants) == 1
        oauth.revoke_all()
        assert len(aiwyn.clients.list().clients) == 1  # type: ignore[arg-type]
    assert len(oauth.grants) == 2
    assert all(
        "authorization" not in r.headers or r.headers["authorization"].startswith("Bearer at-") for r in api.requests
    )


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("wrong-secret", "refused the client credentials: 401 Unauthorized \\(invalid_client\\)"),
        ("html", "without an access_token \\(text/html\\)"),
        ("error500", "failed: 500 Internal Server Error"),
    ],
)
def test_a_failing_token_endpoint_names_the_scheme_and_the_endpoint_never_the_secret(
    servers: tuple[FakeAiwyn, OAuthServer], mode: str, message: str
) -> None:
    api, oauth = servers
    secret = "wrong-secret-THIS-MUST-NOT-LEAK" if mode == "wrong-secret" else CLIENT_SECRET
    if mode != "wrong-secret":
        oauth.mode = mode
    with _oauth_client(api, oauth, secret) as aiwyn, pytest.raises(AuthenticationError, match=message) as caught:
        aiwyn.clients.list()
    text = str(caught.value)
    assert "the Oauth token endpoint" in text and oauth.token_url in text
    assert secret not in _everything(caught.value)
    assert api.requests == []  # nothing reached the API
    if mode == "error500":
        assert len(oauth.grants) == 3  # retried like any idempotent request


def test_a_slow_token_endpoint_is_waited_for_once(servers: tuple[FakeAiwyn, OAuthServer]) -> None:
    api, oauth = servers
    oauth.mode, oauth.delay = "slow", 0.3
    with _oauth_client(api, oauth) as aiwyn:
        threads = [threading.Thread(target=aiwyn.clients.list) for _ in range(10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(oauth.grants) == 1
    assert len(api.requests) == 10


def test_open_id_connect_reads_the_token_endpoint_from_discovery(
    monkeypatch: pytest.MonkeyPatch, servers: tuple[FakeAiwyn, OAuthServer]
) -> None:
    api, oauth = servers
    schemes = {
        "Oidc": SchemeInfo(
            "Oidc", "openIdConnect", "oidc", "AIWYN_OIDC", discovery_url=oauth.url + "/.well-known/openid-configuration"
        )
    }
    monkeypatch.setattr(_spec, "SECURITY_SCHEMES", schemes)
    monkeypatch.setattr(_spec, "SECURITY", (("Oidc",),))
    monkeypatch.setattr(_spec, "OPERATIONS", {k: v._replace(security=None) for k, v in _spec.OPERATIONS.items()})
    with Aiwyn(base_url=api.url, oidc_client_id=CLIENT_ID, oidc_client_secret=CLIENT_SECRET) as aiwyn:  # type: ignore[call-arg]
        aiwyn.clients.list()
        aiwyn.clients.list()
    assert len(oauth.grants) == 1


def test_open_id_connect_discovery_in_async_tasks(
    monkeypatch: pytest.MonkeyPatch, servers: tuple[FakeAiwyn, OAuthServer]
) -> None:
    api, oauth = servers
    schemes = {
        "Oidc": SchemeInfo(
            "Oidc", "openIdConnect", "oidc", "AIWYN_OIDC", discovery_url=oauth.url + "/.well-known/openid-configuration"
        )
    }
    monkeypatch.setattr(_spec, "SECURITY_SCHEMES", schemes)
    monkeypatch.setattr(_spec, "SECURITY", (("Oidc",),))
    monkeypatch.setattr(_spec, "OPERATIONS", {k: v._replace(security=None) for k, v in _spec.OPERATIONS.items()})

    async def main() -> None:
        async with AsyncAiwyn(base_url=api.url, oidc_client_id=CLIENT_ID, oidc_client_secret=CLIENT_SECRET) as aiwyn:  # type: ignore[call-arg]
            await asyncio.gather(*(aiwyn.clients.list() for _ in range(20)))

    asyncio.run(main())
    assert len(oauth.grants) == 1
    assert len(api.requests) == 20


def test_aiwyn_login_keeps_two_keys_of_one_profile_then_sends_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aiwyn_client.cli._app import app
    from click.testing import CliRunner

    monkeypatch.setenv("AIWYN_CONFIG_DIR", str(tmp_path))
    with FakeAiwyn() as api:
        api.add("clients", [{"id": 1, "name": "C"}])
        api.authorize = lambda seen: seen.headers.get("x-partner-key") == "pk-1" and "tenant=tk-1" in seen.query
        runner = CliRunner()
        first = runner.invoke(app, ["--base-url", api.url, "login", "--scheme", "PartnerKey"], input="pk-1\n")
        second = runner.invoke(app, ["login", "--scheme", "TenantKey"], input="tk-1\n")
        assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
        assert "pk-1" not in first.output and "tk-1" not in second.output  # hidden input
        stored = json.loads((tmp_path / "credentials" / "default.json").read_text())
        assert stored == {"partner_key": "pk-1", "tenant_key": "tk-1", "base_url": api.url}
        with Aiwyn() as aiwyn:  # the profile: both keys at once, as the default requirement asks
            assert aiwyn.get("/gql/v1/client/1") == {"id": 1, "name": "C"}
        basic = runner.invoke(app, ["login", "--scheme", "BasicAuth"], input="me\npw-THIS-MUST-NOT-LEAK\n")
        assert basic.exit_code == 0 and "pw-THIS-MUST-NOT-LEAK" not in basic.output
        stored = json.loads((tmp_path / "credentials" / "default.json").read_text())
        assert stored["basic_auth_username"] == "me" and stored["partner_key"] == "pk-1"
