"""An argument that is any string or one of an enum's values takes any string.

OpenAI's ``model`` is ``anyOf: [{type: string}, {enum: [tts-1, ...]}]``: the models it lists when
the description was written, and any other. The argument was converted to the enum, so a model
named later was refused before sending; listed values still go as they are."""

from __future__ import annotations

from pathlib import Path

from tests.support.descriptions import described, run_against_build

MODEL = {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["tts-1", "tts-1-hd"]}]}
DESCRIPTION = described(
    {
        "paths": {
            "/audio/speech": {
                "post": {
                    "operationId": "createSpeech",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"type": "object", "required": ["model"], "properties": {"model": MODEL}}
                            }
                        },
                    },
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}},
                }
            }
        },
    }
)

SCRIPT = """
import json
import httpx
from aiwyn_client import Aiwyn
sent = []
def handler(request):
    sent.append(json.loads(request.read())["model"])
    return httpx.Response(200, json={})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    client.speeches.create(model="gpt-4o-mini-tts")
    client.speeches.create(model="tts-1")
assert sent == ["gpt-4o-mini-tts", "tts-1"], sent
print("ok")
"""


def test_any_string_is_taken_where_the_enum_is_one_of_its_kinds(tmp_path: Path) -> None:
    run_against_build(DESCRIPTION, SCRIPT, tmp_path, verify=True)
