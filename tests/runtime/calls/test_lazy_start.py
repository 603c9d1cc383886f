"""What starting costs: ``import aiwyn_client`` and ``aiwyn --help`` load only what they use, and
every public name still arrives when it is first named. (Timings are ``make bench``'s; these
tests check which modules load, which does not depend on the machine's load.)"""

from __future__ import annotations

import json
import subprocess
import sys

import aiwyn_client
import pytest


def _loaded_after(code: str) -> set[str]:
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(proc.stdout.splitlines()[-1]))


def test_importing_the_package_loads_its_errors_and_no_client_auth_attrs_or_model() -> None:
    loaded = _loaded_after("import aiwyn_client")
    assert "aiwyn_client._exceptions" in loaded
    assert not loaded & {"aiwyn_client._client", "aiwyn_client.auth", "attr", "aiwyn_client.models", "msgspec"}


def test_the_command_s_help_loads_no_client_filter_language_pagination_asyncio_or_msgspec() -> None:
    loaded = _loaded_after(
        "from aiwyn_client.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass"
    )
    unwanted = {"aiwyn_client._client", "aiwyn_client.auth", "aiwyn_client.where", "aiwyn_client.pagination"}
    assert not loaded & (unwanted | {"asyncio", "msgspec", "attr"})  # rich's progress bars: httpx imports them


@pytest.mark.parametrize("name", aiwyn_client.__all__)
def test_every_public_name_arrives_when_first_named(name: str) -> None:
    assert getattr(aiwyn_client, name) is not None
    assert name in dir(aiwyn_client)


def test_a_name_the_package_lacks_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="Aiwynn"):
        aiwyn_client.Aiwynn  # type: ignore[attr-defined]  # noqa: B018
