"""A variant of our description declaring every kind of security scheme, built into a package
whose calls authenticate against the tests' own servers (tests/support/fake_server.py as the API,
tests/support/oauth_server.py as the authorization server), from arguments and environment variables
named after the schemes; and a public description using HTTP basic, against Prism.

Builds take a while, so these carry the ``variants`` mark (``make test-variants``).
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
import yaml

from generator import build
from generator.mock import PrismServer
from generator.settings import Settings
from generator.spec import load_spec
from tests.support.descriptions import settings_for
from tests.support.fake_server import API_KEY, FakeAiwyn, Seen
from tests.support.oauth_server import CLIENT_ID, CLIENT_SECRET, OAuthServer

pytestmark = pytest.mark.variants

PUBLIC = Path(__file__).parent / "public"

# Which scheme each operation asks for (None: the description's default requirement).
REQUIREMENTS: dict[tuple[str, str], list[dict[str, list[str]]]] = {
    ("post", "/gql/v1/clients"): [{"Oauth": ["clients:read"]}],
    ("post", "/gql/v1/clients/search"): [{"Oidc": []}],
    ("get", "/gql/v1/client/{id}"): [{"SessionCookie": []}],
    ("post", "/gql/v1/contacts"): [{"BasicAuth": []}],
    ("post", "/gql/v1/staff"): [],
    ("post", "/gql/v1/invoices"): [{"BearerAuth": []}],
}


def _variant(oauth: OAuthServer) -> dict[str, Any]:
    spec = load_spec(Path("openapi/aiwyn.yaml"))
    spec["components"]["securitySchemes"].update(
        {
            "BasicAuth": {"type": "http", "scheme": "Basic"},
            "PartnerKey": {"type": "apiKey", "in": "header", "name": "X-Partner-Key"},
            "TenantKey": {"type": "apiKey", "in": "query", "name": "tenant"},
            "SessionCookie": {"type": "apiKey", "in": "cookie", "name": "sid"},
            "Oauth": {
                "type": "oauth2",
                "flows": {
                    "clientCredentials": {
                        "tokenUrl": oauth.token_url,
                        "scopes": {"clients:read": "read clients", "clients:write": "write clients"},
                    },
                    "authorizationCode": {
                        "authorizationUrl": oauth.url + "/oauth/authorize",
                        "tokenUrl": oauth.token_url,
                        "scopes": {"clients:read": "read clients"},
                    },
                },
            },
            "Oidc": {"type": "openIdConnect", "openIdConnectUrl": oauth.url + "/.well-known/openid-configuration"},
        }
    )
    spec["security"] = [{"PartnerKey": [], "TenantKey": []}, {"BasicAuth": []}]
    for (method, path), requirement in REQUIREMENTS.items():
        spec["paths"][path][method]["security"] = requirement
    return spec


def _authorised(oauth: OAuthServer, fake: FakeAiwyn) -> Any:
    basic = "Basic " + base64.b64encode(b"me:pw-THIS-MUST-NOT-LEAK").decode()

    def check(seen: Seen) -> bool:
        auth = seen.headers.get("authorization", "")
        query = parse_qs(seen.query)
        keys = seen.headers.get("x-partner-key") == "pk-env" and query.get("tenant") == ["tk-env"]
        by_path = {
            ("POST", "/gql/v1/clients"): oauth.valid(auth),
            ("POST", "/gql/v1/clients/search"): oauth.valid(auth),
            ("POST", "/gql/v1/contacts"): auth == basic,
            ("POST", "/gql/v1/staff"): not auth and "x-partner-key" not in seen.headers,
            ("POST", "/gql/v1/invoices"): auth.removeprefix("Bearer ") in fake.tokens,
        }
        if seen.path.startswith("/gql/v1/client/"):
            return seen.headers.get("cookie") == "sid=s-1"
        return by_path.get((seen.method, seen.path), keys)

    return check


CALLS = """
import os
from aiwyn_client import Aiwyn, AuthenticationError
from aiwyn_client import _spec
assert set(_spec.SECURITY_SCHEMES) >= {{"BasicAuth", "PartnerKey", "TenantKey", "SessionCookie", "Oauth", "Oidc"}}
assert _spec.SECURITY_SCHEMES["Oauth"].authorization_url.endswith("/oauth/authorize")
# Two keys together from the environment (the description's default requirement)
with Aiwyn(
    base_url={base_url!r},
    api_key={api_key!r},                       # our own exchange, for BearerAuth
    basic_auth_username="me", basic_auth_password="pw-THIS-MUST-NOT-LEAK",
    session_cookie="s-1",
    oauth_client_id={client_id!r}, oauth_client_secret={client_secret!r},
    oidc_client_id={client_id!r}, oidc_client_secret={client_secret!r},
) as aiwyn:
    assert len(aiwyn.clients.list().clients) == 2           # OAuth 2.0 client credentials
    assert aiwyn.clients.search().clients is not None        # OpenID Connect, via discovery
    assert aiwyn.clients.get(1).id == 1                      # a cookie
    aiwyn.contacts.list()                                    # HTTP basic
    aiwyn.staff.list()                                       # security: []
    aiwyn.invoices.list()                                    # BearerAuth, from the key exchange
    aiwyn.payments.list()                                    # two API keys at once (environment)
    assert "pw-THIS-MUST-NOT-LEAK" not in repr(aiwyn) and {client_secret!r} not in repr(aiwyn)
