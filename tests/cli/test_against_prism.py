"""The ``aiwyn`` command against Prism: what the description documents, sent and decoded."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.mock import PrismServer

AIWYN = Path(sys.executable).with_name("aiwyn")


@pytest.mark.parametrize(
    "command",
    [
        ["clients", "get", "1", "--format", "json"],
        ["clients", "list", "--max-items", "2", "--format", "json"],
        [
            "clients",
            "search",
            "--where",
            "active = true and createdAt >= 2024-01-01",
            "--max-items",
            "1",
            "--format",
            "json",
        ],
        ["staff", "search", "--order-by", "-id", "--max-items", "1", "--format", "json"],
    ],
)
def test_commands_against_the_mock(prism: PrismServer, command: list[str]) -> None:
    env = {**os.environ, "AIWYN_BASE_URL": prism.base_url, "AIWYN_API_KEY": "k", "AIWYN_TOKEN": ""}
    command = [*command, "--format", "json"] if "--format" not in command else command
    result = subprocess.run([str(AIWYN), *command], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr + prism.log()[-2000:]
    rows = json.loads(result.stdout)
    assert rows and all(isinstance(row, dict) and "id" in row for row in rows)


@pytest.mark.postgres
@pytest.mark.parametrize("destination", ["duckdb", "postgres"])
def test_sync_of_every_resource_against_the_mock(prism: PrismServer, destination: str, tmp_path: Path) -> None:
    from tests.postgres_server import PostgresServer

    env = {**os.environ, "AIWYN_BASE_URL": prism.base_url, "AIWYN_API_KEY": "k", "AIWYN_TOKEN": ""}
    with contextlib.ExitStack() as stack:
        if destination == "postgres":
            env["DESTINATION__POSTGRES__CREDENTIALS"] = stack.enter_context(PostgresServer()).dsn
        command = [str(AIWYN), "sync", "--destination", destination]
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False, cwd=tmp_path)
    assert result.returncode == 0, result.stderr + prism.log()[-2000:]
    assert "failed:" not in result.stderr and "Traceback" not in result.stderr
    for table in ("clients", "engagements", "invoices", "invoices__line_items", "projects__milestones", "wip"):
        assert f" {table} " in result.stderr, table
