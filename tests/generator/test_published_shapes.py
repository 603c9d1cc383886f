"""Shapes a publisher's tooling gives a description (Redocly bundles, NestJS and FastAPI output):
each written here by hand, small, and read by the step that settles it.

The variant corpus (``tests/generator/variants``) builds our own description in the same shapes
end to end; these say what each step does with one shape, fast.
"""

from __future__ import annotations

from typing import Any

from generator.normalise import normalise
from generator.spec import SpecIndex, config_entry

OK = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}


def _spec(paths: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "Case", "version": "1"}, "paths": paths}


def _ids(spec: dict[str, Any]) -> dict[str, str]:
    return {f"{m.upper()} {p}": op["operationId"] for p, item in spec["paths"].items() for m, op in item.items()}


def test_an_operation_id_an_earlier_operation_has_is_named_from_its_method_and_path() -> None:
    spec = _spec(
        {
            "/clients/{id}": {"get": {"operationId": "getById", "responses": OK}},
            "/contacts/{id}": {"get": {"operationId": "getById", "responses": OK}},
            "/staff/{id}": {"get": {"operationId": "get_by_id", "responses": OK}},  # the same function name
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
