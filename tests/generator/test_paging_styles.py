"""Every paging style public APIs use, found from a description's structure and paged exactly once.

``styles/paging_styles.yaml`` has one list of each style (page numbers from 1 in a bare array,
limit and offset, a cursor in ``meta``, a page token, ``starting_after`` with ``has_more``, a
``next`` link in the body, one by its path alone, a page one object down with its cursor beside
it, a ``Link`` header, a nested list paged from 0, a POST paged by ``count`` and ``offset`` inside
a body object, beside an option of the caller's, a limit and an offset in one deepObject query
parameter, JSON:API's ``page[size]`` and ``page[offset]``, and HAL's ``_embedded`` records with
``_links.next.href``). It is built into a package (imported and type-checked by the build) and
each iterator runs against a scripted server that inserts records while it is paged: every record
that existed at the start is delivered exactly once, ``max_items`` stops where asked, a resume
token continues without repeats, and the async iterators do the same.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator import build
from tests.support.descriptions import settings_for

pytestmark = pytest.mark.variants

DESCRIPTION = Path(__file__).parent / "styles" / "paging_styles.yaml"

SERVER = """
import asyncio, base64, json
import httpx
from urllib.parse import parse_qs, urlsplit
from aiwyn_client import Aiwyn, AsyncAiwyn
from aiwyn_client.models import Item

BASE = "https://api.example.test"
ORIGINAL = 237


