"""Shapes a publisher's tooling gives a description (Redocly bundles, NestJS and FastAPI output):
each written here by hand, small, and read by the step that settles it.

The variant corpus (``tests/generator/variants``) builds our own description in the same shapes
end to end; these say what each step does with one shape, fast.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from generator.load import loads
from generator.normalise import normalise
from generator.spec import SpecError, SpecIndex, config_entry

OK = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
ID = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]


def _spec(paths: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "Case", "version": "1"}, "paths": paths}


def _ids(spec: dict[str, Any]) -> dict[str, str]:
    return {f"{m.upper()} {p}": op["operationId"] for p, item in spec["paths"].items() for m, op in item.items()}


def test_an_operation_id_an_earlier_operation_has_is_named_from_its_method_and_path() -> None:
    spec = _spec(
        {
            "/clients/{id}": {"get": {"operationId": "getById", "parameters": ID, "responses": OK}},
            "/contacts/{id}": {"get": {"operationId": "getById", "parameters": ID, "responses": OK}},
            "/staff/{id}": {
                "get": {"operationId": "get_by_id", "parameters": ID, "responses": OK}
            },  # one function name
            "/staff": {"get": {"responses": OK}},
        }
    )
    normalised = normalise(spec)
    assert _ids(normalised.spec) == {
        "GET /clients/{id}": "getById",
        "GET /contacts/{id}": "getContactsById",
        "GET /staff/{id}": "getStaffById",
        "GET /staff": "getStaff",
    }
    assert normalised.changes == [
        "GET /contacts/{id} has operationId 'getById' as GET /clients/{id} does: named it getContactsById",
        "GET /staff/{id} has operationId 'get_by_id' as GET /clients/{id} does: named it getStaffById",
        "GET /staff has no operationId: named it getStaff",
    ]


def test_a_derived_operation_id_never_takes_one_the_description_gives() -> None:
    spec = _spec(
        {
            "/a": {"get": {"responses": OK}, "post": {"operationId": "getA", "responses": OK}},
            "/b": {"get": {"operationId": "getA", "responses": OK}},
        }
    )
    assert _ids(normalise(spec).spec) == {"GET /a": "getA2", "POST /a": "getA", "GET /b": "getB"}


def test_a_config_entry_names_an_operation_whose_path_the_description_ends_in_a_slash() -> None:
    spec = _spec({"/clients/": {"get": {"operationId": "listClients", "responses": OK}}})
    index = SpecIndex(spec, {"GET /clients": {"resource": "customers"}, "GET /staff": {"method": "all"}})
    assert index.override("listClients", "get", "/clients/") == {"resource": "customers"}
    assert index.unknown_overrides() == ["GET /staff"]
    assert config_entry({"GET /clients/": 1, "GET /clients": 2}, "x", "get", "/clients/") == 1  # its own spelling first


# What `redocly bundle --dereferenced` writes for a list whose `where` contains itself: components
# kept, every $ref replaced by a copy, a repeated part an alias of its first place, the recursive
# part an alias of one of its own ancestors.
DEREFERENCED = """
openapi: 3.1.0
info: {title: Case, version: '1'}
paths:
  /things/search:
    post:
      operationId: searchThings
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                where:
                  type: object
                  properties: &where_fields
                    _and:
                      type: array
                      items:
                        type: object
                        properties: *where_fields
                    name: {type: string}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  things:
                    type: array
                    items: &thing
                      type: object
                      properties:
                        id: {type: integer}
                        kind: &kind {type: string, enum: [a, b]}
                  first:
                    description: The first thing.
                    type: object
                    properties: {id: {type: integer}, kind: *kind}
components:
  schemas:
    Search:
      type: object
      properties:
        where:
          type: object
          properties: *where_fields
    Where:
      type: object
      properties: *where_fields
    Thing: *thing
    Kind: *kind
    Name: {type: string}
"""


def test_a_dereferenced_description_refers_to_its_components_again() -> None:
    index = SpecIndex(loads(DEREFERENCED))
    op = index.spec["paths"]["/things/search"]["post"]
    page = op["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
    assert page["things"]["items"] == {"$ref": "#/components/schemas/Thing"}
    assert page["first"] == {"$ref": "#/components/schemas/Thing", "description": "The first thing."}
    assert op["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Search"}
    schemas = index.spec["components"]["schemas"]
    assert schemas["Search"]["properties"]["where"] == {"$ref": "#/components/schemas/Where"}
    where = schemas["Where"]
    assert where["properties"]["_and"]["items"] == {"$ref": "#/components/schemas/Where"}  # no longer itself
    assert where["properties"]["name"] == {"type": "string"}  # a scalar makes no class: left as it is
    assert schemas["Thing"]["properties"]["kind"] == {"$ref": "#/components/schemas/Kind"}
    assert index.normalised[0] == (
        "a dereferenced description: 6 inline copies of 4 component schemas referred to them again "
        "(Kind, Search, Thing, Where)"
    )
    json.dumps(index.spec)  # a tree again


RECURSION = """
                    _and:
                      type: array
                      items:
                        type: object
                        properties: *where_fields"""


REFERENCED = ("items: &thing", "items: {$ref: '#/components/schemas/Name'}\n                    x-was: &thing")
"""The records a ``$ref`` (the description is not dereferenced), Thing's copy kept in an extension."""


