"""Records in and out of files: JSON Lines, CSV and Parquet, and the shapes each one needs.

JSON Lines keeps a record as the API sends it (nested objects stay nested). CSV and Parquet are
flat: nested objects become dotted columns (``address.city``), lists stay JSON text; reading a
CSV back puts the dots back into nesting, so ``aiwyn records upsert`` takes what ``export`` wrote.
Input is read whole, each record with its line, so every bad row can be reported before anything
is sent.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
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


def csv_cells(row: Mapping[str, Any]) -> dict[str, Any]:
    """A flat row as CSV writes it: booleans spelled as JSON (``true``), as ``unflatten`` reads them back."""
    return {k: ("true" if v else "false") if isinstance(v, bool) else v for k, v in row.items()}


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


@functools.cache
def _encoder() -> Callable[[Iterable[Any]], bytes] | None:
    """msgspec's JSON Lines encoder, imported by the first JSON Lines written (not by ``aiwyn --help``)."""
    try:
        import msgspec
    except ImportError:
        return None
    return msgspec.json.Encoder(enc_hook=str).encode_lines


def json_lines(records: Iterable[Mapping[str, Any]]) -> bytes:
    """Records as JSON Lines in UTF-8 (through msgspec when it is installed: several times faster,
    and a page is one call, the bytes written as they come)."""
    encode = _encoder()
    if encode is not None:
        return encode(records)
    return "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records).encode("utf-8")


@dataclass(frozen=True)
class Row:
    """One record of an input file, where it starts, and what is wrong with it ("" if nothing)."""

    line: int
    """The file's line the record is on (CSV: where its row ends, the header being line 1)."""
    record: Any
    """As read: a dict for CSV, any JSON value for JSON (the line's text when it is not JSON)."""
    problem: str = ""


def read_rows(path: Path, given: str | None = None) -> list[Row]:
    """Every record of a ``.jsonl`` (one JSON value a line), ``.json`` (a JSON array, or JSON
    Lines) or ``.csv`` file, each with its line; a row that cannot be read is kept with its
    problem, so every bad row of a file can be reported at once. A byte-order mark before the
    first byte (Excel's "CSV UTF-8") is skipped; text that is not UTF-8 raises ``ValueError``."""
    kind = format_of(path, given)
    if kind not in ("jsonl", "csv"):
        raise ValueError(f"{path.name}: records are read from jsonl, json or csv, not {kind}")
    try:
        if kind == "csv":
            with path.open(encoding="utf-8-sig", newline="") as stream:
                return list(_csv_rows(stream))
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"{path.name} is not UTF-8 text (byte {exc.start}): save it as UTF-8 (in Excel: CSV UTF-8)"
        ) from None
    if text.lstrip()[:1] == "[":
        return list(_json_array_rows(text))
    return [_json_row(number, line) for number, line in enumerate(text.split("\n"), start=1) if line.strip()]


def _csv_rows(stream: IO[str]) -> Iterator[Row]:
    reader = csv.DictReader(stream)
    for row in reader:
        extra = row.pop(None, None)  # DictReader's key for surplus cells
        if extra:
            width = len(reader.fieldnames or ())
            problem = f"has {width + len(extra)} cells; the header has {width} columns"
            yield Row(reader.line_num, {k: v for k, v in row.items() if v is not None}, problem)
        else:
            yield Row(reader.line_num, unflatten(row))


def _json_row(number: int, line: str) -> Row:
    try:
        return Row(number, json.loads(line))
    except ValueError as exc:
        return Row(number, line.rstrip("\r"), f"not JSON ({exc})")


def _json_array_rows(text: str) -> Iterator[Row]:
    """The items of a JSON array, each with the line it starts on."""
    decoder = json.JSONDecoder()
    line, counted = 1, 0

    def line_at(position: int) -> int:
        nonlocal line, counted
        line += text.count("\n", counted, position)
        counted = position
        return line

    def skip(position: int) -> int:
        while position < len(text) and text[position] in " \t\r\n":
            position += 1
        return position

    position = skip(text.index("[") + 1)
    if text[position : position + 1] == "]":
        return
    while True:
        try:
            value, end = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            yield Row(line_at(exc.pos), None, f"not JSON ({exc.msg}); the rest of the array cannot be read")
            return
        yield Row(line_at(position), value)
        position = skip(end)
        following = text[position : position + 1]
        if following == ",":
            position = skip(position + 1)
        elif following == "]":
            if text[position + 1 :].strip():
                yield Row(line_at(position + 1), None, "text after the end of the array")
            return
        else:
            yield Row(line_at(position), None, "expected , or ] between the items of the array")
            return


def read_records(path: Path, given: str | None = None) -> Iterator[dict[str, Any]]:
    """The records of a ``.jsonl``, ``.json`` or ``.csv`` file; ``ValueError`` at the first that cannot be read."""
    for row in read_rows(path, given):
        if row.problem:
            raise ValueError(f"{path.name}, line {row.line}: {row.problem}")
        yield row.record


class RecordWriter:
    """Appends pages of records to a jsonl or csv file, and says how many bytes are on disk."""

    def __init__(self, path: Path, kind: str, *, append: bool) -> None:
        if kind not in ("jsonl", "csv"):
            raise ValueError(f"{kind} is written by ParquetWriter")
        self.path, self.kind = path, kind
        self.file: IO[bytes] = path.open("ab" if append else "wb")
        """JSON Lines goes here as encoded; CSV through ``text``, which hands each row straight on."""
        self.text: IO[str] = io.TextIOWrapper(self.file, encoding="utf-8", newline="", write_through=True)
        self.columns: list[str] | None = None
        self.dropped: set[str] = set()
        """Columns first seen after the header was written: CSV cannot add them (JSON Lines can)."""
        if kind == "csv" and append and path.stat().st_size:
            with path.open(encoding="utf-8", newline="") as existing:
                self.columns = next(csv.reader(existing), None)

    def write(self, records: Iterable[Mapping[str, Any]]) -> None:
        if self.kind == "jsonl":
            self.file.write(json_lines(records))
            return
        rows = [flatten(r) for r in records]
        if not rows:
            return
        if self.columns is None:
            self.columns = list(dict.fromkeys(k for row in rows for k in row))
            csv.writer(self.text).writerow(self.columns)
        known = set(self.columns)
        self.dropped.update(k for row in rows for k, v in row.items() if k not in known and v is not None)
        writer = csv.DictWriter(self.text, fieldnames=self.columns, extrasaction="ignore")
        writer.writerows(csv_cells(row) for row in rows)

    def flush(self) -> int:
        """Everything written so far is on disk; returns the file's size in bytes."""
        self.file.flush()
        return self.path.stat().st_size

    def close(self, complete: bool = True) -> None:
        """Closed as it is, complete or not: what was flushed is what ``--resume`` continues from."""
        self.text.close()  # and the file under it


def to_csv_text(records: Sequence[Mapping[str, Any]]) -> str:
    buffer = io.StringIO()
    rows = [flatten(r) for r in records]
    columns = list(dict.fromkeys(k for row in rows for k in row))
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(csv_cells(row) for row in rows)
    return buffer.getvalue()
