# Copied from overlays/aiwyn_client/auth/_tokens.py: edit it there; `make generate` rewrites this file.
"""What every scheme that fetches tokens shares: lifetimes on the client's clock, the cache,
single flight, and the 401 refresh-and-replay.

A token's life is measured on the client's clock from the moment it arrived: ``expiresIn`` when
the endpoint states it, else the JWT's ``exp - iat`` (both on the server's clock, so their
difference is a duration whatever the skew), else ``exp`` against the client's clock (the only
reading left), else the default hour. A server whose clock is ten minutes ahead or behind then
costs one fetch per token lifetime, not one per call.

The fetch request is yielded from the auth flow (as httpx's ``DigestAuth`` yields its second
request), so it goes through the client's transport stack: retries, the origin guard, mocks,
proxies and logging. One lock per auth object (a thread lock for sync, an asyncio lock for
async) is held while fetching; whoever waited finds the fresh token and does not fetch again.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import TYPE_CHECKING, Any

import httpx

from .. import _extensions
from .._redact import Secrets

if TYPE_CHECKING:
    import asyncio

REFRESH_MARGIN_SECONDS = 60.0
DEFAULT_LIFETIME_SECONDS = 3600.0  # used when a token states no lifetime at all
_CARRIED = ("timeout", _extensions.MAX_RETRIES)
"""The extensions of a request that its token fetch is sent with."""


def jwt_claims(token: str) -> dict[str, Any]:
    """The payload of a JWT, read without verifying the signature (the server does that); {} for
    anything that is not one."""
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, TypeError):
        return {}
    return payload if isinstance(payload, dict) else {}


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT (server clock), or None."""
    return _number(jwt_claims(token).get("exp"))


def token_lifetime(token: str, expires_in: object, now: float) -> tuple[float, bool]:
    """How long ``token`` lives from its arrival, and whether that was measured without the
    server's clock (``expiresIn``, or ``exp - iat``)."""
    stated = _number(expires_in)
    if stated is not None and stated > 0:
        return stated, True
    claims = jwt_claims(token)
    exp, iat = _number(claims.get("exp")), _number(claims.get("iat"))
    if exp is not None and iat is not None and exp > iat:
        return exp - iat, True
    if exp is not None and exp > now:
        return exp - now, False
    return DEFAULT_LIFETIME_SECONDS, False


class TokenFlow(httpx.Auth):
    """A bearer token fetched by the auth flow itself, cached, refreshed before it expires (the
    smaller of 60 s and half its lifetime ahead), and refreshed once on a 401."""

    requires_request_body = True  # a request answered 401 is replayed once, body included

    def __init__(
        self,
        *,
        token: str | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = REFRESH_MARGIN_SECONDS,
        secrets: Secrets | None = None,
    ) -> None:
        self._clock = clock
        self._margin = refresh_margin
        self._token: str | None = None
        self._refresh_at = 0.0
        self.secrets = secrets or Secrets()
        self._sync_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        self.exchanges = 0
        """How many tokens this auth has fetched (observability and tests)."""
        if token is not None:
            self._given(token)

    # ------------------------------------------------------------------ token state
    def _valid_token(self) -> str | None:
        if self._token is not None and self._clock() < self._refresh_at:
            return self._token
        return None

    def _given(self, token: str) -> None:
        """A token the caller passed: its arrival is unknown, so only ``exp`` (on the client's clock) says."""
        expiry = jwt_expiry(token)
        now = self._clock()
        lifetime = expiry - now if expiry is not None else DEFAULT_LIFETIME_SECONDS
        self._set(token, now, lifetime)

    def _store(self, token: str, expires_in: object) -> str:
        """A token that arrived now."""
        now = self._clock()
        lifetime, _ = token_lifetime(token, expires_in, now)
        return self._set(token, now, lifetime)

    def _set(self, token: str, now: float, lifetime: float) -> str:
        margin = min(self._margin, max(lifetime, 0.0) / 2)
        self._token, self._refresh_at = token, now + lifetime - margin
        self.secrets.add(token)
        return token

    # ------------------------------------------------------------------ what a scheme provides
    def _fetch_request(self, request: httpx.Request) -> httpx.Request:
        raise NotImplementedError

    def _accept(self, response: httpx.Response) -> str:
        """The token out of the fetch's response (stored with ``_store``), or raise."""
        raise NotImplementedError

    def _authorized(self, request: httpx.Request, token: str) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token}"
        return request

    @staticmethod
    def _carried(request: httpx.Request) -> tuple[dict[str, str], dict[str, Any]]:
        """The User-Agent (an auth flow's own requests get no client defaults), timeout and retry
        budget of the request being authorised, for the fetch: a call made with ``max_retries=0``
        fetches its token without retries too."""
        agent = request.headers.get("User-Agent")
        extensions = {k: request.extensions[k] for k in _CARRIED if k in request.extensions}
        return ({"User-Agent": agent} if agent else {}), extensions

    # ------------------------------------------------------------------ flows
    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._valid_token()
        if token is None:
            with self._sync_lock:
                token = self._valid_token()
                if token is None:
                    fetched = yield self._fetch_request(request)
                    fetched.read()
                    token = self._accept(fetched)
        response = yield self._authorized(request, token)
        if response.status_code != 401:
            return
        with self._sync_lock:
            if self._token == token:  # nobody refreshed since this request was sent
                self._token = None
                fetched = yield self._fetch_request(request)
                fetched.read()
                token = self._accept(fetched)
            else:
                token = self._token or token
        yield self._authorized(request, token)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._async_lock is None:
            import asyncio  # here, not at the top: a sync program never needs it

            self._async_lock = asyncio.Lock()
        token = self._valid_token()
        if token is None:
            async with self._async_lock:
                token = self._valid_token()
                if token is None:
                    fetched = yield self._fetch_request(request)
                    await fetched.aread()
                    token = self._accept(fetched)
        response = yield self._authorized(request, token)
        if response.status_code != 401:
            return
        async with self._async_lock:
            if self._token == token:
                self._token = None
                fetched = yield self._fetch_request(request)
                await fetched.aread()
                token = self._accept(fetched)
            else:
                token = self._token or token
        yield self._authorized(request, token)
