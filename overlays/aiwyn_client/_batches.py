"""Batch writes of any size: split into requests the API accepts, and account for every record.

The API takes at most a documented number of records per request and reports per-record
results (a 200 can carry failures). The runner sends the batches in order and returns one
``BatchReport`` with an outcome for every input record, in input order. A batch that fails
as a whole (after the retries the client made) marks each of its records failed with the
error; a response that returns fewer results than records sent marks the rest failed. Nothing
is dropped silently.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._exceptions import AiwynError, APIStatusError
from ._json import dig
from .types import Response

FAILED = "failed"


@dataclass(frozen=True)
class RecordOutcome:
    index: int
    """Position of the record in the input."""
    record: Mapping[str, Any]
    status: str
    """The server's per-record status in lower case (``created``, ``updated``, …) or ``failed``."""
    error_code: str | None = None
    error_message: str | None = None
    result: Mapping[str, Any] | None = None
    """The server's full per-record result, when it sent one."""

    @property
    def failed(self) -> bool:
        return self.status == FAILED


@dataclass
class BatchReport:
    outcomes: list[RecordOutcome] = field(default_factory=list)
    batches: int = 0

    def __iter__(self) -> Iterator[RecordOutcome]:
        return iter(self.outcomes)

    def __len__(self) -> int:
        return len(self.outcomes)

    @property
    def failed(self) -> list[RecordOutcome]:
        return [o for o in self.outcomes if o.failed]

    @property
    def succeeded(self) -> list[RecordOutcome]:
        return [o for o in self.outcomes if not o.failed]

    @property
    def created(self) -> list[RecordOutcome]:
        return [o for o in self.outcomes if o.status == "created"]

    @property
    def updated(self) -> list[RecordOutcome]:
        return [o for o in self.outcomes if o.status == "updated"]

    @property
    def ok(self) -> bool:
        return not self.failed

    def counts(self) -> dict[str, int]:
        return dict(Counter(o.status for o in self.outcomes))

    def __repr__(self) -> str:
        return f"BatchReport(records={len(self)}, batches={self.batches}, counts={self.counts()})"


def as_record(record: Any) -> dict[str, Any]:
    if isinstance(record, Mapping):
        return dict(record)
    to_dict = getattr(record, "to_dict", None)
    if callable(to_dict):
        result = to_dict()
        if isinstance(result, dict):
            return result
    raise TypeError(f"a record must be a mapping or a model with to_dict(), not {type(record).__name__}")


def chunks(records: Iterable[Any], size: int, maximum: int) -> Iterator[list[dict[str, Any]]]:
    if not 1 <= size <= maximum:
        raise ValueError(f"batch_size must be between 1 and {maximum} (the API's limit per request), not {size}")
    iterator = iter(records)
    while chunk := [as_record(r) for r in itertools.islice(iterator, size)]:
        yield chunk


def _results(parsed: Any, path: Sequence[str]) -> list[Any] | None:
    to_dict = getattr(parsed, "to_dict", None)
    document = to_dict() if callable(to_dict) else parsed
    found = dig(document, path)
    return found if isinstance(found, list) else None


def _outcomes(start: int, chunk: list[dict[str, Any]], results: list[Any] | None) -> list[RecordOutcome]:
    outcomes = []
    for offset, record in enumerate(chunk):
        item = results[offset] if results is not None and offset < len(results) else None
        if not isinstance(item, Mapping):
            outcomes.append(RecordOutcome(start + offset, record, FAILED, "NO_RESULT", "the API returned no result"))
            continue
        error = item.get("error")
        status = str(item.get("status") or "").lower()
        if isinstance(error, Mapping) and error:
            status = FAILED
        code = error.get("code") if isinstance(error, Mapping) else None
        message = error.get("message") if isinstance(error, Mapping) else None
        outcomes.append(RecordOutcome(start + offset, record, status or "unknown", code, message, item))
    return outcomes


def _failed_batch(start: int, chunk: list[dict[str, Any]], exc: AiwynError, path: Sequence[str]) -> list[RecordOutcome]:
    if isinstance(exc, APIStatusError) and exc.body is not None:
        results = _results(exc.body, path)
        if results:
            return _outcomes(start, chunk, results)
    return [RecordOutcome(start + i, r, FAILED, type(exc).__name__, str(exc)) for i, r in enumerate(chunk)]


class _Run:
    """The bookkeeping shared by the sync and async runners."""

    def __init__(self, field_name: str, results_path: Sequence[str]) -> None:
        self.field_name, self.results_path = field_name, results_path
        self.report = BatchReport()

    def body(self, chunk: list[dict[str, Any]]) -> dict[str, Any]:
        self.report.batches += 1
        return {self.field_name: chunk}

    def answered(self, chunk: list[dict[str, Any]], response: Response[Any]) -> None:
        start = len(self.report.outcomes)
        self.report.outcomes.extend(_outcomes(start, chunk, _results(response.parsed, self.results_path)))

    def failed(self, chunk: list[dict[str, Any]], exc: AiwynError) -> None:
        start = len(self.report.outcomes)
        self.report.outcomes.extend(_failed_batch(start, chunk, exc, self.results_path))


def run_batches(
    send: Callable[[Any], Response[Any]],
    make_body: Callable[[dict[str, Any]], Any],
    *,
    field_name: str,
    results_path: Sequence[str],
    records: Iterable[Any],
    batch_size: int,
    max_size: int,
) -> BatchReport:
    run = _Run(field_name, results_path)
    for chunk in chunks(records, batch_size, max_size):
        try:
            run.answered(chunk, send(make_body(run.body(chunk))))
        except AiwynError as exc:
            run.failed(chunk, exc)
    return run.report


async def arun_batches(
    send: Callable[[Any], Awaitable[Response[Any]]],
    make_body: Callable[[dict[str, Any]], Any],
    *,
    field_name: str,
    results_path: Sequence[str],
    records: Iterable[Any],
    batch_size: int,
    max_size: int,
) -> BatchReport:
    run = _Run(field_name, results_path)
    for chunk in chunks(records, batch_size, max_size):
        try:
            run.answered(chunk, await send(make_body(run.body(chunk))))
        except AiwynError as exc:
            run.failed(chunk, exc)
    return run.report
