"""The copy from a msgspec Struct into a model's attrs instances, written for each Struct.

``aiwyn_client._wire`` decodes a response into private Structs built from what this process has
learnt about the server's records, then copies each Struct into the model the user sees. The
copy is compiled with its Struct, as straight-line Python, one statement per field, so that each
statement does only what that Struct leaves to do:

- a field msgspec typed itself (a date-time, a UUID, a string enum) is stored as it came, a null
  too where the description allows one;
- in a Struct that requires every declared key (the usual record) no field is tested for
  absence; in one that does not, the absent fields' names (``fields_set``, aiwyn_client._model)
  are stored once a record, after its fields;
- the undeclared keys the Struct learnt are kept as they came, in a tuple that becomes
  ``additional_properties`` when first read (``aiwyn_client._extras``);
- a nested record is copied by its own Struct's copy, bound directly; below the document's own
  model, one whose copy cannot fail is stored as msgspec decoded it, and copied when first read
  (``aiwyn_client._deferred``).

What is left (a field msgspec does not type, a null the description does not allow) goes through
the field's converter (``aiwyn_client._compile``), so every value decodes as on the dict path.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._compile import decoders, plan_of
from ._deferred import raw_name
from ._extras import Pending, extras_slot
from ._fields import Field
from ._instances import BATCH, blanks
from .types import UNSET

Copy = Callable[[Any], Any]


@dataclass(frozen=True)
class Shape:
    """What one Struct of a model holds (``aiwyn_client._wire._struct`` builds it)."""

    complete: bool
    """Every declared key is required: no absence to test."""
    native: frozenset[str] = frozenset()
    """The attributes msgspec decodes to their Python type (dates, UUIDs, enum members)."""
    nested: Mapping[str, Any] = field(default_factory=dict)
    """Per attribute holding records with a Struct of their own: that Struct type, whose copies are
    its ``aiwyn_one_`` and ``aiwyn_many_`` and whose ``aiwyn_infallible_`` says they cannot fail."""
    deferred: frozenset[str] = frozenset()
    """The attributes of ``nested`` whose Structs are stored as they came, copied when first read: a
    tuple for a list of records (``aiwyn_client._deferred``)."""
    extras: tuple[tuple[str, str], ...] = ()
    """The learnt undeclared keys: (the Struct's attribute, the key)."""


def copiers(cls: type, shape: Shape) -> tuple[Copy, Copy, bool]:
    """``(one, many, infallible)``: a model from one Struct, the list of models from a list of
    them, and whether they cannot fail (every statement a store of what msgspec typed, or a copy
    that cannot fail either: nothing left to a converter that may raise)."""
    writer = _Writer(cls, shape)
    source = "\n".join(
        [
            "def one(_s):",
            "    _i = _new(_cls)",
            *writer.record("    "),
            "    return _i",
            "def many(_items):",
            *(
                [
                    f"    if len(_items) >= {BATCH}:",
                    "        _out = _blank(len(_items))",
                    "        for _i, _s in zip(_out, _items):",
                    *writer.record("            "),
                    "        return _out",
                ]
                if writer.globals["_blank"] is not None
                else []
            ),
            "    _out = []",
            "    _append = _out.append",
            "    for _s in _items:",
            "        _i = _new(_cls)",
            *writer.record("        "),
            "        _append(_i)",
            "    return _out",
        ]
    )
    name = f"<aiwyn_client Struct copy of {cls.__module__}.{cls.__qualname__}>"
    exec(compile(source, name, "exec"), writer.globals)  # noqa: S102 - our own statements, from the plan
    return writer.globals["one"], writer.globals["many"], writer.infallible


class _Writer:
    def __init__(self, cls: type, shape: Shape) -> None:
        self.cls, self.plan, self.shape = cls, plan_of(cls), shape
        self.infallible = True
        """No statement so far leaves a value to a converter that may raise."""
        converters = decoders(cls).converters
        self.globals: dict[str, Any] = {"_cls": cls, "_new": cls.__new__, "_blank": blanks(cls), "_UNSET": UNSET}
        self.globals.update((f"_c{number}", convert) for number, convert in enumerate(converters))

    def bind(self, value: Any, name: str) -> str:
        self.globals[name] = value
        return name

    def record(self, indent: str) -> list[str]:
        lines: list[str] = []
        for number, each in enumerate(self.plan.fields):
            lines += self.field(number, each, indent)
        if not self.shape.complete and not all(each.required for each in self.plan.fields):
            lines = [f"{indent}_a = ()", *lines, f"{indent}if _a:", f"{indent}    _i._aiwyn_absent = _a"]
        if self.shape.extras and self.plan.extras != "drop":  # kept as they came (aiwyn_client._extras)
            attrs = [attr for attr, _ in self.shape.extras]  # ours (x0_, x1_...), not the keys
            pending = self.bind(Pending(tuple(key for _, key in self.shape.extras)), "_pending")
            carried = " or ".join(f"_s.{attr} is not _UNSET" for attr in attrs)
            kept = ", ".join([pending, *(f"_s.{attr}" for attr in attrs)])
            lines += [f"{indent}if {carried}:", f"{indent}    _i.{extras_slot(self.cls)} = ({kept})"]
        return lines

    def field(self, number: int, each: Field, indent: str) -> list[str]:
        attr, slot, conv = each.attr, raw_name(self.cls, each.attr), f"_c{number}"
        value = self.value(number, each, conv)
        lines: list[str] = []
        if each.required or self.shape.complete:
            if value == "_v":
                return [f"{indent}_i.{slot} = _s.{attr}"]
            lines.append(f"{indent}_v = _s.{attr}")
        else:  # absent: the Struct's default; the absent names are stored once, after the fields
            lines += [
                f"{indent}if (_v := _s.{attr}) is _UNSET:",
                f"{indent}    _i.{slot} = None",
                f"{indent}    _a += ({attr!r},)",
                f"{indent}else:",
            ]
            indent += "    "
        return [*lines, f"{indent}_i.{slot} = {value}"]

    def value(self, number: int, each: Field, conv: str) -> str:
        """The expression of the field's value from ``_v``, the Struct's."""
        kind, item = each.kind, each.item.kind if each.item is not None else ""
        if kind in ("scalar", "any") or (kind == "list" and item == "scalar"):
            return "_v"  # msgspec has refused an object or an array where the schema has a scalar
        if each.attr in self.shape.native:
            return "_v" if each.nullable else f"_v if _v is not None else {conv}(_v)"
        nested = self.shape.nested.get(each.attr)
        if nested is not None:
            self.infallible = self.infallible and nested.aiwyn_infallible_
            if each.attr in self.shape.deferred:  # copied when first read; an empty list is made now
                if kind == "list":
                    return f"_v if _v else {conv}(_v) if _v is None else []"
                return f"_v if _v is not None else {conv}(_v)"
            copy = self.bind(nested.aiwyn_one_ if kind == "model" else nested.aiwyn_many_, f"_n{number}")
            return f"{copy}(_v) if _v is not None else {conv}(_v)"
        self.infallible = False
        return f"{conv}(_v)"
