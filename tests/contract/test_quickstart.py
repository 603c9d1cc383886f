"""The examples, as `make demo` and the README run them, against the Prism mock."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

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


README_SNIPPETS_NOT_RUN = {
    "import pandas": "pandas is the reader's, not a dependency of ours or of the tests",
    '"/gql/v1/offices"': "its paths are examples of endpoints the description lacks, so the mock has none",
    "import dlt": "tests/cli/test_sync_warehouses.py loads aiwyn_source into DuckDB",
}

RUN_SNIPPETS = """
import ast, asyncio, json, sys
from aiwyn_client import Aiwyn

for snippet in json.loads(sys.stdin.read()):
    namespace = globals()
    namespace["aiwyn"] = Aiwyn(api_key="my-api-key")  # what a snippet that starts with aiwyn. holds
    code = compile(snippet, "<README snippet>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, namespace)
    if asyncio.iscoroutine(result):
        asyncio.run(result)
    print("--- ran", snippet.splitlines()[0])
"""


def readme_snippets(settings: Settings) -> list[str]:
    readme = (settings.root / "README.md").read_text(encoding="utf-8")
    return [block.split("\n```", 1)[0] for block in readme.split("```python\n")[1:]]


def test_the_readme_s_python_snippets_run_in_order_against_the_mock(
    prism: PrismServer, settings: Settings, tmp_path: Path
) -> None:
    """Every Python block of the README, pasted in order into one interpreter as a newcomer would
    (a block that starts with ``aiwyn.`` gets a client); the mock's answers are what they get."""
    snippets = readme_snippets(settings)
    run = [s for s in snippets if not any(marker in s for marker in README_SNIPPETS_NOT_RUN)]
    assert len(snippets) - len(run) == len(README_SNIPPETS_NOT_RUN)
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIWYN_")}
    result = subprocess.run(
        [sys.executable, "-c", RUN_SNIPPETS], input=json.dumps(run), env={**env, "AIWYN_BASE_URL": prism.base_url},
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert result.stdout.count("--- ran") == len(run)
    assert "page_size must be an integer at least 1 and at most 1000" in result.stdout
    assert (tmp_path / "downloads").is_dir()
