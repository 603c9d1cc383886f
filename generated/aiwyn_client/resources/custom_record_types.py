# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.custom_record_types`` (``CustomRecordTypesResource``, ``AsyncCustomRecordTypesResource``): create, update, deactivate. Generated: do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .. import _api_response as _response
from .. import _resource_support as _rs
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions

_CREATE = _rs.Endpoint(
    "api.records.create_custom_record_type", _models.CustomRecordTypeEnvelope, "createCustomRecordType"
)
_UPDATE = _rs.Endpoint(
    "api.records.update_custom_record_type", _models.CustomRecordTypeEnvelope, "updateCustomRecordType"
)
_DEACTIVATE = _rs.Endpoint(
    "api.records.deactivate_custom_record_type", _models.CustomRecordTypeEnvelope, "deactivateCustomRecordType"
)


class CustomRecordTypesResource(_rs.SyncAPIResource):
    """``aiwyn.custom_record_types``: create, update, deactivate."""

    with_raw_response: CustomRecordTypesResourceResponses[_response.Sync, _response.Raw]
    with_streaming_response: CustomRecordTypesResourceResponses[_response.Sync, _response.Streamed]

    def create(
        self,
        *,
        name: str,
        fields: Sequence[_models.FieldDefinition | Mapping[str, Any]],
        display_name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **request_options: Unpack[RequestOptions],
    ) -> _models.CustomRecordTypeEnvelope:
        """Create a new custom record type. ``POST /api/v1/records/custom`` (operationId ``createCustomRecordType``).

        Defines a custom record type with a unique name and its field schema.

        Args:
            name: Unique record type name; must follow the naming conventions.
            fields: Field schema of the type.
            display_name: (undocumented)
            description: (undocumented)
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
        fields: Sequence[_models.FieldDefinition | Mapping[str, Any]] | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        **request_options: Unpack[RequestOptions],
    ) -> _models.CustomRecordTypeEnvelope:
        """Update a custom record type. ``PUT /api/v1/records/custom/{name}`` (operationId ``updateCustomRecordType``).

        Changes only the provided fields. Changing field definitions may affect existing records.

        Args:
            name: Name of the custom record type.
            display_name: (undocumented)
            description: (undocumented)
            fields: Replacement or additional field definitions.
            active: Activates or deactivates the type.
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

    def deactivate(self, name: str, **request_options: Unpack[RequestOptions]) -> _models.CustomRecordTypeEnvelope:
        """Deactivate a custom record type. ``DELETE /api/v1/records/custom/{name}`` (operationId ``deactivateCustomRecordType``).

        Deactivates a custom record type; its records are kept.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            name: Name of the custom record type.
        """
        return self._call(_DEACTIVATE, request_options, name)


class AsyncCustomRecordTypesResource(_rs.AsyncAPIResource):
    """``async_aiwyn.custom_record_types``: the methods of ``CustomRecordTypesResource``, awaited."""

    with_raw_response: CustomRecordTypesResourceResponses[_response.Async, _response.Raw]
    with_streaming_response: CustomRecordTypesResourceResponses[_response.Async, _response.Streamed]
    create = _rs.awaited(CustomRecordTypesResource.create)
    update = _rs.awaited(CustomRecordTypesResource.update)
    deactivate = _rs.awaited(CustomRecordTypesResource.deactivate)


class CustomRecordTypesResourceResponses(_response.Responses[_response.F, _response.M]):
    """``with_raw_response`` and ``with_streaming_response`` of ``aiwyn.custom_record_types`` (and ``async_aiwyn.custom_record_types``)."""

    create = _response.wrapped(CustomRecordTypesResource.create)
    update = _response.wrapped(CustomRecordTypesResource.update)
    deactivate = _response.wrapped(CustomRecordTypesResource.deactivate)
