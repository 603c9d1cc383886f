# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.records`` (``RecordsResource``, ``AsyncRecordsResource``): update, upsert, delete. Generated: do not edit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .. import _api_response as _response
from .. import _batches
from .. import _resource_support as _rs
from .. import models as _models

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._batches import BatchReport
    from .._options import RequestOptions

_UPDATE = _rs.Endpoint("api.records.update_records", _models.RecordBatchEnvelope, "updateRecords")
_UPSERT = _rs.Endpoint("api.records.create_or_update_records", _models.RecordBatchEnvelope, "createOrUpdateRecords")
_DELETE = _rs.Endpoint("api.records.delete_records", _models.RecordBatchEnvelope, "deleteRecords")


class RecordsResource(_rs.SyncAPIResource):
    """``aiwyn.records``: update, upsert, delete."""

    with_raw_response: RecordsResourceResponses[_response.Sync, _response.Raw]
    with_streaming_response: RecordsResourceResponses[_response.Sync, _response.Streamed]

    def update(
        self, *, records: Sequence[_models.Record | Mapping[str, Any]], **request_options: Unpack[RequestOptions]
    ) -> _models.RecordBatchEnvelope:
        """Update records (fails if not found). ``PUT /api/v1/records`` (operationId ``updateRecords``).

        Updates existing records located by `systemRef` (required on every record). A record
        that is not found gets status `FAILED` with error code `RECORD_NOT_FOUND`; the others
        are still updated. At most 100 records per request.

        Args:
            records: Records to write; at most 100 per request.
        """
        return self._call(
            _UPDATE,
            request_options,
            body=_models.RecordBatchRequest(
                **_rs.given(records=_rs.as_model(records, _models.Record, "records", "updateRecords"))
            ),
        )

    def update_all(self, records: Iterable[Any], *, batch_size: int = 100) -> BatchReport:
        """Update records (fails if not found). ``PUT /api/v1/records`` (operationId ``updateRecords``).

        Updates existing records located by `systemRef` (required on every record). A record
        that is not found gets status `FAILED` with error code `RECORD_NOT_FOUND`; the others
        are still updated. At most 100 records per request.
        For any number of records, in batches of at most 100: returns one report with every input record's outcome, in input order; a batch that fails as a whole marks each of its records failed instead of raising.
        """
        return _batches.run_batches(
            lambda body: _UPDATE.module.sync_detailed(client=self._client, body=body),
            _models.RecordBatchRequest.from_dict,
            field_name="records",
            results_path=("data", "records"),
            records=records,
            batch_size=batch_size,
            max_size=100,
        )

    def upsert(
        self, *, records: Sequence[_models.Record | Mapping[str, Any]], **request_options: Unpack[RequestOptions]
    ) -> _models.RecordBatchEnvelope:
        """Create or update records (upsert). ``POST /api/v1/records`` (operationId ``createOrUpdateRecords``).

        Creates each record that does not exist and updates each one matched by `systemRef`.
        At most 100 records per request. Records are processed independently: a 200 can carry
        failed records, so check `data.summary.failed` and each `data.records[].status`.

        Args:
            records: Records to write; at most 100 per request.
        """
        return self._call(
            _UPSERT,
            request_options,
            body=_models.RecordBatchRequest(
                **_rs.given(records=_rs.as_model(records, _models.Record, "records", "createOrUpdateRecords"))
            ),
        )

    def upsert_all(self, records: Iterable[Any], *, batch_size: int = 100) -> BatchReport:
        """Create or update records (upsert). ``POST /api/v1/records`` (operationId ``createOrUpdateRecords``).

        Creates each record that does not exist and updates each one matched by `systemRef`.
        At most 100 records per request. Records are processed independently: a 200 can carry
        failed records, so check `data.summary.failed` and each `data.records[].status`.
        For any number of records, in batches of at most 100: returns one report with every input record's outcome, in input order; a batch that fails as a whole marks each of its records failed instead of raising.
        """
        return _batches.run_batches(
            lambda body: _UPSERT.module.sync_detailed(client=self._client, body=body),
            _models.RecordBatchRequest.from_dict,
            field_name="records",
            results_path=("data", "records"),
            records=records,
            batch_size=batch_size,
            max_size=100,
        )

    def delete(
        self, *, records: Sequence[_models.RecordRef | Mapping[str, Any]], **request_options: Unpack[RequestOptions]
    ) -> _models.RecordBatchEnvelope:
        """Delete records. ``DELETE /api/v1/records`` (operationId ``deleteRecords``).

        Deletes records located by type and `systemRef`, at most 100 per request, with per-record results.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            records: (undocumented)
        """
        return self._call(
            _DELETE,
            request_options,
            body=_models.RecordDeleteRequest(
                **_rs.given(records=_rs.as_model(records, _models.RecordRef, "records", "deleteRecords"))
            ),
        )

    def delete_all(self, records: Iterable[Any], *, batch_size: int = 100) -> BatchReport:
        """Delete records. ``DELETE /api/v1/records`` (operationId ``deleteRecords``).

        Deletes records located by type and `systemRef`, at most 100 per request, with per-record results.
        Inferred operation: its page in the API reference was not recovered.
        For any number of records, in batches of at most 100: returns one report with every input record's outcome, in input order; a batch that fails as a whole marks each of its records failed instead of raising.
        """
        return _batches.run_batches(
            lambda body: _DELETE.module.sync_detailed(client=self._client, body=body),
            _models.RecordDeleteRequest.from_dict,
            field_name="records",
            results_path=("data", "records"),
            records=records,
            batch_size=batch_size,
            max_size=100,
        )


class AsyncRecordsResource(_rs.AsyncAPIResource):
    """``async_aiwyn.records``: the methods of ``RecordsResource``, awaited."""

    with_raw_response: RecordsResourceResponses[_response.Async, _response.Raw]
    with_streaming_response: RecordsResourceResponses[_response.Async, _response.Streamed]
    update = _rs.awaited(RecordsResource.update)

    async def update_all(self, records: Iterable[Any], *, batch_size: int = 100) -> BatchReport:
        """``RecordsResource.update_all``, awaited."""
        return await _batches.arun_batches(
            lambda body: _UPDATE.module.asyncio_detailed(client=self._client, body=body),
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
            lambda body: _UPSERT.module.asyncio_detailed(client=self._client, body=body),
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
            lambda body: _DELETE.module.asyncio_detailed(client=self._client, body=body),
            _models.RecordDeleteRequest.from_dict,
            field_name="records",
            results_path=("data", "records"),
            records=records,
            batch_size=batch_size,
            max_size=100,
        )


class RecordsResourceResponses(_response.Responses[_response.F, _response.M]):
    """``with_raw_response`` and ``with_streaming_response`` of ``aiwyn.records`` (and ``async_aiwyn.records``)."""

    update = _response.wrapped(RecordsResource.update)
    upsert = _response.wrapped(RecordsResource.upsert)
    delete = _response.wrapped(RecordsResource.delete)
