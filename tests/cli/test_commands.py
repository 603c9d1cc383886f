"""The ``aiwyn`` command through click's runner, against the stateful fake server."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiwyn_client.cli._app import app
from aiwyn_client.cli._filter import parse_order, parse_where
from aiwyn_client.errors import QueryError
from aiwyn_client.where import ClientFields as C
from aiwyn_client.where import DraftInvoiceHistoryFields as H
from click.testing import CliRunner, Result

from tests.fake_server import API_KEY, FakeAiwyn
from tests.reality.test_iteration import clients


@pytest.fixture
def fake() -> Iterator[FakeAiwyn]:
    with FakeAiwyn() as server:
        server.add("clients", clients(120) + clients(5, start=500, active=False))
        yield server


def aiwyn(fake: FakeAiwyn, *args: str, env: dict[str, str] | None = None) -> Result:
    environment = {"AIWYN_API_KEY": API_KEY, "AIWYN_BASE_URL": fake.url, "AIWYN_TOKEN": "", **(env or {})}
    return CliRunner().invoke(app, list(args), env=environment, catch_exceptions=False)


# ---------------------------------------------------------------------- the filter language
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('name ilike "%acme%" and active = true', C.name.ilike("%acme%") & C.active.eq(True)),
        ("createdAt >= 2024-01-01", C.created_at.gte("2024-01-01")),
        ("created_at < '2024-06-30T12:00:00Z'", C.created_at.lt("2024-06-30T12:00:00Z")),
        ("id in (1, 2, 3) or not (active = false)", C.id.in_([1, 2, 3]) | ~C.active.eq(False)),
        ("id not in (4) and pmsRef is null", C.id.nin([4]) & C.pms_ref.is_null()),
        ("clientRef is not null", C.client_ref.is_null(False)),
        ("name != 'O\\'Brien'", C.name.neq("O'Brien")),
    ],
)
def test_a_filter_means_what_the_builder_would_build(text: str, expected: Any) -> None:
    assert parse_where(text, C).to_dict() == expected.to_dict()


def test_a_filter_reaches_related_fields() -> None:
    expected = H.draft_invoice.invoice_id.eq(3)
    assert parse_where("draftInvoice.invoiceId = 3", H).to_dict() == expected.to_dict()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("nmae = 1", "Client has no field 'nmae'"),
        ("id = 'x'", "takes a number"),
        ("active > true", "boolean field: gt does not apply"),
        ("name =", "expected a value but found the end"),
        ("(name = 'a'", "expected \\) but found the end"),
        ("name = 'a' name = 'b'", "unexpected 'name' after a complete filter"),
        ("", "the filter is empty"),
        ("name ~ 'a'", "cannot read"),
    ],
)
def test_a_filter_the_entity_cannot_take_says_why(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_where(text, C)


def test_sort_keys() -> None:
    assert [o.to_dict() for o in parse_order("name,-createdAt", C)] == [{"name": "asc"}, {"createdAt": "desc"}]


# ---------------------------------------------------------------------- commands
def test_search_list_and_get_in_every_format(fake: FakeAiwyn) -> None:
    found = aiwyn(fake, "clients", "search", "--where", "active = false", "--order-by", "-id", "--format", "jsonl")
    assert found.exit_code == 0, found.output
    assert [json.loads(line)["id"] for line in found.stdout.splitlines()] == [504, 503, 502, 501, 500]
    listed = aiwyn(fake, "clients", "list", "--max-items", "3", "--format", "csv")
    assert list(csv.DictReader(listed.stdout.splitlines())) == [
        {"id": str(i), "name": f"Client {i:05d}", "active": "True"} for i in (1, 2, 3)
    ]
    everything = aiwyn(fake, "clients", "list", "--all", "--page-size", "50", "--format", "json")
    assert len(json.loads(everything.stdout)) == 125
    got = aiwyn(fake, "clients", "get", "7", "--format", "json")
    assert json.loads(got.stdout) == [{"id": 7, "name": "Client 00007", "active": True}]
    table = aiwyn(fake, "clients", "list", "--max-items", "2", "--format", "table")
    assert "Client 00002" in table.stdout and "id" in table.stdout


def test_exit_codes_say_what_went_wrong(fake: FakeAiwyn) -> None:
    missing = aiwyn(fake, "clients", "get", "999")
    assert missing.exit_code == 1 and "no clients 999" in missing.stderr and "Traceback" not in missing.stderr
    usage = aiwyn(fake, "clients", "search", "--where", "nmae = 1")
    assert usage.exit_code == 2 and "no field 'nmae'" in usage.stderr
    no_key = aiwyn(fake, "clients", "list", env={"AIWYN_API_KEY": ""})
    assert no_key.exit_code == 2 and "no credentials" in no_key.stderr
    unknown = aiwyn(fake, "nosuch")
    assert unknown.exit_code == 2
    assert aiwyn(fake, "clients", "list", "--where", "id = 1").exit_code == 2  # list takes no filter


def test_resources_lists_every_resource_and_its_commands(fake: FakeAiwyn) -> None:
    listed = aiwyn(fake, "resources")
    assert listed.exit_code == 0
    for resource in ("clients", "records", "draft_invoice_histories", "upsert"):
        assert resource in listed.stdout


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_export_writes_every_record_and_reads_back(fake: FakeAiwyn, tmp_path: Path, suffix: str) -> None:
    output = tmp_path / f"clients{suffix}"
    done = aiwyn(fake, "export", "clients", "-o", str(output), "--page-size", "40")
    assert done.exit_code == 0, done.output
    if suffix == ".jsonl":
        ids = [json.loads(line)["id"] for line in output.read_text().splitlines()]
    elif suffix == ".csv":
        ids = [int(row["id"]) for row in csv.DictReader(output.read_text().splitlines())]
    else:
        import pyarrow.parquet as pq  # type: ignore[import-untyped]

        ids = pq.read_table(output).column("id").to_pylist()
    assert sorted(ids) == [*range(1, 121), *range(500, 505)]
    assert not output.with_name(output.name + ".resume.json").exists()


def test_a_csv_export_says_which_later_columns_it_could_not_hold(fake: FakeAiwyn, tmp_path: Path) -> None:
    with fake.lock:
        fake.tables["clients"][-1]["pmsRef"] = "late"  # a field no record of the first batch has
    done = aiwyn(fake, "export", "clients", "-o", str(tmp_path / "c.csv"), "--page-size", "40", "--method", "list")
    assert done.exit_code == 0 and "1 column(s) first seen after the first batch" in done.stderr
    assert "pmsRef" in done.stderr and "export to .jsonl" in done.stderr


def test_export_with_a_filter_and_a_limit(fake: FakeAiwyn, tmp_path: Path) -> None:
    output = tmp_path / "some.jsonl"
    done = aiwyn(fake, "export", "clients", "-o", str(output), "--where", "id <= 30", "--max-items", "25")
    assert done.exit_code == 0
    assert [json.loads(line)["id"] for line in output.read_text().splitlines()] == list(range(1, 26))


def test_records_upsert_reports_partial_failure_and_writes_the_failures(fake: FakeAiwyn, tmp_path: Path) -> None:
    source = tmp_path / "records.csv"
    rows = [("client", f"C-{i}", f"Name {i}", "true" if i % 4 == 0 else "") for i in range(1, 11)]
    with source.open("w", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["type", "systemRef.id", "attributes.name", "attributes.fail"])
        writer.writerows(rows)
    done = aiwyn(fake, "records", "upsert", str(source), "--chunk", "4")
    assert done.exit_code == 3, done.output
    assert "10 records: 8 created, 2 failed" in done.stdout
    failed = [json.loads(line) for line in (tmp_path / "records.failed.jsonl").read_text().splitlines()]
    assert [f["record"]["systemRef"]["id"] for f in failed] == ["C-4", "C-8"] and failed[0]["index"] == 3
    assert failed[0]["error_code"] == "INVALID"
    assert sorted(r["systemRef"]["id"] for r in fake.written) == sorted(f"C-{i}" for i in range(1, 11) if i % 4)
    clean = tmp_path / "ok.jsonl"
    clean.write_text(json.dumps({"type": "client", "systemRef": {"id": "X"}, "attributes": {}}) + "\n")
    assert aiwyn(fake, "records", "upsert", str(clean)).exit_code == 0
