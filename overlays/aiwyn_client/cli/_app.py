"""The ``aiwyn`` command (click, with rich for tables and progress), built from the resource catalog.

Every resource of the client is a command group (``aiwyn clients list | search | get ID``, see
``_resources``), found in ``_catalog.CATALOG`` rather than listed here, so a new description gives
new commands without code; the commands that are the same for every API (``resources``,
``export``, ``sync``, ``completion``, ``login``…) are here and in ``_login``. Exit codes: see
``_context``.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.table import Table

from .. import __version__
from .._catalog import CATALOG, MethodInfo, paged_methods
from .._spec import API_NAME, ENVIRONMENTS
from .._typed_lists import as_json, checked_arguments, iterator, raw_pages, typed_pager
from ..errors import ConfigurationError
from ._context import EXIT_API, Connection, fail, progress_bar, run, stderr, writable
from ._files import FORMATS, format_of
from ._resources import ParamOption, command_name, filters, parse_params, python_name, resource_group

if TYPE_CHECKING:  # what a command needs is imported when it runs, so `aiwyn --help` loads no client
    from ..pagination import ResumeToken
    from . import _export


class _Root(click.Group):
    """The commands that are the same for every API, then one group per resource of the catalog,
    named in kebab case (``draft-invoice-histories``) and found by either spelling."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | {command_name(r) for r in CATALOG})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = super().get_command(ctx, cmd_name)
        if found is None and python_name(cmd_name) in CATALOG:
            return resource_group(python_name(cmd_name))
        return found


@click.group(
    cls=_Root,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=f"Data out of and into the API ({API_NAME}): resources, exports, record uploads, warehouse syncs.\n\n"
    "`aiwyn resources` lists every resource and its commands; `aiwyn completion bash` (zsh, fish) "
    "prints the shell completion of commands, resources and fields.",
)
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
    """The command's root: its options, read by every command through the ``Connection``."""
    ctx.obj = Connection(api_key, token, environment, base_url, profile)
    ctx.obj.debug = debug


@app.command("resources")
def resources_command() -> None:
    """Every resource and its methods (what `aiwyn <resource> ...` runs)."""
    table = Table("resource", "commands", "methods")
    for resource, methods in sorted(CATALOG.items()):
        commands = sorted(resource_group(resource).commands)
        table.add_row(command_name(resource), ", ".join(commands), ", ".join(methods))
    Console().print(table)


def _pageable(resource: str, method: str | None) -> tuple[str, MethodInfo]:
    method = python_name(method) if method else None
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
@click.option(
    "--concurrency",
    type=int,
    default=4,
    show_default=True,
    help="Pages fetched ahead (page lists that report a total).",
)
@click.option("--resume", is_flag=True, help="Continue an interrupted export of the same output.")
@click.option("--where", help='A filter (for a search): name ilike "%acme%" and active = true')
@click.option("--where-json", help="A Hasura where object, as JSON (for a search).")
@click.option("--order-by", help="Sort keys (for a search): name,-createdAt (a leading - for descending).")
@click.option(
    cls=ParamOption,
    help="An argument of the list's iterator (a parent's id, a tenant header), by its Python name. Repeatable.",
)
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
    params: tuple[str, ...],
) -> None:
    """Every record of RESOURCE into OUTPUT (.jsonl, .csv or .parquet), with progress; --resume after a kill."""

    def action() -> None:
        import asyncio

        from . import _export

        name = python_name(resource)
        chosen, info = _pageable(name, method)
        fmt = format_of(output, kind)
        if resume and fmt == "parquet":
            raise ValueError(_export.PARQUET_NOT_RESUMABLE)
        options = filters(info, where, where_json, order_by)
        paging = info.paging
        if paging is None or info.iterator is None:
            raise click.UsageError(f"{resource}.{chosen} pages in a way export cannot follow")
        size = page_size or paging.size_max  # the largest pages the operation takes: fewest requests
        given = _iterator_arguments(connection, name, info, parse_params(params))
        writable(output)

        async def pages(start: ResumeToken | None) -> AsyncIterator[_export.Batch]:
            # The records as the API sends them, through the typed iterator's own paging plan: the
            # same exactly-once guarantee and tokens, handed over a page at a time (the token then
            # stands right after the page's last record). A list ``paginate`` follows is read raw (no
            # models to build and take apart again); any other through its typed iterator.
            async with connection.async_client() as aiwyn:
                if raw_pages(info):
                    pager = aiwyn.paginate(
                        page_size=size,
                        max_items=max_items,
                        resume=start,
                        concurrency=1 if paging.keyset else concurrency,
                        **info.paginate_options(),
                        **options,
                    )
                    async for records in pager.batches():
                        yield records, pager.resume_token, pager.total
                    return
                iterate = iterator(aiwyn, name, info)
                typed = typed_pager(iterate, given, size, max_items=max_items, resume=start, concurrency=concurrency)
                async for items in typed.batches():
                    yield [as_json(item) for item in items], typed.resume_token, typed.total

        with progress_bar(sys.stderr.isatty()) as progress:
            task = progress.add_task(f"{resource} -> {output.name}", total=None, rate="")

            def advance(done: int, total: int | None) -> None:
                elapsed = progress.tasks[0].elapsed or 0
                rate = f"{done / elapsed:,.0f}/s" if elapsed else ""
                progress.update(task, completed=done, total=total, rate=rate)

            warn = functools.partial(stderr.print, style="yellow")
            rows = asyncio.run(_export.export(pages, output, fmt, resume=resume, progress=advance, warn=warn))
        stderr.print(f"{rows} {resource} records in {output}")

    run(connection, action)


