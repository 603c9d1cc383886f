# Copied from overlays/aiwyn_client/_encode.py: edit it there; `make generate` rewrites this file.
"""``to_dict()``: a model as a JSON object, compiled from its plan (``aiwyn_client._fields``).

One function per model and options, written out field by field on first use (as
``aiwyn_client._compile`` writes the decoders): a field is sent when it is set (decoded from the
answer, given to the constructor, or assigned a value since), the undeclared keys the model
carries come first, and each value is encoded by its kind: scalars as they are, dates as ISO
8601 strings (or as they are, ``dates="native"``), enums and UUIDs as their values, nested models
by their own ``to_dict`` with the same options, and files (a ``format: binary`` property of a JSON
body) as their bytes in base64: JSON has no bytes, and base64 is how it carries them (``format:
byte``, ``contentEncoding: base64``, and how .NET's and Java's serialisers write a byte array).
"""

from __future__ import annotations

import base64
import datetime
import threading
import uuid
from collections.abc import Callable
from enum import Enum
from typing import Any, Literal

import attrs

from ._compile import plan_of
from ._extras import extras_slot
from .types import File

Names = Literal["api", "python"]
Dates = Literal["iso", "native"]
Encode = Callable[[Any], Any]

_lock = threading.Lock()
_compiled: dict[tuple[type, str, str], Encode] = {}


def encoder(cls: type, names: str = "api", dates: str = "iso") -> Encode:
    """The ``to_dict`` function of model class ``cls`` for these options, compiled on first use."""
    found = _compiled.get((cls, names, dates))
    if found is not None:
        return found
    if names not in ("api", "python") or dates not in ("iso", "native"):
        raise ValueError(f"to_dict takes names='api' or 'python' and dates='iso' or 'native', not {names!r}, {dates!r}")
    with _lock:
        found = _compiled[(cls, names, dates)] = _write(cls, names, dates)
    return found


def value_encoder(names: str, dates: str) -> Encode:
    """Any value a model holds, as JSON (with ``dates="native"``, dates as they are)."""
    native = dates == "native"

    def encode(value: Any) -> Any:
        if value is None or type(value) in (str, int, float, bool):
            return value
        if getattr(type(value), "_plan", None) is not None:
            return encoder(type(value), names, dates)(value)
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, datetime.date):
            return value if native else value.isoformat()
        if isinstance(value, uuid.UUID):
            return str(value)
        if isinstance(value, (list, tuple)):
            return [encode(item) for item in value]
        if isinstance(value, dict):
            return {key: encode(item) for key, item in value.items()}
        if isinstance(value, File):
            return file_text(value)
        return value

    return encode


def file_text(file: File) -> str:
    """A file's bytes in base64, read from where its payload stands, which is put back there
    (where it can be) so that encoding the body again sends the same bytes."""
    payload = file.payload
    seekable = getattr(payload, "seekable", None)
    start = payload.tell() if seekable is not None and seekable() else None
    data = payload.read()
    if start is not None:
        payload.seek(start)
    return base64.b64encode(data if isinstance(data, bytes) else str(data).encode("utf-8")).decode("ascii")


def _slot(cls: type, name: str) -> Callable[[Any], Any]:
    """The getter of slot ``name`` (AttributeError while it is empty), wherever in ``cls``'s bases."""
    owner = next(c for c in cls.__mro__ if name in c.__dict__)
    getter: Callable[[Any], Any] = owner.__dict__[name].__get__
    return getter


def _write(cls: type, names: str, dates: str) -> Encode:
    from ._model import Model, documented_default  # imported late (_model imports this module)

    plan = plan_of(cls)
    keeps_extras = plan.extras != "drop"
    namespace: dict[str, Any] = {
        "_absent_of": _slot(Model, "_aiwyn_absent"),
        "_extras_of": _slot(cls, extras_slot(cls)) if keeps_extras else None,
        "_enc": value_encoder(names, dates),
        "_File": File,
    }
    lines = [
        "def encode(_s):",
        "    try:",
        "        _a = _absent_of(_s)",
        "    except AttributeError:",
        "        _a = ()",
    ]
    if keeps_extras:
        lines += [
            "    try:",
            "        _x = _extras_of(_s)",  # the slot itself: a kept tuple is made into the dict below
            "    except AttributeError:",
            "        _o = {}",
            "    else:",
            "        if type(_x) is tuple:",
            "            _x = _s.additional_properties",
            "        _o = {_k: _enc(_v) for _k, _v in _x.items()}",
        ]
    else:
        lines.append("    _o = {}")
    defaults = {f.name: documented_default(f) for f in attrs.fields(cls)}
    for field in plan.fields:
        key = field.attr if names == "python" else field.key
        has_default, default = defaults.get(field.attr, (False, None))
        namespace[f"_d_{field.attr}"] = default
        changed = f" and _v != _d_{field.attr}" if has_default else ""  # at its default: as not given
        plain = field.kind in ("scalar", "any") or (field.kind in ("date", "datetime") and dates == "native")
        value = "_v" if plain else "_enc(_v)"
        if field.kind == "any":  # a free-form value as it is, but a file (which JSON cannot hold) in base64
            value = "_v if type(_v) is not _File else _enc(_v)"
        if field.required:
            lines += [f"    _v = _s.{field.attr}", f"    _o[{key!r}] = {value}"]
        else:
            lines += [
                f"    if (_v := _s.{field.attr}) is not None{changed} or {field.attr!r} not in _a:",
                f"        _o[{key!r}] = {value}",
            ]
    lines.append("    return _o")
    source = "\n".join(lines)
    exec(compile(source, f"<aiwyn_client to_dict of {cls.__qualname__}>", "exec"), namespace)  # noqa: S102
    encode: Encode = namespace["encode"]
    return encode
