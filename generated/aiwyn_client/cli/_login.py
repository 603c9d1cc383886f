# Copied from overlays/aiwyn_client/cli/_login.py: edit it there; `make generate` rewrites this file.
"""``aiwyn login``, ``aiwyn logout`` and ``aiwyn whoami``: credentials kept per profile.

``login`` asks for the API key (or, for an API that takes no key, a bearer token) with hidden
input, or reads it from stdin (``--with-stdin``, for scripts), and keeps it with the base URL or
environment given (``--base-url``, ``--environment``) in the OS keyring, or in a file only the
user can read (see ``aiwyn_client.auth._store``). Every command, and ``Aiwyn()`` in code, then
uses the profile when no credential is given. No value is ever printed.
"""

from __future__ import annotations

import sys
from typing import Any

import click
import httpx

from .. import _spec
from ..auth import ApiKeyAuth, SchemesAuth, _store
from ..auth._tokens import jwt_claims
from ..errors import ConfigurationError
from ._app import Connection, _run, app, stderr

CLAIMS_SHOWN = 12


def _takes_api_key() -> bool:
    return _spec.TOKEN_EXCHANGE_PATH is not None or _spec.API_KEY_IN is not None


@app.command("login")
@click.option("--with-stdin", is_flag=True, help="Read the credential from stdin instead of a prompt.")
@click.pass_obj
def login_command(connection: Connection, with_stdin: bool) -> None:
    """Keep an API key (or a token) for this profile, asked for with hidden input."""

    def action() -> None:
        what = "API key" if _takes_api_key() else "bearer token"
        if with_stdin:
            secret = sys.stdin.readline().strip()
        else:
            secret = connection.options.get("api_key") or connection.options.get("token") or ""
            if not secret:
                secret = click.prompt(what, hide_input=True, err=True).strip()
        if not secret:
            raise ConfigurationError(f"no {what} given")
        values: dict[str, Any] = {"api_key" if _takes_api_key() else "token": secret}
        for name in _store.SETTINGS:
            if connection.options.get(name):
                values[name] = connection.options[name]
        profile = connection.options.get("profile")
        place = _store.save(values, profile)
        stderr.print(f"logged in: profile {_store.profile_name(profile)!r}, kept in {place}", highlight=False)

    _run(connection, action)


@app.command("logout")
@click.pass_obj
def logout_command(connection: Connection) -> None:
    """Forget this profile's stored credentials."""

    def action() -> None:
        profile = connection.options.get("profile")
        name = _store.profile_name(profile)
        place = _store.where(profile)
        if _store.delete(profile):
            stderr.print(f"logged out: profile {name!r} removed from {place}", highlight=False)
        else:
            stderr.print(f"profile {name!r} had no stored credentials", highlight=False)

    _run(connection, action)


def _exchange_claims(client: httpx.Client, auth: ApiKeyAuth, base_url: str) -> dict[str, Any]:
    """Exchange the key once (through the client's transport: retries, origin guard) and read the
    JWT's claims; the token itself is not returned."""
    flow = auth.sync_auth_flow(httpx.Request("GET", base_url))
    request = next(flow)
    if request.url.path == (_spec.TOKEN_EXCHANGE_PATH or ""):
        flow.send(client.send(request, auth=None))
    token = auth._valid_token()  # noqa: SLF001 - read here only to show its claims
    flow.close()
    return jwt_claims(token) if token else {}


@app.command("whoami")
@click.pass_obj
def whoami_command(connection: Connection) -> None:
    """Which profile and credential the commands use, and what the API's token says about it."""

    def action() -> None:
        with connection.client() as aiwyn:
            profile = connection.options.get("profile")
            stored = (
                _store.load(profile)
                if not (connection.options.get("api_key") or connection.options.get("token"))
                else None
            )
            source = (
                f"profile {_store.profile_name(profile)!r} ({_store.where(profile)})"
                if stored
                else "options or environment"
            )
            auth = aiwyn.auth
            schemes = auth.schemes if isinstance(auth, SchemesAuth) else {"": auth}
            click.echo(f"base URL: {aiwyn.base_url}")
            click.echo(f"credentials from: {source}")
            for name, scheme in schemes.items():
                click.echo(f"scheme {name.strip() or 'default'}: {type(scheme).__name__}")
            exchange = next((s for s in schemes.values() if isinstance(s, ApiKeyAuth)), None)
            if exchange is not None:
                claims = _exchange_claims(aiwyn.get_httpx_client(), exchange, aiwyn.base_url)
                click.echo("the API key was accepted")
                for key, value in list(claims.items())[:CLAIMS_SHOWN]:
                    click.echo(f"  {key}: {value}")

    _run(connection, action)
