"""``aiwyn export``: every record of a list or search into a file, resumable after a kill.

After each page the records are flushed, then the iterator's resume token and the file's size
at that point are written beside the output (``<output>.resume.json``, replaced atomically).
``--resume`` cuts the file back to that size (dropping a page written after the last token, if
the run was killed between the two) and continues from the token: every record exactly once.

A Parquet file cannot be appended to, so it is not resumable: it is written to a temporary file
beside the output and renamed over it only when every record is in, so an export that fails,
is interrupted or killed leaves nothing at the output path (nor a readable but partial file).
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from .._downloads import opened_mode
from ..errors import ConfigurationError
from ..pagination import ResumeToken
from ._files import RecordWriter, flatten

PARQUET_NOT_RESUMABLE = (
    "--resume works for jsonl and csv exports: a Parquet file cannot be appended to, so an interrupted "
    "Parquet export leaves nothing and is run again from the start (or export to .jsonl to resume)"
)


def token_path(output: Path) -> Path:
    return output.with_name(output.name + ".resume.json")


def save_token(output: Path, token: ResumeToken, size: int, rows: int) -> None:
    # The token's fields as they are, not dataclasses.asdict's deep copy: its ``seen`` holds up to
    # two pages of keys, and copying them one by one after every page cost more than the writing.
    fields = {field.name: getattr(token, field.name) for field in dataclasses.fields(token)}
    state = {"token": fields, "size": size, "rows": rows}
    temporary = token_path(output).with_suffix(".tmp")
    temporary.write_text(json.dumps(state), encoding="utf-8")
    os.replace(temporary, token_path(output))


def load_token(output: Path) -> tuple[ResumeToken, int, int] | None:
    """The saved position of an interrupted export of ``output``, or None if there is none."""
    path = token_path(output)
    if not path.exists():
        return None
    state = json.loads(path.read_text(encoding="utf-8"))
    token = dict(state["token"])
    if token.get("after") is not None:
        token["after"] = tuple(token["after"])
    token["seen"] = tuple(token.get("seen") or ())
    return ResumeToken(**token), int(state["size"]), int(state["rows"])


class ParquetSink:
    """Record batches into one Parquet file (through pyarrow), nested objects as dotted columns,
    written beside the output and renamed over it by ``close(complete=True)``."""

    def __init__(self, path: Path) -> None:
        try:
            import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]
            import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]
        except ImportError as exc:
            raise ConfigurationError("Parquet needs pyarrow: pip install 'aiwyn-client[parquet]'") from exc
        self._pa, self._pq, self.path = pa, pq, path
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(fd)
        self.temporary = Path(temporary)
        self.temporary.chmod(opened_mode(path))  # mkstemp's file is private; the output gets open()'s mode
        self._writer: Any = None
        self._schema: Any = None
        self.dropped: set[str] = set()

    def write(self, records: list[dict[str, Any]]) -> None:
        if not records:
            return
        rows = [flatten(r) for r in records]
        if self._schema is None:
            self._schema = self._pa.Table.from_pylist(rows).schema
            self._writer = self._pq.ParquetWriter(str(self.temporary), self._schema)
        known = set(self._schema.names)
        self.dropped.update(k for row in rows for k, v in row.items() if k not in known and v is not None)
        columns = {name: [row.get(name) for row in rows] for name in self._schema.names}
        self._writer.write_table(self._pa.table(columns, schema=self._schema))

    def close(self, complete: bool = True) -> None:
        """Finish the file and put it at the output path, or (not ``complete``) remove it."""
        try:
            if self._writer is not None:
                self._writer.close()
            elif complete:  # no records at all: a valid file without columns
                self._pq.write_table(self._pa.table({}), str(self.temporary))
            if complete:
                os.replace(self.temporary, self.path)
        finally:
            self.temporary.unlink(missing_ok=True)


Batch = tuple[list[dict[str, Any]], ResumeToken, int | None]
"""Records, the resume token right after the last of them, and the total the server reports."""
Pages = Callable[[ResumeToken | None], AsyncIterator[Batch]]


async def export(
    pages: Pages,
    output: Path,
    kind: str,
    *,
    resume: bool,
    progress: Callable[[int, int | None], None] | None = None,
    warn: Callable[[str], None] | None = None,
) -> int:
    """Write every batch ``pages(token)`` yields (records, the resume token right after them, the
    total) to ``output``; returns how many records the file holds."""
    start: ResumeToken | None = None
    rows = 0
    if resume:
        if kind == "parquet":
            raise ValueError(PARQUET_NOT_RESUMABLE)
        saved = load_token(output)
        if saved is None or not output.exists():
            raise ValueError(f"nothing to resume: {token_path(output).name} is missing (start without --resume)")
        start, size, rows = saved
        with output.open("r+b") as stream:
            stream.truncate(size)  # a page written after the last saved token goes; it is fetched again
    sink: Any = ParquetSink(output) if kind == "parquet" else RecordWriter(output, kind, append=resume)
    complete = False
    try:
        async for records, token, total in pages(start):
            sink.write(records)
            rows += len(records)
            if kind != "parquet":
                save_token(output, token, sink.flush(), rows)
            if progress is not None:
                progress(rows, total)
        complete = True
    finally:
        sink.close(complete)
    token_path(output).unlink(missing_ok=True)  # complete: nothing to resume
    if sink.dropped and warn is not None:
        warn(
            f"{len(sink.dropped)} column(s) first seen after the first batch are not in {output.name}: "
            f"{', '.join(sorted(sink.dropped)[:10])}; export to .jsonl to keep every field"
        )
    return rows
