"""The main job, as `make demo` runs it: examples/quickstart.py against the Prism mock."""

from __future__ import annotations

import os
import subprocess
import sys

from generator.mock import PrismServer
from generator.settings import Settings


def test_quickstart_prints_typed_fields_from_the_mock(prism: PrismServer, settings: Settings) -> None:
    env = {**os.environ, "AIWYN_BASE_URL": prism.base_url}
    result = subprocess.run(
        [sys.executable, str(settings.root / "examples" / "quickstart.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "#2180  Aaron Fahey" in result.stdout
    assert "draft invoice DRAFT-2024-001 for Acme Corporation" in result.stdout
    assert "status=UNDER_REVIEW  review=PENDING_APPROVAL" in result.stdout
    assert "proposed due 2025-01-15" in result.stdout
