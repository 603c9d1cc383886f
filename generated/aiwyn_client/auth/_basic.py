# Copied from overlays/aiwyn_client/auth/_basic.py: edit it there; `make generate` rewrites this file.
"""``http`` ``basic``: a user name and password, ``Authorization: Basic base64(user:password)``."""

from __future__ import annotations

import base64
from collections.abc import Generator

import httpx

from .._redact import REDACTED, Secrets


class BasicAuth(httpx.Auth):
    """HTTP basic credentials; the password and the encoded pair are scrubbed from errors and logs."""

    def __init__(self, username: str, password: str) -> None:
        self._username = username
        pair = f"{username}:{password}"
        self._header = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
        self.secrets = Secrets(password, pair, self._header.removeprefix("Basic "))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return f"BasicAuth(username={self._username!r}, password={REDACTED!r})"
