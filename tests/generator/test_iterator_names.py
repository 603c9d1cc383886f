"""An iterator is named apart from its resource's other methods: Hetzner's ``GET
/certificates/actions`` (``certificates.actions``, iterated by ``iter_actions``) beside ``GET
/certificates/{id}/actions`` (``certificates.list_actions``) made two ``iter_actions``, and the
package failed to build; the later is ``iter_list_actions``, and the build says so."""

from __future__ import annotations

import json
from pathlib import Path

from generator.resources import resources
from generator.spec import SpecIndex
from tests.support.descriptions import settings_for

PAGE = {
    "type": "object",
    "properties": {
        "actions": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer"}}}},
        "meta": {"type": "object", "properties": {"total_entries": {"type": "integer"}}},
    },
}
PARAMS = [
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
    {"name": "per_page", "in": "query", "schema": {"type": "integer"}},
]


def _list(operation_id: str, path_params: list[dict[str, object]]) -> dict[str, object]:
    ok = {"description": "ok", "content": {"application/json": {"schema": PAGE}}}
    return {"get": {"operationId": operation_id, "parameters": [*path_params, *PARAMS], "responses": {"200": ok}}}


def test_an_iterator_whose_name_another_takes_is_named_by_its_method(tmp_path: Path) -> None:
    record_id = [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}]
    paths = {f"/{kind}/actions": _list(f"list_{kind}_actions", []) for kind in ("certificates", "firewalls", "servers")}
    paths["/certificates/{id}/actions"] = _list("list_actions_for_certificate", record_id)
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths}))
    settings = settings_for(spec)
    index = SpecIndex.from_settings(settings)
    found, _, _ = resources(settings, index)
    certificates = next(r for r in found if r.name == "certificates")
    iterators = sorted(m.iterator for m in certificates.methods if m.paging)
    assert len(iterators) == len(set(iterators)) == 2, iterators
    assert any(n.endswith("its iterator is certificates.iter_list_actions") for n in index.normalised)
