"""Keywords beside a ``$ref``: a null allowed beside it, and object keywords, are read with it.

openapi-python-client reads a ``$ref`` alone. OpenAPI 3.1 applies what is written beside it, and
3.0 descriptions write it meaning it (Square's ``{$ref: Country, nullable: true}``, Front's create
bodies ``{$ref: Account, required: [name]}``, Lago's ``{$ref: AddOnBaseInput, required: [...]}``)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from generator.normalise import normalise
from tests.support.descriptions import described, run_against_build

REF = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
ADD_ON = {"type": "object", "properties": {"code": {"type": "string"}, "name": {"type": "string"}}}


def _json(schema: Any) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _description(thing: dict[str, Any], sent: Any, version: str = "3.0.3") -> dict[str, Any]:
    schemas = {"Thing": thing, "Ref": REF, "AddOn": ADD_ON}
    return described(
        {
            "openapi": version,
            "paths": {
                "/things": {
                    "post": {
                        "operationId": "createThing",
                        "requestBody": {"required": True, **_json(sent)},
                        "responses": {"201": {"description": "made", **_json({"$ref": "#/components/schemas/Thing"})}},
                    }
                }
            },
            "components": {"schemas": copy.deepcopy(schemas)},
        }
    )


def _thing(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "required": list(properties), "properties": properties}


def _ref(name: str, **beside: Any) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}", **beside}


def test_a_null_allowed_beside_a_reference_is_the_reference_or_null() -> None:
    thing = _thing(
        parent=_ref("Ref", nullable=True, description="The parent, if any."),
        owner=_ref("Ref", type=["object", "null"]),
        kept=_ref("Ref", description="Only described."),
    )
    result = normalise(_description(thing, _ref("AddOn")))
    found = result.spec["components"]["schemas"]["Thing"]["properties"]
    assert found["parent"] == {"anyOf": [_ref("Ref"), {"type": "null"}], "description": "The parent, if any."}
    assert found["owner"] == {"anyOf": [_ref("Ref"), {"type": "null"}]}
    assert found["kept"] == _ref("Ref", description="Only described.")  # nothing to read with it
    assert any("a null allowed beside a $ref is read as the reference or null" in note for note in result.changes)


def test_object_keywords_beside_a_reference_are_an_all_of_of_both() -> None:
    body = _ref("AddOn", required=["code", "name"], description="What to add.")
    found = normalise(_description(_thing(), body)).spec["paths"]["/things"]["post"]["requestBody"]
    schema = found["content"]["application/json"]["schema"]
    assert schema == {
        "allOf": [_ref("AddOn"), {"type": "object", "required": ["code", "name"]}],
        "description": "What to add.",
    }


def test_a_reference_inside_a_composition_is_left_as_it_is() -> None:
    """Its holder says what it is: a member of ``allOf``, ``anyOf`` or ``oneOf`` keeps its keywords."""
    thing = _thing(either={"oneOf": [_ref("Ref", nullable=True), {"type": "string"}]})
    spec = normalise(_description(thing, _ref("AddOn"))).spec
    assert spec["components"]["schemas"]["Thing"]["properties"]["either"]["oneOf"][0] == _ref("Ref", nullable=True)


SCRIPT = """
import typing
import httpx
from aiwyn_client import Aiwyn, models
def handler(request):
    return httpx.Response(201, json={"parent": None, "owner": {"id": "o"}})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    try:
        client.things.create(code="c")
    except TypeError as error:
        assert "name" in str(error), error
    else:
        raise AssertionError("create() took a body without the name it requires")
    thing = client.things.create(code="c", name="n")
assert thing.parent is None and thing.owner.id == "o", thing
hints = typing.get_type_hints(models.Thing)
assert hints["parent"] == models.Ref | None and hints["owner"] == models.Ref, hints
print("ok")
"""


def test_the_client_types_the_null_and_requires_the_fields(tmp_path: Path) -> None:
    """``thing.parent`` is typed ``Ref | None``; ``things.create()`` requires the add-on's code
    and name; mypy passes the package (the build's own check)."""
    thing = _thing(parent=_ref("Ref", nullable=True), owner=_ref("Ref"))
    body = _ref("AddOn", required=["code", "name"])
    run_against_build(_description(thing, body, "3.1.0"), SCRIPT, tmp_path, verify=True)
