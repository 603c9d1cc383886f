"""The bundled description: valid OpenAPI, examples that obey their schemas, provenance marks,
and every operation recovered in ../shared/aiwyn-api present with its documented method and path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.diff import flatten
from generator.settings import Settings
from generator.spec import SpecIndex

SETTINGS = Settings.load()
INDEX = SpecIndex.from_settings(SETTINGS)
SPEC_URI = "urn:aiwyn-spec"
SHARED_FACTS = SETTINGS.root.parent / "shared" / "aiwyn-api"


def test_spec_is_valid_openapi() -> None:
    validate(INDEX.spec)


def _pointer(parts: tuple[str, ...]) -> str:
    return "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _examples(node: Any, parts: tuple[str, ...] = ()) -> Iterator[tuple[str, str, Any]]:
    """(where, pointer of the schema the example belongs to, example) for every example."""
    if isinstance(node, Mapping):
        if "example" in node:
            if "schema" in node:  # a media type or a parameter: the example is of its schema
                yield _pointer(parts), _pointer((*parts, "schema")), node["example"]
            else:  # a schema: the example is of the schema itself
                yield _pointer(parts), _pointer(parts), node["example"]
        for key, value in node.items():
            if key != "example":
                yield from _examples(value, (*parts, str(key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _examples(value, (*parts, str(i)))


EXAMPLES = list(_examples(INDEX.spec))
REGISTRY: Registry[Any] = Registry().with_resource(
    SPEC_URI, Resource.from_contents(INDEX.spec, default_specification=DRAFT202012)
)


def test_the_spec_has_examples_to_check() -> None:
    assert len(EXAMPLES) > 100


@pytest.mark.parametrize(("where", "schema_pointer", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_matches_its_schema(where: str, schema_pointer: str, example: Any) -> None:
    validator = Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{schema_pointer}"}, registry=REGISTRY, format_checker=FormatChecker()
    )
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(example)]
    assert not errors, f"example at {where} does not match its schema:\n" + "\n".join(errors)


def test_every_operation_carries_provenance() -> None:
    for op in INDEX.operations:
        assert op.raw.get("x-aiwyn-provenance") in ("documented", "inferred"), op.operation_id


def test_every_operation_documents_the_error_statuses() -> None:
    for op in INDEX.operations:
        responses = op.raw["responses"]
        missing = {"400", "401", "403", "404", "422", "429", "500"} - set(map(str, responses))
        assert not missing, f"{op.operation_id} lacks {sorted(missing)}"
        for status in ("400", "500"):
            content = INDEX.resolve(responses[status])["content"]["application/json"]
            assert "schema" in content


def test_bearer_auth_everywhere_but_the_token_exchange() -> None:
    assert INDEX.spec["security"] == [{"BearerAuth": []}]
    public = [op.operation_id for op in INDEX.operations if op.raw.get("security") == []]
    assert public == ["exchangeApiKeyForToken"]


# ---------------------------------------------------------------------- shared reference facts
def _recovered_operations() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for path in sorted(SHARED_FACTS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, list):
            found.extend(op for op in data if isinstance(op, dict) and op.get("path") and op.get("method"))
    return found


@pytest.mark.skipif(not SHARED_FACTS.is_dir(), reason="../shared/aiwyn-api is not beside this checkout")
def test_every_recovered_operation_is_in_the_spec() -> None:
    recovered = _recovered_operations()
    assert len(recovered) >= 25
    by_route = {(op.method.upper(), op.path): op for op in INDEX.operations}
    for fact in recovered:
        op = by_route.get((fact["method"].upper(), fact["path"]))
        assert op is not None, f"{fact['method']} {fact['path']} ({fact.get('slug')}) is missing"
        assert op.tag == fact["tag"], op.operation_id
        if fact.get("slug"):
            assert op.operation_id.lower() == fact["slug"], (fact["slug"], op.operation_id)


@pytest.mark.skipif(not SHARED_FACTS.is_dir(), reason="../shared/aiwyn-api is not beside this checkout")
def test_recovered_slugs_without_a_route_are_operations_too() -> None:
    ids = {op.operation_id.lower() for op in INDEX.operations}
    for path in sorted(SHARED_FACTS.glob("*.json")):
        for fact in json.loads(path.read_text(encoding="utf-8")):
            if isinstance(fact, dict) and fact.get("slug") and fact.get("kind") != "securityScheme":
                assert fact["slug"] in ids, f"{path.name}: {fact['slug']}"


def test_documented_draft_invoice_is_kept_exactly() -> None:
    props = INDEX.properties({"$ref": "#/components/schemas/DraftInvoice"})
    # The documented values exactly; a null allowed beside them is marked as inferred.
    for name, documented in [
        ("status", ["DRAFT", "UNDER_REVIEW", "APPROVED", "REJECTED", "CONVERTED"]),
        ("reviewStatus", ["NOT_STARTED", "IN_REVIEW", "PENDING_APPROVAL", "APPROVED", "REJECTED"]),
    ]:
        assert INDEX.resolve(INDEX.non_null(props[name]))["enum"] == documented
        assert "nullable" in props[name]["x-aiwyn-inferred"]
    assert props["proposedDueDate"]["format"] == "date-time"
    list_request = INDEX.properties({"$ref": "#/components/schemas/ListRequest"})
    assert (list_request["pageSize"]["minimum"], list_request["pageSize"]["maximum"]) == (1, 1000)
    assert list_request["pageSize"]["default"] == 50


def test_operation_ids_are_camel_case_and_unique() -> None:
    ids = [op.operation_id for op in INDEX.operations]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][A-Za-z0-9]*", i) for i in ids)


def test_servers_are_the_documented_three() -> None:
    urls = [s["url"] for s in INDEX.spec["servers"]]
    assert urls == [
        "https://demo.api.aiwyn.ai",
        "https://staging.api.aiwyn.app",
        "https://api.doc.aiwyn.ai/_mock/bundle",
    ]


def _has_field(schema: Any, dotted: str) -> bool:
    """Whether ``a.b.c`` names a property path in ``schema`` (arrays are looked through)."""
    return dotted in {path.replace("[]", "") for path in flatten(INDEX, schema)}


def _documented_fields() -> Iterator[tuple[str, str, str, Any]]:
    """(operation, where, field, schema) for every field listed in the recovered facts."""
    by_route = {(op.method.upper(), op.path): op for op in INDEX.operations}
    for fact in _recovered_operations():
        op = by_route[(fact["method"].upper(), fact["path"])]
        body = fact.get("requestBody") or {}
        for entry in body.get("fields", ()):
            yield op.operation_id, "request", entry["name"], INDEX.json_body_schema(op.raw.get("requestBody"))
        for status, response in (fact.get("responses") or {}).items():
            for entry in response.get("fields", ()):
                schema = INDEX.json_body_schema(op.raw["responses"][status])
                yield op.operation_id, f"response {status}", entry["name"], schema


@pytest.mark.skipif(not SHARED_FACTS.is_dir(), reason="../shared/aiwyn-api is not beside this checkout")
def test_every_recovered_field_is_in_the_spec() -> None:
    fields = list(_documented_fields())
    assert len(fields) > 150
    missing = [f"{op} {where}: {name}" for op, where, name, schema in fields if not _has_field(schema, name)]
    assert not missing, "\n".join(missing)
