"""An OpenAPI 3.2 description builds, read as the 3.1 one it extends.

openapi-python-client refused a whole 3.2 description by its version ("Only OpenAPI versions
3.1.* are supported"). What 3.2 adds that a 3.1 reader cannot take is settled, one line each: an
operation of a method 3.1 has no key for (``query``, ``additionalOperations``) is dropped; a
``querystring`` parameter of a form is sent as the form's fields, which is how a form is written
in a query string; one of another media type drops its operation."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from generator.normalise import normalise
from tests.support.descriptions import described, run_against_build

RECORD = {"type": "object", "properties": {"id": {"type": "string"}}}
OK = {"200": {"description": "ok", "content": {"application/json": {"schema": RECORD}}}}
SEARCH = {
    "name": "search",
    "in": "querystring",
    "required": True,
    "content": {
        "application/x-www-form-urlencoded": {
            "schema": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "limit": {"type": "integer"}},
            }
        }
    },
}
FILTER = {"name": "filter", "in": "querystring", "content": {"application/json": {"schema": {"type": "object"}}}}

DESCRIPTION = described(
    {
        "openapi": "3.2.0",
        "paths": {
            "/contacts": {
                "get": {"operationId": "searchContacts", "parameters": [SEARCH], "responses": OK},
                "query": {"operationId": "queryContacts", "responses": OK},
                "additionalOperations": {"LINK": {"operationId": "linkContacts", "responses": OK}},
            },
            "/contacts/{id}": {
                "get": {
                    "operationId": "getContact",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": OK,
                }
            },
            "/reports": {"parameters": [FILTER], "get": {"operationId": "getReport", "responses": OK}},
        },
    }
)


def test_a_3_2_description_is_read_as_3_1_and_what_3_1_cannot_hold_is_noted() -> None:
    normalised = normalise(copy.deepcopy(DESCRIPTION))
    spec: dict[str, Any] = normalised.spec
    assert spec["openapi"] == "3.1.1"
    assert normalised.changes == [
        "OpenAPI 3.2.0 is read as 3.1.1: what 3.2 adds is noted where it is met",
        "dropped: QUERY /contacts (queryContacts): the QUERY method is OpenAPI 3.2's, "
        "and openapi-python-client builds the methods of 3.1 only",
        "dropped: LINK /contacts (linkContacts): the LINK method is OpenAPI 3.2's, "
        "and openapi-python-client builds the methods of 3.1 only",
        "GET /contacts: query string search is a form: sent as its fields (name, limit)",
        "dropped: GET /reports (getReport): its query string is one value in application/json, "
        "which only a form's fields can be sent as",
    ]
    assert sorted(spec["paths"]["/contacts"]) == ["get"]


SCRIPT = """
import httpx
from aiwyn_client import Aiwyn
seen = []
def handler(request):
    seen.append(str(request.url))
    return httpx.Response(200, json={"id": "c1"})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    client.contacts.list(name="Ada", limit=5)
    assert client.contacts.get("c1").id == "c1"
assert seen == ["https://api.example.test/contacts?name=Ada&limit=5", "https://api.example.test/contacts/c1"], seen
"""


def test_a_3_2_description_builds_and_its_form_query_string_is_sent_as_fields(tmp_path: Path) -> None:
    run_against_build(DESCRIPTION, SCRIPT, tmp_path, verify=True)
