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
"""The commands that are the same for every API (tested on their own); the rest are resources."""


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


@pytest.mark.parametrize("path", [p for p in COMMANDS if p[-1] not in ("upsert", "update", "delete")], ids=" ".join)
def test_every_command_named_runs_against_the_mock(prism: PrismServer, path: tuple[str, ...], tmp_path: Path) -> None:
    command = app
    for name in path:
        assert isinstance(command, click.Group)
        found = command.get_command(click.Context(command), name)
        assert found is not None
        command = found
    arguments = ["1" if p.type is click.INT else "string" for p in command.params if isinstance(p, click.Argument)]
    options = ["-o", str(tmp_path / "file")] if path[-1] == "download" else ["--format", "json"]
    env = {"AIWYN_BASE_URL": prism.base_url, "AIWYN_API_KEY": "k", "AIWYN_TOKEN": ""}
    result = CliRunner().invoke(app, [*path, *arguments, *options], env=env)
    assert result.exit_code == 0, f"{result.output}\n{result.stderr}"
    if path[-1] == "download":
        assert (tmp_path / "file").stat().st_size > 0
    else:
        rows = json.loads(result.stdout)
        assert isinstance(rows, list) and all(isinstance(row, dict) for row in rows)
