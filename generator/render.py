"""Render overlays/templates/extra/*.jinja from the SpecIndex into the package.

These are the modules whose content depends on *which* operations and fields the spec has
(operation metadata today); plain runtime modules are copied from overlays/ unchanged.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator import naming
from generator.settings import Settings
from generator.spec import SpecIndex


def render_extras(settings: Settings, index: SpecIndex, package_dir: Path) -> list[Path]:
    extra = settings.templates_dir / "extra"
    if not extra.is_dir():
        return []
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(extra)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 - renders Python source, not HTML
    )
    env.filters["py"] = repr
    env.filters["tuple"] = tuple
    context = {
        "operations": [(naming.endpoint_module(settings, op).rsplit(".", 1)[1], op) for op in index.operations],
        "environments": index.environments(),
        "token_exchange": index.token_exchange(),
        "package": settings.package_name,
    }
    written = []
    for template in sorted(extra.glob("*.py.jinja")):
        target = package_dir / template.name.removesuffix(".jinja")
        if target.exists():
            raise ValueError(f"extra template {template.name} would overwrite a generated file")
        target.write_text(env.get_template(template.name).render(**context), encoding="utf-8")
        written.append(target)
    return written
