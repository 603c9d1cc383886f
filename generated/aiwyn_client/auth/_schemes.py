# Copied from overlays/aiwyn_client/auth/_schemes.py: edit it there; `make generate` rewrites this file.
"""Credentials to auth flows: each security scheme of the description, by kind, from its
constructor arguments or environment variables (see ``_credentials.SchemeCredentials``).

Adding a kind of scheme is one module in this package and one entry in ``BUILDERS``.
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


def _value(given: Mapping[str, Any], arg: str, env: str) -> Any:
    value = given.get(arg)
    if value is None or value == "":
        value = os.environ.get(env) or None
    return value


def _basic(info: _spec.SchemeInfo, given: Mapping[str, Any], base_url: str) -> httpx.Auth | None:
    user = _value(given, f"{info.arg}_username", f"{info.env}_USERNAME")
    password = _value(given, f"{info.arg}_password", f"{info.env}_PASSWORD")
    if user is None and password is None:
        return None
    if user is None or password is None:
        missing = f"{info.arg}_password" if user is not None else f"{info.arg}_username"
        raise ConfigurationError(
            f"the {info.name} scheme (HTTP basic) needs a user name and a password: pass {missing}= "
            f"(or set {info.env}_{missing.rsplit('_', 1)[1].upper()})"
        )
    return BasicAuth(str(user), str(password))


def _bearer(info: _spec.SchemeInfo, given: Mapping[str, Any], base_url: str) -> httpx.Auth | None:
    token = _value(given, info.arg, info.env)
    return BearerTokenAuth(str(token)) if token is not None else None


def _api_key(info: _spec.SchemeInfo, given: Mapping[str, Any], base_url: str) -> httpx.Auth | None:
    key = _value(given, info.arg, info.env)
    if key is None:
        return None
    assert info.location is not None and info.param is not None
    return KeyAsIsAuth(str(key), location=info.location, name=info.param)


def _oauth2(info: _spec.SchemeInfo, given: Mapping[str, Any], base_url: str) -> httpx.Auth | None:
    token = _value(given, f"{info.arg}_token", f"{info.env}_TOKEN")
    client_id = _value(given, f"{info.arg}_client_id", f"{info.env}_CLIENT_ID")
    secret = _value(given, f"{info.arg}_client_secret", f"{info.env}_CLIENT_SECRET")
    refresh = _value(given, f"{info.arg}_refresh_token", f"{info.env}_REFRESH_TOKEN")
    if refresh is not None:
        if client_id is None:
            raise ConfigurationError(
                f"the {info.name} scheme's refresh token needs its client id: pass {info.arg}_client_id= "
                f"(or set {info.env}_CLIENT_ID)"
            )
        given_url = _value(given, f"{info.arg}_token_url", f"{info.env}_TOKEN_URL")
        refresh_url = _absolute(given_url or info.user_token_url or info.token_url, base_url)
        if refresh_url is None:
            raise ConfigurationError(
                f"the {info.name} scheme names no token endpoint to refresh at: pass {info.arg}_token_url= "
                f"(or set {info.env}_TOKEN_URL)"
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
        missing = f"{info.arg}_client_secret" if client_id is not None else f"{info.arg}_client_id"
        raise ConfigurationError(
            f"the {info.name} scheme ({info.kind} client credentials) needs a client id and a client secret: "
            f"pass {missing}= (or set {info.env}_{missing[len(info.arg) + 1 :].upper()})"
        )
    scopes = _value(given, f"{info.arg}_scopes", f"{info.env}_SCOPES")
    if scopes is None:
        scopes = info.scopes
    elif isinstance(scopes, str):
        scopes = scopes.replace(",", " ").split()
    token_url = _absolute(_value(given, f"{info.arg}_token_url", f"{info.env}_TOKEN_URL") or info.token_url, base_url)
    if token_url is None and info.discovery_url is None:
        raise ConfigurationError(
            f"the {info.name} scheme declares no client-credentials token endpoint: pass {info.arg}_token_url= "
            f"(or set {info.env}_TOKEN_URL)"
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
    names: set[str] = set()
    for info in _spec.SECURITY_SCHEMES.values():
        if info.kind == "basic":
            names |= {f"{info.arg}_username", f"{info.arg}_password"}
        elif info.kind in ("bearer", "apiKey"):
            names.add(info.arg)
        else:
            names |= {
                f"{info.arg}_{p}"
                for p in ("client_id", "client_secret", "scopes", "token_url", "token", "refresh_token")
            }
    return names


def scheme_environment() -> set[str]:
    """Every environment variable the description's schemes read."""
    found: set[str] = set()
    for info in _spec.SECURITY_SCHEMES.values():
        if info.kind == "basic":
            found |= {f"{info.env}_USERNAME", f"{info.env}_PASSWORD"}
        elif info.kind in ("bearer", "apiKey"):
            found.add(info.env)
        else:
            found |= {
                f"{info.env}_CLIENT_ID",
                f"{info.env}_CLIENT_SECRET",
                f"{info.env}_TOKEN",
                f"{info.env}_REFRESH_TOKEN",
            }
    return found


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
    """The arguments (and variables) each scheme takes, for an error that lists them."""
    parts = []
    for info in _spec.SECURITY_SCHEMES.values():
        if info.kind == "basic":
            parts.append(f"{info.arg}_username= and {info.arg}_password= ({info.env}_USERNAME, {info.env}_PASSWORD)")
        elif info.kind in ("bearer", "apiKey"):
            parts.append(f"{info.arg}= ({info.env})")
        else:
            parts.append(f"{info.arg}_client_id= and {info.arg}_client_secret= ({info.env}_CLIENT_ID, ...)")
    return "; ".join(parts)
