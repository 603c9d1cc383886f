"""Generate the package: openapi-python-client with our templates, then overlays, then ruff.

The build always happens in a fresh temporary directory and is only copied over ``generated/``
once every step succeeded, so a failed run never leaves a half-written package behind. The
same function feeds ``check``, which compares the fresh tree with the committed one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

from generator import provenance
from generator.render import render_overlays
from generator.settings import Settings
from generator.spec import SpecError, SpecIndex
from generator.typecheck import typecheck

WARNING_HEADER = "Warning(s) encountered while generating"


class BuildError(Exception):
    """A generation step failed; the message says which and why."""


def _run(args: list[str], cwd: Path, step: str) -> str:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise BuildError(f"{step} failed (exit {proc.returncode}):\n{output.strip()}")
    return output


def _check_opc_version(settings: Settings) -> None:
    installed = metadata.version("openapi-python-client")
    if installed != settings.opc_version:
        raise BuildError(
            f"openapi-python-client {installed} is installed, generator/config.yaml pins "
            f"{settings.opc_version}; run `make setup`"
        )


def parse_warnings(output: str) -> list[str]:
    """Split openapi-python-client's warning section into one string per warning."""
    if WARNING_HEADER not in output:
        return []
    after = output.split(WARNING_HEADER, 1)[1]
    section = after.split("\n", 1)[1] if "\n" in after else ""
    blocks = [block.strip() for block in section.split("\n\n")]
    return [block for block in blocks if block]


def _reject_unaccepted_warnings(settings: Settings, output: str) -> None:
    rejected = [w for w in parse_warnings(output) if not any(a.accepts(w) for a in settings.accepted_warnings)]
    if rejected:
        listing = "\n\n".join(rejected)
        raise BuildError(
            "openapi-python-client warned (fix the spec, or accept the warning with a reason "
            f"under accepted_warnings in generator/config.yaml):\n\n{listing}"
        )


def _copy_overlays(settings: Settings, package_dir: Path) -> dict[Path, str]:
    """Copy the plain modules of overlays/<package>/ (templates are rendered, not copied)."""
    source = settings.overlays_dir / settings.package_name
    copied: dict[Path, str] = {}
    if not source.is_dir():
        return copied
    for path in sorted(source.rglob("*")):
        if "__pycache__" in path.parts or path.is_dir() or path.suffix == ".jinja":
            continue
        target = package_dir / path.relative_to(source)
        if target.exists():
            raise BuildError(f"overlay {path.relative_to(source)} would overwrite a generated file of the same name")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        copied[target.relative_to(package_dir.parent)] = provenance.copied(provenance.shown(settings, path))
    return copied


def opc_command(spec: Path, config: Path, out_dir: Path, meta: str, templates: Path | None = None) -> list[str]:
    """The openapi-python-client command line (with our reserved names, ``generator.reserved``);
    ``templates`` adds our overrides."""
    overrides = ["--custom-template-path", str(templates)] if templates is not None else []
    return [
        sys.executable,
        "-m",
        "generator.opc",
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config),
        *overrides,
        "--meta",
        meta,
        "--output-path",
        str(out_dir),
    ]


def build_into(settings: Settings, out_dir: Path, *, verify: bool = True) -> list[str]:
    """Generate the complete package tree into ``out_dir`` (which must not exist yet); returns
    what was normalised in the description on the way (see ``generator.normalise``).

    With ``verify`` the tree is then checked as a user would meet it (see ``verify_package``).
    """
    _check_opc_version(settings)
    try:
        index = SpecIndex.from_settings(settings)
    except SpecError as exc:
        raise BuildError(f"{provenance.shown(settings, settings.spec_path)}: {exc}") from exc
    with tempfile.TemporaryDirectory(prefix="aiwyn-description-") as tmp:
        description = Path(tmp) / settings.spec_path.name  # what openapi-python-client reads: normalised
        description.write_text(json.dumps(index.spec), encoding="utf-8")
        output = _run(
            opc_command(description, settings.opc_config, out_dir, settings.opc_meta, settings.templates_dir),
            cwd=settings.root,
            step="openapi-python-client",
        )
    _reject_unaccepted_warnings(settings, output)
    package_dir = out_dir / settings.package_name
    sources = _copy_overlays(settings, package_dir)
    try:
        written = render_overlays(settings, index, package_dir)
    except ValueError as exc:
        raise BuildError(str(exc)) from exc
    spec = provenance.shown(settings, settings.spec_path)
    for target, template in written.items():
        sources[target.relative_to(out_dir)] = provenance.rendered(provenance.shown(settings, template), spec)
    provenance.stamp(settings, out_dir, sources)
    ruff = [sys.executable, "-m", "ruff"]
    _run([*ruff, "check", "--no-cache", "--fix-only", "--quiet", "."], cwd=out_dir, step="ruff check --fix")
    _run([*ruff, "format", "--no-cache", "."], cwd=out_dir, step="ruff format")  # its errors name the file
    _run([*ruff, "check", "--no-cache", "--quiet", "."], cwd=out_dir, step="ruff check")
    if verify:
        verify_package(settings, out_dir)
    return index.normalised


IMPORT_CHECK = """
import importlib, sys
package = importlib.import_module(sys.argv[1])
spec = importlib.import_module(sys.argv[1] + "._spec")
catalog = importlib.import_module(sys.argv[1] + "._catalog")
for resource in catalog.CATALOG:
    importlib.import_module(sys.argv[1] + ".resources." + resource)
missing = []
for name, info in spec.OPERATIONS.items():
    module = f"{sys.argv[1]}.api."
    found = [m for m in sys.modules if m.endswith("." + name) and m.startswith(module)]
    if not found:
        missing.append(f"{info.method} {info.path} ({info.operation_id})")
if missing:
    print("no resource method reaches: " + ", ".join(missing))
    sys.exit(3)
"""


def verify_package(settings: Settings, out_dir: Path) -> None:
    """The built package imports in a fresh interpreter, every operation is reachable through a
    resource method (their endpoint modules are imported by the resources), and it passes mypy
    --strict. One message per failure, naming what to fix."""
    env = {**os.environ, "PYTHONPATH": str(out_dir)}
    proc = subprocess.run(
        [sys.executable, "-c", IMPORT_CHECK, settings.package_name],
        cwd=out_dir, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if proc.returncode == 3:
        raise BuildError(f"the generated package is incomplete: {proc.stdout.strip()}")
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise BuildError(
            f"the generated package does not import: {last}\n(the file named in the traceback says where to "
            f"edit; full traceback:)\n{proc.stderr.strip()[-4000:]}"
        )
    status, report = typecheck(settings, out_dir)
    if status != 0:
        raise BuildError(f"the generated package fails mypy --strict:\n{report}")


@contextmanager
def fresh_build(settings: Settings, *, verify: bool = True, notes: list[str] | None = None) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="aiwyn-generate-") as tmp:
        out_dir = Path(tmp) / "generated"
        found = build_into(settings, out_dir, verify=verify)
        if notes is not None:
            notes.extend(found)
        yield out_dir


def generate(settings: Settings, notes: list[str] | None = None) -> Path:
    with fresh_build(settings, notes=notes) as fresh:
        target = settings.output_dir
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(fresh, target)
    return target
