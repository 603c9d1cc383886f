"""Credentials go to the configured origin only: a transport that guards every hop.

It sits under the retry transport and over the connection pool (or the user's own
``httpx.Client``, which is told not to follow redirects itself, since httpx would re-send a
307's body, the API key included, to wherever the server points). A request for another origin
is refused before it is sent; a redirect to another origin is refused with ``RedirectError``; a
same-origin redirect is followed only when the user's own client asked for redirects
(``httpx.Client(follow_redirects=True)``), and otherwise reaches the caller as ``RedirectError``.
An operation whose answer is a redirect (``_extensions.REDIRECT_ANSWER``) gets its 3xx back
unfollowed: its method returns the location, and nothing is sent there.
Origins compare scheme, host and port, so an ``https`` → ``http`` downgrade is another origin.
"""

from __future__ import annotations

from typing import Final, Generic, TypeVar

import httpx

from . import _extensions
from ._exceptions import InvalidArgumentError, RedirectError, safe_url
from ._redact import NO_SECRETS, Secrets

REDIRECT_STATUSES: Final = frozenset({301, 302, 303, 307, 308})
DEFAULT_MAX_REDIRECTS: Final = 20


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default_port = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port or default_port


class _Guard:
    """The decisions shared by the sync and async guards."""

    def __init__(self, base_url: httpx.URL | str, follow_redirects: bool, max_redirects: int, secrets: Secrets) -> None:
        self.origin = origin(httpx.URL(base_url))
        self.secrets = secrets
        self.follow_redirects, self.max_redirects = follow_redirects, max_redirects

    def allowed(self, request: httpx.Request) -> tuple[str, str, int | None]:
        """The origin ``request`` may go to: the API's, or an auth scheme's own endpoint's (a
        request marked ``AUTH_ENDPOINT``, built by the client from the description, carrying no
        API credential)."""
        if request.extensions.get(_extensions.AUTH_ENDPOINT):
            return origin(request.url)
        return self.origin

    def check_request(self, request: httpx.Request) -> None:
        if origin(request.url) != self.allowed(request):
            raise InvalidArgumentError(
                f"refused to send {request.method} {safe_url(request.url)}: the client sends credentials to "
                f"{self._origin_text()} only"
            )

    def _origin_text(self) -> str:
        scheme, host, port = self.origin
        return f"{scheme}://{host}" + (f":{port}" if port else "")

    def next_request(self, response: httpx.Response, hops: int) -> httpx.Request | None:
        """The request to follow ``response`` with, None to return it, or raise ``RedirectError``."""
        request = response.request
        if response.status_code not in REDIRECT_STATUSES or "location" not in response.headers:
            return None
        if request.extensions.get(_extensions.REDIRECT_ANSWER):
            return None  # the location is the answer: returned, not visited
        try:
            target = request.url.join(response.headers["location"])
        except httpx.InvalidURL:
            target = None
        if target is None or origin(target) != self.allowed(request):
            where = safe_url(target) if target is not None else "an invalid location"
            raise RedirectError(
                f"{response.status_code} from {request.method} {safe_url(request.url)} redirects to {where}, "
                f"another origin; the client sends credentials to {self._origin_text()} only",
                response=self.secrets.response(response),
            )
        if not self.follow_redirects:
            return None  # the caller gets a RedirectError from the response check
        if hops >= self.max_redirects:
            raise RedirectError(
                f"more than {self.max_redirects} redirects from {request.method} {safe_url(request.url)}",
                response=self.secrets.response(response),
            )
        method = request.method
        if response.status_code == 303 and method != "HEAD" or response.status_code in (301, 302) and method == "POST":
            method = "GET"
        headers = httpx.Headers(request.headers)
        content: bytes | None = request.content
        if method != request.method:
            content = None
            for name in ("content-length", "content-type", "transfer-encoding"):
                headers.pop(name, None)
        return httpx.Request(method, target, headers=headers, content=content, extensions=request.extensions)


InnerT = TypeVar("InnerT", httpx.BaseTransport, httpx.AsyncBaseTransport)


class _Guarding(Generic[InnerT]):
    """What both guards hold: the wrapped transport and the decisions."""

    def __init__(
        self,
        transport: InnerT,
        base_url: httpx.URL | str,
        *,
        follow_redirects: bool = False,
        max_redirects: int = DEFAULT_MAX_REDIRECTS,
        secrets: Secrets = NO_SECRETS,
    ) -> None:
        self.transport: InnerT = transport
        self._guard = _Guard(base_url, follow_redirects, max_redirects, secrets)


class OriginGuardTransport(_Guarding[httpx.BaseTransport], httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        guard = self._guard
        guard.check_request(request)
        hops = 0
        while True:
            response = self.transport.handle_request(request)
            response.request = request  # httpx sets it above the transports; errors need it here
            if response.status_code in REDIRECT_STATUSES:
                response.read()
            follow = guard.next_request(response, hops)
            if follow is None:
                return response
            response.close()
            request, hops = follow, hops + 1

    def close(self) -> None:
        self.transport.close()


class AsyncOriginGuardTransport(_Guarding[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        guard = self._guard
        guard.check_request(request)
        hops = 0
        while True:
            response = await self.transport.handle_async_request(request)
            response.request = request
            if response.status_code in REDIRECT_STATUSES:
                await response.aread()
            follow = guard.next_request(response, hops)
            if follow is None:
                return response
            await response.aclose()
            request, hops = follow, hops + 1

    async def aclose(self) -> None:
        await self.transport.aclose()
