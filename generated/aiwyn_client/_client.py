# Copied from overlays/aiwyn_client/_client.py: edit it there; `make generate` rewrites this file.
"""``Aiwyn`` and ``AsyncAiwyn``: configuration and wiring, nothing else.

Both are the generated ``Client`` (so every generated endpoint function accepts them) with an
httpx client assembled from the extension points: an ``Auth`` flow for credentials, a retry
transport wrapping the connection pool, and typed errors from the endpoint modules'
response checker (``raise_api_errors``). ``with_options`` gives copies that share the pool and
the token cache.
"""

from __future__ import annotations

import os
import platform
import ssl
from collections.abc import Callable, Mapping
from functools import cache, cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from . import _extensions
from ._exceptions import ConfigurationError, InvalidArgumentError, MissingCredentialsError
from ._generic import AsyncGeneric, SyncGeneric
from ._logging import configure_from_env
from ._options import NOT_GIVEN, NotGiven, retries_problem, timeout_problem
from ._origin import AsyncOriginGuardTransport, OriginGuardTransport
from ._redact import secrets_of
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._spec import (
    API_KEY_IN,
    API_KEY_NAME,
    DEFAULT_ENVIRONMENT,
    ENVIRONMENTS,
    SECURITY_SCHEMES,
    TOKEN_EXCHANGE_PATH,
)
from ._version import __version__
from .auth import ApiKeyAuth, BearerTokenAuth, ForeignAuth, KeyAsIsAuth, OAuth2RefreshToken, SchemesAuth, _store
from .auth._schemes import described, scheme_arguments, scheme_auths, scheme_environment
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

__all__ = ["Aiwyn", "AsyncAiwyn", "DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES", "ENVIRONMENTS"]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
_NOT_GIVEN: Any = object()


def resolve_base_url(environment: str | None, base_url: str | None) -> str:
    base_url = base_url or os.environ.get("AIWYN_BASE_URL") or None
    if base_url:
        return _checked_url(base_url).rstrip("/")
    name = environment or os.environ.get("AIWYN_ENVIRONMENT") or DEFAULT_ENVIRONMENT
    known = ", ".join(sorted(ENVIRONMENTS))
    if name is None:
        listed = f"only {known}, which a client does not pick by itself" if known else "no servers"
        raise ConfigurationError(
            f"no default server: the API description lists {listed}; pass base_url='https://...' "
            "(or set AIWYN_BASE_URL)" + (f", or environment= one of {known}" if known else "")
        )
    if name not in ENVIRONMENTS:
        raise ConfigurationError(
            f"unknown environment {name!r}: pass environment= one of {known or 'none'} (or set AIWYN_ENVIRONMENT), "
            "or pass base_url= (or set AIWYN_BASE_URL)"
        )
    return ENVIRONMENTS[name]


def _checked_url(base_url: object) -> str:
    """``base_url`` if it is an absolute http(s) URL; a malformed one fails here, not at the first call."""
    problem = None
    if not isinstance(base_url, (str, httpx.URL)):
        problem = f"a string, not {type(base_url).__name__}"
    else:
        try:
            url = httpx.URL(str(base_url))
        except httpx.InvalidURL as exc:
            problem = f"a valid URL ({exc})"
        else:
            if url.scheme not in ("http", "https") or not url.host:
                problem = "an absolute http:// or https:// URL such as https://api.example.com"
            elif url.query or url.fragment:
                problem = "a URL without a query or fragment"
    if problem is not None:
        raise ConfigurationError(f"base_url must be {problem}, not {base_url!r}")
    return str(base_url)


def _legacy_scheme(kinds: tuple[str, ...], taken: Mapping[str, httpx.Auth], default: str) -> str:
    """The scheme ``api_key=`` / ``token=`` stand for: the first of these kinds not given its own
    credential; ``default`` (a name no scheme has) when the description declares none, and the
    credential is then sent where no requirement says otherwise."""
    for kind in kinds:
        for name, info in SECURITY_SCHEMES.items():
            if info.kind == kind and name not in taken:
                return name
    return default


