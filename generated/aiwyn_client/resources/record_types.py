# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.record_types`` (``RecordTypesResource``, ``AsyncRecordTypesResource``): list, get. Generated: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _api_response as _response
from .. import _resource_support as _rs
from .. import models as _models

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions

_LIST = _rs.Endpoint("api.records.list_record_types", _models.RecordTypeListEnvelope, "listRecordTypes")
_GET = _rs.Endpoint("api.records.get_record_type_schema", _models.CustomRecordTypeEnvelope, "getRecordTypeSchema")


class RecordTypesResource(_rs.SyncAPIResource):
    """``aiwyn.record_types``: list, get."""

    with_raw_response: RecordTypesResourceResponses[_response.Sync, _response.Raw]
    with_streaming_response: RecordTypesResourceResponses[_response.Sync, _response.Streamed]

    def list(self, **request_options: Unpack[RequestOptions]) -> _models.RecordTypeListEnvelope:
        """List record types. ``GET /api/v1/records/schema`` (operationId ``listRecordTypes``).

        The standard and custom entity types that the Records API accepts.
        Inferred operation: its page in the API reference was not recovered.
        """
        return self._call(_LIST, request_options)

    def get(self, type_: str, **request_options: Unpack[RequestOptions]) -> _models.CustomRecordTypeEnvelope:
        """Get a record type's fields. ``GET /api/v1/records/schema/{type}`` (operationId ``getRecordTypeSchema``).

        One record type with its field definitions.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            type_: Record type name.
        """
        return self._call(_GET, request_options, type_)


class AsyncRecordTypesResource(_rs.AsyncAPIResource):
    """``async_aiwyn.record_types``: the methods of ``RecordTypesResource``, awaited."""

    with_raw_response: RecordTypesResourceResponses[_response.Async, _response.Raw]
    with_streaming_response: RecordTypesResourceResponses[_response.Async, _response.Streamed]
    list = _rs.awaited(RecordTypesResource.list)
    get = _rs.awaited(RecordTypesResource.get)


class RecordTypesResourceResponses(_response.Responses[_response.F, _response.M]):
    """``with_raw_response`` and ``with_streaming_response`` of ``aiwyn.record_types`` (and ``async_aiwyn.record_types``)."""

    list = _response.wrapped(RecordTypesResource.list)
    get = _response.wrapped(RecordTypesResource.get)
