# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.event_subscriptions``: list, create, catalog, get, update, deactivate, get_secret.

Generated from the API description; do not edit. Each method takes the fields of its body model
and the operation's parameters, and returns the success model (errors raise); the per-call options
are ``RequestOptions``. ``with_raw_response`` / ``with_streaming_response`` wrap the same methods.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from functools import cached_property as _cached_property
from typing import TYPE_CHECKING

from .. import _api_response as _response
from .. import _resource_support as _rs
from .. import models as _models
from ..api.event_subscriptions import create_event_subscription as _create_event_subscription
from ..api.event_subscriptions import deactivate_event_subscription as _deactivate_event_subscription
from ..api.event_subscriptions import get_event_subscription as _get_event_subscription
from ..api.event_subscriptions import get_event_subscription_catalog as _get_event_subscription_catalog
from ..api.event_subscriptions import get_subscription_secret as _get_subscription_secret
from ..api.event_subscriptions import list_event_subscriptions as _list_event_subscriptions
from ..api.event_subscriptions import update_event_subscription as _update_event_subscription
from ..models import (
    EventCatalogEnvelope,
    EventOperation,
    EventSubscriptionEnvelope,
    EventSubscriptionListEnvelope,
    SubscriptionSecretEnvelope,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions

__all__ = ["EventSubscriptionsResource", "AsyncEventSubscriptionsResource"]

_LIST = _rs.Endpoint(_list_event_subscriptions, EventSubscriptionListEnvelope, "listEventSubscriptions")
_CREATE = _rs.Endpoint(_create_event_subscription, EventSubscriptionEnvelope, "createEventSubscription")
_CATALOG = _rs.Endpoint(_get_event_subscription_catalog, EventCatalogEnvelope, "getEventSubscriptionCatalog")
_GET = _rs.Endpoint(_get_event_subscription, EventSubscriptionEnvelope, "getEventSubscription")
_UPDATE = _rs.Endpoint(_update_event_subscription, EventSubscriptionEnvelope, "updateEventSubscription")
_DEACTIVATE = _rs.Endpoint(_deactivate_event_subscription, EventSubscriptionEnvelope, "deactivateEventSubscription")
_GET_SECRET = _rs.Endpoint(_get_subscription_secret, SubscriptionSecretEnvelope, "getSubscriptionSecret")


class EventSubscriptionsResource(_rs.SyncAPIResource):
    """``aiwyn.event_subscriptions``: list, create, catalog, get, update, deactivate, get_secret."""

    @_cached_property
    def with_raw_response(self) -> EventSubscriptionsResourceWithRawResponse:
        return EventSubscriptionsResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> EventSubscriptionsResourceWithStreamingResponse:
        return EventSubscriptionsResourceWithStreamingResponse(self)

    def list(self, **request_options: Unpack[RequestOptions]) -> EventSubscriptionListEnvelope:
        """List event subscriptions.

        Every webhook subscription of the tenant.

        Inferred operation: its page in the API reference was not recovered.

        ``GET /api/v1/event-subscriptions`` (operationId ``listEventSubscriptions``).
        """

        return self._call(_LIST, request_options)

    def create(
        self,
        *,
        url: str,
        entity_types: builtins.list[str],
        operations: Sequence[EventOperation | str],
        description: None | str | Unset = UNSET,
        **request_options: Unpack[RequestOptions],
    ) -> EventSubscriptionEnvelope:
        """Create an event subscription.

        Subscribes a webhook URL to CREATE, UPDATE or DELETE events of chosen entity types.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            url: (undocumented)
            entity_types: (undocumented)
            operations: one of ``CREATE``, ``UPDATE``, ``DELETE``.
            description: (undocumented)

        ``POST /api/v1/event-subscriptions`` (operationId ``createEventSubscription``).
        """

        return self._call(
            _CREATE,
            request_options,
            body=_models.CreateEventSubscriptionRequest(
                **_rs.given(
                    url=url,
                    entity_types=entity_types,
                    operations=_rs.as_enum(operations, _models.EventOperation, "operations", "createEventSubscription"),
                    description=description,
                )
            ),
        )

    def catalog(self, **request_options: Unpack[RequestOptions]) -> EventCatalogEnvelope:
        """Get the event catalog.

        The entity types and operations that can be subscribed to.

        ``GET /api/v1/event-subscriptions/catalog`` (operationId ``getEventSubscriptionCatalog``).
        """

        return self._call(_CATALOG, request_options)

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> EventSubscriptionEnvelope:
        """Get an event subscription.

        One webhook subscription.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Event subscription identifier; at least 1.

        ``GET /api/v1/event-subscriptions/{id}`` (operationId ``getEventSubscription``).
        """
        _rs.check_integer("id", id, 1, None, "getEventSubscription")

        return self._call(_GET, request_options, id)

    def update(
        self,
        id: int,
        *,
        url: str | Unset = UNSET,
        entity_types: builtins.list[str] | Unset = UNSET,
        operations: Sequence[EventOperation | str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **request_options: Unpack[RequestOptions],
    ) -> EventSubscriptionEnvelope:
        """Update an event subscription.

        Changes the URL, entity types, operations or active flag of a subscription.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Event subscription identifier; at least 1.
            url: (undocumented)
            entity_types: (undocumented)
            operations: one of ``CREATE``, ``UPDATE``, ``DELETE``.
            active: (undocumented)
            description: (undocumented)

        ``PUT /api/v1/event-subscriptions/{id}`` (operationId ``updateEventSubscription``).
        """
        _rs.check_integer("id", id, 1, None, "updateEventSubscription")

        return self._call(
            _UPDATE,
            request_options,
            id,
            body=_models.UpdateEventSubscriptionRequest(
                **_rs.given(
                    url=url,
                    entity_types=entity_types,
                    operations=_rs.as_enum(operations, _models.EventOperation, "operations", "updateEventSubscription"),
                    active=active,
                    description=description,
                )
            ),
        )

    def deactivate(self, id: int, **request_options: Unpack[RequestOptions]) -> EventSubscriptionEnvelope:
        """Deactivate an event subscription.

        Stops deliveries to a subscription's webhook.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Event subscription identifier; at least 1.

        ``DELETE /api/v1/event-subscriptions/{id}`` (operationId ``deactivateEventSubscription``).
        """
        _rs.check_integer("id", id, 1, None, "deactivateEventSubscription")

        return self._call(_DEACTIVATE, request_options, id)

    def get_secret(self, id: int, **request_options: Unpack[RequestOptions]) -> SubscriptionSecretEnvelope:
        """Get webhook signing secret.

        The secret that signs this subscription's webhook payloads, for verifying them.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Event subscription identifier; at least 1.

        ``GET /api/v1/event-subscriptions/{id}/secret`` (operationId ``getSubscriptionSecret``).
        """
        _rs.check_integer("id", id, 1, None, "getSubscriptionSecret")

        return self._call(_GET_SECRET, request_options, id)


class AsyncEventSubscriptionsResource(_rs.AsyncAPIResource):
    """``async_aiwyn.event_subscriptions``: the methods of ``EventSubscriptionsResource``, awaited."""

    @_cached_property
    def with_raw_response(self) -> AsyncEventSubscriptionsResourceWithRawResponse:
        return AsyncEventSubscriptionsResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> AsyncEventSubscriptionsResourceWithStreamingResponse:
        return AsyncEventSubscriptionsResourceWithStreamingResponse(self)

    list = _rs.awaited(EventSubscriptionsResource.list)

    create = _rs.awaited(EventSubscriptionsResource.create)

    catalog = _rs.awaited(EventSubscriptionsResource.catalog)

    get = _rs.awaited(EventSubscriptionsResource.get)

    update = _rs.awaited(EventSubscriptionsResource.update)

    deactivate = _rs.awaited(EventSubscriptionsResource.deactivate)

    get_secret = _rs.awaited(EventSubscriptionsResource.get_secret)


class EventSubscriptionsResourceWithRawResponse:
    """``aiwyn.event_subscriptions.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: EventSubscriptionsResource) -> None:
        self.list = _response.to_raw_response_wrapper(resource.list)
        self.create = _response.to_raw_response_wrapper(resource.create)
        self.catalog = _response.to_raw_response_wrapper(resource.catalog)
        self.get = _response.to_raw_response_wrapper(resource.get)
        self.update = _response.to_raw_response_wrapper(resource.update)
        self.deactivate = _response.to_raw_response_wrapper(resource.deactivate)
        self.get_secret = _response.to_raw_response_wrapper(resource.get_secret)


class EventSubscriptionsResourceWithStreamingResponse:
    """``aiwyn.event_subscriptions.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: EventSubscriptionsResource) -> None:
        self.list = _response.to_streamed_response_wrapper(resource.list)
        self.create = _response.to_streamed_response_wrapper(resource.create)
        self.catalog = _response.to_streamed_response_wrapper(resource.catalog)
        self.get = _response.to_streamed_response_wrapper(resource.get)
        self.update = _response.to_streamed_response_wrapper(resource.update)
        self.deactivate = _response.to_streamed_response_wrapper(resource.deactivate)
        self.get_secret = _response.to_streamed_response_wrapper(resource.get_secret)


class AsyncEventSubscriptionsResourceWithRawResponse:
    """``async_aiwyn.event_subscriptions.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: AsyncEventSubscriptionsResource) -> None:
        self.list = _response.async_to_raw_response_wrapper(resource.list)
        self.create = _response.async_to_raw_response_wrapper(resource.create)
        self.catalog = _response.async_to_raw_response_wrapper(resource.catalog)
        self.get = _response.async_to_raw_response_wrapper(resource.get)
        self.update = _response.async_to_raw_response_wrapper(resource.update)
        self.deactivate = _response.async_to_raw_response_wrapper(resource.deactivate)
        self.get_secret = _response.async_to_raw_response_wrapper(resource.get_secret)


class AsyncEventSubscriptionsResourceWithStreamingResponse:
    """``async_aiwyn.event_subscriptions.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: AsyncEventSubscriptionsResource) -> None:
        self.list = _response.async_to_streamed_response_wrapper(resource.list)
        self.create = _response.async_to_streamed_response_wrapper(resource.create)
        self.catalog = _response.async_to_streamed_response_wrapper(resource.catalog)
        self.get = _response.async_to_streamed_response_wrapper(resource.get)
        self.update = _response.async_to_streamed_response_wrapper(resource.update)
        self.deactivate = _response.async_to_streamed_response_wrapper(resource.deactivate)
        self.get_secret = _response.async_to_streamed_response_wrapper(resource.get_secret)
