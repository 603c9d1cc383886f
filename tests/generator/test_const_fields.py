"""A property with a ``const`` decodes: OpenAI's turn detection is ``{type: const "server_vad", ...}``.

The decode plan took the constant's code object for its text (``str()`` of openapi-python-client's
``PythonCode`` is its repr), so every answer holding such a model failed with a SyntaxError from
the decoder, reported as a ``ResponseValidationError``."""

from __future__ import annotations

from pathlib import Path

from tests.support.descriptions import described, run_against_build

VAD = {
    "type": "object",
    "required": ["type"],
    "properties": {"type": {"type": "string", "const": "server_vad"}, "threshold": {"type": "number"}},
}
DESCRIPTION = described(
    {
        "openapi": "3.1.0",
        "paths": {
            "/session": {
                "get": {
                    "operationId": "getSession",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ServerVad"}}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"ServerVad": VAD}},
    }
)

SCRIPT = """
import httpx
from aiwyn_client import Aiwyn
from aiwyn_client.errors import ResponseValidationError
answers = [{"type": "server_vad", "threshold": 0.5}, {"type": "semantic_vad"}]
def handler(request):
    return httpx.Response(200, json=answers.pop(0))
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    vad = client.sessions.get()
    assert vad.type_ == "server_vad" and vad.threshold == 0.5, vad
    try:
        client.sessions.get()
    except ResponseValidationError as exc:
        assert "server_vad" in str(exc), exc  # another value is refused, naming the constant
    else:
        raise AssertionError("a value other than the constant was taken")
print("ok")
"""


def test_a_const_property_decodes_and_refuses_other_values(tmp_path: Path) -> None:
    run_against_build(DESCRIPTION, SCRIPT, tmp_path)
