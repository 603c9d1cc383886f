"""``aiwyn <resource> <batch write> FILE``: every record of a file, in batches, with a report.

CSV cells are typed as the record type's schema says (``_cells``). Each row is checked before
anything is sent (every bad row reported at once, or sent around with ``--skip-invalid``); the
records go through the method's ``*_all`` form; failures are written with their errors beside the
input (``FILE.failed.jsonl``), exit code 3.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from ._cells import field_types, typed_record
from ._context import EXIT_PARTIAL, EXIT_USAGE, Connection, fail, progress_bar, run, stderr, writable
from ._files import Row, format_of, read_rows

INVALID = "INVALID_INPUT"
"""The error code of a row the command did not send (``--skip-invalid``): unreadable, or no identity."""


def _failure(row: Row, index: int, code: str | None, message: str | None, record: Any) -> dict[str, Any]:
    return {"line": row.line, "index": index, "record": record, "error_code": code, "error_message": message}


def _checked(
    rows: list[Row],
) -> tuple[list[tuple[int, Row, dict[str, Any]]], list[tuple[int, Row, str]]]:
    """The rows that can be sent (position, row, the record to send) and those that cannot
    (position, row, why): unreadable, not an object, or without ``type`` and ``systemRef``."""
    from .._batches import problem_of  # loaded by an upload, not by `aiwyn --help`

    valid, invalid = [], []
    for index, row in enumerate(rows):
        document, problem = (None, row.problem) if row.problem else problem_of(row.record)
        if document is None:
            invalid.append((index, row, problem))
        else:
            valid.append((index, row, document))
    return valid, invalid


def _write_failures(path: Path, failures: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as stream:
        stream.writelines(json.dumps(f, ensure_ascii=False, default=str) + "\n" for f in failures)


def batch_command(resource: str, method: str) -> click.Command:
    @click.command(
        method.replace("_", "-"),
        help=f"aiwyn.{resource}.{method}_all: every record of a .jsonl, .json or .csv file, in batches.",
    )
    @click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--format", "kind", type=click.Choice(("jsonl", "csv")), help="By the extension if not given.")
    @click.option(
        "--failed",
        "failed_path",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Where failures go (FILE.failed.jsonl by default).",
    )
    @click.option("--chunk", type=int, default=1000, show_default=True, help="Records per progress step.")
    @click.option(
        "--skip-invalid",
        is_flag=True,
        help="Send the valid records and write the invalid ones to the failures file (otherwise nothing is sent).",
    )
    @click.pass_obj
    def command(
        connection: Connection,
        file: Path,
        kind: str | None,
        failed_path: Path | None,
        chunk: int,
        skip_invalid: bool,
    ) -> None:
        def action() -> int:
            rows = read_rows(file, kind)
            valid, invalid = _checked(rows)
            if invalid and not skip_invalid:
                for _, row, problem in invalid:
                    stderr.print(f"{file.name}, line {row.line}: {problem}", highlight=False, markup=False)
                fail(
                    f"{len(invalid)} of {len(rows)} records cannot be sent, so none was; fix them, or pass "
                    "--skip-invalid to send the others and write these to the failures file",
                    EXIT_USAGE,
                )
            failed_to = failed_path or file.with_name(file.stem + ".failed.jsonl")
            writable(failed_to)
            failures = [_failure(row, index, INVALID, problem, row.record) for index, row, problem in invalid]
            records = [document for _, _, document in valid]
            counts: dict[str, int] = {"invalid (not sent)": len(invalid)} if invalid else {}
            with connection.client() as aiwyn, progress_bar(sys.stderr.isatty()) as progress:
                if records and format_of(file, kind) == "csv":  # CSV cells are text: typed as the record types say
                    types = field_types(aiwyn, resource, method)
                    records = [typed_record(record, types) for record in records]
                task = progress.add_task(f"{resource} {method}", total=len(records), rate="")
                run_all = getattr(getattr(aiwyn, resource), f"{method}_all")
                for start in range(0, len(records), chunk):
                    report = run_all(records[start : start + chunk])
                    for outcome in report:
                        counts[outcome.status] = counts.get(outcome.status, 0) + 1
                        if outcome.failed:
                            index, row, _ = valid[start + outcome.index]
                            record = dict(outcome.record)
                            failures.append(_failure(row, index, outcome.error_code, outcome.error_message, record))
                    progress.advance(task, len(report))
            summary = ", ".join(f"{n} {status.lower()}" for status, n in sorted(counts.items()))
            click.echo(f"{len(rows)} records: {summary or 'none sent'}")
            if failures:
                failures.sort(key=lambda f: int(f["index"]))
                _write_failures(failed_to, failures)
                stderr.print(f"{len(failures)} failed; written with their errors to {failed_to}")
                return EXIT_PARTIAL
            return 0

        run(connection, action)

    return command
