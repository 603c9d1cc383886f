# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/endpoint_module.py.jinja: edit those; `make generate` rewrites this file.
from typing import Any

import httpx

from ... import errors
from ..._decode import NULL, null_value
from ..._json import loads
from ..._responses import build_response
from ...client import AuthenticatedClient, Client
from ...models.gql_error import GqlError
from ...models.invoice_list import InvoiceList
from ...models.invoice_list_request import InvoiceListRequest
from ...types import Response


def _get_kwargs(
    *,
    body: InvoiceListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"aiwyn_operation": "get_invoices"},
        "url": "/gql/v1/invoices",
    }

    _kwargs["json"] = NULL if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GqlError | InvoiceList | None:
    if response.status_code == 200:
        _response_200 = loads(response.content)
        response_200 = (
            null_value(__name__, "response_200") if _response_200 is None else InvoiceList.from_dict(_response_200)
        )

        return response_200

    if response.status_code == 400:
        _response_400 = loads(response.content)
        response_400 = (
            null_value(__name__, "response_400") if _response_400 is None else GqlError.from_dict(_response_400)
        )

        return response_400

    if response.status_code == 401:
        _response_401 = loads(response.content)
        response_401 = (
            null_value(__name__, "response_401") if _response_401 is None else GqlError.from_dict(_response_401)
        )

        return response_401

    if response.status_code == 403:
        _response_403 = loads(response.content)
        response_403 = (
            null_value(__name__, "response_403") if _response_403 is None else GqlError.from_dict(_response_403)
        )

        return response_403

    if response.status_code == 404:
        _response_404 = loads(response.content)
        response_404 = (
            null_value(__name__, "response_404") if _response_404 is None else GqlError.from_dict(_response_404)
        )

        return response_404

    if response.status_code == 422:
        _response_422 = loads(response.content)
        response_422 = (
            null_value(__name__, "response_422") if _response_422 is None else GqlError.from_dict(_response_422)
        )

        return response_422

    if response.status_code == 429:
        _response_429 = loads(response.content)
        response_429 = (
            null_value(__name__, "response_429") if _response_429 is None else GqlError.from_dict(_response_429)
        )

        return response_429

    if response.status_code == 500:
        _response_500 = loads(response.content)
        response_500 = (
            null_value(__name__, "response_500") if _response_500 is None else GqlError.from_dict(_response_500)
        )

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GqlError | InvoiceList]:
    return build_response(client=client, response=response, parse=_parse_response, operation="get_invoices")


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceListRequest,
) -> Response[GqlError | InvoiceList]:
    """List invoices

     One page of invoices (tax, interest, due date, AR transaction and client data),
    optionally filtered by client, status and invoice date range.

    Args:
        body (InvoiceListRequest): Page selection and filters of the invoice list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GqlError | InvoiceList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceListRequest,
) -> GqlError | InvoiceList | None:
    """List invoices

     One page of invoices (tax, interest, due date, AR transaction and client data),
    optionally filtered by client, status and invoice date range.

    Args:
        body (InvoiceListRequest): Page selection and filters of the invoice list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GqlError | InvoiceList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceListRequest,
) -> Response[GqlError | InvoiceList]:
    """List invoices

     One page of invoices (tax, interest, due date, AR transaction and client data),
    optionally filtered by client, status and invoice date range.

    Args:
        body (InvoiceListRequest): Page selection and filters of the invoice list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GqlError | InvoiceList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceListRequest,
) -> GqlError | InvoiceList | None:
    """List invoices

     One page of invoices (tax, interest, due date, AR transaction and client data),
    optionally filtered by client, status and invoice date range.

    Args:
        body (InvoiceListRequest): Page selection and filters of the invoice list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GqlError | InvoiceList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
