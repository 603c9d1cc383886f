"""Records in and out of files: JSON Lines, CSV and Parquet, and the shapes each one needs.

JSON Lines keeps a record as the API sends it (nested objects stay nested). CSV and Parquet are
flat: nested objects become dotted columns (``address.city``), lists stay JSON text; reading a
CSV back puts the dots back into nesting, so ``aiwyn records upsert`` takes what ``export`` wrote.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

FORMATS = ("jsonl", "csv", "parquet")


def format_of(path: Path, given: str | None) -> str:
    """The file format: as given, else from the extension (``.jsonl``, ``.ndjson``, ``.csv``, ``.parquet``)."""
    if given:
        return given
    suffix = path.suffix.lower().lstrip(".")
    found = {"jsonl": "jsonl", "ndjson": "jsonl", "json": "jsonl", "csv": "csv", "parquet": "parquet", "pq": "parquet"}
    if suffix not in found:
        raise ValueError(f"{path.name}: say the format with --format ({', '.join(FORMATS)}); the extension does not")
    return found[suffix]


def flatten(record: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"a": {"b": 1}, "c": [1]}`` -> ``{"a.b": 1, "c": "[1]"}``: nested objects as dotted columns."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and value:
            flat.update(flatten(value, name + "."))
        elif isinstance(value, (list, dict)):
            flat[name] = json.dumps(value, ensure_ascii=False)
        else:
            flat[name] = value
    return flat


def unflatten(row: Mapping[str, Any]) -> dict[str, Any]:
    """A CSV row back into a record: dotted columns nested, empty cells left out, JSON cells read."""
    record: dict[str, Any] = {}
    for column, cell in row.items():
        if cell is None or cell == "":
            continue
        value: Any = cell
        if isinstance(cell, str) and cell[:1] in "[{" or cell in ("true", "false", "null"):
            try:
                value = json.loads(cell)
            except ValueError:
                value = cell
        node = record
        *parents, last = column.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return record


def _encoder() -> Callable[[Any], bytes] | None:
    try:
        import msgspec
    except ImportError:
        return None
    return msgspec.json.Encoder(enc_hook=str).encode


_encode = _encoder()


def json_lines(records: Iterable[Mapping[str, Any]]) -> str:
    """Records as JSON Lines (through msgspec when it is installed: several times faster)."""
    if _encode is not None:
        encode = _encode
        return b"".join(encode(r) + b"\n" for r in records).decode("utf-8")
    return "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records)


def read_records(path: Path, given: str | None = None) -> Iterator[dict[str, Any]]:
    """The records of a ``.jsonl`` or ``.csv`` file, one at a time."""
    kind = format_of(path, given)
    with path.open(encoding="utf-8", newline="") as stream:
        if kind == "jsonl":
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except ValueError as exc:
                        raise ValueError(f"{path.name}, line {number}: not JSON ({exc})") from None
        elif kind == "csv":
            for row in csv.DictReader(stream):
                yield unflatten(row)
        else:
            raise ValueError(f"{path.name}: records are read from jsonl or csv, not {kind}")


class RecordWriter:
    """Appends pages of records to a jsonl or csv file, and says how many bytes are on disk."""

    def __init__(self, path: Path, kind: str, *, append: bool) -> None:
        if kind not in ("jsonl", "csv"):
            raise ValueError(f"{kind} is written by ParquetWriter")
        self.path, self.kind = path, kind
        self.stream: IO[str] = path.open("a" if append else "w", encoding="utf-8", newline="")
        self.columns: list[str] | None = None
        self.dropped: set[str] = set()
        """Columns first seen after the header was written: CSV cannot add them (JSON Lines can)."""
        if kind == "csv" and append and path.stat().st_size:
            with path.open(encoding="utf-8", newline="") as existing:
                self.columns = next(csv.reader(existing), None)

    def write(self, records: Iterable[Mapping[str, Any]]) -> None:
        if self.kind == "jsonl":
            self.stream.write(json_lines(records))
            return
        rows = [flatten(r) for r in records]
        if not rows:
            return
        if self.columns is None:
            self.columns = list(dict.fromkeys(k for row in rows for k in row))
            csv.writer(self.stream).writerow(self.columns)
        known = set(self.columns)
        self.dropped.update(k for row in rows for k, v in row.items() if k not in known and v is not None)
        writer = csv.DictWriter(self.stream, fieldnames=self.columns, extrasaction="ignore")
        writer.writerows(rows)

    def flush(self) -> int:
        """Everything written so far is on disk; returns the file's size in bytes."""
        self.stream.flush()
        return self.path.stat().st_size

    def close(self) -> None:
        self.stream.close()


def to_csv_text(records: Sequence[Mapping[str, Any]]) -> str:
    buffer = io.StringIO()
    rows = [flatten(r) for r in records]
    columns = list(dict.fromkeys(k for row in rows for k in row))
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
