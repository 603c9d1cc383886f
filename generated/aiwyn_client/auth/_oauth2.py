# Copied from overlays/aiwyn_client/auth/_oauth2.py: edit it there; `make generate` rewrites this file.
"""``oauth2`` client credentials (and ``openIdConnect``, whose discovery document names the token
endpoint): a token fetched with the client id and secret, cached, refreshed before it expires,
single flight across threads and tasks (see ``_tokens``).

The client authenticates to the token endpoint with HTTP basic (``client_secret_basic``, what
RFC 6749 asks servers to support), or in the form (``client_auth="post"``). The endpoint may be
at another origin than the API: its requests are marked ``AUTH_ENDPOINT`` for the origin guard
and carry only the client's credentials, never the API's. Every failure there (a refused secret,
``invalid_grant``, a 5xx after retries, HTML instead of JSON, no ``access_token``) raises
``AuthenticationError`` naming the scheme and the endpoint, with the secret scrubbed.
"""

from __future__ import annotations

import base64
import time
from collections.abc import AsyncGenerator, Callable, Generator, Sequence
from urllib.parse import quote

import httpx

from .. import _extensions
from .._exceptions import AuthenticationError, safe_url
from .._json import loads
from .._redact import REDACTED, Secrets
from ._tokens import REFRESH_MARGIN_SECONDS, TokenFlow


class OAuth2ClientCredentials(TokenFlow):
    """The OAuth 2.0 client-credentials grant, as one security scheme of the description."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        scheme: str,
        token_url: str | None = None,
        discovery_url: str | None = None,
        scopes: Sequence[str] = (),
        client_auth: str = "basic",
        clock: Callable[[], float] = time.time,
        refresh_margin: float = REFRESH_MARGIN_SECONDS,
    ) -> None:
        if token_url is None and discovery_url is None:
            raise ValueError(f"the {scheme} scheme names no token endpoint: pass its token URL")
        if client_auth not in ("basic", "post"):
            raise ValueError(f"client_auth is 'basic' or 'post', not {client_auth!r}")
        self.scheme = scheme
        self._client_id, self._secret = client_id, client_secret
        self._token_url = httpx.URL(token_url) if token_url else None
        self._discovery_url = httpx.URL(discovery_url) if discovery_url else None
        self._scopes = tuple(scopes)
        self._client_auth = client_auth
        pair = f"{quote(client_id, safe='')}:{quote(client_secret, safe='')}"  # RFC 6749 2.3.1
        self._basic = base64.b64encode(pair.encode()).decode("ascii")
        super().__init__(clock=clock, refresh_margin=refresh_margin, secrets=Secrets(client_secret, self._basic))

    def __repr__(self) -> str:
        where = self._token_url or self._discovery_url
        return (
            f"OAuth2ClientCredentials(scheme={self.scheme!r}, client_id={self._client_id!r}, "
            f"client_secret={REDACTED!r}, endpoint={str(where)!r})"
        )

    # ------------------------------------------------------------------ requests
    def _own_request(self, method: str, url: httpx.URL, request: httpx.Request, **kwargs: object) -> httpx.Request:
        headers, extensions = self._carried(request)
        extensions.update({_extensions.IDEMPOTENT: True, _extensions.AUTH_ENDPOINT: True})
        headers["Accept"] = "application/json"
        return httpx.Request(method, url, headers=headers, extensions=extensions, **kwargs)  # type: ignore[arg-type]

    def _fetch_request(self, request: httpx.Request) -> httpx.Request:
        assert self._token_url is not None
        form = {"grant_type": "client_credentials"}
        if self._scopes:
            form["scope"] = " ".join(self._scopes)
        if self._client_auth == "post":
            form.update(client_id=self._client_id, client_secret=self._secret)
        fetch = self._own_request("POST", self._token_url, request, data=form)
        if self._client_auth == "basic":
            fetch.headers["Authorization"] = f"Basic {self._basic}"
        return fetch

    def _where(self) -> str:
        return f"the {self.scheme} token endpoint {safe_url(self._token_url) if self._token_url else '?'}"

    def _fail(self, what: str, response: httpx.Response) -> AuthenticationError:
        return AuthenticationError(
            self.secrets.scrub(f"{self._where()} {what}"),
            response=self.secrets.response(response),
            attempts=int(response.extensions.get(_extensions.ATTEMPTS, 1)),
        )

    def _accept(self, response: httpx.Response) -> str:
        self.exchanges += 1
        try:
            body = loads(response.content)
        except ValueError:
            body = None
        error = body.get("error") if isinstance(body, dict) else None
        if response.status_code >= 400:
            reason = f" ({error})" if isinstance(error, str) else ""
            refused = response.status_code in (400, 401, 403)
            raise self._fail(
                f"{'refused the client credentials' if refused else 'failed'}: {response.status_code} "
                f"{response.reason_phrase}{reason}",
                response,
            )
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            kind = response.headers.get("content-type", "no content type").split(";")[0]
            raise self._fail(f"answered {response.status_code} without an access_token ({kind})", response)
        return self._store(token, body.get("expires_in") if isinstance(body, dict) else None)

    # ------------------------------------------------------------------ discovery
    def _discovery_request(self, request: httpx.Request) -> httpx.Request:
        assert self._discovery_url is not None
        return self._own_request("GET", self._discovery_url, request)

    def _discovered(self, response: httpx.Response) -> None:
        try:
            document = loads(response.content) if response.status_code < 300 else None
        except ValueError:
            document = None
        endpoint = document.get("token_endpoint") if isinstance(document, dict) else None
        if not isinstance(endpoint, str) or not endpoint.startswith(("https://", "http://")):
            raise AuthenticationError(
                f"the {self.scheme} discovery document {safe_url(response.request.url)} names no token_endpoint "
                f"({response.status_code} {response.reason_phrase})",
                response=self.secrets.response(response),
            )
        self._token_url = httpx.URL(endpoint)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._token_url is None:
            with self._sync_lock:
                if self._token_url is None:
                    found = yield self._discovery_request(request)
                    found.read()
                    self._discovered(found)
        yield from super().sync_auth_flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._token_url is None:
            found = yield self._discovery_request(request)  # a second discovery by a racing task is harmless
            await found.aread()
            self._discovered(found)
        flow = super().async_auth_flow(request)
        try:
            out = await flow.__anext__()
            while True:
                response = yield out
                out = await flow.asend(response)
        except StopAsyncIteration:
            return
