"""Two operations the path-and-kind rule gives one method name are both reached: the later one is
named by its operationId, and when that names the other's method too (PagerDuty describes its v3
schedule overrides beside the older ones: ``GET /v3/schedules/{id}/overrides``, operationId
``listOverrides``, and ``GET /schedules/{id}/overrides``), by it and the words of its path the
other's lacks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.resources import resources
from generator.spec import SpecIndex
from tests.support.descriptions import settings_for

OVERRIDE = {"type": "object", "properties": {"id": {"type": "string"}, "start": {"type": "string"}}}
OVERRIDES = {"type": "object", "properties": {"overrides": {"type": "array", "items": OVERRIDE}}}


def _list(operation_id: str) -> dict[str, Any]:
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": OVERRIDES}}}}
    param = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    return {"get": {"operationId": operation_id, "parameters": [param], "responses": ok}}


def test_an_operation_id_naming_the_taken_method_is_told_apart_by_its_path(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/schedules/{id}/overrides": _list("listScheduleOverrides"),
            "/v3/schedules/{id}/overrides": _list("listOverrides"),
        },
    }
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    settings = settings_for(path)
    index = SpecIndex.from_settings(settings)
    found, _, _ = resources(settings, index)
    names = {m.op.path: f"{r.name}.{m.name}" for r in found for m in r.methods}
    assert names == {
        "/schedules/{id}/overrides": "schedules.list_overrides",
        "/v3/schedules/{id}/overrides": "schedules.list_overrides_v3",
    }
    assert (
        "GET /v3/schedules/{id}/overrides: schedules.list_overrides is taken by GET /schedules/{id}/overrides; "
        "named schedules.list_overrides_v3" in index.normalised
    )
