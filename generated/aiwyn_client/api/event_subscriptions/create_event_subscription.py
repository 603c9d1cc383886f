from typing import Any

import httpx

from ... import errors
from ..._json import loads
from ..._responses import build_response
from ...client import AuthenticatedClient, Client
from ...models.create_event_subscription_request import CreateEventSubscriptionRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.event_subscription_envelope import EventSubscriptionEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CreateEventSubscriptionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"aiwyn_operation": "create_event_subscription"},
        "url": "/api/v1/event-subscriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | EventSubscriptionEnvelope | None:
    if response.status_code == 201:
        response_201 = EventSubscriptionEnvelope.from_dict(loads(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | EventSubscriptionEnvelope]:
    return build_response(
        client=client, response=response, parse=_parse_response, operation="create_event_subscription"
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventSubscriptionRequest,
) -> Response[ErrorEnvelope | EventSubscriptionEnvelope]:
    """Create an event subscription

     Subscribes a webhook URL to CREATE, UPDATE or DELETE events of chosen entity types.

    Args:
        body (CreateEventSubscriptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | EventSubscriptionEnvelope]
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
    body: CreateEventSubscriptionRequest,
) -> ErrorEnvelope | EventSubscriptionEnvelope | None:
    """Create an event subscription

     Subscribes a webhook URL to CREATE, UPDATE or DELETE events of chosen entity types.

    Args:
        body (CreateEventSubscriptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | EventSubscriptionEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventSubscriptionRequest,
) -> Response[ErrorEnvelope | EventSubscriptionEnvelope]:
    """Create an event subscription

     Subscribes a webhook URL to CREATE, UPDATE or DELETE events of chosen entity types.

    Args:
        body (CreateEventSubscriptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | EventSubscriptionEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventSubscriptionRequest,
) -> ErrorEnvelope | EventSubscriptionEnvelope | None:
    """Create an event subscription

     Subscribes a webhook URL to CREATE, UPDATE or DELETE events of chosen entity types.

    Args:
        body (CreateEventSubscriptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | EventSubscriptionEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
