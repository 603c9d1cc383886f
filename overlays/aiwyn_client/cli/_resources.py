"""``aiwyn <resource> <command>``: one command group per resource of the catalog, built from it.

Every method the catalog has that reads gets a command, named in kebab case (``get-secret``;
``get_secret`` is accepted too), with only the options that apply to it:

- a list or search that pages: ``--max-items`` (how many records are printed: 20, or ``--all``),
  ``--page-size`` (records per request: how many requests that takes, never how many records are
  printed); a search adds ``--where``, ``--where-json`` and ``--order-by``;
- a list that does not page, and a get: their path parameters as arguments;
- a download (an operation whose success is bytes): ``ID -o PATH`` (a file or a directory, ``-``
  for standard output);
- a batch write: ``FILE`` of records (``records upsert records.csv``).

The other methods (create, update, delete…) are the Python client's (``aiwyn.<resource>.<method>``);
a group's help names them as such, so it names no command that does not exist.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from .._catalog import CATALOG, MethodInfo
from .._schemas import TABLES
from ._batch import batch_command
from ._context import Connection, progress_bar, run, stderr, writable
from ._files import flatten
from .formats import all_columns, output_formats

DEFAULT_MAX_ITEMS = 20


def command_name(name: str) -> str:
    """A method or resource as a command: ``get_secret`` -> ``get-secret``."""
    return name.replace("_", "-")


def python_name(name: str) -> str:
    """A command as the method or resource it runs: ``draft-invoice-histories`` -> ``draft_invoice_histories``."""
    return name.replace("-", "_")


class KebabGroup(click.Group):
    """A group whose commands are named in kebab case and found by either spelling."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return super().get_command(ctx, cmd_name) or super().get_command(ctx, command_name(cmd_name))


# ---------------------------------------------------------------------- completion
def _complete_list(incomplete: str, names: Sequence[str]) -> list[str]:
    """Completions of the last item of a comma-separated list (``id,na`` -> ``id,name``)."""
    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [prefix + name for name in names if name.startswith(last)]


def _columns_of(resource: str) -> list[str]:
    table = TABLES.get(resource)
    return [".".join(column.path) for column in table.columns] if table else []


def _field_names(info: MethodInfo) -> list[str]:
    from ..where import fields as where_fields
    from ..where._expr import Field

    fields = getattr(where_fields, info.fields) if info.fields else None
    return [v.dotted for v in vars(fields).values() if isinstance(v, Field)] if fields else []


# ---------------------------------------------------------------------- options
def _format_option() -> click.Option:
    formats = output_formats()
    described = "; ".join(f"{name}: {fmt.help}" for name, fmt in formats.items())
    return click.Option(
        ["--format", "output"],
        type=click.Choice(list(formats)),
        help=f"table on a terminal, otherwise json, or csv with --columns ({described}).",
    )


def _columns_option(resource: str) -> click.Option:
    return click.Option(
        ["--columns"],
        metavar="A,B,C",
        help="The columns of a table or csv, by the API's names (address.city for a nested field); "
        "by default a table shows what fits the terminal.",
        shell_complete=lambda ctx, param, incomplete: _complete_list(incomplete, _columns_of(resource)),
    )


def _arguments(info: MethodInfo) -> list[click.Parameter]:
    return [
        click.Argument([name], type=int if annotation.split(" ")[0] == "int" else str)
        for name, annotation in info.path_params
    ]


def parse_params(given: tuple[str, ...]) -> dict[str, str]:
    """``--param NAME=VALUE`` options by the methods' Python names (``company-id`` works too)."""
    found = {}
    for item in given:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise click.UsageError(f"--param {item}: give NAME=VALUE")
        found[python_name(name.strip())] = value
    return found


class ParamOption(click.Option):
    """``--param NAME=VALUE``, repeatable, into ``params`` (``parse_params`` reads it): the one
    declaration of every command that passes a method's own arguments on. Each command says what
    takes them in ``help``; click's decorators take it as ``@click.option(cls=ParamOption, help=...)``."""

    def __init__(self, _declarations: Sequence[str] = (), *, help: str) -> None:  # noqa: A002 - click's name
        super().__init__(["--param", "params"], multiple=True, metavar="NAME=VALUE", help=help)


def _param_option() -> click.Option:
    return ParamOption(
        help="One of the method's own arguments (a tenant header, a company id, a filter), by its "
        "Python name, typed as it declares it. Repeatable."
    )


