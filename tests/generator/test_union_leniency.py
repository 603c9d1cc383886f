"""A union whose members all need a key the answer leaves out takes the member its values name.

OpenAI's response output items are a union told apart by ``type``; its answers (its examples, at
least) leave out keys the members require (a message's ``id``). Every member was refused, and with
it the whole answer. Outside a union a missing required key reads as None (and is logged once);
where no member fits whole, the first whose listed values fit is now read so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.descriptions import described, run_against_build


def _item(kind: str, *required: str) -> dict[str, Any]:
    properties = {"type": {"type": "string", "enum": [kind]}, **{name: {"type": "string"} for name in required}}
    return {"type": "object", "required": ["type", *required], "properties": properties}


ITEMS = {"oneOf": [{"$ref": "#/components/schemas/Call"}, {"$ref": "#/components/schemas/Message"}]}
DESCRIPTION = described(
    {
        "paths": {
            "/response": {
                "get": {
                    "operationId": "getResponse",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {"output": {"type": "array", "items": ITEMS}},
                                    }
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Call": _item("call", "id", "call_id"), "Message": _item("message", "id", "role")}},
    }
)

SCRIPT = """
import httpx
from aiwyn_client import Aiwyn
from aiwyn_client.models import Call, Message
output = [{"type": "message", "role": "user"}, {"type": "call", "id": "c1", "call_id": "x"}]
def handler(request):
    return httpx.Response(200, json={"output": output})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    answer = client.responses.list()
message, call = answer.output
assert isinstance(message, Message) and message.role == "user" and message.id is None, message
assert isinstance(call, Call) and call.call_id == "x", call
print("ok")
"""


def test_the_member_the_values_name_is_taken_without_a_required_key(tmp_path: Path) -> None:
    run_against_build(DESCRIPTION, SCRIPT, tmp_path)
