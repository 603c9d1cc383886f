"""Typed decoding through msgspec Structs: a page in well under the time ``json.loads`` takes.

Decoding JSON to dicts and then to models builds every record twice. With msgspec installed, a
model's response is decoded instead into private ``msgspec.Struct`` types built from the
models' decode plans (``aiwyn_client._fields``): a scalar field is typed as any scalar or null,
so msgspec refuses an object or an array there in C; a record or a list of records as the
nested model's Struct; anything else as any JSON. The compiled ``wire_one`` / ``wire_many``
(``aiwyn_client._compile``) then fill the attrs instances with the very converters the dict
path uses, so every value, null and unknown enum decodes alike.

Records carry keys the description does not declare, which a Struct refuses. When msgspec
refuses a document, it is decoded to dicts once and walked along the plans: every key a
record's model does not declare is learnt (a Struct field of its own, renamed to it), so a
server's extra fields cost one walk, once per process, and then land in
``additional_properties`` at full speed. A model that meets more than ``MAX_LEARNT`` such keys
(keys that are really data) goes back to dicts for good.

Anything else the Struct path does not take (invalid JSON, a value of the wrong shape, a
missing required field, a document that is null) returns None, and the caller decodes the
document the usual way, which gives the usual result or error: this path never changes one.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any, TypeVar, Union, cast

from . import _json
from ._compile import decoders, namespace_of, plan_of
from ._decode import null_value
from ._fields import Field
from ._json import loads
from .types import UNSET

MAX_LEARNT = 64
"""Undeclared keys one model learns before its records are decoded as dicts instead."""
_RETRIES = 3

M = TypeVar("M")
_SCALAR: Any = Union[str, int, float, bool, None]  # noqa: UP007 - msgspec takes the typing form
"""A scalar field's values: a scalar of another type is kept as it came (as ``from_dict`` keeps it)."""
_lock = threading.Lock()
_learnt: dict[type, tuple[str, ...]] = {}
_saturated: set[type] = set()
_generation = 0
_decoders: dict[type, tuple[int, Any]] = {}


def decode(model: type[M], data: bytes | str) -> M | None:
    """``model`` decoded from a JSON document through its Struct, or None (decode it as usual)."""
    if _json.decoder is None or not _wire_ok(model) or model in _saturated:
        return None
    for _ in range(_RETRIES):
        try:
            decoder = _decoder(model)
        except Exception:  # noqa: BLE001 - a Struct msgspec will not build: this model keeps to dicts
            _saturated.add(model)
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
            return cast(M, decoders(model).wire_one(wire))
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
    cached = _decoders.get(root)
    if cached is not None and cached[0] == _generation:
        return cached[1]
    with _lock:
        built: dict[type, Any] = {}
        struct = _struct(root, built, set())
        decoder = _json.msgspec.json.Decoder(struct)
        _decoders[root] = (_generation, decoder)
        return decoder


def _struct(model: type, built: dict[type, Any], building: set[type]) -> Any:
    """The Struct for ``model`` as it stands (declared and learnt keys), or None for a model
    whose records stay dicts (no Struct plan, too many extra keys, or a cycle back to itself)."""
    if model in built:
        return built[model]
    if not _wire_ok(model) or model in _saturated or model in building:
        return None
    building.add(model)
    plan = plan_of(model)
    fields: list[tuple[Any, ...]] = []
    rename: dict[str, str] = {}
    for field in plan.fields:
        kind = _kind(field, namespace_of(model), built, building)
        fields.append((field.attr, kind) if field.required else (field.attr, kind, UNSET))
        rename[field.attr] = field.key
    extra = []
    for number, key in enumerate(_learnt.get(model, ())):
        attr = f"x{number}_"
        while attr in rename:
            attr += "_"
        fields.append((attr, Any, UNSET))
        rename[attr] = key
        extra.append((attr, key))
    building.discard(model)
    built[model] = _json.msgspec.defstruct(
        f"{model.__name__}Wire",
        fields,
        kw_only=True,
        rename=rename,
        forbid_unknown_fields=plan.extras != "drop",  # a model that keeps no extras drops them
        gc=False,  # decoded JSON holds no cycles
        namespace={"aiwyn_extra_": _extractor(extra)},
    )
    return built[model]


def _kind(field: Field, names: dict[str, Any], built: dict[type, Any], building: set[type]) -> Any:
    """A field's type in the Struct: scalars as scalars, records as their Struct, the rest as any JSON."""
    if field.scalar:
        return _SCALAR
    item = field.item
    if field.kind == "list" and item is not None and item.scalar:
        return Union[list[_SCALAR], None]  # noqa: UP007
    if field.kind == "model" or (field.kind == "list" and item is not None and item.kind == "model"):
        nested = _struct(names[field.ref or (item.ref if item else "")], built, building)
        if nested is not None:
            return (list[nested] if field.kind == "list" else nested) | None  # type: ignore[valid-type]
    return Any


def _extractor(extra: list[tuple[str, str]]) -> Any:
    """A function that gathers a record's learnt keys into a dict (None when nothing is learnt).

    Written out field by field and compiled, as attrs and dataclasses write their methods: a
    loop of ``getattr`` calls took about three times as long, once per record.
    """
    if not extra:
        return None
    lines = ["def extract(wire):", "    found = {}"]
    for attr, key in extra:  # attr is ours (x0_, x1_...); the key is any string, so repr()
        lines += [f"    value = wire.{attr}", f"    if value is not UNSET: found[{key!r}] = value"]
    lines.append("    return found")
    names: dict[str, Any] = {"UNSET": UNSET}
    exec(compile("\n".join(lines), "<aiwyn_client._wire extractor>", "exec"), names)  # noqa: S102
    return staticmethod(names["extract"])


def _learn(root: type, data: bytes | str) -> bool:
    """Learn every key the document's records carry that their models do not declare, found by
    walking the document (decoded to dicts) along the plans; False when there is none (msgspec
    refused the document for another reason) or no model can learn more."""
    global _generation
    try:
        document = loads(data)
    except ValueError:
        return False
    found: dict[type, list[str]] = {}
    _walk(root, document, found)
    learnt = False
    with _lock:
        for model, keys in found.items():
            known = _learnt.get(model, ())
            new = [key for key in keys if key not in known]
            if not new:
                continue
            if len(known) + len(new) > MAX_LEARNT:
                _saturated.add(model)
                learnt = learnt or model is not root
            else:
                _learnt[model] = (*known, *new)
                learnt = True
            _generation += 1
    return learnt


def _walk(model: type, value: Any, found: dict[type, list[str]]) -> None:
    """Gather the undeclared keys of ``value`` (a record of ``model``) and of the records in it
    that have Structs of their own."""
    if not isinstance(value, Mapping) or not _wire_ok(model) or model in _saturated:
        return
    plan = plan_of(model)
    if plan.extras != "drop":
        declared = {field.key for field in plan.fields}
        extra = [key for key in value if key not in declared and key not in found.get(model, ())]
        if extra:
            found.setdefault(model, []).extend(extra)
    names = namespace_of(model)
    for field in plan.fields:
        item = field.item
        if field.kind == "model":
            _walk(names[field.ref], value.get(field.key), found)
        elif field.kind == "list" and item is not None and item.kind == "model":
            items = value.get(field.key)
            if type(items) is list:
                nested = names[item.ref]
                for record in items:
                    _walk(nested, record, found)
