"""``aiwyn sync``: the dlt source run into a destination, one resource at a time, state beside the data.

Each resource is its own dlt run, so one that fails (a 403, a value the description does not
allow) leaves the others loaded and its own table as it was; the result names it with the typed
error's message. The pipeline's state (dlt's working directory: incremental cursors, pending
packages) lives beside the data: ``<file>.state/`` next to a DuckDB file or a lake directory,
``.aiwyn-sync/<destination>-<dataset>/`` in the working directory for a server, unless
``state_dir`` (``--state-dir``, ``AIWYN_SYNC_STATE_DIR``) says otherwise. The state records which
destination it loaded; a state that finds another one (a moved or deleted DuckDB file, another
server) stops the run with that message instead of loading only what changed into a database
that never had the rest.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import traceback
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dlt

from ._client import Aiwyn
from ._schemas import TABLES
from ._typed_lists import Arguments
from .dlt import Progress, aiwyn_source, chosen_resources, skipped, unused
from .errors import AiwynError, ConfigurationError

LAKE_FORMATS = ("delta", "iceberg")
"""``--destination delta|iceberg``: dlt's filesystem destination writing these table formats."""
MARKER = "destination.json"
STATE_ENV = "AIWYN_SYNC_STATE_DIR"


class DestinationError(Exception):
    """The destination cannot be reached: every resource would fail the same way, so none is fetched."""


class StateMismatchError(ValueError):
    """The state directory belongs to another destination than the one this run loads."""


@dataclass
class SyncResult:
    loaded: dict[str, int] = field(default_factory=dict)
    """Rows loaded by table, this run."""
    failed: dict[str, str] = field(default_factory=dict)
    """Resources that failed, with why (the typed error's message)."""
    tracebacks: dict[str, str] = field(default_factory=dict)
    """The failed resources' tracebacks (``aiwyn sync --debug`` prints them)."""
    skipped: dict[str, str] = field(default_factory=dict)
    """Resources that page but cannot be loaded on their own (a list under a parent's id), with why."""
    notes: list[str] = field(default_factory=list)
    """What the run did besides loading (a pending load completed or discarded)."""
    warnings: list[str] = field(default_factory=list)
    """dlt's warnings, folded: the command shows how many (all with --debug)."""
    state_dir: Path | None = None

    def __eq__(self, other: object) -> bool:  # the rows loaded: what the tests and callers compare
        if isinstance(other, dict):
            return self.loaded == other
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]


NEEDS = {
    "postgres": ("psycopg2", "pip install 'aiwyn-client[postgres]'"),
    "delta": ("deltalake", "pip install 'aiwyn-client[lakehouse]'"),
    "iceberg": ("pyiceberg", "pip install 'dlt[pyiceberg]'"),
}
"""What a destination needs installed, and how to get it."""


def _installed(destination: str) -> None:
    import importlib.util

    module, how = NEEDS.get(destination, (None, ""))
    if module and importlib.util.find_spec(module) is None:
        raise ConfigurationError(f"--destination {destination} needs {module}: {how}")


def _where(destination: str, dataset: str, duckdb_file: str, lake_dir: str) -> tuple[Any, str, Path | None]:
    """The dlt destination, its fingerprint (what the state records), and the local path of its data."""
    if destination == "duckdb":
        path = Path(duckdb_file).expanduser().resolve()
        return dlt.destinations.duckdb(str(path)), f"duckdb:{path}", path
    if destination in LAKE_FORMATS:
        path = Path(lake_dir).expanduser().resolve()
        return dlt.destinations.filesystem(bucket_url=path.as_uri()), f"{destination}:{path}", path
    if destination == "postgres":  # dlt's, with its CSV copied so that an empty string stays one
        from ._postgres import postgres

        return postgres(), destination, None
    return destination, destination, None


def default_state_dir(destination: str, dataset: str, data: Path | None) -> Path:
    if data is not None:
        return data.with_name(data.name + ".state")
    return Path(".aiwyn-sync").resolve() / f"{destination}-{dataset}"


