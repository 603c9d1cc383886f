"""An answer offered only in a range that takes JSON (``*/*``: springdoc's default, and what a
Swagger 2.0 operation gets where nothing says what it produces) whose schema is an object or an
array is read as JSON, asked for as ``application/json``: Halo's console API returned a ``File``
of bytes from 86 of its 97 methods, and none of its paged lists had an iterator. An operation
whose only answer is ``default`` (springdoc's "default response") is read from it, its page too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.descriptions import described, run_against_build

TAG = {"type": "object", "properties": {"name": {"type": "string"}}}
TAGS = {
    "type": "object",
    "properties": {
        "items": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}},
        "page": {"type": "integer"},
        "total": {"type": "integer"},
        "hasNext": {"type": "boolean"},
    },
}


def _answer(media_type: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"default": {"description": "default response", "content": {media_type: {"schema": schema}}}}


def _query(name: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "integer"}}


HALO = described(
    {
        "paths": {
            "/tags": {
                "get": {
                    "operationId": "ListPostTags",
                    "parameters": [_query("page"), _query("size")],
                    "responses": _answer("*/*", {"$ref": "#/components/schemas/TagList"}),
                }
            },
            "/tags/{name}": {
                "get": {
                    "operationId": "GetTag",
                    "parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": _answer("*/*", {"$ref": "#/components/schemas/Tag"}),
                }
            },
            "/avatar": {"get": {"operationId": "getAvatar", "responses": _answer("*/*", {"type": "string"})}},
        },
        "components": {"schemas": {"Tag": TAG, "TagList": TAGS}},
    }
)

SCRIPT = """
import httpx
from aiwyn_client import Aiwyn
from aiwyn_client.types import File
asked = []
def handler(request):
    asked.append(request.headers["accept"])
    if request.url.path == "/avatar":
        return httpx.Response(200, content=b"\\x89PNG", headers={"content-type": "image/png"})
    if request.url.path == "/tags/a":
        return httpx.Response(200, json={"name": "a"})
    page = int(request.url.params["page"])
    items = [{"name": f"t{page}"}] if page < 2 else []
    return httpx.Response(200, json={"items": items, "page": page, "total": 2, "hasNext": page < 1})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    assert client.tags.get("a").name == "a"
    assert asked[-1] == "application/json", asked
    assert [t.name for t in client.tags.iter(page_size=1)] == ["t0", "t1"]
    assert isinstance(client.avatars.download(), File)  # a string in */* says nothing of JSON: bytes
"""


def test_a_model_answered_in_a_json_range_is_read_as_json(tmp_path: Path) -> None:
    run_against_build(HALO, SCRIPT, tmp_path)


def test_a_default_answer_that_is_an_error_is_not_read_as_the_success() -> None:
    """Bitbucket documents ``GET /user/emails`` with nothing but ``default: Unexpected error``:
    read as the answer, the error object made the list a read of one thing (``emails.get``)."""
    from generator.spec import SpecIndex

    error = {"type": "object", "properties": {"type": {"type": "string"}, "error": {"type": "object"}}}
    spec = described(
        {
            "paths": {
                "/user/emails": {
                    "get": {
                        "operationId": "listEmails",
                        "responses": _answer("application/json", {"$ref": "#/components/schemas/error"}),
                    }
                },
                "/tags": {
                    "get": {
                        "operationId": "ListPostTags",
                        "responses": _answer("*/*", {"$ref": "#/components/schemas/TagList"}),
                    }
                },
            },
            "components": {"schemas": {"error": error, "Tag": TAG, "TagList": TAGS}},
        }
    )
    spec["paths"]["/user/emails"]["get"]["responses"]["default"]["description"] = "Unexpected error."
    kinds = {op.operation_id: op.kind for op in SpecIndex(spec).operations}
    assert kinds == {"listEmails": "list", "ListPostTags": "list"}
