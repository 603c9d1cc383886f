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

from tests.support.fake_server import API_KEY, FakeAiwyn
from tests.support.stateful import clients


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
        {"id": str(i), "name": f"Client {i:05d}", "active": "true"} for i in (1, 2, 3)
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
    unknown = aiwyn(fake, "nosuch")
    assert unknown.exit_code == 2


def test_missing_credentials_are_named_as_the_command_takes_them(fake: FakeAiwyn, tmp_path: Path) -> None:
    no_key = aiwyn(fake, "clients", "list", env={"AIWYN_API_KEY": "", "AIWYN_CONFIG_DIR": str(tmp_path)})
    assert no_key.exit_code == 2 and "no credentials" in no_key.stderr
    assert "--api-key" in no_key.stderr and "AIWYN_API_KEY" in no_key.stderr and "aiwyn login" in no_key.stderr
    assert "api_key=" not in no_key.stderr and "Traceback" not in no_key.stderr


# ---------------------------------------------------------------------- what the options mean
def test_max_items_is_how_many_are_printed_and_page_size_how_many_a_request_asks_for(fake: FakeAiwyn) -> None:
    def pages_asked() -> list[Any]:
        return [
            seen.body["pageSize"] for seen in fake.requests if isinstance(seen.body, dict) and "pageSize" in seen.body
        ]

    default = aiwyn(fake, "clients", "list", "--format", "json")
    assert len(json.loads(default.stdout)) == 20 and pages_asked() == [20]  # one request for what is printed
    fake.requests.clear()
    five = aiwyn(fake, "clients", "list", "--max-items", "5", "--format", "json")
    assert len(json.loads(five.stdout)) == 5 and pages_asked() == [5]
    fake.requests.clear()
    small_pages = aiwyn(fake, "clients", "list", "--page-size", "5", "--format", "json")
    assert len(json.loads(small_pages.stdout)) == 20 and pages_asked() == [5, 5, 5, 5]
    assert "never how many are printed" in aiwyn(fake, "clients", "list", "--help").stdout
    too_large = aiwyn(fake, "clients", "list", "--page-size", "5000")  # named as the command takes it
    assert too_large.exit_code == 2 and "'--page-size': 5000 is not in the range 1<=x<=1000" in too_large.stderr
    both = aiwyn(fake, "clients", "list", "--all", "--max-items", "3")
    assert both.exit_code == 2 and "not both" in both.stderr


def test_options_are_offered_only_where_they_apply(fake: FakeAiwyn) -> None:
    assert "--where" not in aiwyn(fake, "clients", "list", "--help").stdout
    assert "--where" in aiwyn(fake, "clients", "search", "--help").stdout
    refused = aiwyn(fake, "clients", "list", "--where", "id = 1")
    assert refused.exit_code == 2 and "No such option" in refused.stderr
    assert "--max-items" not in aiwyn(fake, "clients", "get", "--help").stdout


def test_commands_are_kebab_case_and_underscores_are_accepted(fake: FakeAiwyn) -> None:
    for spelling in ("draft-invoice-histories", "draft_invoice_histories"):
        listed = aiwyn(fake, spelling, "list", "--format", "json")
        assert listed.exit_code == 0, listed.output
    assert "draft-invoice-histories" in aiwyn(fake, "--help").stdout
    for spelling in ("get-secret", "get_secret"):
        assert aiwyn(fake, "event-subscriptions", spelling, "--help").exit_code == 0


def test_columns_choose_what_a_table_or_csv_shows(fake: FakeAiwyn) -> None:
    chosen = aiwyn(fake, "clients", "list", "--max-items", "2", "--columns", "name,id", "--format", "csv")
    assert chosen.stdout.splitlines() == ["name,id", "Client 00001,1", "Client 00002,2"]
    unknown = aiwyn(fake, "clients", "list", "--columns", "nmae", "--format", "csv")
    assert unknown.exit_code == 2 and "no column nmae" in unknown.stderr and "name" in unknown.stderr
    not_flat = aiwyn(fake, "clients", "list", "--columns", "id", "--format", "json")
    assert not_flat.exit_code == 2 and "--columns applies to csv, table" in not_flat.stderr


