# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.records``: update, upsert, delete.

Generated from the API description; do not edit. Each method takes the fields of its body model
and the operation's parameters, and returns the success model (errors raise); the per-call options
are ``RequestOptions``. ``with_raw_response`` / ``with_streaming_response`` wrap the same methods.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property as _cached_property
from typing import TYPE_CHECKING, Any

from .. import _api_response as _response
from .. import _batches
from .. import _resource_support as _rs
from .. import models as _models
from ..api.records import create_or_update_records as _create_or_update_records
from ..api.records import delete_records as _delete_records
from ..api.records import update_records as _update_records
from ..models import Record, RecordBatchEnvelope, RecordRef

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._batches import BatchReport
    from .._options import RequestOptions

__all__ = ["RecordsResource", "AsyncRecordsResource"]

_UPDATE = _rs.Endpoint(_update_records, RecordBatchEnvelope, "updateRecords")
_UPSERT = _rs.Endpoint(_create_or_update_records, RecordBatchEnvelope, "createOrUpdateRecords")
_DELETE = _rs.Endpoint(_delete_records, RecordBatchEnvelope, "deleteRecords")


class RecordsResource(_rs.SyncAPIResource):
    """``aiwyn.records``: update, upsert, delete."""

    @_cached_property
    def with_raw_response(self) -> RecordsResourceWithRawResponse:
        return RecordsResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> RecordsResourceWithStreamingResponse:
        return RecordsResourceWithStreamingResponse(self)

    def update(
        self, *, records: Sequence[Record | Mapping[str, Any]], **request_options: Unpack[RequestOptions]
    ) -> RecordBatchEnvelope:
        """Update records (fails if not found).

        Updates existing records located by `systemRef` (required on every record). A record
        that is not found gets status `FAILED` with error code `RECORD_NOT_FOUND`; the others
        are still updated. At most 100 records per request.

        Args:
            records: Records to write; at most 100 per request.

        ``PUT /api/v1/records`` (operationId ``updateRecords``).
        """

        return self._call(
            _UPDATE,
            request_options,
            body=_models.RecordBatchRequest(
                **_rs.given(records=_rs.as_model(records, _models.Record, "records", "updateRecords"))
            ),
        )

    def update_all(self, records: Iterable[Any], *, batch_size: int = 100) -> BatchReport:
        """Update records (fails if not found).

        Updates existing records located by `systemRef` (required on every record). A record
        that is not found gets status `FAILED` with error code `RECORD_NOT_FOUND`; the others
        are still updated. At most 100 records per request.

        For any number of records, in batches of at most 100: returns one report with every input record's outcome, in input order; a batch that fails as a whole marks each of its records failed instead of raising.

        ``PUT /api/v1/records`` (operationId ``updateRecords``).
        """
        return _batches.run_batches(
            lambda body: _update_records.sync_detailed(client=self._client, body=body),
            _models.RecordBatchRequest.from_dict,
            field_name="records",
            results_path=("data", "records"),
            records=records,
            batch_size=batch_size,
            max_size=100,
        )

    def upsert(
        self, *, records: Sequence[Record | Mapping[str, Any]], **request_options: Unpack[RequestOptions]
    ) -> RecordBatchEnvelope:
        """Create or update records (upsert).

        Creates each record that does not exist and updates each one matched by `systemRef`.
        At most 100 records per request. Records are processed independently: a 200 can carry
        failed records, so check `data.summary.failed` and each `data.records[].status`.

        Args:
            records: Records to write; at most 100 per request.

        ``POST /api/v1/records`` (operationId ``createOrUpdateRecords``).
        """

        return self._call(
            _UPSERT,
            request_options,
            body=_models.RecordBatchRequest(
                **_rs.given(records=_rs.as_model(records, _models.Record, "records", "createOrUpdateRecords"))
            ),
        )

    def upsert_all(self, records: Iterable[Any], *, batch_size: int = 100) -> BatchReport:
        """Create or update records (upsert).

        Creates each record that does not exist and updates each one matched by `systemRef`.
        At most 100 records per request. Records are processed independently: a 200 can carry
        failed records, so check `data.summary.failed` and each `data.records[].status`.

        For any number of records, in batches of at most 100: returns one report with every input record's outcome, in input order; a batch that fails as a whole marks each of its records failed instead of raising.

        ``POST /api/v1/records`` (operationId ``createOrUpdateRecords``).
        """
        return _batches.run_batches(
            lambda body: _create_or_update_records.sync_detailed(client=self._client, body=body),
            _models.RecordBatchRequest.from_dict,
            field_name="records",
            results_path=("data", "records"),
            records=records,
            batch_size=batch_size,
            max_size=100,
        )

    def delete(
        self, *, records: Sequence[RecordRef | Mapping[str, Any]], **request_options: Unpack[RequestOptions]
    ) -> RecordBatchEnvelope:
        """Delete records.

        Deletes records located by type and `systemRef`, at most 100 per request, with per-record results.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            records: (undocumented)

        ``DELETE /api/v1/records`` (operationId ``deleteRecords``).
        """

        return self._call(
            _DELETE,
            request_options,
            body=_models.RecordDeleteRequest(
                **_rs.given(records=_rs.as_model(records, _models.RecordRef, "records", "deleteRecords"))
            ),
        )

    def delete_all(self, records: Iterable[Any], *, batch_size: int = 100) -> BatchReport:
        """Delete records.

        Deletes records located by type and `systemRef`, at most 100 per request, with per-record results.

        Inferred operation: its page in the API reference was not recovered.

        For any number of records, in batches of at most 100: returns one report with every input record's outcome, in input order; a batch that fails as a whole marks each of its records failed instead of raising.

        ``DELETE /api/v1/records`` (operationId ``deleteRecords``).
        """
        return _batches.run_batches(
            lambda body: _delete_records.sync_detailed(client=self._client, body=body),
            _models.RecordDeleteRequest.from_dict,
            field_name="records",
            results_path=("data", "records"),
            records=records,
            batch_size=batch_size,
            max_size=100,
        )


