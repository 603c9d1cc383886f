"""``aiwyn login`` / ``logout`` / ``whoami``: a credential kept per profile, readable by its owner
only, used by every command and by ``Aiwyn()`` when no credential is given, and never printed."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiwyn_client import Aiwyn, ConfigurationError
from aiwyn_client.auth import _store
from aiwyn_client.cli._app import app
from click.testing import CliRunner, Result

from tests.support.fake_server import API_KEY, FakeAiwyn
from tests.support.stateful import clients


@pytest.fixture
def fake() -> Iterator[FakeAiwyn]:
    with FakeAiwyn() as server:
        server.add("clients", clients(3))
        yield server


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AIWYN_CONFIG_DIR", str(tmp_path / "config"))
    for name in ("AIWYN_API_KEY", "AIWYN_TOKEN", "AIWYN_BASE_URL", "AIWYN_ENVIRONMENT", "AIWYN_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "config"


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=stdin, catch_exceptions=False)


def test_login_then_commands_work_with_no_environment(fake: FakeAiwyn, config: Path) -> None:
    result = run("--base-url", fake.url, "login", "--with-stdin", stdin=API_KEY + "\n")
    assert result.exit_code == 0, result.output
    assert API_KEY not in result.output
    stored = config / "credentials" / "default.json"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert stat.S_IMODE(stored.parent.stat().st_mode) == 0o700
    assert json.loads(stored.read_text()) == {"api_key": API_KEY, "base_url": fake.url}

    listed = run("clients", "list", "--format", "json")
    assert listed.exit_code == 0, listed.output
    assert [c["id"] for c in json.loads(listed.stdout)] == [1, 2, 3]

    who = run("whoami")
    assert who.exit_code == 0, who.output
    assert "the API key was accepted" in who.output and "profile 'default'" in who.output
    assert API_KEY not in who.output and not any(token in who.output for token in fake.tokens)

    with Aiwyn() as aiwyn:  # in code too: the stored profile when nothing else is given
        assert len(aiwyn.clients.list().clients) == 3  # type: ignore[arg-type]

    assert run("logout").exit_code == 0
    assert not stored.exists()
    assert run("clients", "list").exit_code == 2  # no credentials any more: a usage error


def test_profiles_are_kept_apart(fake: FakeAiwyn, config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("--base-url", fake.url, "--profile", "work", "login", "--with-stdin", stdin=API_KEY).exit_code == 0
    assert (config / "credentials" / "work.json").exists()
    assert not (config / "credentials" / "default.json").exists()
    monkeypatch.setenv("AIWYN_PROFILE", "work")
    assert run("clients", "list", "--format", "json").exit_code == 0
    with pytest.raises(ConfigurationError, match="aiwyn login --profile home"):
        Aiwyn(profile="home")


def test_a_prompt_hides_the_key(fake: FakeAiwyn, config: Path) -> None:
    result = CliRunner().invoke(app, ["--base-url", fake.url, "login"], input=API_KEY + "\n")
    assert result.exit_code == 0, result.output
    assert "API key" in result.output and API_KEY not in result.output


def test_a_stored_file_others_can_read_is_refused(fake: FakeAiwyn, config: Path) -> None:
    _store.save({"api_key": API_KEY, "base_url": fake.url})
    path = config / "credentials" / "default.json"
    os.chmod(path, 0o644)
    with pytest.raises(ConfigurationError, match="can be read by other users"):
        Aiwyn()


def test_the_environment_wins_over_the_stored_profile(
    fake: FakeAiwyn, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store.save({"api_key": "stored-wrong-key", "base_url": "http://127.0.0.1:9"})
    monkeypatch.setenv("AIWYN_API_KEY", API_KEY)
    with Aiwyn(base_url=fake.url) as aiwyn:
        assert len(aiwyn.clients.list().clients) == 3  # type: ignore[arg-type]


def test_the_os_keyring_is_used_when_it_has_a_backend(
    fake: FakeAiwyn, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.kept: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            del self.kept[(service, username)]

    memory, previous = Memory(), keyring.get_keyring()
    keyring.set_keyring(memory)
    monkeypatch.delenv("AIWYN_CREDENTIAL_STORE")
    try:
        result = run("--base-url", fake.url, "login", "--with-stdin", stdin=API_KEY)
        assert result.exit_code == 0 and "OS keyring" in result.output, result.output
        assert json.loads(memory.kept[("aiwyn-client", "default")])["api_key"] == API_KEY
        assert not (config / "credentials").exists()  # nothing on disk
        assert run("clients", "list", "--format", "json").exit_code == 0
        assert run("logout").exit_code == 0 and memory.kept == {}
    finally:
        keyring.set_keyring(previous)


def test_an_unknown_credential_store_is_one_line_not_a_guess(
    fake: FakeAiwyn, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIWYN_CREDENTIAL_STORE", "keychain")
    result = CliRunner().invoke(app, ["--base-url", fake.url, "login", "--with-stdin"], input=API_KEY)
    assert result.exit_code != 0 and "AIWYN_CREDENTIAL_STORE=keychain: set it to file or keyring" in result.output
    assert len(result.output.strip().splitlines()) == 1 and not (config / "credentials").exists()
