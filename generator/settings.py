"""The generator's settings, read once from generator/config.yaml."""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CONFIG_PATH = ROOT / "generator" / "config.yaml"


@dataclass(frozen=True)
class AcceptedWarning:
    pattern: str
    reason: str

    def accepts(self, warning: str) -> bool:
        """Whether the pattern matches the warning, its line breaks and runs of spaces read as one space."""
        return re.search(self.pattern, " ".join(warning.split())) is not None


@dataclass(frozen=True)
class Settings:
    raw: dict[str, Any]
    root: Path = ROOT

    @classmethod
    def load(cls, path: Path = CONFIG_PATH) -> Settings:
        return cls(yaml.safe_load(path.read_text(encoding="utf-8")))

    def with_options(
        self, *, spec: Path | None = None, output: Path | None = None, strict: bool | None = None
    ) -> Settings:
        """These settings for another description, output directory or warnings policy (``generate
        --spec/--output/--strict``); relative paths are taken from the current directory."""
        raw = dict(self.raw)
        if spec is not None:
            raw["spec"] = str(spec.resolve())
        if output is not None:
            raw["output"] = str(output.resolve())
        if strict is not None:
            raw["strict"] = strict
        return Settings(raw, root=self.root)

    @property
    def strict(self) -> bool:
        """Fail on any generator warning and on config entries that name no operation (``--strict``);
        otherwise an operation openapi-python-client cannot build is dropped with a line."""
        return bool(self.raw.get("strict", False))

    @property
    def spec_path(self) -> Path:
        return self.root / str(self.raw["spec"])

    @property
    def output_dir(self) -> Path:
        return self.root / str(self.raw["output"])

    @property
    def overlays_dir(self) -> Path:
        return self.root / str(self.raw["overlays"])

    @property
    def templates_dir(self) -> Path:
        return self.overlays_dir / "templates"

    @property
    def fetch_url(self) -> str:
        return str(self.raw["fetch_url"])

    @property
    def opc_version(self) -> str:
        return str(self.raw["openapi_python_client"]["version"])

    @property
    def opc_config(self) -> Path:
        return self.root / str(self.raw["openapi_python_client"]["config"])

    @property
    def opc_meta(self) -> str:
        return str(self.raw["openapi_python_client"]["meta"])

    @cached_property
    def accepted_warnings(self) -> tuple[AcceptedWarning, ...]:
        entries = self.raw.get("accepted_warnings") or []
        return tuple(AcceptedWarning(e["pattern"], e["reason"]) for e in entries)

    @property
    def accepted_gaps(self) -> dict[str, str]:
        """``accepted_gaps``: operations ("METHOD /path") the client may leave without an iterator or
        a ``Fields`` class, each with the reason."""
        return {str(k): str(v) for k, v in (self.raw.get("accepted_gaps") or {}).items()}

    @property
    def operation_overrides(self) -> dict[str, dict[str, Any]]:
        """``resources.overrides``: per operation (by operationId or ``"METHOD /path"``)."""
        resources = self.raw.get("resources") or {}
        return dict(resources.get("overrides") or {})

    @cached_property
    def opc_settings(self) -> dict[str, Any]:
        """openapi-python-client's config (generator/openapi-python-client.yaml): read here only."""
        data: dict[str, Any] = yaml.safe_load(self.opc_config.read_text(encoding="utf-8")) or {}
        return data

    @property
    def package_name(self) -> str:
        return str(self.opc_settings["package_name_override"])

    def overlay_module(self, name: str) -> ModuleType:
        """A runtime module the generator shares (``_client_names``, ``_columns``): one that
        imports nothing of the package, imported from the overlays directory as a namespace
        package, so the generated package is not needed."""
        parts = (*self.overlays_dir.relative_to(self.root).parts, self.package_name, name)
        return importlib.import_module(".".join(parts))
