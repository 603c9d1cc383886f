"""``aiwyn sync`` into DuckDB, a real PostgreSQL server and Delta tables, against the stateful fake.

The PostgreSQL tests start the machine's server (``make postgres`` installs Debian's package) on a
free loopback port; they are marked ``postgres`` and run with ``make test``.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dlt
import duckdb
import pytest
from aiwyn_client import _columns
from aiwyn_client._schemas import TABLES
from aiwyn_client.cli._app import app
from aiwyn_client.dlt import aiwyn_source, run_sync
from aiwyn_client.where import ClientFields
from aiwyn_client.where._expr import DateTimeField
from click.testing import CliRunner, Result

from generator.warehouse import column_names
from tests.cli.warehouse_records import records
from tests.support.fake_server import API_KEY, FakeAiwyn
from tests.support.fake_server import TABLES as FAKE_TABLES
from tests.support.postgres_server import PostgresServer

RESOURCES = sorted(TABLES)
NESTED = ("invoices", "projects")  # arrays of objects: child tables


@pytest.fixture
def fake() -> Iterator[FakeAiwyn]:
    with FakeAiwyn() as server:
        for resource in RESOURCES:
            server.add(resource, records(resource, 30))
        yield server


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RUNTIME__LOG_LEVEL", "WARNING")
    monkeypatch.chdir(tmp_path)


def options(fake: FakeAiwyn) -> dict[str, Any]:
    return {"api_key": API_KEY, "base_url": fake.url}


def aiwyn(fake: FakeAiwyn, *args: str, env: dict[str, str] | None = None) -> Result:
    environment = {"AIWYN_API_KEY": API_KEY, "AIWYN_BASE_URL": fake.url, "AIWYN_TOKEN": "", **(env or {})}
    return CliRunner().invoke(app, list(args), env=environment, catch_exceptions=False)


# ---------------------------------------------------------------------- the tables' schema
def test_no_table_has_two_columns_of_one_name() -> None:
    for resource, table in TABLES.items():
        names = [c.name for c in table.columns] + [c.name for c in table.children]
        assert len(names) == len(set(names)), resource
        for child in table.children:
            assert len({c.name for c in child.columns}) == len(child.columns), (resource, child.name)
    engagement = {c.path: c.name for c in TABLES["engagements"].columns}
    assert engagement[("partner_staff_id",)] == "partner_staff_id"
    assert engagement[("partnerStaffId",)] == "partner_staff_id_2"


def test_the_naming_rule_is_stable_and_prefers_the_name_already_spelled() -> None:
    paths = [("partnerStaffId",), ("partner_staff_id",), ("PartnerStaffID",), ("draftInvoice", "subTotal")]
    names = column_names(paths, _columns)
    assert names == {
        ("partnerStaffId",): "partner_staff_id_2",
        ("partner_staff_id",): "partner_staff_id",
        ("PartnerStaffID",): "partner_staff_id_3",
        ("draftInvoice", "subTotal"): "draft_invoice__sub_total",
    }
    assert column_names(list(reversed(paths)), _columns) == names | {
        ("PartnerStaffID",): "partner_staff_id_2",
        ("partnerStaffId",): "partner_staff_id_3",
    }


def test_types_come_from_the_description() -> None:
    kinds = {c.name: c.data_type for c in TABLES["invoices"].columns}
    assert kinds["issue_date"] == "timestamp" and kinds["id"] == "bigint"
    line_items = next(c for c in TABLES["invoices"].children if c.name == "line_items")
    assert {c.name: c.data_type for c in line_items.columns}["unit_price"] == "decimal"
    assert {c.name: c.data_type for c in TABLES["engagements"].columns}["start_dt"] == "date"
    assert {c.name: c.data_type for c in TABLES["clients"].columns}["active"] == "bool"


# ---------------------------------------------------------------------- DuckDB
def test_every_resource_with_nested_records_loads_into_duckdb(fake: FakeAiwyn, tmp_path: Path) -> None:
    seen: dict[str, tuple[int, int | None]] = {}
    result = run_sync(options(fake), None, progress=lambda name, done, total: seen.update({name: (done, total)}))
    assert seen == dict.fromkeys(RESOURCES, (30, 30))  # progress per resource, to its total
    assert not result.failed and not result.warnings
    assert all(result.loaded[resource] == 30 for resource in RESOURCES)
    assert result.loaded["invoices__line_items"] == 60
    with duckdb.connect(str(tmp_path / "aiwyn.duckdb"), read_only=True) as db:
        types = dict(
            db.sql(
                "select table_name || '.' || column_name, data_type from information_schema.columns "
                "where table_schema = 'aiwyn_data'"
            ).fetchall()
        )
        assert types["invoices.issue_date"] == "TIMESTAMP WITH TIME ZONE"
        assert types["invoices__line_items.unit_price"].startswith("DECIMAL")
        assert types["engagements.start_dt"] == "DATE"
        assert types["engagements.partner_staff_id_2"] == "BIGINT"
        assert types["clients.active"] == "BOOLEAN"
        prices = db.sql("select unit_price from aiwyn_data.invoices__line_items order by id limit 1").fetchall()
    assert prices == [(decimal.Decimal("1234.00"),)]


def test_a_resource_without_records_still_gets_its_table_and_a_later_run_fills_it(tmp_path: Path) -> None:
    """A warehouse query on a resource the firm has no records of yet finds an empty table, not no
    table (dlt makes none for a resource that yields nothing); its child tables come with records."""
    with FakeAiwyn() as empty:
        first = run_sync(options(empty), ["clients", "invoices"])
        assert first == {"clients": 0, "invoices": 0} and not first.warnings, first.warnings
        with duckdb.connect(str(tmp_path / "aiwyn.duckdb"), read_only=True) as db:
            assert _duckdb_rows(db, "clients") == _duckdb_rows(db, "invoices") == 0
            columns = db.sql("select column_name from information_schema.columns where table_name = 'clients'")
            assert {"id", "name", "created_at"} <= {name for (name,) in columns.fetchall()}
        empty.add("clients", records("clients", 30))
        empty.add("invoices", records("invoices", 30))
        assert run_sync(options(empty), ["clients", "invoices"]).loaded["invoices__line_items"] == 60
        with duckdb.connect(str(tmp_path / "aiwyn.duckdb"), read_only=True) as db:
            assert _duckdb_rows(db, "clients") == _duckdb_rows(db, "invoices") == 30


def _duckdb_rows(db: duckdb.DuckDBPyConnection, table: str) -> int:
    ((count,),) = db.sql(f"select count(*) from aiwyn_data.{table}").fetchall()
    return int(count)


def test_two_directories_with_the_default_file_write_two_databases(
    fake: FakeAiwyn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        monkeypatch.chdir(tmp_path / name)
        result = run_sync(options(fake), ["clients"])
        assert result == {"clients": 30}, name
        assert (tmp_path / name / "aiwyn.duckdb").exists()
        assert (tmp_path / name / "aiwyn.duckdb.state").is_dir()
    for name in ("one", "two"):
        with duckdb.connect(str(tmp_path / name / "aiwyn.duckdb"), read_only=True) as db:
            assert db.sql("select count(*) from aiwyn_data.clients").fetchall() == [(30,)]


def test_a_moved_database_is_named_instead_of_loaded_half(fake: FakeAiwyn, tmp_path: Path) -> None:
    assert aiwyn(fake, "sync", "clients", "--state-dir", "state").exit_code == 0
    (tmp_path / "aiwyn.duckdb").rename(tmp_path / "elsewhere.duckdb")
    moved = aiwyn(fake, "sync", "clients", "--state-dir", "state", "--duckdb-file", "elsewhere.duckdb")
    assert moved.exit_code == 2
    assert "was written for duckdb:" in moved.output and "--full-refresh" in moved.output
    gone = aiwyn(fake, "sync", "clients", "--state-dir", "state")
    assert gone.exit_code == 2 and "is gone (moved or deleted?)" in gone.output
    again = aiwyn(fake, "sync", "clients", "--state-dir", "state", "--full-refresh")
    assert again.exit_code == 0, again.output


def test_a_403_on_one_resource_loads_the_others_and_the_next_run_completes_it(fake: FakeAiwyn, tmp_path: Path) -> None:
    search = FAKE_TABLES["engagements"][1]
    assert search is not None
    fake.fault(search, "status", status=403, times=10)
    failed = aiwyn(fake, "sync")
    assert failed.exit_code == 1, failed.output
    lines = [line for line in failed.output.splitlines() if line.startswith("failed:")]
    assert len(lines) == 1 and lines[0].startswith("failed: engagements: ") and "403" in lines[0]
    assert "Traceback" not in failed.output
    with duckdb.connect(str(tmp_path / "aiwyn.duckdb"), read_only=True) as db:
        tables = {t for (t,) in db.sql("select table_name from information_schema.tables").fetchall()}
        assert "clients" in tables and "invoices__line_items" in tables and "engagements" not in tables
    debug = aiwyn(fake, "--debug", "sync", "engagements")
    assert debug.exit_code == 1 and "Traceback" in debug.output  # --debug shows where it failed
    fake.faults.clear()
    completed = aiwyn(fake, "sync")
    assert completed.exit_code == 0, completed.output
    with duckdb.connect(str(tmp_path / "aiwyn.duckdb"), read_only=True) as db:
        assert db.sql("select count(*) from aiwyn_data.engagements").fetchall() == [(30,)]


def test_a_load_left_pending_by_a_killed_run_is_completed_with_a_message(fake: FakeAiwyn, tmp_path: Path) -> None:
    database, state = tmp_path / "aiwyn.duckdb", tmp_path / "aiwyn.duckdb.state"
    pipeline = dlt.pipeline(
        "aiwyn", destination=dlt.destinations.duckdb(str(database)), dataset_name="aiwyn_data", pipelines_dir=str(state)
    )
    from aiwyn_client import Aiwyn

    with Aiwyn(**options(fake)) as client:
        pipeline.extract(aiwyn_source(client, ["staff"]))
    pipeline.normalize()  # killed here: normalized, never loaded
    result = run_sync(options(fake), ["clients"])
    assert result.notes == ["completed a load an earlier run left pending"]
    with duckdb.connect(str(database), read_only=True) as db:
        assert db.sql("select count(*) from aiwyn_data.staff").fetchall() == [(30,)]


# ---------------------------------------------------------------------- PostgreSQL
@pytest.mark.postgres
def test_every_resource_with_nested_records_loads_into_postgres_and_merges_changes(
    fake: FakeAiwyn, pg: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESTINATION__POSTGRES__CREDENTIALS", pg.dsn)
    dataset = "nested"
    first = run_sync(options(fake), None, destination="postgres", dataset=dataset)
    assert not first.failed, first.failed
    assert {r: first.loaded[r] for r in RESOURCES} == dict.fromkeys(RESOURCES, 30)
    assert first.loaded["invoices__line_items"] == 60 and first.loaded["projects__milestones"] == 60
    types = {k.removeprefix(f"{dataset}."): v for k, v in _pg_query_types(pg, dataset).items()}
    assert types["invoices.issue_date"] == "timestamp with time zone"
    assert types["invoices__line_items.unit_price"] == "numeric"
    assert types["engagements.start_dt"] == "date"
    assert types["clients.active"] == "boolean"
    assert types["draft_invoice_histories.draft_invoice__approved_at"] == "timestamp with time zone"
    assert types["engagements.partner_staff_id_2"] == "bigint"

    with fake.lock:
        changed = fake.tables["invoices"][:3]
        for invoice in changed:
            invoice["notes"] = "changed"
            invoice["lineItems"] = invoice["lineItems"][:1]  # one line item removed
            invoice["updatedAt"] = "2024-06-01T00:00:00Z"
    second = run_sync(options(fake), ["invoices"], destination="postgres", dataset=dataset)
    assert not second.failed
    # A list cannot be asked what changed: it is read whole, and only the updated records merged.
    assert second == {"invoices": 3, "invoices__line_items": 3, "invoices__payments": 6}
    rows = pg.query(f"select count(*), count(*) filter (where notes = 'changed') from {dataset}.invoices")
    assert rows == [(30, 3)]
    items = pg.query(
        f"select i.id, count(li.*) from {dataset}.invoices i join {dataset}.invoices__line_items li "
        f"on li._dlt_parent_id = i._dlt_id group by i.id order by i.id limit 4"
    )
    assert items == [(1, 1), (2, 1), (3, 1), (4, 2)]  # the changed records' items replaced, not added


def _pg_query_types(pg: PostgresServer, dataset: str) -> dict[str, str]:
    rows = pg.query(
        "select table_name || '.' || column_name, data_type from information_schema.columns "
        f"where table_schema = '{dataset}'"
    )
    return {str(k): str(v) for k, v in rows}


@pytest.mark.postgres
def test_an_entity_with_an_update_time_loads_only_what_changed_into_postgres(
    fake: FakeAiwyn, pg: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESTINATION__POSTGRES__CREDENTIALS", pg.dsn)
    monkeypatch.setattr(
        ClientFields, "updated_at", DateTimeField("Client", ("updatedAt",), "updated_at"), raising=False
    )
    with fake.lock:
        for i, client in enumerate(fake.tables["clients"]):
            client["updatedAt"] = f"2024-01-{1 + i % 28:02d}T00:00:00Z"
    first = run_sync(options(fake), ["clients"], destination="postgres", dataset="incremental")
    assert first == {"clients": 30}
    with fake.lock:
        for client in fake.tables["clients"][:3]:
            client.update(name="renamed", updatedAt="2024-03-01T00:00:00Z")
    second = run_sync(options(fake), ["clients"], destination="postgres", dataset="incremental")
    assert second == {"clients": 3}
    assert pg.query("select count(*), count(*) filter (where name = 'renamed') from incremental.clients") == [(30, 3)]


@pytest.mark.postgres
def test_a_resource_without_records_still_gets_its_table_in_postgres(
    pg: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESTINATION__POSTGRES__CREDENTIALS", pg.dsn)
    with FakeAiwyn() as empty:
        found = run_sync(options(empty), ["clients", "invoices"], destination="postgres", dataset="empty")
    assert found == {"clients": 0, "invoices": 0} and not found.failed, found.failed
    assert pg.query("select count(*) from empty.clients") == pg.query("select count(*) from empty.invoices") == [(0,)]


@pytest.mark.postgres
def test_an_empty_string_reaches_postgres_as_one_beside_a_null(
    fake: FakeAiwyn, pg: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty ``clientRef`` and none are two facts: each arrives as it was, through ``COPY``
    (clients) and through the INSERT statements of a resource with child tables (invoices)."""
    monkeypatch.setenv("DESTINATION__POSTGRES__CREDENTIALS", pg.dsn)
    with fake.lock:
        fake.tables["clients"][0]["clientRef"] = ""
        fake.tables["clients"][1]["clientRef"] = None
        fake.tables["invoices"][0]["lineItems"][0]["notes"] = ""
        fake.tables["invoices"][0]["lineItems"][1]["notes"] = None
    result = run_sync(options(fake), ["clients", "invoices"], destination="postgres", dataset="empty")
    assert not result.failed, result.failed
    assert pg.query("select id, client_ref from empty.clients where id <= 3 order by id") == [
        (1, ""),
        (2, None),
        (3, "clientRef 3"),
    ]
    assert pg.query("select notes from empty.invoices__line_items where id in (100, 101) order by id") == [
        ("",),
        (None,),
    ]


