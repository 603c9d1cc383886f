"""Our generator's settings for another API's description: where the tests that build one start.

An integrator building another API's client keeps our pipeline (templates, overlays, checks) but
none of our resources' configuration: its names and overrides name our description's operations.
"""

from __future__ import annotations

from pathlib import Path

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
