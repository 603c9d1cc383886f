"""What Prism is given to serve: the description as published, unless Prism could not start on it.

Prism resolves every ``$ref``, even one inside an example (data, not description), and stops when
it cannot fetch one that points to the web; Square's custom attribute examples show a schema as
``{"$ref": "https://.../common.json#..."}``. Such examples are left out of a copy Prism serves
instead (it answers those responses from their schemas). Prism also stops on a property whose
``$ref`` names nothing, which the generator reads as any value: the copy has it so. Any other
description is served as its own file."""

from __future__ import annotations

import json
from pathlib import Path

from generator.mock import served_description

FOREIGN = {"$ref": "https://schemas.example.test/common.json#String"}


def _write(tmp_path: Path, document: dict[str, object]) -> Path:
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_examples_that_point_to_another_file_are_left_out_of_what_prism_serves(tmp_path: Path) -> None:
    definition = {
        "type": "object",
        "properties": {"schema": {"type": "object"}},
        "example": {"key": "favorite", "schema": FOREIGN},
    }
    media = {"schema": {"$ref": "#/components/schemas/Definition"}, "examples": {"one": {"value": {"schema": FOREIGN}}}}
    ok = {"200": {"description": "ok", "content": {"application/json": media}}}
    document = {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/definitions": {"get": {"responses": ok}}},
        "components": {"schemas": {"Definition": definition}},
    }
    served = served_description(_write(tmp_path, document))
    assert served is not None
    assert "example" not in served["components"]["schemas"]["Definition"]
    assert served["paths"]["/definitions"]["get"]["responses"]["200"]["content"]["application/json"]["examples"] == {}
    assert served["components"]["schemas"]["Definition"]["properties"] == definition["properties"]


def test_a_property_whose_reference_names_nothing_is_served_as_the_generator_reads_it(tmp_path: Path) -> None:
    override = {"type": "object", "properties": {"on_by_default": {"$ref": "#/components/schemas/ToggleType"}}}
    document = {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Override": override}},
    }
    served = served_description(_write(tmp_path, document))
    assert served is not None
    assert "$ref" not in served["components"]["schemas"]["Override"]["properties"]["on_by_default"]


def test_a_description_without_such_examples_is_served_as_its_file(tmp_path: Path) -> None:
    local = {"type": "object", "example": {"schema": {"$ref": "#/components/schemas/Local"}}}
    document = {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Local": local}},
    }
    assert served_description(_write(tmp_path, document)) is None
