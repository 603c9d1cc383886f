"""What the models do with values the description does not allow for: nulls and new enum values.

Real servers send ``null`` for fields the description calls non-null, and add enum values
before any description lists them. Neither may break a read: a null is decoded as ``None``
(logged once per model and field, at debug), and an unknown value of a string enum becomes a
member of that enum that keeps the value (``member.value == "NEW_STATUS"``, ``member.known``
false), so it survives a round trip through ``to_dict``. Closed enums stay closed where the
client checks what it sends (``where`` filters accept known values only).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from typing import Any, Final, TypeVar, cast

logger = logging.getLogger("aiwyn_client")

NULL: Final[Any] = None
"""``None`` typed as anything: what a null becomes where the model's type has no None."""

E = TypeVar("E", bound=Enum)
_reported: set[tuple[str, str]] = set()
_strict: ContextVar[bool] = ContextVar("aiwyn_strict_enums", default=False)


@contextmanager
def strict_enums() -> Iterator[None]:
    """Unknown enum values raise inside: how a union tells its members apart (``kind: "sms"``
    must not decode as the e-mail member whose ``kind`` only lists ``"email"``)."""
    token = _strict.set(True)
    try:
        yield
    finally:
        _strict.reset(token)


def _once(where: str, what: str, message: str, *args: object) -> None:
    if (where, what) not in _reported:
        _reported.add((where, what))
        logger.debug(message, *args)


def null_value(where: str, field: str) -> Any:
    """A null where the description allows none (``where`` is the decoding module's name)."""
    _once(
        where,
        field,
        "%s: the server sent null for %r, which the description does not allow; decoded as None",
        where.rsplit(".", 1)[-1],
        field,
    )
    return None


def unknown_member(enum: type[E], value: Any) -> E:
    """A member of ``enum`` for a value it does not list (created once per value, then reused)."""
    known: dict[Any, E] = enum.__dict__.get("_aiwyn_unknown_", {})
    member: Any = known.get(value)
    if member is None:
        if not isinstance(value, str) or _strict.get():
            raise ValueError(f"{value!r} is not a valid {enum.__name__}")
        member = str.__new__(cast(Any, enum), value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        known = {**known, value: member}
        type.__setattr__(enum, "_aiwyn_unknown_", known)
        _once(
            enum.__name__,
            value,
            "%s: the server sent %r, a value the description does not list; kept as is",
            enum.__name__,
            value,
        )
    result: E = member
    return result
