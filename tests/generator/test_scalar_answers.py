"""An answer the description gives as a scalar: another scalar is kept as it came, as a model's
fields keep theirs; an object or an array is a ``ResponseValidationError``. Mailgun declares 16
answers ``{type: string}`` that are objects: each raised a bare ``AiwynError`` saying the client
did not raise on errors, though it was an ``Aiwyn``. A nullable number answered a whole number
(Prefect's lateness, ``anyOf: [number, null]`` answered ``0``) is that number: it was refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.descriptions import described, run_against_build


def _get(operation_id: str, schema: dict[str, Any]) -> dict[str, Any]:
    ok = {"description": "ok", "content": {"application/json": {"schema": schema}}}
    return {"get": {"operationId": operation_id, "responses": {"200": ok}}}


SCALARS = described(
    {
        "paths": {
            "/ips": _get("listIps", {"type": "string"}),
            "/count": _get("count", {"type": "integer"}),
            "/delays": _get("delay", {"anyOf": [{"type": "number"}, {"type": "null"}]}),
        },
        "openapi": "3.1.0",
    }
)

SCRIPT = """
import httpx
from aiwyn_client import Aiwyn
from aiwyn_client.errors import ResponseValidationError
def handler(request):
    answers = {"/ips": {"items": ["1.2.3.4"]}, "/count": "7", "/delays": 0}
    return httpx.Response(200, json=answers[request.url.path])
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    assert client.counts.get() == "7"
    assert client.delays.get() == 0
    try:
        client.ips.list()
    except ResponseValidationError as exc:
        assert "the answer of listIps is a dict, where the description has str" in str(exc), exc
    else:
        raise AssertionError("an object where a string is declared was taken")
"""


def test_a_scalar_answer_of_another_shape_is_a_validation_error(tmp_path: Path) -> None:
    run_against_build(SCALARS, SCRIPT, tmp_path)
