"""Response JSON decoding: msgspec when present, the standard library otherwise, same results."""

from __future__ import annotations

import json
from typing import Any

import aiwyn_client._json as aiwyn_json
import pytest
from hypothesis import given
from hypothesis import strategies as st

# What msgspec refuses and json accepts must still decode, through json, to json's result.
DOCUMENTS = [
    b'{"a": 1, "b": [1.5, "x", null, true]}',
    b'{"big": 123456789012345678901234567890, "neg": -9223372036854775809}',
    b"[]",
    b'{"a": 1, "a": 2}',
    b'"\\ud800"',
    b"\xef\xbb\xbf{}",
    b"[NaN, Infinity]",
    b"[1.7976931348623157e309]",
    '{"s": "caf\u00e9"}'.encode("utf-16"),
]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=30,
)


def both_paths(document: bytes | str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    fast = aiwyn_json.loads(document)
    with monkeypatch.context() as patch:
        patch.setattr(aiwyn_json, "decoder", None)
        return fast, aiwyn_json.loads(document)


@pytest.mark.parametrize("document", DOCUMENTS)
def test_both_paths_decode_the_same(document: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, standard = both_paths(document, monkeypatch)
    assert repr(fast) == repr(standard) == repr(json.loads(document))


@given(json_values)
def test_random_documents_decode_the_same(value: Any) -> None:
    document = json.dumps(value).encode()
    with pytest.MonkeyPatch.context() as monkeypatch:
        fast, standard = both_paths(document, monkeypatch)
    assert repr(fast) == repr(standard)


def test_invalid_json_raises_value_error_on_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError):
        aiwyn_json.loads(b"<html>")
    monkeypatch.setattr(aiwyn_json, "decoder", None)
    with pytest.raises(ValueError):
        aiwyn_json.loads(b"<html>")


def test_msgspec_is_used_when_installed() -> None:
    assert aiwyn_json.decoder is not None  # a dev dependency, so the fast path is what the tests exercise
