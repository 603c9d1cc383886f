"""A 204 answer holds no body, whatever the description lists for it (RFC 9110, 15.3.5).

Jira documents 63 operations' 204 as ``application/json: {}`` and Marqeta its login's 204 with a
model; openapi-python-client decoded the empty body as JSON, so every one of those calls failed
against a real server. The content of a 204, 205 or 304 answer is left out, and the call returns
None. So does a call answered in another 2xx documented without a body beside a success with one
(Spotify's ``GET /me/player`` when nothing plays), typed ``... | None``; an iterator so answered ends."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.normalise import normalise
from tests.support.descriptions import described, run_against_build

TEXT = {"type": "object", "properties": {"text": {"type": "string"}}}
SHARED = {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}
PETS = {
    "type": "object",
    "properties": {"data": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer"}}}}},
}
DESCRIPTION: dict[str, Any] = described(
    {
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "parameters": [
                        {"name": "page", "in": "query", "schema": {"type": "integer"}},
                        {"name": "pageSize", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "a page",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pets"}}},
                        },
                        "204": {"description": "no pets here"},
                    },
                }
            },
            "/banner": {
                "put": {
                    "operationId": "setBanner",
                    "requestBody": {"content": {"application/json": {"schema": TEXT}}},
                    "responses": {"204": {"description": "set", "content": {"application/json": {"schema": {}}}}},
                },
                "get": {
                    "operationId": "getBanner",
                    "responses": {
                        "200": {"$ref": "#/components/responses/Banner"},
                        "204": {"$ref": "#/components/responses/Banner"},
                    },
                },
            },
        },
        "components": {"responses": {"Banner": SHARED}, "schemas": {"Pets": PETS}},
    }
)

SCRIPT = """
import httpx
from aiwyn_client import Aiwyn
asked = []
def handler(request):
    if request.url.path == "/pets":
        asked.append(request.url.params.get("page"))
        if len(asked) == 1:
            return httpx.Response(200, json={"data": [{"id": 1}, {"id": 2}]})
    return httpx.Response(204)
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    assert client.banners.update(text="hi") is None
    assert client.banners.list() is None  # 200 has a body, 204 none: documented, so None
    assert [pet.id for pet in client.pets.iter(page_size=2)] == [1, 2]  # the 204 after them ends the run
    assert len(asked) == 2, asked
print("ok")
"""


def test_a_204_answer_lists_nothing_once_normalised() -> None:
    result = normalise(DESCRIPTION)
    banner = result.spec["paths"]["/banner"]
    assert banner["put"]["responses"]["204"] == {"description": "set"}
    assert banner["get"]["responses"]["204"] == {"description": "ok"}  # a copy: the shared answer keeps its content
    assert result.spec["components"]["responses"]["Banner"] == SHARED
    assert "PUT /banner: a 204 answer holds no body: what it lists is left out" in result.changes


def test_a_call_answered_204_returns_none(tmp_path: Path) -> None:
    run_against_build(DESCRIPTION, SCRIPT, tmp_path, verify=True)


ANY_VALUE = described(
    {
        "paths": {
            "/readers/{id}/terminate": {
                "post": {
                    "operationId": "terminateReader",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {"202": {"description": "dispatched", "content": {"application/json": {}}}},
                }
            }
        }
    }
)

ANY_VALUE_SCRIPT = """
import httpx
from aiwyn_client import Aiwyn
answers = iter([httpx.Response(202), httpx.Response(202, json={"status": "sent"}), httpx.Response(202, json=None)])
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(lambda request: next(answers))) as client:
    assert client.readers.terminate("r1") is None
    assert client.readers.terminate("r1") == {"status": "sent"}
    assert client.readers.terminate("r1") is None  # null is a JSON value too (QuickBooks' query)
print("ok")
"""


def test_an_answer_of_any_json_value_sent_empty_is_none(tmp_path: Path) -> None:
    """SumUp's reader termination answers 202 listing ``application/json`` with no schema, and
    sends nothing: the call failed, reading the empty body as JSON, though the server had done it."""
    run_against_build(ANY_VALUE, ANY_VALUE_SCRIPT, tmp_path)
