"""An enum's members are named as the description names them, where it does so in another tool's
key: NSwag (ASP.NET) writes an integer enum's names in ``x-enumNames``, AutoRest in ``x-ms-enum``.
openapi-python-client reads only ``x-enum-varnames``, so ``status: 1`` was
``ClientStatus.VALUE_1`` where the description says ``Inactive``. Names that do not fit the values,
or that would make one member name, are not used."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.normalise import normalise
from tests.support.descriptions import described, run_against_build

NSWAG = {"type": "integer", "format": "int32", "enum": [0, 1, 2], "x-enumNames": ["Active", "Inactive", "Prospect"]}
AUTOREST = {
    "type": "string",
    "enum": ["a", "i"],
    "x-ms-enum": {"name": "Status", "values": [{"value": "i", "name": "Inactive"}, {"value": "a", "name": "Active"}]},
}


def _clients(status: dict[str, Any]) -> dict[str, Any]:
    """A description whose clients have a ``status`` of ``ClientStatus`` and are made by a POST."""
    client = {
        "type": "object",
        "properties": {"id": {"type": "integer"}, "status": {"$ref": "#/components/schemas/ClientStatus"}},
    }
    answer = {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Client"}}}}
    request = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Client"}}}}
    return described(
        {
            "paths": {
                "/clients": {
                    "post": {"operationId": "createClient", "requestBody": request, "responses": {"201": answer}}
                }
            },
            "components": {"schemas": {"ClientStatus": status, "Client": client}},
        }
    )


def _names(status: dict[str, Any]) -> Any:
    return normalise(_clients(status)).spec["components"]["schemas"]["ClientStatus"].get("x-enum-varnames")


def test_nswag_and_autorest_names_are_the_members_names() -> None:
    assert _names(NSWAG) == ["Active", "Inactive", "Prospect"]
    assert _names(AUTOREST) == ["Active", "Inactive"]  # in the enum's order, by value
    assert _names({**NSWAG, "x-enumNames": ["In progress", "2nd", "Done!"]}) == ["In_progress", "VALUE_2nd", "Done"]


def test_names_that_do_not_fit_are_not_used() -> None:
    assert _names({**NSWAG, "x-enumNames": ["Active", "Inactive"]}) is None  # one short
    assert _names({**NSWAG, "x-enumNames": ["Active", "active", "Prospect"]}) is None  # one member name twice
    assert _names({**NSWAG, "x-enumNames": ["Active", None, "Prospect"]}) is None


SCRIPT = """
import httpx
from aiwyn_client import Aiwyn
from aiwyn_client.models import ClientStatus
sent = []
def handler(request):
    sent.append(request.content)
    return httpx.Response(201, json={"id": 7, "status": 1})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    made = client.clients.create(status=ClientStatus.PROSPECT)
assert made.status is ClientStatus.INACTIVE, made.status
assert sent == [b'{"status":2}'], sent
"""


def test_a_value_decodes_to_its_named_member_and_a_member_sends_its_value(tmp_path: Path) -> None:
    run_against_build(_clients(NSWAG), SCRIPT, tmp_path, verify=True)
