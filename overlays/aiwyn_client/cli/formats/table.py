"""``--format table`` (the default on a terminal): the records as a table that fits the screen.

Without ``--columns`` a table shows every column when they fit; otherwise the record's scalar
top-level fields, in the API's order, as many as fit the terminal's width, and says how many
columns it left out (a nested resource would otherwise wrap 19 columns to three characters each).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from .._files import flatten
from . import OutputFormat, Rows, all_columns, select

WIDEST = 30
"""A column's width is counted as at most this many characters when choosing what fits."""
BORDERS = 3
"""What each column adds to a table's width besides its text: a border and two spaces of padding."""


def _width(column: str, rows: Sequence[Mapping[str, Any]]) -> int:
    longest = max((len(_text(row.get(column))) for row in rows), default=0)
    return max(len(column), min(longest, WIDEST)) + BORDERS


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def fitting(rows: Sequence[Mapping[str, Any]], width: int) -> list[str]:
    """The columns a table of ``rows`` (as the API sends them) shows by default in ``width`` characters."""
    flat = [flatten(row) for row in rows]
    every = all_columns(flat)
    if sum(_width(c, flat) for c in every) + 1 <= width:
        return every
    scalar = [key for key in all_columns(rows) if not any(isinstance(row.get(key), (Mapping, list)) for row in rows)]
    chosen: list[str] = []
    used = 1
    for column in scalar:
        needed = _width(column, flat)
        if chosen and used + needed > width:
            break
        chosen.append(column)
        used += needed
    return chosen


def write(rows: Rows, columns: Sequence[str] | None) -> None:
    console, errors = Console(), Console(stderr=True, soft_wrap=True)
    flat = [flatten(row) for row in rows]
    every = all_columns(flat)
    shown = list(columns) if columns else fitting(rows, console.width)
    table = Table(show_lines=False)
    for column in shown:
        table.add_column(column, overflow="fold")
    for row in select(flat, shown):
        table.add_row(*(_text(row[c]) for c in shown))
    console.print(table)
    hidden = len([c for c in every if c not in shown])
    note = f"{len(rows)} records"
    if hidden and not columns:
        note += f"; {hidden} of {len(every)} columns not shown (--columns a,b,c to choose; --format json for all)"
    errors.print(note, style="dim", highlight=False, markup=False)


FORMAT = OutputFormat("table", "a table that fits the terminal (the default on one)", flat=True, write=write)
