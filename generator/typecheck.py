"""mypy --strict on the package as it is assembled, reported at the files to edit.

The overlay modules only type-check inside the package they join (they import the generated
client, models and types), so the check runs on a copy of ``generated/<package>`` in which each
module copied from ``overlays/<package>/`` is the overlay file itself, unchanged. mypy's report
then names ``overlays/<package>/<module>.py`` with that file's own line numbers; errors in
generated modules name ``generated/...`` (whose first line says where to edit).
"""

from __future__ import annotations

import fcntl
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from generator.settings import Settings


def typecheck(settings: Settings, built: Path | None = None, python_version: str = "3.10") -> tuple[int, str]:
    """(exit status, mypy's report with paths mapped back to the repository).

    ``built`` is the directory holding the package (``generated/`` unless a build is checked).
    """
    package = settings.package_name
    overlays = settings.overlays_dir / package
    source = built if built is not None else settings.output_dir
    with tempfile.TemporaryDirectory(prefix="aiwyn-typecheck-") as tmp:
        tree = Path(tmp) / package
        shutil.copytree(source / package, tree, ignore=shutil.ignore_patterns("__pycache__"))
        mapping = {}
        for overlay in sorted(overlays.rglob("*.py")):
            relative = overlay.relative_to(overlays)
            shutil.copyfile(overlay, tree / relative)
            mapping[f"{package}/{relative.as_posix()}"] = str(overlay.relative_to(settings.root))
        cache = settings.root / "build" / "mypy-cache" / python_version
        cache.mkdir(parents=True, exist_ok=True)
        command = [
            sys.executable, "-m", "mypy", "--strict", "--python-version", python_version,
            "--cache-dir", str(cache), "--no-error-summary", package,
        ]  # fmt: skip
        # One cache for every build: the libraries (httpx, attrs, click, dlt...) are analysed once,
        # not on every build. Builds running side by side (the variant tests) take turns with it.
        with (cache / ".lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            proc = subprocess.run(command, cwd=tmp, capture_output=True, text=True, check=False)
    report = []
    output_dir = source.relative_to(settings.root) if source.is_relative_to(settings.root) else source
    for line in (proc.stdout + proc.stderr).splitlines():
        path, sep, rest = line.partition(":")
        if sep and path in mapping:
            line = f"{mapping[path]}:{rest}"
        elif sep and path.startswith(f"{package}/"):
            line = f"{output_dir}/{path}:{rest}"
        report.append(line)
    return proc.returncode, "\n".join(report)
