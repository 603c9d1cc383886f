"""examples/typed_script.py: a script that reads responses as the README shows, with no ``Unset``
in sight, passes mypy ``--strict`` and pyright ``strict`` and runs against the mock."""

from __future__ import annotations

import subprocess
import sys

from generator.mock import PrismServer
from generator.settings import Settings
from tests.support.examples import run_example


def _script(settings: Settings) -> str:
    return str(settings.root / "examples" / "typed_script.py")


def test_the_typed_script_names_no_unset(settings: Settings) -> None:
    source = (settings.root / "examples" / "typed_script.py").read_text(encoding="utf-8")
    assert "Unset" not in source and "UNSET" not in source and "# pyright: strict" in source


def test_mypy_strict_passes_on_the_typed_script(settings: Settings) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", _script(settings)],
        cwd=settings.root, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_pyright_strict_passes_on_the_typed_script(settings: Settings) -> None:
    pyright = settings.root / "node_modules" / ".bin" / "pyright"
    result = subprocess.run(
        [str(pyright), "--pythonpath", sys.executable, _script(settings)],
        cwd=settings.root, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0 and "0 errors" in result.stdout, result.stdout + result.stderr


def test_the_typed_script_runs_against_the_mock(prism: PrismServer, settings: Settings) -> None:
    stdout = run_example("typed_script.py", prism, settings)
    assert "clients: 1 of" in stdout
    assert "invoices: " in stdout and "lines: " in stdout
    assert "dates as ['datetime']" in stdout
