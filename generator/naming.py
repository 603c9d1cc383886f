"""Python names that openapi-python-client gives to spec elements, computed with its own rules.

Tests and rendered overlays import generated code by these names, so they must never be
re-derived by hand: a different spelling rule would break silently on the next spec.
"""

from __future__ import annotations

from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.settings import Settings
from generator.spec import Operation


def _field_prefix(settings: Settings) -> str:
    return str(settings.opc_settings.get("field_prefix", "field_"))


def endpoint_function(settings: Settings, op: Operation) -> str:
    """The name openapi-python-client gives ``op``'s endpoint module and function (its operationId's)."""
    return str(PythonIdentifier(op.operation_id, prefix=_field_prefix(settings)))


def endpoint_module(settings: Settings, op: Operation) -> str:
    tag = PythonIdentifier(op.tag, prefix="tag")
    return f"{settings.package_name}.api.{tag}.{endpoint_function(settings, op)}"


def model_class(settings: Settings, schema_name: str) -> str:
    overrides = settings.opc_settings.get("class_overrides") or {}
    default = str(ClassName(schema_name, prefix=_field_prefix(settings)))
    override = overrides.get(default) or {}
    return str(override.get("class_name", default))
