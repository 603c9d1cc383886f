"""Spec diff classification on pairs of small fixtures, and `make regen` end to end in a copy."""

from __future__ import annotations

import copy
import datetime
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import diff
from generator.regen import RegenError, bumped, regen
from generator.settings import Settings
from generator.spec import SpecIndex, load_spec

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "listThings",
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingQuery"}}}
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingList"}}},
                    }
                },
            }
        },
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            "ThingQuery": {
                "type": "object",
                "properties": {
                    "pageSize": {"type": "integer", "minimum": 1, "maximum": 1000},
                    "status": {"type": "string", "enum": ["OPEN", "CLOSED"]},
                },
            },
            "ThingList": {
                "type": "object",
                "properties": {"things": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}},
            },
            "Thing": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "name": {"type": "string"},
                    "amount": {"type": "number"},
                    "kind": {"type": "string", "enum": ["A", "B"]},
                },
            },
        }
    },
}


def _changed(mutate: Callable[[dict[str, Any]], None]) -> list[diff.Change]:
    new = copy.deepcopy(BASE)
    mutate(new)
    return diff.diff(SpecIndex(copy.deepcopy(BASE)), SpecIndex(new))


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def test_no_changes() -> None:
    assert _changed(lambda spec: None) == []
    assert diff.bump_for([]) is None


def test_an_operation_removed_is_breaking() -> None:
    changes = _changed(lambda spec: spec["paths"].pop("/things/{id}"))
    assert [(c.kind, c.scope, c.breaking) for c in changes] == [("removed", "operation", True)]
    assert diff.bump_for(changes) == "major"


def test_an_operation_added_is_not() -> None:
    def add(spec: dict[str, Any]) -> None:
        spec["paths"]["/other/{id}"] = copy.deepcopy(spec["paths"]["/things/{id}"])
        spec["paths"]["/other/{id}"]["get"]["operationId"] = "getOther"

    changes = _changed(add)
    assert [(c.kind, c.scope, c.breaking) for c in changes] == [("added", "operation", False)]
    assert diff.bump_for(changes) == "minor"


def test_a_response_field_added_is_not_breaking_and_removed_is() -> None:
    added = _changed(lambda spec: _schemas(spec)["Thing"]["properties"].update(note={"type": "string"}))
    assert {(c.kind, c.scope, c.location.split(" ")[-1], c.breaking) for c in added} == {
        ("added", "response", "note", False),
        ("added", "response", "things[].note", False),
    }
    removed = _changed(lambda spec: _schemas(spec)["Thing"]["properties"].pop("name"))
    assert all(c.kind == "removed" and c.breaking for c in removed) and len(removed) == 2


def test_a_type_change_is_breaking() -> None:
    changes = _changed(lambda spec: _schemas(spec)["Thing"]["properties"]["amount"].update(type="string"))
    assert changes and all(c.breaking and "type number -> string" in c.detail for c in changes)


def test_enum_values_added_and_removed() -> None:
    added = _changed(lambda spec: _schemas(spec)["Thing"]["properties"]["kind"]["enum"].append("C"))
    assert added and all(not c.breaking and "enum value 'C' added" in c.detail for c in added)
    removed = _changed(lambda spec: _schemas(spec)["ThingQuery"]["properties"]["status"]["enum"].remove("CLOSED"))
    assert [(c.scope, c.breaking, c.detail) for c in removed] == [("request", True, "enum value 'CLOSED' removed")]


def test_a_new_required_request_field_is_breaking_and_an_optional_one_is_not() -> None:
    def required(spec: dict[str, Any]) -> None:
        query = _schemas(spec)["ThingQuery"]
        query["properties"]["owner"] = {"type": "string"}
        query["required"] = ["owner"]

    changes = _changed(required)
    assert [(c.kind, c.scope, c.location, c.breaking) for c in changes] == [("added", "request", "owner", True)]
    optional = _changed(lambda spec: _schemas(spec)["ThingQuery"]["properties"].update(owner={"type": "string"}))
    assert [c.breaking for c in optional] == [False]


def test_a_tightened_limit_is_breaking_and_a_loosened_one_is_not() -> None:
    tighter = _changed(lambda spec: _schemas(spec)["ThingQuery"]["properties"]["pageSize"].update(maximum=100))
    assert [(c.detail, c.breaking) for c in tighter] == [("maximum 1000 -> 100", True)]
    looser = _changed(lambda spec: _schemas(spec)["ThingQuery"]["properties"]["pageSize"].update(minimum=0))
    assert [(c.detail, c.breaking) for c in looser] == [("minimum 1 -> 0", False)]


def test_a_parameter_becoming_a_string_is_breaking() -> None:
    def change(spec: dict[str, Any]) -> None:
        spec["paths"]["/things/{id}"]["get"]["parameters"][0]["schema"] = {"type": "string"}

    changes = _changed(change)
    assert [(c.scope, c.location, c.breaking) for c in changes] == [("parameter", "path:id", True)]


def test_reports_in_markdown_and_json() -> None:
    changes = _changed(lambda spec: spec["paths"].pop("/things/{id}"))
    report = diff.to_markdown(changes)
    assert "1 breaking, 0 other; version bump: major." in report
    assert "- GET /things/{id} (getThing): operation removed" in report
    assert json.loads(diff.to_json(changes))["breaking"] is True


