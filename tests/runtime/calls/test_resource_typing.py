"""A user's script is type-checked as a user's editor would check it: every resource method, its
raw and streamed twins (``aiwyn.clients.with_raw_response.get`` and
``aiwyn.with_raw_response.clients.get``), iterators and download overloads, sync and async, are
typed from the one declaration each has in its resource module, so mypy ``--strict`` accepts the
right uses and names the wrong ones."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

RIGHT = """
from pathlib import Path

from aiwyn_client import Aiwyn, APIResponse, AsyncAiwyn, DownloadedFile, StreamedResponse
from aiwyn_client.models import Client, ClientDetail, ClientList
from aiwyn_client.pagination import AsyncPager, Pager
from aiwyn_client.types import File


def sync_use(aiwyn: Aiwyn) -> None:
    detail: ClientDetail = aiwyn.clients.get(1)
    page: ClientList = aiwyn.clients.list(page_size=5, timeout=3)
    pager: Pager[ClientList, Client] = aiwyn.clients.iter(page_size=5, max_items=10, start_page=1)
    for client in aiwyn.clients.iter_search(where={"name": {"_eq": "x"}}):
        print(client.id)
    raw: APIResponse[ClientDetail] = aiwyn.clients.with_raw_response.get(1)
    raw_too: APIResponse[ClientDetail] = aiwyn.with_raw_response.clients.get(1)
    with aiwyn.clients.with_streaming_response.list(page_size=1) as streamed:
        listed: StreamedResponse[ClientList] = streamed
    with aiwyn.with_streaming_response.clients.get(1) as streamed_too:
        print(streamed_too.parse().id)
    held: File = aiwyn.files.download("1")
    saved: DownloadedFile = aiwyn.files.download("1", to=Path("x"))
    print(detail, page, pager, raw.parse().id, raw_too, listed, held, saved)


async def async_use(aiwyn: AsyncAiwyn) -> None:
    detail: ClientDetail = await aiwyn.clients.get(1)
    raw: APIResponse[ClientDetail] = await aiwyn.clients.with_raw_response.get(1)
    raw_too: APIResponse[ClientDetail] = await aiwyn.with_raw_response.clients.get(1)
    async with aiwyn.clients.with_streaming_response.get(1) as streamed:
        print((await streamed.parse()).id)
    async with aiwyn.with_streaming_response.clients.list() as streamed_too:
        print((await streamed_too.parse()).total)
    pager: AsyncPager[ClientList, Client] = aiwyn.clients.iter(concurrency=2)
    held: File = await aiwyn.files.download("1")
    print(detail, raw, raw_too, pager, held)
"""

WRONG = {
    "aiwyn.clients.with_raw_response.gett(1)": 'has no attribute "gett"',
    'aiwyn.clients.with_raw_response.get("1")': 'incompatible type "str"; expected "int"',
    "number: int = aiwyn.with_streaming_response.clients.get(1)": "StreamedResponse[ClientDetail]",
    "count: int = aiwyn.clients.with_raw_response.list()": '"APIResponse[ClientList]"',
    "aiwyn.clients.iter(concurrency=2)": 'Unexpected keyword argument "concurrency"',
}


def _mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "user.py"
    script.write_text(textwrap.dedent(source), encoding="utf-8")
    cache = ROOT / "build" / "mypy-cache" / "user-scripts"
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "--no-error-summary", str(script)]
    env = {"MYPYPATH": str(ROOT / "generated"), "PATH": ""}
    return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)


@pytest.mark.slow
def test_a_user_script_using_every_kind_of_resource_method_passes_mypy_strict(tmp_path: Path) -> None:
    proc = _mypy(tmp_path, RIGHT)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.slow
def test_wrong_uses_of_resource_methods_are_named_by_mypy(tmp_path: Path) -> None:
    body = "".join(f"    {line}\n" for line in WRONG)
    proc = _mypy(tmp_path, f"from aiwyn_client import Aiwyn\n\n\ndef use(aiwyn: Aiwyn) -> None:\n{body}")
    report = proc.stdout.splitlines()
    for number, expected in enumerate(WRONG.values(), start=5):
        found = [line for line in report if f"user.py:{number}:" in line]
        assert any(expected in line for line in found), (expected, found or report)
