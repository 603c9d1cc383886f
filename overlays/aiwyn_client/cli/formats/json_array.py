"""``--format json``: the records as one JSON array, nested as the API sends them."""

from __future__ import annotations

import json
from collections.abc import Sequence

import click

from . import OutputFormat, Rows


def write(rows: Rows, columns: Sequence[str] | None) -> None:
    click.echo(json.dumps(list(rows), indent=2, ensure_ascii=False, default=str))


FORMAT = OutputFormat("json", "one JSON array, nested as the API sends it", flat=False, write=write)
