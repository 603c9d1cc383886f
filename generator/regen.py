"""``make regen``: take a new description, regenerate, test, then version and record the change.

1. The committed description (``git show HEAD:openapi/aiwyn.yaml``, or the file as it is when
   there is no git history; ``--old`` names another) is kept as the old side of the diff.
2. The new description (fetched, or a given file) replaces ``openapi/aiwyn.yaml``; the package
   is regenerated and the coverage report rewritten.
3. The tests run. If they fail, nothing is versioned: the command stops with their status.
4. The version in ``generator/openapi-python-client.yaml`` (``package_version_override``, which
   becomes ``generated/pyproject.toml``'s) goes up: major for breaking changes, minor for
   additions, patch otherwise; the package is regenerated with it; ``CHANGELOG.md`` gets the
   diff report as a new entry; the report is written to ``build/regen/`` for CI.
"""

from __future__ import annotations

import datetime
import os
import re
import shlex
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator import build, coverage, diff, fetch
from generator.settings import Settings
from generator.spec import SpecIndex, load_spec

VERSION_KEY = re.compile(r"^(package_version_override:\s*)(\S+)\s*$", re.MULTILINE)
CHANGELOG_HEADER = (
    "# Changelog\n\nEvery release of aiwyn-client, newest first, made by `make regen` from the spec diff.\n"
)
DEFAULT_TEST_COMMAND = "make test"


class RegenError(Exception):
    """A step failed; nothing was versioned."""


@dataclass(frozen=True)
class Outcome:
    old_version: str
    new_version: str | None
    changes: list[diff.Change]
    report_dir: Path


def current_version(settings: Settings) -> str:
    match = VERSION_KEY.search(settings.opc_config.read_text(encoding="utf-8"))
    if match is None:
        raise RegenError(f"{settings.opc_config} has no package_version_override")
    return match.group(2)


def bumped(version: str, bump: str) -> str:
    major, minor, patch = (int(part) for part in version.split(".")[:3])
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _set_version(settings: Settings, version: str) -> None:
    text = settings.opc_config.read_text(encoding="utf-8")
    settings.opc_config.write_text(VERSION_KEY.sub(rf"\g<1>{version}", text, count=1), encoding="utf-8")


def _committed_spec(settings: Settings, into: Path) -> Path:
    relative = settings.spec_path.relative_to(settings.root).as_posix()
    shown = subprocess.run(["git", "show", f"HEAD:{relative}"], cwd=settings.root, capture_output=True, check=False)
    into.write_bytes(shown.stdout if shown.returncode == 0 and shown.stdout else settings.spec_path.read_bytes())
    return into


def _changelog_entry(version: str, changes: list[diff.Change], today: datetime.date) -> str:
    return f"## {version} ({today.isoformat()})\n\n{diff.markdown_body(changes).strip()}\n"


def _prepend_changelog(path: Path, entry: str) -> None:
    existing = path.read_text(encoding="utf-8") if path.exists() else CHANGELOG_HEADER
    head, _, rest = existing.partition("\n## ")
    rest = f"## {rest}" if rest else ""
    path.write_text(f"{head.rstrip()}\n\n{entry}\n{rest}".rstrip() + "\n", encoding="utf-8")


def regen(
    settings: Settings,
    *,
    spec: Path | None = None,
    url: str | None = None,
    old: Path | None = None,
    test_command: str = DEFAULT_TEST_COMMAND,
    today: datetime.date | None = None,
) -> Outcome:
    report_dir = settings.root / "build" / "regen"
    report_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="aiwyn-regen-") as tmp:
        old_spec = old if old is not None else _committed_spec(settings, Path(tmp) / "old.yaml")
        if spec is not None:
            load_spec(spec)  # one line naming the file if it cannot be read; openapi/ is left alone
            if spec.resolve() != settings.spec_path.resolve():
                shutil.copyfile(spec, settings.spec_path)
        else:
            fetch.fetch(url or settings.fetch_url, settings.spec_path)
        changes = diff.diff(SpecIndex.from_path(old_spec), SpecIndex.from_settings(settings))
    (report_dir / "report.md").write_text(diff.to_markdown(changes), encoding="utf-8")
    (report_dir / "report.json").write_text(diff.to_json(changes), encoding="utf-8")
    _github_output(changes)

    build.generate(settings)
    coverage.write(SpecIndex.from_settings(settings), settings.root / "docs" / "coverage.md")
    status = subprocess.call(shlex.split(test_command), cwd=settings.root)  # noqa: S603 - the caller's command
    old_version = current_version(settings)
    if status != 0:
        raise RegenError(f"the tests failed (`{test_command}` exited {status}); version stays {old_version}")
    bump = diff.bump_for(changes)
    if bump is None:
        return Outcome(old_version, None, changes, report_dir)
    new_version = bumped(old_version, bump)
    _set_version(settings, new_version)
    settings = Settings(settings.raw, root=settings.root)  # its config is cached: read the new version
    build.generate(settings)
    entry = _changelog_entry(new_version, changes, today or datetime.date.today())
    _prepend_changelog(settings.root / "CHANGELOG.md", entry)
    return Outcome(old_version, new_version, changes, report_dir)


def _github_output(changes: list[diff.Change]) -> None:
    """Tell a GitHub Actions step whether the change is breaking (no-op elsewhere)."""
    target = os.environ.get("GITHUB_OUTPUT")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(f"breaking={'true' if any(c.breaking for c in changes) else 'false'}\n")
            handle.write(f"bump={diff.bump_for(changes) or 'none'}\n")
