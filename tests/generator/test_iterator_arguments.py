"""An iterator takes every argument its plain method needs that the pager does not fill in.
Mailgun's DKIM keys list (a GET) takes a required form body with ``page`` and ``limit`` and follows
``paging.next``: the iterator left out body fields named like the Aiwyn convention's page fields,
which nothing then gave, and every call failed with a bare ``TypeError``."""

from __future__ import annotations

from pathlib import Path

from tests.support.descriptions import described, run_against_build

FORM = {
    "type": "object",
    "required": ["page", "limit"],
    "properties": {"page": {"type": "string"}, "limit": {"type": "integer"}, "selector": {"type": "string"}},
}
KEY = {"type": "object", "properties": {"id": {"type": "string"}}}
KEYS = described(
    {
        "paths": {
            "/v1/dkim/keys": {
                "get": {
                    "operationId": "ListKeys",
                    "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": FORM}}},
                    "responses": {
                        "200": {
                            "description": "a page",
                            "content": {"application/json": {"schema": {"type": "object", "properties": {
                                "items": {"type": "array", "items": KEY},
                                "paging": {"type": "object", "properties": {"next": {"type": "string"}}},
                            }}}},
                        }
                    },
                }
            }
        }
    }
)  # fmt: skip

SCRIPT = """
import httpx
from aiwyn_client import Aiwyn
def handler(request):
    if request.url.params.get("after") == "2":
        return httpx.Response(200, json={"items": [{"id": "k3"}], "paging": {}})
    first = [{"id": "k1"}, {"id": "k2"}]
    return httpx.Response(200, json={"items": first, "paging": {"next": "/v1/dkim/keys?after=2"}})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    assert [key.id for key in client.keys.iter(page="1", limit=2)] == ["k1", "k2", "k3"]
"""


def test_an_iterator_takes_the_required_fields_its_pager_does_not_fill(tmp_path: Path) -> None:
    run_against_build(KEYS, SCRIPT, tmp_path, verify=True)
