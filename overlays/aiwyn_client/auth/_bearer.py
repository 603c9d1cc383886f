"""``http`` ``bearer``: a token sent as it is, ``Authorization: Bearer <token>``."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from .._redact import REDACTED, Secrets


class BearerTokenAuth(httpx.Auth):
    """A fixed bearer token. A 401 cannot be cured by it, so it surfaces as ``AuthenticationError``."""

    def __init__(self, token: str) -> None:
        self._token = token
        self.secrets = Secrets(token)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return f"BearerTokenAuth(token={REDACTED!r})"
