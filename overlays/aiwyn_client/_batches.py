"""Batch writes of any size: split into requests the API accepts, and account for every record.

The API takes at most a documented number of records per request and reports per-record
results (a 200 can carry failures). Every input is converted and checked first (a mapping or a
model, with a ``type`` and a ``systemRef``), so a bad record raises ``BatchInputError`` before
anything is written. The runner then sends the batches in order and returns one
``BatchReport`` with an outcome for every input record, in input order.

Results are matched to records by identity (``type`` + ``systemRef``), never by position: a
server may reorder them or leave some out, and an outcome must never name another record. A
record with no result of its identity is failed with ``NO_RESULT``. Only when no result carries
an identity at all, and there is exactly one result per record, are they taken in order (the
documented "one result per submitted record, in order"). A batch that fails as a whole (after
the retries the client made) marks each of its records failed with the error, and the later
batches are still sent. Nothing is dropped silently.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict, deque
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._exceptions import AiwynError, APIStatusError, BatchInputError
from ._json import dig
from .types import Response

FAILED = "failed"
NO_RESULT = "NO_RESULT"
IDENTITY = ("type", "systemRef")


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


def problem_of(record: Any) -> tuple[dict[str, Any] | None, str]:
    """The record as the JSON object to send and "", or None and what is wrong with it
    ("has no type ...": the words after "record N")."""
    document: Any = record
    if not isinstance(record, Mapping):
        to_dict = getattr(record, "to_dict", None)
        document = to_dict() if callable(to_dict) else None
    if not isinstance(document, Mapping):
        return None, f"is a {type(record).__name__}: a record must be a mapping or a model with to_dict()"
    kind, ref = document.get("type"), document.get("systemRef")
    if not isinstance(kind, str) or not kind:
        return None, f"has no type (a non-empty string, such as 'client'): {dict(document)!r}"
    if not isinstance(ref, Mapping) or not ref:
        return None, (
            "has no systemRef (an object such as {'id': 'C-1', 'system': 'erp'}), which identifies it in the results"
        )
    return dict(document), ""


def as_record(record: Any, index: int) -> dict[str, Any]:
    """The record as the JSON object to send, or ``BatchInputError`` naming what is wrong."""
    document, problem = problem_of(record)
    if document is None:
        raise BatchInputError(f"record {index} {problem}")
    return document


def prepare(records: Iterable[Any], size: int, maximum: int) -> list[list[dict[str, Any]]]:
    """Every record converted and checked, in batches of ``size``; raises before anything is sent."""
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= maximum:
        raise BatchInputError(
            f"batch_size must be an integer from 1 to {maximum} (the API's limit per request), not {size!r}"
        )
    if isinstance(records, (str, bytes, Mapping)) or not isinstance(records, Iterable):
        raise BatchInputError(f"records must be an iterable of records, not a {type(records).__name__}")
    converted = [as_record(r, i) for i, r in enumerate(records)]
    return [converted[i : i + size] for i in range(0, len(converted), size)]


def identity(document: Mapping[str, Any]) -> tuple[str, str] | None:
    """``type`` (case-insensitive) and ``systemRef`` (key order ignored), or None without them."""
    kind, ref = document.get("type"), document.get("systemRef")
    if not isinstance(kind, str) or not isinstance(ref, Mapping) or not ref:
        return None
    return kind.lower(), json.dumps(ref, sort_keys=True, default=str)


def _results(parsed: Any, path: Sequence[str]) -> list[Any] | None:
    to_dict = getattr(parsed, "to_dict", None)
    document = to_dict() if callable(to_dict) else parsed
    found = dig(document, path)
    return found if isinstance(found, list) else None


def _match(chunk: list[dict[str, Any]], results: list[Any] | None) -> list[Mapping[str, Any] | None]:
    """Each record's result, by identity; by order only when no result has one and counts agree."""
    usable = [r for r in results or () if isinstance(r, Mapping)]
    if not usable:
        return [None] * len(chunk)
    by_identity: defaultdict[tuple[str, str], deque[Mapping[str, Any]]] = defaultdict(deque)
    for result in usable:
        key = identity(result)
        if key is not None:
            by_identity[key].append(result)
    if not by_identity:
        return list(usable) if len(usable) == len(chunk) and len(usable) == len(results or ()) else [None] * len(chunk)
    matched: list[Mapping[str, Any] | None] = []
    for record in chunk:
        queue = by_identity.get(identity(record) or ("", ""))
        matched.append(queue.popleft() if queue else None)
    return matched


def _outcomes(start: int, chunk: list[dict[str, Any]], results: list[Any] | None) -> list[RecordOutcome]:
    outcomes = []
    for offset, (record, item) in enumerate(zip(chunk, _match(chunk, results), strict=True)):
        if item is None:
            missing = "the API returned no result for this record's type and systemRef"
            outcomes.append(RecordOutcome(start + offset, record, FAILED, NO_RESULT, missing))
            continue
        error = item.get("error")
        status = str(item.get("status") or "").lower()
        if isinstance(error, Mapping) and error:
            status = FAILED
        code = error.get("code") if isinstance(error, Mapping) else None
        message = error.get("message") if isinstance(error, Mapping) else None
        outcomes.append(RecordOutcome(start + offset, record, status or "unknown", code, message, item))
    return outcomes


def _failed_batch(
    start: int, chunk: list[dict[str, Any]], exc: AiwynError | httpx.HTTPError, path: Sequence[str]
) -> list[RecordOutcome]:
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

    def failed(self, chunk: list[dict[str, Any]], exc: AiwynError | httpx.HTTPError) -> None:
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
    for chunk in prepare(records, batch_size, max_size):
        try:
            run.answered(chunk, send(make_body(run.body(chunk))))
        except (AiwynError, httpx.HTTPError) as exc:
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
    for chunk in prepare(records, batch_size, max_size):
        try:
            run.answered(chunk, await send(make_body(run.body(chunk))))
        except (AiwynError, httpx.HTTPError) as exc:
            run.failed(chunk, exc)
    return run.report
