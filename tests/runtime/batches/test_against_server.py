"""Batches account for every record: outcomes matched by identity, inputs checked before the wire."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiwyn_client import BatchInputError, BatchReport

from tests.support.fake_server import FakeAiwyn
from tests.support.stateful import async_client, sync_client


def records(n: int, failing: frozenset[int] = frozenset()) -> list[dict[str, Any]]:
    return [
        {
            "type": "client",
            "systemRef": {"id": f"C-{i}", "system": "erp"},
            "attributes": {"name": f"Client {i}", **({"fail": True} if i in failing else {})},
        }
        for i in range(n)
    ]


def upsert_all(fake: FakeAiwyn, mode: str, items: list[Any], **options: Any) -> BatchReport:
    if mode == "sync":
        with sync_client(fake) as aiwyn:
            return aiwyn.records.upsert_all(items, **options)

    async def main() -> BatchReport:
        async with async_client(fake) as aiwyn:
            return await aiwyn.records.upsert_all(items, **options)

    return asyncio.run(main())


def outcome_names_its_own_record(report: BatchReport) -> None:
    for outcome in report:
        if outcome.result is not None:
            assert outcome.result.get("systemRef", outcome.record["systemRef"]) == outcome.record["systemRef"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_results_in_another_order_are_matched_by_identity(fake: FakeAiwyn, mode: str) -> None:
    fake.record_results = "reordered"
    report = upsert_all(fake, mode, records(250, failing=frozenset({3, 140})))
    assert [o.index for o in report] == list(range(250))
    assert [o.index for o in report.failed] == [3, 140]
    assert all(o.error_code == "INVALID" for o in report.failed)
    outcome_names_its_own_record(report)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_records_without_a_result_are_marked_and_the_rest_keep_their_own(fake: FakeAiwyn, mode: str) -> None:
    fake.record_results = "missing"  # every third record of a batch gets no result
    report = upsert_all(fake, mode, records(30, failing=frozenset({4})), batch_size=10)
    missing = [o.index for o in report if o.error_code == "NO_RESULT"]
    assert missing == [i for i in range(30) if i % 10 % 3 == 2]
    assert [o.index for o in report if o.error_code == "INVALID"] == [4]
    assert all(o.status == "created" for o in report if o.index not in missing and o.index != 4)
    outcome_names_its_own_record(report)


def test_results_without_identity_are_taken_in_order_only_when_one_per_record(fake: FakeAiwyn) -> None:
    fake.record_results = "anonymous"
    report = upsert_all(fake, "sync", records(12, failing=frozenset({5})))
    assert [o.index for o in report.failed] == [5]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (42, "record 2 is a int"),
        ({"systemRef": {"id": "X"}}, "record 2 has no type"),
        ({"type": "client"}, "record 2 has no systemRef"),
        ({"type": "client", "systemRef": {}}, "record 2 has no systemRef"),
    ],
)
def test_a_bad_record_raises_before_anything_is_sent(fake: FakeAiwyn, bad: Any, message: str) -> None:
    items = [*records(2), bad, *records(150)]
    with pytest.raises(BatchInputError, match=message):
        upsert_all(fake, "sync", items)
    assert fake.requests == []


@pytest.mark.parametrize("batch_size", [0, 101, "10", 2.5])
def test_batch_size_is_checked(fake: FakeAiwyn, batch_size: Any) -> None:
    with pytest.raises(BatchInputError, match="batch_size"):
        upsert_all(fake, "sync", records(3), batch_size=batch_size)
    assert fake.requests == []


def test_a_batch_that_cannot_be_sent_still_has_every_record_in_the_report(fake: FakeAiwyn) -> None:
    def drop_the_second_batch(server: FakeAiwyn, path: str, body: Any) -> None:
        if len(server.written) == 0:  # answering the first batch: arm both attempts of the next
            server.fault("/api/v1/records", "drop", times=2)

    fake.on_request = drop_the_second_batch
    with sync_client(fake, max_retries=1) as aiwyn:
        report = aiwyn.records.upsert_all(records(250))
    assert [o.index for o in report] == list(range(250))
    assert [o.index for o in report.failed] == list(range(100, 200))
    assert report.failed[0].error_code == "APIConnectionError"
    assert all(o.status == "created" for o in report.succeeded)
    assert len(fake.written) == 150