class Server:
    '''A list of records paged every way; a record is added in front after each page (new records
    sort first, as "newest first" lists do), so page numbers and offsets shift under the reader.'''

    def __init__(self):
        self.rows = [{"id": i, "name": f"item {i}"} for i in range(1, ORIGINAL + 1)]
        self.next_id = ORIGINAL + 1
        self.requests = 0

    def insert(self):
        self.rows.insert(0, {"id": self.next_id, "name": "new"})
        self.next_id += 1

    def after(self, cursor, size):
        ids = [r["id"] for r in self.rows]
        start = ids.index(int(cursor)) + 1 if cursor else 0
        return self.rows[start : start + size], start + size < len(self.rows)

    def __call__(self, request):
        self.requests += 1
        q = {k: v[0] for k, v in parse_qs(urlsplit(str(request.url)).query).items()}
        path = request.url.path
        body = json.loads(request.content) if request.content else {}
        answer, headers = self.answer(path, q, body)
        self.insert()
        return httpx.Response(200, json=answer, headers=headers)

    def answer(self, path, q, body):
        if path == "/page-items":
            page, size = int(q.get("page", 1)), int(q.get("per_page", 30))
            assert page >= 1, page
            return self.rows[(page - 1) * size : page * size], {}
        if path == "/offset-items":
            offset, size = int(q.get("offset", 0)), int(q.get("limit", 50))
            return {"data": self.rows[offset : offset + size], "total": len(self.rows)}, {}
        if path == "/nested-items":
            options = body["options"]
            assert options.get("include_archived") is True, options  # the caller's own option is kept
            offset, size = options.get("offset", 0), options["count"]
            return {"nested_items": self.rows[offset : offset + size], "total_items": len(self.rows)}, {}
        if path == "/deep-items":  # Unit's: page[limit] and page[offset], the total in meta.pagination
            offset, size = int(q.get("page[offset]", 0)), int(q.get("page[limit]", 100))
            pagination = {"limit": size, "offset": offset, "total": len(self.rows)}
            return {"data": self.rows[offset : offset + size], "meta": {"pagination": pagination}}, {}
        if path == "/bracket-items":  # JSON:API's page family, no total: the run ends on a short page
            assert q.get("filter[name]") == "any", q  # the caller's filter_name, by its API name
            offset, size = int(q.get("page[offset]", 0)), int(q.get("page[size]", 50))
            return {"data": self.rows[offset : offset + size]}, {}
        if path == "/hal-items":  # HAL: count is the page's own; the next page's link in _links.next.href
            size = int(q.get("limit", 50))
            rows, more = self.after(q.get("from"), size)
            following = {"href": f"{BASE}/hal-items?from={rows[-1]['id']}&limit={size}"} if more else None
            return {"count": len(rows), "_embedded": {"hal_items": rows}, "_links": {"next": following}}, {}
        if path.startswith("/groups/"):
            page, size = int(q.get("page", 0)), int(q.get("size", 50))
            return {"members": self.rows[page * size : (page + 1) * size], "totalCount": len(self.rows)}, {}
        if path == "/cursor-items":
            cursor = base64.b64decode(q["cursor"]).decode() if "cursor" in q else None
            rows, more = self.after(cursor, int(q.get("limit", 50)))
            following = base64.b64encode(str(rows[-1]["id"]).encode()).decode() if more else None
            return {"entries": rows, "meta": {"next_cursor": following}}, {}
        if path == "/token-items":
            rows, more = self.after(q.get("pageToken"), int(q.get("pageSize", 50)))
            return {"entries": rows, **({"nextPageToken": str(rows[-1]["id"])} if more else {})}, {}
        if path == "/after-items":
            rows, more = self.after(q.get("starting_after"), int(q.get("limit", 10)))
            return {"object": "list", "data": rows, "has_more": more}, {}
        if path == "/wrapped-items":
            rows, more = self.after(q.get("after"), int(q.get("limit", 20)))
            after = str(rows[-1]["id"]) if more else None
            page = {"href": BASE + path, "items": rows, "next": after and f"{BASE}{path}?after={after}"}
            return {"wrapped_items": {**page, "cursors": {"after": after}, "total": len(self.rows)}}, {}
        if path.endswith("/path-items"):  # under the base URL's own path, if it has one
            size = int(q.get("limit", 20))
            rows, more = self.after(q.get("cursor"), size)
            following = f"{path}?cursor={rows[-1]['id']}&limit={size}" if more else None
            return {"object": "list", "has_more": more, "next": following, "data": rows}, {}
        if path == "/url-items":
            size = int(q.get("page_size", 50))
            rows, more = self.after(q.get("after"), size)
            following = f"{BASE}/url-items?after={rows[-1]['id']}&page_size={size}" if more else None
            return {"results": rows, "next": following}, {}
        if path == "/link-items":
            size = int(q.get("per_page", 50))
            rows, more = self.after(q.get("after"), size)
            link = f'<{BASE}/link-items?after={rows[-1]["id"]}&per_page={size}>; rel="next", <{BASE}/x>; rel="first"'
            return rows, ({"Link": link} if more else {})
        if path == "/sentry-items":  # Sentry's Link: a next link on every page, said to hold no results at the end
            size = int(q.get("per_page", 100))
            start = int(q.get("cursor", "0:0:0").split(":")[1])
            rows = self.rows[start : start + size]
            more = "true" if start + size < len(self.rows) else "false"
            following = f"0:{start + size}:0"
            link = (
                f'<{BASE}/sentry-items?cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1", '
                f'<{BASE}/sentry-items?cursor={following}&per_page={size}>; rel="next"; results="{more}"; '
                f'cursor="{following}"'
            )
            return rows, {"Link": link}
        if path == "/unlinked-items":  # pages by a header of its own, which no description says
            rows, more = self.after(q.get("page_token"), int(q.get("limit", 20)))
            return rows, ({"X-Next-Token": str(rows[-1]["id"])} if more else {})
        raise AssertionError(path)

"""

SCRIPT = (
    SERVER
    + """
ITERATORS = {
    "page_items": lambda c, **o: c.page_items.iter(**o),
    "offset_items": lambda c, **o: c.offset_items.iter(**o),
    "cursor_items": lambda c, **o: c.cursor_items.iter(**o),
    "token_items": lambda c, **o: c.token_items.iter(**o),
    "after_items": lambda c, **o: c.after_items.iter(**o),
    "url_items": lambda c, **o: c.url_items.iter(**o),
    "wrapped_items": lambda c, **o: c.wrapped_items.iter(**o),
    "path_items": lambda c, **o: c.path_items.iter(**o),
    "link_items": lambda c, **o: c.link_items.iter(**o),
    "sentry_items": lambda c, **o: c.sentry_items.iter(**o),
    "groups": lambda c, **o: c.groups.iter_members("g1", **o),
    "nested_items": lambda c, **o: c.nested_items.iter(options={"include_archived": True}, **o),
    "deep_items": lambda c, **o: c.deep_items.iter(**o),
    "bracket_items": lambda c, **o: c.bracket_items.iter(filter_name="any", **o),
    "hal_items": lambda c, **o: c.hal_items.iter(**o),
}
EVERY = set(range(1, ORIGINAL + 1))


