"""The same spec generated with openapi-python-client's stock templates, for comparison.

Named ``aiwyn_client_stock`` so it imports beside ours; same naming config, so attribute names
match and models can be compared field by field.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import yaml

from generator import swagger2
from generator.build import opc_command
from generator.load import load_description, load_document
from generator.settings import Settings

STOCK_PACKAGE = "aiwyn_client_stock"


def generate_stock(settings: Settings, into: Path) -> Path:
    """Generate the stock package under ``into``; return the directory to put on sys.path."""
    config = yaml.safe_load(settings.opc_config.read_text(encoding="utf-8"))
    config.update(package_name_override=STOCK_PACKAGE, project_name_override="aiwyn-client-stock")
    config_path = into / "stock-config.yaml"
    config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
    out = into / STOCK_PACKAGE  # with --meta none the output directory is the package
    command = opc_command(_readable(settings.spec_path, into), config_path, out, meta="none")  # stock: no overrides
    subprocess.run(command, check=True, capture_output=True)
    return into


def _readable(spec: Path, into: Path) -> Path:
    """The description as openapi-python-client can read it: as it is, or, for a Swagger 2.0 one,
    converted to OpenAPI 3.0 as every other step reads it (``generator.swagger2``)."""
    if not swagger2.is_swagger2(load_document(spec)):
        return spec
    converted = into / "openapi.json"
    converted.write_text(json.dumps(load_description(spec)), encoding="utf-8")
    return converted


def import_stock(settings: Settings, into: Path | None = None) -> ModuleType:
    """Generate (into a temporary directory unless given) and import the stock models."""
    where = into or Path(tempfile.mkdtemp(prefix="aiwyn-stock-"))
    sys.path.insert(0, str(generate_stock(settings, where)))
    return importlib.import_module(f"{STOCK_PACKAGE}.models")
