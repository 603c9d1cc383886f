# Copied from overlays/aiwyn_client/_client.py: edit it there; `make generate` rewrites this file.
"""``Aiwyn`` and ``AsyncAiwyn``: one constructor and one way of handling options, two flavours.

Both are the generated ``Client`` (so every generated endpoint function accepts them) with an
httpx client assembled from the extension points: an ``Auth`` flow for credentials, a retry
transport wrapping the origin guard and the connection pool, and typed errors from the endpoint
modules' response checker (``raise_api_errors``). What they are configured with is one
``ClientOptions``; ``with_options`` gives copies with other options that share the pool and the
token cache. ``BaseAiwyn`` holds all of that, as openai-python's ``BaseClient`` does; the two
classes add only what differs: which httpx client and transports they build, and closing.

The generated ``Client``'s attrs fields (base URL, timeout, headers…) are not used: the options
are held here once, and the httpx client is built from them (``_http``). Endpoint functions only
ask a client for its httpx client and ``raise_on_unexpected_status``, which the generated
``Client`` keeps as state.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import _spec
from ._client_options import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ClientOptions, resolve_base_url
from ._generic import AsyncGeneric, SyncGeneric
from ._http import (
    AsyncClientTransport,
    AsyncHTTPClient,
    ClientTransport,
    HTTPClient,
    innermost,
    shared_tls,
)
from ._options import NOT_GIVEN, NotGiven
from ._origin import AsyncOriginGuardTransport, OriginGuardTransport
from ._redact import secrets_of
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._spec import ENVIRONMENTS
from .client import Client
from .resources import (
    AsyncRawResources,
    AsyncResources,
    AsyncStreamedResources,
    RawResources,
    StreamedResources,
    SyncResources,
)

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack

    from .auth._credentials import SchemeCredentials

__all__ = ["Aiwyn", "AsyncAiwyn", "DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES", "ENVIRONMENTS", "resolve_base_url"]

HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)
TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)
RetryT = TypeVar("RetryT", RetryTransport, AsyncRetryTransport)


class BaseAiwyn(Client, Generic[HttpClientT, TransportT, RetryT]):
    """What ``Aiwyn`` and ``AsyncAiwyn`` share: the constructor, the options, copies, a secret-free repr."""

    _options: ClientOptions
    _transport: RetryT

    def __init__(
        self,
        *,
        api_key: str | None = None,
        token: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        http_client: HttpClientT | None = None,
        transport: TransportT | None = None,
        auth: httpx.Auth | None = None,
        profile: str | None = None,
        **credentials: Unpack[SchemeCredentials],
    ) -> None:
        options = ClientOptions.resolve(
            api_key=api_key,
            token=token,
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            auth=auth,
            credentials=credentials,
            profile=profile,
        )
        inner, follow = innermost(http_client, transport, self._adapter, self._pool)
        guarded = self._guard(inner, options.base_url, follow_redirects=follow, secrets=secrets_of(options))
        self._setup(options, self._retrying(guarded, RetryPolicy(max_retries=options.max_retries)))

    # ------------------------------------------------------------------ what each flavour supplies
    _adapter: Callable[[HttpClientT], TransportT]
    """The caller's own httpx client as the innermost transport."""
    _guard: Callable[..., TransportT]
    """The origin guard's transport class."""
    _retrying: Callable[[TransportT, RetryPolicy], RetryT]
    """The retry transport's class."""

    def _pool(self) -> TransportT:
        """A new connection pool, with the process's shared TLS context."""
        raise NotImplementedError

    def _connect(self, options: ClientOptions, transport: RetryT) -> None:
        """Set the generated ``Client``'s httpx client: one built from ``options`` over ``transport``."""
        raise NotImplementedError

    # ------------------------------------------------------------------ shared
    def _setup(self, options: ClientOptions, transport: RetryT) -> None:
        self.raise_on_unexpected_status = True  # the generated Client's one flag the endpoints read
        self._options, self._transport = options, transport
        self._connect(options, transport)

    @property
    def raise_api_errors(self) -> bool:
        return self._options.raise_api_errors

    @property
    def base_url(self) -> str:
        return self._options.base_url

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    @property
    def auth(self) -> httpx.Auth:
        return self._options.auth

    @property
    def default_headers(self) -> Mapping[str, str]:
        return self._options.headers

    @property
    def default_query(self) -> Mapping[str, Any]:
        return self._options.query

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        raise_api_errors: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with other options, sharing the connection pool and the token cache.

        ``timeout`` and ``max_retries`` replace the client's; ``default_headers`` and
        ``default_query`` are added to its own (a header of the same name replaced).
        ``raise_api_errors=False`` makes the ``aiwyn_client.api`` functions return error
        responses instead of raising (resource methods always raise).
        """
        return self._derive(
            self._options.replaced(
                timeout=timeout,
                max_retries=max_retries,
                raise_api_errors=raise_api_errors,
                headers=default_headers,
                query=default_query,
            )
        )

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """``with_options(default_headers=headers)``, as openapi-python-client's clients name it."""
        return self.with_options(default_headers=headers)

    def with_cookies(self, cookies: Mapping[str, str]) -> Self:
        """A copy that sends these cookies too (to the API's origin only, like every request)."""
        return self._derive(self._options.replaced(cookies=cookies))

    def with_timeout(self, timeout: float | httpx.Timeout | None) -> Self:
        """``with_options(timeout=timeout)``, as openapi-python-client's clients name it."""
        return self.with_options(timeout=timeout)

    def _derive(self, options: ClientOptions) -> Self:
        """A client with ``options`` over this one's transport (which the copy does not close):
        each request carries its own retry budget, so the copy needs no policy of its own."""
        copy = type(self).__new__(type(self))
        copy._setup(options, self._transport.with_policy(self._transport.policy))
        return copy

    def __eq__(self, other: object) -> bool:
        """Identity: a client is a connection pool and a token cache, not a value (the generated
        ``Client``'s attrs comparison would read fields a client leaves unset)."""
        return self is other

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self.auth!r}, max_retries={self.max_retries})"


