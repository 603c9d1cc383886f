"""openapi-python-client's parse with ``generator.lean_parse``: the same endpoints as its own."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.parser.openapi import Endpoint

from generator import lean_parse
from generator.resources import parsed_description
from generator.settings import Settings
from generator.spec import SpecIndex

PUBLIC = Path(__file__).parent / "public"
ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def _endpoints(settings: Settings, index: SpecIndex) -> list[Any]:
    data = parsed_description(settings, index)
    seen: list[Any] = []
    for tag in sorted(data.endpoint_collections_by_tag, key=str):
        collection = data.endpoint_collections_by_tag[tag]
        for endpoint in collection.endpoints:
            seen.append(
                (
                    endpoint.method,
                    endpoint.path.get_untrusted_value(),
                    [str(p.python_name) for p in endpoint.path_parameters],
                    [r.prop.get_type_string().as_unembedded_code() for r in endpoint.responses.patterns],
                    [b.prop.get_type_string().as_unembedded_code() for b in endpoint.bodies],
                    sorted(endpoint.relative_imports),
                )
            )
        seen.append([ADDRESS.sub("", str(error.detail)) for error in collection.parse_errors])
    return seen


@pytest.mark.parametrize("description", ["ory_kratos/api.json", "../../../openapi/aiwyn.yaml"])
def test_the_lean_parse_gives_what_openapi_python_client_gives(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, description: str
) -> None:
    index = SpecIndex.from_path(PUBLIC / description)
    lean = _endpoints(settings, index)
    assert Endpoint.sort_parameters is lean_parse.sort_parameters  # importing generator applied it
    monkeypatch.setattr(Endpoint, "sort_parameters", staticmethod(ORIGINAL))
    index.spec = copy.deepcopy(index.spec) | {"x-parsed-again": True}  # not the kept parse
    assert _endpoints(settings, index) == lean


ORIGINAL = lean_parse.ORIGINAL_SORT_PARAMETERS
