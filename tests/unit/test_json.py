"""Response JSON decoding: orjson when present, the standard library otherwise, same results."""

from __future__ import annotations

import json

import aiwyn_client._json as aiwyn_json
import pytest

DOCUMENTS = [b'{"a": 1, "b": [1.5, "x", null, true]}', b'{"big": 123456789012345678901234567890}', b"[]"]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_both_paths_decode_the_same(document: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = aiwyn_json.loads(document)
    monkeypatch.setattr(aiwyn_json, "orjson", None)
    assert aiwyn_json.loads(document) == fast == json.loads(document)


def test_invalid_json_raises_value_error_on_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError):
        aiwyn_json.loads(b"<html>")
    monkeypatch.setattr(aiwyn_json, "orjson", None)
    with pytest.raises(ValueError):
        aiwyn_json.loads(b"<html>")


def test_orjson_is_used_when_installed() -> None:
    assert aiwyn_json.orjson is not None  # a dev dependency, so the fast path is what the tests exercise
