"""Security schemes and requirements read from descriptions as published (tests/generator/public/)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.spec import OAUTH_SUFFIXES, SpecIndex

PUBLIC = Path(__file__).parent / "public"


def _index(name: str) -> SpecIndex:
    [spec] = [p for p in (PUBLIC / name).iterdir() if p.suffix in (".yaml", ".json") and p.name != "LICENSE"]
    return SpecIndex.from_path(spec)


def test_each_kind_becomes_arguments_named_after_the_scheme() -> None:
    schemes = {s["name"]: s for s in _index("tictactoe").security_schemes()}
    assert schemes["defaultApiKey"] | {} == {
        "name": "defaultApiKey",
        "kind": "apiKey",
        "location": "header",
        "param": "api-key",
        "arg": "default_api_key",
        "env": "AIWYN_DEFAULT_API_KEY",
    }
    assert schemes["basicHttpAuthentication"]["kind"] == "basic"  # "Basic" in the description: any case
    assert schemes["bearerHttpAuthentication"]["kind"] == "bearer"
    user = schemes["user2AppOauth"]
    assert user["kind"] == "oauth2" and user["authorization_url"].startswith("https://")
    assert user["user_token_url"].startswith("https://") and user["user_scopes"]
    app = schemes["app2AppOauth"]
    assert app["token_url"].startswith("https://") and app["scopes"] == ("board:read",)


def test_a_scheme_named_like_a_constructor_argument_is_renamed() -> None:
    schemes = {s["name"]: s["arg"] for s in _index("petstore").security_schemes()}
    assert schemes == {"petstore_auth": "petstore_auth", "api_key": "api_key_scheme"}


def test_alternatives_and_operation_overrides() -> None:
    index = _index("tictactoe")
    assert index.security() is None
    found = {index.operation_security(op) for op in index.operations}
    assert (("defaultApiKey",), ("app2AppOauth",)) in found
    twilio = _index("twilio_messaging")
    assert twilio.security() == (("accountSid_authToken",),)
    assert {twilio.operation_security(op) for op in twilio.operations} == {None}


def test_our_description_keeps_its_exchange_public() -> None:
    index = SpecIndex.from_path(Path("openapi/aiwyn.yaml"))
    assert [s["name"] for s in index.security_schemes()] == ["BearerAuth"]
    exchange = next(op for op in index.operations if op.path == "/v1/auth/token")
    assert index.operation_security(exchange) == ()


def test_scheme_names_that_are_not_identifiers_become_arguments() -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "securitySchemes": {
                "class": {"type": "http", "scheme": "bearer"},
                "2fa-key": {"type": "apiKey", "in": "header", "name": "X-2FA"},
                "token": {"type": "http", "scheme": "bearer"},
                "Token": {"type": "http", "scheme": "bearer"},
                "mtls": {"type": "mutualTLS"},
            }
        },
    }
    args = {s["name"]: (s["arg"], s["env"]) for s in SpecIndex(spec).security_schemes()}
    assert args == {
        "class": ("class_scheme", "AIWYN_CLASS_SCHEME"),
        "2fa-key": ("scheme_2fa_key", "AIWYN_SCHEME_2FA_KEY"),
        "token": ("token_scheme", "AIWYN_TOKEN_SCHEME"),
        "Token": ("token_scheme_2", "AIWYN_TOKEN_SCHEME_2"),
    }


def test_schemes_whose_arguments_would_meet_are_told_apart() -> None:
    """Square declares ``oauth2`` (whose client secret argument is ``oauth2_client_secret``) and an
    API key ``oauth2ClientSecret``: the key's argument takes the ``_scheme`` suffix, in either order."""
    oauth2 = {
        "type": "oauth2",
        "flows": {
            "authorizationCode": {"authorizationUrl": "https://a.test", "tokenUrl": "https://t.test", "scopes": {}}
        },
    }
    key = {"type": "apiKey", "in": "header", "name": "Authorization"}
    for declared in ({"oauth2": oauth2, "oauth2ClientSecret": key}, {"oauth2ClientSecret": key, "oauth2": oauth2}):
        spec = {
            "openapi": "3.0.0",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"securitySchemes": declared},
        }
        args = {s["name"]: s["arg"] for s in SpecIndex(spec).security_schemes()}
        assert len({args["oauth2ClientSecret"], *(args["oauth2"] + suffix for suffix in OAUTH_SUFFIXES)}) == 7, args


def _described(security: Any = None, schemes: Any = None, own: Any = None) -> SpecIndex:
    get: dict[str, Any] = {"operationId": "listThings", "responses": {"200": {"description": "ok"}}}
    if own is not None:
        get["security"] = own
    spec: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"get": get}},
    }
    if schemes is not None:
        spec["components"] = {"securitySchemes": schemes}
    if security is not None:
        spec["security"] = security
    return SpecIndex(spec)


def test_credentials_are_optional_only_where_the_description_asks_for_none() -> None:
    key = {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}
    assert _described().credentials_optional()  # no scheme: nothing to send
    assert _described(schemes={"d": {"type": "http", "scheme": "digest"}}).credentials_optional()  # none we can send
    assert _described([{}, {"key": []}], key).credentials_optional()  # `{}`: anonymous is an alternative
    assert _described([{"key": []}], key, own=[]).credentials_optional()  # the one operation sends none
    assert not _described([{"key": []}], key).credentials_optional()
    assert not _described(schemes=key).credentials_optional()  # declared, required nowhere: a forgotten requirement
