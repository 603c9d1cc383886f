"""``aiwyn sync`` on clients built from public descriptions, against Prism serving them.

An integrator builds the client from a description we have never seen and runs ``aiwyn sync``.
For a few corpus descriptions with paged lists (built as ``test_public_corpus`` builds them, with
none of our configuration), the command, in its own process, must: load every resource that pages
or name it in one line with why not (``skipped:`` a list under a parent's id, ``failed:`` what the
server did), with no traceback; give each table the columns the description declares, typed as
declared; load as many rows as the resource's typed iterator yields; and, run again, leave the
same number (merged on ``id``, incremental on an update time, or replaced when records have no id).
Slow: ``make test-public`` runs it (and the PostgreSQL one with ``make test``'s server).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest
import yaml

from generator import build
from generator.mock import PrismServer
from tests.support.descriptions import settings_for
from tests.support.postgres_server import PostgresServer

pytestmark = pytest.mark.public

PUBLIC = Path(__file__).parent / "public"
CORPUS = {e["name"]: e for e in yaml.safe_load((PUBLIC / "corpus.yaml").read_text(encoding="utf-8"))["descriptions"]}
SYNCED = ("okta_access_requests", "adyen_management", "twilio_messaging")
"""Paged GET lists by cursor and next link, nested objects, child tables, an update time, records
keyed by ``sid`` rather than ``id``, lists under a parent's id: and Prism's examples page to an end."""

DUCKDB_TYPES = {
    "text": "VARCHAR",
    "bigint": "BIGINT",
    "double": "DOUBLE",
    "bool": "BOOLEAN",
    "timestamp": "TIMESTAMP WITH TIME ZONE",
    "date": "DATE",
    "json": "JSON",
    "decimal": "DECIMAL(38,9)",
}

FACTS = """
import json, os, sys
from aiwyn_client import Aiwyn, _spec
from aiwyn_client._schemas import TABLES
from aiwyn_client.dlt import pageable, skipped, _typed_records, raw_pages

base_url = sys.argv[1]
credentials = {}
for scheme in _spec.SECURITY_SCHEMES.values():
    if scheme.kind == "basic":
        credentials.update({scheme.env + "_USERNAME": "u", scheme.env + "_PASSWORD": "p"})
    else:
        credentials[scheme.env] = "k"
os.environ.update(credentials)  # each scheme's variable, as the command reads them
tables = pageable()
counts = {}
with Aiwyn(base_url=base_url, max_retries=0) as client:
    cannot = skipped(client, sorted(tables))
    for resource, (method, info) in tables.items():
        if resource in cannot or raw_pages(info):
            continue
        try:
            counts[resource] = sum(1 for _ in _typed_records(client, resource, info, None))
        except Exception as exc:  # the sync must then name it as failed
            counts[resource] = f"{type(exc).__name__}"
