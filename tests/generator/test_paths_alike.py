"""Two operations whose paths differ only in a parameter's name are two methods, each with its own
arguments. Miro's ``/boards/{board_id}/items`` (filtered by ``status``, paged by ``cursor``) and
``/boards/{board_id_PlatformTags}/items`` (by ``tag_id``) were matched to openapi-python-client's
endpoints by path alone, blanks for the parameters, so both methods took the second one's
arguments: the first could not be called at all. Xero's contacts by id and by number were alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.descriptions import described, run_against_build


def _get(operation_id: str, parameter: str, *query: dict[str, Any]) -> dict[str, Any]:
    path = {"name": parameter, "in": "path", "required": True, "schema": {"type": "string"}}
    ok = {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}
    return {"get": {"operationId": operation_id, "parameters": [path, *query], "responses": {"200": ok}}}


DESCRIPTION = described(
    {
        "paths": {
            "/boards/{board_id}/items": _get(
                "getItems", "board_id", {"name": "status", "in": "query", "schema": {"type": "string"}}
            ),
            "/boards/{board_id_PlatformTags}/items": _get(
                "getItemsByTag",
                "board_id_PlatformTags",
                {"name": "tag_id", "in": "query", "required": True, "schema": {"type": "string"}},
            ),
        }
    }
)

SCRIPT = """
import inspect
import httpx
from aiwyn_client import Aiwyn
sent = []
def handler(request):
    sent.append(str(request.url))
    return httpx.Response(200, json={})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    names = [name for name in dir(client.boards) if "items" in name and not name.startswith("iter")]
    methods = {name: set(inspect.signature(getattr(client.boards, name)).parameters) for name in names}
    assert len(methods) == 2 and all(len({"status", "tag_id"} & args) == 1 for args in methods.values()), methods
    by_type = next(name for name, args in methods.items() if "status" in args)
    by_tag = next(name for name, args in methods.items() if "tag_id" in args)
    getattr(client.boards, by_type)("b1", status="card")
    getattr(client.boards, by_tag)("b1", tag_id="t1")
assert [url.split("/items")[1] for url in sent] == ["?status=card", "?tag_id=t1"], sent
print("ok")
"""


def test_paths_alike_but_for_a_parameters_name_keep_their_own_arguments(tmp_path: Path) -> None:
    run_against_build(DESCRIPTION, SCRIPT, tmp_path)
