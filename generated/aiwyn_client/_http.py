# Copied from overlays/aiwyn_client/_http.py: edit it there; `make generate` rewrites this file.
"""The httpx layer of ``Aiwyn`` / ``AsyncAiwyn``: their httpx clients, and the innermost transport.

The httpx client is where every request of the client is built, the generated endpoint
functions' and the resource methods' alike, so four things happen there. The operation's facts
(``_spec.OperationInfo``, from the table the client gives it) are put on the request for retries,
auth and the response checks; its query arrays the description sends as one value are joined
(``joined_query``); an operation that takes an idempotency key gets one, unless the caller gave
it; and one call's options (``_options.CallOptions``, riding in the
request's extensions) are merged onto the client's (``ClientOptions.merged``): its timeout and
retry budget replace the client's, its headers, query and body fields are added.
"""

from __future__ import annotations

import ssl
import uuid
from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import httpx

from . import _extensions
from ._exceptions import ConfigurationError, InvalidArgumentError
from ._options import NO_OPTIONS, CallOptions

if TYPE_CHECKING:
    from httpx._types import CookieTypes

    from ._client_options import ClientOptions
    from ._spec import OperationInfo


URL_CACHE_SIZE: Final = 512
"""How many request URLs a client keeps resolved against its base URL (see ``_Building._url``)."""


class ResponseCookies(httpx.Cookies):
    """A client's cookie jar, which reads a response only when it sets a cookie.

    httpx hands every response to the standard library's jar, which wraps the request and the
    response in urllib's classes before it looks for ``Set-Cookie``: a large share of a small
    call's time, for answers that almost never set one. A response without ``Set-Cookie`` (or
    the old ``Set-Cookie2``) would add nothing to the jar, so it is not handed over."""

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


class _Building:
    """What the sync and async httpx clients add to ``build_request``, and their cookie jar."""

    _aiwyn_options: ClientOptions
    _aiwyn_operations: Mapping[str, OperationInfo]
    _aiwyn_cookies: ResponseCookies
    _aiwyn_urls: dict[str, tuple[httpx.URL, httpx.URL]]

    def _aiwyn_init(self, options: ClientOptions, operations: Mapping[str, OperationInfo]) -> None:
        self._aiwyn_options, self._aiwyn_operations, self._aiwyn_urls = options, operations, {}
        self.cookies = dict(options.cookies)

    @property
    def cookies(self) -> httpx.Cookies:
        return self._aiwyn_cookies

    @cookies.setter
    def cookies(self, cookies: CookieTypes) -> None:
        self._aiwyn_cookies = ResponseCookies(cookies)

    def _url(self, url: httpx.URL | str) -> httpx.URL | str:
        """``url`` joined to the base URL, as httpx joins it, once per URL: httpx parses the path
        and then the joined URL again for every request, a large share of a small call's time. The
        endpoints' URLs are few (path parameters make more, hence the bound); an ``httpx.URL``
        given is left to httpx."""
        if not isinstance(url, str):
            return url
        base = self.base_url
        known = self._aiwyn_urls.get(url)
        if known is not None and known[0] is base:
            return known[1]
        if len(self._aiwyn_urls) >= URL_CACHE_SIZE:
            self._aiwyn_urls.clear()
        joined = self._merge_url(url)
        self._aiwyn_urls[url] = (base, joined)
        return joined

    if TYPE_CHECKING:  # httpx.Client's, which the client classes below inherit

        @property
        def base_url(self) -> httpx.URL: ...
        @base_url.setter
        def base_url(self, url: httpx.URL | str) -> None: ...

        def _merge_url(self, url: httpx.URL | str) -> httpx.URL: ...

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        """httpx's ``build_request`` (the next class in either client's order: ``httpx.Client`` or
        ``httpx.AsyncClient``, whose ``build_request`` is the same) with the call's options in, the
        URL joined once, and the operation's facts in the request's extensions. A body that is no JSON
        (a value of a free-form field that ``json`` cannot write, a NaN) is refused here, before
        sending, as an ``InvalidArgumentError``."""
        kwargs, max_retries = self._arguments(kwargs)
        try:
            request: httpx.Request = super().build_request(method, self._url(url), **kwargs)  # type: ignore[misc]
        except httpx.InvalidURL as exc:
            raise _invalid_url(method, exc) from None
        except (TypeError, ValueError) as exc:
            if "json" not in kwargs:
                raise
            raise InvalidArgumentError(f"cannot send {method}: the body is not JSON ({exc})") from None
        return self._tagged(request, max_retries)

    def _arguments(self, kwargs: dict[str, Any]) -> tuple[dict[str, Any], int]:
        """``build_request``'s arguments with the call's options in, and the request's retry budget."""
        extensions = kwargs.get("extensions") or {}
        call: CallOptions = extensions.get(_extensions.CALL_OPTIONS, NO_OPTIONS)
        options = self._aiwyn_options
        if call is not NO_OPTIONS:
            options = options.merged(call)
            kwargs = call.build_arguments(kwargs)
            kwargs["timeout"] = options.timeout
        return kwargs, options.max_retries

    def _tagged(self, request: httpx.Request, max_retries: int) -> httpx.Request:
        """``request`` with its retry budget and its operation's facts in its extensions."""
        extensions = {_extensions.MAX_RETRIES: max_retries, **request.extensions}
        operation = extensions.get(_extensions.OPERATION)
        info = self._aiwyn_operations.get(operation) if isinstance(operation, str) else None
        if info is not None:
            extensions[_extensions.OPERATION_INFO] = info
            key = info.idempotency_header
            if key is not None and key not in request.headers:  # the caller's own key wins
                request.headers[key] = str(uuid.uuid4())
            if info.joined_query:
                request.url = joined_query(request.url, info.joined_query)
        request.extensions = extensions
        return request


