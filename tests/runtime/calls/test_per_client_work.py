"""What a client works out once rather than on every call (request URLs joined to the base URL,
a cookie jar that reads only responses setting cookies) still gives every call what httpx would."""

from __future__ import annotations

import asyncio
import json

import aiwyn_client._http as aiwyn_http
import httpx
import pytest
from aiwyn_client import Aiwyn, AsyncAiwyn

from tests.support.fakes import clients_page

BASE = "http://127.0.0.1:9/prefix"


class Recorder:
    """A mock API that keeps what it was sent and answers a client, or a page with a cookie set."""

    def __init__(self, set_cookie: str | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.set_cookie = set_cookie

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        headers = {"content-type": "application/json"}
        if self.set_cookie is not None:
            headers["set-cookie"] = self.set_cookie
        if request.method == "POST":
            return httpx.Response(200, content=json.dumps(clients_page(1)).encode(), headers=headers)
        client_id = int(request.url.path.rsplit("/", 1)[1])
        return httpx.Response(200, json={"id": client_id, "name": f"Client {client_id}"})

    def sent_urls(self) -> list[str]:
        return [str(r.url) for r in self.requests]


def test_each_call_goes_to_the_base_url_and_path_whatever_was_called_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aiwyn_http, "URL_CACHE_SIZE", 2)  # a few calls go past the bound
    api = Recorder()
    with Aiwyn(token="t", base_url=BASE, transport=httpx.MockTransport(api)) as aiwyn:
        for client_id in (1, 2, 1, 3, 4, 1):
            aiwyn.clients.get(client_id)
        aiwyn.clients.list(page_size=5)
        aiwyn.clients.list(page_size=5)
    assert api.sent_urls() == [
        *(f"{BASE}/gql/v1/client/{client_id}" for client_id in (1, 2, 1, 3, 4, 1)),
        f"{BASE}/gql/v1/clients",
        f"{BASE}/gql/v1/clients",
    ]


def test_a_base_url_set_on_the_httpx_client_later_is_used() -> None:
    api = Recorder()
    with Aiwyn(token="t", base_url=BASE, transport=httpx.MockTransport(api)) as aiwyn:
        aiwyn.clients.get(1)
        aiwyn.get_httpx_client().base_url = httpx.URL("http://127.0.0.1:9/other")
        aiwyn.clients.get(1)
    assert api.sent_urls() == [f"{BASE}/gql/v1/client/1", "http://127.0.0.1:9/other/gql/v1/client/1"]


def test_a_cookie_the_server_sets_is_sent_back_and_other_answers_leave_the_jar_alone() -> None:
    api = Recorder(set_cookie="session=abc; Path=/")
    with Aiwyn(token="t", base_url=BASE, transport=httpx.MockTransport(api)) as aiwyn:
        aiwyn.clients.list(page_size=5)
        api.set_cookie = None
        aiwyn.clients.list(page_size=5)
        aiwyn.clients.list(page_size=5)
        assert dict(aiwyn.get_httpx_client().cookies) == {"session": "abc"}
    assert [r.headers.get("cookie") for r in api.requests] == [None, "session=abc", "session=abc"]


def test_the_async_client_keeps_cookies_and_urls_the_same_way() -> None:
    api = Recorder(set_cookie="session=abc; Path=/")

    async def calls() -> None:
        async with AsyncAiwyn(token="t", base_url=BASE, transport=httpx.MockTransport(api)) as aiwyn:
            await aiwyn.clients.list(page_size=5)
            api.set_cookie = None
            await aiwyn.clients.get(2)
            await aiwyn.clients.get(2)

    asyncio.run(calls())
    assert api.sent_urls() == [f"{BASE}/gql/v1/clients", f"{BASE}/gql/v1/client/2", f"{BASE}/gql/v1/client/2"]
    assert [r.headers.get("cookie") for r in api.requests] == [None, "session=abc", "session=abc"]


def test_cookies_given_to_the_client_are_in_its_jar() -> None:
    api = Recorder()
    with Aiwyn(token="t", base_url=BASE, transport=httpx.MockTransport(api)).with_cookies({"firm": "f1"}) as aiwyn:
        aiwyn.get_httpx_client().cookies = {"firm": "f2"}
        aiwyn.clients.get(1)
    assert api.requests[0].headers["cookie"] == "firm=f2"