def make_auth(
    api_key: str | None,
    token: str | None,
    base_url: str,
    auth: httpx.Auth | None = None,
    credentials: Mapping[str, Any] | None = None,
) -> httpx.Auth:
    """The client's auth: ``auth=`` as it is (with redaction); else every security scheme given a
    credential (its own arguments or environment variables, and ``api_key`` / ``token``)."""
    given = {k: v for k, v in (credentials or {}).items() if v is not None}
    if auth is not None:
        if api_key or token or given:
            raise ConfigurationError("pass auth= or credentials (api_key=, token=, a scheme's arguments), not both")
        if not isinstance(auth, httpx.Auth):
            raise ConfigurationError(f"auth must be an httpx.Auth, not {type(auth).__name__}")
        return ForeignAuth(auth)
    api_key = api_key or os.environ.get("AIWYN_API_KEY") or None
    token = token or os.environ.get("AIWYN_TOKEN") or None
    schemes = scheme_auths(given, base_url)
    legacy: dict[str, httpx.Auth] = {}
    if api_key and TOKEN_EXCHANGE_PATH is not None:
        # Our own exchange: the key's JWTs are what the bearer scheme sends (a token, if given too,
        # is used until it expires).
        legacy[_legacy_scheme(("bearer", "oauth2", "openIdConnect"), schemes, " api_key")] = ApiKeyAuth(
            api_key, token_url=base_url + TOKEN_EXCHANGE_PATH, token=token
        )
    else:
        location, name = API_KEY_IN, API_KEY_NAME
        if api_key and location is not None and name is not None:
            legacy[_legacy_scheme(("apiKey",), schemes, " api_key")] = KeyAsIsAuth(
                api_key, location=location, name=name
            )
        if token:
            legacy[_legacy_scheme(("bearer", "oauth2", "openIdConnect"), {**schemes, **legacy}, " token")] = (
                BearerTokenAuth(token)
            )
        if api_key and not legacy:
            raise ConfigurationError(
                "this API's description has neither a token exchange nor an apiKey security scheme, "
                "so an API key cannot be used: pass token= (or set AIWYN_TOKEN) instead"
            )
    found = {**legacy, **{k: v for k, v in schemes.items() if k not in legacy}}
    if not found:
        others = described()
        raise MissingCredentialsError(
            "no credentials: pass api_key= (or set AIWYN_API_KEY) to exchange an API key for tokens, "
            "or token= (or set AIWYN_TOKEN) to use a bearer token as it is"
            + (f"; or a scheme's own: {others}" if others else "")
            + "; or auth= any httpx.Auth"
        )
    if len(found) == 1 and not SECURITY_SCHEMES:
        return next(iter(found.values()))  # nothing declared to choose by: sent on every request
    return SchemesAuth(found)


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    problem = timeout_problem(value)
    if problem is not None:
        raise ConfigurationError(problem)
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _policy(max_retries: object) -> RetryPolicy:
    problem = retries_problem(max_retries)
    if problem is not None:
        raise ConfigurationError(problem)
    assert isinstance(max_retries, int)
    return RetryPolicy(max_retries=max_retries)


class _ClientTransport(httpx.BaseTransport):
    """A user's own ``httpx.Client`` (proxies, TLS, limits, hooks) as the innermost transport."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # Redirects are the origin guard's to follow: httpx would re-send a 307's body elsewhere.
        return self.client.send(request, stream=True, follow_redirects=False)

    def close(self) -> None:
        """The user's client is theirs to close."""


