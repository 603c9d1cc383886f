# Copied from overlays/aiwyn_client/_json.py: edit it there; `make generate` rewrites this file.
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

# ``decoder`` (the fast decoder, or None) and ``msgspec`` (the module, or None) are made on first
# use, not at import: msgspec's import is a twentieth of the package's. Tests set ``decoder`` to
# None to exercise the standard path, which turns off aiwyn_client._wire's Structs with it.
_REFUSED: type[Exception] = ValueError


def _resolve() -> None:
    global _REFUSED
    found: Any = importlib.import_module("msgspec") if importlib.util.find_spec("msgspec") else None
    names = globals()
    names.setdefault("msgspec", found)  # looked up, not imported by name: type checking never needs it
    names.setdefault("decoder", found.json.Decoder() if found is not None else None)
    _REFUSED = found.DecodeError if found is not None else ValueError


def __getattr__(name: str) -> Any:
    if name in ("decoder", "msgspec"):
        _resolve()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def loads(data: bytes | str) -> Any:
    fast = globals().get("decoder", loads)
    if fast is loads:  # the first document
        _resolve()
        fast = globals()["decoder"]
    if fast is not None:
        try:
            return fast.decode(data)
        except _REFUSED:
            pass  # let the standard library decide, and raise its usual error
    return json.loads(data)


def dig(document: Any, path: Sequence[str]) -> Any:
    """The value at ``path`` (keys of nested objects) in a decoded document, or None if absent.
    A plain dict (what JSON decodes to) is told apart before asking the ``Mapping`` ABC, which
    costs several times the lookup: a pager reads each raw record's unique key here."""
    for key in path:
        if type(document) is not dict and not isinstance(document, Mapping):
            return None
        document = document.get(key)
    return document