def _iterator_arguments(
    connection: Connection, resource: str, info: MethodInfo, given: dict[str, str]
) -> dict[str, str]:
    """``--param`` values for an export through a typed iterator, checked before anything is
    written: every argument it cannot do without given, and none it does not take."""
    label = f"{resource}.{info.iterator}"
    if raw_pages(info):
        if given:
            raise click.UsageError(f"{label} takes no --param: its paging is read from the API")
        return given
    with connection.client() as client:
        checked_arguments(iterator(client, resource, info), given, label)
    return given


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
@click.option(
    cls=ParamOption,
    help="An argument every list that takes it is given (a tenant header, a company id): lists that "
    "need one are skipped, named, without it. Repeatable.",
)
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
    params: tuple[str, ...],
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

        with progress_bar(sys.stderr.isatty()) as progress, _destination_errors(DestinationError, connection.debug):
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
                [python_name(r) for r in resources] or None,
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
                arguments=parse_params(params),
            )
        for note in result.notes:
            stderr.print(note, style="yellow", highlight=False, markup=False)
        for name, why in sorted(result.skipped.items()):
            stderr.print(f"skipped: {name}: {why}", style="yellow", highlight=False, markup=False)
        table = Table("table", "rows loaded")
        for name, count in sorted(result.loaded.items()):
            table.add_row(name, str(count))
        Console(stderr=True).print(table)
        if result.warnings:
            first = result.warnings[0]
            stderr.print(
                f"{len(result.warnings)} warning(s), first: {first} (--debug shows them all)",
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

    run(connection, action)


SHELLS = ("bash", "zsh", "fish")


@app.command("completion")
@click.argument("shell", type=click.Choice(SHELLS), required=False)
def completion_command(shell: str | None) -> None:
    """The shell completion script (commands, resources, options, fields): add
    `eval "$(aiwyn completion bash)"` to ~/.bashrc (zsh: ~/.zshrc), or for fish
    `aiwyn completion fish > ~/.config/fish/completions/aiwyn.fish`."""
    from click.shell_completion import get_completion_class

    shell = shell or os.path.basename(os.environ.get("SHELL", "bash"))
    completion = get_completion_class(shell)
    if completion is None:
        raise click.UsageError(f"no completion for {shell}: say bash, zsh or fish")
    click.echo(completion(app, {}, "aiwyn", "_AIWYN_COMPLETE").source())


from . import _login  # noqa: E402, F401 - registers login, logout and whoami on app, which it imports
