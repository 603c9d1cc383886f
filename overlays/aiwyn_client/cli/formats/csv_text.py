"""``--format csv``: a header and a row per record, nested objects as dotted columns."""

from __future__ import annotations

from collections.abc import Sequence

import click

from .._files import flatten, to_csv_text
from . import OutputFormat, Rows, select


def write(rows: Rows, columns: Sequence[str] | None) -> None:
    flat = [flatten(row) for row in rows]
    click.echo(to_csv_text(select(flat, columns) if columns else flat), nl=False)


FORMAT = OutputFormat("csv", "a header and a row per record, nested objects as dotted columns", flat=True, write=write)
