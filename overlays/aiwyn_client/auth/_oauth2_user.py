"""``oauth2`` for a user: tokens obtained by ``aiwyn login`` (authorization code with PKCE and a
loopback redirect, or the device code flow) and kept fresh with the refresh token.

``OAuth2RefreshToken`` is the auth flow: the access token is fetched with the refresh token when
first needed, refreshed before it expires and once on a 401, single flight (``_tokens``); a
refresh token the server rotates replaces the old one (``on_refresh`` lets the stored profile
keep it). A refused refresh token (``invalid_grant``: revoked or expired) raises
``AuthenticationError`` naming the scheme and the endpoint and saying to log in again.

``authorization_code`` and ``device_code`` run the sign-in itself, for ``aiwyn login``.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from .._exceptions import AiwynError, AuthenticationError, safe_url
from .._json import loads
from .._redact import REDACTED
from ._oauth2 import OAuth2ClientCredentials
from ._tokens import REFRESH_MARGIN_SECONDS

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


class OAuth2RefreshToken(OAuth2ClientCredentials):
    """A user's OAuth 2.0 tokens, refreshed with the refresh token (a public client: no secret needed)."""

    def __init__(
        self,
        refresh_token: str,
        client_id: str,
        *,
        scheme: str,
        token_url: str,
        client_secret: str | None = None,
        on_refresh: Callable[[str], None] | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = REFRESH_MARGIN_SECONDS,
    ) -> None:
        super().__init__(
            client_id,
            client_secret or "",
            scheme=scheme,
            token_url=token_url,
            client_auth="basic" if client_secret else "post",
            clock=clock,
            refresh_margin=refresh_margin,
        )
        self._refresh_token = refresh_token
        self._public = not client_secret
        self.on_refresh = on_refresh
        self.secrets.add(refresh_token)

    def __repr__(self) -> str:
        return f"OAuth2RefreshToken(scheme={self.scheme!r}, client_id={self._client_id!r}, refresh_token={REDACTED!r})"

    def _fetch_request(self, request: httpx.Request) -> httpx.Request:
        assert self._token_url is not None
        form = {"grant_type": "refresh_token", "refresh_token": self._refresh_token}
        if self._public:
            form["client_id"] = self._client_id
        fetch = self._own_request("POST", self._token_url, request, data=form)
        if not self._public:
            fetch.headers["Authorization"] = f"Basic {self._basic}"
        return fetch

    def _accept(self, response: httpx.Response) -> str:
        if response.status_code == 400:
            try:
                body = loads(response.content)
            except ValueError:
                body = None
            if isinstance(body, dict) and body.get("error") == "invalid_grant":
                self.exchanges += 1
                raise self._fail(
                    "refused the refresh token (invalid_grant: revoked or expired): run `aiwyn login` again", response
                )
        token = super()._accept(response)
        try:
            body = loads(response.content)
        except ValueError:  # pragma: no cover - super() accepted it as JSON
            body = None
        rotated = body.get("refresh_token") if isinstance(body, dict) else None
        if isinstance(rotated, str) and rotated and rotated != self._refresh_token:
            self._refresh_token = rotated
            self.secrets.add(rotated)
            if self.on_refresh is not None:
                self.on_refresh(rotated)
        return token


