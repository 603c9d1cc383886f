"""Every operation of the spec, called through its generated function against Prism.

The request is valid (documented examples where the docs give them, minimal schema-valid
values otherwise), the status must be the documented success status, and the body must parse
into the documented model: a silently unparsed response (``parsed is None``) fails.
"""

from __future__ import annotations

import importlib
import typing
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType, UnionType
from typing import Any

import httpx
import pytest
from aiwyn_client import Aiwyn, AsyncAiwyn, AuthenticatedClient, Client, UnprocessableEntityError
from aiwyn_client._auth import ApiKeyAuth
from aiwyn_client.types import File
from openapi_python_client.strings import PythonIdentifier

from generator.mock import PrismServer
from generator.naming import endpoint_module, model_class
from generator.settings import Settings
from generator.spec import Operation, SpecIndex
from tests.support.sample import sample

SETTINGS = Settings.load()
INDEX = SpecIndex.from_settings(SETTINGS)


def _client(prism: PrismServer, operation: Operation) -> Client | AuthenticatedClient:
    if operation.raw.get("security") == []:
        return Client(base_url=prism.base_url)
    return AuthenticatedClient(base_url=prism.base_url, token="contract-test-token")


def _module(operation: Operation) -> ModuleType:
    return importlib.import_module(endpoint_module(SETTINGS, operation))


def _body_class(module: ModuleType) -> type[Any]:
    hint = typing.get_type_hints(module.sync_detailed)["body"]
    if isinstance(hint, UnionType) or typing.get_origin(hint) is typing.Union:
        hint = next(arg for arg in typing.get_args(hint) if hasattr(arg, "from_dict"))
    return typing.cast(type[Any], hint)


def _arguments(operation: Operation, module: ModuleType) -> dict[str, Any]:
    args: dict[str, Any] = {}
    for param in operation.raw.get("parameters", []):
        param = INDEX.resolve(param)
        value = param.get("example", sample(INDEX, param["schema"]))
        args[str(PythonIdentifier(param["name"], prefix=""))] = value
    body = operation.raw.get("requestBody")
    if body is not None:
        media = INDEX.resolve(body)["content"]["application/json"]
        document = media.get("example", sample(INDEX, media["schema"]))
        args["body"] = _body_class(module).from_dict(document)
    return args


def _expected_type(operation: Operation) -> type[Any]:
    response = INDEX.resolve(operation.raw["responses"][operation.success_status])
    content: Mapping[str, Any] = response["content"]
    if "application/json" not in content:
        return File
    ref = content["application/json"]["schema"]["$ref"]
    models = importlib.import_module(f"{SETTINGS.package_name}.models")
    return typing.cast(type[Any], getattr(models, model_class(SETTINGS, ref.rsplit("/", 1)[1])))


@pytest.mark.parametrize("operation", INDEX.operations, ids=lambda op: op.operation_id)
def test_operation_against_mock(prism: PrismServer, operation: Operation) -> None:
    module = _module(operation)
    with _client(prism, operation) as client:
        response = module.sync_detailed(client=client, **_arguments(operation, module))
    assert response.status_code == int(operation.success_status), response.content[:500]
    expected = _expected_type(operation)
    assert isinstance(response.parsed, expected), f"{operation.operation_id}: got {response.parsed!r}"


def test_prism_rejects_an_out_of_range_page_size(prism: PrismServer) -> None:
    reply = httpx.post(
        f"{prism.base_url}/gql/v1/clients",
        json={"pageSize": 5000, "page": 0},
        headers={"Authorization": "Bearer contract-test-token"},
    )
    assert reply.status_code == 422
    assert "pageSize" in reply.headers.get("sl-violations", "")


def test_prism_rejects_a_request_without_credentials(prism: PrismServer) -> None:
    reply = httpx.post(f"{prism.base_url}/gql/v1/clients", json={"pageSize": 5})
    assert reply.status_code == 401


def test_generated_client_sees_the_rejection_as_a_typed_error(prism: PrismServer) -> None:
    from aiwyn_client.api.client import get_clients
    from aiwyn_client.models import GqlError, ListRequest

    with AuthenticatedClient(base_url=prism.base_url, token="t") as client:
        response = get_clients.sync_detailed(client=client, body=ListRequest(page_size=0))
    assert response.status_code == 422
    assert isinstance(response.parsed, GqlError)


