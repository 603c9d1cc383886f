"""``additional_properties`` made on first use from what the Struct copy kept of a record.

A record's undeclared keys (a newer server's fields) were copied into a dict of their own while the
page was decoded: on a realistic page, the largest single cost after msgspec's own. Most are never
read. So the Struct copy (``aiwyn_client._wire_copy``) now keeps them as they came out of the
Struct, in a tuple: first the ``Pending`` of its Struct type (the keys, once per type), then the
values in the same order, ``UNSET`` for a key the record did not carry. The keys are kept once, not
once per record, and the tuple is smaller than the dict.

``additional_properties`` is an ``ExtrasSlot`` over the attrs slot: read (by attribute, ``to_dict``,
``==``, ``repr``, pickling, ``attrs.asdict``), a kept tuple becomes the dict, which the slot then
holds, so a change to it stays; written, it writes the slot. Every model class that keeps extras gets
one when it is made (``install``, from ``Model.__init_subclass__``), before anything compiled reads
the slot. The decoders store into the slot by another name (``RAW``, the slot's own descriptor),
which skips the descriptor's Python call on the hot path.
"""

from __future__ import annotations

import types
from typing import Any

from .types import UNSET

RAW = "_aiwyn_extras"
"""The slot of ``additional_properties`` under a name of its own: stores that skip ``ExtrasSlot``."""


class Pending:
    """The undeclared keys a Struct type learnt, in the order its copy keeps their values."""

    __slots__ = ("keys",)

    def __init__(self, keys: tuple[str, ...]) -> None:
        self.keys = keys

    def __repr__(self) -> str:
        return f"Pending({self.keys!r})"


def made(kept: tuple[Any, ...]) -> dict[str, Any]:
    """The dict of the keys a kept tuple holds (those the record carried)."""
    pending: Pending = kept[0]
    return {key: value for key, value in zip(pending.keys, kept[1:], strict=True) if value is not UNSET}


class ExtrasSlot:
    """``additional_properties``: the attrs slot, whose kept tuple becomes the dict when first read."""

    __slots__ = ("_get", "_set", "_delete")

    def __init__(self, member: Any) -> None:
        self._get, self._set, self._delete = member.__get__, member.__set__, member.__delete__

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self._get(instance)  # AttributeError while empty: Model.__getattr__ then makes {}
        if type(value) is tuple and value and type(value[0]) is Pending:
            value = made(value)
            self._set(instance, value)
        return value

    def __set__(self, instance: Any, value: Any) -> None:
        self._set(instance, value)

    def __delete__(self, instance: Any) -> None:
        self._delete(instance)


def extras_slot(cls: type) -> str:
    """The attribute the decoders of ``cls`` store undeclared keys through: ``RAW`` where the class
    has it (every generated model that keeps extras), else ``additional_properties`` itself."""
    return RAW if hasattr(cls, RAW) else "additional_properties"


def install(cls: type) -> None:
    """Put an ``ExtrasSlot`` over ``cls``'s own ``additional_properties`` slot, and the slot under
    ``RAW``; a class without such a slot of its own (not slotted yet, or a subclass) is left as it is."""
    member = cls.__dict__.get("additional_properties")
    if isinstance(member, types.MemberDescriptorType):
        type.__setattr__(cls, "additional_properties", ExtrasSlot(member))
        type.__setattr__(cls, RAW, member)
