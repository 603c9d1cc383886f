# Copied from overlays/aiwyn_client/_containers.py: edit it there; `make generate` rewrites this file.
"""Whether a JSON object decoded to a dict may hold an object or an array, told in one call.

A scalar field of the usual record holds a scalar, yet the dict path tested each one for a
container (a dict or a list there is a wrong shape). CPython's cycle collector leaves a dict
untracked until something that can take part in a cycle (a dict, a list, any object but a
string, a number, None or a tuple of those) is stored in it: it could not free a cycle through
the dict otherwise. So ``gc.is_tracked(record)`` false means that no value of the record is an
object or an array, and its scalar fields need no test each (``aiwyn_client._compile``).
Elsewhere (PyPy, or a CPython whose collector turns out not to behave so when it is checked at
import) ``may_hold_containers`` is None and every field is tested.
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Callable
from typing import Any


def _tracking() -> Callable[[Any], bool] | None:
    """``gc.is_tracked`` where it tells records apart as above, checked on this interpreter."""
    if sys.implementation.name != "cpython":
        return None
    scalars = json.loads('{"a": 1, "b": "x", "c": null, "d": 1.5, "e": true}')
    holding = [json.loads('{"a": 1, "b": {}}'), json.loads('{"a": 1, "b": []}'), {"a": {}}, {"a": []}]
    if gc.is_tracked(scalars) or not all(map(gc.is_tracked, holding)):
        return None
    return gc.is_tracked


may_hold_containers: Callable[[Any], bool] | None = _tracking()
"""True for a dict that may hold an object or an array, false for one that holds neither; None
where the interpreter cannot tell."""