@pytest.mark.postgres
def test_a_403_into_postgres_fails_one_resource_and_the_next_run_completes_it(
    fake: FakeAiwyn, pg: PostgresServer
) -> None:
    env = {"DESTINATION__POSTGRES__CREDENTIALS": pg.dsn}
    fake.fault(str(FAKE_TABLES["payments"][0]), "status", status=403, times=10)
    failed = aiwyn(fake, "sync", "--destination", "postgres", "--dataset", "forbidden", env=env)
    assert failed.exit_code == 1
    assert [line for line in failed.output.splitlines() if line.startswith("failed:")][0].startswith(
        "failed: payments: "
    )
    assert pg.query("select count(*) from forbidden.clients") == [(30,)]
    fake.faults.clear()
    completed = aiwyn(fake, "sync", "payments", "--destination", "postgres", "--dataset", "forbidden", env=env)
    assert completed.exit_code == 0, completed.output
    assert pg.query("select count(*) from forbidden.payments") == [(30,)]


def test_a_pending_load_that_cannot_be_completed_is_discarded_with_its_reason(
    fake: FakeAiwyn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, state = tmp_path / "aiwyn.duckdb", tmp_path / "aiwyn.duckdb.state"
    pipeline = dlt.pipeline(
        "aiwyn", destination=dlt.destinations.duckdb(str(database)), dataset_name="aiwyn_data", pipelines_dir=str(state)
    )
    from aiwyn_client import Aiwyn

    with Aiwyn(**options(fake)) as client:
        pipeline.extract(aiwyn_source(client, ["staff"]))
    pipeline.normalize()

    load = dlt.Pipeline.load
    calls: list[int] = []

    def broken_once(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the destination refused the package")
        return load(self, *args, **kwargs)

    monkeypatch.setattr(dlt.Pipeline, "load", broken_once)
    result = run_sync(options(fake), ["clients"])
    assert len(result.notes) == 1 and result.notes[0].startswith("discarded a load an earlier run left pending")
    assert "refused the package" in result.notes[0]
    assert result == {"clients": 30}  # the run itself goes on
    with duckdb.connect(str(database), read_only=True) as db:
        tables = {t for (t,) in db.sql("select table_name from information_schema.tables").fetchall()}
    assert "staff" not in tables


def test_the_postgres_destination_is_dlts_to_its_state_and_configuration() -> None:
    """``aiwyn sync``'s PostgreSQL destination (dlt's, copying CSV files its own way) has dlt's type
    and name: a state dlt's destination wrote carries on, and DESTINATION__POSTGRES__* configures it."""
    from aiwyn_client._postgres import postgres

    ours, dlts = postgres(), dlt.destinations.postgres()
    assert (ours.destination_type, ours.destination_name) == (dlts.destination_type, dlts.destination_name)


def test_postgres_without_credentials_is_one_line_before_any_request(fake: FakeAiwyn) -> None:
    result = aiwyn(fake, "sync", "--destination", "postgres", env={"DESTINATION__POSTGRES__CREDENTIALS": ""})
    assert result.exit_code == 2, result.output
    assert "DESTINATION__POSTGRES__CREDENTIALS" in result.output
    assert not [r for r in fake.requests if "/gql/" in r.path]


# ---------------------------------------------------------------------- Delta tables
def test_every_resource_loads_into_delta_tables_and_merges_changes(fake: FakeAiwyn, tmp_path: Path) -> None:
    deltalake = pytest.importorskip("deltalake")
    first = run_sync(options(fake), None, destination="delta", lake_dir=str(tmp_path / "lake"))
    assert not first.failed, first.failed
    invoices = deltalake.DeltaTable(str(tmp_path / "lake" / "aiwyn_data" / "invoices"))
    schema = {f.name: str(f.type) for f in invoices.schema().fields}
    assert "timestamp" in schema["issue_date"].lower()
    items = deltalake.DeltaTable(str(tmp_path / "lake" / "aiwyn_data" / "invoices__line_items"))
    assert "decimal" in str({f.name: f.type for f in items.schema().fields}["unit_price"]).lower()
    with fake.lock:
        for invoice in fake.tables["invoices"][:2]:
            invoice["notes"] = "changed"
            invoice["updatedAt"] = "2024-06-01T00:00:00Z"
    second = run_sync(options(fake), ["invoices"], destination="delta", lake_dir=str(tmp_path / "lake"))
    assert not second.failed
    assert second.loaded["invoices"] == 2
    table = deltalake.DeltaTable(str(tmp_path / "lake" / "aiwyn_data" / "invoices")).to_pyarrow_table()
    notes = table.column("notes").to_pylist()
    assert len(notes) == 30 and notes.count("changed") == 2


def test_an_unreachable_server_is_one_line_before_any_request(fake: FakeAiwyn) -> None:
    from tests.support.postgres_server import free_port

    dsn = f"postgresql://aiwyn:aiwyn@127.0.0.1:{free_port()}/aiwyn"  # nothing listens there
    result = aiwyn(fake, "sync", "--destination", "postgres", env={"DESTINATION__POSTGRES__CREDENTIALS": dsn})
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "cannot connect" in lines[0] and "Traceback" not in result.output
    assert not [r for r in fake.requests if "/gql/" in r.path]


def test_dlt_telemetry_is_off_unless_the_user_turns_it_on() -> None:
    import os
    import subprocess
    import sys

    script = (
        "import aiwyn_client.dlt, dlt\n"
        "from dlt.common.configuration.specs import RuntimeConfiguration\n"
        "from dlt.common.configuration import resolve_configuration\n"
        "print(resolve_configuration(RuntimeConfiguration()).dlthub_telemetry)"
    )
    env = {k: v for k, v in os.environ.items() if k != "RUNTIME__DLTHUB_TELEMETRY"}
    off = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert off.stdout.strip() == "False"
    env["RUNTIME__DLTHUB_TELEMETRY"] = "true"
    on = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert on.stdout.strip() == "True"


def test_a_destination_whose_package_is_missing_names_the_extra(fake: FakeAiwyn) -> None:
    result = aiwyn(fake, "sync", "--destination", "iceberg")  # pyiceberg is not installed here
    assert result.exit_code == 2 and "needs pyiceberg: pip install 'dlt[pyiceberg]'" in result.output


def test_a_param_no_list_takes_is_a_usage_error_before_any_request(fake: FakeAiwyn) -> None:
    result = aiwyn(fake, "sync", "--param", "tenant-id=T1")
    assert result.exit_code == 2, result.output
    assert "no resource to load takes --param tenant_id" in result.output and "Traceback" not in result.output
    assert not [r for r in fake.requests if "/gql/" in r.path]
