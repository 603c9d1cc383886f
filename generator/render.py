"""Render the ``*.py.jinja`` modules of overlays/<package>/ from the SpecIndex into the package.

These are the modules whose content depends on *which* operations and fields the spec has:
operation metadata (``_spec.py``), resource namespaces (``_resources.py``) and ``where`` field
classes (``where/fields.py``). They sit beside the plain modules they work with, which are
copied unchanged; openapi-python-client's own template overrides are in overlays/templates/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import safe_for_docstring

from generator import naming, page_shapes, query_arrays
from generator.fields import fields_classes
from generator.method_names import ResourceError
from generator.resources import resources
from generator.settings import Settings
from generator.spec import Operation, SpecIndex
from generator.warehouse import warehouse_tables

PER_RESOURCE = "__resource__.py.jinja"
"""A template rendered once per resource, beside itself, as ``<resource>.py`` (``resources/clients.py``)."""
REFERENCE_TEMPLATE = "api.md.jinja"
"""overlays/api.md.jinja: the reference of every resource method, rendered into generated/api.md."""


def _shown_at(index: SpecIndex, op: Operation) -> tuple[str, ...]:
    """Where the part of an operation's success body a reader wants sits (API names): a list's
    records, else an envelope's ``data``, else the whole body."""
    shape = index.page_shape(op) if op.kind in ("list", "search") else None
    if shape is not None:
        return shape.items_path
    return ("data",) if op.envelope else ()


def render_overlays(settings: Settings, index: SpecIndex, package_dir: Path) -> dict[Path, Path]:
    """Render every template; returns each written file with the template it came from."""
    source = settings.overlays_dir / settings.package_name
    templates = sorted(source.rglob("*.py.jinja"))
    reference = settings.overlays_dir / REFERENCE_TEMPLATE
    if not templates:
        return {}
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(source), str(settings.overlays_dir)]),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # noqa: S701 - renders Python source, not HTML
    )
    env.filters["py"] = repr
    env.filters["tuple"] = tuple
    env.filters["ann"] = lambda text, resource: resource.annotation(str(text))
    env.filters["add_comma"] = lambda text: f"{text}, "
    env.filters["keyword"] = lambda name: f"{name}={name}, "
    env.filters["doc"] = safe_for_docstring  # a description's text inside our docstrings: backslashes, """
    module_names = {op.operation_id: naming.endpoint_module(settings, op).rsplit(".", 1)[1] for op in index.operations}
    token_exchange = index.token_exchange()
    if token_exchange:
        token_exchange["operation"] = module_names[token_exchange["operation_id"]]
    try:
        resource_list, models, imports = resources(settings, index)
    except ResourceError as exc:
        raise ValueError(str(exc)) from exc
    context = {
        "resources": resource_list,
        "imports": imports,
        "models": models,
        "batch_results": {
            op.operation_id: tuple(index.batch_results_path(op) or ()) for op in index.operations if op.batch_field
        },
        "operations": [(module_names[op.operation_id], op) for op in index.operations],
        "environments": index.environments(),
        "api_name": _api_name(index.spec.get("info")),
        "default_environment": index.default_environment(),
        "token_exchange": token_exchange,
        "api_key_scheme": index.api_key_scheme(),
        "security_schemes": index.security_schemes(),
        "security": index.security(),
        "credentials_optional": index.credentials_optional(),
        "security_of": {op.operation_id: index.operation_security(op) for op in index.operations},
        "idempotency_of": {op.operation_id: index.idempotency_header(op) for op in index.operations},
        "joined_query_of": {op.operation_id: query_arrays.joined_query(index, op) for op in index.operations},
        "deep_objects_of": {op.operation_id: query_arrays.deep_objects(index, op) for op in index.operations},
        "classes": fields_classes(index),
        "version": str(settings.opc_settings.get("package_version_override") or "0.0.0"),
        "page_shapes": page_shapes,
        "shown_at": {op.operation_id: _shown_at(index, op) for op in index.operations},
        "tables": warehouse_tables(index, resource_list, settings.overlay_module("_columns")),
    }
    written: dict[Path, Path] = {}
    for template in templates:
        relative = template.relative_to(source)
        if template.name == PER_RESOURCE:
            targets = {
                package_dir / relative.parent / f"{r.module}.py": {**context, "resource": r} for r in resource_list
            }
        else:
            targets = {package_dir / str(relative).removesuffix(".jinja"): context}
        for target, values in targets.items():
            if target.exists():
                raise ValueError(f"overlay template {relative} would overwrite a generated or copied file")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(env.get_template(relative.as_posix()).render(**values), encoding="utf-8")
            written[target] = template
    if reference.exists():  # the API reference beside the package, as the README is
        target = package_dir.parent / reference.name.removesuffix(".jinja")
        target.write_text(env.get_template(REFERENCE_TEMPLATE).render(**context), encoding="utf-8")
        written[target] = reference
    return written


def _api_name(info: Any) -> str:
    """The API's title and version, as its description's ``info`` gives them (``Aiwyn API 1.0.0``):
    what the ``aiwyn`` command says it works on."""
    info = info if isinstance(info, dict) else {}
    words = [str(info[key]).strip() for key in ("title", "version") if str(info.get(key) or "").strip()]
    return " ".join(" ".join(words).split()) or "the API"
