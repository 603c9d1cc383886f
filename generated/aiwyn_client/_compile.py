# Copied from overlays/aiwyn_client/_compile.py: edit it there; `make generate` rewrites this file.
"""A model's decoding functions, compiled from its plan (``aiwyn_client._fields``) on first use.

Decoding a page is the hot path of every read, so each model's decoders are written out as
straight-line Python, one statement per field, and compiled once per process, as attrs and
dataclasses write their ``__init__``. What each statement does is decided here from the
field's kind, never in a template:

- ``one(document)``: the model from a JSON object. When every declared key is there (the usual
  record) each value is read with one subscript and stored straight into the instance's slot;
  a missing key, or a value an in-line check cannot settle, takes the general path, which reads
  optional keys with ``get`` and decides every value by the field's converter. Both give the
  same values: the in-line checks are only shortcuts to what the converter would return. On
  CPython a record holding no object or array is told in one call (``aiwyn_client._containers``)
  and its scalar fields are stored with no check each; a null of a nullable field is stored in
  line; undeclared keys are what is left of a copy once the declared ones are deleted.
- ``many(documents)``: ``[one(d) for d in documents]`` with the record's statements in the loop,
  a long list's instances made in one go (``aiwyn_client._instances``).
- ``one_below`` and ``many_below``: the same for records below the document's own model, which
  leave their nested records of a ``plain`` model as they came until first read, where they hold
  no object or array (``aiwyn_client._deferred``); nested records are decoded by these.
- ``converters``: each field's converter, which the copies from msgspec Structs
  (``aiwyn_client._wire_copy``, written per Struct) use for what msgspec leaves to them.

Semantics (the README's "What raises what"): a null is None (logged once where the description
allows none); an enum value the description does not list is a member that keeps it; a string
that does not parse as a date is kept as it came, as is a scalar of another scalar type; an
object or an array where the schema has a scalar, a scalar or an array where it has an object,
and anything but an array where it has one raise ``TypeError`` (``wrong_shape``).
"""

from __future__ import annotations

import ast
import sys
import threading
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from ._containers import may_hold_containers
from ._decode import (
    CONTAINERS,
    IN_UNION,
    STRICT_ENUMS,
    checked_list,
    missing_key,
    null_record,
    null_value,
    scalar,
    unknown_member,
    wrong_shape,
)
from ._deferred import defers, plain, plain_records, raw_name
from ._extras import extras_slot
from ._fields import PARSED, Field, Plan
from ._instances import BATCH, blanks
from ._iso8601 import parse_date, parse_datetime, reread
from .types import UNSET

Convert = Callable[[Any], Any]
_PARSE: dict[str, Convert] = {"date": parse_date, "datetime": parse_datetime, "uuid": uuid.UUID}
_FAILED = (TypeError, ValueError, AttributeError, KeyError, OverflowError)
"""What a value that does not decode raises (a union tries its next member on these)."""
_lock = threading.RLock()
_TESTS_WORTH_A_CALL = 2
"""Scalar fields a record must have for the one-call test of its values (``_Writer._record``) to
be cheaper than testing each: the call costs about two thirds of one field's test."""


class Decoders:
    """The compiled functions of one model class (see the module's docstring)."""

    __slots__ = ("converters", "many", "many_below", "one", "one_below")

    one: Convert
    many: Convert
    one_below: Convert
    many_below: Convert
    """``one`` and ``many`` for records below the document's own model, which leave their plain
    nested records as they came until first read (``aiwyn_client._deferred``); the same functions
    where nothing is left."""
    converters: tuple[Convert, ...]
    """Each field's converter, in the plan's order (the Struct copies use them too)."""


_compiled: dict[type, Decoders] = {}


def decoders(cls: type) -> Decoders:
    """The decoders of model class ``cls``, compiled on first use."""
    found = _compiled.get(cls)
    if found is not None:
        return found
    with _lock:
        found = _compiled.get(cls)
        if found is None:
            found = _compiled[cls] = Decoders()  # registered first: a model that refers back to cls binds it
            try:
                _Writer(cls, found).compile()
            except BaseException:
                del _compiled[cls]
                raise
        return found


