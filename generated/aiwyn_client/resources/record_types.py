# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.record_types``: list, get.

Generated from the API description; do not edit. Each method takes the fields of its body model
and the operation's parameters, and returns the success model (errors raise); the per-call options
are ``RequestOptions``. ``with_raw_response`` / ``with_streaming_response`` wrap the same methods.
"""

from __future__ import annotations

from functools import cached_property as _cached_property
from typing import TYPE_CHECKING

from .. import _api_response as _response
from .. import _resource_support as _rs
from ..api.records import get_record_type_schema as _get_record_type_schema
from ..api.records import list_record_types as _list_record_types
from ..models import CustomRecordTypeEnvelope, RecordTypeListEnvelope

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions

__all__ = ["RecordTypesResource", "AsyncRecordTypesResource"]

_LIST = _rs.Endpoint(_list_record_types, RecordTypeListEnvelope, "listRecordTypes")
_GET = _rs.Endpoint(_get_record_type_schema, CustomRecordTypeEnvelope, "getRecordTypeSchema")


class RecordTypesResource(_rs.SyncAPIResource):
    """``aiwyn.record_types``: list, get."""

    @_cached_property
    def with_raw_response(self) -> RecordTypesResourceWithRawResponse:
        return RecordTypesResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> RecordTypesResourceWithStreamingResponse:
        return RecordTypesResourceWithStreamingResponse(self)

    def list(self, **request_options: Unpack[RequestOptions]) -> RecordTypeListEnvelope:
        """List record types.

        The standard and custom entity types that the Records API accepts.

        Inferred operation: its page in the API reference was not recovered.

        ``GET /api/v1/records/schema`` (operationId ``listRecordTypes``).
        """

        return self._call(_LIST, request_options)

    def get(self, type_: str, **request_options: Unpack[RequestOptions]) -> CustomRecordTypeEnvelope:
        """Get a record type's fields.

        One record type with its field definitions.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            type_: Record type name.

        ``GET /api/v1/records/schema/{type}`` (operationId ``getRecordTypeSchema``).
        """

        return self._call(_GET, request_options, type_)


class AsyncRecordTypesResource(_rs.AsyncAPIResource):
    """``async_aiwyn.record_types``: the methods of ``RecordTypesResource``, awaited."""

    @_cached_property
    def with_raw_response(self) -> AsyncRecordTypesResourceWithRawResponse:
        return AsyncRecordTypesResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> AsyncRecordTypesResourceWithStreamingResponse:
        return AsyncRecordTypesResourceWithStreamingResponse(self)

    list = _rs.awaited(RecordTypesResource.list)

    get = _rs.awaited(RecordTypesResource.get)


class RecordTypesResourceWithRawResponse:
    """``aiwyn.record_types.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: RecordTypesResource) -> None:
        self.list = _response.to_raw_response_wrapper(resource.list)
        self.get = _response.to_raw_response_wrapper(resource.get)


class RecordTypesResourceWithStreamingResponse:
    """``aiwyn.record_types.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: RecordTypesResource) -> None:
        self.list = _response.to_streamed_response_wrapper(resource.list)
        self.get = _response.to_streamed_response_wrapper(resource.get)


class AsyncRecordTypesResourceWithRawResponse:
    """``async_aiwyn.record_types.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: AsyncRecordTypesResource) -> None:
        self.list = _response.async_to_raw_response_wrapper(resource.list)
        self.get = _response.async_to_raw_response_wrapper(resource.get)


class AsyncRecordTypesResourceWithStreamingResponse:
    """``async_aiwyn.record_types.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: AsyncRecordTypesResource) -> None:
        self.list = _response.async_to_streamed_response_wrapper(resource.list)
        self.get = _response.async_to_streamed_response_wrapper(resource.get)
