"""Typed decoding through msgspec Structs: a page in well under the time ``json.loads`` takes.

Decoding JSON to dicts and then to models builds every record twice. With msgspec installed, a
model's response is decoded instead into private ``msgspec.Struct`` types built from the
models' decode plans (``aiwyn_client._fields``): a scalar field is typed as any scalar or null,
so msgspec refuses an object or an array there in C; a record or a list of records as the
nested model's Struct; anything else as any JSON. Each Struct's copy into the attrs instances
(``aiwyn_client._wire_copy``, compiled with the Struct) uses the very converters the dict path
uses for what msgspec leaves to it, so every value, null and unknown enum decodes alike.

Each Struct is first built for the usual record, so that msgspec does as much as it can in C:
every declared key required (no test for an absent one per field), and dates, date-times,
UUIDs and string enums typed as themselves (parsed in C: see "Dates" below). Real servers
differ from the usual, so when msgspec refuses a document it is decoded to dicts once and
walked along the plans, and what the walk finds is learnt, once per process:

- a key a record's model does not declare becomes a Struct field of its own, renamed to it,
  and then lands in ``additional_properties`` at full speed; a model that meets more than
  ``MAX_LEARNT`` such keys (keys that are really data) goes back to dicts for good;
- a model whose records leave out optional keys gets a Struct where those may be absent;
- a date, UUID or enum field holding a value msgspec will not type (a form of date it does
  not read, an enum value the description does not list, a number) is read as any scalar
  and decoded in Python, as the dict path decodes it.

Dates: msgspec reads RFC 3339 (``2024-01-31T09:00:00Z``, any offset, a space or ``t`` for the
``T``, a lower-case ``z``), which is what APIs send; the rare forms only Python's
``fromisoformat`` reads (no seconds, a comma, basic format) are learnt as above and parsed in
Python. The one difference in a value: a fraction finer than a microsecond is rounded to the
nearest microsecond here, where ``fromisoformat`` drops the digits past the sixth.

Anything else the Struct path does not take (invalid JSON, a value of the wrong shape, a
missing required field, a document that is null) returns None, and the caller decodes the
document the usual way, which gives the usual result or error: this path never changes one.
"""

from __future__ import annotations

import datetime
import threading
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar, Union, cast

from . import _json
from ._compile import namespace_of, plan_of
from ._decode import null_value
from ._deferred import WIRE, defers
from ._fields import Field
from ._json import loads
from ._wire_copy import Shape, copiers
from .types import UNSET

MAX_LEARNT = 64
"""Undeclared keys one model learns before its records are decoded as dicts instead."""
_RETRIES = 3

M = TypeVar("M")
_SCALAR: Any = Union[str, int, float, bool, None]  # noqa: UP007 - msgspec takes the typing form
"""A scalar field's values: a scalar of another type is kept as it came (as ``from_dict`` keeps it)."""
NATIVE_TYPES: dict[str, type] = {"date": datetime.date, "datetime": datetime.datetime, "uuid": uuid.UUID}
"""The parsed kinds msgspec decodes in C, by the type it gives them (a string enum gives its members)."""


@dataclass
class Learnt:
    """What this process has learnt about the records it decoded (see the module's docstring)."""

    keys: dict[type, tuple[str, ...]] = field(default_factory=dict)
    """Undeclared keys, per model."""
    saturated: set[type] = field(default_factory=set)
    """Models decoded as dicts for good."""
    partial: set[type] = field(default_factory=set)
    """Models whose records leave out optional keys."""
    textual: set[tuple[type, str]] = field(default_factory=set)
    """(model, attribute) of the fields msgspec does not type: decoded in Python."""
    generation: int = 0
    """Bumped with each thing learnt: a Decoder built before is rebuilt."""
    decoders: dict[type, tuple[int, Any]] = field(default_factory=dict)
    """Each root model's Decoder, with the generation it was built in."""


_lock = threading.Lock()
_state = Learnt()


