"""An answer the description gives as a scalar: another scalar is kept as it came, as a model's
fields keep theirs; an object or an array is a ``ResponseValidationError``. Mailgun declares 16
answers ``{type: string}`` that are objects: each raised a bare ``AiwynError`` saying the client
did not raise on errors, though it was an ``Aiwyn``. A nullable number answered a whole number
(Prefect's lateness, ``anyOf: [number, null]`` answered ``0``) is that number: it was refused.

A ``text/plain`` answer of a string (Coolify's ``/health`` answering ``OK``) is a ``str``, decoded
by the charset the server names: it was a download, a ``File`` of bytes. Text declared as bytes (a
log, ``format: binary``) and other text types (CSV) stay downloads.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.spec import SpecIndex
from tests.support.descriptions import described, run_against_build, settings_for


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


def _text(operation_id: str, media_type: str, schema: dict[str, Any]) -> dict[str, Any]:
    ok = {"description": "ok", "content": {media_type: {"schema": schema}}}
    return {"get": {"operationId": operation_id, "responses": {"200": ok}}}


TEXTS = described(
    {
        "paths": {
            "/health": _text("healthcheck", "text/plain", {"type": "string", "example": "OK"}),
            "/version": _text("version", "text/plain; charset=utf-8", {"type": "string"}),
            "/logs/{id}": {
                "get": {
                    **_text("getLog", "text/plain", {"type": "string", "format": "binary"})["get"],
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                }
            },
            "/export": _text("exportCsv", "text/csv", {"type": "string"}),
        }
    }
)

TEXT_SCRIPT = """
import httpx
from aiwyn_client import Aiwyn
from aiwyn_client.types import File
asked = []
def handler(request):
    asked.append(request.headers["accept"])
    if request.url.path == "/version":
        latin = "v2 – Zürich".encode("latin-1", "replace")
        return httpx.Response(200, content=latin, headers={"content-type": "text/plain; charset=latin-1"})
    return httpx.Response(200, content=b"OK", headers={"content-type": "text/plain"})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    assert client.healths.get() == "OK"
    assert asked[-1] == "text/plain", asked
    assert client.versions.get() == "v2 ? Zürich"
    assert isinstance(client.logs.download("1"), File)
    assert isinstance(client.exports.download(), File)
"""


def test_a_plain_text_answer_is_a_str(tmp_path: Path) -> None:
    run_against_build(TEXTS, TEXT_SCRIPT, tmp_path)


def test_only_plain_text_of_a_string_is_read_as_text(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(TEXTS), encoding="utf-8")
    index = SpecIndex.from_settings(settings_for(spec))
    binary = {op.operation_id: op.binary for op in index.operations}
    assert binary == {"healthcheck": False, "version": False, "getLog": True, "exportCsv": True}
    assert {op.operation_id: op.kind for op in index.operations}["healthcheck"] == "get"
