"""Drift check: regenerate into a temporary directory and compare with the committed tree."""

from __future__ import annotations

import difflib
import filecmp
from pathlib import Path

from generator.build import fresh_build
from generator.settings import Settings

MAX_DIFF_LINES = 40


# Caches and build metadata that tools leave inside generated/ are not part of the package.
IGNORED_PARTS = ("__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist")


def _ignored(parts: tuple[str, ...]) -> bool:
    return any(part in IGNORED_PARTS or part.endswith(".egg-info") for part in parts)


def _files(root: Path) -> set[str]:
    if not root.exists():
        return set()
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and not _ignored(p.relative_to(root).parts)
    }


def tree_diff(expected: Path, actual: Path) -> list[str]:
    """Unified-diff lines turning ``actual`` (committed) into ``expected`` (fresh)."""
    lines: list[str] = []
    want, have = _files(expected), _files(actual)
    for rel in sorted(want | have):
        if rel not in have:
            lines.append(f"missing from generated/: {rel}")
        elif rel not in want:
            lines.append(f"not produced by the generator: {rel}")
        elif not filecmp.cmp(expected / rel, actual / rel, shallow=False):
            old = (actual / rel).read_text(encoding="utf-8", errors="replace").splitlines()
            new = (expected / rel).read_text(encoding="utf-8", errors="replace").splitlines()
            lines.extend(difflib.unified_diff(old, new, f"generated/{rel}", f"fresh/{rel}", lineterm="", n=1))
    return lines


def check(settings: Settings) -> list[str]:
    with fresh_build(settings, verify=False) as fresh:  # make lint type-checks the committed tree
        return tree_diff(fresh, settings.output_dir)


def summarise(diff: list[str]) -> str:
    shown = diff[:MAX_DIFF_LINES]
    more = len(diff) - len(shown)
    tail = [f"... {more} more lines"] if more > 0 else []
    return "\n".join([*shown, *tail])
