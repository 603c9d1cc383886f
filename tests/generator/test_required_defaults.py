"""A mapping given for a model argument is that model as its constructor makes it: a required field
the mapping leaves out takes its documented default and is sent. sevDesk's ``GET /Document`` takes
``contact`` as a deepObject whose ``objectName`` is required, default ``Contact``; given
``contact={"id": 5}`` the client sent ``contact[id]=5`` alone, which the server refuses."""

from __future__ import annotations

from pathlib import Path

from tests.support.descriptions import described, run_against_build

CONTACT = {
    "type": "object",
    "required": ["id", "objectName"],
    "properties": {
        "id": {"type": "integer"},
        "objectName": {"type": "string", "enum": ["Contact"], "default": "Contact"},
    },
}
DESCRIPTION = described(
    {
        "paths": {
            "/Document": {
                "get": {
                    "operationId": "getDocuments",
                    "parameters": [{"name": "contact", "in": "query", "style": "deepObject", "schema": CONTACT}],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}},
                }
            }
        },
    }
)

SCRIPT = """
import httpx
from aiwyn_client import Aiwyn
seen = []
def handler(request):
    seen.append(dict(request.url.params))
    return httpx.Response(200, json={})
with Aiwyn(token="t", base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    client.documents.list(contact={"id": 5})
    client.documents.list(contact={"id": 6, "objectName": "Contact"})
assert seen == [
    {"contact[id]": "5", "contact[objectName]": "Contact"},
    {"contact[id]": "6", "contact[objectName]": "Contact"},
], seen
print("ok")
"""


def test_a_required_field_left_out_of_a_mapping_is_sent_at_its_default(tmp_path: Path) -> None:
    run_against_build(DESCRIPTION, SCRIPT, tmp_path)
