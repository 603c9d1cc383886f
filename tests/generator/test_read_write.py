"""readOnly and writeOnly: a property required on one side only is optional on the other.

OpenAPI's Schema Object: a required readOnly property is required in answers only, a required
writeOnly one in requests only. openapi-python-client reads neither mark, so ``create()`` asked
for what the server assigns (``id``, ``created_at``) and answers were typed as holding a password
they never hold. A schema both sent and read is sent as a copy (``PetInput``); nothing is left out,
since descriptions mark properties readOnly that requests must still give (PagerDuty's
references)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from generator.normalise import normalise
from tests.support.descriptions import described, run_against_build

PET = {
    "type": "object",
    "required": ["id", "name", "created_at", "password"],
    "properties": {
        "id": {"type": "integer", "readOnly": True},
        "name": {"type": "string"},
        "created_at": {"type": "string", "format": "date-time", "readOnly": True},
        "password": {"type": "string", "writeOnly": True},
    },
}
PET_REF = {"$ref": "#/components/schemas/Pet"}


def _json(schema: Any) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _description(schemas: dict[str, Any], sent: Any, read: Any) -> dict[str, Any]:
    return described(
        {
            "paths": {
                "/pets": {
                    "post": {
                        "operationId": "createPet",
                        "requestBody": {"required": True, **_json(sent)},
                        "responses": {"201": {"description": "created", **_json(read)}},
                    }
                }
            },
            "components": {"schemas": copy.deepcopy(schemas)},
        }
    )


def _required(spec: dict[str, Any], name: str) -> list[str]:
    return list(spec["components"]["schemas"][name].get("required", []))


def test_a_schema_both_sent_and_read_is_sent_as_a_copy() -> None:
    result = normalise(_description({"Pet": PET}, PET_REF, PET_REF))
    spec = result.spec
    assert _required(spec, "Pet") == ["id", "name", "created_at"]  # no answer holds the password
    assert _required(spec, "PetInput") == ["name", "password"]  # the server assigns id and created_at
    assert spec["paths"]["/pets"]["post"]["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/PetInput"
    }
    assert set(spec["components"]["schemas"]["PetInput"]["properties"]) == set(PET["properties"])  # still sendable
    assert (
        "#/components/schemas/Pet: sent as PetInput: its required readOnly properties (id, created_at) "
        "are optional in requests" in result.changes
    )


def test_a_schema_only_sent_or_only_read_is_changed_in_place() -> None:
    new_pet = {**PET, "title": "NewPet"}
    spec = normalise(
        _description({"NewPet": new_pet, "Pet": PET}, {"$ref": "#/components/schemas/NewPet"}, PET_REF)
    ).spec
    assert _required(spec, "NewPet") == ["name", "password"]
    assert _required(spec, "Pet") == ["id", "name", "created_at"]
    assert "NewPetInput" not in spec["components"]["schemas"] and "PetInput" not in spec["components"]["schemas"]


def test_a_required_list_in_one_all_of_member_is_read_with_what_the_others_declare() -> None:
    """PagerDuty's references: ``allOf: [{id, type (readOnly)}, {required: [type, id]}]``, and
    every reference to them (``ServiceReference``) sent as a copy too."""
    base = {"type": "object", "properties": {"id": {"type": "string", "readOnly": True}, "type": {"type": "string"}}}
    reference = {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "required": ["type", "id"]}]}
    incident = {"type": "object", "properties": {"service": {"$ref": "#/components/schemas/Reference"}}}
    incident_ref = {"$ref": "#/components/schemas/Incident"}
    schemas = {"Base": base, "Reference": reference, "Incident": incident}
    spec = normalise(_description(schemas, incident_ref, incident_ref)).spec
    found = spec["components"]["schemas"]
    assert found["ReferenceInput"]["allOf"][1]["required"] == ["type"]
    assert found["Reference"]["allOf"][1]["required"] == ["type", "id"]
    assert found["IncidentInput"]["properties"]["service"] == {"$ref": "#/components/schemas/ReferenceInput"}
    assert found["Incident"]["properties"]["service"] == {"$ref": "#/components/schemas/Reference"}


def test_inline_bodies_and_answers_and_titles() -> None:
    titled = {**PET, "title": "Pet"}
    spec = normalise(_description({"Pet": titled}, copy.deepcopy(PET), copy.deepcopy(PET))).spec
    post = spec["paths"]["/pets"]["post"]
    assert post["requestBody"]["content"]["application/json"]["schema"]["required"] == ["name", "password"]
    assert post["responses"]["201"]["content"]["application/json"]["schema"]["required"] == ["id", "name", "created_at"]
    spec = normalise(_description({"Pet": titled}, PET_REF, PET_REF)).spec
    assert spec["components"]["schemas"]["PetInput"]["title"] == "Pet Input"  # the class is named after its title


def test_a_description_without_the_marks_is_left_as_it_is() -> None:
    plain = {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}}
    spec = _description({"Pet": plain}, PET_REF, PET_REF)
    assert normalise(spec).spec == spec


SCRIPT = """
import json
import httpx
from aiwyn_client import Aiwyn
sent = []
def handler(request):
    sent.append(request.read())
    return httpx.Response(201, json={"id": 7, "name": "Rex", "created_at": "2026-01-02T03:04:05Z"})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    pet = client.pets.create(name="Rex", password="s3cret")
    assert "id: read-only: the server sets it" in type(client.pets).create.__doc__
assert pet.id == 7 and pet.name == "Rex", pet
assert [json.loads(body) for body in sent] == [{"name": "Rex", "password": "s3cret"}], sent
print("ok")
"""


def test_create_asks_only_for_what_the_client_gives(tmp_path: Path) -> None:
    """``pets.create(name=..., password=...)``: no id, no creation time; the answer without the
    password decodes, and mypy passes the package (the build's own check)."""
    run_against_build(_description({"Pet": PET}, PET_REF, PET_REF), SCRIPT, tmp_path, verify=True)
