# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.event_subscriptions`` (``EventSubscriptionsResource``, ``AsyncEventSubscriptionsResource``): list, create, catalog, get, update, deactivate, get_secret. Generated: do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import _api_response as _response
from .. import _resource_support as _rs
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions

_LIST = _rs.Endpoint(
    "api.event_subscriptions.list_event_subscriptions", _models.EventSubscriptionListEnvelope, "listEventSubscriptions"
)
_CREATE = _rs.Endpoint(
    "api.event_subscriptions.create_event_subscription", _models.EventSubscriptionEnvelope, "createEventSubscription"
)
_CATALOG = _rs.Endpoint(
    "api.event_subscriptions.get_event_subscription_catalog",
    _models.EventCatalogEnvelope,
    "getEventSubscriptionCatalog",
)
_GET = _rs.Endpoint(
    "api.event_subscriptions.get_event_subscription", _models.EventSubscriptionEnvelope, "getEventSubscription"
)
_UPDATE = _rs.Endpoint(
    "api.event_subscriptions.update_event_subscription", _models.EventSubscriptionEnvelope, "updateEventSubscription"
)
_DEACTIVATE = _rs.Endpoint(
    "api.event_subscriptions.deactivate_event_subscription",
    _models.EventSubscriptionEnvelope,
    "deactivateEventSubscription",
)
_GET_SECRET = _rs.Endpoint(
    "api.event_subscriptions.get_subscription_secret", _models.SubscriptionSecretEnvelope, "getSubscriptionSecret"
)


class EventSubscriptionsResource(_rs.SyncAPIResource):
    """``aiwyn.event_subscriptions``: list, create, catalog, get, update, deactivate, get_secret."""

    with_raw_response: EventSubscriptionsResourceResponses[_response.Sync, _response.Raw]
    with_streaming_response: EventSubscriptionsResourceResponses[_response.Sync, _response.Streamed]

    def list(self, **request_options: Unpack[RequestOptions]) -> _models.EventSubscriptionListEnvelope:
        """List event subscriptions. ``GET /api/v1/event-subscriptions`` (operationId ``listEventSubscriptions``).

        Every webhook subscription of the tenant.
        Inferred operation: its page in the API reference was not recovered.
        """
        return self._call(_LIST, request_options)

    def create(
        self,
        *,
        url: str,
        entity_types: builtins.list[str],
        operations: Sequence[_models.EventOperation | str],
        description: None | str | Unset = UNSET,
        **request_options: Unpack[RequestOptions],
    ) -> _models.EventSubscriptionEnvelope:
        """Create an event subscription. ``POST /api/v1/event-subscriptions`` (operationId ``createEventSubscription``).

        Subscribes a webhook URL to CREATE, UPDATE or DELETE events of chosen entity types.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            url: (undocumented)
            entity_types: (undocumented)
            operations: one of ``CREATE``, ``UPDATE``, ``DELETE``.
            description: (undocumented)
        """
        return self._call(
            _CREATE,
            request_options,
            body=_models.CreateEventSubscriptionRequest(
                **_rs.given(
                    url=url,
                    entity_types=entity_types,
                    operations=_rs.as_enums(
                        operations, _models.EventOperation, "operations", "createEventSubscription"
                    ),
                    description=description,
                )
            ),
        )

    def catalog(self, **request_options: Unpack[RequestOptions]) -> _models.EventCatalogEnvelope:
        """Get the event catalog. ``GET /api/v1/event-subscriptions/catalog`` (operationId ``getEventSubscriptionCatalog``).

        The entity types and operations that can be subscribed to.
        """
        return self._call(_CATALOG, request_options)

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> _models.EventSubscriptionEnvelope:
        """Get an event subscription. ``GET /api/v1/event-subscriptions/{id}`` (operationId ``getEventSubscription``).

        One webhook subscription.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Event subscription identifier; at least 1.
        """
        _rs.check_integer("id", id, 1, None, "getEventSubscription")
        return self._call(_GET, request_options, id)

    def update(
        self,
        id: int,
        *,
        url: str | Unset = UNSET,
        entity_types: builtins.list[str] | Unset = UNSET,
        operations: Sequence[_models.EventOperation | str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **request_options: Unpack[RequestOptions],
    ) -> _models.EventSubscriptionEnvelope:
        """Update an event subscription. ``PUT /api/v1/event-subscriptions/{id}`` (operationId ``updateEventSubscription``).

        Changes the URL, entity types, operations or active flag of a subscription.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Event subscription identifier; at least 1.
            url: (undocumented)
            entity_types: (undocumented)
            operations: one of ``CREATE``, ``UPDATE``, ``DELETE``.
            active: (undocumented)
            description: (undocumented)
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
                    operations=_rs.as_enums(
                        operations, _models.EventOperation, "operations", "updateEventSubscription"
                    ),
                    active=active,
                    description=description,
                )
            ),
        )

    def deactivate(self, id: int, **request_options: Unpack[RequestOptions]) -> _models.EventSubscriptionEnvelope:
        """Deactivate an event subscription. ``DELETE /api/v1/event-subscriptions/{id}`` (operationId ``deactivateEventSubscription``).

        Stops deliveries to a subscription's webhook.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Event subscription identifier; at least 1.
        """
        _rs.check_integer("id", id, 1, None, "deactivateEventSubscription")
        return self._call(_DEACTIVATE, request_options, id)

    def get_secret(self, id: int, **request_options: Unpack[RequestOptions]) -> _models.SubscriptionSecretEnvelope:
        """Get webhook signing secret. ``GET /api/v1/event-subscriptions/{id}/secret`` (operationId ``getSubscriptionSecret``).

        The secret that signs this subscription's webhook payloads, for verifying them.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Event subscription identifier; at least 1.
        """
        _rs.check_integer("id", id, 1, None, "getSubscriptionSecret")
        return self._call(_GET_SECRET, request_options, id)


class AsyncEventSubscriptionsResource(_rs.AsyncAPIResource):
    """``async_aiwyn.event_subscriptions``: the methods of ``EventSubscriptionsResource``, awaited."""

    with_raw_response: EventSubscriptionsResourceResponses[_response.Async, _response.Raw]
    with_streaming_response: EventSubscriptionsResourceResponses[_response.Async, _response.Streamed]
    list = _rs.awaited(EventSubscriptionsResource.list)
    create = _rs.awaited(EventSubscriptionsResource.create)
    catalog = _rs.awaited(EventSubscriptionsResource.catalog)
    get = _rs.awaited(EventSubscriptionsResource.get)
    update = _rs.awaited(EventSubscriptionsResource.update)
    deactivate = _rs.awaited(EventSubscriptionsResource.deactivate)
    get_secret = _rs.awaited(EventSubscriptionsResource.get_secret)


class EventSubscriptionsResourceResponses(_response.Responses[_response.F, _response.M]):
    """``with_raw_response`` and ``with_streaming_response`` of ``aiwyn.event_subscriptions`` (and ``async_aiwyn.event_subscriptions``)."""

    list = _response.wrapped(EventSubscriptionsResource.list)
    create = _response.wrapped(EventSubscriptionsResource.create)
    catalog = _response.wrapped(EventSubscriptionsResource.catalog)
    get = _response.wrapped(EventSubscriptionsResource.get)
    update = _response.wrapped(EventSubscriptionsResource.update)
    deactivate = _response.wrapped(EventSubscriptionsResource.deactivate)
    get_secret = _response.wrapped(EventSubscriptionsResource.get_secret)