def test_the_cli_fails_on_breaking_only_when_asked(tmp_path: Path, settings: Settings) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(BASE), encoding="utf-8")
    changed = copy.deepcopy(BASE)
    changed["paths"].pop("/things/{id}")
    new.write_text(yaml.safe_dump(changed), encoding="utf-8")
    run = [sys.executable, "-m", "generator", "diff", str(old), str(new)]
    assert subprocess.run(run, cwd=settings.root, capture_output=True, check=False).returncode == 0
    failing = subprocess.run([*run, "--fail-on-breaking", "--format", "json"], cwd=settings.root, capture_output=True)
    assert failing.returncode == 1
    assert json.loads(failing.stdout)["bump"] == "major"


def test_version_bumps() -> None:
    assert bumped("1.4.2", "major") == "2.0.0"
    assert bumped("1.4.2", "minor") == "1.5.0"
    assert bumped("1.4.2", "patch") == "1.4.3"


# ---------------------------------------------------------------------- make regen, end to end
def _copy_of_the_repo(settings: Settings, into: Path) -> Settings:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=settings.root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for relative in listed:
        source = settings.root / relative
        if source.is_file() and not relative.startswith(("node_modules/", ".venv/")):
            (into / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / relative)
    return Settings(settings.raw, root=into)


def _new_description(copied: Settings) -> Path:
    spec = load_spec(copied.spec_path)
    office = copy.deepcopy(spec["paths"]["/gql/v1/contact/{id}"])
    office["get"].update(operationId="getOfficeById", summary="Get office by ID", tags=["Office"])
    spec["paths"]["/gql/v1/office/{id}"] = office
    del spec["components"]["schemas"]["Client"]["properties"]["clientKey"]
    target = copied.root.parent / "new-aiwyn.yaml"
    target.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return target


SPEC_TESTS = f"{sys.executable} -m pytest -q -p no:cacheprovider tests/spec"


@pytest.mark.slow
def test_regen_end_to_end_bumps_major_and_records_both_changes(settings: Settings, tmp_path: Path) -> None:
    copied = _copy_of_the_repo(settings, tmp_path / "repo")
    outcome = regen(copied, spec=_new_description(copied), test_command=SPEC_TESTS, today=datetime.date(2026, 11, 24))
    assert (outcome.old_version, outcome.new_version) == ("1.0.0", "2.0.0")
    generated = copied.output_dir
    assert (generated / "aiwyn_client" / "api" / "office" / "get_office_by_id.py").is_file()
    resources = (generated / "aiwyn_client" / "resources" / "offices.py").read_text()
    assert "class OfficesResource(_rs.SyncAPIResource):" in resources
    assert ") -> _models.Contact:" in (generated / "aiwyn_client" / "resources" / "contacts.py").read_text()
    assert 'version = "2.0.0"' in (generated / "pyproject.toml").read_text()
    assert (generated / "aiwyn_client" / "_version.py").read_text().endswith('__version__ = "2.0.0"\n')
    assert "client_key" not in (generated / "aiwyn_client" / "models" / "client.py").read_text()
    changelog = (copied.root / "CHANGELOG.md").read_text()
    assert changelog.startswith("# Changelog")
    assert changelog.index("## 2.0.0 (2026-11-24)") < changelog.index("## 1.0.0")
    assert "GET /gql/v1/office/{id} (getOfficeById): operation added" in changelog
    assert "`200 clients[].clientKey` response field removed" in changelog
    assert "getOfficeById" in (copied.root / "docs" / "coverage.md").read_text()
    assert json.loads((copied.root / "build" / "regen" / "report.json").read_text())["bump"] == "major"


@pytest.mark.slow
def test_regen_refuses_to_bump_when_the_tests_fail(settings: Settings, tmp_path: Path) -> None:
    copied = _copy_of_the_repo(settings, tmp_path / "repo")
    changelog = (copied.root / "CHANGELOG.md").read_text()
    with pytest.raises(RegenError, match="the tests failed"):
        regen(copied, spec=_new_description(copied), test_command=f'{sys.executable} -c "raise SystemExit(3)"')
    assert 'version = "1.0.0"' in (copied.output_dir / "pyproject.toml").read_text()
    assert (copied.root / "CHANGELOG.md").read_text() == changelog


def test_a_path_that_only_gains_a_trailing_slash_is_the_same_operation() -> None:
    changes = _changed(lambda spec: spec["paths"].update({"/things/": spec["paths"].pop("/things")}))
    assert [(c.kind, c.operation, c.detail, c.breaking) for c in changes] == [
        ("changed", "POST /things/ (listThings)", "path /things -> /things/", False)
    ]


def test_a_tag_that_moves_an_operations_function_is_breaking_and_an_emoji_before_it_is_not() -> None:
    def tag(name: str) -> Callable[[dict[str, Any]], None]:
        return lambda spec: spec["paths"]["/things/{id}"]["get"].update(tags=[name])

    old = copy.deepcopy(BASE)
    tag("Things")(old)
    assert diff.diff(SpecIndex(copy.deepcopy(old)), SpecIndex(_with(old, tag("📦 Things")))) == []
    moved = diff.diff(SpecIndex(copy.deepcopy(old)), SpecIndex(_with(old, tag("Stock & Things"))))
    assert [(c.detail, c.breaking) for c in moved] == [
        ("tag 'Things' -> 'Stock & Things': its function moves from api.things to api.stock_things", True)
    ]


def _with(spec: dict[str, Any], mutate: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    new = copy.deepcopy(spec)
    mutate(new)
    return new


def test_a_parameter_moved_to_its_path_item_is_no_change() -> None:
    def move(spec: dict[str, Any]) -> None:
        item = spec["paths"]["/things/{id}"]
        item["parameters"] = item["get"].pop("parameters")

    assert _changed(move) == []