class _AsyncClientTransport(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        """The user's client is theirs to close."""


def _invalid_url(method: str, exc: httpx.InvalidURL) -> InvalidArgumentError:
    return InvalidArgumentError(f"cannot send {method}: the URL is not valid ({exc})")


class _HTTPClient(httpx.Client):
    """The httpx client of ``Aiwyn``: it tells the retry transport which bodies the caller streams
    (every other body is read within the retried attempt, see ``_retry``), and refuses a URL
    httpx cannot build with ``InvalidArgumentError`` rather than ``httpx.InvalidURL``."""

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        try:
            return super().build_request(method, url, **kwargs)
        except httpx.InvalidURL as exc:
            raise _invalid_url(method, exc) from None

    def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        if stream:
            request.extensions = {**request.extensions, _extensions.STREAMED: True}
        return super().send(request, stream=stream, **kwargs)


class _AsyncHTTPClient(httpx.AsyncClient):
    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        try:
            return super().build_request(method, url, **kwargs)
        except httpx.InvalidURL as exc:
            raise _invalid_url(method, exc) from None

    async def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        if stream:
            request.extensions = {**request.extensions, _extensions.STREAMED: True}
        return await super().send(request, stream=stream, **kwargs)


@cache
def _tls() -> ssl.SSLContext:
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


def _inner(
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


USER_AGENT = f"aiwyn-client/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"


def _mapping(name: str, value: object) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ConfigurationError(f"{name} must be a mapping of names to values, not {type(value).__name__}")
    return dict(value)


def _own_defaults(http_client: httpx.Client | httpx.AsyncClient | None) -> tuple[dict[str, str], dict[str, Any]]:
    """The headers and query parameters a user's own httpx client was given, which its requests
    would carry: httpx's own defaults aside, they become the client's defaults too."""
    if http_client is None:
        return {}, {}
    headers = {
        k: v
        for k, v in http_client.headers.items()
        if not (k.lower() == "user-agent" and v.startswith("python-httpx/"))
        and (k.lower(), v) not in (("accept", "*/*"), ("connection", "keep-alive"))
        and k.lower() != "accept-encoding"
    }
    return headers, dict(http_client.params.multi_items())


def _credentials_given(
    api_key: str | None, token: str | None, auth: httpx.Auth | None, credentials: Mapping[str, Any]
) -> bool:
    """Whether any credential comes from the arguments or the environment (else a stored profile is read)."""
    if api_key or token or auth is not None or any(v is not None for v in credentials.values()):
        return True
    return any(os.environ.get(name) for name in ("AIWYN_API_KEY", "AIWYN_TOKEN", *sorted(scheme_environment())))


def _stored(profile: str | None) -> dict[str, Any] | None:
    """The stored profile (``aiwyn login``), when one was saved; a profile named but missing is an error."""
    values = _store.load(profile)
    if values is None and (profile or os.environ.get("AIWYN_PROFILE")):
        name = _store.profile_name(profile)
        raise ConfigurationError(f"no stored credentials for profile {name!r}: run `aiwyn login --profile {name}`")
    return values


def _keep_rotated(auth: httpx.Auth, stored: dict[str, Any], profile: str | None) -> None:
    """A refresh token the server rotates replaces the stored one, so the next run can sign in."""
    for name, scheme in (auth.schemes if isinstance(auth, SchemesAuth) else {}).items():
        info = SECURITY_SCHEMES.get(name)
        if isinstance(scheme, OAuth2RefreshToken) and info is not None:
            key = f"{info.arg}_refresh_token"

            def keep(rotated: str, key: str = key) -> None:
                stored[key] = rotated
                _store.save(stored, profile)

            scheme.on_refresh = keep


class _Settings:
    """What a client and its ``with_options`` copies are made of."""

    @classmethod
    def resolve(
        cls,
        api_key: str | None,
        token: str | None,
        environment: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, Any] | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
        auth: httpx.Auth | None = None,
        credentials: Mapping[str, Any] | None = None,
        profile: str | None = None,
    ) -> _Settings:
        configure_from_env()
        credentials = dict(credentials or {})
        stored = None
        if not _credentials_given(api_key, token, auth, credentials):
            stored = _stored(profile)
            if stored is not None:
                api_key, token = stored.get("api_key"), stored.get("token")
                credentials = {k: v for k, v in stored.items() if k in scheme_arguments()}
                if not (
                    base_url or os.environ.get("AIWYN_BASE_URL") or environment or os.environ.get("AIWYN_ENVIRONMENT")
                ):
                    base_url, environment = stored.get("base_url"), stored.get("environment")
        url = resolve_base_url(environment, base_url)
        own_headers, own_query = _own_defaults(http_client)
        headers = {"User-Agent": USER_AGENT, **own_headers, **_mapping("default_headers", default_headers)}
        query = {**own_query, **_mapping("default_query", default_query)}
        made = make_auth(api_key, token, url, auth, credentials)
        if stored is not None:
            _keep_rotated(made, stored, profile)
        return cls(
            url,
            made,
            _timeout(timeout),
            max_retries,
            True,
            headers,
            query,
            {},
        )

    def __init__(
        self,
        base_url: str,
        auth: httpx.Auth,
        timeout: httpx.Timeout,
        max_retries: int,
        raise_api_errors: bool,
        headers: dict[str, str],
        query: dict[str, Any],
        cookies: dict[str, str],
    ) -> None:
        self.base_url, self.auth, self.timeout = base_url, auth, timeout
        self.max_retries, self.raise_api_errors = max_retries, raise_api_errors
        self.headers, self.query, self.cookies = headers, query, cookies

    def derive(
        self,
        timeout: Any = _NOT_GIVEN,
        max_retries: Any = _NOT_GIVEN,
        raise_api_errors: Any = _NOT_GIVEN,
        headers: Any = None,
        query: Any = None,
        cookies: Any = None,
    ) -> _Settings:
        return _Settings(
            self.base_url,
            self.auth,
            self.timeout if timeout is _NOT_GIVEN else _timeout(timeout),
            self.max_retries if max_retries is _NOT_GIVEN else max_retries,
            self.raise_api_errors if raise_api_errors is _NOT_GIVEN else raise_api_errors,
            {**self.headers, **_mapping("default_headers", headers)},
            {**self.query, **_mapping("default_query", query)},
            {**self.cookies, **_mapping("cookies", cookies)},
        )

    def httpx_options(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "auth": self.auth,
            "timeout": self.timeout,
            "headers": self.headers,
            "params": self.query,
            "cookies": self.cookies,
        }


class _AiwynBase(Client):
    """What ``Aiwyn`` and ``AsyncAiwyn`` share: settings, copies, and a secret-free repr."""

    _settings: _Settings
    _transport: RetryTransport | AsyncRetryTransport

    def _setup(self, settings: _Settings, transport: Any) -> None:
        raise NotImplementedError

    @property
    def raise_api_errors(self) -> bool:
        return self._settings.raise_api_errors

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def max_retries(self) -> int:
        return self._settings.max_retries

    @property
    def auth(self) -> httpx.Auth:
        return self._settings.auth

    @property
    def default_headers(self) -> Mapping[str, str]:
        return MappingProxyType(self._settings.headers)

    @property
    def default_query(self) -> Mapping[str, Any]:
        return MappingProxyType(self._settings.query)

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
            self._settings.derive(
                _NOT_GIVEN if isinstance(timeout, NotGiven) else timeout,
                _NOT_GIVEN if isinstance(max_retries, NotGiven) else _policy(max_retries).max_retries,
                _NOT_GIVEN if isinstance(raise_api_errors, NotGiven) else raise_api_errors,
                default_headers,
                default_query,
            )
        )

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """``with_options(default_headers=headers)``, as openapi-python-client's clients name it."""
        return self.with_options(default_headers=headers)

    def with_cookies(self, cookies: Mapping[str, str]) -> Self:
        """A copy that sends these cookies too (to the API's origin only, like every request)."""
        return self._derive(self._settings.derive(cookies=cookies))

    def with_timeout(self, timeout: float | httpx.Timeout | None) -> Self:
        """``with_options(timeout=timeout)``, as openapi-python-client's clients name it."""
        return self.with_options(timeout=timeout)

    def _derive(self, settings: _Settings) -> Self:
        copy = type(self).__new__(type(self))
        copy._setup(settings, self._transport.with_policy(_policy(settings.max_retries)))
        return copy

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self.auth!r}, max_retries={self.max_retries})"


