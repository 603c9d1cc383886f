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


def test_a_table_of_a_nested_resource_shows_what_fits_and_says_what_it_left_out(prism: PrismServer) -> None:
    from aiwyn_client.cli._app import app
    from click.testing import CliRunner

    env = {"AIWYN_BASE_URL": prism.base_url, "AIWYN_API_KEY": "k", "AIWYN_TOKEN": "", "COLUMNS": "100"}
    result = CliRunner().invoke(app, ["draft-invoice-histories", "list", "--format", "table"], env=env)
    assert result.exit_code == 0, result.stderr
    header = result.stdout.splitlines()[1]
    assert "clientId" in header and "draftInvoice" not in header  # scalar top-level fields only
    assert max(len(line) for line in result.stdout.splitlines()) <= 100
    assert "columns not shown (--columns a,b,c to choose" in result.stderr


def test_an_error_says_what_the_mock_found_wrong_and_masks_no_word(prism: PrismServer) -> None:
    from aiwyn_client import Aiwyn, UnprocessableEntityError
    from aiwyn_client.api.client import get_clients
    from aiwyn_client.models import ListRequest

    with Aiwyn(api_key="k", base_url=prism.base_url) as aiwyn, pytest.raises(UnprocessableEntityError) as caught:
        get_clients.sync(client=aiwyn, body=ListRequest(page_size=5000))  # the token Prism gives is "string"
    assert "request.body.pageSize: Request body property pageSize must be <= 1000" in str(caught.value)
    assert '"message":"string"' in str(caught.value)


@pytest.mark.postgres
@pytest.mark.parametrize("destination", ["duckdb", "postgres"])
def test_sync_of_every_resource_against_the_mock(prism: PrismServer, destination: str, tmp_path: Path) -> None:
    from tests.support.postgres_server import PostgresServer

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
