"""Headers and per-call options, raw and streamed responses, the User-Agent: offline, mock transports."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import platform
from typing import Any

import httpx
import pytest
from aiwyn_client import (
    NOT_GIVEN,
    Aiwyn,
    AiwynError,
    APIResponse,
    ConfigurationError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    __version__,
    _client,
    _options,
)
from aiwyn_client._client_options import DEFAULT_MAX_RETRIES, ClientOptions
from aiwyn_client._options import CallOptions, options, with_options
from aiwyn_client.models import ClientDetail, ClientList

from tests.support.fakes import API_KEY, BASE, ScriptedAPI, Sleeps, clients_page, no_sleep


def _client_detail(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/404"):
        return httpx.Response(404, json={"error": "missing"}, headers={"x-request-id": "r-404"})
    if request.url.path.startswith("/gql/v1/client/"):
        return httpx.Response(200, json={"id": 7, "name": "Acme"}, headers={"x-request-id": "r-1"})
    body = json.dumps(clients_page(1, 2)).encode()  # streamed in pieces, as a network body is
    return httpx.Response(200, content=iter([body[:10], body[10:]]), headers={"content-type": "application/json"})


def test_default_headers_and_query_go_on_every_request_and_copies_add_to_them() -> None:
    api = ScriptedAPI(_client_detail)
    with api.sync_client(default_headers={"X-Firm": "f1"}, default_query={"tenant": "t1"}) as aiwyn:
        aiwyn.clients.get(7)
        sent = api.requests[-1]
        assert (sent.headers["x-firm"], sent.url.params["tenant"]) == ("f1", "t1")
        exchange = next(r for r in api.requests if r.url.path == "/v1/auth/token")
        assert "tenant" not in exchange.url.params  # the token endpoint is not the API's to configure
        copy = aiwyn.with_options(default_headers={"X-Trace": "abc"}, default_query={"tenant": "t2"})
        copy.clients.get(7)
        sent = api.requests[-1]
        assert (sent.headers["x-firm"], sent.headers["x-trace"], sent.url.params["tenant"]) == ("f1", "abc", "t2")
        aiwyn.with_headers({"X-Other": "1"}).with_cookies({"session": "s"}).with_timeout(3).clients.get(7)
        sent = api.requests[-1]
        assert sent.headers["x-other"] == "1" and "session=s" in sent.headers["cookie"]
        assert sent.extensions["timeout"]["read"] == 3
        assert dict(aiwyn.default_headers)["X-Firm"] == "f1" and "X-Trace" not in aiwyn.default_headers


def test_a_copys_header_replaces_the_clients_spelt_otherwise() -> None:
    """HTTP reads header names without regard to case: a copy's ``x-firm`` replaces the client's
    ``X-Firm`` (both were kept, and the first won), in ``default_headers`` and on the wire, and so
    does a call's ``extra_headers``."""
    api = ScriptedAPI(_client_detail)
    with api.sync_client(default_headers={"X-Firm": "f1"}) as aiwyn:
        copy = aiwyn.with_options(default_headers={"x-firm": "f2"})
        assert dict(copy.default_headers).get("x-firm") == "f2" and "X-Firm" not in copy.default_headers
        copy.clients.get(7)
        assert api.requests[-1].headers.get_list("x-firm") == ["f2"]
        aiwyn.clients.get(7, extra_headers={"x-FIRM": "f3"})
        assert api.requests[-1].headers.get_list("x-firm") == ["f3"]


def test_the_headers_and_params_of_the_users_own_client_are_kept() -> None:
    api = ScriptedAPI(_client_detail)
    own = httpx.Client(transport=httpx.MockTransport(api), headers={"X-Proxy-Auth": "p"}, params={"region": "eu"})
    with Aiwyn(api_key=API_KEY, base_url=BASE, http_client=own) as aiwyn:
        aiwyn.clients.get(7)
    sent = api.requests[-1]
    assert sent.headers["x-proxy-auth"] == "p" and sent.url.params["region"] == "eu"


