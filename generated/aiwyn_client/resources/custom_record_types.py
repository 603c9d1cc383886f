# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.custom_record_types``: create, update, deactivate.

Generated from the API description; do not edit. Each method takes the fields of its body model
and the operation's parameters, and returns the success model (errors raise); the per-call options
are ``RequestOptions``. ``with_raw_response`` / ``with_streaming_response`` wrap the same methods.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property as _cached_property
from typing import TYPE_CHECKING, Any

from .. import _api_response as _response
from .. import _resource_support as _rs
from .. import models as _models
from ..api.records import create_custom_record_type as _create_custom_record_type
from ..api.records import deactivate_custom_record_type as _deactivate_custom_record_type
from ..api.records import update_custom_record_type as _update_custom_record_type
from ..models import (
    CustomRecordTypeEnvelope,
    FieldDefinition,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions

__all__ = ["CustomRecordTypesResource", "AsyncCustomRecordTypesResource"]

_CREATE = _rs.Endpoint(_create_custom_record_type, CustomRecordTypeEnvelope, "createCustomRecordType")
_UPDATE = _rs.Endpoint(_update_custom_record_type, CustomRecordTypeEnvelope, "updateCustomRecordType")
_DEACTIVATE = _rs.Endpoint(_deactivate_custom_record_type, CustomRecordTypeEnvelope, "deactivateCustomRecordType")


class CustomRecordTypesResource(_rs.SyncAPIResource):
    """``aiwyn.custom_record_types``: create, update, deactivate."""

    @_cached_property
    def with_raw_response(self) -> CustomRecordTypesResourceWithRawResponse:
        return CustomRecordTypesResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> CustomRecordTypesResourceWithStreamingResponse:
        return CustomRecordTypesResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        fields: Sequence[FieldDefinition | Mapping[str, Any]],
        display_name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **request_options: Unpack[RequestOptions],
    ) -> CustomRecordTypeEnvelope:
        """Create a new custom record type.

        Defines a custom record type with a unique name and its field schema.

        Args:
            name: Unique record type name; must follow the naming conventions.
            fields: Field schema of the type.
            display_name: (undocumented)
            description: (undocumented)

        ``POST /api/v1/records/custom`` (operationId ``createCustomRecordType``).
        """

        return self._call(
            _CREATE,
            request_options,
            body=_models.CreateCustomRecordTypeRequest(
                **_rs.given(
                    name=name,
                    fields=_rs.as_model(fields, _models.FieldDefinition, "fields", "createCustomRecordType"),
                    display_name=display_name,
                    description=description,
                )
            ),
        )

    def update(
        self,
        name: str,
        *,
        display_name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        fields: Sequence[FieldDefinition | Mapping[str, Any]] | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        **request_options: Unpack[RequestOptions],
    ) -> CustomRecordTypeEnvelope:
        """Update a custom record type.

        Changes only the provided fields. Changing field definitions may affect existing records.

        Args:
            name: Name of the custom record type.
            display_name: (undocumented)
            description: (undocumented)
            fields: Replacement or additional field definitions.
            active: Activates or deactivates the type.

        ``PUT /api/v1/records/custom/{name}`` (operationId ``updateCustomRecordType``).
        """

        return self._call(
            _UPDATE,
            request_options,
            name,
            body=_models.UpdateCustomRecordTypeRequest(
                **_rs.given(
                    display_name=display_name,
                    description=description,
                    fields=_rs.as_model(fields, _models.FieldDefinition, "fields", "updateCustomRecordType"),
                    active=active,
                )
            ),
        )

    def deactivate(self, name: str, **request_options: Unpack[RequestOptions]) -> CustomRecordTypeEnvelope:
        """Deactivate a custom record type.

        Deactivates a custom record type; its records are kept.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            name: Name of the custom record type.

        ``DELETE /api/v1/records/custom/{name}`` (operationId ``deactivateCustomRecordType``).
        """

        return self._call(_DEACTIVATE, request_options, name)


class AsyncCustomRecordTypesResource(_rs.AsyncAPIResource):
    """``async_aiwyn.custom_record_types``: the methods of ``CustomRecordTypesResource``, awaited."""

    @_cached_property
    def with_raw_response(self) -> AsyncCustomRecordTypesResourceWithRawResponse:
        return AsyncCustomRecordTypesResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> AsyncCustomRecordTypesResourceWithStreamingResponse:
        return AsyncCustomRecordTypesResourceWithStreamingResponse(self)

    create = _rs.awaited(CustomRecordTypesResource.create)

    update = _rs.awaited(CustomRecordTypesResource.update)

    deactivate = _rs.awaited(CustomRecordTypesResource.deactivate)


class CustomRecordTypesResourceWithRawResponse:
    """``aiwyn.custom_record_types.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: CustomRecordTypesResource) -> None:
        self.create = _response.to_raw_response_wrapper(resource.create)
        self.update = _response.to_raw_response_wrapper(resource.update)
        self.deactivate = _response.to_raw_response_wrapper(resource.deactivate)


class CustomRecordTypesResourceWithStreamingResponse:
    """``aiwyn.custom_record_types.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: CustomRecordTypesResource) -> None:
        self.create = _response.to_streamed_response_wrapper(resource.create)
        self.update = _response.to_streamed_response_wrapper(resource.update)
        self.deactivate = _response.to_streamed_response_wrapper(resource.deactivate)


class AsyncCustomRecordTypesResourceWithRawResponse:
    """``async_aiwyn.custom_record_types.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: AsyncCustomRecordTypesResource) -> None:
        self.create = _response.async_to_raw_response_wrapper(resource.create)
        self.update = _response.async_to_raw_response_wrapper(resource.update)
        self.deactivate = _response.async_to_raw_response_wrapper(resource.deactivate)


class AsyncCustomRecordTypesResourceWithStreamingResponse:
    """``async_aiwyn.custom_record_types.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: AsyncCustomRecordTypesResource) -> None:
        self.create = _response.async_to_streamed_response_wrapper(resource.create)
        self.update = _response.async_to_streamed_response_wrapper(resource.update)
        self.deactivate = _response.async_to_streamed_response_wrapper(resource.deactivate)
