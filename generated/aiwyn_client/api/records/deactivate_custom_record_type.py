# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/endpoint_module.py.jinja: edit those; `make generate` rewrites this file.
from typing import Any
from urllib.parse import quote as _quote

import httpx as _httpx

from ... import client as _client
from ... import errors as _errors
from ... import types as _types
from ..._responses import build_response as _build_response_of
from ..._wire import decode_model as _decode_model
from ...models.custom_record_type_envelope import CustomRecordTypeEnvelope
from ...models.error_envelope import ErrorEnvelope


def _get_kwargs(
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "extensions": {"aiwyn_operation": "deactivate_custom_record_type"},
        "url": "/api/v1/records/custom/{name}".format(
            name=_quote(str(name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: _client.AuthenticatedClient | _client.Client, response: _httpx.Response
) -> CustomRecordTypeEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = _decode_model(CustomRecordTypeEnvelope, response.content, __name__, "response_200")
        return response_200

    if response.status_code == 400:
        response_400 = _decode_model(ErrorEnvelope, response.content, __name__, "response_400")
        return response_400

    if response.status_code == 401:
        response_401 = _decode_model(ErrorEnvelope, response.content, __name__, "response_401")
        return response_401

    if response.status_code == 403:
        response_403 = _decode_model(ErrorEnvelope, response.content, __name__, "response_403")
        return response_403

    if response.status_code == 404:
        response_404 = _decode_model(ErrorEnvelope, response.content, __name__, "response_404")
        return response_404

    if response.status_code == 422:
        response_422 = _decode_model(ErrorEnvelope, response.content, __name__, "response_422")
        return response_422

    if response.status_code == 429:
        response_429 = _decode_model(ErrorEnvelope, response.content, __name__, "response_429")
        return response_429

    if response.status_code == 500:
        response_500 = _decode_model(ErrorEnvelope, response.content, __name__, "response_500")
        return response_500

    if client.raise_on_unexpected_status:
        raise _errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: _client.AuthenticatedClient | _client.Client, response: _httpx.Response
) -> _types.Response[CustomRecordTypeEnvelope | ErrorEnvelope]:
    return _build_response_of(
        client=client, response=response, parse=_parse_response, operation="deactivate_custom_record_type"
    )


def sync_detailed(
    name: str,
    *,
    client: _client.AuthenticatedClient | _client.Client,
) -> _types.Response[CustomRecordTypeEnvelope | ErrorEnvelope]:
    """Deactivate a custom record type

     Deactivates a custom record type; its records are kept.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomRecordTypeEnvelope | ErrorEnvelope]
    """

    _kwargs = _get_kwargs(
        name=name,
    )

    _response = client.get_httpx_client().request(
        **_kwargs,
    )

    return _build_response(client=client, response=_response)


def sync(
    name: str,
    *,
    client: _client.AuthenticatedClient | _client.Client,
) -> CustomRecordTypeEnvelope | ErrorEnvelope | None:
    """Deactivate a custom record type

     Deactivates a custom record type; its records are kept.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomRecordTypeEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        name=name,
        client=client,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: _client.AuthenticatedClient | _client.Client,
) -> _types.Response[CustomRecordTypeEnvelope | ErrorEnvelope]:
    """Deactivate a custom record type

     Deactivates a custom record type; its records are kept.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomRecordTypeEnvelope | ErrorEnvelope]
    """

    _kwargs = _get_kwargs(
        name=name,
    )

    _response = await client.get_async_httpx_client().request(**_kwargs)

    return _build_response(client=client, response=_response)


async def asyncio(
    name: str,
    *,
    client: _client.AuthenticatedClient | _client.Client,
) -> CustomRecordTypeEnvelope | ErrorEnvelope | None:
    """Deactivate a custom record type

     Deactivates a custom record type; its records are kept.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomRecordTypeEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
        )
    ).parsed