def plan_of(cls: type) -> Plan:
    plan: Plan = cls._plan  # type: ignore[attr-defined]
    return plan


def namespace_of(cls: type) -> dict[str, Any]:
    """Where a model's plan names its enums, models and check functions: the module of the class
    that declares the plan (the models it refers to are imported at its foot, once the class
    exists), also for a subclass declared elsewhere."""
    owner = next((c for c in cls.__mro__ if "_plan" in c.__dict__), cls)
    return vars(sys.modules[owner.__module__])


# Converters: the full semantics of a present value of a field, one function per field.


def converter(field: Field, where: str, names: Mapping[str, Any], key: str = "") -> Convert:
    """A function from a present JSON value of ``field`` to its decoded value (``key``: the JSON
    name messages give, for a list's items or a union's members)."""
    key = key or field.key
    kind = field.kind

    def null() -> Any:
        return None if field.nullable else null_value(where, key)

    if kind == "any":
        return _identity
    if kind == "scalar":
        return lambda value: scalar(value, where, key)
    if kind in PARSED:
        parse = _PARSE[kind]

        def parsed(value: Any) -> Any:
            if type(value) is str:
                try:
                    return parse(value)
                except _FAILED:
                    again = reread(value) if kind == "datetime" else None
                    return value if again is None else again  # a string that is not a date is kept as it came
            if value is None:
                return null()
            return scalar(value, where, key)

        return parsed
    if kind == "enum":
        return _enum(field, names[field.ref], where, key, null)
    if kind == "literal":
        check = names[field.ref]
        return lambda value: null() if value is None else check(scalar(value, where, key))
    if kind == "const":
        expected = ast.literal_eval(field.ref)

        def const(value: Any) -> Any:
            if value != expected:
                raise ValueError(f"{key!r} must be {expected!r}, got {value!r}")
            return value

        return const
    if kind == "none":
        return _none
    if kind == "model":
        model = decoders(names[field.ref])

        def record(value: Any) -> Any:
            if isinstance(value, Mapping):
                return model.one(value)
            if value is None:
                return null()
            return wrong_shape(where, key, value, "an object")

        return record
    if kind == "list":
        return _list(field, where, names, key, null)
    if kind == "union":
        return _union(field, where, names, key)
    raise ValueError(f"{where}: {key!r} has a kind no decoder knows: {kind!r}")


def _identity(value: Any) -> Any:
    return value


def _none(value: Any) -> Any:
    if value is not None:
        raise TypeError(f"{type(value).__name__} is not null")
    return value


def _enum(field: Field, enum: Any, where: str, key: str, null: Callable[[], Any]) -> Convert:
    if field.type != "str":

        def number(value: Any) -> Any:
            return null() if value is None else enum(scalar(value, where, key))

        return number
    members: Mapping[str, Any] = enum.__members_by_value__

    def member(value: Any) -> Any:
        if type(value) is str:
            found = members.get(value)
            return found if found is not None else unknown_member(enum, value)
        if value is None:
            return null()
        return scalar(value, where, key)  # a scalar of another type is kept as it came

    return member


def _list(field: Field, where: str, names: Mapping[str, Any], key: str, null: Callable[[], Any]) -> Convert:
    item = field.item or Field()
    if item.kind in ("any", "scalar"):
        scalars = item.kind == "scalar"
        return lambda value: null() if value is None else checked_list(value, where, key, scalars)
    if item.kind == "model":
        many = decoders(names[item.ref])

        def records(value: Any) -> Any:
            if type(value) is list or isinstance(value, tuple):
                return many.many(value)
            return null() if value is None else wrong_shape(where, key, value, "an array")

        return records
    each = converter(item, where, names, key)

    def items(value: Any) -> Any:
        if type(value) is list or isinstance(value, tuple):
            return [each(v) for v in value]
        return null() if value is None else wrong_shape(where, key, value, "an array")

    return items


_CHECKS: dict[str, Callable[[Any], bool]] = {
    "date": lambda v: isinstance(v, str),
    "datetime": lambda v: isinstance(v, str),
    "uuid": lambda v: isinstance(v, str),
    "model": lambda v: isinstance(v, dict),
    "list": lambda v: isinstance(v, list),
    "literal": lambda v: type(v) in (str, int),
}


