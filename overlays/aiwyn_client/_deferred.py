"""Nested records copied from their msgspec Structs when first read, not while the page decodes.

On a page whose records hold records (an invoice's line items and payments, a contact's address),
most of the Struct path's time went to the nested ones: an attrs instance each, copied field by
field, and every one tracked by the cyclic collector, where msgspec's Structs are not. Many are
never read (a sync of invoices, a report on their totals). So below the document's own model,
``aiwyn_client._wire_copy`` stores a nested record as the Struct msgspec decoded (a list of them as
msgspec's tuple), where the Struct's copy cannot fail (``_wire_copy.infallible``): nothing is left
to decide but the copy, so reading it later raises nothing that decoding would have.

A field that holds records is a ``DeferredSlot`` over its attrs slot: read (by attribute,
``to_dict``, ``==``, ``repr``, pickling, ``attrs.asdict``), a Struct still there becomes the model
(a tuple of them, the list of models) by its Struct type's own copy, which the slot then holds, so
a change to it stays; written, it writes the slot. Every model class gets one per such field when
it is made (``install``, from ``Model.__init_subclass__``), before anything compiled reads the
slot. Both decode paths store through the slot's own descriptor under ``raw_name`` (as
``aiwyn_client._extras`` does for ``additional_properties``), past this one's Python call.
"""

from __future__ import annotations

import types
from typing import Any

from ._fields import Field

WIRE: set[type] = set()
"""The Struct types ``aiwyn_client._wire`` built: a value of one of them in a slot is pending."""
_PREFIX = "_aiwyn_raw_"


class DeferredSlot:
    """A slot holding a record or a list of records, made from its Struct when first read."""

    __slots__ = ("_get", "_set", "_delete")

    def __init__(self, member: Any) -> None:
        self._get, self._set, self._delete = member.__get__, member.__set__, member.__delete__

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self._get(instance)
        kind = type(value)
        if kind in WIRE:
            made = kind.aiwyn_one_(value)  # every Struct in WIRE has its copies
        elif kind is tuple and value and type(value[0]) in WIRE:
            made = type(value[0]).aiwyn_many_(value)
        else:
            return value
        current = self._get(instance)
        if current is not value:  # another thread made it first: theirs is the one kept
            return current
        self._set(instance, made)
        return made

    def __set__(self, instance: Any, value: Any) -> None:
        self._set(instance, value)

    def __delete__(self, instance: Any) -> None:
        self._delete(instance)


def holds_records(field: Field) -> bool:
    """Whether ``field``'s values are records of a model, or lists of them."""
    return field.kind == "model" or (field.kind == "list" and field.item is not None and field.item.kind == "model")


def defers(cls: type, attr: str) -> bool:
    """Whether ``cls``'s ``attr`` is a ``DeferredSlot`` (every generated model's fields holding
    records; not a field a subclass declared again, whose slot is its own)."""
    owner = next((c for c in cls.__mro__ if attr in c.__dict__), None)
    return owner is not None and isinstance(owner.__dict__[attr], DeferredSlot)


def raw_name(cls: type, attr: str) -> str:
    """The attribute the decoders of ``cls`` store ``attr`` through: the slot's own descriptor
    under a name of its own where ``defers``, else ``attr`` itself."""
    return _PREFIX + attr if defers(cls, attr) else attr


def install(cls: type) -> None:
    """Put a ``DeferredSlot`` over each of ``cls``'s own slots that holds records, and the slot
    under ``raw_name``; a class without a plan or without such slots of its own (not slotted yet,
    or a subclass) is left as it is."""
    plan = cls.__dict__.get("_plan")
    for field in plan.fields if plan is not None else ():
        member = cls.__dict__.get(field.attr)
        if holds_records(field) and isinstance(member, types.MemberDescriptorType):
            type.__setattr__(cls, field.attr, DeferredSlot(member))
            type.__setattr__(cls, _PREFIX + field.attr, member)