# ---------------------------------------------------------------------- signing in
def pkce_pair() -> tuple[str, str]:
    """A PKCE code verifier and its S256 challenge (RFC 7636)."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


def _token_answer(scheme: str, token_url: str, response: httpx.Response) -> dict[str, Any]:
    try:
        body = loads(response.content)
    except ValueError:
        body = None
    if response.status_code >= 400 or not isinstance(body, dict) or not isinstance(body.get("access_token"), str):
        error = body.get("error") if isinstance(body, dict) else None
        raise AuthenticationError(
            f"the {scheme} token endpoint {safe_url(httpx.URL(token_url))} refused the sign-in: "
            f"{response.status_code} {response.reason_phrase}" + (f" ({error})" if isinstance(error, str) else ""),
            response=response,
        )
    return body


class _Callback(HTTPServer):
    result: dict[str, str]
    done: threading.Event


class _CallbackHandler(BaseHTTPRequestHandler):
    server: _Callback

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        """Quiet: nothing of the redirect reaches the terminal."""

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        if "code" not in query and "error" not in query:
            self.send_response(404)
            self.end_headers()
            return
        self.server.result = query
        body = b"Signed in: you can close this window and return to the terminal."
        self.send_response(200)
        self.send_header("content-type", "text/plain; charset=utf-8")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.server.done.set()


def authorization_code(
    http: httpx.Client,
    *,
    scheme: str,
    authorization_url: str,
    token_url: str,
    client_id: str,
    client_secret: str | None = None,
    scopes: Sequence[str] = (),
    open_url: Callable[[str], object],
    timeout: float = 300.0,
) -> dict[str, Any]:
    """The authorization code flow with PKCE and a loopback redirect (RFC 8252): ``open_url`` is
    given the authorization URL (the browser, or a print); returns the token endpoint's answer."""
    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(16)
    server = _Callback(("127.0.0.1", 0), _CallbackHandler)
    server.result, server.done = {}, threading.Event()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        redirect_uri = f"http://127.0.0.1:{server.server_address[1]}/callback"
        query = {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "state": state,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
        if scopes:
            query["scope"] = " ".join(scopes)
        separator = "&" if "?" in authorization_url else "?"
        open_url(f"{authorization_url}{separator}{urlencode(query)}")
        if not server.done.wait(timeout):
            raise AiwynError(f"the {scheme} sign-in was not completed within {timeout:.0f} s")
    finally:
        server.shutdown()
        server.server_close()
    result = server.result
    if result.get("state") != state:
        raise AiwynError(f"the {scheme} sign-in came back with another state: not this sign-in's answer")
    if "error" in result:
        raise AiwynError(f"the {scheme} sign-in was refused: {result['error']}")
    form = {
        "grant_type": "authorization_code",
        "code": result["code"],
        "redirect_uri": redirect_uri,
        "code_verifier": verifier,
        "client_id": client_id,
    }
    headers = {"Accept": "application/json"}
    if client_secret:
        form.pop("client_id")
        pair = f"{client_id}:{client_secret}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
    response = http.post(token_url, data=form, headers=headers)
    return _token_answer(scheme, token_url, response)


def device_code(
    http: httpx.Client,
    *,
    scheme: str,
    device_url: str,
    token_url: str,
    client_id: str,
    scopes: Sequence[str] = (),
    show: Callable[[str, str], object],
    sleep: Callable[[float], object] = time.sleep,
    timeout: float = 600.0,
) -> dict[str, Any]:
    """The device authorization grant (RFC 8628): ``show`` is given the verification URL and the
    user code; the token endpoint is polled at the interval asked until the user approves."""
    form = {"client_id": client_id}
    if scopes:
        form["scope"] = " ".join(scopes)
    started = http.post(device_url, data=form, headers={"Accept": "application/json"})
    try:
        grant = loads(started.content)
    except ValueError:
        grant = None
    if started.status_code >= 400 or not isinstance(grant, dict) or not isinstance(grant.get("device_code"), str):
        raise AuthenticationError(
            f"the {scheme} device endpoint {safe_url(httpx.URL(device_url))} answered "
            f"{started.status_code} {started.reason_phrase} without a device code",
            response=started,
        )
    show(str(grant.get("verification_uri_complete") or grant.get("verification_uri")), str(grant.get("user_code")))
    asked = grant.get("interval")
    interval = float(asked) if isinstance(asked, (int, float)) and asked >= 0 else 5.0  # RFC 8628: 5 s unless told
    deadline = time.monotonic() + min(timeout, float(grant.get("expires_in") or timeout))
    while time.monotonic() < deadline:
        response = http.post(
            token_url,
            data={"grant_type": DEVICE_GRANT, "device_code": grant["device_code"], "client_id": client_id},
            headers={"Accept": "application/json"},
        )
        try:
            body = loads(response.content)
        except ValueError:
            body = None
        error = body.get("error") if isinstance(body, dict) else None
        if error == "authorization_pending":
            sleep(interval)
            continue
        if error == "slow_down":
            interval += 5
            sleep(interval)
            continue
        return _token_answer(scheme, token_url, response)
    raise AiwynError(f"the {scheme} device sign-in was not approved in time")
