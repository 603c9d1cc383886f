"""Our own scheme: an API key exchanged for a JWT at the description's token-exchange operation
(``POST /v1/auth/token`` for Aiwyn), sent as ``Authorization: Bearer``, cached and refreshed."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from .. import _extensions, _spec
from .._exceptions import AuthenticationError, ResponseValidationError, status_error
from .._json import dig, loads
from .._redact import REDACTED, Secrets
from .._spec import TokenExchange
from ._tokens import REFRESH_MARGIN_SECONDS, TokenFlow

KEY_REJECTED_STATUSES = frozenset({400, 401, 403})


class ApiKeyAuth(TokenFlow):
    """Exchanges an API key for a JWT at the token endpoint, caches it and refreshes it."""

    def __init__(
        self,
        api_key: str,
        *,
        token_url: httpx.URL | str,
        token: str | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = REFRESH_MARGIN_SECONDS,
        exchange: TokenExchange | None = None,
    ) -> None:
        """``exchange``: the description's token-exchange operation (the client passes it; made
        alone, the package's own description's)."""
        exchange = exchange or _spec.TOKEN_EXCHANGE
        if exchange is None:
            raise ValueError("the API description has no token-exchange operation; pass a token instead")
        self._exchange = exchange
        self._api_key = api_key
        self._token_url = httpx.URL(token_url)
        super().__init__(token=token, clock=clock, refresh_margin=refresh_margin, secrets=Secrets(api_key))

    def __repr__(self) -> str:
        return f"ApiKeyAuth(api_key={REDACTED!r}, token_url={str(self._token_url)!r})"

    def _fetch_request(self, request: httpx.Request) -> httpx.Request:
        headers, extensions = self._carried(request)
        extensions.update({_extensions.OPERATION: self._exchange.operation, _extensions.IDEMPOTENT: True})
        return httpx.Request(
            self._exchange.method,
            self._token_url,
            json={self._exchange.key_field: self._api_key},
            headers=headers or None,
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
                operation=self._exchange.operation,
                detail="the token exchange failed",
            )
        if response.status_code >= 400:
            raise AuthenticationError(
                f"the API key was rejected by the token exchange ({response.status_code} "
                f"{response.reason_phrase} from {response.request.method} {self._token_url.path})",
                response=self.secrets.response(response),
                attempts=attempts,
            )
        path = self._exchange.token_path
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
        return self._store(token, dig(holder, ("expiresIn",)))