def delivered(items):
    ids = [item.id for item in items]
    assert all(isinstance(item, Item) for item in items)
    assert len(ids) == len(set(ids)), f"repeated: {len(ids) - len(set(ids))}"
    return set(ids)


for name, start in ITERATORS.items():
    with Aiwyn(token="t", base_url=BASE, transport=httpx.MockTransport(Server())) as client:
        got = delivered(list(start(client, page_size=20)))
        assert EVERY <= got, (name, sorted(EVERY - got)[:5])
        # Stopped by max_items, then resumed from the token: nothing repeated, nothing lost.
        pager = start(client, page_size=20, max_items=45)
        first = list(pager)
        assert len(first) == 45, (name, len(first))
        rest = list(start(client, page_size=20, resume=pager.resume_token))
        both = delivered(first + rest)
        assert EVERY <= both, (name, sorted(EVERY - both)[:5])

    async def run_async(name=name, start=start):
        async with AsyncAiwyn(token="t", base_url=BASE, transport=httpx.MockTransport(Server())) as client:
            return [item async for item in start(client, page_size=25)]

    got = delivered(asyncio.run(run_async()))
    assert EVERY <= got, (name, "async", sorted(EVERY - got)[:5])
    print(name, "ok")

# An inferred Link header the server does not send: the first page is delivered, and the run then
# stops with the typed error instead of ending as if the list were read (async alike).
from aiwyn_client import PaginationError
with Aiwyn(token="t", base_url=BASE, transport=httpx.MockTransport(Server())) as client:
    got = []
    try:
        for item in client.unlinked_items.iter(page_size=20):
            got.append(item)
    except PaginationError as exc:
        assert "no `Link` header" in str(exc) and exc.delivered == 20, (str(exc), exc.delivered)
    else:
        raise AssertionError("an unlinked page ended the run quietly")
    assert delivered(got) == set(range(1, 21))

async def unlinked():
    async with AsyncAiwyn(token="t", base_url=BASE, transport=httpx.MockTransport(Server())) as client:
        got = []
        try:
            async for item in client.unlinked_items.iter(page_size=20):
                got.append(item)
        except PaginationError:
            return got
        raise AssertionError("an unlinked page ended the async run quietly")

assert delivered(asyncio.run(unlinked())) == set(range(1, 21))

# Links to the server the description lists are followed on the client's own base URL (a proxy, a
# sandbox, a mock); the pages never leave it.
hosts = []
server = Server()
def proxied(request):
    hosts.append(request.url.host)
    return server(request)
with Aiwyn(token="t", base_url="https://proxy.example.test", transport=httpx.MockTransport(proxied)) as client:
    for start in (ITERATORS["url_items"], ITERATORS["link_items"]):
        assert EVERY <= delivered(list(start(client, page_size=50)))
assert set(hosts) == {"proxy.example.test"}, set(hosts)

# A next link by its path alone that repeats the base URL's own path is that path, not one under it.
paths = []
def prefixed(request):
    paths.append(request.url.path)
    return server(request)
with Aiwyn(token="t", base_url="https://proxy.example.test/v3", transport=httpx.MockTransport(prefixed)) as client:
    assert EVERY <= delivered(list(ITERATORS["path_items"](client, page_size=50)))
assert set(paths) == {"/v3/path-items"}, set(paths)
print("ok")
"""
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("styles") / "generated"
    build.build_into(settings_for(DESCRIPTION, strict=True), out)
    return out


def test_every_style_is_paged_exactly_once_sync_and_async_with_resumes(built: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(built)}
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCRIPT)], env=env, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().endswith("ok")


EXPORT = (
    SERVER
    + """