def test_every_request_says_who_sends_it_the_token_exchange_too() -> None:
    api = ScriptedAPI(_client_detail)
    with api.sync_client() as aiwyn:
        aiwyn.clients.get(7)
    expected = f"aiwyn-client/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
    assert [r.headers["user-agent"] for r in api.requests] == [expected, expected]
    assert __version__.count(".") == 2


def test_per_call_options_apply_to_that_call_only() -> None:
    api = ScriptedAPI(_client_detail)
    with api.sync_client() as aiwyn:
        aiwyn.clients.list(
            page_size=5,
            extra_headers={"X-Trace": "t"},
            extra_query={"debug": "1"},
            extra_body={"includeArchived": True},
            timeout=2.5,
        )
        sent = api.requests[-1]
        assert sent.headers["x-trace"] == "t" and sent.url.params["debug"] == "1"
        assert json.loads(sent.content) == {"pageSize": 5, "includeArchived": True}  # page: not given, not sent
        assert sent.extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
        aiwyn.clients.list()
        assert "x-trace" not in api.requests[-1].headers and "debug" not in api.requests[-1].url.params
        with pytest.raises(InvalidArgumentError, match="extra_headers must be a mapping"):
            aiwyn.clients.get(7, extra_headers=["X-Trace"])  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentError, match="max_retries"):
            aiwyn.clients.get(7, max_retries=-1)


def test_a_per_call_retry_budget_replaces_the_clients() -> None:
    calls: list[int] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503, json={"error": "busy"})

    api = ScriptedAPI(flaky)
    with api.sync_client(token="t", api_key=None, max_retries=3) as aiwyn:
        no_sleep(aiwyn, Sleeps())
        with pytest.raises(InternalServerError):
            aiwyn.clients.get(7, max_retries=0)
        assert len(calls) == 1
        with pytest.raises(InternalServerError):
            aiwyn.clients.get(7)
        assert len(calls) == 1 + 4


def test_the_raw_response_has_status_headers_request_id_and_parses_to_the_model() -> None:
    api = ScriptedAPI(_client_detail)
    with api.sync_client() as aiwyn:
        raw = aiwyn.with_raw_response.clients.get(7)
        assert isinstance(raw, APIResponse) and raw.status_code == 200 and raw.request_id == "r-1"
        assert raw.headers["content-type"] == "application/json" and raw.elapsed.total_seconds() >= 0
        assert isinstance(raw.http_response, httpx.Response) and raw.json()["name"] == "Acme"
        detail = raw.parse()
        assert isinstance(detail, ClientDetail) and detail.name == "Acme"
        assert "200" in repr(raw) and "/gql/v1/client/7" in repr(raw)
        with pytest.raises(NotFoundError) as caught:
            aiwyn.with_raw_response.clients.get(404)
        assert caught.value.request_id == "r-404"


def test_a_streamed_response_is_read_when_asked_and_still_raises_typed_errors() -> None:
    api = ScriptedAPI(_client_detail)
    with api.sync_client() as aiwyn:
        with aiwyn.with_streaming_response.clients.list(page_size=2) as response:
            assert response.status_code == 200 and not response.http_response.is_stream_consumed
            chunks = b"".join(response.iter_bytes())
        assert json.loads(chunks)["total"]["aggregate"]["count"] == 2
        with aiwyn.with_streaming_response.clients.list() as response:
            page = response.parse()
        assert isinstance(page, ClientList) and [c.id for c in page.clients] == [1, 2]
        with pytest.raises(NotFoundError), aiwyn.with_streaming_response.clients.get(404):
            pass


