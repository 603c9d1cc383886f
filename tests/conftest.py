"""Shared fixtures: the parsed spec, the generator settings, a Prism mock of the spec, and a
PostgreSQL server (one per module that asks).

Prism starts once per session, from the repo's node_modules, on a free loopback port, and only
when a test asks for it. When a test that used it fails, Prism's log is attached to the report.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator

import pytest

from generator.mock import PrismServer
from generator.settings import Settings
from generator.spec import SpecIndex
from tests.support.fake_server import FakeAiwyn
from tests.support.postgres_server import PostgresServer, postgres


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.load()


@pytest.fixture(scope="session")
def spec_index(settings: Settings) -> SpecIndex:
    return SpecIndex.from_settings(settings)


@pytest.fixture
def fake() -> Iterator[FakeAiwyn]:
    """The stateful fake Aiwyn (tests/support/fake_server.py), started empty; a test module seeds
    it, or overrides this fixture with one that does."""
    with FakeAiwyn() as server:
        yield server


@pytest.fixture
def other() -> Iterator[FakeAiwyn]:
    """A second server, another origin: where a redirect would take the credentials."""
    with FakeAiwyn() as server:
        yield server


@pytest.fixture(scope="module")
def pg() -> Iterator[PostgresServer]:
    """A PostgreSQL server of the test's own, shared by a module's tests."""
    with postgres() as server:
        yield server


@pytest.fixture(scope="session")
def prism(settings: Settings) -> Iterator[PrismServer]:
    with PrismServer(settings.spec_path) as server:
        yield server


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, object, object]:
    report = yield
    if isinstance(report, pytest.TestReport) and report.failed and "prism" in getattr(item, "fixturenames", ()):
        server = item.funcargs.get("prism") if hasattr(item, "funcargs") else None  # type: ignore[attr-defined]
        if isinstance(server, PrismServer):
            report.sections.append(("Prism log (last 60 lines)", "\n".join(server.log().splitlines()[-60:])))
    return report


@pytest.fixture(autouse=True)
def _no_stored_credentials(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the developer's own stored profiles (``aiwyn login``) or keyring."""
    monkeypatch.setenv("AIWYN_CONFIG_DIR", str(tmp_path_factory.mktemp("aiwyn-config")))
    monkeypatch.setenv("AIWYN_CREDENTIAL_STORE", "file")
    monkeypatch.delenv("AIWYN_PROFILE", raising=False)
