"""Lists where the answer says where the next page starts, and lists of records that declare no
fields. Meilisearch's tasks take ``from`` (a task uid) and answer ``next``, "the value to send in
from to fetch the next slice": counted as an offset, the iterator asked for ``from=0`` twice and
stopped on a repeated page having read nothing. SugarCRM's lists answer ``next_offset`` (-1 at the
end) beside ``records: {items: {}}``, and Airflow's tags are strings beside ``total_entries``: no
iterator at all, though each is plainly a page of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.descriptions import described, run_against_build

INTEGER = {"type": "integer"}


def _listing(path: str, params: dict[str, Any], page: dict[str, Any]) -> dict[str, Any]:
    """``GET path``, taking the query ``params`` (name: schema) and answering ``page``."""
    ok = {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": page}}}}
    query = [{"name": name, "in": "query", "schema": schema} for name, schema in params.items()]
    return {
        path: {"get": {"operationId": "list" + path.strip("/").title(), "parameters": query, "responses": {"200": ok}}}
    }


TASK = {"type": "object", "properties": {"uid": INTEGER, "status": {"type": "string"}}}
DESCRIPTION = described(
    {
        "paths": {
            **_listing(
                "/tasks",
                {"limit": INTEGER, "from": INTEGER},
                {"results": {"type": "array", "items": TASK}, "total": INTEGER, "next": {**INTEGER, "nullable": True}},
            ),
            **_listing(
                "/users",
                {"max_num": INTEGER, "offset": INTEGER},
                {"next_offset": INTEGER, "records": {"type": "array", "items": {}}},
            ),
            **_listing(
                "/tags",
                {"limit": INTEGER, "offset": INTEGER},
                {"tags": {"type": "array", "items": {"type": "string"}}, "total_entries": INTEGER},
            ),
        }
    }
)

SCRIPT = """
import httpx
from aiwyn_client import Aiwyn
TASKS = list(range(45, 0, -1))  # uids, newest first, as Meilisearch lists them
USERS = [{"id": f"u{i}", "name": f"user {i}"} for i in range(7)]
TAGS = [f"tag-{i}" for i in range(5)]
def handler(request):
    q = request.url.params
    if request.url.path == "/tasks":
        limit, start = int(q.get("limit", 20)), int(q.get("from", TASKS[0]))
        page = [uid for uid in TASKS if uid <= start][:limit]
        after = [uid for uid in TASKS if uid < page[-1]] if page else []
        records = [{"uid": uid, "status": "done"} for uid in page]
        body = {"results": records, "total": 45, "next": after[0] if after else None}
    elif request.url.path == "/users":
        size, offset = int(q.get("max_num", 3)), int(q.get("offset", 0))
        page = USERS[offset:offset + size]
        body = {"records": page, "next_offset": offset + size if offset + size < len(USERS) else -1}
    else:
        limit, offset = int(q.get("limit", 2)), int(q.get("offset", 0))
        body = {"tags": TAGS[offset:offset + limit], "total_entries": len(TAGS)}
    return httpx.Response(200, json=body)
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    uids = [task.uid for task in client.tasks.iter(page_size=20)]
    assert uids == TASKS, uids
    users = list(client.users.iter(page_size=3))
    assert [user["id"] for user in users] == [f"u{i}" for i in range(7)], users
    tags = list(client.tags.iter(page_size=2))
    assert tags == TAGS, tags
print("ok")
"""


def test_the_next_position_the_answer_gives_is_followed_and_untyped_records_are_iterated(tmp_path: Path) -> None:
    run_against_build(DESCRIPTION, SCRIPT, tmp_path)
