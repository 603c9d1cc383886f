"""``--format jsonl``: one JSON record a line, nested as the API sends it (for jq and streams)."""

from __future__ import annotations

import json
from collections.abc import Sequence

import click

from . import OutputFormat, Rows


def write(rows: Rows, columns: Sequence[str] | None) -> None:
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False, default=str))


FORMAT = OutputFormat("jsonl", "one JSON record a line", flat=False, write=write)
