"""Resource namespaces: every operation reachable, typed calls, iterators through the real client."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
from typing import Any

import httpx
import pytest
from aiwyn_client import Aiwyn, AsyncAiwyn, InvalidArgumentError
from aiwyn_client.models import Client, ClientDetail, DraftInvoiceHistory
from aiwyn_client.where import ClientFields as C
from aiwyn_client.where import DraftInvoiceHistoryFields as H

from generator.method_names import method_name
from generator.settings import Settings
from generator.spec import SpecIndex
from tests.support.fakes import ScriptedAPI

SETTINGS = Settings.load()
INDEX = SpecIndex.from_settings(SETTINGS)


def _name(op_id: str) -> tuple[str, str]:
    return method_name(SETTINGS, next(o for o in INDEX.operations if o.operation_id == op_id))


@pytest.mark.parametrize("operation_id", [op.operation_id for op in INDEX.operations])
def test_every_operation_has_its_resource_method_sync_and_async(operation_id: str) -> None:
    resource, method = _name(operation_id)
    for client_class in (Aiwyn, AsyncAiwyn):
        namespace = getattr(client_class, resource).name  # the class the resource attribute makes
        resource_class = getattr(importlib.import_module(f"aiwyn_client.resources.{resource}"), namespace)
        bound = getattr(resource_class, method)
        assert callable(bound)
        assert f"operationId ``{operation_id}``" in (bound.__doc__ or "")
        assert inspect.iscoroutinefunction(bound) == (client_class is AsyncAiwyn)


def test_the_issue_s_examples_exist() -> None:
    aiwyn = Aiwyn(token="t", base_url="http://127.0.0.1:9")
    for path in (
        "clients.list",
        "clients.iter",
        "clients.search",
        "clients.iter_search",
        "clients.get",
        "draft_invoices.get",
        "draft_invoice_histories.search",
        "records.upsert",
        "records.upsert_all",
        "records.update_all",
        "event_subscriptions.create",
        "event_subscriptions.get_secret",
    ):
        resource, method = path.split(".")
        assert callable(getattr(getattr(aiwyn, resource), method)), path


def _pages(records: list[dict[str, Any]], total: bool = True) -> ScriptedAPI:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        size, page = body["pageSize"], body.get("page", 0)
        chunk = records[page * size : (page + 1) * size]
        payload: dict[str, Any] = {"clients": chunk}
        if total:
            payload["total"] = {"aggregate": {"count": len(records)}}
        return httpx.Response(200, json=payload)

    return ScriptedAPI(handler)


CLIENTS = [{"id": i, "name": f"Client {i}"} for i in range(1, 24)]


def test_clients_get_and_list_return_the_success_model() -> None:
    api = ScriptedAPI(lambda request: httpx.Response(200, json={"id": 2180, "name": "Aaron", "legalName": "A Ltd"}))
    with api.sync_client(token="t", api_key=None) as aiwyn:
        client = aiwyn.clients.get(2180)
    assert isinstance(client, ClientDetail) and client.legal_name == "A Ltd"
    assert api.requests[-1].url.path == "/gql/v1/client/2180"


def test_clients_iter_delivers_every_item_once() -> None:
    api = _pages(CLIENTS)
    with api.sync_client(token="t", api_key=None) as aiwyn:
        pager = aiwyn.clients.iter(page_size=10)
        got = list(pager)
    assert [c.id for c in got] == list(range(1, 24))
    assert all(isinstance(c, Client) for c in got)
    assert pager.total == 23
    assert [json.loads(r.content) for r in api.requests] == [{"pageSize": 10, "page": p} for p in range(3)]


def test_page_size_is_checked_against_the_documented_range_before_any_request() -> None:
    api = _pages(CLIENTS)
    with api.sync_client(token="t", api_key=None) as aiwyn, pytest.raises(InvalidArgumentError, match="from 1 to 1000"):
        aiwyn.clients.iter(page_size=5000)
    assert api.requests == []


def test_search_sends_the_builder_json() -> None:
    api = ScriptedAPI(lambda request: httpx.Response(200, json={"clients": [], "total": {"aggregate": {"count": 0}}}))
    with api.sync_client(token="t", api_key=None) as aiwyn:
        aiwyn.clients.search(where=C.name.ilike("%acme%") & C.active.eq(True), order_by=[C.name.asc()], page_size=5)
    assert json.loads(api.requests[-1].content) == {
        "pageSize": 5,  # page, not given, is not sent: the server's default is the first page
        "where": {"_and": [{"name": {"_ilike": "%acme%"}}, {"active": {"_eq": True}}]},
        "orderBy": [{"name": "asc"}],
    }


def test_keyset_search_through_the_client() -> None:
    rows = [{"id": i, "clientId": 7, "active": True} for i in range(1, 13)]

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        after = 0
        for part in body["where"].get("_and", [body["where"]]):
            after = part.get("id", {}).get("_gt", after)
        chunk = [r for r in rows if r["id"] > after][: body["pageSize"]]
        return httpx.Response(200, json={"draftInvoices": chunk})

    api = ScriptedAPI(handler)
    with api.sync_client(token="t", api_key=None) as aiwyn:
        got = list(aiwyn.draft_invoice_histories.iter_search(where=H.active.eq(True), page_size=5))
    assert [h.id for h in got] == list(range(1, 13))
    assert all(isinstance(h, DraftInvoiceHistory) for h in got)
    bodies = [json.loads(r.content) for r in api.requests]
    assert bodies[0]["orderBy"] == [{"id": "asc"}]
    assert bodies[1]["where"] == {"_and": [{"active": {"_eq": True}}, {"id": {"_gt": 5}}]}
    assert len(bodies) == 3


def test_async_iter_with_concurrency_keeps_order() -> None:
    rows = [{"id": i} for i in range(1, 95)]
    api = _pages(rows)

    async def main() -> list[int]:
        async with api.async_client(token="t", api_key=None) as aiwyn:
            pager = aiwyn.clients.iter(page_size=10, concurrency=8)
            got = [c.id async for c in pager]
            assert pager.max_pages_held <= 9
            return [i for i in got if isinstance(i, int)]

    assert asyncio.run(main()) == list(range(1, 95))


def test_resource_methods_refuse_a_client_that_does_not_raise() -> None:
    api = ScriptedAPI(lambda request: httpx.Response(404, json={"error": "missing"}))
    with api.sync_client(token="t", api_key=None) as aiwyn, pytest.raises(Exception, match="raises errors"):
        aiwyn.with_options(raise_api_errors=False).clients.get(1)


def test_enum_arguments_take_their_plain_values_and_model_arguments_take_mappings() -> None:
    from aiwyn_client.models import EventOperation, Record

    sent: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        if request.url.path == "/api/v1/records":
            return httpx.Response(200, json={"data": {"records": [], "summary": {}}, "error": None, "meta": {}})
        return httpx.Response(201, json={"data": {"id": "S1"}, "error": None, "meta": {"success": True}})

    with ScriptedAPI(handler).sync_client(token="t", api_key=None) as aiwyn:
        aiwyn.event_subscriptions.create(
            url="https://hooks.example.test/a", entity_types=["client"], operations=["CREATE", EventOperation.UPDATE]
        )
        assert sent[-1]["operations"] == ["CREATE", "UPDATE"]
        aiwyn.event_subscriptions.create(url="https://h.test", entity_types=["client"], operations="DELETE")
        assert sent[-1]["operations"] == ["DELETE"]  # one value for a list: a list of one, not its letters
        with pytest.raises(InvalidArgumentError, match=r"operations takes one of 'CREATE', .*not 'MERGE'"):
            aiwyn.event_subscriptions.create(url="https://h.test", entity_types=["client"], operations=["MERGE"])
        record = {"type": "client", "systemRef": {"id": "C-1"}, "attributes": {"name": "Acme"}}
        aiwyn.records.upsert(records=[record, Record.from_dict({**record, "systemRef": {"id": "C-2"}})])
        assert [r["systemRef"]["id"] for r in sent[-1]["records"]] == ["C-1", "C-2"]
        with pytest.raises(InvalidArgumentError, match="records takes Record or a mapping, not int"):
            aiwyn.records.upsert(records=[1])  # type: ignore[list-item]
