"""The ``aiwyn`` command (click, with rich for tables and progress), built from the resource catalog.

Every resource of the client is a command group (``aiwyn clients list | search | get ID``),
found in ``_catalog.CATALOG`` rather than listed here, so a new description gives new commands
without code. Exit codes: 0 success, 1 an API or network error, 2 a usage error (including a
filter the entity cannot take, missing credentials, invalid input rows, or a file that cannot be
read or written), 3 a partial failure.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import os
import sys
import tempfile
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .. import __version__
from .._catalog import CATALOG, MethodInfo, paged_methods
from .._spec import ENVIRONMENTS
from ..errors import AiwynError, ConfigurationError, InvalidArgumentError, QueryError
from ._files import FORMATS, Row, flatten, format_of, read_rows, to_csv_text

if TYPE_CHECKING:  # what a command needs is imported when it runs, so `aiwyn --help` loads no client
    from rich.progress import Progress

    from .. import Aiwyn, AsyncAiwyn
    from ..pagination import ResumeToken
    from . import _export

EXIT_API, EXIT_USAGE, EXIT_PARTIAL = 1, 2, 3
OUTPUTS = ("table", "json", "jsonl", "csv")
stderr = Console(stderr=True, soft_wrap=True)  # messages stay whole lines, for logs and grep


class Connection:
    """How to reach the API, from the options and environment, as the client takes them."""

    def __init__(
        self,
        api_key: str | None,
        token: str | None,
        environment: str | None,
        base_url: str | None,
        profile: str | None = None,
    ) -> None:
        self.options: dict[str, Any] = {
            "api_key": api_key,
            "token": token,
            "environment": environment,
            "base_url": base_url,
            "profile": profile,
        }
        self.debug = False

    def client(self) -> Aiwyn:
        from .. import Aiwyn

        return Aiwyn(**self.options)

    def async_client(self) -> AsyncAiwyn:
        from .. import AsyncAiwyn

        return AsyncAiwyn(**self.options)


def fail(message: str, code: int) -> NoReturn:
    stderr.print(f"[bold red]error:[/] {escape(message)}", highlight=False, markup=True)  # a message's [x] kept
    raise SystemExit(code)


def _run(connection: Connection, action: Callable[[], int | None]) -> None:
    """Run a command body; typed errors become a message and an exit code (a traceback with --debug)."""
    try:
        code = action()
    except (QueryError, InvalidArgumentError, ConfigurationError, ValueError) as exc:
        if connection.debug:
            raise
        fail(str(exc), EXIT_USAGE)
    except AiwynError as exc:
        if connection.debug:
            raise
        fail(str(exc), EXIT_API)
    except OSError as exc:  # a file that cannot be read or written: the path given is the problem
        if connection.debug:
            raise
        fail(f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else str(exc), EXIT_USAGE)
    raise SystemExit(code or 0)


def _writable(path: Path) -> None:
    """Make ``path``'s directory if it is missing, and check a file can be created in it (``OSError``
    otherwise), before anything is fetched or sent."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:  # a file where a directory of the path should be
        raise NotADirectoryError(errno.ENOTDIR, f"{os.strerror(errno.ENOTDIR)}", exc.filename) from None
    try:
        with tempfile.TemporaryFile(dir=path.parent):
            pass
    except OSError as exc:  # named after the directory, not the temporary file's random name
        raise type(exc)(exc.errno, exc.strerror, str(path.parent)) from None


# ---------------------------------------------------------------------- output
def _rows(items: Iterable[Any]) -> list[dict[str, Any]]:
    return [item.to_dict() if hasattr(item, "to_dict") else item for item in items]


def show(rows: list[dict[str, Any]], output: str | None) -> None:
    output = output or ("table" if sys.stdout.isatty() else "json")
    if output == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
    elif output == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif output == "csv":
        click.echo(to_csv_text(rows), nl=False)
    else:
        flat = [flatten(row) for row in rows]
        table = Table(show_lines=False)
        columns = list(dict.fromkeys(k for row in flat for k in row))
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in flat:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        Console().print(table)
        stderr.print(f"{len(rows)} records", style="dim")


