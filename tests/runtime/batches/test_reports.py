"""records.upsert_all / update_all: any number of records, one report, nothing lost."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from aiwyn_client.errors import BatchInputError
from aiwyn_client.models import Record

from tests.support.fakes import ScriptedAPI, Sleeps, no_sleep


def _records(n: int) -> list[dict[str, Any]]:
    return [{"type": "client", "systemRef": {"id": f"C-{i}"}, "attributes": {"name": f"Client {i}"}} for i in range(n)]


def _results_for(records: list[dict[str, Any]], failing: set[str]) -> dict[str, Any]:
    results = []
    for record in records:
        ref = record["systemRef"]["id"]
        if ref in failing:
            results.append({"status": "FAILED", "error": {"code": "VALIDATION_ERROR", "message": f"{ref} is bad"}})
        else:
            results.append({"status": "CREATED" if int(ref[2:]) % 2 else "UPDATED", "error": None})
    failed = sum(1 for r in results if r["status"] == "FAILED")
    return {"data": {"summary": {"failed": failed}, "records": results}, "error": None, "meta": {"success": True}}


class RecordsAPI:
    """Answers batch writes per record; the second batch first fails with 503 once."""

    def __init__(self, failing: set[str], flaky_batch: int | None = 2, status: int = 503) -> None:
        self.failing, self.flaky_batch, self.status = failing, flaky_batch, status
        self.batches: list[list[dict[str, Any]]] = []
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        records = json.loads(request.content)["records"]
        if self.flaky_batch is not None and len(self.batches) + 1 == self.flaky_batch:
            self.flaky_batch = None
            return httpx.Response(self.status, json={"data": None, "error": {"code": "BUSY"}, "meta": {}})
        self.batches.append(records)
        return httpx.Response(200, json=_results_for(records, self.failing))


def test_upsert_all_250_records_with_failures_and_a_503_batch() -> None:
    records = _records(250)
    backend = RecordsAPI(failing={"C-7", "C-150", "C-249"})
    api = ScriptedAPI(backend)
    with api.sync_client() as aiwyn:
        no_sleep(aiwyn, Sleeps())
        report = aiwyn.records.upsert_all(records)
    assert [len(b) for b in backend.batches] == [100, 100, 50]
    assert backend.calls == 4  # the 503 was retried: upsert is idempotent by systemRef
    assert report.batches == 3
    assert [o.index for o in report] == list(range(250))
    assert [o.record for o in report] == records
    assert [o.record["systemRef"]["id"] for o in report.failed] == ["C-7", "C-150", "C-249"]
    assert report.failed[0].error_code == "VALIDATION_ERROR" and report.failed[0].error_message == "C-7 is bad"
    assert len(report.created) + len(report.updated) == 247
    assert not report.ok
    assert report.counts() == {"updated": 124, "created": 123, "failed": 3}


def test_a_batch_that_fails_after_retries_is_reported_per_record() -> None:
    backend = RecordsAPI(failing=set(), flaky_batch=None)
    answers = iter([httpx.Response(400, json={"data": None, "error": {"code": "BAD"}, "meta": {}})])

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers, None) or backend(request)

    api = ScriptedAPI(handler)
    with api.sync_client() as aiwyn:
        report = aiwyn.records.upsert_all(_records(150))
    assert len(report) == 150
    assert [o.index for o in report.failed] == list(range(100))
    assert all(o.error_code == "BadRequestError" for o in report.failed)
    assert len(report.succeeded) == 50


def test_fewer_results_than_records_marks_the_rest_failed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        records = json.loads(request.content)["records"]
        body = _results_for(records[:-1], set())
        return httpx.Response(200, json=body)

    with ScriptedAPI(handler).sync_client() as aiwyn:
        report = aiwyn.records.update_all(_records(3))
    assert [o.status for o in report][-1] == "failed"
    assert report.failed[0].error_code == "NO_RESULT"


def test_models_and_mappings_are_both_accepted_and_batch_size_is_checked() -> None:
    backend = RecordsAPI(failing=set(), flaky_batch=None)
    with ScriptedAPI(backend).sync_client() as aiwyn:
        model = Record.from_dict(_records(1)[0])
        report = aiwyn.records.upsert_all([model, *_records(2)[1:]], batch_size=1)
        assert report.batches == 2 and report.ok
        with pytest.raises(BatchInputError, match="from 1 to 100"):
            aiwyn.records.upsert_all(_records(1), batch_size=101)
        with pytest.raises(BatchInputError, match="mapping"):
            aiwyn.records.upsert_all([42])


def test_async_upsert_all() -> None:
    backend = RecordsAPI(failing={"C-3"})
    api = ScriptedAPI(backend)

    async def main() -> None:
        async with api.async_client() as aiwyn:
            no_sleep(aiwyn, Sleeps())
            report = await aiwyn.records.upsert_all(_records(210))
        assert [o.index for o in report] == list(range(210))
        assert [o.index for o in report.failed] == [3]

    asyncio.run(main())
    assert [len(b) for b in backend.batches] == [100, 100, 10]
