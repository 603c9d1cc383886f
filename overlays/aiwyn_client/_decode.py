"""What the models do with values the description does not allow for: nulls, new enum values
and shapes the schema cannot hold.

Real servers send ``null`` for fields the description calls non-null, and add enum values
before any description lists them. Neither may break a read: a null is decoded as ``None``
(logged once per model and field, at debug), and an unknown value of a string enum becomes a
member of that enum that keeps the value (``member.value == "NEW_STATUS"``, ``member.known``
false), so it survives a round trip through ``to_dict``. Closed enums stay closed where the
client checks what it sends (``where`` filters accept known values only).

A value of the wrong *shape* is refused instead: an object or an array where the schema has a
string, number, boolean or date, a scalar or an array where it has an object, anything but an
array where it has one (``wrong_shape`` raises ``TypeError``, which the endpoints report as
``ResponseValidationError``). A scalar of another scalar type (``"7"`` for an integer, a
number for a string, a string that is not a date) is kept as it came, as the stock templates
keep it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from typing import Any, Final, NoReturn, TypeVar, cast

from .types import UNSET

logger = logging.getLogger("aiwyn_client")

NULL: Final[Any] = None
"""``None`` typed as anything: what a null becomes where the model's type has no None."""

CONTAINERS: Final = frozenset({dict, list})
"""What JSON decodes an object or an array to: the values a scalar field must not hold."""

E = TypeVar("E", bound=Enum)
_reported: set[tuple[str, str]] = set()
STRICT_ENUMS: ContextVar[bool] = ContextVar("aiwyn_strict_enums", default=False)
IN_UNION: ContextVar[bool] = ContextVar("aiwyn_in_union", default=False)
"""The flags ``strict_enums`` and ``union_members`` set. A union decoded once per value
(``aiwyn_client._compile``) sets them itself: a generator-based context manager costs about a
microsecond a use."""


@contextmanager
def strict_enums() -> Iterator[None]:
    """Unknown enum values raise inside: how a union tells its members apart (``kind: "sms"``
    must not decode as the e-mail member whose ``kind`` only lists ``"email"``)."""
    token = STRICT_ENUMS.set(True)
    try:
        yield
    finally:
        STRICT_ENUMS.reset(token)


@contextmanager
def union_members() -> Iterator[None]:
    """A missing required key raises inside (``missing_key``): how a union tells its members
    apart in both its passes (``{"phone": ...}`` is not the e-mail member with no e-mail)."""
    token = IN_UNION.set(True)
    try:
        yield
    finally:
        IN_UNION.reset(token)


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
    if not isinstance(value, str) or STRICT_ENUMS.get():  # before the cache: one made earlier is still unlisted
        raise ValueError(f"{value!r} is not a valid {enum.__name__}")
    known: dict[Any, E] = enum.__dict__.get("_aiwyn_unknown_", {})
    member: Any = known.get(value)
    if member is None:
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


_SHAPES: dict[type, str] = {dict: "an object", list: "an array"}


def wrong_shape(where: str, field: str, value: Any, expected: str = "a string, number or boolean") -> NoReturn:
    """Refuse ``value`` for ``field`` of the model decoded in module ``where``: a shape its type
    cannot hold (``expected`` says what it takes)."""
    got = "null" if value is None else _SHAPES.get(type(value)) or f"a scalar ({type(value).__name__})"
    subject = repr(field) if field else "a record"  # a record itself (an array's item), not one of its fields
    raise TypeError(f"{where.rsplit('.', 1)[-1]}: {subject} is {got} where the description has {expected}")


def null_record(where: str) -> None:
    """A null where an array holds records of the model decoded in module ``where`` (Xero's
    ``Addresses: [null, {...}]``): kept as None, logged once, as a null field is; refused inside a
    union, whose members are told apart so."""
    if IN_UNION.get():
        wrong_shape(where, "", None, "an object")
    _once(where, "[]", "%s: the server sent null for a record of an array; kept as None", where.rsplit(".", 1)[-1])


class MissingKeyError(KeyError):
    """A required key the answer leaves out: a ``KeyError`` (a union tries its next member on one,
    as on the plain subscript's) that says which key of which model."""

    def __str__(self) -> str:
        return str(self.args[0])


def missing_key(where: str, key: str) -> Any:
    """The value of a required ``key`` a record of the model decoded in module ``where`` leaves
    out: None, logged once, as a null where the description allows none (servers leave out what
    their descriptions require: Intercom's admins without ``job_title``), and the caller notes the
    field absent. Inside a union it is refused (``MissingKeyError``): the members are told apart so."""
    if IN_UNION.get():
        raise MissingKeyError(f"{where.rsplit('.', 1)[-1]}: the required key {key!r} is missing")
    _once(
        where,
        key,
        "%s: the server left out %r, which the description requires; decoded as None",
        where.rsplit(".", 1)[-1],
        key,
    )
    return None


def scalar(value: Any, where: str, field: str) -> Any:
    """``value`` for a scalar field, unless it is an object or an array (a wrong shape)."""
    if type(value) in CONTAINERS:
        wrong_shape(where, field, value)
    return value


def checked_list(value: Any, where: str, field: str, scalars: bool) -> Any:
    """``value`` for a list field whose items need no decoding: a list (of scalars when
    ``scalars``), or a null or absent value as it came; anything else is a wrong shape."""
    if type(value) is list:
        if scalars and not CONTAINERS.isdisjoint(map(type, value)):
            wrong_shape(where, field + "[]", next(v for v in value if type(v) in CONTAINERS))
        return value
    if value is None or value is UNSET:
        return value
    return wrong_shape(where, field, value, "an array")


def checked_items(value: Any, where: str, field: str) -> Any:
    """``value`` for a list field whose items are decoded one by one: a list, a tuple, null or absent."""
    if type(value) is list or value is None or isinstance(value, tuple) or value is UNSET:
        return value
    return wrong_shape(where, field, value, "an array")