class Aiwyn(BaseAiwyn[httpx.Client, httpx.BaseTransport, RetryTransport], SyncResources, SyncGeneric):
    """The synchronous Aiwyn client.

    ``Aiwyn(api_key=...)`` exchanges the key for JWTs and refreshes them; ``Aiwyn(token=...)``
    uses a bearer token as it is; ``Aiwyn(auth=...)`` takes any ``httpx.Auth`` (retries, the
    origin guard and redaction apply to it). Each security scheme of the description takes
    arguments named after it (``SchemeCredentials``; environment variables ``AIWYN_<NAME>``),
    and each operation is sent the schemes its security requirement asks for. With no credential
    at all, the profile ``aiwyn login`` stored is used (``profile=``, ``AIWYN_PROFILE``), and an API
    whose description asks for none is called without. Defaults come from
    ``AIWYN_API_KEY``, ``AIWYN_TOKEN``, ``AIWYN_BASE_URL`` and ``AIWYN_ENVIRONMENT`` (``sandbox``,
    ``staging`` or ``docs_mock``, the docs' public mock); a timeout of 60 s (10 s to connect) and
    2 retries (see ``ClientOptions``).
    Pass it as ``client=`` to any function in ``aiwyn_client.api``; errors are raised as the
    classes in ``aiwyn_client.errors``. ``http_client`` is an ``httpx.Client`` of your own
    (proxies, TLS, limits) that requests are sent through; ``transport`` an httpx transport
    (``httpx.MockTransport`` in tests) under the client's auth and retries.
    """

    _adapter = ClientTransport
    _guard = OriginGuardTransport
    _retrying = RetryTransport

    def _pool(self) -> httpx.BaseTransport:
        return httpx.HTTPTransport(verify=shared_tls())

    def _connect(self, options: ClientOptions, transport: RetryTransport) -> None:
        self.set_httpx_client(HTTPClient(options, _spec.OPERATIONS, transport))

    @cached_property
    def with_raw_response(self) -> RawResources:
        """``aiwyn.with_raw_response.<resource>.<method>(...)`` returns the ``APIResponse``
        (status, headers, request id, elapsed; ``.parse()`` gives the model); errors still raise."""
        return RawResources(self)

    @cached_property
    def with_streaming_response(self) -> StreamedResources:
        """``with aiwyn.with_streaming_response.<resource>.<method>(...) as response:`` gives the
        response before its body is read (``iter_bytes()``, ``iter_lines()``, ``read()``, ``parse()``)."""
        return StreamedResources(self)

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        raise TypeError("Aiwyn is synchronous: use AsyncAiwyn with the asyncio functions")

    def close(self) -> None:
        self.get_httpx_client().close()


class AsyncAiwyn(
    BaseAiwyn[httpx.AsyncClient, httpx.AsyncBaseTransport, AsyncRetryTransport], AsyncResources, AsyncGeneric
):
    """The asynchronous Aiwyn client: ``Aiwyn``'s options, for the ``asyncio`` functions."""

    _adapter = AsyncClientTransport
    _guard = AsyncOriginGuardTransport
    _retrying = AsyncRetryTransport

    def _pool(self) -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport(verify=shared_tls())

    def _connect(self, options: ClientOptions, transport: AsyncRetryTransport) -> None:
        self.set_async_httpx_client(AsyncHTTPClient(options, _spec.OPERATIONS, transport))

    @cached_property
    def with_raw_response(self) -> AsyncRawResources:
        """``await aiwyn.with_raw_response.<resource>.<method>(...)`` returns the ``APIResponse``."""
        return AsyncRawResources(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStreamedResources:
        """``async with aiwyn.with_streaming_response.<resource>.<method>(...) as response:``."""
        return AsyncStreamedResources(self)

    def get_httpx_client(self) -> httpx.Client:
        raise TypeError("AsyncAiwyn is asynchronous: use Aiwyn with the sync functions")

    async def aclose(self) -> None:
        await self.get_async_httpx_client().aclose()
