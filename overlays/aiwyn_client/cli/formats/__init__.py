"""What ``--format`` offers for records on standard output: one module of this package each.

A format is a module here with ``FORMAT = OutputFormat(...)``: its name, a line for ``--help``,
whether it is flat (dotted columns, so ``--columns`` applies) and the function that writes the
rows. Every module of the package is found when the command starts, so adding a format is
adding one file (``docs/decisions.md`` shows one). Files written by ``aiwyn export`` are
another thing: ``_files.py`` and ``_export.py``.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Rows = Sequence[Mapping[str, Any]]


@dataclass(frozen=True)
class OutputFormat:
    name: str
    help: str
    """What ``--format NAME`` gives, for ``--help``."""
    flat: bool
    """Rows become dotted columns (``address.city``): ``--columns`` chooses among them."""
    write: Callable[[Rows, Sequence[str] | None], None]
    """Write the rows to standard output, only ``columns`` (dotted names) when they are given."""


@functools.cache
def output_formats() -> dict[str, OutputFormat]:
    """Every format of this package, by name (the package's modules, imported once)."""
    found: dict[str, OutputFormat] = {}
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")):
        fmt = getattr(importlib.import_module(f"{__name__}.{module}"), "FORMAT", None)
        if isinstance(fmt, OutputFormat):
            found[fmt.name] = fmt
    return found


def select(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> list[dict[str, Any]]:
    """Only ``columns`` of each flat row, in that order (a column a row lacks is empty)."""
    return [{column: row.get(column) for column in columns} for row in rows]


def all_columns(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """Every key of the rows, in the order they first appear."""
    return list(dict.fromkeys(key for row in rows for key in row))
