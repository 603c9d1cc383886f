"""Every command the help of ``aiwyn`` names exists and runs: the whole tree, walked from the top,
each resource command run against Prism (what the description documents, decoded)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from aiwyn_client.cli._app import app
from click.testing import CliRunner

from generator.mock import PrismServer

STATIC = {"completion", "export", "login", "logout", "resources", "sync", "whoami"}
"""The commands that are the same for every API; the rest are resources. ``login``, ``logout``,
``whoami`` (tests/cli/test_login.py) and ``sync`` (test_sync_*.py) are run on their own."""
RUN_HERE = [("resources",), ("completion", "bash"), ("export", "clients", "--max-items", "2")]


def named_in_help(command: click.Command, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every command path the help names, as a user reads it: each group's help, then its commands'."""
    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    if not isinstance(command, click.Group):
        yield path
        return
    listed = result.output.split("Commands:", 1)[1].split()
    ctx = click.Context(command)
    for name in command.list_commands(ctx):
        sub = command.get_command(ctx, name)
        assert sub is not None, f"{' '.join((*path, name))} is listed but does not exist"
        if sub.hidden:  # a resource without a command (only create, update…): not named
            assert name not in listed
        elif path or name not in STATIC:
            assert name in listed, f"{' '.join(path)} --help does not name {name}"
            yield from named_in_help(sub, (*path, name))


COMMANDS = sorted(named_in_help(app))


def test_the_help_names_every_list_get_and_download() -> None:
    assert ("event-subscriptions", "list") in COMMANDS  # a list that does not page
    assert ("files", "download") in COMMANDS
    assert ("draft-invoice-histories", "search") in COMMANDS


def _command(path: tuple[str, ...]) -> click.Command:
    command: click.Command = app
    for name in path:
        assert isinstance(command, click.Group)
        found = command.get_command(click.Context(command), name)
        assert found is not None
        command = found
    return command


def _env(prism: PrismServer) -> dict[str, str]:
    return {"AIWYN_BASE_URL": prism.base_url, "AIWYN_API_KEY": "k", "AIWYN_TOKEN": ""}


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_command_named_runs_against_the_mock(prism: PrismServer, path: tuple[str, ...], tmp_path: Path) -> None:
    arguments = [p for p in _command(path).params if isinstance(p, click.Argument)]
    if [p.name for p in arguments] == ["file"]:  # a batch write: a file of one record
        records = tmp_path / "records.jsonl"
        records.write_text(json.dumps({"type": "client", "systemRef": {"id": "C-1"}, "attributes": {}}) + "\n")
        result = CliRunner().invoke(app, [*path, str(records)], env=_env(prism))
        # the mock answers its examples, not this record's result: a partial failure is fine here
        assert result.exit_code in (0, 3) and "records:" in result.stdout, f"{result.output}\n{result.stderr}"
        return
    given = ["1" if p.type is click.INT else "string" for p in arguments]
    options = ["-o", str(tmp_path / "file")] if path[-1] == "download" else ["--format", "json"]
    result = CliRunner().invoke(app, [*path, *given, *options], env=_env(prism))
    assert result.exit_code == 0, f"{result.output}\n{result.stderr}"
    if path[-1] == "download":
        assert (tmp_path / "file").stat().st_size > 0
    else:
        rows = json.loads(result.stdout)
        assert isinstance(rows, list) and all(isinstance(row, dict) for row in rows)


@pytest.mark.parametrize("args", RUN_HERE, ids=" ".join)
def test_the_commands_every_api_has_run_against_the_mock(
    prism: PrismServer, args: tuple[str, ...], tmp_path: Path
) -> None:
    extra = ["-o", str(tmp_path / "out.jsonl")] if args[0] == "export" else []
    result = CliRunner().invoke(app, [*args, *extra], env=_env(prism))
    assert result.exit_code == 0, f"{result.output}\n{result.stderr}"