def test_async_raw_and_streamed_responses() -> None:
    def pre_read(request: httpx.Request) -> httpx.Response:  # an async mock cannot stream a sync iterator
        response = _client_detail(request)
        return httpx.Response(response.status_code, content=response.read(), headers=response.headers)

    api = ScriptedAPI(pre_read)

    async def main() -> tuple[Any, ...]:
        async with api.async_client(default_headers={"X-Firm": "f"}) as aiwyn:
            raw = await aiwyn.with_raw_response.clients.get(7, extra_headers={"X-Trace": "a"})
            async with aiwyn.with_streaming_response.clients.list() as response:
                lines = [line async for line in response.iter_lines()]
                parsed = await response.parse()
            return raw, lines, parsed

    raw, lines, parsed = asyncio.run(main())
    assert raw.parse().name == "Acme" and raw.request_id == "r-1"
    assert api.requests[1].headers["x-firm"] == "f" and api.requests[1].headers["x-trace"] == "a"
    assert json.loads("".join(lines))["clients"][0]["id"] == 1 and isinstance(parsed, ClientList)


def test_retried_failures_are_quiet_unless_logging_is_asked_for(capfd: pytest.CaptureFixture[str]) -> None:
    attempts: list[int] = []

    def once_busy(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) == 1:
            raise httpx.ConnectError("refused")
        return _client_detail(request)

    root = logging.getLogger()
    handlers, root.handlers = root.handlers, []  # no logging configured, as in a plain script
    try:
        api = ScriptedAPI(once_busy)
        with api.sync_client(token="t", api_key=None) as aiwyn:
            no_sleep(aiwyn, Sleeps())
            aiwyn.clients.get(7)
    finally:
        root.handlers = handlers
    assert len(attempts) == 2
    assert capfd.readouterr().err == ""


def test_a_per_call_retry_budget_reaches_the_token_exchange() -> None:
    """``max_retries=0`` is the whole call's budget: the token fetched for it is not retried either."""
    exchanges: list[int] = []

    def busy_exchange(request: httpx.Request) -> httpx.Response:
        exchanges.append(1)
        return httpx.Response(503, json={"error": "busy"})

    api = ScriptedAPI(_client_detail, exchange=busy_exchange)
    with api.sync_client(max_retries=3) as aiwyn:
        no_sleep(aiwyn, Sleeps())
        with pytest.raises(InternalServerError):
            aiwyn.clients.get(7, max_retries=0)
        assert len(exchanges) == 1
        with pytest.raises(InternalServerError):
            aiwyn.clients.get(7)
        assert len(exchanges) == 1 + 4


def test_not_given_is_a_falsy_singleton_and_the_only_sentinel() -> None:
    assert not NOT_GIVEN and repr(NOT_GIVEN) == "NOT_GIVEN" and type(NOT_GIVEN)() is NOT_GIVEN
    assert not hasattr(_client, "_NOT_GIVEN")
    assert _options.NOT_GIVEN is NOT_GIVEN


def test_the_client_options_are_one_immutable_object_of_checked_values() -> None:
    with Aiwyn(api_key=API_KEY, base_url=BASE, timeout=5, default_headers={"X-Firm": "f1"}) as aiwyn:
        options = aiwyn._options
        assert options.timeout == httpx.Timeout(5) and options.max_retries == DEFAULT_MAX_RETRIES
        assert options.headers["X-Firm"] == "f1" and options.base_url == BASE
        with pytest.raises(dataclasses.FrozenInstanceError):
            options.max_retries = 5  # type: ignore[misc]
        with pytest.raises(TypeError):
            options.headers["X-Firm"] = "f2"  # type: ignore[index]
        assert aiwyn.get_httpx_client().timeout == httpx.Timeout(5)  # built from the options, held there only
    assert ClientOptions(BASE, httpx.Auth()).timeout == httpx.Timeout(60.0, connect=10.0)


