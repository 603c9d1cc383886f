"""The tests' own OAuth 2.0 authorization server on loopback: a token endpoint (client
credentials and refresh tokens, client authentication by HTTP basic or in the form) and an
OpenID Connect discovery document, with the failures a real one has: a refused secret, a revoked
refresh token (``invalid_grant``), a slow endpoint, HTML instead of JSON, a 500.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote

CLIENT_ID = "client-1"
CLIENT_SECRET = "client-secret-THIS-MUST-NOT-LEAK"


class OAuthServer:
    def __init__(self) -> None:
        self.clients = {CLIENT_ID: CLIENT_SECRET}
        self.lifetime = 3600
        self.mode = "ok"
        """ok, html (a login page instead of JSON), error500, slow (``delay`` s before answering)."""
        self.delay = 0.2
        self.issue_refresh_tokens = False
        self.tokens: dict[str, float] = {}
        self.refresh_tokens: set[str] = set()
        self.revoked: set[str] = set()
        self.grants: list[dict[str, str]] = []
        """The form of every token request, in order (client authentication removed)."""
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    def __enter__(self) -> OAuthServer:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        server.daemon_threads = True
        self._server = server
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

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
        if client_id not in self.clients or self.clients[client_id] != secret:
            return 401, "application/json", _json({"error": "invalid_client", "error_description": f"bad {secret}"})
        grant = form.get("grant_type")
        if grant == "refresh_token":
            refresh = form.get("refresh_token", "")
            with self.lock:
                known = refresh in self.refresh_tokens and refresh not in self.revoked
            if not known:
                return 400, "application/json", _json({"error": "invalid_grant"})
        elif grant != "client_credentials":
            return 400, "application/json", _json({"error": "unsupported_grant_type"})
        token = "at-" + secrets.token_urlsafe(16)
        answer: dict[str, Any] = {"access_token": token, "token_type": "Bearer", "expires_in": self.lifetime}
        if "scope" in form:
            answer["scope"] = form["scope"]
        with self.lock:
            self.tokens[token] = time.time() + self.lifetime
            if self.issue_refresh_tokens:
                answer["refresh_token"] = "rt-" + secrets.token_urlsafe(16)
                self.refresh_tokens.add(answer["refresh_token"])
        return 200, "application/json", _json(answer)

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
                self._send(200, "application/json", server.discovery())
            else:
                self._send(404, "application/json", b"{}")

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length).decode() if length else ""
            form = {k: v[0] for k, v in parse_qs(raw).items()}
            headers = {k.lower(): v for k, v in self.headers.items()}
            if self.path.startswith("/oauth/token"):
                self._send(*server.token(headers, form))
            else:
                self._send(404, "application/json", b"{}")

    return Handler
