"""Header parameters named ``Accept``, ``Content-Type`` or ``Authorization`` are ignored, as the
OpenAPI specification says: the media types and the security schemes say them. As arguments they
did harm: Business Central's required ``Content-Type`` refused every write without one (and then
sent the client's own), BambooHR's ``Accept`` defaulting to XML asked for an answer the client
cannot read. An ``Accept`` that gives one JSON type (PagerDuty's versioning
``application/vnd.pagerduty+json;version=2``) is still what the operation asks for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.descriptions import described, run_against_build

RECORD = {"type": "object", "properties": {"id": {"type": "integer"}}}


def _header(name: str, schema: dict[str, Any], required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "header", "required": required, "schema": schema}


def _answer(status: str) -> dict[str, Any]:
    return {status: {"description": "ok", "content": {"application/json": {"schema": RECORD}}}}


HEADERS = described(
    {
        "paths": {
            "/abilities": {
                "parameters": [
                    _header("Accept", {"type": "string", "default": "application/vnd.pagerduty+json;version=2"})
                ],
                "get": {"operationId": "listAbilities", "responses": _answer("200")},
            },
            "/files/{id}": {
                "get": {
                    "operationId": "getFile",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}},
                        _header("Accept", {"type": "string", "default": "application/xml"}),
                    ],
                    "responses": _answer("200"),
                }
            },
            "/customers": {
                "post": {
                    "operationId": "postCustomer",
                    "parameters": [
                        _header("Content-Type", {"type": "string"}, required=True),
                        _header("Authorization", {"type": "string"}, required=True),
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"type": "object", "properties": {"name": {"type": "string"}}}
                            }
                        }
                    },
                    "responses": _answer("201"),
                }
            },
        }
    }
)

SCRIPT = """
import httpx
from aiwyn_client import Aiwyn
seen = []
def handler(request):
    seen.append((request.method, request.headers["accept"], request.headers.get("content-type")))
    return httpx.Response(201 if request.method == "POST" else 200, json={"id": 1})
with Aiwyn(base_url="https://api.example.test", token="t", transport=httpx.MockTransport(handler)) as client:
    client.abilities.list()
    client.files.get(1)
    client.customers.create(name="Acme")
assert seen == [
    ("GET", "application/vnd.pagerduty+json;version=2", None),
    ("GET", "application/json", None),
    ("POST", "application/json", "application/json"),
], seen
"""


def test_the_headers_media_types_and_security_say_are_not_arguments(tmp_path: Path) -> None:
    run_against_build(HEADERS, SCRIPT, tmp_path, verify=True)
