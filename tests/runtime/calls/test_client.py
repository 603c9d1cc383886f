"""Construction, environments, env-var defaults, copies, context managers, logging and redaction."""

from __future__ import annotations

import asyncio
import logging
import traceback

import aiwyn_client._logging as aiwyn_logging
import httpx
import pytest
from aiwyn_client import Aiwyn, AiwynError, AsyncAiwyn, AuthenticationError, NotFoundError
from aiwyn_client._auth import ApiKeyAuth, BearerTokenAuth
from aiwyn_client._spec import ENVIRONMENTS
from aiwyn_client.api.billing import get_draft_invoice_by_id
from aiwyn_client.api.client import get_clients
from aiwyn_client.models import ClientList, ListRequest

from tests.support.fakes import API_KEY, ScriptedAPI, clients_page

ENV_VARS = ("AIWYN_API_KEY", "AIWYN_TOKEN", "AIWYN_BASE_URL", "AIWYN_ENVIRONMENT", "AIWYN_LOG")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


def test_environments_come_from_the_spec_servers() -> None:
    assert ENVIRONMENTS == {
        "sandbox": "https://demo.api.aiwyn.ai",
        "staging": "https://staging.api.aiwyn.app",
        "docs_mock": "https://api.doc.aiwyn.ai/_mock/bundle",
    }
    assert Aiwyn(token="t", environment="staging").base_url == "https://staging.api.aiwyn.app"
    assert Aiwyn(token="t").base_url == "https://demo.api.aiwyn.ai"
    assert (
        Aiwyn(token="t", environment="docs_mock", base_url="http://127.0.0.1:4010/").base_url == "http://127.0.0.1:4010"
    )


def test_unknown_environment_names_the_choices() -> None:
    with pytest.raises(AiwynError, match="mock, sandbox, staging"):
        Aiwyn(token="t", environment="prod")


def test_missing_credentials_name_the_arguments_and_variables() -> None:
    with pytest.raises(AiwynError) as caught:
        Aiwyn()
    message = str(caught.value)
    for word in ("api_key=", "AIWYN_API_KEY", "token=", "AIWYN_TOKEN"):
        assert word in message


def test_defaults_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIWYN_API_KEY", API_KEY)
    monkeypatch.setenv("AIWYN_ENVIRONMENT", "staging")
    aiwyn = Aiwyn()
    assert isinstance(aiwyn.auth.schemes["BearerAuth"], ApiKeyAuth)  # type: ignore[attr-defined]
    assert aiwyn.base_url == "https://staging.api.aiwyn.app"
    monkeypatch.delenv("AIWYN_API_KEY")
    monkeypatch.setenv("AIWYN_TOKEN", "tok")
    monkeypatch.setenv("AIWYN_BASE_URL", "http://127.0.0.1:9")
    aiwyn = AsyncAiwyn()
    assert isinstance(aiwyn.auth.schemes["BearerAuth"], BearerTokenAuth)  # type: ignore[attr-defined]
    assert aiwyn.base_url == "http://127.0.0.1:9"


def test_with_options_shares_the_pool_and_tokens_and_changes_the_timeout() -> None:
    aiwyn = Aiwyn(api_key=API_KEY, timeout=5)
    quick = aiwyn.with_options(timeout=1.5, max_retries=0)
    assert quick.auth is aiwyn.auth
    assert quick._transport.transport is aiwyn._transport.transport
    assert quick.get_httpx_client().timeout.read == 1.5
    assert aiwyn.get_httpx_client().timeout.read == 5
    assert (quick.max_retries, aiwyn.max_retries) == (0, 2)


def test_every_generated_function_accepts_the_client_sync_and_async() -> None:
    api = ScriptedAPI(lambda request: httpx.Response(200, json=clients_page(3)))
    with api.sync_client() as aiwyn:
        assert isinstance(get_clients.sync(client=aiwyn, body=ListRequest()), ClientList)
        with pytest.raises(TypeError, match="AsyncAiwyn"):
            asyncio.run(get_clients.asyncio(client=aiwyn, body=ListRequest()))

    async def main() -> None:
        async with api.async_client() as aiwyn:
            assert isinstance(await get_clients.asyncio(client=aiwyn, body=ListRequest()), ClientList)
            with pytest.raises(TypeError, match="Aiwyn"):
                get_clients.sync(client=aiwyn, body=ListRequest())

    asyncio.run(main())


