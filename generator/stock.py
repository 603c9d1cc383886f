"""The same spec generated with openapi-python-client's stock templates, for comparison.

Named ``aiwyn_client_stock`` so it imports beside ours; same naming config, so attribute names
match and models can be compared field by field.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import yaml

from generator.build import opc_command
from generator.settings import Settings

STOCK_PACKAGE = "aiwyn_client_stock"


def generate_stock(settings: Settings, into: Path) -> Path:
    """Generate the stock package under ``into``; return the directory to put on sys.path."""
    config = yaml.safe_load(settings.opc_config.read_text(encoding="utf-8"))
    config.update(package_name_override=STOCK_PACKAGE, project_name_override="aiwyn-client-stock")
    config_path = into / "stock-config.yaml"
    config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
    out = into / STOCK_PACKAGE  # with --meta none the output directory is the package
    command = opc_command(settings.spec_path, config_path, out, meta="none")  # stock: no template overrides
    subprocess.run(command, check=True, capture_output=True)
    return into


def import_stock(settings: Settings, into: Path | None = None) -> ModuleType:
    """Generate (into a temporary directory unless given) and import the stock models."""
    where = into or Path(tempfile.mkdtemp(prefix="aiwyn-stock-"))
    sys.path.insert(0, str(generate_stock(settings, where)))
    return importlib.import_module(f"{STOCK_PACKAGE}.models")