def _union(field: Field, where: str, names: Mapping[str, Any], key: str) -> Convert:
    """openapi-python-client's union semantics: each decodable member in turn (an enum strictly
    first, so that a value it does not list cannot make it fit), then a plain member keeps the
    value. Where no member fits whole, the first whose listed values fit, a required key the answer
    leaves out read as None (as outside a union); a value no member can hold is refused."""
    plain = [m for m in field.members if m.kind in ("scalar", "any")]
    decodable = [
        (converter(m, where, names, key), _CHECKS.get(m.kind) if m.kind != "enum" else _enum_check(m))
        for m in field.members
        if m.kind not in ("scalar", "any", "none")
    ]
    nullable = any(m.kind == "none" for m in field.members)
    keeps_any = any(m.kind == "any" for m in plain)

    def attempt(value: Any) -> Any:
        if value is None and nullable:
            return None
        for number, (convert, check) in enumerate(decodable):
            if check is not None and (number < len(decodable) - 1 or plain):
                try:
                    if not check(value):
                        raise TypeError(type(value).__name__)
                    return convert(value)
                except _FAILED:
                    continue
            if check is not None and not check(value):
                raise TypeError(f"{type(value).__name__} fits no member of the union")
            return convert(value)
        if keeps_any:
            return value
        if plain:
            return scalar(value, where, key)
        raise TypeError(f"{type(value).__name__} fits no member of the union")

    def union(value: Any) -> Any:  # strict_enums and union_members, set directly (see IN_UNION)
        outer = IN_UNION.get()
        in_union = IN_UNION.set(True)
        try:
            strict = STRICT_ENUMS.set(True)
            try:
                return attempt(value)
            except _FAILED:
                pass
            finally:
                STRICT_ENUMS.reset(strict)
            try:
                return attempt(value)
            except _FAILED:
                if outer:  # a union around this one tries its next member
                    raise
        finally:
            IN_UNION.reset(in_union)
        # No member fits whole: the first whose listed values fit, with the required keys the
        # answer leaves out as None, as outside a union (OpenAI's output items without their id).
        strict = STRICT_ENUMS.set(True)
        try:
            return attempt(value)
        finally:
            STRICT_ENUMS.reset(strict)

    return union


def _enum_check(member: Field) -> Callable[[Any], bool]:
    kind = str if member.type == "str" else int
    return lambda value: isinstance(value, kind)


# The compiled functions: statements per field, written out and compiled once per model.