def joined_query(url: httpx.URL, joined: tuple[tuple[str, str], ...]) -> httpx.URL:
    """``url`` with each named query array sent as one value, its items joined by the separator
    its description's style gives (``?status=a,b``). The endpoint functions hand httpx a list,
    which httpx sends as the key repeated, the only way openapi-python-client sends an array."""
    params = original = url.params
    for name, separator in joined:
        values = params.get_list(name)
        if len(values) > 1:
            params = params.set(name, separator.join(values))
    return url if params is original else url.copy_with(params=params)


def _invalid_url(method: str, exc: httpx.InvalidURL) -> InvalidArgumentError:
    return InvalidArgumentError(f"cannot send {method}: the URL is not valid ({exc})")


class HTTPClient(_Building, httpx.Client):
    """The httpx client of ``Aiwyn``: it builds each request with the operation's facts and the
    call's options in, tells the retry transport which bodies the caller streams (every other body
    is read within the retried attempt, see ``_retry``), and refuses a URL httpx cannot build with
    ``InvalidArgumentError`` rather than ``httpx.InvalidURL``."""

    def __init__(
        self, options: ClientOptions, operations: Mapping[str, OperationInfo], transport: httpx.BaseTransport
    ) -> None:
        super().__init__(transport=transport, **options.httpx_arguments())
        self._aiwyn_init(options, operations)

    def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        if stream:
            request.extensions = {**request.extensions, _extensions.STREAMED: True}
        return super().send(request, stream=stream, **kwargs)


class AsyncHTTPClient(_Building, httpx.AsyncClient):
    """``HTTPClient`` for ``AsyncAiwyn``."""

    def __init__(
        self, options: ClientOptions, operations: Mapping[str, OperationInfo], transport: httpx.AsyncBaseTransport
    ) -> None:
        super().__init__(transport=transport, **options.httpx_arguments())
        self._aiwyn_init(options, operations)

    async def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        if stream:
            request.extensions = {**request.extensions, _extensions.STREAMED: True}
        return await super().send(request, stream=stream, **kwargs)


class ClientTransport(httpx.BaseTransport):
    """A user's own ``httpx.Client`` (proxies, TLS, limits, hooks) as the innermost transport."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # Redirects are the origin guard's to follow: httpx would re-send a 307's body elsewhere.
        return self.client.send(request, stream=True, follow_redirects=False)

    def close(self) -> None:
        """The user's client is theirs to close."""


class AsyncClientTransport(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        """The user's client is theirs to close."""


@cache
def shared_tls() -> ssl.SSLContext:
    """One default TLS context per process, shared by every client's connection pool.

    Building one loads the system's CA certificates, about 40 ms; an ``SSLContext`` may be used
    by many connections at once, so the second client and later ones skip that. A client given
    its own ``http_client`` or ``transport`` keeps whatever TLS settings those have.
    """
    create = getattr(httpx, "create_ssl_context", None)  # public since httpx 0.28
    if create is not None:
        return cast(ssl.SSLContext, create())
    import certifi  # what httpx itself verifies against by default

    return ssl.create_default_context(cafile=certifi.where())


ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)
TransportT = TypeVar("TransportT")


def innermost(
    http_client: ClientT | None,
    transport: TransportT | None,
    adapter: Callable[[ClientT], TransportT],
    default: Callable[[], TransportT],
) -> tuple[TransportT, bool]:
    """The innermost transport (the caller's transport, the caller's httpx client, or a new pool),
    and whether same-origin redirects are followed (only if the caller's own client asks)."""
    if http_client is not None and transport is not None:
        raise ConfigurationError("pass http_client= or transport=, not both")
    if transport is not None:
        return transport, False
    if http_client is not None:
        return adapter(http_client), bool(http_client.follow_redirects)
    return default(), False