def decode(model: type[M], data: bytes | str) -> M | None:
    """``model`` decoded from a JSON document through its Struct, or None (decode it as usual)."""
    if _json.decoder is None or not _wire_ok(model) or model in _state.saturated:
        return None
    for _ in range(_RETRIES):
        try:
            decoder = _decoder(model)
        except Exception:  # noqa: BLE001 - a Struct msgspec will not build: this model keeps to dicts
            _state.saturated.add(model)
            return None
        try:
            wire = decoder.decode(data)
        except _json.msgspec.ValidationError:
            if _learn(model, data):
                continue
            return None
        except _json.msgspec.DecodeError:
            return None
        try:
            return cast(M, wire.aiwyn_one_(wire))
        except Exception:  # noqa: BLE001 - the usual path decides, and raises its usual error
            return None
    return None


def _wire_ok(model: type) -> bool:
    plan = getattr(model, "_plan", None)
    return plan is not None and plan.struct_ok()


def decode_model(model: type[M], data: bytes | str, where: str, name: str) -> M:
    """A documented response body of type ``model``: through its Struct when it can be, else
    ``from_dict`` of the decoded document (a null is None, as the endpoints decode it)."""
    decoded = decode(model, data)
    if decoded is not None:
        return decoded
    document = loads(data)
    if document is None:
        return cast(M, null_value(where, name))
    return cast(M, model.from_dict(document))  # type: ignore[attr-defined]


def _decoder(root: type) -> Any:
    state = _state
    cached = state.decoders.get(root)
    if cached is not None and cached[0] == state.generation:
        return cached[1]
    with _lock:
        built: dict[type, Any] = {}
        struct = _struct(root, built, set(), top=True)
        decoder = _json.msgspec.json.Decoder(struct)
        state.decoders[root] = (state.generation, decoder)
        return decoder


def _struct(model: type, built: dict[type, Any], building: set[type], top: bool = False) -> Any:
    """The Struct for ``model`` as it stands (declared and learnt keys), or None for a model
    whose records stay dicts (no Struct plan, too many extra keys, or a cycle back to itself).
    Below the document's own model (``top``), a record or list of records whose copy cannot fail
    is kept as its Struct until read (``aiwyn_client._deferred``): a list of them as a tuple."""
    if model in built:
        return built[model]
    if not _wire_ok(model) or model in _state.saturated or model in building:
        return None
    building.add(model)
    plan = plan_of(model)
    names = namespace_of(model)
    complete = model not in _state.partial
    fields: list[tuple[Any, ...]] = []
    rename: dict[str, str] = {}
    native: set[str] = set()
    nested: dict[str, Any] = {}
    deferred: set[str] = set()
    for each in plan.fields:
        kind = _kind(model, each, names, built, building)
        if _native(model, each, names) is not None:
            native.add(each.attr)
        elif (struct := built.get(_ref(each, names))) is not None:  # built by _kind, just now
            nested[each.attr] = struct
            if not top and struct.aiwyn_infallible_ and defers(model, each.attr):
                deferred.add(each.attr)
                kind = tuple[struct, ...] | None if each.kind == "list" else kind  # type: ignore[valid-type]
        fields.append((each.attr, kind) if each.required or complete else (each.attr, kind, UNSET))
        rename[each.attr] = each.key
    extras = []
    for number, key in enumerate(_state.keys.get(model, ())):
        attr = f"x{number}_"
        while attr in rename:
            attr += "_"
        fields.append((attr, Any, UNSET))
        rename[attr] = key
        extras.append((attr, key))
    building.discard(model)
    shape = Shape(complete, frozenset(native), nested, frozenset(deferred), tuple(extras))
    one, many, infallible = copiers(model, shape)
    built[model] = _json.msgspec.defstruct(
        f"{model.__name__}Wire",
        fields,
        kw_only=True,
        rename=rename,
        forbid_unknown_fields=plan.extras != "drop",  # a model that keeps no extras drops them
        gc=False,  # decoded JSON holds no cycles
        namespace={
            "aiwyn_one_": staticmethod(one),
            "aiwyn_many_": staticmethod(many),
            "aiwyn_infallible_": infallible,
        },
    )
    WIRE.add(built[model])
    return built[model]


