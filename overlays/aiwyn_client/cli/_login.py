"""``aiwyn login``, ``aiwyn logout`` and ``aiwyn whoami``: credentials kept per profile.

``login`` asks for the API key (or, for an API that takes no key, a bearer token) with hidden
input, or reads it from stdin (``--with-stdin``, for scripts), and keeps it with the base URL or
environment given (``--base-url``, ``--environment``) in the OS keyring, or in a file only the
user can read (see ``aiwyn_client.auth._store``). Every command, and ``Aiwyn()`` in code, then
uses the profile when no credential is given. No value is ever printed.
"""

from __future__ import annotations

import os
import sys
import webbrowser
from typing import TYPE_CHECKING, Any

import click
import httpx

from .. import _spec
from ..errors import ConfigurationError
from ._app import app
from ._context import Connection, run, stderr

if TYPE_CHECKING:  # the client and its auth load when a command runs, not for `aiwyn --help`
    from ..auth import ApiKeyAuth

CLAIMS_SHOWN = 12


def _takes_api_key() -> bool:
    return _spec.TOKEN_EXCHANGE is not None or _spec.API_KEY_IN is not None


def _endpoints(info: _spec.SchemeInfo, http: httpx.Client, base_url: str) -> dict[str, str | None]:
    """The sign-in endpoints of an OAuth 2.0 scheme: from the description, or an OpenID Connect
    scheme's discovery document (relative URLs taken from the API's server URL)."""

    def absolute(url: str | None) -> str | None:
        return (
            url
            if url is None or url.startswith(("https://", "http://"))
            else base_url.rstrip("/") + "/" + url.lstrip("/")
        )

    if info.kind == "openIdConnect" and info.discovery_url:
        found = http.get(absolute(info.discovery_url) or "").json()
        return {
            "authorization": found.get("authorization_endpoint"),
            "device": found.get("device_authorization_endpoint"),
            "token": found.get("token_endpoint"),
        }
    return {
        "authorization": absolute(info.authorization_url),
        "device": absolute(info.device_url),
        "token": absolute(info.user_token_url or info.token_url),
    }


def _sign_in_client() -> httpx.Client:
    """The httpx client of a sign-in: its requests go to the identity provider, not the API, and
    through the retry transport every call uses (a dropped connection before sending, a 5xx on a
    discovery document are retried; a code is never sent twice, a POST not being idempotent)."""
    from .._http import shared_tls
    from .._retry import RetryTransport

    return httpx.Client(timeout=30, transport=RetryTransport(httpx.HTTPTransport(verify=shared_tls())))


def _existing(profile: str | None) -> dict[str, Any]:
    """What the profile holds already (other schemes are kept); nothing if it cannot be read."""
    from ..auth import _store

    try:
        return _store.load(profile) or {}
    except ConfigurationError:
        return {}  # unreadable or readable by others: replaced by this login


def _read(prompt: str, hidden: bool, with_stdin: bool) -> str:
    """A value from stdin (``--with-stdin``), else a prompt; a piped value is read as a line after the
    prompt, since there is no terminal to hide it from (getpass would warn about echo in two lines)."""
    if with_stdin:
        value = sys.stdin.readline()
    elif hidden and not sys.stdin.isatty():
        click.echo(f"{prompt}: ", err=True, nl=False)
        value = sys.stdin.readline()
        click.echo(err=True)  # the line a terminal would have ended
    else:
        value = click.prompt(prompt, hide_input=hidden, err=True)
    value = value.strip()
    if not value:
        raise ConfigurationError(f"no {prompt} given")
    return str(value)


def _scheme_login(info: _spec.SchemeInfo, with_stdin: bool) -> dict[str, Any]:
    """A basic, bearer or API-key scheme's credentials, the secret ones asked with hidden input."""
    if info.kind == "basic":
        return {
            f"{info.arg}_username": _read(f"{info.name} user name", False, with_stdin),
            f"{info.arg}_password": _read(f"{info.name} password", True, with_stdin),
        }
    what = "token" if info.kind == "bearer" else f"API key ({info.location} {info.param})"
    return {info.arg: _read(f"{info.name} {what}", True, with_stdin)}


