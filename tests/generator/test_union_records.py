"""A list whose records are of several kinds (Asana's ``/memberships``: ``data`` is an array of
``anyOf`` goal, project and portfolio memberships; PagerDuty's ``/log_entries``: an array whose items
are an inline ``oneOf`` of eighteen kinds of log entry) gets an iterator of their union, as it gets
one of a single model; where before it got none and the build named it a gap."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.resources import resources
from generator.spec import SpecIndex
from tests.support.descriptions import settings_for

MEMBERSHIP = {
    "anyOf": [{"$ref": "#/components/schemas/GoalMembership"}, {"$ref": "#/components/schemas/TeamMembership"}]
}


@pytest.mark.parametrize("items", [{"$ref": "#/components/schemas/Membership"}, MEMBERSHIP], ids=["named", "inline"])
def test_records_of_several_kinds_are_iterated_as_their_union(tmp_path: Path, items: dict[str, Any]) -> None:
    params = [
        {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}},
        {"name": "offset", "in": "query", "schema": {"type": "string"}},
    ]
    page = {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": items},
            "next_page": {"type": "object", "nullable": True, "properties": {"offset": {"type": "string"}}},
        },
    }
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": page}}}}
    spec = {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/memberships": {"get": {"operationId": "getMemberships", "parameters": params, "responses": ok}}},
        "components": {
            "schemas": {
                "Membership": MEMBERSHIP,
                "GoalMembership": {
                    "type": "object",
                    "properties": {"gid": {"type": "string"}, "goal": {"type": "string"}},
                },
                "TeamMembership": {
                    "type": "object",
                    "properties": {"gid": {"type": "string"}, "team": {"type": "string"}},
                },
            }
        },
    }
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    settings = settings_for(path)
    index = SpecIndex.from_settings(settings)
    found, models, _ = resources(settings, index)
    method = found[0].methods[0]
    assert method.paging is not None
    assert (method.paging.style, method.paging.item_class) == ("cursor", "GoalMembership | TeamMembership")
    assert {"GoalMembership", "TeamMembership"} <= method.model_names  # imported by the resource module
    assert not [n for n in index.normalised if "has no iterator" in n]
