"""OAuth 2.0 for a user: the authorization code flow with PKCE and a loopback redirect, the
device code flow, refresh tokens (rotated, revoked), and ``aiwyn login --scheme``, against the
tests' own authorization server."""

from __future__ import annotations

import json
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from aiwyn_client import Aiwyn, AuthenticationError, _spec
from aiwyn_client._spec import SchemeInfo
from aiwyn_client.auth import OAuth2RefreshToken
from aiwyn_client.auth._oauth2_user import authorization_code, device_code, pkce_pair
from aiwyn_client.cli._app import app
from click.testing import CliRunner

from tests.support.fake_server import FakeAiwyn
from tests.support.oauth_server import PUBLIC_CLIENT, OAuthServer


@pytest.fixture
def servers() -> Iterator[tuple[FakeAiwyn, OAuthServer]]:
    with FakeAiwyn() as api, OAuthServer() as oauth:
        api.authorize = lambda seen: oauth.valid(seen.headers.get("authorization", ""))
        api.add("clients", [{"id": 1, "name": "C"}])
        yield api, oauth


@pytest.fixture
def described(monkeypatch: pytest.MonkeyPatch, servers: tuple[FakeAiwyn, OAuthServer]) -> SchemeInfo:
    """A description whose every operation asks for one OAuth 2.0 scheme with user flows."""
    _, oauth = servers
    info = SchemeInfo(
        "Oauth",
        "oauth2",
        "oauth",
        "AIWYN_OAUTH",
        authorization_url=oauth.url + "/oauth/authorize",
        device_url=oauth.url + "/oauth/device",
        user_token_url=oauth.token_url,
        user_scopes=("clients:read",),
    )
    monkeypatch.setattr(_spec, "SECURITY_SCHEMES", {"Oauth": info})
    monkeypatch.setattr(_spec, "SECURITY", (("Oauth",),))
    monkeypatch.setattr(_spec, "OPERATIONS", {k: v._replace(security=None) for k, v in _spec.OPERATIONS.items()})
    monkeypatch.setattr(_spec, "TOKEN_EXCHANGE", None)
    for name in ("AIWYN_API_KEY", "AIWYN_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    return info


def browser(url: str) -> None:
    """The user's browser: the authorization server approves and redirects to the loopback."""
    threading.Thread(target=lambda: httpx.get(url, follow_redirects=True), daemon=True).start()


def test_pkce_challenge_is_the_verifiers_s256() -> None:
    import base64
    import hashlib

    verifier, challenge = pkce_pair()
    assert 43 <= len(verifier) <= 128
    assert challenge == base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def test_the_authorization_code_flow_with_pkce_and_a_loopback_redirect(servers: tuple[FakeAiwyn, OAuthServer]) -> None:
    _, oauth = servers
    with httpx.Client() as http:
        answer = authorization_code(
            http,
            scheme="Oauth",
            authorization_url=oauth.url + "/oauth/authorize",
            token_url=oauth.token_url,
            client_id=PUBLIC_CLIENT,
            scopes=["clients:read"],
            open_url=browser,
            timeout=10,
        )
    assert oauth.valid("Bearer " + answer["access_token"]) and answer["refresh_token"].startswith("rt-")
    [asked] = oauth.authorize_requests
    assert asked["code_challenge_method"] == "S256" and asked["redirect_uri"].startswith("http://127.0.0.1:")
    assert asked["scope"] == "clients:read"
    assert oauth.grants[-1]["grant_type"] == "authorization_code" and "code_verifier" in oauth.grants[-1]


def test_the_device_flow_polls_until_approved(servers: tuple[FakeAiwyn, OAuthServer]) -> None:
    _, oauth = servers
    shown: list[tuple[str, str]] = []
    waits: list[float] = []
    with httpx.Client() as http:
        answer = device_code(
            http,
            scheme="Oauth",
            device_url=oauth.url + "/oauth/device",
            token_url=oauth.token_url,
            client_id=PUBLIC_CLIENT,
            show=lambda uri, code: shown.append((uri, code)),
            sleep=waits.append,
        )
    assert shown == [(oauth.url + "/device", "WDJB-MJHT")]
    assert waits == [0.0, 0.0]  # two authorization_pending answers, at the interval asked
    assert oauth.valid("Bearer " + answer["access_token"])


def _refresh_token(oauth: OAuthServer) -> str:
    with httpx.Client() as http:
        answer = device_code(
            http,
            scheme="Oauth",
            device_url=oauth.url + "/oauth/device",
            token_url=oauth.token_url,
            client_id=PUBLIC_CLIENT,
            show=lambda uri, code: None,
            sleep=lambda s: None,
        )
    return str(answer["refresh_token"])


def test_a_refresh_token_keeps_the_client_signed_in_through_rotation_and_revoked_access(
    servers: tuple[FakeAiwyn, OAuthServer], described: SchemeInfo
) -> None:
    api, oauth = servers
    oauth.rotate_refresh_tokens = True
    first = _refresh_token(oauth)
    with Aiwyn(base_url=api.url, oauth_refresh_token=first, oauth_client_id=PUBLIC_CLIENT) as aiwyn:  # type: ignore[call-arg]
        scheme = aiwyn.auth.schemes["Oauth"]  # type: ignore[attr-defined]
        assert isinstance(scheme, OAuth2RefreshToken)
        rotated: list[str] = []
        scheme.on_refresh = rotated.append
        aiwyn.clients.list()
        with oauth.lock:
            oauth.revoked.update(oauth.tokens)  # access tokens only: the refresh token still works
        aiwyn.clients.list()
    assert len(rotated) == 2 and first not in rotated
    assert [g["grant_type"] for g in oauth.grants[-2:]] == ["refresh_token", "refresh_token"]


def test_a_revoked_refresh_token_says_to_sign_in_again(
    servers: tuple[FakeAiwyn, OAuthServer], described: SchemeInfo
) -> None:
    api, oauth = servers
    token = _refresh_token(oauth)
    oauth.revoke_all()
    aiwyn = Aiwyn(base_url=api.url, oauth_refresh_token=token, oauth_client_id=PUBLIC_CLIENT)  # type: ignore[call-arg]
    with aiwyn, pytest.raises(AuthenticationError, match="invalid_grant.*aiwyn login") as caught:
        aiwyn.clients.list()
    shown = str(caught.value) + "".join(traceback.format_exception(caught.value)) + repr(caught.value.body)
    assert "the Oauth token endpoint" in str(caught.value) and oauth.token_url in str(caught.value)
    assert token not in shown
    assert api.requests == []


def test_aiwyn_login_with_a_browser_then_commands_use_the_refresh_token(
    servers: tuple[FakeAiwyn, OAuthServer], described: SchemeInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api, oauth = servers
    monkeypatch.setenv("AIWYN_CONFIG_DIR", str(tmp_path))
    monkeypatch.setattr("webbrowser.open", browser)
    runner = CliRunner()
    login = runner.invoke(
        app, ["--base-url", api.url, "login", "--scheme", "Oauth", "--client-id", PUBLIC_CLIENT], catch_exceptions=False
    )
    assert login.exit_code == 0, login.output
    assert "sign in at: " + oauth.url + "/oauth/authorize?" in login.output
    stored = json.loads((tmp_path / "credentials" / "default.json").read_text())
    assert set(stored) == {"oauth_client_id", "oauth_token_url", "oauth_refresh_token", "base_url"}
    assert stored["oauth_refresh_token"] not in login.output
    listed = runner.invoke(app, ["clients", "list", "--format", "json"], catch_exceptions=False)
    assert listed.exit_code == 0, listed.output
    assert [c["id"] for c in json.loads(listed.stdout)] == [1]


def test_aiwyn_login_with_the_device_flow(
    servers: tuple[FakeAiwyn, OAuthServer], described: SchemeInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api, oauth = servers
    oauth.device_pending = 0
    monkeypatch.setenv("AIWYN_CONFIG_DIR", str(tmp_path))
    monkeypatch.setenv("AIWYN_OAUTH_CLIENT_ID", PUBLIC_CLIENT)
    result = CliRunner().invoke(
        app, ["--base-url", api.url, "login", "--scheme", "Oauth", "--device"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "enter the code WDJB-MJHT" in result.output
    assert "oauth_refresh_token" in json.loads((tmp_path / "credentials" / "default.json").read_text())


def test_aiwyn_login_reads_an_open_id_connect_discovery_document_retried_like_any_call(
    servers: tuple[FakeAiwyn, OAuthServer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api, oauth = servers
    oauth.device_pending = 0
    oauth.discovery_failures = 1  # the sign-in goes through the retry transport, as every call does
    info = SchemeInfo(
        "Oidc", "openIdConnect", "oidc", "AIWYN_OIDC", discovery_url=oauth.url + "/.well-known/openid-configuration"
    )
    monkeypatch.setattr(_spec, "SECURITY_SCHEMES", {"Oidc": info})
    monkeypatch.setattr(_spec, "SECURITY", (("Oidc",),))
    monkeypatch.setattr(_spec, "OPERATIONS", {k: v._replace(security=None) for k, v in _spec.OPERATIONS.items()})
    monkeypatch.setattr(_spec, "TOKEN_EXCHANGE", None)
    monkeypatch.setenv("AIWYN_CONFIG_DIR", str(tmp_path))
    runner = CliRunner()
    args = ["--base-url", api.url, "login", "--scheme", "Oidc", "--client-id", PUBLIC_CLIENT, "--device"]
    result = runner.invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    stored = json.loads((tmp_path / "credentials" / "default.json").read_text())
    assert stored["oidc_token_url"] == oauth.token_url  # from the discovery document
    assert oauth.discovery_requests == 2
    listed = runner.invoke(app, ["clients", "list", "--format", "json"], catch_exceptions=False)
    assert listed.exit_code == 0, listed.output


def test_an_access_token_past_its_lifetime_is_refreshed(
    servers: tuple[FakeAiwyn, OAuthServer], described: SchemeInfo
) -> None:
    import time

    api, oauth = servers
    token = _refresh_token(oauth)
    oauth.lifetime = 1  # refreshed half a second in, before the server would refuse it
    with Aiwyn(base_url=api.url, oauth_refresh_token=token, oauth_client_id=PUBLIC_CLIENT) as aiwyn:  # type: ignore[call-arg]
        aiwyn.clients.list()
        time.sleep(0.6)
        aiwyn.clients.list()
    assert [g["grant_type"] for g in oauth.grants].count("refresh_token") == 2
    assert all(r.headers.get("authorization", "").startswith("Bearer at-") for r in api.requests)
