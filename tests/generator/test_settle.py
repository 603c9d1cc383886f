"""Settling clashes of class names: a family of clashes in one parse, not one parse per member.

openapi-python-client names an inline model after its holder and its title, so inline models of
one holder that share a title all derive one class name; its parse stops a model at its first
clash, so it reports one member of such a family at a time. A description whose every
``capabilities`` entry is titled ``capability_param`` (Stripe's shape) settles in one round here,
as do a family met only through unions (reported as "Invalid property in union") and a moved
schema whose title names a class already taken. The parses are counted as the build runs them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import build
from generator.settings import Settings
from generator.spec import SpecIndex

CAPABILITY = {"title": "capability_param", "type": "object", "properties": {"requested": {"type": "boolean"}}}
KINDS = ("bank", "card", "crypto", "wallet")


def _description(schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    """One component and one operation's inline body, each holding four models titled alike."""
    capabilities = {"type": "object", "properties": {kind: dict(CAPABILITY) for kind in KINDS}}
    account = {"type": "object", "properties": {"id": {"type": "string"}, "capabilities": capabilities}}
    body = {"type": "object", "properties": {"capabilities": json.loads(json.dumps(capabilities))}}
    ok = {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Account"}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Families", "version": "1.0.0"},
        "paths": {
            "/accounts": {
                "get": {"operationId": "getAccount", "responses": {"200": ok}},
                "post": {
                    "operationId": "postAccount",
                    "requestBody": {"content": {"application/json": {"schema": body}}},
                    "responses": {"200": ok},
                },
            }
        },
        "components": {"schemas": schemas or {"Account": account}},
    }


def _settled(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, description: dict[str, Any] | None = None
) -> tuple[SpecIndex, list[str], int]:
    """The description settled as the build settles it; with the parses that took."""
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(description or _description()), encoding="utf-8")
    ours = Settings({**settings.with_options(spec=path).raw, "resources": {"uncountable": [], "overrides": {}}})
    parses = []
    parse = build.parsed_description
    monkeypatch.setattr(build, "parsed_description", lambda *args: parses.append(1) or parse(*args))
    index = SpecIndex.from_settings(ours)
    lines = build.apply_warnings_policy(ours, index)
    return index, lines, len(parses)