def _oauth_login(
    connection: Connection, scheme: str, client_id: str | None, device: bool, browser: bool, scopes: str | None
) -> dict[str, Any]:
    from .._client_options import resolve_base_url
    from ..auth._oauth2_user import authorization_code, device_code

    info = _spec.SECURITY_SCHEMES.get(scheme)
    if info is None or info.kind not in ("oauth2", "openIdConnect"):
        raise ConfigurationError(
            f"no security scheme {scheme!r} in the description (it has: {', '.join(_spec.SECURITY_SCHEMES) or 'none'})"
        )
    client_id = client_id or os.environ.get(f"{info.env}_CLIENT_ID")
    if not client_id:
        raise ConfigurationError(f"the {scheme} sign-in needs the client id: --client-id (or {info.env}_CLIENT_ID)")
    base_url = resolve_base_url(connection.options.get("environment"), connection.options.get("base_url"))
    asked = scopes.replace(",", " ").split() if scopes else list(info.user_scopes or info.scopes)
    with _sign_in_client() as http:
        endpoints = _endpoints(info, http, base_url)
        token_url = endpoints["token"]
        if not token_url:
            raise ConfigurationError(f"the {scheme} scheme names no token endpoint to sign in at")
        if device:
            if not endpoints["device"]:
                raise ConfigurationError(f"the {scheme} scheme declares no device authorization endpoint")
            answer = device_code(
                http,
                scheme=scheme,
                device_url=endpoints["device"],
                token_url=token_url,
                client_id=client_id,
                scopes=asked,
                show=lambda uri, code: stderr.print(f"open {uri} and enter the code {code}", highlight=False),
            )
        else:
            if not endpoints["authorization"]:
                raise ConfigurationError(f"the {scheme} scheme declares no authorization code flow: try --device")

            def open_url(url: str) -> None:
                stderr.print(f"sign in at: {url}", highlight=False, soft_wrap=True)
                if browser:
                    webbrowser.open(url)

            answer = authorization_code(
                http,
                scheme=scheme,
                authorization_url=endpoints["authorization"],
                token_url=token_url,
                client_id=client_id,
                client_secret=os.environ.get(f"{info.env}_CLIENT_SECRET") or None,
                scopes=asked,
                open_url=open_url,
            )
    values: dict[str, Any] = {f"{info.arg}_client_id": client_id, f"{info.arg}_token_url": token_url}
    if isinstance(answer.get("refresh_token"), str):
        values[f"{info.arg}_refresh_token"] = answer["refresh_token"]
    else:
        values[f"{info.arg}_token"] = answer["access_token"]
    return values


@app.command("login")
@click.option("--with-stdin", is_flag=True, help="Read the credential from stdin instead of a prompt.")
@click.option(
    "--scheme",
    help="Sign in to this security scheme of the description: OAuth 2.0 with a browser (or --device); "
    "basic, bearer or API key asked with hidden input. Several schemes may be kept in one profile.",
)
@click.option("--client-id", help="The OAuth 2.0 client id (or AIWYN_<SCHEME>_CLIENT_ID).")
@click.option("--device", is_flag=True, help="The device code flow: a URL and a code to enter, on any device.")
@click.option("--no-browser", is_flag=True, help="Print the sign-in URL without opening a browser.")
@click.option("--scopes", help="Scopes to ask for (default: those the description lists).")
@click.pass_obj
def login_command(
    connection: Connection,
    with_stdin: bool,
    scheme: str | None,
    client_id: str | None,
    device: bool,
    no_browser: bool,
    scopes: str | None,
) -> None:
    """Keep an API key (or a token) for this profile, asked for with hidden input; or sign in to
    an OAuth 2.0 scheme (--scheme): the browser and a loopback redirect, or --device."""

    def action() -> None:
        from ..auth import _store

        values: dict[str, Any]
        profile = connection.options.get("profile")
        if scheme is not None:
            info = _spec.SECURITY_SCHEMES.get(scheme)
            if info is not None and info.kind in ("basic", "bearer", "apiKey"):
                values = _scheme_login(info, with_stdin)
            else:
                values = _oauth_login(connection, scheme, client_id, device, not no_browser, scopes)
            for name in _store.SETTINGS:
                if connection.options.get(name):
                    values[name] = connection.options[name]
            place = _store.save({**_existing(profile), **values}, profile)  # other schemes kept
            stderr.print(f"signed in: profile {_store.profile_name(profile)!r}, kept in {place}", highlight=False)
            return
        what = "API key" if _takes_api_key() else "bearer token"
        given = "" if with_stdin else connection.options.get("api_key") or connection.options.get("token")
        secret = given or _read(what, True, with_stdin)
        values = {"api_key" if _takes_api_key() else "token": secret}
        for name in _store.SETTINGS:
            if connection.options.get(name):
                values[name] = connection.options[name]
        place = _store.save({**_existing(profile), **values}, profile)  # other schemes kept
        stderr.print(f"logged in: profile {_store.profile_name(profile)!r}, kept in {place}", highlight=False)

    run(connection, action)


@app.command("logout")
@click.pass_obj
def logout_command(connection: Connection) -> None:
    """Forget this profile's stored credentials."""

    def action() -> None:
        from ..auth import _store

        profile = connection.options.get("profile")
        name = _store.profile_name(profile)
        place = _store.where(profile)
        if _store.delete(profile):
            stderr.print(f"logged out: profile {name!r} removed from {place}", highlight=False)
        else:
            stderr.print(f"profile {name!r} had no stored credentials", highlight=False)

    run(connection, action)


def _exchange_claims(client: httpx.Client, auth: ApiKeyAuth, base_url: str) -> dict[str, Any]:
    """Exchange the key once (through the client's transport: retries, origin guard) and read the
    JWT's claims; the token itself is not returned."""
    from ..auth._tokens import jwt_claims

    flow = auth.sync_auth_flow(httpx.Request("GET", base_url))
    request = next(flow)
    if _spec.TOKEN_EXCHANGE is not None and request.url.path == _spec.TOKEN_EXCHANGE.path:
        flow.send(client.send(request, auth=None))
    token = auth._valid_token()  # noqa: SLF001 - read here only to show its claims
    flow.close()
    return jwt_claims(token) if token else {}


@app.command("whoami")
@click.pass_obj
def whoami_command(connection: Connection) -> None:
    """Which profile and credential the commands use, and what the API's token says about it."""

    def action() -> None:
        from ..auth import ApiKeyAuth, SchemesAuth, _store

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

    run(connection, action)
