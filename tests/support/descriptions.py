"""Our generator's settings for another API's description: where the tests that build one start.

An integrator building another API's client keeps our pipeline (templates, overlays, checks) but
none of our resources' configuration: its names and overrides name our description's operations.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator import build
from generator.settings import Settings


def settings_for(spec: Path | None, *, strict: bool = False) -> Settings:
    """Our settings for ``spec`` (ours when None: for a test that reads a description of its own
    through them), with no resource names or overrides; ``strict`` fails on any generator warning."""
    settings = Settings.load()
    raw = {**settings.raw, "resources": {"uncountable": [], "overrides": {}}}
    if spec is not None:
        raw["spec"] = str(spec.resolve())
    if strict:
        raw["strict"] = True
    return Settings(raw, root=settings.root)


def described(parts: Mapping[str, Any]) -> dict[str, Any]:
    """A whole description of ``parts`` (its ``paths``, ``components``; ``openapi`` to change the
    version): the title, version and server every small test description shares."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://api.example.test"}],
        **parts,
    }


SENDING = """
import json
import httpx
from aiwyn_client import Aiwyn
sent = []
answer = {}
def handler(request):
    sent.append(json.loads(request.read()))
    return httpx.Response(200, json=answer)
client = Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler))
"""
"""The head of a ``run_against_build`` script that writes: ``client`` keeps the JSON bodies it sends
in ``sent``, each answered 200 with ``answer``."""


def run_against_build(description: Mapping[str, Any], script: str, tmp_path: Path, *, verify: bool = False) -> None:
    """Build ``description`` into a package under ``tmp_path`` (``verify``: with the build's own
    import and mypy checks) and run ``script`` with it in a fresh interpreter, as a user would;
    fails with the script's output unless it exits cleanly."""
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(description), encoding="utf-8")
    out = tmp_path / "generated"
    build.build_into(settings_for(spec), out, verify=verify)
    env = {**os.environ, "PYTHONPATH": str(out)}
    code = textwrap.dedent(script)
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