class _Writer:
    def __init__(self, cls: type, target: Decoders) -> None:
        self.cls, self.target = cls, target
        self.plan = plan_of(cls)
        self.extras_attr = extras_slot(cls)  # the slot itself, past additional_properties' descriptor
        self.where = next((c for c in cls.__mro__ if "_plan" in c.__dict__), cls).__module__
        self.names = namespace_of(cls)
        self.globals: dict[str, Any] = {
            "_cls": cls,
            "_new": cls.__new__,
            "_blank": blanks(cls),
            "_Mapping": Mapping,
            "_CONTAINERS": CONTAINERS,
            "_UNSET": UNSET,
            "_wrong_shape": wrong_shape,
            "_null_record": null_record,
            "_missing_key": missing_key,
            "_general": None,
            "_where": self.where,
            "_known": frozenset(f.key for f in self.plan.fields),
            "_may_hold_containers": may_hold_containers,
            "_plain_records": plain_records,
        }
        self.below = False
        """Writing the functions for records below the document's own model (``one_below``)."""

    @property
    def general(self) -> str:
        """The name of the general path's function being written, or called."""
        return "_general_below" if self.below else "_general"

    def bind(self, value: Any, prefix: str, number: int) -> str:
        name = f"_{prefix}{number}"
        self.globals[name] = value
        return name

    def compile(self) -> None:
        fields = self.plan.fields
        convert = [converter(f, self.where, self.names) for f in fields]
        extras = self.plan.extras
        lines: list[str] = []
        lines += self._general(fields, convert, extras)
        fast = not isinstance(extras, Field) and bool(fields)
        lines += self._one(fields, fast, "one")
        lines += self._many(fields, fast, "many")
        if fast and any(self._leaves(field) for field in fields):
            self.below = True
            lines += self._general(fields, convert, extras)
            lines += self._one(fields, fast, "one_below")
            lines += self._many(fields, fast, "many_below")
            self.below = False
        else:
            lines += ["one_below = one", "many_below = many"]
        source = "\n".join(lines)
        code = compile(source, f"<aiwyn_client decoders of {self.cls.__module__}.{self.cls.__qualname__}>", "exec")
        exec(code, self.globals)  # noqa: S102 - our own statements, from the plan's kinds and names
        for name in ("one", "many", "one_below", "many_below"):
            setattr(self.target, name, self.globals[name])
        self.target.converters = tuple(convert)

    def _extras(self, extras: Any, source: str) -> list[str]:
        if extras == "drop":
            return []
        if isinstance(extras, Field):
            each = self.bind(converter(extras, self.where, self.names, "additionalProperties"), "x", 0)
            return [
                f"if not _known.issuperset({source}):",
                f"    _i.{self.extras_attr} = {{_k: {each}(_v) for _k, _v in {source}.items() if _k not in _known}}",
            ]
        return [  # what is left of a copy once the declared keys are out, in the order they came
            f"if not _known.issuperset({source}):",
            f"    _x = {{**{source}}}",
            *(f"    _x.pop({field.key!r}, None)" for field in self.plan.fields),
            f"    _i.{self.extras_attr} = _x",
        ]

    def _general(self, fields: tuple[Field, ...], convert: list[Convert], extras: Any) -> list[str]:
        """Any mapping: a key left out is None and noted absent, a required one logged too
        (``missing_key``; in a union it raises); the usual values decided in line as on the fast path,
        the rest by the field's converter. The absent fields are noted once, at the end. ``_i``: the
        instance a long list made beforehand, which the fast path may have half filled: every field
        is stored again."""
        lines = [
            f"def {self.general}(_d, _i=None):",
            "    if type(_d) is not dict and not isinstance(_d, _Mapping):",
            "        if _d is None:",
            "            return _null_record(_where)",
            "        _wrong_shape(_where, '', _d, 'an object')",
            "    _g = _d.get",
            "    if _i is None:",
            "        _i = _new(_cls)",
            "    _a = ()",
        ]
        tested: list[str] = []
        untested: list[str] = []
        saved = 0
        for number, (field, conv) in enumerate(zip(fields, convert, strict=True)):
            self.bind(conv, "c", number)
            each = ["        " + line for line in self._general_field(number, field, scalars_only=False)]
            once = ["        " + line for line in self._general_field(number, field, scalars_only=True)]
            tested, untested, saved = tested + each, untested + once, saved + (each != once)
        lines += self._branch(tested, untested, saved, "    ", "type(_d) is not dict or _may_hold_containers(_d)")
        lines += ["    if _a:  # the fields not in the answer (aiwyn_client._model)", "        _i._aiwyn_absent = _a"]
        lines += ["    " + line for line in self._extras(extras, "_d")]
        lines.append("    return _i")
        return lines

    def _general_field(self, number: int, field: Field, scalars_only: bool) -> list[str]:
        """Statements that store ``field`` of the mapping ``_d``, or note it absent in ``_a``."""
        attr, conv = field.attr, f"_c{number}"
        if field.kind in PARSED:  # a string parsed in line; one that does not parse, by the converter
            parse = self.bind(_PARSE[field.kind], "p", number)
            other = f"None if _v is None else {conv}(_v)" if field.nullable else f"{conv}(_v)"
            present = [
                "if type(_v) is str:",
                "    try:",
                f"        _i.{attr} = {parse}(_v)",
                f"    except ({', '.join(error.__name__ for error in _FAILED)}):",
                f"        _i.{attr} = {conv}(_v)",
                "else:",
                f"    _i.{attr} = {other}",
            ]
        else:
            present = [f"_i.{raw_name(self.cls, attr)} = {self._present(number, field, scalars_only)}"]
        absent = f"_missing_key(_where, {field.key!r})" if field.required else "None"  # raises in a union
        return [
            f"if (_v := _g({field.key!r}, _UNSET)) is _UNSET:",
            f"    _i.{raw_name(self.cls, attr)} = {absent}",
            f"    _a += ({attr!r},)",
            "else:",
            *("    " + line for line in present),
        ]

    def _present(self, number: int, field: Field, scalars_only: bool) -> str:
        """An expression for a present value ``_v`` of ``field`` that gives what its converter
        gives (and raises only where it raises), deciding the usual values in line."""
        kind, conv = field.kind, f"_c{number}"
        if kind == "any" or (kind == "scalar" and scalars_only):
            return "_v"
        if kind == "scalar" and field.type:
            return f"_v if type(_v) is {field.type} or _v is None else {conv}(_v)"
        other = f"None if _v is None else {conv}(_v)" if field.nullable else f"{conv}(_v)"
        if kind == "model":
            model = self.bind(decoders(self.names[field.ref]), "d", number)
            made = f"{model}.one_below(_v) if type(_v) is dict else {other}"
            if not (self.below and self._leaves(field)):
                return made
            required = self._required(field, number)
            return f"_v if type(_v) is dict and not _may_hold_containers(_v){required} else {made}"
        if kind == "list" and field.item is not None and field.item.kind == "model":
            model = self.bind(decoders(self.names[field.item.ref]), "d", number)
            made = f"{model}.many_below(_v) if type(_v) is list else {other}"
            if not (self.below and self._leaves(field)):
                return made
            required = self.bind(self._required_keys(field), "r", number)
            return f"tuple(_v) if type(_v) is list and _plain_records(_v, {required}) else {made}"
        return other

    def _leaves(self, field: Field) -> bool:
        """Whether records of ``field`` below the document's own model are left as they came until
        first read: where the class reads the field through a ``DeferredSlot``, its model is
        ``plain`` and the interpreter tells a dict holding no object or array in one call."""
        if may_hold_containers is None or not field.record_ref or not defers(self.cls, field.attr):
            return False
        return plain(self.names[field.record_ref])

    def _required_keys(self, field: Field) -> frozenset[str]:
        model = self.names[field.record_ref]
        return frozenset(each.key for each in plan_of(model).fields if each.required)

    def _required(self, field: Field, number: int) -> str:
        """`` and`` a test that every required key of ``field``'s model is there, or nothing."""
        keys = self._required_keys(field)
        return f" and _v.keys() >= {self.bind(keys, 'r', number)}" if keys else ""

    def _branch(self, tested: list[str], untested: list[str], saved: int, indent: str, test: str) -> list[str]:
        """``tested`` (statements one indent deeper than ``indent``) where ``test`` says the record
        may hold an object or an array, else ``untested``, which spares ``saved`` scalar fields
        their test; ``tested`` alone where the interpreter cannot tell in one call
        (``aiwyn_client._containers``) or too few fields would be spared."""
        if may_hold_containers is None or saved < _TESTS_WORTH_A_CALL:
            return [line.removeprefix("    ") for line in tested]
        return [f"{indent}if {test}:", *tested, f"{indent}else:", *untested]

    def _fast(self, number: int, field: Field, source: str, indent: str, scalars_only: bool = False) -> list[str]:
        """Statements that store ``field`` read from ``source`` (an expression read once) when the
        value is the usual one, and raise KeyError, TypeError or ValueError to leave the rest to
        the general path. ``scalars_only``: the record is known to hold no object or array, so a
        scalar field's value is stored as it is (its converter would return it unchanged)."""
        attr, kind = raw_name(self.cls, field.attr), field.kind
        other = f"None if _v is None else _c{number}(_v)" if field.nullable else f"_c{number}(_v)"
        if kind in PARSED:  # a string that does not parse raises ValueError: the general path decides
            value = f"{self.bind(_PARSE[kind], 'p', number)}(_v) if type(_v) is str else {other}"
        elif kind == "enum" and field.type == "str":  # an unlisted value raises KeyError, likewise
            members = self.bind(self.names[field.ref].__members_by_value__, "m", number)
            value = f"{members}[_v] if type(_v) is str else {other}"
        else:
            value = self._present(number, field, scalars_only)
        if value == "_v":
            return [f"{indent}_i.{attr} = {source}"]
        return [f"{indent}_v = {source}", f"{indent}_i.{attr} = {value}"]

    def _record(self, fields: tuple[Field, ...], indent: str) -> list[str]:
        """Every field read by subscript (a missing key raises KeyError); a record that holds no
        object or array has its scalar fields stored with no test each (``_branch``). A subscript
        and a store a field is what is left: reading the keys in one ``operator.itemgetter`` call
        and unpacking into the slots measured 1-7% slower on 3.11 (the call builds a tuple of its
        arguments and one of the values), and unpacking ``dict.values()`` needs the key order
        checked, which costs what it saves."""
        tested: list[str] = []
        untested: list[str] = []
        saved = 0
        for number, field in enumerate(fields):
            each = self._fast(number, field, f"_d[{field.key!r}]", indent + "    ")
            once = self._fast(number, field, f"_d[{field.key!r}]", indent + "    ", scalars_only=True)
            tested, untested, saved = tested + each, untested + once, saved + (each != once)
        return self._branch(tested, untested, saved, indent, "_may_hold_containers(_d)")

    def _kept(self, indent: str) -> list[str]:
        """After the fast path: every declared key was there, so any more (``_l``, the record's
        length, read before it) are undeclared. They are kept in the order they came, by deleting
        the declared keys from a copy (one statement a key, about half the time of a comprehension
        testing every key)."""
        if self.plan.extras == "drop":
            return []
        fields = self.plan.fields
        return [
            f"{indent}if _l > {len(fields)}:",
            f"{indent}    _x = {{**_d}}",
            *(f"{indent}    del _x[{field.key!r}]" for field in fields),
            f"{indent}    _i.{self.extras_attr} = _x",
        ]

    def _one(self, fields: tuple[Field, ...], fast: bool, name: str) -> list[str]:
        if not fast:
            return [f"{name} = {self.general}"]
        return [
            f"def {name}(_d):",
            f"    if type(_d) is dict and (_l := len(_d)) >= {len(fields)}:",
            "        try:",
            "            _i = _new(_cls)",
            *self._record(fields, "            "),
            "        except (KeyError, TypeError, ValueError, OverflowError):",
            "            pass",
            "        else:",
            *self._kept("            "),
            "            return _i",
            f"    return {self.general}(_d)",
        ]

    def _many(self, fields: tuple[Field, ...], fast: bool, name: str) -> list[str]:
        if not fast:
            return [f"def {name}(_items):", f"    return [{self.general}(_d) for _d in _items]"]
        lines = [f"def {name}(_items):"]
        if self.globals["_blank"] is not None:  # a long list's instances made in one go (aiwyn_client._instances)
            null = f"if {self.general}(_d, _i) is None: _nulls = True"  # a null record: its blank is not it
            lines += [
                f"    if type(_items) is list and len(_items) >= {BATCH}:",
                "        _out = _blank(len(_items))",
                "        _nulls = False",
                "        for _i, _d in zip(_out, _items):",
                *self._each(fields, None, null, "            "),
                "        if _nulls:",
                "            return [None if _d is None else _i for _i, _d in zip(_out, _items)]",
                "        return _out",
            ]
        return [
            *lines,
            "    _out = []",
            "    for _d in _items:",
            *self._each(fields, "_new(_cls)", f"_i = {self.general}(_d)", "        "),
            "        _out.append(_i)",
            "    return _out",
        ]

    def _each(self, fields: tuple[Field, ...], instance: str | None, general: str, indent: str) -> list[str]:
        """A list's statements for its record ``_d``: the fast path into ``instance`` (None: the
        blank ``_i`` already is the record's), else ``general``, the general path's statement."""
        kept = self._kept(indent + "        ")
        return [
            f"{indent}if type(_d) is dict and (_l := len(_d)) >= {len(fields)}:",
            f"{indent}    try:",
            *([f"{indent}        _i = {instance}"] if instance else []),
            *self._record(fields, indent + "        "),
            f"{indent}    except (KeyError, TypeError, ValueError, OverflowError):",
            f"{indent}        {general}",
            *([f"{indent}    else:", *kept] if kept else []),
            f"{indent}else:",
            f"{indent}    {general}",
        ]