def test_a_family_of_models_titled_alike_settles_in_one_round(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index, lines, parses = _settled(settings, tmp_path, monkeypatch)
    assert parses == 2  # one that reports a member of each family, one that finds nothing left (was 10)
    assert lines == [] and not index.dropped
    schemas = index.spec["components"]["schemas"]
    held = schemas["Account"]["properties"]["capabilities"]["properties"]
    names = ["AccountCapabilitiesCapabilityParam", *(f"AccountCapabilitiesCapabilityParam{n}" for n in (2, 3, 4))]
    assert [held[kind] for kind in KINDS] == [{"$ref": f"#/components/schemas/{name}"} for name in names]
    assert [schemas[name]["title"] for name in names] == names  # its class is its key, not its title again
    assert (
        "#/components/schemas/Account/properties/capabilities: 4 inline schemas titled 'capability_param' would each "
        "make a class named AccountCapabilitiesCapabilityParam: moved them into components as "
        "AccountCapabilitiesCapabilityParam, AccountCapabilitiesCapabilityParam2 ... "
        "AccountCapabilitiesCapabilityParam4, each titled after its key"
    ) in index.normalised


def test_the_family_in_an_operation_s_body_settles_in_the_same_round(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index, _, _ = _settled(settings, tmp_path, monkeypatch)
    body = index.spec["paths"]["/accounts"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    held = body["properties"]["capabilities"]["properties"]
    assert all(set(held[kind]) == {"$ref"} for kind in KINDS)


def test_a_family_met_through_unions_is_settled_not_dropped(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each option is `anyOf: [{title: opt_param, ...}, ""]` (Stripe's payment_method_options): the
    # clash of the second is reported only as "Invalid property in union", and the schema dropped.
    option = {"anyOf": [{**CAPABILITY, "title": "opt_param"}, {"type": "string", "enum": [""]}]}
    options = {"type": "object", "properties": {kind: json.loads(json.dumps(option)) for kind in KINDS}}
    intent = {"type": "object", "properties": {"id": {"type": "string"}, "options": options}}
    index, lines, parses = _settled(settings, tmp_path, monkeypatch, _description({"Account": intent}))
    assert parses == 2
    assert lines == [] and not index.dropped
    held = index.spec["components"]["schemas"]["Account"]["properties"]["options"]["properties"]
    assert [held[kind]["anyOf"][0] for kind in KINDS] == [
        {"$ref": f"#/components/schemas/AccountOptionsOptParam{n}"} for n in ("", "2", "3", "4")
    ]


RANGE = {  # Stripe's created, due_date, ...: one shape titled alike in many operations
    "anyOf": [
        {"title": "range_query_specs", "type": "object", "properties": {"gt": {"type": "integer"}}},
        {"type": "integer"},
    ]
}


def test_a_moved_schema_whose_title_names_a_class_taken_is_titled_after_its_key_in_the_same_round(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ranges = [{"name": name, "in": "query", "schema": RANGE} for name in ("created", "due")]
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}}}
    description = {
        "openapi": "3.0.3",
        "info": {"title": "Ranges", "version": "1.0.0"},
        "paths": {
            f"/{kind}": {"get": {"operationId": f"get{kind.title()}", "parameters": ranges, "responses": ok}}
            for kind in ("invoices", "orders")
        },
    }
    index, lines, parses = _settled(settings, tmp_path, monkeypatch, description)
    assert parses == 2  # was 4: the second range moved kept its title, and a parse refused it for that
    assert lines == [] and not index.dropped
    schemas = index.spec["components"]["schemas"]
    assert [schemas[key]["title"] for key in ("RangeQuerySpecs", "RangeQuerySpecs2")] == [
        "range_query_specs",
        "RangeQuerySpecs2",
    ]
    assert (
        "GET /orders: 2 inline schemas titled 'range_query_specs' are one: moved to #/components/schemas/"
        "RangeQuerySpecs2, titled RangeQuerySpecs2 (its title 'range_query_specs' names another class)"
    ) in index.normalised


def test_inline_models_titled_alike_in_an_all_of_answer_are_settled_not_dropped(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pipedrive's organization relationships answer ``allOf: [{success}, {rel_owner_org_id,
    rel_linked_org_id}]``, both titled ``relationshipOrganizationInfoItem``: only answers with
    properties of their own were moved into components, so three operations were dropped."""
    info = {"title": "relationshipOrganizationInfoItem", "type": "object", "properties": {"name": {"type": "string"}}}
    answer = {
        "allOf": [
            {"type": "object", "properties": {"success": {"type": "boolean"}}},
            {"type": "object", "properties": {"rel_owner_org_id": info, "rel_linked_org_id": dict(info)}},
        ]
    }
    ok = {"description": "ok", "content": {"application/json": {"schema": answer}}}
    description = _description()
    description["paths"] = {"/relationships": {"get": {"operationId": "getRelationship", "responses": {"200": ok}}}}
    index, lines, _ = _settled(settings, tmp_path, monkeypatch, description)
    assert lines == [] and not index.dropped


def test_settling_that_goes_round_in_circles_stops_and_says_so(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MoySklad's 348 components that only refer to one of their own class name were retitled back
    and forth for all 200 rounds (285 s) before the aliases were read as aliases; a settling that
    undoes an earlier one now ends the rounds at once."""
    flips = []

    def flip(spec: dict[str, Any], notes: list[str], *args: Any) -> bool:
        account = spec["components"]["schemas"]["Account"]
        account["title"] = "Account2" if account.get("title") != "Account2" else "Account"
        flips.append(account["title"])
        return True

    monkeypatch.setattr(build, "settle_family", lambda *args: False)
    monkeypatch.setattr(build, "settle_clash", flip)
    monkeypatch.setattr(build, "generator_warnings", lambda *args: [])
    parse = build.parsed_description
    monkeypatch.setattr(build, "parsed_description", lambda *args: _with_a_clash(parse(*args)))
    index, _, parses = _settled(settings, tmp_path, monkeypatch)
    assert parses <= 3, (parses, flips)  # two rounds, and the warnings read after; not 200
    assert "settling the class names went round in circles: the last parse is built" in index.normalised


def _with_a_clash(data: Any) -> Any:
    """A parse that reports a clash in every round."""
    from openapi_python_client.parser.errors import ParseError

    data.errors = [ParseError(header="a clash", detail="Duplicate models")]
    return data