class Aiwyn(_AiwynBase, SyncResources, SyncGeneric):
    """The synchronous Aiwyn client.

    ``Aiwyn(api_key=...)`` exchanges the key for JWTs and refreshes them; ``Aiwyn(token=...)``
    uses a bearer token as it is; ``Aiwyn(auth=...)`` takes any ``httpx.Auth`` (retries, the
    origin guard and redaction apply to it). Each security scheme of the description takes
    arguments named after it (``SchemeCredentials``; environment variables ``AIWYN_<NAME>``),
    and each operation is sent the schemes its security requirement asks for. With no credential
    at all, the profile ``aiwyn login`` stored is used (``profile=``, ``AIWYN_PROFILE``). Defaults come from
    ``AIWYN_API_KEY``, ``AIWYN_TOKEN``, ``AIWYN_BASE_URL`` and ``AIWYN_ENVIRONMENT`` (``sandbox``,
    ``staging`` or ``docs_mock``, the docs' public mock).
    Pass it as ``client=`` to any function in ``aiwyn_client.api``; errors are raised as the
    classes in ``aiwyn_client.errors``. ``http_client`` is an ``httpx.Client`` of your own
    (proxies, TLS, limits) that requests are sent through; ``transport`` an httpx transport
    (``httpx.MockTransport`` in tests) under the client's auth and retries.
    """

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
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        auth: httpx.Auth | None = None,
        profile: str | None = None,
        **credentials: Unpack[SchemeCredentials],
    ) -> None:
        settings = _Settings.resolve(
            api_key,
            token,
            environment,
            base_url,
            timeout,
            max_retries,
            default_headers,
            default_query,
            http_client,
            auth,
            credentials,
            profile,
        )
        inner, follow = _inner(http_client, transport, _ClientTransport, lambda: httpx.HTTPTransport(verify=_tls()))
        guarded = OriginGuardTransport(inner, settings.base_url, follow_redirects=follow, secrets=secrets_of(settings))
        self._setup(settings, RetryTransport(guarded, _policy(max_retries)))

    def _setup(self, settings: _Settings, transport: RetryTransport) -> None:
        Client.__init__(self, base_url=settings.base_url, timeout=settings.timeout, raise_on_unexpected_status=True)
        self._settings, self._transport = settings, transport
        self.set_httpx_client(_HTTPClient(transport=transport, **settings.httpx_options()))

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


