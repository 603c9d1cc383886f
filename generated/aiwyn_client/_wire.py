# Copied from overlays/aiwyn_client/_wire.py: edit it there; `make generate` rewrites this file.
"""Typed decoding through msgspec Structs: a page in well under the time ``json.loads`` takes.

Decoding JSON to dicts and then to models builds every record twice. With msgspec installed, a
model's response is decoded instead into private ``msgspec.Struct`` types built from the
models' own ``_wire_fields`` (attribute, JSON key, whether required, and what the values are:
records, ``list:Item`` or ``one:Item``; scalars, ``scalar`` or ``scalars`` for a list of them;
any JSON, ``""``), and each model's ``_from_wire`` fills the public attrs instances from them
with the very statements ``from_dict`` runs, so every value, null and unknown enum decodes
alike. A scalar field is typed as any scalar or null in its Struct, so msgspec refuses an
object or an array there in C, and the document goes to the usual path, which raises.

Records carry keys the description does not declare. A Struct refuses them, and msgspec's
error names the key and where it was; the model then learns the key (a Struct field of its
own, renamed to it) and the document is decoded again, so a server's extra fields cost one
retry each, once per process, and then land in ``additional_properties`` at full speed. A
model that meets more than ``MAX_LEARNT`` such keys (keys that are really data) goes back to
dicts for good.

Anything else the Struct path does not take (invalid JSON, a value of the wrong shape, a
missing required field, a document that is null) returns None, and the caller decodes the
document the usual way, which gives the usual result or error: this path never changes one.
"""

from __future__ import annotations

import sys
import threading
from typing import Any, TypeVar, Union, cast

from . import _json
from ._decode import null_value
from ._json import loads
from .types import UNSET

MAX_LEARNT = 64
"""Undeclared keys one model learns before its records are decoded as dicts instead."""
_RETRIES = 8
_UNKNOWN = "Object contains unknown field `"
_AT = "` - at `$"

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
    if _json.decoder is None or "_wire_fields" not in model.__dict__ or model in _saturated:
        return None
    for _ in range(_RETRIES):
        try:
            decoder = _decoder(model)
        except Exception:  # noqa: BLE001 - a Struct msgspec will not build: this model keeps to dicts
            _saturated.add(model)
            return None
        try:
            wire = decoder.decode(data)
        except _json.msgspec.ValidationError as exc:
            if _learn(model, str(exc)):
                continue
            return None
        except _json.msgspec.DecodeError:
            return None
        try:
            return cast(M, model._from_wire(wire))  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - the usual path decides, and raises its usual error
            return None
    return None


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
    whose records stay dicts (no wire fields, too many extra keys, or a cycle back to itself)."""
    if model in built:
        return built[model]
    if "_wire_fields" not in model.__dict__ or model in _saturated or model in building:
        return None
    building.add(model)
    namespace = vars(sys.modules[model.__module__])  # item models are imported at its foot
    fields: list[tuple[Any, ...]] = []
    rename: dict[str, str] = {}
    for attr, key, required, models in model._wire_fields:  # type: ignore[attr-defined]
        kind: Any = Any
        if models == "scalar":
            kind = _SCALAR
        elif models == "scalars":
            kind = Union[list[_SCALAR], None]  # noqa: UP007
        elif models:  # "list:Item" or "one:Item": the values are that model's records
            shape, _, item = models.partition(":")
            item_struct = _struct(namespace[item], built, building)
            if item_struct is not None:
                kind = (list[item_struct] if shape == "list" else item_struct) | None  # type: ignore[valid-type]
        fields.append((attr, kind) if required else (attr, kind, UNSET))
        rename[attr] = key
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
        forbid_unknown_fields=hasattr(model, "_known_keys"),  # a model that keeps no extras drops them
        gc=False,  # decoded JSON holds no cycles
        namespace={"aiwyn_extra_": _extractor(extra)},
    )
    return built[model]


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


def _learn(root: type, message: str) -> bool:
    """Learn the undeclared key msgspec refused (its message names the key and where it was);
    False when the message is of another kind, or the key's model cannot learn it."""
    global _generation
    if not message.startswith(_UNKNOWN):
        return False
    rest = message[len(_UNKNOWN) :]  # "key` - at `$.path`", or "key`" at the top
    key, at, path = rest.rpartition(_AT)
    if not at:
        key, path = rest.removesuffix("`"), ""
    model = _model_at(root, path.removesuffix("`"))
    if model is None:
        return False
    with _lock:
        known = _learnt.get(model, ())
        if key in known:
            return False  # learnt already, and refused again: the message was not what it seemed
        if len(known) >= MAX_LEARNT:
            _saturated.add(model)
            _generation += 1
            return model is not root
        _learnt[model] = (*known, key)
        _generation += 1
    return True


def _model_at(model: type, path: str) -> type | None:
    """The model whose record sits at ``path`` (``.items[3].address``, after the ``$``)."""
    while path:
        namespace = vars(sys.modules[model.__module__])
        for _attr, key, _required, models in model._wire_fields:  # type: ignore[attr-defined]
            shape, _, item = models.partition(":")
            if shape == "list" and path.startswith(f".{key}["):
                index, bracket, path = path[len(key) + 2 :].partition("]")
                if not (bracket and index.isdigit()):
                    return None
            elif shape == "one" and (path == f".{key}" or path.startswith((f".{key}.", f".{key}["))):
                path = path[len(key) + 1 :]
            else:
                continue
            model = namespace[item]
            break
        else:
            return None
    return model
