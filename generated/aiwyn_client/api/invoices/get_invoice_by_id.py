# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/endpoint_module.py.jinja: edit those; `make generate` rewrites this file.
from typing import Any
from urllib.parse import quote as _quote

import httpx as _httpx

from ... import client as _client
from ... import errors as _errors
from ... import types as _types
from ..._responses import build_response as _build_response_of
from ..._wire import decode_model as _decode_model
from ...models.gql_error import GqlError
from ...models.invoice import Invoice


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"aiwyn_operation": "get_invoice_by_id"},
        "url": "/gql/v1/invoice/{id}".format(
            id=_quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: _client.AuthenticatedClient | _client.Client, response: _httpx.Response
) -> GqlError | Invoice | None:
    if response.status_code == 200:
        response_200 = _decode_model(Invoice, response.content, __name__, "response_200")
        return response_200

    if response.status_code == 400:
        response_400 = _decode_model(GqlError, response.content, __name__, "response_400")
        return response_400

    if response.status_code == 401:
        response_401 = _decode_model(GqlError, response.content, __name__, "response_401")
        return response_401

    if response.status_code == 403:
        response_403 = _decode_model(GqlError, response.content, __name__, "response_403")
        return response_403

    if response.status_code == 404:
        response_404 = _decode_model(GqlError, response.content, __name__, "response_404")
        return response_404

    if response.status_code == 422:
        response_422 = _decode_model(GqlError, response.content, __name__, "response_422")
        return response_422

    if response.status_code == 429:
        response_429 = _decode_model(GqlError, response.content, __name__, "response_429")
        return response_429

    if response.status_code == 500:
        response_500 = _decode_model(GqlError, response.content, __name__, "response_500")
        return response_500

    if client.raise_on_unexpected_status:
        raise _errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: _client.AuthenticatedClient | _client.Client, response: _httpx.Response
) -> _types.Response[GqlError | Invoice]:
    return _build_response_of(client=client, response=response, parse=_parse_response, operation="get_invoice_by_id")


def sync_detailed(
    id: int,
    *,
    client: _client.AuthenticatedClient | _client.Client,
) -> _types.Response[GqlError | Invoice]:
    """Get invoice by ID

     One invoice with line items and payments applied to it.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GqlError | Invoice]
    """

    _kwargs = _get_kwargs(
        id=id,
    )

    _response = client.get_httpx_client().request(
        **_kwargs,
    )

    return _build_response(client=client, response=_response)


def sync(
    id: int,
    *,
    client: _client.AuthenticatedClient | _client.Client,
) -> GqlError | Invoice | None:
    """Get invoice by ID

     One invoice with line items and payments applied to it.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GqlError | Invoice
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: _client.AuthenticatedClient | _client.Client,
) -> _types.Response[GqlError | Invoice]:
    """Get invoice by ID

     One invoice with line items and payments applied to it.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GqlError | Invoice]
    """

    _kwargs = _get_kwargs(
        id=id,
    )

    _response = await client.get_async_httpx_client().request(**_kwargs)

    return _build_response(client=client, response=_response)


async def asyncio(
    id: int,
    *,
    client: _client.AuthenticatedClient | _client.Client,
) -> GqlError | Invoice | None:
    """Get invoice by ID

     One invoice with line items and payments applied to it.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GqlError | Invoice
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
