# Copied from overlays/aiwyn_client/_auth.py: edit it there; `make generate` rewrites this file.
"""Authentication as httpx ``Auth`` flows: a static bearer token, or an API key exchanged for JWTs.

The API-key flow yields the token-exchange request itself (as httpx's ``DigestAuth`` yields its
second request), so the exchange travels through the same transport stack as every other
request: retries, mocks, proxies and logging apply to it. The JWT is cached and refreshed
shortly before its ``exp``; a 401 triggers one refresh and one replay. Refreshes are single
flight: one lock (a thread lock for the sync client, an asyncio lock for the async one) is held
while exchanging, and whoever waited on it finds the fresh token and does not exchange again.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import TYPE_CHECKING

import httpx

from . import _extensions, _spec
from ._exceptions import AuthenticationError, ResponseValidationError, status_error
from ._json import dig, loads
from ._redact import REDACTED, Secrets

if TYPE_CHECKING:
    import asyncio

REFRESH_MARGIN_SECONDS = 60.0
DEFAULT_LIFETIME_SECONDS = 3600.0  # the documented JWT lifetime, used when a token states none
KEY_REJECTED_STATUSES = frozenset({400, 401, 403})


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


class KeyAsIsAuth(httpx.Auth):
    """An API key sent as the description's ``apiKey`` scheme says: a header, a query parameter or
    a cookie. Like a fixed token, a 401 cannot be cured by it and surfaces as ``AuthenticationError``."""

    def __init__(self, api_key: str, *, location: str, name: str) -> None:
        if location not in ("header", "query", "cookie"):
            raise ValueError(f"an API key goes in a header, query or cookie, not {location!r}")
        self._key, self._location, self._name = api_key, location, name
        self.secrets = Secrets(api_key)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._location == "header":
            request.headers[self._name] = self._key
        elif self._location == "query":
            request.url = request.url.copy_merge_params({self._name: self._key})
        else:
            cookies = request.headers.get("Cookie")
            pair = f"{self._name}={self._key}"
            request.headers["Cookie"] = f"{cookies}; {pair}" if cookies else pair
        yield request

    def __repr__(self) -> str:
        return f"KeyAsIsAuth({self._location}={self._name!r}, api_key={REDACTED!r})"


def jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT, read without verifying the signature (the server does that)."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, TypeError):
        return None
    exp = payload.get("exp") if isinstance(payload, dict) else None
    return float(exp) if isinstance(exp, (int, float)) and not isinstance(exp, bool) else None


class ApiKeyAuth(httpx.Auth):
    """Exchanges an API key for a JWT at the token endpoint, caches it and refreshes it."""

    requires_request_body = True  # a request answered 401 is replayed once, body included

    def __init__(
        self,
        api_key: str,
        *,
        token_url: httpx.URL | str,
        token: str | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = REFRESH_MARGIN_SECONDS,
    ) -> None:
        if _spec.TOKEN_EXCHANGE_PATH is None:
            raise ValueError("the API description has no token-exchange operation; pass a token instead")
        self._api_key = api_key
        self._token_url = httpx.URL(token_url)
        self._clock = clock
        self._margin = refresh_margin
        self._token: str | None = None
        self._refresh_at = 0.0
        self.secrets = Secrets(api_key)
        self._sync_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        self.exchanges = 0
        """How many exchanges this auth has made (observability and tests)."""
        if token is not None:
            self._store(token, None)

    def __repr__(self) -> str:
        return f"ApiKeyAuth(api_key={REDACTED!r}, token_url={str(self._token_url)!r})"

    # ------------------------------------------------------------------ token state
    def _valid_token(self) -> str | None:
        if self._token is not None and self._clock() < self._refresh_at:
            return self._token
        return None

    def _store(self, token: str, expires_in: float | None) -> str:
        now = self._clock()
        expiry = jwt_expiry(token)
        if expiry is None:
            expiry = now + (expires_in if expires_in is not None else DEFAULT_LIFETIME_SECONDS)
        margin = min(self._margin, max(expiry - now, 0.0) / 2)
        self._token, self._refresh_at = token, expiry - margin
        self.secrets.add(token)
        return token

    def _exchange_request(self, request: httpx.Request) -> httpx.Request:
        """The exchange, carrying the request's User-Agent (an auth flow's own requests get no
        client defaults) and timeouts."""
        agent = request.headers.get("User-Agent")
        extensions = {_extensions.OPERATION: _spec.TOKEN_EXCHANGE_OPERATION, _extensions.IDEMPOTENT: True}
        if "timeout" in request.extensions:
            extensions["timeout"] = request.extensions["timeout"]
        return httpx.Request(
            _spec.TOKEN_EXCHANGE_METHOD or "POST",
            self._token_url,
            json={_spec.TOKEN_EXCHANGE_KEY_FIELD: self._api_key},
            headers={"User-Agent": agent} if agent else None,
            extensions=extensions,
        )

    def _accept(self, response: httpx.Response) -> str:
        """Read the token out of the exchange's response, or raise without revealing the key."""
        self.exchanges += 1
        attempts = int(response.extensions.get(_extensions.ATTEMPTS, 1))
        if response.status_code >= 300 and response.status_code not in KEY_REJECTED_STATUSES:
            raise status_error(
                self.secrets.response(response),
                attempts=attempts,
                operation=_spec.TOKEN_EXCHANGE_OPERATION,
                detail="the token exchange failed",
            )
        if response.status_code >= 400:
            raise AuthenticationError(
                f"the API key was rejected by the token exchange ({response.status_code} "
                f"{response.reason_phrase} from {response.request.method} {self._token_url.path})",
                response=self.secrets.response(response),
                attempts=attempts,
            )
        path = _spec.TOKEN_EXCHANGE_TOKEN_PATH
        try:
            holder = dig(loads(response.content), path[:-1])  # the object the token sits in
        except ValueError:
            holder = None
        token = dig(holder, path[-1:])
        if not isinstance(token, str) or not token:
            raise ResponseValidationError(
                f"the token exchange answered {response.status_code} without a token at {'.'.join(path)}",
                response=self.secrets.response(response),
                attempts=attempts,
            )
        expires_in = dig(holder, ("expiresIn",))
        return self._store(token, float(expires_in) if isinstance(expires_in, (int, float)) else None)

    @staticmethod
    def _authorized(request: httpx.Request, token: str) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token}"
        return request

    # ------------------------------------------------------------------ flows
    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._valid_token()
        if token is None:
            with self._sync_lock:
                token = self._valid_token()
                if token is None:
                    exchange = yield self._exchange_request(request)
                    exchange.read()
                    token = self._accept(exchange)
        response = yield self._authorized(request, token)
        if response.status_code != 401:
            return
        with self._sync_lock:
            if self._token == token:  # nobody refreshed since this request was sent
                self._token = None
                exchange = yield self._exchange_request(request)
                exchange.read()
                token = self._accept(exchange)
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
                    exchange = yield self._exchange_request(request)
                    await exchange.aread()
                    token = self._accept(exchange)
        response = yield self._authorized(request, token)
        if response.status_code != 401:
            return
        async with self._async_lock:
            if self._token == token:
                self._token = None
                exchange = yield self._exchange_request(request)
                await exchange.aread()
                token = self._accept(exchange)
            else:
                token = self._token or token
        yield self._authorized(request, token)
