"""A list whose next page comes in a response header rather than the body pages by that header:
Nomad's ``X-Nomad-NextToken`` sent back as ``next_token``, GitLab's ``X-Next-Page`` sent back as
the page number, Azure's ``x-ms-continuation`` sent back in the request header of that name. The
header is found among the success response's declared headers by its name (``NEXT_HEADERS``), or
said by the operation's ``x-aiwyn-next-header`` or its config entry's ``next_header`` where the
description leaves it out (Nomad's does). An absent or empty header ends the run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.paging import NEXT_HEADER_MARK, query_paging
from generator.spec import SpecIndex
from tests.support.descriptions import described, run_against_build

JOBS = {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}}


def _list(operation_id: str, params: list[dict[str, Any]], header: str | None = None, **extra: Any) -> dict[str, Any]:
    ok: dict[str, Any] = {"description": "ok", "content": {"application/json": {"schema": JOBS}}}
    if header is not None:
        ok["headers"] = {header: {"schema": {"type": "string"}}}
    return {"get": {"operationId": operation_id, "parameters": params, "responses": {"200": ok}, **extra}}


def _query(name: str, kind: str = "string") -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": kind}}


PAGED = described(
    {
        "paths": {
            "/jobs": _list("listJobs", [_query("next_token"), _query("per_page", "integer")], "X-Nomad-NextToken"),
            "/issues": _list("listIssues", [_query("page", "integer"), _query("per_page", "integer")], "X-Next-Page"),
            "/docs": _list(
                "listDocs",
                [{"name": "x-ms-continuation", "in": "header", "schema": {"type": "string"}}],
                "x-ms-continuation",
            ),
            "/allocations": _list(
                "listAllocations", [_query("next_token")], None, **{NEXT_HEADER_MARK: "X-Nomad-NextToken"}
            ),
        }
    }
)


def _paging(spec: dict[str, Any], overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    index = SpecIndex(spec, overrides)
    return {op.operation_id: query_paging(index, op) for op in index.operations}


def test_a_declared_next_header_carries_the_cursor_or_the_page_number() -> None:
    found = _paging(PAGED)
    jobs, issues, docs, allocations = (found[k] for k in ("listJobs", "listIssues", "listDocs", "listAllocations"))
    assert (jobs.style, jobs.cursor, jobs.next_header) == ("cursor", "next_token", "X-Nomad-NextToken")
    assert (issues.style, issues.cursor, issues.next_header) == ("next_page", "page", "X-Next-Page")
    assert (docs.style, docs.cursor, docs.next_header) == ("cursor", "x-ms-continuation", "x-ms-continuation")
    assert (allocations.style, allocations.next_header) == ("cursor", "X-Nomad-NextToken")


def test_an_undeclared_header_is_said_by_the_config_entry() -> None:
    spec = described({"paths": {"/evaluations": _list("listEvaluations", [_query("next_token")])}})
    assert _paging(spec)["listEvaluations"].style == "link_header"  # inferred, as a bare token parameter is
    said = _paging(spec, {"GET /evaluations": {"next_header": "X-Nomad-NextToken"}})["listEvaluations"]
    assert (said.style, said.next_header) == ("cursor", "X-Nomad-NextToken")


def test_a_next_header_no_parameter_takes_back_pages_nothing() -> None:
    spec = described({"paths": {"/jobs": _list("listJobs", [], "X-Next-Cursor")}})
    assert _paging(spec)["listJobs"] is None


SCRIPT = """
import httpx
from aiwyn_client import Aiwyn
from aiwyn_client.errors import PaginationError
pages = {None: ["a", "b"], "t2": ["c"], "t3": ["d"]}
after = {None: "t2", "t2": "t3", "t3": ""}
sent = []
garbled = False
def handler(request):
    path = request.url.path
    if path == "/jobs":
        token = request.url.params.get("next_token")
        sent.append(token)
        headers = {"X-Nomad-NextToken": after[token]} if after[token] else {}
        return httpx.Response(200, json=[{"id": i} for i in pages[token]], headers=headers)
    if path == "/issues":
        page = int(request.url.params.get("page", "1"))
        headers = {"X-Next-Page": "soon" if garbled else str(page + 1) if page < 3 else ""}
        return httpx.Response(200, json=[{"id": f"i{page}"}], headers=headers)
    token = request.headers.get("x-ms-continuation")
    headers = {"x-ms-continuation": "c2"} if token is None else {}
    return httpx.Response(200, json=[{"id": token or "first"}], headers=headers)
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    assert [j.id for j in client.jobs.iter()] == ["a", "b", "c", "d"]
    assert sent == [None, "t2", "t3"], sent
    assert [i.id for i in client.issues.iter()] == ["i1", "i2", "i3"]
    assert [d.id for d in client.docs.iter()] == ["first", "c2"]
    garbled = True
    try:
        list(client.issues.iter())
    except PaginationError as exc:
        assert "not a page number ('soon')" in str(exc), exc
    else:
        raise AssertionError("a next page that is no number was followed")
"""


def test_iterators_follow_the_header_until_it_is_empty(tmp_path: Path) -> None:
    run_against_build(PAGED, SCRIPT, tmp_path)
