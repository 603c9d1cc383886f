"""Downloads: the file's name and type from the response headers, and bodies streamed to disk.

A download method (an operation whose success is bytes) returns a ``File`` held in memory, or,
given ``to=``, writes the body in chunks to a path, a directory (the server's file name is used)
or an open binary file, calling ``progress(bytes_so_far, total_or_None)`` after each chunk. A
path is written to a temporary file beside it and renamed when the body is complete, so an
interrupted download never leaves a partial file under the final name. The temporary file is
private (``mkstemp``'s 0600) while it fills; the file it becomes has the mode a plain ``open()``
would have given it: the existing file's when it replaces one, else 0666 less the user's umask.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote

import httpx

from ._exceptions import APIConnectionError, APITimeoutError, safe_url

Progress = Callable[[int, "int | None"], None]
DownloadTarget = str | os.PathLike[str] | BinaryIO

_FILENAME_STAR = re.compile(r"filename\*\s*=\s*([^']*)'[^']*'([^;]+)", re.IGNORECASE)
_FILENAME = re.compile(r'filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))', re.IGNORECASE)


def file_name_of(headers: httpx.Headers) -> str | None:
    """The file name a ``Content-Disposition`` header gives (RFC 6266: ``filename*`` first),
    reduced to a bare name so it can never point outside the directory it is written to."""
    disposition = headers.get("content-disposition", "")
    name: str | None = None
    star = _FILENAME_STAR.search(disposition)
    if star:
        name = unquote(star.group(2).strip(), encoding=star.group(1) or "utf-8", errors="replace")
    else:
        plain = _FILENAME.search(disposition)
        if plain:
            name = (plain.group(1) if plain.group(1) is not None else plain.group(2)).strip()
            name = re.sub(r"\\(.)", r"\1", name)
    if not name:
        return None
    name = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name if name not in ("", ".", "..") else None


def mime_type_of(headers: httpx.Headers) -> str | None:
    content_type = headers.get("content-type")
    return content_type.split(";", 1)[0].strip() or None if content_type else None


def total_of(headers: httpx.Headers) -> int | None:
    length = headers.get("content-length")
    return int(length) if length and length.isdigit() else None


@dataclass(frozen=True)
class DownloadedFile:
    """What a download with ``to=`` wrote: where, how much, and what the server called it."""

    path: Path | None
    """The file written; None when ``to`` was an open file."""
    size: int
    file_name: str | None
    """The name from ``Content-Disposition``, if the server sent one."""
    mime_type: str | None


def opened_mode(path: Path) -> int:
    """The permission bits ``open(path, "w")`` would leave ``path`` with: an existing file keeps
    its own; a new one gets 0666 less the umask, learnt from a file created beside it (reading the
    umask with ``os.umask`` would change it for every thread for a moment)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        pass
    probe = path.with_name(f".{path.name}.{secrets.token_hex(4)}.mode")
    fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        return stat.S_IMODE(os.fstat(fd).st_mode)
    finally:
        os.close(fd)
        probe.unlink(missing_ok=True)


class _Writer:
    """One download's destination: opened on the first chunk, finished or discarded at the end."""

    def __init__(self, to: DownloadTarget, response: httpx.Response, progress: Progress | None) -> None:
        self.response, self.progress = response, progress
        self.file_name, self.mime_type = file_name_of(response.headers), mime_type_of(response.headers)
        self.total, self.size = total_of(response.headers), 0
        self.path: Path | None = None
        self._temp: Path | None = None
        if isinstance(to, (str, os.PathLike)):
            target = Path(to)
            if str(to).endswith(("/", os.sep)):  # "downloads/": a directory, made if need be
                target.mkdir(parents=True, exist_ok=True)
            if target.is_dir():
                target = target / (self.file_name or response.url.path.rstrip("/").rsplit("/", 1)[-1] or "download")
            self.path = target
            fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
            self._temp = Path(temp)
            self.out: BinaryIO = os.fdopen(fd, "wb")
        else:
            self.out = to

    def write(self, chunk: bytes) -> None:
        self.out.write(chunk)
        self.size += len(chunk)
        if self.progress is not None:
            self.progress(self.size, self.total)

    def finish(self, ok: bool) -> DownloadedFile:
        if self._temp is not None:
            self.out.close()
            if ok and self.path is not None:
                os.chmod(self._temp, opened_mode(self.path))
                os.replace(self._temp, self.path)
            else:
                self._temp.unlink(missing_ok=True)
        return DownloadedFile(self.path, self.size, self.file_name, self.mime_type)


# What a body can fail with: the retry transport's typed errors for a stream that broke, httpx's
# own (a transport without the retry layer) and a compressed body that does not decode.
BODY_FAILURES = (APIConnectionError, httpx.TransportError, httpx.DecodingError)


def _dropped(response: httpx.Response, exc: Exception, operation: str, size: int) -> APIConnectionError:
    request = response.request
    timed_out = isinstance(exc, (APITimeoutError, httpx.TimeoutException))
    cause = exc.__cause__ if isinstance(exc, APIConnectionError) and exc.__cause__ is not None else exc
    return (APITimeoutError if timed_out else APIConnectionError)(
        f"{type(cause).__name__} on {request.method} {safe_url(request.url)} after {size} bytes of the body: {cause}",
        method=request.method,
        url=safe_url(request.url),
        attempts=exc.attempts if isinstance(exc, APIConnectionError) else 1,
        operation=operation,
    )


def write_body(
    response: httpx.Response, to: DownloadTarget, progress: Progress | None, operation: str
) -> DownloadedFile:
    writer = _Writer(to, response, progress)
    ok = False
    try:
        chunks: Iterator[bytes] = response.iter_bytes()
        for chunk in chunks:
            writer.write(chunk)
        ok = True
    except BODY_FAILURES as exc:  # the connection dropped mid-body: nothing is kept
        raise _dropped(response, exc, operation, writer.size) from exc
    finally:
        result = writer.finish(ok)
    return result


async def awrite_body(
    response: httpx.Response, to: DownloadTarget, progress: Progress | None, operation: str
) -> DownloadedFile:
    writer = _Writer(to, response, progress)
    ok = False
    try:
        chunks: AsyncIterator[bytes] = response.aiter_bytes()
        async for chunk in chunks:
            writer.write(chunk)
        ok = True
    except BODY_FAILURES as exc:
        raise _dropped(response, exc, operation, writer.size) from exc
    finally:
        result = writer.finish(ok)
    return result
