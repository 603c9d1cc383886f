"""JSON decoding for response bodies: msgspec when it is installed (``aiwyn-client[fast]``).

msgspec's decoder parses the API's pages about twice as fast as the standard library and, unlike
orjson, keeps integers of any size exact, so nothing needs checking before or after. What it
refuses and ``json`` accepts (a byte-order mark, ``NaN``, lone surrogates, numbers beyond the
float range) goes to ``json``, which also raises its usual error for invalid JSON: the fast path
never changes a result. Without msgspec, ``json.loads`` is used and nothing else changes.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
from collections.abc import Mapping, Sequence
from typing import Any

# Looked up, not imported by name, so type checking never depends on the optional package.
msgspec: Any = importlib.import_module("msgspec") if importlib.util.find_spec("msgspec") else None
decoder: Any = msgspec.json.Decoder() if msgspec is not None else None
"""The fast decoder, or None; tests set it to None to exercise the standard path (and turn
off aiwyn_client._wire's Structs with it)."""
_REFUSED: type[Exception] = msgspec.DecodeError if msgspec is not None else ValueError


def loads(data: bytes | str) -> Any:
    if decoder is not None:
        try:
            return decoder.decode(data)
        except _REFUSED:
            pass  # let the standard library decide, and raise its usual error
    return json.loads(data)


def dig(document: Any, path: Sequence[str]) -> Any:
    """The value at ``path`` (keys of nested objects) in a decoded document, or None if absent."""
    for key in path:
        if not isinstance(document, Mapping):
            return None
        document = document.get(key)
    return document
