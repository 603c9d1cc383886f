# Copied from overlays/aiwyn_client/auth/_arguments.py: edit it there; `make generate` rewrites this file.
"""The client's auth, from its arguments, the environment or a stored ``aiwyn login`` profile.

The client is where the description's security facts (``_spec``: its schemes, its requirement,
the token exchange) are read; every auth object here is given the facts it needs when it is
built, and each request brings its own operation's requirement (``_extensions.OPERATION_INFO``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import httpx

from .. import _spec
from .._exceptions import ConfigurationError, MissingCredentialsError
from . import _store
from ._api_key import KeyAsIsAuth
from ._bearer import BearerTokenAuth
from ._compose import ForeignAuth, NoCredentials, SchemesAuth
from ._exchange import ApiKeyAuth
from ._oauth2_user import OAuth2RefreshToken
from ._schemes import described, scheme_arguments, scheme_auths, scheme_environment


def _legacy_scheme(kinds: tuple[str, ...], taken: Mapping[str, httpx.Auth], default: str) -> str:
    """The scheme ``api_key=`` / ``token=`` stand for: the first of these kinds not given its own
    credential; ``default`` (a name no scheme has) when the description declares none, and the
    credential is then sent where no requirement says otherwise."""
    for kind in kinds:
        for name, info in _spec.SECURITY_SCHEMES.items():
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
    credential (its own arguments or environment variables, and ``api_key`` / ``token``); with none,
    requests go as they are where the description asks for no credential."""
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
    exchange = _spec.TOKEN_EXCHANGE
    if api_key and exchange is not None:
        # Our own exchange: the key's JWTs are what the bearer scheme sends (a token, if given too,
        # is used until it expires).
        legacy[_legacy_scheme(("bearer", "oauth2", "openIdConnect"), schemes, " api_key")] = ApiKeyAuth(
            api_key, token_url=base_url + exchange.path, token=token, exchange=exchange
        )
    else:
        location, name = _spec.API_KEY_IN, _spec.API_KEY_NAME
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
    if not found and _spec.CREDENTIALS_OPTIONAL:
        return NoCredentials()
    if not found:
        others = described()
        raise MissingCredentialsError(
            "no credentials: pass api_key= (or set AIWYN_API_KEY) to exchange an API key for tokens, "
            "or token= (or set AIWYN_TOKEN) to use a bearer token as it is"
            + (f"; or a scheme's own: {others}" if others else "")
            + "; or auth= any httpx.Auth"
        )
    if len(found) == 1 and not _spec.SECURITY_SCHEMES:
        return next(iter(found.values()))  # nothing declared to choose by: sent on every request
    return SchemesAuth(found, security=_spec.SECURITY)


def credentials_given(
    api_key: str | None, token: str | None, auth: httpx.Auth | None, credentials: Mapping[str, Any]
) -> bool:
    """Whether any credential comes from the arguments or the environment (else a stored profile is read)."""
    if api_key or token or auth is not None or any(v is not None for v in credentials.values()):
        return True
    return any(os.environ.get(name) for name in ("AIWYN_API_KEY", "AIWYN_TOKEN", *sorted(scheme_environment())))


def stored_profile(profile: str | None) -> dict[str, Any] | None:
    """The stored profile (``aiwyn login``), when one was saved; a profile named but missing is an error."""
    values = _store.load(profile)
    if values is None and (profile or os.environ.get("AIWYN_PROFILE")):
        name = _store.profile_name(profile)
        raise ConfigurationError(f"no stored credentials for profile {name!r}: run `aiwyn login --profile {name}`")
    return values


def stored_credentials(stored: Mapping[str, Any]) -> dict[str, Any]:
    """A stored profile's scheme credentials (its key and token aside)."""
    return {k: v for k, v in stored.items() if k in scheme_arguments()}


def keep_rotated(auth: httpx.Auth, stored: dict[str, Any], profile: str | None) -> None:
    """A refresh token the server rotates replaces the stored one, so the next run can sign in."""
    for name, scheme in (auth.schemes if isinstance(auth, SchemesAuth) else {}).items():
        info = _spec.SECURITY_SCHEMES.get(name)
        if isinstance(scheme, OAuth2RefreshToken) and info is not None:
            key = f"{info.arg}_refresh_token"

            def keep(rotated: str, key: str = key) -> None:
                stored[key] = rotated
                _store.save(stored, profile)

            scheme.on_refresh = keep
