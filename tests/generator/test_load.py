"""Reading descriptions: YAML as its JSON form would be, and one line for anything unreadable."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import yaml

from generator.load import (
    LEFT_OUT,
    UNRESOLVED,
    JsonLikeLoader,
    LoadError,
    load_description,
    load_document,
    loads,
    references,
)
from generator.spec import SpecError, SpecIndex, load_spec

UNQUOTED = """\
openapi: 3.0.3
info: {title: Dates, version: 1.0.0}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        200:
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  day: {type: string, format: date, example: 2024-01-01}
                  at: {type: string, format: date-time, example: 2024-01-01T10:00:00Z}
                  level: {type: integer, enum: [1, 2], x-enum-descriptions: {1: low, 2: high}}
        404: {description: missing}
"""


def _write(tmp_path: Path, text: str, name: str = "openapi.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_yaml_is_read_with_json_types(tmp_path: Path) -> None:
    spec = load_spec(_write(tmp_path, UNQUOTED))
    responses = spec["paths"]["/things"]["get"]["responses"]
    assert list(responses) == ["200", "404"]  # integer keys are strings, as in JSON
    props = responses["200"]["content"]["application/json"]["schema"]["properties"]
    assert props["day"]["example"] == "2024-01-01"  # a string, not a date
    assert props["at"]["example"] == "2024-01-01T10:00:00Z"
    assert props["level"]["x-enum-descriptions"] == {"1": "low", "2": "high"}
    assert props["level"]["enum"] == [1, 2]  # values keep their types; only keys become strings
    json.dumps(spec)  # the description writes out as JSON
    index = SpecIndex(spec)
    assert index.operations[0].success_status == "200"


def test_every_kind_of_key_becomes_a_string() -> None:
    assert loads("{1: a, 1.5: b, true: c, null: d, 2024-01-01: e}") == {
        "1": "a",
        "1.5": "b",
        "true": "c",
        "null": "d",
        "2024-01-01": "e",
    }
    assert loads("a: &x {k: 1}\nb: {<<: *x, m: 2}") == {"a": {"k": 1}, "b": {"k": 1, "m": 2}}  # merge keys


def test_scalars_are_read_by_yaml_1_2_as_json_tools_read_them() -> None:
    values = loads("[on, off, yes, no, true, False, 12:30, 010, 0x1F, 0o17, 1.5, .5, ~, null, 2024-01-01]")
    assert values == ["on", "off", "yes", "no", True, False, "12:30", 10, 31, 15, 1.5, 0.5, None, None, "2024-01-01"]


def test_a_scalar_of_an_explicit_tag_is_its_text_and_a_collection_json_cannot_hold_is_one_line() -> None:
    """SAP's example ``DEBITCREDITCODE: !!binary AA==`` was read as bytes, and the build stopped on
    "Object of type bytes is not JSON serializable", naming no place."""
    assert loads("a: !!binary |-\n  AA==\nb: !!timestamp 2024-01-01\nc: !!str 12\n") == {
        "a": "AA==",
        "b": "2024-01-01",
        "c": "12",
    }
    with pytest.raises(LoadError, match=r"d.yaml: line 2, column 6: not YAML or JSON \(a !!set value, which JSON"):
        loads("x:\n  y: !!set {a, b}\n", "d.yaml")


def test_the_c_loader_is_used_when_built() -> None:
    if getattr(yaml, "CSafeLoader", None) is None:
        pytest.skip("PyYAML built without libyaml")
    assert issubclass(JsonLikeLoader, yaml.CSafeLoader)


def test_json_is_read_with_json(tmp_path: Path) -> None:
    path = _write(tmp_path, '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}', "d.json")
    assert load_description(path)["openapi"] == "3.1.0"
    bad = _write(tmp_path, '{"openapi": }', "bad.json")
    with pytest.raises(LoadError, match=r"bad.json: line 1, column 13: not JSON"):
        load_document(bad)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("broken.yaml", "openapi: 3.0.0\npaths: [\n", r"broken.yaml: line 3, column 1: not YAML or JSON"),
        ("list.yaml", "- a\n- b\n", r"list.yaml: not an OpenAPI description \(the document is not a mapping\)"),
        ("other.yaml", "name: x\n", r"other.yaml: not an OpenAPI description"),
        (
            "swagger.yaml",
            "swagger: '1.2'\ninfo: {title: t, version: '1'}\npaths: {}\n",
            r"swagger.yaml: Swagger 1.2 is not supported \(Swagger 2.0, OpenAPI 3.0, 3.1 and 3.2 only\)",
        ),
        ("old.yaml", "openapi: 2.5.0\npaths: {}\n", r"old.yaml: OpenAPI 2.5.0 is not supported"),
        ("binary.yaml", b"\xff\xfe\x00garbage", r"binary.yaml: not UTF-8 text"),
        (
            "dangling.yaml",
            """\
            openapi: 3.0.0
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  responses:
                    '200': {$ref: '#/components/responses/Gone'}
            """,
            r"dangling.yaml: dangling \$ref '#/components/responses/Gone' at #/paths/~1a/get/responses/200: "
            "nothing is at that place",
        ),
        (
            "loop.yaml",
            """\
            openapi: 3.0.0
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                A: {$ref: '#/components/schemas/B'}
                B: {$ref: '#/components/schemas/A'}
            """,
            r"loop.yaml: circular \$ref at #/components/schemas/A: .* never reaches a schema",
        ),
        (
            "all-of-loop.yaml",
            """\
            openapi: 3.0.0
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                A: {allOf: [{$ref: '#/components/schemas/B'}, {type: object}]}
                B: {allOf: [{$ref: '#/components/schemas/A'}]}
                Tree: {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Tree'}}}}
            """,
            r"all-of-loop.yaml: circular allOf at #/components/schemas/B/allOf/0: #/components/schemas/A -> "
            r"#/components/schemas/B -> #/components/schemas/A \(a schema cannot be part of itself\)",
        ),
        (
            "external.yaml",
            """\
            openapi: 3.0.0
            info: {title: t, version: '1'}
            paths: {}
            components: {schemas: {A: {$ref: 'common.yaml#/Pet'}}}
            """,
            r"external.yaml: \$ref 'common.yaml#/Pet' at #/components/schemas/A points outside the file",
        ),
    ],
)
def test_what_is_not_a_description_is_one_line_naming_the_file(
    tmp_path: Path, name: str, text: str | bytes, message: str
) -> None:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    with pytest.raises(SpecError, match=message) as caught:
        load_spec(path)
    assert "\n" not in str(caught.value)


def test_a_recursive_schema_is_fine(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """\
        openapi: 3.0.0
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Tree: {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Tree'}}}}
            Leaf: {allOf: [{$ref: '#/components/schemas/Tree'}, {type: object}]}
        """,
    )
    assert set(load_description(path)["components"]["schemas"]) == {"Tree", "Leaf"}


def test_a_property_whose_reference_names_nothing_is_read_as_any_value(tmp_path: Path) -> None:
    """Square's catalog overrides name an enum its description lacks: those fields are of any type
    (marked, for the build's warning), the rest of the description is read as published."""
    path = _write(
        tmp_path,
        """\
        openapi: 3.0.0
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Override:
              type: object
              properties:
                on_by_default: {$ref: '#/components/schemas/ToggleType', description: 'YES, NO or NOT_SET'}
                choices: {type: array, items: {$ref: '#/components/schemas/ToggleType'}}
        """,
    )
    props = load_description(path)["components"]["schemas"]["Override"]["properties"]
    gone = "#/components/schemas/ToggleType"
    assert props["on_by_default"] == {"description": "YES, NO or NOT_SET", UNRESOLVED: gone}
    assert props["choices"] == {"type": "array", "items": {UNRESOLVED: gone}}


def test_a_property_named_ref_is_left_out_not_read_as_a_reference(tmp_path: Path) -> None:
    """Okta's and Kubernetes' JSON-schema models have a property named ``$ref``: every tool reads it
    as a reference whose value is no string, and the file was refused."""
    path = _write(
        tmp_path,
        """\
        openapi: 3.0.0
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Props:
              type: object
              required: [$ref, type]
              properties:
                $ref: {type: string}
                type: {type: string}
        """,
    )
    props = load_description(path)["components"]["schemas"]["Props"]
    assert props == {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"type": "string"}},
        LEFT_OUT: ["$ref"],
    }


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match=r"nowhere.yaml: no such file"):
        load_spec(tmp_path / "nowhere.yaml")


def test_references_inside_examples_are_not_followed(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """\
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Doc: {type: object, example: {$ref: 'not/a/ref'}}
        """,
    )
    assert load_description(path)["components"]["schemas"]["Doc"]["example"] == {"$ref": "not/a/ref"}
    assert references({"a": [{"$ref": "#/x"}]}) == [("#/a/0", "#/x")]


def test_a_reference_into_a_list_or_a_property_resolves() -> None:
    spec = {
        "openapi": "3.1.0",
        "paths": {},
        "components": {
            "schemas": {
                "V": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                "W": {"type": "object", "properties": {"a/b": {"type": "boolean"}}},
            }
        },
    }
    index = SpecIndex(spec)
    assert index.resolve({"$ref": "#/components/schemas/V/oneOf/1"}) == {"type": "integer"}
    assert index.resolve({"$ref": "#/components/schemas/W/properties/a~1b"}) == {"type": "boolean"}
    assert index.resolve({"$ref": "#/components/schemas/W/properties/a%7E1b"}) == {"type": "boolean"}
    with pytest.raises(SpecError, match="dangling reference '#/components/schemas/V/oneOf/5'"):
        index.resolve({"$ref": "#/components/schemas/V/oneOf/5"})
