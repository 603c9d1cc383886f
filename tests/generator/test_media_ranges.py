"""A body sent as bytes under a media range (``image/*``, ``*/*``) is sent as the type of the file
given. Jellyfin's image uploads declare ``image/*``; the client sent ``application/octet-stream``,
which ASP.NET refuses (415) as outside the range."""

from __future__ import annotations

from pathlib import Path

from tests.support.descriptions import described, run_against_build

BYTES = {"schema": {"type": "string", "format": "binary"}}


def _upload(path: str, operation_id: str, media_range: str) -> dict[str, object]:
    return {
        path: {
            "post": {
                "operationId": operation_id,
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {"required": True, "content": {media_range: BYTES}},
                "responses": {"204": {"description": "saved"}},
            }
        }
    }


DESCRIPTION = described(
    {
        "paths": {
            **_upload("/items/{id}/image", "setItemImage", "image/*"),
            **_upload("/items/{id}/blob", "putBlob", "*/*"),
        }
    }
)

SCRIPT = """
import io
import httpx
from aiwyn_client import Aiwyn, InvalidArgumentError
from aiwyn_client.types import File
sent = []
def handler(request):
    sent.append(request.headers["content-type"])
    return httpx.Response(204)
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    client.items.set_image("7", body=File(payload=io.BytesIO(b"\\x89PNG"), mime_type="image/png"))
    client.items.set_image("7", body=File(payload=io.BytesIO(b"\\xff\\xd8"), file_name="cover.jpg"))
    client.items.blob("7", body=b"anything")
    for wrong in (b"no type said", File(payload=io.BytesIO(b"%PDF"), mime_type="application/pdf")):
        try:
            client.items.set_image("7", body=wrong)
        except InvalidArgumentError as error:
            assert "must be image/*" in str(error), error
        else:
            raise AssertionError(f"{wrong!r} was sent")
assert sent == ["image/png", "image/jpeg", "application/octet-stream"], sent
print("ok")
"""


def test_a_file_is_sent_as_its_own_type_within_the_range_and_refused_outside_it(tmp_path: Path) -> None:
    run_against_build(DESCRIPTION, SCRIPT, tmp_path)