def test_the_context_manager_closes_the_pool() -> None:
    aiwyn = Aiwyn(token="t")
    with aiwyn:
        pass
    assert aiwyn.get_httpx_client().is_closed


def test_log_lines_carry_method_path_status_time_and_attempt(caplog: pytest.LogCaptureFixture) -> None:
    api = ScriptedAPI(lambda request: httpx.Response(200, json=clients_page()))
    with caplog.at_level(logging.DEBUG, logger="aiwyn_client"), api.sync_client() as aiwyn:
        get_clients.sync(client=aiwyn, body=ListRequest())
    lines = [r.getMessage() for r in caplog.records]
    assert any(line.startswith("POST /v1/auth/token -> 200 in ") for line in lines)
    assert any(
        line.startswith("POST /gql/v1/clients -> 200 in ") and "(attempt 1, get_clients)" in line for line in lines
    )


def test_aiwyn_log_turns_logging_on_without_code(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIWYN_LOG", "debug")
    monkeypatch.setattr(aiwyn_logging, "_configured", False)
    logger = logging.getLogger("aiwyn_client")
    before = list(logger.handlers)
    try:
        Aiwyn(token="t")
        assert logger.level == logging.DEBUG
        assert len(logger.handlers) == len(before) + 1
    finally:
        logger.handlers[:] = before
        logger.setLevel(logging.NOTSET)


def test_secrets_never_reach_logs_reprs_or_error_messages(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    issued: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        issued.append(request.headers.get("authorization", ""))
        status = 401 if request.url.path.startswith("/gql/v1/client") else 404
        return httpx.Response(status, json={"error": "no"})

    api = ScriptedAPI(handler)
    messages: list[str] = []
    with caplog.at_level(logging.DEBUG), api.sync_client() as aiwyn:
        messages.append(repr(aiwyn))
        messages.append(repr(aiwyn.get_httpx_client().auth))
        for call in (
            lambda: get_clients.sync(client=aiwyn, body=ListRequest()),
            lambda: get_draft_invoice_by_id.sync(1, client=aiwyn),
        ):
            with pytest.raises((AuthenticationError, NotFoundError)) as caught:
                call()
            messages.append(str(caught.value))
            messages.append(repr(caught.value))
            messages.append("".join(traceback.format_exception(caught.value)))
            messages.append(repr(vars(caught.value)))
    jwts = {h.removeprefix("Bearer ") for h in issued if h}
    assert jwts
    captured = capsys.readouterr()
    everything = "\n".join([*messages, caplog.text, captured.out, captured.err])
    for secret in (API_KEY, *jwts):
        assert secret not in everything
    assert "authorization" not in everything.lower()


def test_clients_share_one_default_tls_context() -> None:
    from aiwyn_client._http import shared_tls

    first, second = Aiwyn(token="t", base_url="https://x.test"), Aiwyn(token="t", base_url="https://y.test")
    contexts = {id(c._transport.transport.transport._pool._ssl_context) for c in (first, second)}  # type: ignore[attr-defined]
    assert contexts == {id(shared_tls())}


def test_the_names_the_generator_keeps_resources_off_are_the_clients_own() -> None:
    """``_client_names.CLIENT_NAMES`` (imported by the generator, see ``reserved_names``) is every
    public name of the clients that is not a resource: a method added without it fails here."""
    from aiwyn_client._client_names import CLIENT_NAMES
    from aiwyn_client._spec import RESOURCES

    for cls in (Aiwyn, AsyncAiwyn):
        public = {name for name in dir(cls) if not name.startswith("_")} - set(RESOURCES)
        assert public <= CLIENT_NAMES, f"{cls.__name__}: {sorted(public - CLIENT_NAMES)}"
    both = {name for cls in (Aiwyn, AsyncAiwyn) for name in dir(cls) if not name.startswith("_")}
    assert both >= CLIENT_NAMES