print(json.dumps({
    "credentials": credentials,
    "pageable": sorted(tables),
    "columns": {name: {c.name: c.data_type for c in t.columns} for name, t in TABLES.items()},
    "counts": counts,
}))
"""


class Packages(dict[str, Path]):
    """Each description built on first use, once per process, as the corpus test builds it (no
    configuration of its own): under ``make test-public -n 2`` a worker builds only what it runs."""

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root

    def __missing__(self, name: str) -> Path:
        out = self.root / name / "generated"
        build.build_into(settings_for(PUBLIC / CORPUS[name]["file"]), out)
        self[name] = out
        return out


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Packages:
    return Packages(tmp_path_factory.mktemp("packages"))


def _facts(out: Path, base_url: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", FACTS, base_url],
        env={**os.environ, "PYTHONPATH": str(out)}, capture_output=True, text=True, check=True,
    )  # fmt: skip
    facts: dict[str, Any] = json.loads(proc.stdout)
    return facts


def _sync(
    out: Path, base_url: str, workdir: Path, env: dict[str, str], *options: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aiwyn_client.cli", "--base-url", base_url, "sync", *options],
        env={**os.environ, "PYTHONPATH": str(out), "RUNTIME__LOG_LEVEL": "WARNING", "COLUMNS": "200", **env},
        cwd=workdir, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def _named(stderr: str) -> dict[str, str]:
    """The resources a run named as skipped or failed, with the line."""
    named = {}
    for line in stderr.splitlines():
        for kind in ("skipped: ", "failed: "):
            if line.startswith(kind):
                named[line.removeprefix(kind).split(":", 1)[0]] = line
    return named


def _check_run(proc: subprocess.CompletedProcess[str], facts: dict[str, Any], tables: dict[str, int]) -> dict[str, str]:
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    named = _named(proc.stderr)
    assert proc.returncode == (1 if any(line.startswith("failed: ") for line in named.values()) else 0), proc.stderr
    for resource in facts["pageable"]:
        assert resource in tables or resource in named, f"{resource} neither loaded nor named:\n{proc.stderr}"
    for resource, count in facts["counts"].items():
        if resource in tables:
            assert tables[resource] == count, f"{resource}: {tables[resource]} rows, the iterator yields {count}"
    return named


def _duckdb_tables(database: Path) -> tuple[dict[str, int], dict[str, dict[str, str]]]:
    with duckdb.connect(str(database), read_only=True) as con:
        names = [t for (t,) in con.execute(
            "select table_name from information_schema.tables where table_schema = 'aiwyn_data'"
            " and table_name not like '_dlt%'"
        ).fetchall()]  # fmt: skip
        rows = {t: int(con.execute(f'select count(*) from aiwyn_data."{t}"').fetchone()[0]) for t in names}  # type: ignore[index]
        columns = {
            t: dict(
                con.execute(
                    "select column_name, data_type from information_schema.columns"
                    " where table_schema = 'aiwyn_data' and table_name = ?",
                    [t],
                ).fetchall()
            )  # fmt: skip
            for t in names
        }
    return rows, columns


@pytest.mark.parametrize("name", SYNCED)
def test_aiwyn_sync_loads_a_public_description_into_duckdb(
    name: str, packages: dict[str, Path], tmp_path: Path
) -> None:
    out, spec = packages[name], PUBLIC / CORPUS[name]["file"]
    database = tmp_path / "warehouse.duckdb"
    with PrismServer(spec, dynamic=bool(CORPUS[name].get("prism_dynamic"))) as prism:
        facts = _facts(out, prism.base_url)
        first = _sync(out, prism.base_url, tmp_path, facts["credentials"], "--duckdb-file", str(database))
        rows, columns = _duckdb_tables(database)
        _check_run(first, facts, rows)
        assert set(facts["counts"]) & set(rows), f"nothing loaded:\n{first.stderr}"
        for resource, declared in facts["columns"].items():
            for column, kind in columns.get(resource, {}).items():
                if column in declared:  # as the description types it (undeclared keys: as sent)
                    assert kind == DUCKDB_TYPES[declared[column]], (
                        f"{resource}.{column} is {kind}, not {declared[column]}"
                    )
        again = _sync(out, prism.base_url, tmp_path, facts["credentials"], "--duckdb-file", str(database))
        assert _duckdb_tables(database)[0] == rows, again.stderr  # merged or replaced: no duplicates
        _check_run(again, facts, rows)


@pytest.mark.postgres
def test_aiwyn_sync_loads_a_public_description_into_postgres(
    packages: dict[str, Path], pg: PostgresServer, tmp_path: Path
) -> None:
    import psycopg2

    name = "adyen_management"
    out, spec = packages[name], PUBLIC / CORPUS[name]["file"]
    with PrismServer(spec) as prism:
        facts = _facts(out, prism.base_url)
        env = {**facts["credentials"], "DESTINATION__POSTGRES__CREDENTIALS": pg.dsn}
        for _ in range(2):
            proc = _sync(out, prism.base_url, tmp_path, env, "--destination", "postgres", "--dataset", name)
            with contextlib.closing(psycopg2.connect(pg.dsn)) as con, con.cursor() as cur:
                cur.execute(
                    "select table_name from information_schema.tables where table_schema = %s"
                    " and table_name not like '_dlt%%'", (name,),
                )  # fmt: skip
                rows = {}
                for (table,) in cur.fetchall():
                    cur.execute(f'select count(*) from {name}."{table}"')
                    rows[table] = int(cur.fetchone()[0])  # type: ignore[index]
            _check_run(proc, facts, rows)
            assert set(facts["counts"]) & set(rows), proc.stderr
