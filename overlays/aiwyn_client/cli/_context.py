"""What every command of ``aiwyn`` shares: how to reach the API, how a command body ends (a
message and an exit code, a traceback only with ``--debug``), progress bars, output paths.

Exit codes: 0 success, 1 an API or network error, 2 a usage error (including a filter the entity
cannot take, missing credentials, invalid input rows, or a file that cannot be read or written),
3 a partial failure.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from rich.console import Console
from rich.markup import escape

from .. import _spec
from .._exceptions import MissingCredentialsError
from ..errors import AiwynError, ConfigurationError, InvalidArgumentError, QueryError

if TYPE_CHECKING:  # the client and progress bars load when a command runs, not for `aiwyn --help`
    from rich.progress import Progress

    from .. import Aiwyn, AsyncAiwyn

EXIT_API, EXIT_USAGE, EXIT_PARTIAL = 1, 2, 3
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


def no_credentials() -> str:
    """What to give the command when no credential was found, in its own terms (flags, variables)."""
    ways = []
    if _spec.TOKEN_EXCHANGE is not None or _spec.API_KEY_IN is not None:
        ways.append("--api-key (or set AIWYN_API_KEY)")
    ways.append("--token (or set AIWYN_TOKEN) for a bearer token as it is")
    for info in _spec.SECURITY_SCHEMES.values():
        if info.kind in ("bearer", "apiKey"):
            ways.append(f"{info.env} for {info.name}")
        elif info.kind == "basic":
            ways.append(f"{info.env}_USERNAME and {info.env}_PASSWORD for {info.name}")
        else:
            ways.append(f"`aiwyn login --scheme {info.name}` for {info.name}")
    return f"no credentials: run `aiwyn login` once, or pass {'; or '.join(ways)}"


def run(connection: Connection, action: Callable[[], int | None]) -> None:
    """Run a command body; typed errors become a message and an exit code (a traceback with --debug)."""
    try:
        code = action()
    except MissingCredentialsError:
        if connection.debug:
            raise
        fail(no_credentials(), EXIT_USAGE)
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


def writable(path: Path) -> None:
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


def progress_bar(enabled: bool) -> Progress:
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