def _kind(model: type, field: Field, names: dict[str, Any], built: dict[type, Any], building: set[type]) -> Any:
    """A field's type in the Struct: dates, UUIDs and string enums as themselves (unless learnt
    otherwise), other scalars as any scalar, records as their Struct, the rest as any JSON."""
    native = _native(model, field, names)
    if native is not None:
        return Union[native, None]  # noqa: UP007
    if field.scalar:
        return _SCALAR
    item = field.item
    if field.kind == "list" and item is not None and item.scalar:
        return Union[list[_SCALAR], None]  # noqa: UP007
    ref = _ref(field, names)
    nested = _struct(ref, built, building) if ref is not None else None
    if nested is not None:
        return (list[nested] if field.kind == "list" else nested) | None  # type: ignore[valid-type]
    return Any


def _ref(field: Field, names: Mapping[str, Any]) -> Any:
    """The model class of a record field or of a list of records' items, or None."""
    return names[field.record_ref] if field.record_ref else None


def _native(model: type, field: Field, names: Mapping[str, Any]) -> Any:
    """The type msgspec decodes ``field``'s values to in C, or None for a field it does not type
    (its kind, or a field of ``model`` learnt as textual)."""
    if (model, field.attr) in _state.textual:
        return None
    if field.kind in NATIVE_TYPES:
        return NATIVE_TYPES[field.kind]
    if field.kind == "enum" and field.type == "str":
        return names[field.ref]
    return None


@dataclass
class _Found:
    """What one walk of a refused document found that is not learnt yet."""

    keys: dict[type, list[str]] = field(default_factory=dict)
    partial: set[type] = field(default_factory=set)
    textual: set[tuple[type, str]] = field(default_factory=set)


def _learn(root: type, data: bytes | str) -> bool:
    """Learn what the document's records carry that their Structs do not take (see the module's
    docstring), found by walking the document (decoded to dicts) along the plans; False when
    there is nothing (msgspec refused the document for another reason) or no model can learn more."""
    try:
        document = loads(data)
    except ValueError:
        return False
    found = _Found()
    _walk(root, document, found)
    learnt = changed = False
    with _lock:
        state = _state
        for model, keys in found.keys.items():
            known = state.keys.get(model, ())
            new = [key for key in keys if key not in known]
            if not new:
                continue
            changed = True
            if len(known) + len(new) > MAX_LEARNT:
                state.saturated.add(model)
                learnt = learnt or model is not root
            else:
                state.keys[model] = (*known, *new)
                learnt = True
        if not (found.partial <= state.partial and found.textual <= state.textual):
            state.partial |= found.partial
            state.textual |= found.textual
            learnt = changed = True
        if changed:
            state.generation += 1
    return learnt


def _walk(model: type, value: Any, found: _Found) -> None:
    """Gather what ``value`` (a record of ``model``) and the records in it that have Structs of
    their own carry that their Structs do not take."""
    if not isinstance(value, Mapping) or not _wire_ok(model) or model in _state.saturated:
        return
    plan = plan_of(model)
    if plan.extras != "drop":
        declared = {each.key for each in plan.fields}
        extra = [key for key in value if key not in declared and key not in found.keys.get(model, ())]
        if extra:
            found.keys.setdefault(model, []).extend(extra)
    names = namespace_of(model)
    for each in plan.fields:
        item = each.item
        if each.key not in value:
            if not each.required and model not in _state.partial:
                found.partial.add(model)
            continue
        field_value = value[each.key]
        native = _native(model, each, names)
        if native is not None and field_value is not None:
            try:
                _json.msgspec.convert(field_value, native)
            except _json.msgspec.ValidationError:
                found.textual.add((model, each.attr))
        if each.kind == "model":
            _walk(names[each.ref], field_value, found)
        elif each.kind == "list" and item is not None and item.kind == "model" and type(field_value) is list:
            nested = names[item.ref]
            for record in field_value:
                _walk(nested, record, found)