def _server_fingerprint(pipeline: Any, destination: str) -> str:
    """A server destination by where it is (no password): ``postgres://user@host:5432/db``; its
    configuration checked once, before any resource is fetched."""
    try:
        credentials = pipeline.destination_client().config.credentials
    except Exception as exc:  # dlt's message lists every place it looked: the first sentence says it
        text = _message(exc).split(" the following (config provider")[0]
        raise ConfigurationError(
            f"--destination {destination}: {text} (dlt reads DESTINATION__{destination.upper()}__CREDENTIALS, "
            "e.g. postgresql://user:password@host:5432/database, or .dlt/secrets.toml)"
        ) from None
    user, host = getattr(credentials, "username", ""), getattr(credentials, "host", "")
    port, database = getattr(credentials, "port", ""), getattr(credentials, "database", "")
    return f"{destination}://{user}@{host}:{port}/{database}"


def _reachable(pipeline: Any, destination: str) -> None:
    """Connect once to a server destination that has a SQL client, before anything is fetched."""
    try:
        client = pipeline.sql_client()
    except Exception:  # noqa: BLE001 - no SQL client (a bucket, an API): dlt reports problems when it loads
        return
    try:
        with client:
            pass
    except Exception as exc:
        raise DestinationError(f"--destination {destination}: cannot connect: {_message(exc)}") from None


def _check_state(state_dir: Path, where: dict[str, str], data: Path | None, full_refresh: bool) -> None:
    marker = state_dir / MARKER
    if full_refresh or not marker.exists():
        return
    try:
        before = json.loads(marker.read_text(encoding="utf-8"))
    except ValueError:
        return
    advice = f"give another --state-dir for a new state, or --full-refresh to reload everything from {state_dir}"
    if before != where:
        raise StateMismatchError(
            f"the sync state in {state_dir} was written for {before.get('destination')} "
            f"(dataset {before.get('dataset')}), not {where['destination']} (dataset {where['dataset']}): "
            f"the destination moved or another one shares this state; {advice}"
        )
    if data is not None and not data.exists():
        raise StateMismatchError(
            f"{data} was loaded from the sync state in {state_dir} and is gone (moved or deleted?): "
            f"move it back, or {advice}"
        )


def _has_children(resource: str) -> bool:
    table = TABLES.get(resource)
    return bool(table and table.children)


