"""Bytes held by decoded records, in a fresh interpreter: ``python -m bench.memory_child MODEL typed|dicts``.

Reads a page body (bench/bodies.py) from standard input and decodes it ``COPIES`` times, as the
endpoint would (``typed``: ``from_json``) or with ``json.loads`` (``dicts``), keeping every record
and dropping the rest of each page; prints the bytes the kept records hold (tracemalloc, with the
garbage collector on).
"""

from __future__ import annotations

import gc
import json
import sys
import tracemalloc
from typing import Any

import aiwyn_client.models as models
import attrs

COPIES = 10


def records_of(page: Any) -> list[Any]:
    if isinstance(page, dict):
        return next(v for v in page.values() if isinstance(v, list))
    return next(v for f in attrs.fields(type(page)) if isinstance(v := getattr(page, f.name), list))


def held(model: str, body: bytes, kind: str) -> int:
    cls = getattr(models, model)
    decode = cls.from_json if kind == "typed" else json.loads
    size = len(records_of(decode(body)))  # first use: imports and Struct types stay out of the count
    kept: list[Any] = [None] * (COPIES * size)  # the list that keeps them is not what is measured
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for copy in range(COPIES):
        kept[copy * size : (copy + 1) * size] = records_of(decode(body))
    gc.collect()
    return tracemalloc.get_traced_memory()[0] - before


if __name__ == "__main__":
    print(held(sys.argv[1], sys.stdin.buffer.read(), sys.argv[2]))