def test_a_table_of_nested_records_shows_the_scalar_fields_that_fit_and_says_how_many_are_hidden() -> None:
    from aiwyn_client.cli.formats.table import fitting

    rows = [
        {"id": i, "number": f"INV-{i}", "status": "open", "client": {"id": 1, "name": "Acme", "ref": "A"},
         "lines": [{"amount": 1}], **{f"total{n}": {"net": n, "tax": n, "gross": n} for n in range(5)},
         "memo": "x" * 200}
        for i in range(3)
    ]  # fmt: skip
    assert fitting(rows, 80) == ["id", "number", "status", "memo"]
    assert fitting(rows, 30) == ["id", "number", "status"]
    assert fitting([{"id": 1, "name": "a"}], 80) == ["id", "name"]  # everything fits: everything


def test_shell_completion_of_resources_commands_and_fields(fake: FakeAiwyn) -> None:
    def complete(line: str) -> list[str]:
        env = {"_AIWYN_COMPLETE": "bash_complete", "COMP_WORDS": line, "COMP_CWORD": str(len(line.split()) - 1)}
        result = CliRunner().invoke(app, [], env=env, prog_name="aiwyn")
        return [row.split(",", 1)[1] for row in result.stdout.splitlines() if row]

    assert "draft-invoice-histories" in complete("aiwyn draft")
    assert complete("aiwyn event-subscriptions get-") == ["get-secret"]
    assert complete("aiwyn clients search --order-by crea") == ["createdAt"]
    assert "id,name" in complete("aiwyn clients list --columns id,na")
    script = aiwyn(fake, "completion", "bash")
    assert script.exit_code == 0 and "_AIWYN_COMPLETE=bash_complete" in script.stdout


def test_resources_lists_every_resource_and_its_commands(fake: FakeAiwyn) -> None:
    listed = aiwyn(fake, "resources")
    assert listed.exit_code == 0
    for resource in ("clients", "records", "draft-invoice-histories", "upsert", "get-secret"):
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


def test_csv_cells_are_sent_as_the_record_types_schema_types_them(fake: FakeAiwyn, tmp_path: Path) -> None:
    fake.record_types["engagement_letter"] = [
        {"name": "fee", "type": "number"},
        {"name": "pages", "type": "integer"},
        {"name": "signed", "type": "boolean"},
        {"name": "zip", "type": "string"},
    ]
    source = tmp_path / "letters.csv"
    source.write_text(
        "type,systemRef.id,attributes.fee,attributes.pages,attributes.signed,attributes.zip\n"
        "engagement_letter,L-1,1250.50,3,TRUE,02134\n"
        "engagement_letter,L-2,900,x,no,02135\n"
        "unknown_type,U-1,12,3,true,02136\n"
    )
    done = aiwyn(fake, "records", "upsert", str(source))
    assert done.exit_code == 0, done.output
    sent = {r["systemRef"]["id"]: r["attributes"] for r in fake.written}
    assert sent["L-1"] == {"fee": 1250.5, "pages": 3, "signed": True, "zip": "02134"}
    assert sent["L-2"] == {"fee": 900, "pages": "x", "signed": "no", "zip": "02135"}  # what does not read stays text
    assert sent["U-1"] == {"fee": "12", "pages": "3", "signed": True, "zip": "02136"}  # no schema: as read


def test_a_csv_export_spells_booleans_as_reading_a_csv_takes_them(fake: FakeAiwyn, tmp_path: Path) -> None:
    output = tmp_path / "clients.csv"
    assert aiwyn(fake, "export", "clients", "-o", str(output), "--max-items", "2").exit_code == 0
    assert output.read_text().splitlines()[1:] == ["1,Client 00001,true", "2,Client 00002,true"]