def _message(exc: BaseException) -> str:
    """The typed error a dlt failure wraps (its message), else the innermost exception, on one line."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        if isinstance(current, AiwynError):
            return " ".join(str(current).split())
        current = getattr(current, "exception", None) or current.__cause__ or current.__context__
    last = seen[-1]
    text = " ".join(str(last).split()) or type(last).__name__
    text = text if len(text) <= 400 else text[:400] + "..."
    return text if type(last) is ValueError else f"{type(last).__name__}: {text}"


ARROW_HINTS = re.compile(r"In resource: (\S+), when merging arrow schema with dlt schema, several column hints")
"""dlt's warning that a resource's arrow tables and its column hints differ."""


class _Collect(logging.Handler):
    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if not _hints_differ_by_design(message):
            self.into.append(" ".join(message.split())[:300])


def _hints_differ_by_design(message: str) -> bool:
    """Whether ``message`` is dlt's arrow-hints warning for a resource with JSON columns or child
    tables. The arrow tables carry JSON as text (``dlt._arrow_type``), which dlt tells from the
    columns' ``json`` hint and then loads as JSON, as hinted; a resource with child tables yields
    Arrow only as the empty batch that makes its table, which dlt compares with its child tables'
    hints too (their ``id`` may be null, the parent's may not). The tables are built from those same
    hints, so the warning says nothing a user can act on, on every such sync."""
    found = ARROW_HINTS.match(message)
    table = TABLES.get(found.group(1)) if found else None
    if table is None:
        return False
    columns = (*table.columns, *(c for child in table.children for c in child.columns))
    return bool(table.children) or any(column.data_type == "json" for column in columns)


@contextlib.contextmanager
def _folded(into: list[str], show: bool) -> Iterator[None]:
    """dlt's log warnings and Python warnings collected into ``into`` (left as they are if ``show``)."""
    if show:
        yield
        return
    logger = logging.getLogger("dlt")
    handlers, propagate = list(logger.handlers), logger.propagate
    collector = _Collect(into)
    for handler in handlers:
        logger.removeHandler(handler)
    logger.addHandler(collector)
    logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield
        into.extend(" ".join(str(w.message).split())[:300] for w in caught)
    finally:
        logger.removeHandler(collector)
        for handler in handlers:
            logger.addHandler(handler)
        logger.propagate = propagate


def run_sync(
    client_options: dict[str, Any],
    resources: Sequence[str] | None,
    *,
    destination: str = "duckdb",
    dataset: str = "aiwyn_data",
    pipeline_name: str = "aiwyn",
    duckdb_file: str = "aiwyn.duckdb",
    lake_dir: str = "aiwyn-lake",
    full_refresh: bool = False,
    state_dir: str | os.PathLike[str] | None = None,
    pipelines_dir: str | None = None,
    page_size: int | None = None,
    progress: Progress | None = None,
    show_warnings: bool = False,
    arguments: Arguments | None = None,
) -> SyncResult:
    """Load ``resources`` (every one that pages by default) into ``destination``, each on its own."""
    chosen = chosen_resources(resources)[1]  # a name that does not page fails before anything is installed
    _installed(destination)
    target, fingerprint, data = _where(destination, dataset, duckdb_file, lake_dir)
    chosen_state = state_dir or pipelines_dir or os.environ.get(STATE_ENV)
    state = Path(chosen_state).expanduser().resolve() if chosen_state else default_state_dir(destination, dataset, data)
    result = SyncResult(state_dir=state)
    table_format = destination if destination in LAKE_FORMATS else None
    # DuckDB and the lake take Parquet files (one COPY each); PostgreSQL CSV through COPY (see
    # _postgres); others the format dlt prefers for them.
    file_format = {"duckdb": "parquet", "postgres": "csv"}.get(destination, "parquet" if table_format else None)
    options: dict[str, Any] = {"loader_file_format": file_format} if file_format else {}

    with _folded(result.warnings, show_warnings):
        pipeline = dlt.pipeline(
            pipeline_name=pipeline_name, destination=target, dataset_name=dataset, pipelines_dir=str(state)
        )
        if data is None:
            fingerprint = _server_fingerprint(pipeline, destination)
            _reachable(pipeline, destination)
        where = {"destination": fingerprint, "dataset": dataset}
        _check_state(state, where, data, full_refresh)
        if pipeline.has_pending_data:
            try:
                pipeline.normalize()
                pipeline.load()
                result.notes.append("completed a load an earlier run left pending")
            except Exception as exc:  # noqa: BLE001 - reported, and the package is dropped
                pipeline.drop_pending_packages()
                result.notes.append(f"discarded a load an earlier run left pending: {_message(exc)}")
        with Aiwyn(**client_options) as client:
            misspelt = unused(client, chosen, arguments or {})
            if misspelt:
                raise ValueError(f"no resource to load takes {', '.join(f'--param {n}' for n in misspelt)}")
            result.skipped = skipped(client, chosen, arguments)
            if resources and result.skipped:  # asked for by name: the caller must hear it cannot be
                raise ValueError("; ".join(result.skipped.values()))
            for name in (name for name in chosen if name not in result.skipped):
                source = aiwyn_source(
                    client,
                    [name],
                    page_size=page_size,
                    progress=progress,
                    table_format=table_format,
                    arguments=arguments,
                    text_without_nul=destination == "postgres",
                )
                # dlt writes the rows of a resource with child tables itself, as INSERT statements for
                # PostgreSQL (its CSV writer miscounts such rows); Arrow batches go through COPY.
                formats = {} if destination == "postgres" and _has_children(name) else options
                try:
                    if full_refresh:
                        pipeline.run(source, refresh="drop_resources", **formats)
                    else:
                        pipeline.run(source, **formats)
                except Exception as exc:  # noqa: BLE001 - each resource loads or fails on its own
                    result.failed[name] = _message(exc)
                    result.tracebacks[name] = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
                    if pipeline.has_pending_data:
                        pipeline.drop_pending_packages()
                    continue
                normalized = pipeline.last_trace.last_normalize_info if pipeline.last_trace else None
                counts = normalized.row_counts if normalized is not None else {}
                for table, rows in counts.items():
                    if not table.startswith("_dlt"):
                        result.loaded[table] = result.loaded.get(table, 0) + rows
                result.loaded.setdefault(name, 0)
        if data is None or data.exists():  # a run that wrote nothing leaves no state to miss its data
            state.mkdir(parents=True, exist_ok=True)
            (state / MARKER).write_text(json.dumps(where), encoding="utf-8")
    return result
