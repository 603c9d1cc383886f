"""``ClientOptions``: everything an ``Aiwyn`` / ``AsyncAiwyn`` is configured with, in one immutable
object, each value checked once, when it is given.

Defaults: a timeout of 60 s (10 s to connect; ``timeout=None`` waits for ever), 2 retries
(``max_retries``), typed errors for error statuses (``raise_api_errors``), no extra headers,
query parameters or cookies; the base URL from ``base_url``, ``AIWYN_BASE_URL``, ``environment``,
``AIWYN_ENVIRONMENT`` or the description's default server, in that order. ``with_options`` copies
are ``replaced`` options; one call's options (``_options.CallOptions``) are ``merged`` onto them
by the client's httpx client. The timeout is held here only: the httpx client is built from it.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Final

import httpx

from . import _spec
from ._exceptions import ConfigurationError
from ._logging import configure_from_env
from ._options import NOT_GIVEN, CallOptions, NotGiven, Timeout, mapping_problem, retries_problem, timeout_problem
from ._version import __version__
from .auth._arguments import credentials_given, keep_rotated, make_auth, stored_credentials, stored_profile

DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=10.0)
"""60 s for each read, write and pool wait, 10 s to connect."""
DEFAULT_MAX_RETRIES: Final = 2
"""Retries after the first attempt, for what may be sent again (see ``_retry``)."""
USER_AGENT: Final = f"aiwyn-client/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"

_EMPTY: Final[Mapping[str, Any]] = MappingProxyType({})


def resolve_base_url(environment: str | None, base_url: str | None) -> str:
    base_url = base_url or os.environ.get("AIWYN_BASE_URL") or None
    if base_url:
        return _checked_url(base_url).rstrip("/")
    environments = _spec.ENVIRONMENTS
    name = environment or os.environ.get("AIWYN_ENVIRONMENT") or _spec.DEFAULT_ENVIRONMENT
    known = ", ".join(sorted(environments))
    if name is None:
        listed = f"only {known}, which a client does not pick by itself" if known else "no servers"
        raise ConfigurationError(
            f"no default server: the API description lists {listed}; pass base_url='https://...' "
            "(or set AIWYN_BASE_URL)" + (f", or environment= one of {known}" if known else "")
        )
    if name not in environments:
        raise ConfigurationError(
            f"unknown environment {name!r}: pass environment= one of {known or 'none'} (or set AIWYN_ENVIRONMENT), "
            "or pass base_url= (or set AIWYN_BASE_URL)"
        )
    return environments[name]


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


def _checked(problem: str | None) -> None:
    if problem is not None:
        raise ConfigurationError(problem)


def _timeout(value: object) -> httpx.Timeout:
    _checked(timeout_problem(value))
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)  # type: ignore[arg-type]


def _retries(value: object) -> int:
    _checked(retries_problem(value))
    assert isinstance(value, int)
    return value


def _mapping(name: str, value: object) -> Mapping[str, Any]:
    _checked(mapping_problem(name, value))
    return value if isinstance(value, Mapping) else _EMPTY


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


def _added(base: Mapping[str, Any], more: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType({**base, **more}) if more else base


def _headers_added(base: Mapping[str, str], more: Mapping[str, str] | None) -> Mapping[str, str]:
    """``more`` over ``base``, a header name replacing the one spelt otherwise (HTTP reads them
    without regard to case): ``with_options(default_headers={"xero-tenant-id": ...})`` replaces the
    client's ``Xero-Tenant-Id``, where both were kept and the first won."""
    if not more:
        return base
    replaced = {name.lower() for name in more}
    return MappingProxyType({**{k: v for k, v in base.items() if k.lower() not in replaced}, **more})


@dataclass(frozen=True)
class ClientOptions:
    """What a client and its ``with_options`` copies are made of. Made by ``resolve`` (from the
    constructor's arguments, the environment and a stored profile) and ``replaced``, which check
    what they are given; the fields hold checked values only."""

    base_url: str
    auth: httpx.Auth
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = DEFAULT_MAX_RETRIES
    raise_api_errors: bool = True
    """Typed errors from the ``aiwyn_client.api`` functions (resource methods always raise)."""
    headers: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    query: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    cookies: Mapping[str, str] = field(default_factory=lambda: _EMPTY)

    @classmethod
    def resolve(
        cls,
        *,
        api_key: str | None = None,
        token: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        auth: httpx.Auth | None = None,
        credentials: Mapping[str, Any] | None = None,
        profile: str | None = None,
    ) -> ClientOptions:
        """The options of a new client; ``ConfigurationError`` for anything that cannot be right."""
        configure_from_env()
        checked_timeout, checked_retries = _timeout(timeout), _retries(max_retries)
        credentials = dict(credentials or {})
        stored = None
        if not credentials_given(api_key, token, auth, credentials):
            stored = stored_profile(profile)
            if stored is not None:
                api_key, token = stored.get("api_key"), stored.get("token")
                credentials = stored_credentials(stored)
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
            keep_rotated(made, stored, profile)
        return cls(
            url, made, checked_timeout, checked_retries, True, MappingProxyType(headers), MappingProxyType(query)
        )

    def replaced(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        raise_api_errors: bool | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        cookies: Mapping[str, str] | None = None,
    ) -> ClientOptions:
        """A copy (``with_options``): ``timeout``, ``max_retries`` and ``raise_api_errors`` replace
        these, ``headers``, ``query`` and ``cookies`` are added to them; only what is given is checked."""
        return replace(
            self,
            timeout=self.timeout if isinstance(timeout, NotGiven) else _timeout(timeout),
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else _retries(max_retries),
            raise_api_errors=self.raise_api_errors if isinstance(raise_api_errors, NotGiven) else raise_api_errors,
            headers=_headers_added(self.headers, _mapping("default_headers", headers)),
            query=_added(self.query, _mapping("default_query", query)),
            cookies=_added(self.cookies, _mapping("cookies", cookies)),
        )

    def merged(self, call: CallOptions) -> ClientOptions:
        """One call's options on top of these, by the rule of ``replaced`` (its timeout and retry
        budget replace the client's, its headers and query are added); ``call`` is checked already.
        Made for every call that passes options, so built directly rather than by ``replace``."""
        return ClientOptions(
            self.base_url,
            self.auth,
            self.timeout if isinstance(call.timeout, NotGiven) else httpx.Timeout(call.timeout),
            self.max_retries if isinstance(call.max_retries, NotGiven) else call.max_retries,
            self.raise_api_errors,
            _headers_added(self.headers, call.headers),
            _added(self.query, call.query),
            self.cookies,
        )

    def httpx_arguments(self) -> dict[str, Any]:
        """The ``httpx.Client`` arguments these options make."""
        return {
            "base_url": self.base_url,
            "auth": self.auth,
            "timeout": self.timeout,
            "headers": dict(self.headers),
            "params": dict(self.query),
            "cookies": dict(self.cookies),
        }