import os, subprocess, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class Served:
    '''``Server`` on a loopback port, for the command's own client; from the ``fail_from``-th
    request on it refuses every request (400: not retried), as a server gone wrong mid-export.'''

    def __init__(self, fail_from=None):
        self.server, self.fail_from = Server(), fail_from
        served = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                served.handle(self)

            do_POST = do_GET

            def log_message(self, *args):
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.http.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}"

    def handle(self, h):
        body = h.rfile.read(int(h.headers.get("Content-Length") or 0))
        request = httpx.Request(h.command, self.url + h.path, content=body)
        failing = self.fail_from is not None and self.server.requests >= self.fail_from
        response = httpx.Response(400, json={"message": "gone wrong"}) if failing else self.server(request)
        h.send_response(response.status_code)
        for name, value in response.headers.items():
            if name.lower() != "content-length":
                h.send_header(name, value)
        h.send_header("Content-Length", str(len(response.content)))
        h.end_headers()
        h.wfile.write(response.content)


def aiwyn(url, *args):
    command = [sys.executable, "-m", "aiwyn_client.cli", "--base-url", url, *args]
    env = {**os.environ, "AIWYN_TOKEN": "t"}
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def export(url, *args):
    return aiwyn(url, "export", *args)


def exported(path):
    ids = [json.loads(line)["id"] for line in path.read_text().splitlines()]
    assert len(ids) == len(set(ids)), f"repeated: {len(ids) - len(set(ids))}"
    return set(ids)


folder = Path(sys.argv[1])
EVERY = set(range(1, ORIGINAL + 1))
EXPORTS = {
    "page-items": [], "offset-items": [], "cursor-items": [], "token-items": [], "after-items": [],
    "url-items": [], "wrapped-items": [], "path-items": [], "link-items": [], "groups": ["--param", "group=g1"],
    "sentry-items": [], "deep-items": [], "bracket-items": ["--param", "filter_name=any"], "hal-items": [],
}
for name, extra in EXPORTS.items():
    output = folder / f"{name}.jsonl"
    served = Served()
    done = export(served.url, name, "-o", str(output), "--page-size", "20", *extra)
    assert done.returncode == 0, (name, done.stderr)
    assert EVERY <= exported(output), (name, sorted(EVERY - exported(output))[:5])

    # The server fails after a few pages: one line, no traceback; --resume then finishes the file
    # with every record exactly once.
    output = folder / f"{name}-resumed.jsonl"
    served = Served(fail_from=4)
    failed = export(served.url, name, "-o", str(output), "--page-size", "20", *extra)
    assert failed.returncode != 0 and "Traceback" not in failed.stderr, (name, failed.stderr)
    assert "gone wrong" in failed.stderr, (name, failed.stderr)
    served.fail_from = None
    resumed = export(served.url, name, "-o", str(output), "--page-size", "20", "--resume", *extra)
    assert resumed.returncode == 0, (name, resumed.stderr)
    assert EVERY <= exported(output), (name, "resumed", sorted(EVERY - exported(output))[:5])
    print(name, "ok")

# What a list's iterator needs, and a misspelt argument, are named before anything is written.
missing = export(Served().url, "groups", "-o", str(folder / "g.jsonl"))
assert missing.returncode == 2 and "needs group: give --param group=..." in missing.stderr, missing.stderr
misspelt = export(Served().url, "cursor-items", "-o", str(folder / "c.jsonl"), "--param", "colour=red")
assert misspelt.returncode == 2 and "takes no colour" in misspelt.stderr, misspelt.stderr
assert not (folder / "g.jsonl").exists() and not (folder / "c.jsonl").exists()

# A list's own arguments reach it from `aiwyn <resource> list` too, typed; a misspelt one is named.
listed = aiwyn(Served().url, "page-items", "list", "--param", "colour=red", "--max-items", "3", "--format", "json")
assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 3, listed.stderr
listed = aiwyn(Served().url, "page-items", "list", "--param", "color=red")
assert listed.returncode == 2 and "takes no color (--param takes colour)" in listed.stderr, listed.stderr
print("ok")
"""
)


def test_every_style_exports_exactly_once_and_resumes_after_a_failure(built: Path, tmp_path: Path) -> None:
    """``aiwyn export`` on lists other APIs page by query parameters, cursors and links: through the
    typed iterator, each record once, resumable from where a failing server stopped it."""
    env = {**os.environ, "PYTHONPATH": str(built)}
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(EXPORT), str(tmp_path)],
        env=env, capture_output=True, text=True, check=False, timeout=900,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().endswith("ok")
