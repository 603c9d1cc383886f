"""Running a script of examples/ as a user would: against the mock, with no credential set."""

from __future__ import annotations

import os
import subprocess
import sys

from generator.mock import PrismServer
from generator.settings import Settings


def run_example(name: str, prism: PrismServer, settings: Settings) -> str:
    env = {**os.environ, "AIWYN_BASE_URL": prism.base_url}
    for name_ in ("AIWYN_API_KEY", "AIWYN_TOKEN", "AIWYN_ENVIRONMENT"):
        env.pop(name_, None)
    result = subprocess.run(
        [sys.executable, str(settings.root / "examples" / name)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout
