"""JSON:API's ``page`` family: a list paged by ``page[size]`` and ``page[offset]`` (parameters of
their own), or by one deepObject parameter ``page: {limit, offset}`` (Unit's lists, sent as
``page[limit]=...&page[offset]=...``). Both are read from the description's structure as any other
query paging is: a bracketed member of ``page`` by what it names, an object parameter by its fields.
An object parameter that holds no paging field (a ``filter``) pages nothing, and parameters named
in brackets get the words they hold as their Python names (``filter_name``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.paging import query_paging
from generator.resources import resources
from generator.spec import SpecIndex
from tests.support.descriptions import settings_for

INTEGER = {"type": "integer"}
ITEMS = {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
ITEM = {"Item": {"type": "object", "properties": {"id": {"type": "string"}}}}


def _spec(parameters: list[dict[str, Any]], answer: dict[str, Any] | None = None) -> dict[str, Any]:
    """A description of ``GET /items`` taking ``parameters`` and answering ``answer``'s properties."""
    schema = {"type": "object", "properties": answer or {"data": ITEMS}}
    ok = {"description": "ok", "content": {"application/vnd.api+json": {"schema": schema}}}
    listing = {"get": {"operationId": "listItems", "parameters": parameters, "responses": {"200": ok}}}
    return {
        "openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/items": listing},
        "components": {"schemas": ITEM},
    }  # fmt: skip


def _query(name: str, schema: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema, **more}


def _paging(parameters: list[dict[str, Any]], answer: dict[str, Any] | None = None) -> Any:
    index = SpecIndex(_spec(parameters, answer))
    return query_paging(index, index.operations[0])


PAGE_OBJECT = {"type": "object", "properties": {"limit": {**INTEGER, "maximum": 1000}, "offset": INTEGER}}


def test_a_deep_object_holding_a_limit_and_an_offset_pages_by_offset_through_that_object() -> None:
    found = _paging([_query("page", PAGE_OBJECT, style="deepObject")])
    assert found is not None
    assert (found.style, found.holder, found.size, found.page) == ("offset", "page", "limit", "offset")


def test_a_deep_object_by_reference_is_read_through_it() -> None:
    spec = _spec([_query("page", {"$ref": "#/components/schemas/ListPageParameters"}, style="deepObject")])
    spec["components"]["schemas"]["ListPageParameters"] = PAGE_OBJECT
    index = SpecIndex(spec)
    found = query_paging(index, index.operations[0])
    assert found is not None and (found.style, found.holder) == ("offset", "page")


def test_an_object_parameter_with_no_paging_field_pages_nothing_and_plain_parameters_still_do() -> None:
    status = {"type": "object", "properties": {"status": {"type": "string"}}}
    assert _paging([_query("filter", status, style="deepObject")]) is None
    found = _paging([
        _query("filter", status, style="deepObject"), _query("limit", INTEGER), _query("offset", INTEGER)
    ])  # fmt: skip
    assert found is not None and (found.style, found.holder, found.size) == ("offset", None, "limit")


def test_a_deep_object_holding_a_size_and_a_number_pages_by_page_number_through_that_object() -> None:
    """OpenMeter's lists: ``page: {size, number}``, sent as ``page[size]=...&page[number]=...``."""
    numbered = {"type": "object", "properties": {"size": INTEGER, "number": {**INTEGER, "minimum": 1}}}
    found = _paging([_query("page", numbered, style="deepObject")])
    assert found is not None
    assert (found.style, found.holder, found.size, found.page, found.first_page) == (
        "page",
        "page",
        "size",
        "number",
        1,
    )
    assert _paging([_query("filter", numbered, style="deepObject")]) is None  # a number elsewhere is no page


def test_page_family_parameters_of_their_own_are_read_by_what_they_name() -> None:
    found = _paging([_query("page[size]", INTEGER), _query("page[offset]", INTEGER)])
    assert found is not None and (found.style, found.size, found.page) == ("offset", "page[size]", "page[offset]")
    found = _paging([_query("page[size]", INTEGER), _query("page[number]", {**INTEGER, "minimum": 1})])
    assert found is not None
    assert (found.style, found.size, found.page, found.first_page) == ("page", "page[size]", "page[number]", 1)


def test_a_filter_in_brackets_is_no_paging_parameter() -> None:
    """Only the ``page`` family is read by its brackets: ``filter[offset]`` filters."""
    assert _paging([_query("filter[limit]", INTEGER), _query("filter[offset]", INTEGER)]) is None


def test_bracketed_parameters_are_named_by_the_words_they_hold(tmp_path: Path) -> None:
    parameters = [
        _query("page[size]", INTEGER), _query("page[offset]", INTEGER),
        _query("filter[name]", {"type": "string"}), _query("ids[]", {"type": "array", "items": INTEGER}),
    ]  # fmt: skip
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(_spec(parameters)), encoding="utf-8")
    settings = settings_for(path)
    found, _, _ = resources(settings, SpecIndex.from_settings(settings))
    listing = next(m for r in found for m in r.methods if m.name == "list")
    assert [p.argument for p in listing.query_params] == ["page_size", "page_offset", "filter_name", "ids"]
    assert listing.paging is not None
    assert (listing.paging.size_param, listing.paging.page_param) == ("page_size", "page_offset")
