"""A model's instances made without ``__init__``, many at once: what both decode paths fill.

Both ``aiwyn_client._compile`` (from dicts) and ``aiwyn_client._wire_copy`` (from msgspec
Structs) make each record's instance bare and then store every slot. Calling ``cls.__new__``
from Python goes through a wrapper that checks its arguments, which costs as much as the rest
of making the instance: most of a flat record's copy. The C unpickler makes instances by calling
the type's ``tp_new`` directly, so a page's instances come from one ``pickle.loads`` of a stream
written here (protocol 4: the class, then a ``NEWOBJ`` per instance), about 40% faster an
instance. It is our own stream of our own class, never data from a server.
"""

from __future__ import annotations

import functools
import pickle
from collections.abc import Callable
from typing import Any

BATCH = 16
"""From how many records a list's instances are made in one go: shorter lists (nested ones,
mostly) are made one by one, which costs less than a ``loads`` call."""


@functools.cache
def blanks(cls: type) -> Callable[[int], list[Any]] | None:
    """A function giving ``n`` new instances of ``cls``, made as ``cls.__new__(cls)`` makes them,
    or None for a class the unpickler cannot find by its module and name (one made in a
    function, say), whose instances are then made one by one. Worked out once per class."""
    try:
        found = pickle.loads(_stream(cls, 1))  # noqa: S301 - our own stream of our own class, no server data
    except Exception:  # noqa: BLE001 - not findable by its name
        return None
    if len(found) != 1 or type(found[0]) is not cls:
        return None

    def make(n: int) -> list[Any]:
        made: list[Any] = pickle.loads(_stream(cls, n))  # noqa: S301 - as above
        return made

    return make


def _stream(cls: type, n: int) -> bytes:
    """A pickle of ``[cls.__new__(cls) for _ in range(n)]``: protocol 4, the class by its module
    and qualified name, memoised, then an empty list, a mark, ``n`` times (the class, no
    arguments, NEWOBJ), and APPENDS."""
    module, name = cls.__module__.encode(), cls.__qualname__.encode()
    head = b"\x80\x04\x8c" + bytes([len(module)]) + module + b"\x8c" + bytes([len(name)]) + name + b"\x93\x94"
    return head + b"](" + b"h\x00)\x81" * n + b"e."  # bytes([...]) refuses a name of 256 bytes or more