def test_copies_replace_timeout_and_retries_and_add_headers_checking_only_what_they_are_given() -> None:
    base = ClientOptions(BASE, httpx.Auth(), headers={"A": "1"}, query={"q": "1"})
    copy = base.replaced(timeout=3, max_retries=0, headers={"B": "2"})
    assert (copy.timeout, copy.max_retries) == (httpx.Timeout(3), 0)
    assert dict(copy.headers) == {"A": "1", "B": "2"} and dict(copy.query) == {"q": "1"}
    assert base.replaced() == base
    with pytest.raises(ConfigurationError, match="max_retries must be an integer 0 or more"):
        base.replaced(max_retries=-1)
    with pytest.raises(ConfigurationError, match="default_headers must be a mapping"):
        base.replaced(headers=["A"])  # type: ignore[arg-type]
    assert issubclass(ConfigurationError, AiwynError)


def test_one_calls_options_merge_onto_the_clients_by_the_same_rule() -> None:
    base = ClientOptions(BASE, httpx.Auth(), timeout=httpx.Timeout(60.0, connect=10.0), max_retries=2)
    call = CallOptions.checked(extra_headers={"X-Trace": "t"}, timeout=None, max_retries=0)
    merged = base.merged(call)
    assert merged.timeout == httpx.Timeout(None) and merged.max_retries == 0
    assert dict(merged.headers) == {"X-Trace": "t"} and merged.auth is base.auth
    assert base.merged(CallOptions.checked()) == base
    for bad, message in (
        ({"timeout": "30"}, "timeout must be a number"),
        ({"max_retries": 1.5}, "max_retries must be an integer"),
        ({"extra_query": "a=1"}, "extra_query must be a mapping"),
    ):
        with pytest.raises(InvalidArgumentError, match=message):
            CallOptions.checked(**bad)
    assert issubclass(InvalidArgumentError, AiwynError)


def test_a_calls_options_are_checked_once_however_often_its_request_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    checks: list[object] = []

    def counted(value: object) -> str | None:
        checks.append(value)
        return None

    monkeypatch.setattr(_options, "timeout_problem", counted)
    api = ScriptedAPI(lambda request: httpx.Response(503, json={"error": "busy"}))
    with api.sync_client(max_retries=2) as aiwyn:
        no_sleep(aiwyn, Sleeps())
        with pytest.raises(InternalServerError):
            aiwyn.clients.get(7, timeout=3)
    assert checks == [3] and len([r for r in api.requests if "/client/" in r.url.path]) == 3


def test_a_calls_options_leave_the_endpoints_request_arguments_as_built() -> None:
    built = {"method": "get", "url": "/x", "extensions": {"aiwyn_operation": "op"}}
    tagged = with_options(built, CallOptions.checked(timeout=3))
    assert built == {"method": "get", "url": "/x", "extensions": {"aiwyn_operation": "op"}}
    assert tagged["extensions"]["aiwyn_call_options"].timeout == 3
    assert with_options(built, options({})) is built  # a call without options costs nothing


def test_each_request_carries_its_operations_facts_and_retry_budget() -> None:
    api = ScriptedAPI(_client_detail)
    with api.sync_client(max_retries=4) as aiwyn:
        aiwyn.clients.get(7)
        aiwyn.with_options(max_retries=1).clients.get(7)
    first, copy = (r for r in api.requests if r.url.path.startswith("/gql/v1/client/"))
    info = first.extensions["aiwyn_operation_info"]
    assert (info.method, info.idempotent) == ("GET", True)
    assert (first.extensions["aiwyn_max_retries"], copy.extensions["aiwyn_max_retries"]) == (4, 1)


def test_the_request_id_of_a_successful_call_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    api = ScriptedAPI(_client_detail)
    with caplog.at_level(logging.DEBUG, logger="aiwyn_client"), api.sync_client(token="t", api_key=None) as aiwyn:
        aiwyn.clients.get(7)
    assert any("GET /gql/v1/client/7 -> 200 [r-1]" in r.getMessage() for r in caplog.records), caplog.text
