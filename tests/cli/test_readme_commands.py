"""The README's block of ``aiwyn`` command lines, run as a newcomer types them, in order, against
Prism: read from README.md itself, so a command the README shows cannot stop working unnoticed.

Each line runs as its own process in one working directory, without a terminal (so the default
format is JSON, and CSV where ``--columns`` chose columns). ``aiwyn login`` reads the key from
stdin, as ``--with-stdin`` would; the commands after it use the stored profile, no environment.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from generator.mock import PrismServer
from generator.settings import Settings

AIWYN = Path(sys.executable).with_name("aiwyn")
BLOCK_OPENS = "## The `aiwyn` command"
SKIPPED = {
    ("export", "clients", "-o", "clients.jsonl", "--resume"): "resumes a killed export: test_processes.py",
}


def readme_commands(settings: Settings) -> list[list[str]]:
    """The ``aiwyn`` lines of the first indented block after the command's heading (blank lines
    inside it included), comments cut."""
    readme = (settings.root / "README.md").read_text(encoding="utf-8")
    lines = readme.split(BLOCK_OPENS, 1)[1].splitlines()[1:]
    start = next(i for i, line in enumerate(lines) if line.startswith("    "))
    end = next(i for i, line in enumerate(lines[start:], start) if line.strip() and not line.startswith("    "))
    block = [line.strip() for line in lines[start:end]]
    return [shlex.split(line, comments=True)[1:] for line in block if line.startswith("aiwyn ")]


@pytest.fixture
def newcomer(tmp_path: Path, prism: PrismServer) -> dict[str, str]:
    """An environment with no credential and a config directory of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIWYN_", "DESTINATION__"))}
    return {**env, "AIWYN_CONFIG_DIR": str(tmp_path / "config"), "AIWYN_CREDENTIAL_STORE": "file"}


def test_the_readme_shows_the_commands_this_test_runs(settings: Settings) -> None:
    commands = readme_commands(settings)
    assert commands[0] == ["login"] and ["sync"] in commands and len(commands) >= 10


def test_every_readme_command_runs_against_the_mock(
    settings: Settings, prism: PrismServer, newcomer: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "records.csv").write_text("type,systemRef.id,attributes.name\nclient,C-1,Acme\n", encoding="utf-8")
    for command in readme_commands(settings):
        if tuple(command) in SKIPPED:
            continue
        if command == ["login"]:
            command = ["--base-url", prism.base_url, "login", "--with-stdin"]
        result = subprocess.run(
            [str(AIWYN), *command], env=newcomer, cwd=tmp_path, input="my-api-key\n",
            capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        shown = f"aiwyn {shlex.join(command)}: exit {result.returncode}\n{result.stderr[-2000:]}"
        # 3: some records failed, which is what the mock's upsert answers (results without identities)
        assert result.returncode in ((0, 3) if command[:2] == ["records", "upsert"] else (0,)), shown
        assert "Traceback" not in result.stderr, shown
    assert (tmp_path / "clients.csv").read_text(encoding="utf-8").startswith("id,")
    assert (tmp_path / "downloads").is_dir() and any((tmp_path / "downloads").iterdir())
    assert (tmp_path / "aiwyn.duckdb").exists()


def test_columns_without_a_format_are_csv_when_not_on_a_terminal(prism: PrismServer, newcomer: dict[str, str]) -> None:
    env = {**newcomer, "AIWYN_BASE_URL": prism.base_url, "AIWYN_API_KEY": "k"}
    command = [str(AIWYN), "draft-invoice-histories", "list", "--columns", "id,client.name"]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "id,client.name"