def test_a_description_with_references_keeps_its_inline_schemas() -> None:
    assert RECURSION in DEREFERENCED
    text = DEREFERENCED.replace(RECURSION, "").replace(*REFERENCED)
    index = SpecIndex(loads(text))
    page = index.spec["paths"]["/things/search"]["post"]["responses"]["200"]["content"]["application/json"]
    assert page["schema"]["properties"]["first"]["properties"]["id"] == {"type": "integer"}
    assert "type" in page["schema"]["properties"]["first"]  # a copy of Thing, but not dereferenced: kept
    assert not any("dereferenced" in note for note in index.normalised)


def test_a_part_that_contains_itself_where_no_component_names_it_is_refused_in_one_line() -> None:
    for text in (DEREFERENCED.split("components:")[0], DEREFERENCED.replace(*REFERENCED)):
        with pytest.raises(SpecError) as refused:
            SpecIndex(loads(text))
        assert re.fullmatch(
            r"#/(paths/~1things~1search/post/requestBody/content/application~1json/schema/properties/where|"
            r"components/schemas/Where)/properties/_and/items/properties contains itself \(a YAML alias of a part "
            r"around it\) and no component schema is a copy of it to refer to: bundle the description without "
            r"--dereferenced",
            str(refused.value),
        ), refused.value


def test_inline_records_of_a_description_without_components_are_named_after_their_array() -> None:
    thing = {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}
    page = {
        "type": "object",
        "properties": {"things": {"type": "array", "items": dict(thing)}, "total": {"type": "integer"}},
    }
    search = {"pageSize": {"type": "integer"}, "where": {"type": "object"}, "orderBy": {"type": "array", "items": {}}}

    def answer(schema: dict[str, Any]) -> dict[str, Any]:
        return {
            "200": {"description": "ok", "content": {"application/json": {"schema": json.loads(json.dumps(schema))}}}
        }

    def body(properties: dict[str, Any]) -> dict[str, Any]:
        return {"content": {"application/json": {"schema": {"type": "object", "properties": properties}}}}

    spec = _spec(
        {
            "/things": {"get": {"operationId": "listThings", "responses": answer({"type": "array", "items": thing})}},
            "/things/search": {
                "post": {"operationId": "searchThings", "requestBody": body(search), "responses": answer(page)}
            },
            "/things/{id}": {"get": {"operationId": "getThing", "parameters": ID, "responses": answer(thing)}},
        }
    )
    index = SpecIndex(spec)
    assert index.normalised == [
        "GET /things: its records (things), an inline object, are the component Thing "
        "(2 copies elsewhere, referring to it)"
    ]
    assert index.spec["components"]["schemas"] == {"Thing": thing}
    search_op = next(op for op in index.operations if op.operation_id == "searchThings")
    assert index.page_items(search_op) == ("things", "Thing")
    got = index.spec["paths"]["/things/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
    assert got["schema"] == {"$ref": "#/components/schemas/Thing"}


def test_inline_records_beside_named_schemas_keep_their_inline_name() -> None:
    spec = _spec({"/things": {"get": {"operationId": "listThings", "responses": _array_of({"type": "object"})}}})
    spec["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["items"] = {
        "type": "object",
        "properties": {"id": {"$ref": "#/components/schemas/Id"}},
    }
    spec["components"] = {"schemas": {"Id": {"type": "integer"}}}
    index = SpecIndex(spec)
    assert index.normalised == [] and list(index.spec["components"]["schemas"]) == ["Id"]


def _array_of(items: dict[str, Any]) -> dict[str, Any]:
    schema = {"type": "array", "items": items}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def test_json_offered_after_text_twins_is_read_as_json() -> None:
    thing = {"schema": {"type": "object", "properties": {"id": {"type": "integer"}}}}
    twins = {"text/plain": thing, "application/json; charset=utf-8": thing, "text/json": thing}  # ASP.NET's

    def answer(content: dict[str, Any]) -> dict[str, Any]:
        return {"200": {"description": "ok", "content": dict(content)}}

    spec = _spec(
        {
            "/things": {
                "get": {"operationId": "listThings", "responses": answer(twins)},
                "post": {"operationId": "addThing", "requestBody": {"content": {"text/json": thing}}, "responses": OK},
            },
            "/things/{id}": {
                "get": {"operationId": "getThing", "parameters": ID, "responses": answer({"text/json": thing})}
            },
            "/problems": {
                "get": {"operationId": "getProblem", "responses": answer({"application/problem+json": thing})}
            },
        }
    )
    index = SpecIndex(spec)
    content = index.spec["paths"]["/things"]["get"]["responses"]["200"]["content"]
    assert list(content) == ["application/json; charset=utf-8", "text/plain", "text/json"]
    got = index.spec["paths"]["/things/{id}"]["get"]["responses"]["200"]["content"]
    assert list(got) == ["application/json"]
    assert list(index.spec["paths"]["/things"]["post"]["requestBody"]["content"]) == ["application/json"]
    assert index.normalised == [
        "GET /things 200: read as application/json; charset=utf-8, not text/plain",
        "GET /things/{id} 200: read as application/json, not text/json",
        "POST /things: the body is sent as application/json, not text/json",
    ]
    for op in [op for op in index.operations if op.method == "get"]:  # JSON however spelt: read, not bytes
        assert not op.binary and index.json_body_schema(op.raw["responses"]["200"]) == thing["schema"], op.label