def _progress(enabled: bool) -> Progress:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=stderr,
        disable=not enabled,
        transient=False,
    )


# ---------------------------------------------------------------------- query options
def _fields_of(info: MethodInfo) -> Any:
    from ..where import fields as where_fields

    return getattr(where_fields, info.fields) if info.fields else None


def _filters(info: MethodInfo, where: str | None, where_json: str | None, order_by: str | None) -> dict[str, Any]:
    from ..where._expr import check_where
    from ._filter import parse_order, parse_where

    fields = _fields_of(info)
    options: dict[str, Any] = {}
    if where and where_json:
        raise click.UsageError("give --where or --where-json, not both")
    if (where or where_json or order_by) and info.kind != "search":
        raise click.UsageError("--where, --where-json and --order-by apply to search")
    if where:
        options["where"] = parse_where(where, fields)
    if where_json:
        try:
            options["where"] = json.loads(where_json)
        except ValueError as exc:
            raise click.UsageError(f"--where-json is not JSON: {exc}") from None
        if fields is not None and isinstance(options["where"], dict):
            check_where(options["where"], fields, "--where-json")
    if order_by:
        options["order_by"] = parse_order(order_by, fields)
    return options


def _search_options(function: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(
        [
            click.option("--where", help='A filter: name ilike "%acme%" and active = true'),
            click.option("--where-json", help="A Hasura where object, as JSON."),
            click.option("--order-by", help="Sort keys: name,-createdAt (a leading - for descending)."),
        ]
    ):
        function = option(function)
    return function


def _converted(value: str, annotation: str) -> Any:
    return int(value) if annotation.split(" ")[0] == "int" else value


# ---------------------------------------------------------------------- resource commands
def _page_command(resource: str, method: str, info: MethodInfo) -> click.Command:
    @click.command(method, help=f"{resource}.{info.iterator or method}: records, as a table (or --format).")
    @click.option("--max-items", type=int, default=20, show_default=True, help="Stop after this many records.")
    @click.option("--all", "everything", is_flag=True, help="Every record (no --max-items).")
    @click.option("--page-size", type=int, help="Records per request.")
    @click.option("--format", "output", type=click.Choice(OUTPUTS), help="table on a terminal, json otherwise.")
    @_search_options
    @click.pass_obj
    def command(
        connection: Connection,
        max_items: int,
        everything: bool,
        page_size: int | None,
        output: str | None,
        where: str | None,
        where_json: str | None,
        order_by: str | None,
    ) -> None:
        def action() -> None:
            options = _filters(info, where, where_json, order_by)
            with connection.client() as aiwyn:
                pager = getattr(getattr(aiwyn, resource), info.iterator or method)(
                    page_size=page_size, max_items=None if everything else max_items, **options
                )
                show(_rows(pager), output)

        _run(connection, action)

    return command


def _get_command(resource: str, method: str, info: MethodInfo) -> click.Command:
    @click.command(method, help=f"{resource}.{method}({', '.join(n for n, _ in info.path_params)})")
    @click.argument("ids", nargs=len(info.path_params), required=True)
    @click.option("--format", "output", type=click.Choice(OUTPUTS), help="table on a terminal, json otherwise.")
    @click.pass_obj
    def command(connection: Connection, ids: tuple[str, ...] | str, output: str | None) -> None:
        def action() -> None:
            given = (ids,) if isinstance(ids, str) else ids  # click gives one argument as it is
            arguments = [_converted(v, a) for v, (_, a) in zip(given, info.path_params, strict=True)]
            with connection.client() as aiwyn:
                show(_rows([getattr(getattr(aiwyn, resource), method)(*arguments)]), output)

        _run(connection, action)

    return command


INVALID = "INVALID_INPUT"
"""The error code of a row the command did not send (``--skip-invalid``): unreadable, or no identity."""


def _failure(row: Row, index: int, code: str | None, message: str | None, record: Any) -> dict[str, Any]:
    return {"line": row.line, "index": index, "record": record, "error_code": code, "error_message": message}


def _checked(
    rows: list[Row],
) -> tuple[list[tuple[int, Row, dict[str, Any]]], list[tuple[int, Row, str]]]:
    """The rows that can be sent (position, row, the record to send) and those that cannot
    (position, row, why): unreadable, not an object, or without ``type`` and ``systemRef``."""
    from .._batches import problem_of

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


def _batch_command(resource: str, method: str) -> click.Command:
    @click.command(method, help=f"{resource}.{method}_all: every record of a .jsonl, .json or .csv file, in batches.")
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
            _writable(failed_to)
            failures = [_failure(row, index, INVALID, problem, row.record) for index, row, problem in invalid]
            records = [document for _, _, document in valid]
            counts: dict[str, int] = {"invalid (not sent)": len(invalid)} if invalid else {}
            with connection.client() as aiwyn, _progress(sys.stderr.isatty()) as progress:
                task = progress.add_task(f"{resource} {method}", total=len(records), rate="")
                run = getattr(getattr(aiwyn, resource), f"{method}_all")
                for start in range(0, len(records), chunk):
                    report = run(records[start : start + chunk])
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

        _run(connection, action)

    return command


def resource_group(resource: str) -> click.Group:
    group = click.Group(resource, help=f"The {resource} resource: " + ", ".join(CATALOG[resource]))
    for method, info in CATALOG[resource].items():
        if info.kind in ("list", "search") and info.iterator:
            group.add_command(_page_command(resource, method, info))
        elif info.kind == "get" and not info.binary and info.path_params:
            group.add_command(_get_command(resource, method, info))
        if info.batch:
            group.add_command(_batch_command(resource, method))
    return group


class _Root(click.Group):
    """Static commands first, then one group per resource of the catalog."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(CATALOG))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        found = super().get_command(ctx, name)
        if found is None and name in CATALOG:
            return resource_group(name)
        return found


@click.group(cls=_Root, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--api-key", envvar="AIWYN_API_KEY", help="Exchanged for tokens (or AIWYN_API_KEY).")
@click.option("--token", envvar="AIWYN_TOKEN", help="A bearer token used as it is (or AIWYN_TOKEN).")
@click.option(
    "--environment",
    envvar="AIWYN_ENVIRONMENT",
    help=f"{', '.join(ENVIRONMENTS) or 'none listed: use --base-url'} (or AIWYN_ENVIRONMENT).",
)
@click.option("--base-url", envvar="AIWYN_BASE_URL", help="The API's base URL (or AIWYN_BASE_URL).")
@click.option(
    "--profile", envvar="AIWYN_PROFILE", help="The stored credentials to use (aiwyn login; or AIWYN_PROFILE)."
)
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.version_option(__version__, prog_name="aiwyn")
@click.pass_context
def app(
    ctx: click.Context,
    api_key: str | None,
    token: str | None,
    environment: str | None,
    base_url: str | None,
    profile: str | None,
    debug: bool,
) -> None:
    """Data out of and into the Aiwyn API: resources, exports, record uploads, warehouse syncs."""
    ctx.obj = Connection(api_key, token, environment, base_url, profile)
    ctx.obj.debug = debug


@app.command("resources")
def resources_command() -> None:
    """Every resource and its methods (what `aiwyn <resource> ...` runs)."""
    table = Table("resource", "methods", "commands")
    for resource, methods in sorted(CATALOG.items()):
        commands = sorted(resource_group(resource).commands)
        table.add_row(resource, ", ".join(methods), ", ".join(commands))
    Console().print(table)


def _pageable(resource: str, method: str | None) -> tuple[str, MethodInfo]:
    if resource not in CATALOG:
        raise click.UsageError(f"no resource {resource!r}; see `aiwyn resources`")
    choices = paged_methods(resource)
    if not choices:
        raise click.UsageError(f"{resource} has no list or search to export")
    if method is None:
        method = next(iter(choices))
    if method not in choices:
        raise click.UsageError(f"{resource} pages with {', '.join(choices)}, not {method}")
    return method, choices[method]


@app.command("export")
@click.argument("resource")
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "kind", type=click.Choice(FORMATS), help="By the extension if not given.")
@click.option("--method", help="The list or search to page through (a search by default).")
@click.option("--max-items", type=int)
@click.option("--page-size", type=int)
@click.option("--concurrency", type=int, default=4, show_default=True, help="Pages fetched ahead (page lists).")
@click.option("--resume", is_flag=True, help="Continue an interrupted export of the same output.")
@_search_options
@click.pass_obj
def export_command(
    connection: Connection,
    resource: str,
    output: Path,
    kind: str | None,
    method: str | None,
    max_items: int | None,
    page_size: int | None,
    concurrency: int,
    resume: bool,
    where: str | None,
    where_json: str | None,
    order_by: str | None,
) -> None:
    """Every record of RESOURCE into OUTPUT (.jsonl, .csv or .parquet), with progress; --resume after a kill."""

    def action() -> None:
        import asyncio

        from . import _export

        chosen, info = _pageable(resource, method)
        fmt = format_of(output, kind)
        if resume and fmt == "parquet":
            raise ValueError(_export.PARQUET_NOT_RESUMABLE)
        options = _filters(info, where, where_json, order_by)
        paging = info.paging
        if paging is None or info.size_field is None:
            raise click.UsageError(f"{resource}.{chosen} pages in a way export cannot follow")
        size = page_size or paging.size_max  # the largest pages the operation takes: fewest requests
        _writable(output)

        async def pages(start: ResumeToken | None) -> AsyncIterator[_export.Batch]:
            # The records as the API sends them (no models to build and take apart again), through
            # the typed iterator's own paging plan: the same exactly-once guarantee and tokens.
            async with connection.async_client() as aiwyn:
                pager = aiwyn.paginate(
                    page_size=size,
                    max_items=max_items,
                    resume=start,
                    concurrency=1 if paging.keyset else concurrency,
                    **info.paginate_options(),
                    **options,
                )
                buffer: list[dict[str, Any]] = []
                async for record in pager:
                    buffer.append(record)
                    if len(buffer) >= size:
                        yield buffer, pager.resume_token, pager.total
                        buffer = []
                yield buffer, pager.resume_token, pager.total

        with _progress(sys.stderr.isatty()) as progress:
            task = progress.add_task(f"{resource} -> {output.name}", total=None, rate="")

            def advance(done: int, total: int | None) -> None:
                elapsed = progress.tasks[0].elapsed or 0
                rate = f"{done / elapsed:,.0f}/s" if elapsed else ""
                progress.update(task, completed=done, total=total, rate=rate)

            warn = functools.partial(stderr.print, style="yellow")
            rows = asyncio.run(_export.export(pages, output, fmt, resume=resume, progress=advance, warn=warn))
        stderr.print(f"{rows} {resource} records in {output}")

    _run(connection, action)


@contextlib.contextmanager
def _destination_errors(kind: type[Exception], debug: bool) -> Iterator[None]:
    """A destination that cannot be reached: one line, exit code 1 (a traceback with --debug)."""
    try:
        yield
    except kind as exc:
        if debug:
            raise
        fail(str(exc), EXIT_API)


@app.command("sync")
@click.argument("resources", nargs=-1)
@click.option(
    "--destination",
    default="duckdb",
    show_default=True,
    help="duckdb, postgres ([postgres] extra), delta ([lakehouse] extra: Delta tables in --lake-dir), "
    "or any dlt destination.",
)
@click.option("--dataset", default="aiwyn_data", show_default=True, help="The dataset (schema) to load into.")
@click.option("--pipeline-name", default="aiwyn", show_default=True, help="dlt's pipeline name (its state).")
@click.option("--duckdb-file", default="aiwyn.duckdb", show_default=True, help="For --destination duckdb.")
@click.option("--lake-dir", default="aiwyn-lake", show_default=True, help="For --destination delta.")
@click.option(
    "--state-dir",
    envvar="AIWYN_SYNC_STATE_DIR",
    help="Where the sync keeps its state (or AIWYN_SYNC_STATE_DIR); beside the data by default: "
    "<file>.state for DuckDB and Delta, ./.aiwyn-sync/<destination>-<dataset> for a server.",
)
@click.option("--page-size", type=int, help="Records per request (the largest the API takes by default).")
@click.option("--full-refresh", is_flag=True, help="Reload everything instead of what changed.")
@click.pass_obj
def sync_command(
    connection: Connection,
    resources: tuple[str, ...],
    destination: str,
    dataset: str,
    pipeline_name: str,
    duckdb_file: str,
    lake_dir: str,
    state_dir: str | None,
    page_size: int | None,
    full_refresh: bool,
) -> None:
    """Load RESOURCES (every list or search by default) into a warehouse through dlt: DuckDB by default.

    Each resource loads or fails on its own; the summary lists rows per table and each failed
    resource with its error (exit code 1 if any failed)."""

    def action() -> int:
        try:
            from .._warehouse import DestinationError, run_sync
        except ImportError as exc:
            extra = {"postgres": "postgres", "delta": "lakehouse", "iceberg": "lakehouse"}.get(destination, "warehouse")
            raise ConfigurationError(
                f"aiwyn sync needs {exc.name or 'dlt'}: pip install 'aiwyn-client[{extra}]'"
            ) from None

        with _progress(sys.stderr.isatty()) as progress, _destination_errors(DestinationError, connection.debug):
            tasks: dict[str, Any] = {}

            def advance(resource: str, done: int, total: int | None) -> None:
                if resource not in tasks:
                    tasks[resource] = progress.add_task(resource, total=None, rate="")
                task = tasks[resource]
                elapsed = progress.tasks[task].elapsed or 0
                rate = f"{done / elapsed:,.0f}/s" if elapsed else ""
                progress.update(task, completed=done, total=total, rate=rate)

            result = run_sync(
                connection.options,
                list(resources) or None,
                destination=destination,
                dataset=dataset,
                pipeline_name=pipeline_name,
                duckdb_file=duckdb_file,
                lake_dir=lake_dir,
                state_dir=state_dir,
                page_size=page_size,
                full_refresh=full_refresh,
                progress=advance,
                show_warnings=connection.debug,
            )
        for note in result.notes:
            stderr.print(note, style="yellow", highlight=False, markup=False)
        table = Table("table", "rows loaded")
        for name, count in sorted(result.loaded.items()):
            table.add_row(name, str(count))
        Console(stderr=True).print(table)
        if result.warnings:
            first = result.warnings[0]
            stderr.print(
                f"dlt warned {len(result.warnings)} time(s), first: {first} (--debug shows them all)",
                style="dim",
                highlight=False,
                markup=False,
            )
        for name, why in sorted(result.failed.items()):
            if connection.debug:
                stderr.print(result.tracebacks.get(name, ""), highlight=False, markup=False)
            stderr.print(f"failed: {name}: {why}", style="bold red", highlight=False, markup=False)
        if result.failed:
            stderr.print(
                f"{len(result.failed)} resource(s) failed; the others are loaded, and the next run completes these",
                highlight=False,
                markup=False,
            )
            return EXIT_API
        return 0

    _run(connection, action)


from . import _login  # noqa: E402, F401 - registers login, logout and whoami on app, which it imports
