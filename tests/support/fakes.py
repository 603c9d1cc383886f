"""Offline doubles: JWTs, a scripted API behind ``httpx.MockTransport``, clocks and sleeps."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import aiwyn_client._json as aiwyn_json
import httpx
from aiwyn_client import Aiwyn, AsyncAiwyn

from tests.support.tokens import make_jwt

BASE = "https://aiwyn.test"
API_KEY = "key-THIS-MUST-NOT-LEAK-4f9a"


def token_response(token: str) -> httpx.Response:
    return httpx.Response(200, json={"data": {"token": token, "expiresIn": 3600}, "error": None, "meta": {}})


def clients_page(*ids: int) -> dict[str, Any]:
    return {"clients": [{"id": i, "name": f"Client {i}"} for i in ids], "total": {"aggregate": {"count": len(ids)}}}


class FakeClock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Sleeps:
    """Records the delays a retry transport asks for, without waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.delays.append(seconds)


class ScriptedAPI:
    """A mock Aiwyn: the token exchange answers with fresh JWTs; other routes run ``handler``."""

    def __init__(
        self,
        handler: Callable[[httpx.Request], httpx.Response],
        *,
        lifetime: float = 3600,
        exchange: Callable[[httpx.Request], httpx.Response] | None = None,
    ) -> None:
        self.handler = handler
        self.exchange = exchange
        self.lifetime = lifetime
        self.exchanges = 0
        self.requests: list[httpx.Request] = []
        self.now = time.time()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == "/v1/auth/token":
            assert json.loads(request.content) == {"jwtApiKey": API_KEY}
            self.exchanges += 1
            if self.exchange is not None:
                return self.exchange(request)
            return token_response(make_jwt(self.now + self.lifetime, n=self.exchanges))
        return self.handler(request)

    def sync_client(self, **kwargs: Any) -> Aiwyn:
        kwargs.setdefault("api_key", API_KEY)
        return Aiwyn(base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(self)), **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncAiwyn:
        kwargs.setdefault("api_key", API_KEY)
        return AsyncAiwyn(base_url=BASE, http_client=httpx.AsyncClient(transport=httpx.MockTransport(self)), **kwargs)


def no_sleep(client: Aiwyn | AsyncAiwyn, sleeps: Sleeps) -> None:
    """Make a client's retry transport record its delays instead of waiting."""
    transport: Any = client._transport
    transport._sleep = sleeps if isinstance(client, Aiwyn) else sleeps.asleep


CLIENT_RECORD: dict[str, Any] = {
    "id": 7,
    "pmsRef": "P-7",
    "clientRef": "C-7",
    "name": "Northwind",
    "clientKey": "0007",
    "active": True,
    "partnerStaffId": 3,
    "createdAt": "2024-01-31T09:00:00+00:00",
}
"""A client as the list operations return it, every declared key set: the decoding tests' usual record."""


def decode_without_msgspec(model: Any, data: bytes) -> Any:
    """``model`` from the document on the dict path alone (json and ``from_dict``, no Structs):
    what the msgspec Struct path must match."""
    decoder, aiwyn_json.decoder = aiwyn_json.decoder, None
    try:
        return model.from_dict(json.loads(data))
    finally:
        aiwyn_json.decoder = decoder
