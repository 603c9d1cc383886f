"""A cursor that is one of several types (Qdrant's scroll: ``offset`` and ``next_page_offset`` are
point ids, an integer or a UUID, or null) is followed as a cursor, and goes back as the type the
body gave it: 42 as 42, a UUID as text. Only a string cursor was followed, so the scroll, the way
to read a collection whole, had no iterator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.paging import query_paging
from generator.spec import SpecIndex
from tests.support.descriptions import described, run_against_build

POINT_ID = {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "string", "format": "uuid"}]}
OR_NULL = {"anyOf": [{"$ref": "#/components/schemas/PointId"}, {"nullable": True}]}


def _json(schema: Any) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _object(**fields: Any) -> dict[str, Any]:
    return {"type": "object", "properties": fields}


SCROLL = described(
    {
        "paths": {
            "/points/scroll": {
                "post": {
                    "operationId": "scrollPoints",
                    "requestBody": _json(_object(limit={"type": "integer"}, offset=OR_NULL)),
                    "responses": {
                        "200": {
                            "description": "a page of points",
                            **_json(
                                _object(
                                    result=_object(
                                        points={"type": "array", "items": {"$ref": "#/components/schemas/Point"}},
                                        next_page_offset=OR_NULL,
                                    )
                                )
                            ),
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "PointId": POINT_ID,
                "Point": _object(id={"$ref": "#/components/schemas/PointId"}, payload={"type": "object"}),
            }
        },
    }
)


def test_a_union_holding_a_string_is_a_cursor_and_remembered_as_taking_numbers() -> None:
    index = SpecIndex(SCROLL)
    paging = query_paging(index, index.operations[0])
    assert paging is not None
    assert (paging.style, paging.cursor, paging.next_path) == ("cursor", "offset", ("result", "next_page_offset"))
    assert paging.numeric_cursor


SCRIPT = """
import json
import uuid as uuids
import httpx
from aiwyn_client import Aiwyn
uuid = "5c56c793-69f3-4fbf-87e6-c4bf54c28c26"
ids = [1, 2, uuid, 4, 5]
sent = []
def handler(request):
    body = json.loads(request.read())
    sent.append(body.get("offset"))
    start = 0 if body.get("offset") is None else ids.index(body["offset"])
    page = ids[start:start + body["limit"]]
    following = ids[start + body["limit"]] if start + body["limit"] < len(ids) else None
    points = [{"id": each, "payload": {}} for each in page]
    return httpx.Response(200, json={"result": {"points": points, "next_page_offset": following}})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    got = [point.id for point in client.points.iter_scroll(page_size=2)]
assert got == [1, 2, uuids.UUID(uuid), 4, 5], got  # each point once, its id typed
assert sent == [None, uuid, 5], sent  # a UUID as text, a number as a number ("5" would be refused)
print("ok")
"""


def test_the_scroll_reads_every_point_once_sending_each_offset_as_the_body_gave_it(tmp_path: Path) -> None:
    run_against_build(SCROLL, SCRIPT, tmp_path)
