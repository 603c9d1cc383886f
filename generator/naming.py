"""Python names that openapi-python-client gives to spec elements, computed with its own rules.

Tests and rendered overlays import generated code by these names, so they must never be
re-derived by hand: a different spelling rule would break silently on the next spec.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.settings import Settings
from generator.spec import Operation


@cache
def _opc_config(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def _field_prefix(settings: Settings) -> str:
    return str(_opc_config(str(settings.opc_config)).get("field_prefix", "field_"))


def endpoint_module(settings: Settings, op: Operation) -> str:
    tag = PythonIdentifier(op.tag, prefix="tag")
    name = PythonIdentifier(op.operation_id, prefix=_field_prefix(settings))
    return f"{settings.package_name}.api.{tag}.{name}"


def model_class(settings: Settings, schema_name: str) -> str:
    overrides = _opc_config(str(settings.opc_config)).get("class_overrides") or {}
    default = str(ClassName(schema_name, prefix=_field_prefix(settings)))
    override = overrides.get(default) or {}
    return str(override.get("class_name", default))