def _called(call: Any, info: MethodInfo, given: dict[str, str], label: str) -> dict[str, Any]:
    """The ``--param`` values ``call`` takes, typed (a missing or unknown one: one line, exit 2)."""
    from .._typed_lists import checked_arguments

    by_command = [name for name, _ in info.path_params]
    if info.kind == "search":
        by_command += ["where", "order_by"]
    return checked_arguments(call, given, label, by_command)


def _show(rows: list[dict[str, Any]], output: str | None, columns: str | None) -> None:
    """Write the rows as ``--format`` says; without it a table on a terminal, else JSON, or CSV
    when ``--columns`` chose columns (JSON has none to choose), so a command that shows columns
    on a terminal also works piped or redirected."""
    chosen = [c.strip() for c in columns.split(",") if c.strip()] if columns else None
    fmt = output_formats()[output or ("table" if sys.stdout.isatty() else "csv" if chosen else "json")]
    if chosen and not fmt.flat:
        raise click.UsageError(f"--columns applies to {', '.join(n for n, f in output_formats().items() if f.flat)}")
    if chosen and rows:
        known = all_columns([flatten(row) for row in rows])
        unknown = [c for c in chosen if c not in known]
        if unknown:
            raise click.UsageError(f"no column {', '.join(unknown)}; the records have {', '.join(known)}")
    fmt.write(rows, chosen)


def _positional(info: MethodInfo, given: dict[str, Any]) -> list[Any]:
    """The path parameters click parsed, in the method's order."""
    return [given[name] for name, _ in info.path_params]


