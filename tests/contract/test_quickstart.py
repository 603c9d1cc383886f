"""The examples, as `make demo` and the README run them, against the Prism mock."""

from __future__ import annotations

import re

from generator.mock import PrismServer
from generator.settings import Settings
from tests.support.examples import run_example as _run_example


def test_quickstart_prints_typed_fields_from_the_mock(prism: PrismServer, settings: Settings) -> None:
    stdout = _run_example("quickstart.py", prism, settings)
    assert "auth=SchemesAuth(BearerAuth=ApiKeyAuth(api_key='***'" in stdout
    assert "#2180  Aaron Fahey" in stdout
    assert "draft invoice DRAFT-2024-001 for Acme Corporation" in stdout
    assert "status=UNDER_REVIEW  review=PENDING_APPROVAL" in stdout
    assert "proposed due 2025-01-15" in stdout


def test_the_readme_examples_run(prism: PrismServer, settings: Settings) -> None:
    stdout = _run_example("using_the_client.py", prism, settings)
    assert "clients: ['Aaron Fahey'] draft: DRAFT-2024-001" in stdout
    assert "refused: getClients: page_size must be an integer at least 1 and at most 1000" in stdout
    assert "rejected: 422 POST" in stdout
    assert "raw: 200 application/json" in stdout
    assert "batches: 3 outcomes: 250" in stdout


def test_the_filtering_and_paging_examples_run(prism: PrismServer, settings: Settings) -> None:
    stdout = _run_example("filtering_and_paging.py", prism, settings)
    assert "where: {'_and': [{'_or': [{'clientId': {'_in': [1001, 1002]}}" in stdout
    assert "'createdAt': {'_gte': '2024-01-01T00:00:00Z'}" in stdout
    assert "refused: Client.active is a boolean field: gt does not apply" in stdout
    assert "client: 2180 Aaron Fahey" in stdout
    assert "exported: 1" in stdout


def test_the_defaults_the_readme_names_are_the_package_s() -> None:
    """README: "Requests time out after 60 s (10 s to connect: `DEFAULT_TIMEOUT`) and are retried
    twice (`DEFAULT_MAX_RETRIES`)", importable as they are named there."""
    from aiwyn_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT

    assert (DEFAULT_TIMEOUT.read, DEFAULT_TIMEOUT.connect) == (60.0, 10.0)
    assert DEFAULT_MAX_RETRIES == 2


def test_the_readme_names_every_target_make_help_lists(settings: Settings) -> None:
    """README's Development section: "`make help` lists the targets: ..."; a new target is named there."""
    makefile = (settings.root / "Makefile").read_text(encoding="utf-8")
    targets = re.findall(r"^([a-z-]+):.*## ", makefile, flags=re.MULTILINE)
    readme = (settings.root / "README.md").read_text(encoding="utf-8")
    listed = readme.split("`make help` lists the targets:", 1)[1].split(".", 1)[0]
    assert sorted(set(targets) - {"help"}) == sorted(re.findall(r"`([a-z-]+)`", listed))