class AsyncAiwyn(_AiwynBase, AsyncResources, AsyncGeneric):
    """The asynchronous Aiwyn client: ``Aiwyn``'s settings, for the ``asyncio`` functions."""

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
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        auth: httpx.Auth | None = None,
        profile: str | None = None,
        **credentials: Unpack[SchemeCredentials],
    ) -> None:
        settings = _Settings.resolve(
            api_key,
            token,
            environment,
            base_url,
            timeout,
            max_retries,
            default_headers,
            default_query,
            http_client,
            auth,
            credentials,
            profile,
        )
        inner, follow = _inner(
            http_client, transport, _AsyncClientTransport, lambda: httpx.AsyncHTTPTransport(verify=_tls())
        )
        guarded = AsyncOriginGuardTransport(
            inner, settings.base_url, follow_redirects=follow, secrets=secrets_of(settings)
        )
        self._setup(settings, AsyncRetryTransport(guarded, _policy(max_retries)))

    def _setup(self, settings: _Settings, transport: AsyncRetryTransport) -> None:
        Client.__init__(self, base_url=settings.base_url, timeout=settings.timeout, raise_on_unexpected_status=True)
        self._settings, self._transport = settings, transport
        self.set_async_httpx_client(_AsyncHTTPClient(transport=transport, **settings.httpx_options()))

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