@pytest.mark.parametrize("operation", INDEX.operations, ids=lambda op: op.operation_id)
def test_operation_through_aiwyn(prism: PrismServer, operation: Operation) -> None:
    """The same call through the configured client: typed result, or a typed error, never None."""
    module = _module(operation)
    with Aiwyn(environment="docs_mock", base_url=prism.base_url, token="contract-test-token") as aiwyn:
        result = module.sync(client=aiwyn, **_arguments(operation, module))
    assert isinstance(result, _expected_type(operation)), f"{operation.operation_id}: got {result!r}"


def test_api_key_exchange_against_the_mock(prism: PrismServer) -> None:
    from aiwyn_client.api.client import get_clients
    from aiwyn_client.models import ClientList, ListRequest

    with Aiwyn(environment="docs_mock", base_url=prism.base_url, api_key="contract-test-key") as aiwyn:
        assert isinstance(get_clients.sync(client=aiwyn, body=ListRequest(page_size=5)), ClientList)
        assert isinstance(aiwyn.auth.schemes["BearerAuth"], ApiKeyAuth) and aiwyn.auth.exchanges == 1  # type: ignore[attr-defined]


def test_the_mock_rejection_is_raised_as_a_typed_error(prism: PrismServer) -> None:
    from aiwyn_client.api.client import get_clients
    from aiwyn_client.models import GqlError, ListRequest

    with Aiwyn(base_url=prism.base_url, token="t") as aiwyn, pytest.raises(UnprocessableEntityError) as caught:
        get_clients.sync(client=aiwyn, body=ListRequest(page_size=0))
    assert isinstance(caught.value.body, GqlError)
    assert caught.value.attempts == 1


def test_async_client_against_the_mock(prism: PrismServer) -> None:
    import asyncio

    from aiwyn_client.api.billing import get_draft_invoice_by_id
    from aiwyn_client.models import DraftInvoice

    async def main() -> DraftInvoice | None:
        async with AsyncAiwyn(base_url=prism.base_url, token="t") as aiwyn:
            result = await get_draft_invoice_by_id.asyncio(56789, client=aiwyn)
            return result if isinstance(result, DraftInvoice) else None

    draft = asyncio.run(main())
    assert draft is not None and draft.draft_number == "DRAFT-2024-001"


PAGEABLE = [op for op in INDEX.operations if op.kind in ("list", "search") and op.raw.get("requestBody")]


@pytest.mark.parametrize("operation", PAGEABLE, ids=lambda op: op.operation_id)
def test_iterators_against_the_mock(prism: PrismServer, operation: Operation) -> None:
    """``iter`` / ``iter_search`` of every list and search: valid requests, typed items, a total or a stop."""
    from generator.method_names import method_name
    from generator.resources import iterator_name

    resource, method = method_name(SETTINGS, operation)
    iterator = iterator_name(method)
    with Aiwyn(base_url=prism.base_url, token="t") as aiwyn:
        pager = getattr(getattr(aiwyn, resource), iterator)(page_size=5, max_items=20)
        items = list(pager)
        pages = list(getattr(getattr(aiwyn, resource), iterator)(page_size=5, max_items=20).pages())
    assert items and pages, f"{operation.operation_id}: the mock's page yielded nothing"
    expected = type(items[0])
    assert all(isinstance(item, expected) for item in items)
    assert expected.__module__.startswith("aiwyn_client.models")
    assert len(items) <= 20


def test_per_call_options_raw_and_streamed_responses_and_downloads_against_the_mock(
    prism: PrismServer, tmp_path: Path
) -> None:
    from aiwyn_client import APIResponse, DownloadedFile
    from aiwyn_client.models import ClientList

    with Aiwyn(base_url=prism.base_url, token="t", default_headers={"X-Firm": "f1"}) as aiwyn:
        page = aiwyn.clients.list(page_size=5, extra_headers={"X-Trace": "t1"}, timeout=10, max_retries=0)
        assert isinstance(page, ClientList)
        raw = aiwyn.with_raw_response.clients.list(page_size=5)
        assert isinstance(raw, APIResponse) and raw.status_code == 200 and isinstance(raw.parse(), ClientList)
        with aiwyn.with_streaming_response.clients.list(page_size=5) as streamed:
            assert isinstance(streamed.parse(), ClientList)
        written = aiwyn.files.download("F-1", to=tmp_path / "file.bin")
        assert isinstance(written, DownloadedFile) and written.path is not None and written.path.exists()
        assert aiwyn.get("/gql/v1/client/1")["id"] is not None  # the generic request, same auth and checks