class AsyncRecordsResource(_rs.AsyncAPIResource):
    """``async_aiwyn.records``: the methods of ``RecordsResource``, awaited."""

    @_cached_property
    def with_raw_response(self) -> AsyncRecordsResourceWithRawResponse:
        return AsyncRecordsResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> AsyncRecordsResourceWithStreamingResponse:
        return AsyncRecordsResourceWithStreamingResponse(self)

    update = _rs.awaited(RecordsResource.update)

    async def update_all(self, records: Iterable[Any], *, batch_size: int = 100) -> BatchReport:
        """``RecordsResource.update_all``, awaited."""
        return await _batches.arun_batches(
            lambda body: _update_records.asyncio_detailed(client=self._client, body=body),
            _models.RecordBatchRequest.from_dict,
            field_name="records",
            results_path=("data", "records"),
            records=records,
            batch_size=batch_size,
            max_size=100,
        )

    upsert = _rs.awaited(RecordsResource.upsert)

    async def upsert_all(self, records: Iterable[Any], *, batch_size: int = 100) -> BatchReport:
        """``RecordsResource.upsert_all``, awaited."""
        return await _batches.arun_batches(
            lambda body: _create_or_update_records.asyncio_detailed(client=self._client, body=body),
            _models.RecordBatchRequest.from_dict,
            field_name="records",
            results_path=("data", "records"),
            records=records,
            batch_size=batch_size,
            max_size=100,
        )

    delete = _rs.awaited(RecordsResource.delete)

    async def delete_all(self, records: Iterable[Any], *, batch_size: int = 100) -> BatchReport:
        """``RecordsResource.delete_all``, awaited."""
        return await _batches.arun_batches(
            lambda body: _delete_records.asyncio_detailed(client=self._client, body=body),
            _models.RecordDeleteRequest.from_dict,
            field_name="records",
            results_path=("data", "records"),
            records=records,
            batch_size=batch_size,
            max_size=100,
        )


class RecordsResourceWithRawResponse:
    """``aiwyn.records.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: RecordsResource) -> None:
        self.update = _response.to_raw_response_wrapper(resource.update)
        self.upsert = _response.to_raw_response_wrapper(resource.upsert)
        self.delete = _response.to_raw_response_wrapper(resource.delete)


class RecordsResourceWithStreamingResponse:
    """``aiwyn.records.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: RecordsResource) -> None:
        self.update = _response.to_streamed_response_wrapper(resource.update)
        self.upsert = _response.to_streamed_response_wrapper(resource.upsert)
        self.delete = _response.to_streamed_response_wrapper(resource.delete)


class AsyncRecordsResourceWithRawResponse:
    """``async_aiwyn.records.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: AsyncRecordsResource) -> None:
        self.update = _response.async_to_raw_response_wrapper(resource.update)
        self.upsert = _response.async_to_raw_response_wrapper(resource.upsert)
        self.delete = _response.async_to_raw_response_wrapper(resource.delete)


class AsyncRecordsResourceWithStreamingResponse:
    """``async_aiwyn.records.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: AsyncRecordsResource) -> None:
        self.update = _response.async_to_streamed_response_wrapper(resource.update)
        self.upsert = _response.async_to_streamed_response_wrapper(resource.upsert)
        self.delete = _response.async_to_streamed_response_wrapper(resource.delete)
