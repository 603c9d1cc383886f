"""Credentials to auth flows: each security scheme of the description, by kind, from its
constructor arguments or environment variables (see ``_credentials.SchemeCredentials``).

Adding a kind of scheme is one module in this package, and one entry in ``INPUTS`` and in ``BUILDERS``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from .. import _spec
from .._exceptions import ConfigurationError
from ._api_key import KeyAsIsAuth
from ._basic import BasicAuth
from ._bearer import BearerTokenAuth
from ._oauth2 import OAuth2ClientCredentials
from ._oauth2_user import OAuth2RefreshToken


def _absolute(url: str | None, base_url: str) -> str | None:
    """A URL of the description, relative ones taken from the API's server URL (as OpenAPI says)."""
    if url is None or url.startswith(("https://", "http://")):
        return url
    return base_url.rstrip("/") + "/" + url.lstrip("/")


INPUTS: dict[str, tuple[tuple[str, bool], ...]] = {
    "basic": (("username", True), ("password", True)),
    "bearer": (("", True),),
    "apiKey": (("", True),),
    "oauth2": (
        ("client_id", True),
        ("client_secret", True),
        ("scopes", False),
        ("token_url", False),
        ("token", True),
        ("refresh_token", True),
    ),
}
"""What each kind of scheme reads, by the suffix of its argument and variable names (``names``),
and whether the input is a credential (settings alone, a token URL say, give none)."""
INPUTS["openIdConnect"] = INPUTS["oauth2"]


def names(info: _spec.SchemeInfo, suffix: str) -> tuple[str, str]:
    """The constructor argument and the environment variable of one of a scheme's inputs:
    ``<arg>_<suffix>`` and ``<ENV>_<SUFFIX>`` (the scheme's own names for a suffix of "")."""
    if not suffix:
        return info.arg, info.env
    return f"{info.arg}_{suffix}", f"{info.env}_{suffix.upper()}"


def _value(given: Mapping[str, Any], info: _spec.SchemeInfo, suffix: str) -> Any:
    arg, env = names(info, suffix)
    value = given.get(arg)
    if value is None or value == "":
        value = os.environ.get(env) or None
    return value


def _pass(info: _spec.SchemeInfo, suffix: str) -> str:
    """How to give an input, for an error: ``pass <arg>= (or set <ENV>)``."""
    arg, env = names(info, suffix)
    return f"pass {arg}= (or set {env})"


def _basic(info: _spec.SchemeInfo, given: Mapping[str, Any], base_url: str) -> httpx.Auth | None:
    """A user name and a password; a password given as ``""`` is one (an API key as the user name,
    with no password: Dropbox Sign's, Stripe's), where a password left out is asked for."""
    user = _value(given, info, "username")
    password = "" if given.get(names(info, "password")[0]) == "" else _value(given, info, "password")
    if user is None and password is None:
        return None
    if user is None or password is None:
        missing = "password" if user is not None else "username"
        empty = f' ({names(info, "password")[0]}="" where a key is the user name)' if missing == "password" else ""
        raise ConfigurationError(
            f"the {info.name} scheme (HTTP basic) needs a user name and a password: {_pass(info, missing)}{empty}"
        )
    return BasicAuth(str(user), str(password))


def _bearer(info: _spec.SchemeInfo, given: Mapping[str, Any], base_url: str) -> httpx.Auth | None:
    token = _value(given, info, "")
    return BearerTokenAuth(str(token)) if token is not None else None


def _api_key(info: _spec.SchemeInfo, given: Mapping[str, Any], base_url: str) -> httpx.Auth | None:
    key = _value(given, info, "")
    if key is None:
        return None
    assert info.location is not None and info.param is not None
    return KeyAsIsAuth(str(key), location=info.location, name=info.param)


