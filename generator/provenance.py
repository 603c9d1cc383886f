"""The first line of every file in ``generated/``: where it comes from, and where to edit it.

A traceback into the package should lead to the file to change. Files copied from
``overlays/aiwyn_client/`` name that file; files rendered there from ``*.py.jinja`` name the
template and the description; files openapi-python-client wrote name the description and the
template that shaped them (ours in ``overlays/templates/`` where we override it).
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.settings import Settings

REWRITTEN = "`make generate` rewrites this file"
EMPTY_MARKERS = frozenset({"py.typed"})
"""Files whose content has a meaning of its own (PEP 561's marker stays empty)."""
_ENUM_CLASS = re.compile(r"^class \w+\((str|int), Enum\):", re.MULTILINE)


def shown(settings: Settings, path: Path) -> str:
    """``path`` as the repository names it (relative to its root when it is inside)."""
    return str(path.relative_to(settings.root)) if path.is_relative_to(settings.root) else str(path)


def copied(source: str) -> str:
    return f"Copied from {source}: edit it there; {REWRITTEN}."


def rendered(template: str, spec: str) -> str:
    return f"Rendered from {template} with {spec}: edit those; {REWRITTEN}."


def _opc_template(relative: Path, text: str) -> str:
    """The openapi-python-client template a file of the package tree came from."""
    parts = relative.parts
    if relative.name == "pyproject.toml":
        return "pyproject.toml.jinja"
    if relative.name == "README.md":
        return "README.md.jinja"
    if relative.name == ".gitignore":
        return ".gitignore"
    inner = parts[1:]  # below the package directory
    if inner[:1] == ("api",):
        if len(inner) == 2:
            return "api_init.py.jinja"
        return "endpoint_init.py.jinja" if relative.name == "__init__.py" else "endpoint_module.py.jinja"
    if inner[:1] == ("models",):
        if relative.name == "__init__.py":
            return "models_init.py.jinja"
        enum = _ENUM_CLASS.search(text)
        return f"{enum.group(1)}_enum.py.jinja" if enum else "model.py.jinja"
    return {"__init__.py": "package_init.py.jinja"}.get(relative.name, relative.name + ".jinja")


def generated(settings: Settings, relative: Path, text: str) -> str:
    template = _opc_template(relative, text)
    ours = settings.templates_dir / template
    spec = shown(settings, settings.spec_path)
    made = f"Generated from {spec} by openapi-python-client {settings.opc_version} with"
    if ours.exists():
        return f"{made} {shown(settings, ours)}: edit those; {REWRITTEN}."
    templates = shown(settings, settings.templates_dir)
    return f"{made} its default {template}: edit the description, or override it in {templates}/; {REWRITTEN}."


def _comment(path: Path, line: str) -> str:
    return f"<!-- {line} -->" if path.suffix == ".md" else f"# {line}"


USERS_PAGES = (Path("README.md"), Path("LICENSE"))
"""Files shown to users as they are (the package index's page, the license): not stamped, since a
line for maintainers does not belong there; `make check-generated` still catches an edit."""


def stamp(settings: Settings, out_dir: Path, sources: dict[Path, str]) -> None:
    """Open every file under ``out_dir`` with its provenance line (``sources`` for ours)."""
    for path in sorted(p for p in out_dir.rglob("*") if p.is_file()):
        if path.name in EMPTY_MARKERS or "__pycache__" in path.parts or path.relative_to(out_dir) in USERS_PAGES:
            continue
        relative = path.relative_to(out_dir)
        text = path.read_text(encoding="utf-8")
        line = sources.get(relative) or generated(settings, relative, text)
        path.write_text(_comment(path, line) + "\n" + text, encoding="utf-8")
