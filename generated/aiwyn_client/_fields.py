# Copied from overlays/aiwyn_client/_fields.py: edit it there; `make generate` rewrites this file.
"""A model's decode plan: what each property holds, as the generator read it from the description.

Each generated model lists its properties as ``Field`` values (``generator/decode_plans.py``
says what every kind means); ``aiwyn_client._compile`` turns them into the functions that
decode the model's records, and ``aiwyn_client._wire`` into msgspec Structs. The templates
only write the plan out: no decoding rule lives in Jinja.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

Extras = Union[str, "Field"]  # noqa: UP007 - evaluated at runtime on Python 3.10
"""Keys the description does not declare: ``"keep"`` them, ``"drop"`` them, or decode by a plan."""

PARSED = frozenset({"date", "datetime", "uuid"})
"""Kinds whose string is parsed (and kept as it came if it does not parse)."""
CHECKED = frozenset({"scalar", "date", "datetime", "uuid", "enum", "literal", "const", "none"})
"""Kinds whose values are JSON scalars or null: an object or an array there is a wrong shape."""


@dataclass(frozen=True)
class Field:
    """One property: its Python and JSON names and what its values are."""

    attr: str = ""
    key: str = ""
    kind: str = "any"
    required: bool = True
    nullable: bool = False
    type: str = ""
    """``scalar``: the Python type its values usually have; ``enum``: the enum's value type."""
    ref: str = ""
    """``enum``, ``model``: the class; ``literal``: the check function; ``const``: the value."""
    item: Field | None = None
    members: tuple[Field, ...] = ()

    @property
    def scalar(self) -> bool:
        """Whether every value is a JSON scalar or null (an object or an array is a wrong shape)."""
        if self.kind == "union":
            return all(member.scalar for member in self.members)
        return self.kind in CHECKED

    @property
    def record_ref(self) -> str:
        """The class of the records the field holds (a record, or a list of them), or ''."""
        if self.kind == "model":
            return self.ref
        if self.kind == "list" and self.item is not None and self.item.kind == "model":
            return self.item.ref
        return ""


@dataclass(frozen=True)
class Plan:
    """A model's fields in the description's order, and what it does with undeclared keys."""

    fields: tuple[Field, ...]
    extras: Extras = "keep"
    wire: bool = True
    """Whether its records may be decoded through a msgspec Struct (``aiwyn_client._wire``)."""

    def struct_ok(self) -> bool:
        return self.wire and bool(self.fields) and not isinstance(self.extras, Field)
