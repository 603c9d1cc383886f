"""A body field the caller leaves out is not sent, whatever default the description gives it.

The description's default is what the server assumes when the field is absent; sending it is no
help on a create and overwrites data on an update: Pipedrive's ``products.update(1, name=...)``
also sent ``active_flag: true`` and ``tax: 0``, and Mercury's required fields with placeholder
defaults (``"<recipient_id>"``) were optional, and sent. A required field is asked for, unless its
default is the one value it may take."""

from __future__ import annotations

from pathlib import Path

from tests.support.descriptions import described, run_against_build

PRODUCT = {
    "type": "object",
    "required": ["name", "recipient_id", "kind"],
    "properties": {
        "name": {"type": "string"},
        "recipient_id": {"type": "string", "default": "<recipient_id>"},
        "kind": {"type": "string", "enum": ["product"], "default": "product"},
        "active_flag": {"type": "boolean", "default": True},
        "tax": {"type": "number", "default": 0},
    },
}
DESCRIPTION = described(
    {
        "paths": {
            "/products/{id}": {
                "patch": {
                    "operationId": "updateProduct",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                    "requestBody": {"content": {"application/json": {"schema": PRODUCT}}},
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}},
                }
            }
        },
    }
)

SCRIPT = """
import inspect
import json
import httpx
from aiwyn_client import Aiwyn
sent = []
def handler(request):
    sent.append(json.loads(request.read()))
    return httpx.Response(200, json={})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    update = client.products.update
    parameters = inspect.signature(update).parameters
    assert parameters["recipient_id"].default is inspect.Parameter.empty, parameters  # required: asked for
    assert "default ``true``" in update.__doc__, update.__doc__  # the server's default, documented
    update(1, name="Lamp", recipient_id="r-1")
assert sent == [{"name": "Lamp", "recipient_id": "r-1", "kind": "product"}], sent
print("ok")
"""


def test_an_update_sends_only_the_fields_given(tmp_path: Path) -> None:
    run_against_build(DESCRIPTION, SCRIPT, tmp_path, verify=True)