with Aiwyn(base_url={base_url!r}, basic_auth_username="me", basic_auth_password="wrong") as aiwyn:
    try:
        aiwyn.contacts.list()
        raise AssertionError("no error")
    except AuthenticationError as exc:
        assert exc.status_code == 401
print("ok")
"""


def test_a_variant_declaring_every_scheme_builds_and_authenticates(settings: Settings, tmp_path: Path) -> None:
    with OAuthServer() as oauth, FakeAiwyn() as fake:
        spec_path = tmp_path / "schemes.yaml"
        spec_path.write_text(yaml.safe_dump(_variant(oauth), sort_keys=False))
        out = tmp_path / "generated"
        build.build_into(Settings({**settings.raw, "spec": str(spec_path)}, root=settings.root), out)
        fake.authorize = _authorised(oauth, fake)
        fake.add("clients", [{"id": 1, "name": "A"}, {"id": 2, "name": "B"}])
        script = textwrap.dedent(CALLS).format(
            base_url=fake.url, api_key=API_KEY, client_id=CLIENT_ID, client_secret=CLIENT_SECRET
        )
        env = {**os.environ, "PYTHONPATH": str(out), "AIWYN_PARTNER_KEY": "pk-env", "AIWYN_TENANT_KEY": "tk-env"}
        result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False)
        assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-4000:]
        scopes = [g.get("scope") for g in oauth.grants]
        assert scopes == ["clients:read clients:write", None]  # the Oauth scheme's scopes; Oidc names none
        assert fake.exchanges == 1


TWILIO = """
from aiwyn_client import Aiwyn
from aiwyn_client import _spec
assert _spec.SECURITY_SCHEMES["accountSid_authToken"].kind == "basic"
with Aiwyn(base_url={base_url!r}, account_sid_auth_token_username="AC123",
           account_sid_auth_token_password="pw") as twilio:
    response = twilio.get_httpx_client().get("/v1/Services")
    assert response.request.headers["authorization"].startswith("Basic "), response.request.headers
    assert response.status_code == 200, (response.status_code, response.text[:300])
with Aiwyn(base_url={base_url!r}, token="t") as twilio:     # not what it takes: Prism says 401
    assert twilio.get_httpx_client().get("/v1/Services").status_code == 401
print("ok")
"""


TWO_KEYS = """
from aiwyn_client import Aiwyn, AuthenticationError
with Aiwyn(base_url={base_url!r}, partner_key="pk", tenant_key="tk") as aiwyn:
    aiwyn.payments.list()                                   # both keys at once: Prism lets it through
with Aiwyn(base_url={base_url!r}, partner_key="pk") as aiwyn:
    try:
        aiwyn.payments.list()                               # one of the two: Prism refuses
        raise AssertionError("no error")
    except AuthenticationError as exc:
        assert exc.status_code == 401
print("ok")
"""


def test_a_requirement_of_two_api_keys_sends_both_to_prism(settings: Settings, tmp_path: Path) -> None:
    with OAuthServer() as oauth:
        spec_path = tmp_path / "schemes.yaml"
        spec_path.write_text(yaml.safe_dump(_variant(oauth), sort_keys=False))
    out = tmp_path / "generated"
    build.build_into(Settings({**settings.raw, "spec": str(spec_path)}, root=settings.root), out)
    with PrismServer(spec_path) as prism:
        script = textwrap.dedent(TWO_KEYS).format(base_url=prism.base_url)
        env = {**os.environ, "PYTHONPATH": str(out)}
        result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False)
        assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-4000:] + prism.log()[-3000:]


def test_a_public_description_using_http_basic_authenticates_against_prism(settings: Settings, tmp_path: Path) -> None:
    spec = PUBLIC / "twilio_messaging" / "twilio_messaging_v1.yaml"
    out = tmp_path / "generated"
    # Not verified: its models' redundant casts fail mypy --strict, the model templates' business
    # (tests/generator/test_public_corpus.py); the auth runtime is what is used here.
    build.build_into(settings_for(spec), out, verify=False)
    with PrismServer(spec) as prism:
        script = textwrap.dedent(TWILIO).format(base_url=prism.base_url)
        env = {**os.environ, "PYTHONPATH": str(out)}
        result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False)
        assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-4000:] + prism.log()[-3000:]