def _oauth2(info: _spec.SchemeInfo, given: Mapping[str, Any], base_url: str) -> httpx.Auth | None:
    token = _value(given, info, "token")
    client_id = _value(given, info, "client_id")
    secret = _value(given, info, "client_secret")
    refresh = _value(given, info, "refresh_token")
    given_url = _value(given, info, "token_url")
    if refresh is not None:
        if client_id is None:
            raise ConfigurationError(
                f"the {info.name} scheme's refresh token needs its client id: {_pass(info, 'client_id')}"
            )
        refresh_url = _absolute(given_url or info.user_token_url or info.token_url, base_url)
        if refresh_url is None:
            raise ConfigurationError(
                f"the {info.name} scheme names no token endpoint to refresh at: {_pass(info, 'token_url')}"
            )
        return OAuth2RefreshToken(
            str(refresh),
            str(client_id),
            scheme=info.name,
            token_url=refresh_url,
            client_secret=str(secret) if secret is not None else None,
        )
    if client_id is None and secret is None:
        return BearerTokenAuth(str(token)) if token is not None else None
    if client_id is None or secret is None:
        missing = "client_secret" if client_id is not None else "client_id"
        raise ConfigurationError(
            f"the {info.name} scheme ({info.kind} client credentials) needs a client id and a client secret: "
            f"{_pass(info, missing)}"
        )
    scopes = _value(given, info, "scopes")
    if scopes is None:
        scopes = info.scopes
    elif isinstance(scopes, str):
        scopes = scopes.replace(",", " ").split()
    token_url = _absolute(given_url or info.token_url, base_url)
    if token_url is None and info.discovery_url is None:
        raise ConfigurationError(
            f"the {info.name} scheme declares no client-credentials token endpoint: {_pass(info, 'token_url')}"
        )
    return OAuth2ClientCredentials(
        str(client_id),
        str(secret),
        scheme=info.name,
        token_url=token_url,
        discovery_url=_absolute(info.discovery_url, base_url),
        scopes=tuple(str(s) for s in scopes),
    )


BUILDERS: dict[str, Callable[[_spec.SchemeInfo, Mapping[str, Any], str], httpx.Auth | None]] = {
    "basic": _basic,
    "bearer": _bearer,
    "apiKey": _api_key,
    "oauth2": _oauth2,
    "openIdConnect": _oauth2,
}


def scheme_arguments() -> set[str]:
    """Every constructor argument the description's schemes take."""
    return {names(info, suffix)[0] for info in _spec.SECURITY_SCHEMES.values() for suffix, _ in INPUTS[info.kind]}


def scheme_environment() -> set[str]:
    """Every environment variable holding a credential of the description's schemes."""
    return {
        names(info, suffix)[1]
        for info in _spec.SECURITY_SCHEMES.values()
        for suffix, credential in INPUTS[info.kind]
        if credential
    }


def scheme_auths(given: Mapping[str, Any], base_url: str) -> dict[str, httpx.Auth]:
    """The schemes that have credentials (arguments first, then the environment), by name."""
    unknown = sorted(set(given) - scheme_arguments())
    if unknown:
        known = ", ".join(sorted(scheme_arguments())) or "none"
        raise ConfigurationError(f"unknown credential argument {unknown[0]!r}: this API's schemes take {known}")
    found: dict[str, httpx.Auth] = {}
    for name, info in _spec.SECURITY_SCHEMES.items():
        auth = BUILDERS[info.kind](info, given, base_url)
        if auth is not None:
            found[name] = auth
    return found


def described() -> str:
    """The arguments (and variables) each scheme takes, for an error that lists them: its first
    two credentials (a basic scheme's user name and password, an OAuth client's id and secret)."""
    parts = []
    for info in _spec.SECURITY_SCHEMES.values():
        given = [names(info, suffix) for suffix, credential in INPUTS[info.kind] if credential][:2]
        arguments = " and ".join(f"{arg}=" for arg, _ in given)
        variables = ", ".join(env for _, env in given) + (", ..." if len(INPUTS[info.kind]) > 2 else "")
        parts.append(f"{arguments} ({variables})")
    return "; ".join(parts)
