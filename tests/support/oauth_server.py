"""The tests' own OAuth 2.0 authorization server on loopback: a token endpoint (client
credentials, refresh tokens with rotation, authorization codes checked against their PKCE
challenge, device codes; client authentication by HTTP basic or in the form, or a public client),
an authorization endpoint that approves at once, a device authorization endpoint, and an
OpenID Connect discovery document, with the failures a real one has: a refused secret, a revoked
refresh token (``invalid_grant``), a slow endpoint, HTML instead of JSON, a 500.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, unquote

from tests.support.loopback import LoopbackServer

CLIENT_ID = "client-1"
CLIENT_SECRET = "client-secret-THIS-MUST-NOT-LEAK"
PUBLIC_CLIENT = "cli-public"
"""A public client (the command): no secret, PKCE instead."""


class OAuthServer(LoopbackServer):
    def __init__(self) -> None:
        self.clients = {CLIENT_ID: CLIENT_SECRET}
        self.lifetime = 3600
        self.mode = "ok"
        """ok, html (a login page instead of JSON), error500, slow (``delay`` s before answering)."""
        self.delay = 0.2
        self.issue_refresh_tokens = False
        self.rotate_refresh_tokens = False
        self.codes: dict[str, tuple[str, str, str]] = {}
        """code → (PKCE challenge, client id, redirect URI)."""
        self.authorize_requests: list[dict[str, str]] = []
        self.device_pending = 2
        """How many polls of the device flow answer authorization_pending before it is approved."""
        self.device_codes: dict[str, int] = {}
        self.discovery_failures = 0
        """How many fetches of the discovery document answer 503 before one succeeds."""
        self.discovery_requests = 0
        self.tokens: dict[str, float] = {}
        self.refresh_tokens: set[str] = set()
        self.revoked: set[str] = set()
        self.grants: list[dict[str, str]] = []
        """The form of every token request, in order (client authentication removed)."""
        self.lock = threading.Lock()

    def handler(self) -> type[BaseHTTPRequestHandler]:
        return _handler_for(self)

    @property
    def token_url(self) -> str:
        return self.url + "/oauth/token"

    def valid(self, authorization: str) -> bool:
        token = authorization.removeprefix("Bearer ")
        with self.lock:
            expiry = self.tokens.get(token)
            return expiry is not None and expiry > time.time() and token not in self.revoked

    def revoke_all(self) -> None:
        with self.lock:
            self.revoked.update(self.tokens)
            self.revoked.update(self.refresh_tokens)

    # -- answering
    def token(self, headers: Mapping[str, str], form: dict[str, str]) -> tuple[int, str, bytes]:
        client_id, secret = form.pop("client_id", None), form.pop("client_secret", None)
        basic = headers.get("authorization", "")
        if basic.startswith("Basic "):
            pair = base64.b64decode(basic[6:]).decode()
            client_id, _, secret = (unquote(p) for p in pair.partition(":"))
        with self.lock:
            self.grants.append(dict(form))
        if self.mode == "slow":
            time.sleep(self.delay)
        if self.mode == "html":
            return 200, "text/html", b"<html><body>Sign in to continue</body></html>"
        if self.mode == "error500":
            return 500, "text/plain", b"internal error"
        public = client_id == PUBLIC_CLIENT and secret is None
        if not public and (client_id not in self.clients or self.clients[client_id] != secret):
            return 401, "application/json", _json({"error": "invalid_client", "error_description": f"bad {secret}"})
        grant = form.get("grant_type")
        user = False
        if grant == "refresh_token":
            refresh = form.get("refresh_token", "")
            with self.lock:
                known = refresh in self.refresh_tokens and refresh not in self.revoked
                if known and self.rotate_refresh_tokens:
                    self.revoked.add(refresh)
            if not known:
                return 400, "application/json", _json({"error": "invalid_grant"})
            user = True
        elif grant == "authorization_code":
            with self.lock:
                found = self.codes.pop(form.get("code", ""), None)
            verifier = form.get("code_verifier", "")
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if found is None or found != (digest, client_id, form.get("redirect_uri")):
                return 400, "application/json", _json({"error": "invalid_grant"})
            user = True
        elif grant == "urn:ietf:params:oauth:grant-type:device_code":
            with self.lock:
                polls = self.device_codes.get(form.get("device_code", ""))
                if polls is None:
                    return 400, "application/json", _json({"error": "invalid_grant"})
                self.device_codes[form["device_code"]] = polls + 1
            if polls < self.device_pending:
                return 400, "application/json", _json({"error": "authorization_pending"})
            user = True
        elif grant != "client_credentials":
            return 400, "application/json", _json({"error": "unsupported_grant_type"})
        token = "at-" + secrets.token_urlsafe(16)
        answer: dict[str, Any] = {"access_token": token, "token_type": "Bearer", "expires_in": self.lifetime}
        if "scope" in form:
            answer["scope"] = form["scope"]
        with self.lock:
            self.tokens[token] = time.time() + self.lifetime
            if self.issue_refresh_tokens or user:
                answer["refresh_token"] = "rt-" + secrets.token_urlsafe(16)
                self.refresh_tokens.add(answer["refresh_token"])
        return 200, "application/json", _json(answer)

    def authorize(self, query: dict[str, str]) -> tuple[int, dict[str, str]]:
        """Approves at once, as a user who is signed in would: a redirect back with a code."""
        with self.lock:
            self.authorize_requests.append(query)
        if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            return 400, {}
        code = "code-" + secrets.token_urlsafe(8)
        with self.lock:
            self.codes[code] = (query["code_challenge"], query.get("client_id", ""), query.get("redirect_uri", ""))
        location = f"{query['redirect_uri']}?code={code}&state={query.get('state', '')}"
        return 302, {"location": location}

    def device(self) -> bytes:
        code = "dc-" + secrets.token_urlsafe(8)
        with self.lock:
            self.device_codes[code] = 0
        return _json(
            {"device_code": code, "user_code": "WDJB-MJHT", "verification_uri": self.url + "/device", "interval": 0}
        )

    def discovery(self) -> bytes:
        return _json(
            {
                "issuer": self.url,
                "token_endpoint": self.token_url,
                "authorization_endpoint": self.url + "/oauth/authorize",
                "device_authorization_endpoint": self.url + "/oauth/device",
            }
        )


def _json(data: Any) -> bytes:
    return json.dumps(data).encode()


def _handler_for(server: OAuthServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
            """Quiet."""

        def _send(self, status: int, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("content-type", kind)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - the base class's name
            if self.path.startswith("/.well-known/openid-configuration"):
                with server.lock:
                    server.discovery_requests += 1
                    failing = server.discovery_requests <= server.discovery_failures
                if failing:
                    self._send(503, "application/json", b'{"error": "temporarily_unavailable"}')
                else:
                    self._send(200, "application/json", server.discovery())
            elif self.path.startswith("/oauth/authorize"):
                query = {k: v[0] for k, v in parse_qs(self.path.partition("?")[2]).items()}
                status, headers = server.authorize(query)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", "0")
                self.end_headers()
            else:
                self._send(404, "application/json", b"{}")

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length).decode() if length else ""
            form = {k: v[0] for k, v in parse_qs(raw).items()}
            headers = {k.lower(): v for k, v in self.headers.items()}
            if self.path.startswith("/oauth/token"):
                self._send(*server.token(headers, form))
            elif self.path.startswith("/oauth/device"):
                self._send(200, "application/json", server.device())
            else:
                self._send(404, "application/json", b"{}")

    return Handler
