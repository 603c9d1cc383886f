"""A body that is one of several models takes a mapping too, made the member it fits.

Gusto's ``POST /oauth/token`` sends a refresh request or a system access request; its method took
only their instances, and ``body={...}`` failed with "objects take their model or a mapping". A
mapping is now read as an answer's union is: the first member whose required keys it has and
whose enums list its values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.descriptions import SENDING, described, run_against_build


def _grant(kind: str, *required: str) -> dict[str, Any]:
    properties = {name: {"type": "string"} for name in required}
    return {
        "type": "object",
        "required": ["grant_type", *required],
        "properties": {"grant_type": {"type": "string", "enum": [kind]}, **properties},
    }


DESCRIPTION = described(
    {
        "paths": {
            "/oauth/token": {
                "post": {
                    "operationId": "createToken",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "oneOf": [
                                        {"$ref": "#/components/schemas/Refresh"},
                                        {"$ref": "#/components/schemas/SystemAccess"},
                                    ]
                                }
                            }
                        },
                    },
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}},
                }
            }
        },
        "components": {
            "schemas": {
                "Refresh": _grant("refresh_token", "client_id", "refresh_token"),
                "SystemAccess": _grant("system_access", "client_id"),
            }
        },
    }
)

SCRIPT = (
    SENDING
    + """
from aiwyn_client.errors import InvalidArgumentError
from aiwyn_client.models import Refresh, SystemAccess
client.tokens.create(body={"grant_type": "system_access", "client_id": "c"})
client.tokens.create(body={"grant_type": "refresh_token", "client_id": "c", "refresh_token": "r"})
client.tokens.create(body=SystemAccess.from_dict({"grant_type": "system_access", "client_id": "c"}))
try:
    client.tokens.create(body={"grant_type": "password"})
except InvalidArgumentError as exc:
    assert "fits none of Refresh, SystemAccess" in str(exc), exc
else:
    raise AssertionError("a mapping that fits no member was sent")
assert sent == [
    {"grant_type": "system_access", "client_id": "c"},
    {"grant_type": "refresh_token", "client_id": "c", "refresh_token": "r"},
    {"grant_type": "system_access", "client_id": "c"},
], sent
print("ok")
"""
)


def test_a_mapping_is_the_member_it_fits(tmp_path: Path) -> None:
    run_against_build(DESCRIPTION, SCRIPT, tmp_path, verify=True)
