"""Nested records made into models when first read, not while the page decodes.

On the pages whose records hold records (an invoice's line items and payments, a contact's
address), most of the decode went to the nested ones: an attrs instance each, filled field by
field, and every one tracked by the cyclic collector, where msgspec's Structs and the dicts of
``json.loads`` holding only scalars are not. Many are never read (a sync of invoices, a report on
their totals). So below the document's own model, a nested record is kept as it was decoded, where
making the model from it later cannot fail, so that reading it raises nothing decoding would have:

- on the Struct path (``aiwyn_client._wire_copy``), the Struct msgspec decoded, a list of them as
  msgspec's tuple, where the Struct's copy stores only what msgspec typed (``infallible``);
- on the dict path (``aiwyn_client._compile``, CPython), the object itself, a list of them as a
  tuple, where the record's model is ``plain`` and the object holds no object or array and every
  required key.

A field that holds records is a ``DeferredSlot`` over its attrs slot: read (by attribute,
``to_dict``, ``==``, ``repr``, pickling, ``attrs.asdict``), a record still as decoded becomes the
model (a tuple of them, the list of models), which the slot then holds, so a change to it stays;
written, it writes the slot. Every model class gets one per such field when it is made
(``install``, from ``Model.__init_subclass__``), before anything compiled reads the slot. Both
decode paths store through the slot's own descriptor under ``raw_name`` (as
``aiwyn_client._extras`` does for ``additional_properties``), past this one's Python call.
"""

from __future__ import annotations

import types
from typing import Any

from ._containers import may_hold_containers
from ._fields import Field

WIRE: set[type] = set()
"""The Struct types ``aiwyn_client._wire`` built: a value of one of them in a slot is pending."""
PLAIN_KINDS = frozenset({"scalar", "any", "date", "datetime", "uuid"})
"""Kinds whose value, anything but an object or an array, decodes without fail (a scalar of
another type and a string that is not a date are kept as they came) and alike in a union."""
_PREFIX = "_aiwyn_raw_"


class DeferredSlot:
    """A slot holding a record or a list of records, made into models when first read."""

    __slots__ = ("_delete", "_field", "_get", "_owner", "_set")

    def __init__(self, member: Any, owner: type, field: Field) -> None:
        self._get, self._set, self._delete = member.__get__, member.__set__, member.__delete__
        self._owner, self._field = owner, field

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self._get(instance)
        kind = type(value)
        if kind in WIRE:
            made = kind.aiwyn_one_(value)  # every Struct in WIRE has its copies
        elif kind is tuple and value:
            first = type(value[0])
            if first in WIRE:
                made = first.aiwyn_many_(value)
            elif first is dict:
                made = self._decoders().many(value)
            else:
                return value
        elif kind is dict:
            made = self._decoders().one(value)
        else:
            return value
        current = self._get(instance)
        if current is not value:  # another thread made it first: theirs is the one kept
            return current
        self._set(instance, made)
        return made

    def _decoders(self) -> Any:
        """The compiled decoders of the field's model (the dict path's records)."""
        from ._compile import decoders, namespace_of  # they compile models, which install this

        return decoders(namespace_of(self._owner)[self._field.record_ref])

    def __set__(self, instance: Any, value: Any) -> None:
        self._set(instance, value)

    def __delete__(self, instance: Any) -> None:
        self._delete(instance)


def plain(model: type) -> bool:
    """Whether a record of ``model`` decodes from any object holding no object or array without
    fail, and alike in a union: every field of a ``PLAIN_KINDS`` kind, undeclared keys kept or
    dropped. Such a record is left as it came until first read, on the dict path, where every
    required key is there (``aiwyn_client._compile``)."""
    plan = getattr(model, "_plan", None)
    if plan is None or isinstance(plan.extras, Field):
        return False
    return all(field.kind in PLAIN_KINDS for field in plan.fields)


def plain_records(items: list[Any], required: frozenset[str]) -> bool:
    """Whether a list holds records only, none holding an object or an array, each with every
    ``required`` key: a list the dict path leaves as it came (an empty one is made at once)."""
    if not items or may_hold_containers is None:
        return False
    for item in items:
        if type(item) is not dict or may_hold_containers(item) or not item.keys() >= required:
            return False
    return True


def defers(cls: type, attr: str) -> bool:
    """Whether ``cls``'s ``attr`` is a ``DeferredSlot``: every generated model's field holding
    records, and a subclass's declaring it again (attrs gives it the base's slot through the class
    attribute, which is the descriptor)."""
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
        if field.record_ref and isinstance(member, types.MemberDescriptorType):
            type.__setattr__(cls, field.attr, DeferredSlot(member, cls, field))
            type.__setattr__(cls, _PREFIX + field.attr, member)
