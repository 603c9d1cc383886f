"""Integer bounds written as numbers with a fraction: FastAPI's ``minimum: -1.0`` for ``ge=-1`` on
an ``int``, Go's uint64 ``maximum: 1.8446744073709552e+19`` (Airflow's, Nomad's). JSON Schema
allows it, as a bound is any number; the client checks an integer argument against its bounds
before sending, as an integer, and a float there failed the build's type check. Each is read as
the integer bound it means: the least integer the minimum allows, the greatest the maximum does."""

from __future__ import annotations

import math

from generator.normalise.description import Normalised, every_node, is_data, note_many

LOWER = ("minimum", "exclusiveMinimum")
UPPER = ("maximum", "exclusiveMaximum")


def integer_bounds(result: Normalised) -> None:
    """Each bound of an integer schema that is a float is the integer it allows (``-1.0`` is -1,
    ``0.5`` as a minimum is 1); an infinite one says nothing, and is left out."""
    changed: list[str] = []
    for where, node in every_node(result.spec, "#"):
        kinds = node.get("type")
        if is_data(where) or not (kinds == "integer" or (isinstance(kinds, list) and "integer" in kinds)):
            continue
        for key in (*LOWER, *UPPER):
            value = node.get(key)
            if not isinstance(value, float):  # an int, or 3.0's boolean exclusiveMinimum
                continue
            if math.isinf(value) or math.isnan(value):
                del node[key]
            else:
                node[key] = math.ceil(value) if key in LOWER else math.floor(value)
            changed.append(f"{where}: {key} {value!r} is {node.get(key, 'left out')}")
    note_many(result, "integer bounds written as fractions are read as integers", changed)
