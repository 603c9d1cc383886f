"""The ``aiwyn`` command as real processes: an export killed mid-run and resumed, syncs into DuckDB,
and the message when the extra is missing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.support.fake_server import API_KEY, FakeAiwyn
from tests.support.stateful import clients

AIWYN = Path(sys.executable).with_name("aiwyn")


def _env(fake: FakeAiwyn, tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "AIWYN_API_KEY": API_KEY,
        "AIWYN_BASE_URL": fake.url,
        "AIWYN_TOKEN": "",
        "DLT_DATA_DIR": str(tmp_path / "dlt"),
        "RUNTIME__LOG_LEVEL": "WARNING",
    }


def test_an_export_killed_mid_run_resumes_with_every_record_exactly_once(fake: FakeAiwyn, tmp_path: Path) -> None:
    fake.add("clients", clients(1500))
    fake.on_request = lambda server, path, body: time.sleep(0.03)  # slow enough to be killed mid-run
    output = tmp_path / "clients.jsonl"
    command = [str(AIWYN), "export", "clients", "-o", str(output), "--page-size", "20"]
    process = subprocess.Popen(command, env=_env(fake, tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    token = output.with_name(output.name + ".resume.json")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (token.exists() and json.loads(token.read_text())["rows"] >= 300):
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    written_before = len(output.read_text().splitlines())
    assert 300 <= written_before < 1500, written_before
    fake.on_request = None
    resumed = subprocess.run([*command, "--resume"], env=_env(fake, tmp_path), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    ids = [json.loads(line)["id"] for line in output.read_text().splitlines()]
    assert len(ids) == len(set(ids)) == 1500 and sorted(ids) == list(range(1, 1501))
    assert not token.exists()
    again = subprocess.run([*command, "--resume"], env=_env(fake, tmp_path), capture_output=True, text=True)
    assert again.returncode == 2 and "nothing to resume" in again.stderr


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "killed"])
def test_a_parquet_export_interrupted_or_killed_leaves_nothing_at_the_output(
    fake: FakeAiwyn, tmp_path: Path, how: signal.Signals
) -> None:
    fake.add("clients", clients(800))
    # Slow enough that the export (four pages in flight) is still running when the signal comes.
    fake.on_request = lambda server, path, body: time.sleep(0.25)
    directory = tmp_path / "out"
    output = directory / "clients.parquet"
    command = [str(AIWYN), "export", "clients", "-o", str(output), "--page-size", "20"]
    process = subprocess.Popen(
        command,
        env=_env(fake, tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        # A shell that runs the tests in the background ignores SIGINT for them, and children
        # inherit that: Ctrl-C must reach the command as it would on a terminal.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(fake.requests) < 15:  # several batches written
        time.sleep(0.05)
    assert process.poll() is None and [p.suffix for p in directory.iterdir()] == [".part"]
    process.send_signal(how)
    _, errors = process.communicate(timeout=30)
    assert process.returncode != 0 and not output.exists()
    if how == signal.SIGINT:  # cleaned up on the way out; a SIGKILL leaves only the hidden .part
        assert list(directory.iterdir()) == [] and b"Traceback" not in errors
    fake.on_request = None
    done = subprocess.run(command, env=_env(fake, tmp_path), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    assert sorted(pq.read_table(output).column("id").to_pylist()) == list(range(1, 801))


def _duckdb_rows(path: Path, query: str) -> list[tuple[Any, ...]]:
    import duckdb

    with duckdb.connect(str(path), read_only=True) as connection:
        return connection.sql(query).fetchall()


def test_sync_loads_into_duckdb_updates_what_changed_and_recovers_from_a_failed_run(
    fake: FakeAiwyn, tmp_path: Path
) -> None:
    fake.add("clients", clients(250))
    fake.add("staff", [{"id": i, "firstName": f"S{i}", "email": f"s{i}@x.test"} for i in range(1, 31)])
    env = _env(fake, tmp_path)
    first = subprocess.run(
        [str(AIWYN), "sync", "clients", "staff"], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert first.returncode == 0, first.stderr
    database = tmp_path / "aiwyn.duckdb"
    assert _duckdb_rows(database, "select count(*) from aiwyn_data.clients") == [(250,)]
    assert _duckdb_rows(database, "select count(*) from aiwyn_data.staff") == [(30,)]
    with fake.lock:
        for record in fake.tables["clients"][:3]:
            record["name"] = record["name"] + " (renamed)"
    fake.fault("/gql/v1/clients/search", "status", status=500, times=20)  # beyond every retry
    failed = subprocess.run([str(AIWYN), "sync", "clients"], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert failed.returncode != 0
    assert _duckdb_rows(database, "select count(*) from aiwyn_data.clients") == [(250,)]  # still consistent
    fake.faults.clear()
    second = subprocess.run([str(AIWYN), "sync", "clients"], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    assert _duckdb_rows(database, "select count(*) from aiwyn_data.clients") == [(250,)]
    renamed = _duckdb_rows(database, "select id from aiwyn_data.clients where name like '%(renamed)' order by id")
    assert renamed == [(1,), (2,), (3,)]


def test_without_the_extra_the_command_says_which_to_install() -> None:
    script = "import sys; sys.modules['click'] = None\nfrom aiwyn_client.cli import main\nmain([])"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 2 and "pip install 'aiwyn-client[cli]'" in result.stderr


def test_a_key_piped_to_login_is_kept_with_no_warning_about_echo(fake: FakeAiwyn, tmp_path: Path) -> None:
    env = {**_env(fake, tmp_path), "AIWYN_API_KEY": "", "AIWYN_CONFIG_DIR": str(tmp_path / "config")}
    env["AIWYN_CREDENTIAL_STORE"] = "file"
    done = subprocess.run(
        [str(AIWYN), "login"], input=API_KEY + "\n", env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        "API key: ",
        f"logged in: profile 'default', kept in {tmp_path}/config/credentials/default.json",
    ]
