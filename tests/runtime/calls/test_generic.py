"""``aiwyn.request`` and ``aiwyn.paginate`` on endpoints as if the description lacked them, against
the stateful fake: the typed iterators' guarantees (exactly once, resume tokens) over raw dicts."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiwyn_client import InternalServerError, InvalidArgumentError, NotFoundError, PaginationError
from aiwyn_client.models import Client
from aiwyn_client.pagination import ResumeToken
from aiwyn_client.where import ClientFields as C

from tests.support.fake_server import FakeAiwyn
from tests.support.stateful import async_client, clients, inserting, once_each, sync_client


def _ids(fake: FakeAiwyn, mode: str, path: str, resume: ResumeToken | None = None, **options: Any) -> list[int]:
    if mode == "sync":
        with sync_client(fake) as aiwyn:
            return [r["id"] for r in aiwyn.paginate(path, resume=resume, **options)]

    async def main() -> list[int]:
        async with async_client(fake) as aiwyn:
            pager = aiwyn.paginate(path, resume=resume, concurrency=int(mode.split("-")[1]), **options)
            return [r["id"] async for r in pager]

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async-1", "async-8"])
def test_paginate_pages_a_list_by_number_exactly_once_while_others_insert(fake: FakeAiwyn, mode: str) -> None:
    originals = clients(700, start=10_000)
    fake.add("clients", originals)
    fake.on_request = inserting(1, lambda n: {"id": n, "name": f"New {n}", "active": True})
    got = _ids(fake, mode, "/gql/v1/clients", page_size=100)
    assert len(got) == len(set(got)) and {c["id"] for c in originals} <= set(got)
    assert all("page" in b for b in fake.bodies("/gql/v1/clients"))


@pytest.mark.parametrize("mode", ["sync", "async-1"])
def test_paginate_pages_a_search_by_keyset_with_a_filter_and_order(fake: FakeAiwyn, mode: str) -> None:
    fake.add("clients", clients(300) + clients(50, start=1000, active=False))
    got = _ids(fake, mode, "/gql/v1/clients/search", where=C.active.eq(True), order_by=[C.name.desc()], page_size=40)
    once_each(got, list(range(1, 301)))
    assert got == sorted(got, reverse=True)
    assert all("page" not in b for b in fake.bodies("/gql/v1/clients/search"))


def test_paginate_raises_a_resumable_error_when_a_page_stays_short(fake: FakeAiwyn) -> None:
    fake.add("clients", clients(230))
    fake.fault("/gql/v1/clients", "short", keep=0, times=2, page=2)
    seen: list[int] = []
    with sync_client(fake) as aiwyn, pytest.raises(PaginationError) as caught:
        for record in aiwyn.paginate("/gql/v1/clients", page_size=50):
            seen.append(record["id"])
    assert caught.value.delivered == len(seen) == 100 and caught.value.total == 230
    rest = _ids(fake, "sync", "/gql/v1/clients", resume=caught.value.resume_token, page_size=50)
    once_each(seen + rest, list(range(1, 231)))


def test_request_and_its_shortcuts_decode_raise_and_retry_by_method(fake: FakeAiwyn) -> None:
    fake.add("clients", clients(3))
    with sync_client(fake) as aiwyn:
        assert aiwyn.get("/gql/v1/client/2")["name"] == "Client 00002"
        typed = aiwyn.request("GET", "/gql/v1/client/3", cast_to=Client)
        assert isinstance(typed, Client) and typed.id == 3
        assert aiwyn.post("/gql/v1/clients", json={"pageSize": 2})["total"]["aggregate"]["count"] == 3
        with pytest.raises(NotFoundError):
            aiwyn.get("/gql/v1/client/99")
        fake.fault("/gql/v1/client/1", "status", status=503, times=1)
        assert aiwyn.get("/gql/v1/client/1")["id"] == 1  # a GET is retried
        fake.fault("/gql/v1/clients", "status", status=503, times=1)
        with pytest.raises(InternalServerError):
            aiwyn.post("/gql/v1/clients", json={"pageSize": 2})  # a POST is not, unless told
        fake.fault("/gql/v1/clients", "status", status=503, times=1)
        assert aiwyn.post("/gql/v1/clients", json={"pageSize": 2}, idempotent=True)["clients"]
        with pytest.raises(InvalidArgumentError, match="sends credentials to"):
            aiwyn.get("https://elsewhere.test/steal")  # never another origin, credentials or not
    assert not any(r.path == "/steal" for r in fake.requests)


def test_async_request(fake: FakeAiwyn) -> None:
    fake.add("clients", clients(2))

    async def main() -> Any:
        async with async_client(fake) as aiwyn:
            return await aiwyn.get("/gql/v1/client/2", headers={"X-Trace": "t"})

    assert asyncio.run(main())["id"] == 2
    assert fake.requests[-1].headers.get("x-trace") == "t"


@pytest.mark.parametrize(
    ("page", "total"),
    [
        ({"content": [], "totalElements": 41}, 41),  # Spring Data's flat page
        ({"results": [], "total_entries": 41}, 41),
        ({"items": [], "total": {"aggregate": {"count": 41}}}, 41),
        ({"items": [], "meta": {"total": 41}}, None),  # only the description says where a deeper total is
    ],
)
def test_paginate_reads_a_total_named_in_the_shared_list_at_the_top_of_a_page(
    page: dict[str, Any], total: int | None
) -> None:
    from aiwyn_client._generic import total_of

    assert total_of(page) == total