def _plain(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def shown_rows(answer: Any, path: Sequence[str]) -> list[dict[str, Any]]:
    """The records (or the one record) an answer holds at ``path`` (API names), as dicts."""
    found = _plain(answer)
    for key in path:
        found = found.get(key) if isinstance(found, dict) else None
    if found is None:
        return []
    items = found if isinstance(found, list) else [found]
    return [item if isinstance(item, dict) else {"value": item} for item in map(_plain, items)]


# ---------------------------------------------------------------------- commands
def _page_command(resource: str, method: str, info: MethodInfo) -> click.Command:
    search = info.kind == "search"

    def callback(
        connection: Connection,
        *,
        max_items: int | None,
        everything: bool,
        page_size: int | None,
        output: str | None,
        columns: str | None,
        where: str | None = None,
        where_json: str | None = None,
        order_by: str | None = None,
        params: tuple[str, ...] = (),
        **ids: Any,
    ) -> None:
        def action() -> None:
            if everything and max_items is not None:
                raise click.UsageError("give --max-items or --all, not both")
            limit = None if everything else (max_items if max_items is not None else DEFAULT_MAX_ITEMS)
            options = _filters(info, where, where_json, order_by) if search else {}
            with connection.client() as aiwyn:
                iterate = getattr(getattr(aiwyn, resource), info.iterator or method)
                pager = iterate(
                    *_positional(info, ids),
                    page_size=page_size if page_size is not None else _page_size(info, limit),
                    max_items=limit,
                    **options,
                    **_called(iterate, info, parse_params(params), f"{resource}.{info.iterator or method}"),
                )
                _show([_plain(item) for item in pager], output, columns)

        run(connection, action)

    params: list[click.Parameter] = [
        *_arguments(info),
        click.Option(
            ["--max-items"],
            type=click.IntRange(min=0),
            help=f"How many records to print (default {DEFAULT_MAX_ITEMS}).",
        ),
        click.Option(["--all", "everything"], is_flag=True, help="Print every record (instead of --max-items)."),
        click.Option(
            ["--page-size"],
            type=click.IntRange(info.paging.size_min or 1, info.paging.size_max) if info.paging else click.IntRange(1),
            help="Records per request: how many requests the records take, never how many are printed "
            "(default: --max-items, up to the largest page the API takes).",
        ),
        _format_option(),
        _columns_option(resource),
        _param_option(),
    ]
    if search:
        params += [
            click.Option(["--where"], help='A filter: name ilike "%acme%" and active = true'),
            click.Option(["--where-json"], help="A Hasura where object, as JSON."),
            click.Option(
                ["--order-by"],
                metavar="KEYS",
                help="Sort keys: name,-createdAt (a leading - for descending).",
                shell_complete=lambda ctx, param, incomplete: _complete_list(incomplete, _field_names(info)),
            ),
        ]
    what = "matching records" if search else "records"
    return click.Command(
        command_name(method),
        callback=click.pass_obj(callback),
        params=params,
        help=f"aiwyn.{resource}.{info.iterator or method}: the {what}, {DEFAULT_MAX_ITEMS} unless --max-items "
        "or --all, as a table (or --format).",
    )


def _page_size(info: MethodInfo, limit: int | None) -> int | None:
    """As few requests as the records printed take: one page of ``limit`` records, or the largest pages."""
    paging = info.paging
    if paging is None or paging.size_max is None:
        return None
    wanted = paging.size_max if limit is None else min(max(limit, 1), paging.size_max)
    return max(wanted, paging.size_min or 1)


def _filters(info: MethodInfo, where: str | None, where_json: str | None, order_by: str | None) -> dict[str, Any]:
    from ..where import fields as where_fields
    from ..where._expr import check_where
    from ._filter import parse_order, parse_where

    fields = getattr(where_fields, info.fields) if info.fields else None
    options: dict[str, Any] = {}
    if where and where_json:
        raise click.UsageError("give --where or --where-json, not both")
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


def filters(info: MethodInfo, where: str | None, where_json: str | None, order_by: str | None) -> dict[str, Any]:
    """The ``where`` and ``order_by`` arguments of a search, from the command's options."""
    if (where or where_json or order_by) and info.kind != "search":
        raise click.UsageError("--where, --where-json and --order-by apply to a search")
    return _filters(info, where, where_json, order_by)


def _call_command(resource: str, method: str, info: MethodInfo) -> click.Command:
    def callback(
        connection: Connection, *, output: str | None, columns: str | None, params: tuple[str, ...], **ids: Any
    ) -> None:
        def action() -> None:
            with connection.client() as aiwyn:
                call = getattr(getattr(aiwyn, resource), method)
                given = _called(call, info, parse_params(params), f"{resource}.{method}")
                answer = call(*_positional(info, ids), **given)
                _show(shown_rows(answer, info.shows), output, columns)

        run(connection, action)

    arguments = ", ".join(name for name, _ in info.path_params)
    return click.Command(
        command_name(method),
        callback=click.pass_obj(callback),
        params=[*_arguments(info), _format_option(), _columns_option(resource), _param_option()],
        help=f"aiwyn.{resource}.{method}({arguments}), as a table (or --format).",
    )


def _download_command(resource: str, method: str, info: MethodInfo) -> click.Command:
    def callback(connection: Connection, *, output: str, **ids: Any) -> None:
        def action() -> None:
            with connection.client() as aiwyn:
                call = getattr(getattr(aiwyn, resource), method)
                if output == "-":
                    sys.stdout.buffer.write(call(*_positional(info, ids)).payload.read())
                    return
                target = Path(output)
                if not target.is_dir() and not output.endswith(("/", "\\")):
                    writable(target)
                with progress_bar(sys.stderr.isatty()) as bar:
                    task = bar.add_task(f"{resource} {method}", total=None, rate="")
                    written = call(
                        *_positional(info, ids),
                        to=output,
                        progress=lambda done, total: bar.update(task, completed=done, total=total),
                    )
            stderr.print(f"{written.size} bytes in {written.path}", highlight=False, markup=False)

        run(connection, action)

    arguments = " ".join(name.upper() for name, _ in info.path_params)
    return click.Command(
        command_name(method),
        callback=click.pass_obj(callback),
        params=[
            *_arguments(info),
            click.Option(
                ["--output", "-o", "output"],
                default=".",
                show_default=True,
                help="A file, or a directory to keep the server's file name in; - for standard output.",
            ),
        ],
        help=f"aiwyn.{resource}.{method}({', '.join(n for n, _ in info.path_params)}): "
        f"`aiwyn {command_name(resource)} {command_name(method)} {arguments} -o PATH` writes the file.",
    )


def _commands(resource: str) -> tuple[list[click.Command], list[str]]:
    """The commands of a resource, and the methods that have none (the Python client's)."""
    commands: list[click.Command] = []
    others: list[str] = []
    for method, info in CATALOG[resource].items():
        if info.kind in ("list", "search") and info.iterator:
            commands.append(_page_command(resource, method, info))
        elif info.kind == "get" and info.binary:
            commands.append(_download_command(resource, method, info))
        elif info.kind in ("list", "get"):
            commands.append(_call_command(resource, method, info))
        elif info.batch:
            commands.append(batch_command(resource, method))
        else:
            others.append(method)
    return commands, others


def resource_group(resource: str) -> click.Group:
    commands, others = _commands(resource)
    text = f"The {command_name(resource)} resource: {', '.join(c.name or '' for c in commands) or 'no command'}."
    if others:
        text += f" In Python also {', '.join(others)} (aiwyn.{resource}.<method>)."
    group = KebabGroup(command_name(resource), help=text, hidden=not commands)
    for command in commands:
        group.add_command(command)
    return group
