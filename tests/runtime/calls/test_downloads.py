"""Downloads: name and type from the headers, streamed to a path, a directory or a file, nothing partial."""

from __future__ import annotations

import asyncio
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from aiwyn_client import APIConnectionError, DownloadedFile, NotFoundError
from aiwyn_client._downloads import file_name_of
from aiwyn_client.types import File

from tests.support.fakes import ScriptedAPI

BODY = b"%PDF-1.7 " + bytes(range(256)) * 40
HEADERS = {
    "content-type": "application/pdf",
    "content-disposition": 'attachment; filename="../../etc/invoice 7.pdf"',
    "content-length": str(len(BODY)),
}


def _chunks(body: bytes, size: int = 1000) -> Iterator[bytes]:
    for i in range(0, len(body), size):
        yield body[i : i + size]


def _files(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/missing"):
        return httpx.Response(404, json={"data": None, "error": {"code": "NOT_FOUND"}, "meta": {"success": False}})
    if request.url.path.endswith("/dropped"):

        def broken() -> Iterator[bytes]:
            yield BODY[:1000]
            raise httpx.ReadError("connection reset")

        return httpx.Response(200, content=broken(), headers=HEADERS)
    return httpx.Response(200, content=_chunks(BODY), headers=HEADERS)


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ('attachment; filename="report.csv"', "report.csv"),
        ("attachment; filename=plain.txt", "plain.txt"),
        (
            "attachment; filename*=UTF-8''na%C3%AFve%20r%C3%A9sum%C3%A9.pdf; filename=\"fallback.pdf\"",
            "naïve résumé.pdf",
        ),
        ('attachment; filename="..\\\\..\\\\windows\\\\evil.exe"', "evil.exe"),
        ('attachment; filename=".."', None),
        ("inline", None),
    ],
)
def test_the_file_name_comes_from_content_disposition_and_never_leaves_its_directory(
    header: str, name: str | None
) -> None:
    assert file_name_of(httpx.Headers({"content-disposition": header})) == name


def test_in_memory_downloads_know_their_name_and_type() -> None:
    with ScriptedAPI(_files).sync_client(token="t", api_key=None) as aiwyn:
        file = aiwyn.files.download("F1")
    assert isinstance(file, File) and file.payload.read() == BODY
    assert (file.file_name, file.mime_type) == ("invoice 7.pdf", "application/pdf")


def test_a_download_streams_to_a_path_a_directory_or_an_open_file(tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    with ScriptedAPI(_files).sync_client(token="t", api_key=None) as aiwyn:
        written = aiwyn.files.download(
            "F1", to=tmp_path / "out.pdf", progress=lambda done, total: seen.append((done, total))
        )
        assert written == DownloadedFile(tmp_path / "out.pdf", len(BODY), "invoice 7.pdf", "application/pdf")
        assert (tmp_path / "out.pdf").read_bytes() == BODY
        assert seen[0] == (1000, len(BODY)) and seen[-1] == (len(BODY), len(BODY)) and len(seen) == 11
        made = aiwyn.files.download("F1", to=f"{tmp_path}/new/")
        assert made.path == tmp_path / "new" / "invoice 7.pdf"
        into_dir = aiwyn.files.download("F1", to=tmp_path)
        assert into_dir.path == tmp_path / "invoice 7.pdf" and into_dir.path.read_bytes() == BODY
        buffer = io.BytesIO()
        assert aiwyn.files.download("F1", to=buffer).path is None and buffer.getvalue() == BODY
    assert sorted(p.name for p in tmp_path.iterdir()) == ["invoice 7.pdf", "new", "out.pdf"]  # no .part left


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_a_downloaded_file_has_the_mode_open_would_give_it(tmp_path: Path, umask: int) -> None:
    existing = tmp_path / "existing.pdf"
    existing.write_bytes(b"old")
    existing.chmod(0o604)
    previous = os.umask(umask)
    try:
        with ScriptedAPI(_files).sync_client(token="t", api_key=None) as aiwyn:
            new = aiwyn.files.download("F1", to=tmp_path / "new.pdf").path
            replaced = aiwyn.files.download("F1", to=existing).path
    finally:
        os.umask(previous)
    assert new is not None and stat.S_IMODE(new.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0600
    assert replaced is not None and stat.S_IMODE(replaced.stat().st_mode) == 0o604  # as open("w") keeps it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing.pdf", "new.pdf"]  # no probe or .part left


def test_a_failed_or_dropped_download_leaves_nothing_behind(tmp_path: Path) -> None:
    with ScriptedAPI(_files).sync_client(token="t", api_key=None) as aiwyn:
        with pytest.raises(NotFoundError):
            aiwyn.files.download("missing", to=tmp_path / "x.pdf")
        with pytest.raises(APIConnectionError, match="after 1000 bytes of the body"):
            aiwyn.files.download("dropped", to=tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_async_downloads(tmp_path: Path) -> None:
    def pre_read(request: httpx.Request) -> httpx.Response:
        response = _files(request)
        return httpx.Response(response.status_code, content=response.read(), headers=response.headers)

    async def main() -> tuple[File, DownloadedFile]:
        async with ScriptedAPI(pre_read).async_client(token="t", api_key=None) as aiwyn:
            return await aiwyn.files.download("F1"), await aiwyn.files.download("F1", to=tmp_path)

    file, written = asyncio.run(main())
    assert file.file_name == "invoice 7.pdf" and written.path is not None and written.path.read_bytes() == BODY
