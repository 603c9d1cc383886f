"""What every generated model shares: which fields are set, a readable ``repr``, JSON in and out.

The models are attrs classes rendered from the description. A property the description
requires is typed without ``None``; every other one is ``X | None`` with ``None`` as its
default (or the description's default), and whether it was there is kept apart, as pydantic's
``model_fields_set`` does:

- a decoded model knows which keys the answer carried (``fields_set``);
- a model you build knows which arguments you gave: ``to_dict()`` sends exactly those (an
  explicit ``None`` as null) and leaves the others out, a field at its documented default too,
  so one class serves a schema used in requests and in responses, and an update sends only what
  it changes. Assigning a field another value later sends it too.

This base has one slot of its own (the absent fields, left empty when every field is set, as
for most decoded records), so the models stay slotted.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar

import attrs

from . import _deferred
from ._compile import decoders
from ._encode import Dates, Names, encoder
from ._extras import install
from ._json import loads
from ._wire import decode
from .types import UNSET

M = TypeVar("M", bound="Model")


class _Absent:
    """The default of a field not given to the constructor; it is None once the model exists."""

    def __repr__(self) -> str:
        return "None"  # what the field holds after __init__, and what help() should show

    def __bool__(self) -> bool:
        return False


ABSENT: Final[Any] = _Absent()
"""The default of every optional field (typed as anything, so ``X | None = ABSENT`` checks)."""


class _Defaulted:
    """The default of an optional field the description gives a default: the field holds that
    value once the model exists, and is not sent while it holds it, unless given to the
    constructor (the server applies its own default; an update must not set a field back to it
    unasked)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __repr__(self) -> str:
        return repr(self.value)  # what help() shows, and what the field holds


def defaulted(value: Any) -> Any:
    """``X | None = defaulted(50)``: the field's documented default, not sent until given."""
    return _Defaulted(value)


def documented_default(field: attrs.Attribute[Any]) -> tuple[bool, Any]:
    """Whether an attrs field has the description's default, and that default."""
    default = field.default
    return (True, default.value) if type(default) is _Defaulted else (False, None)


def unchanged(field: attrs.Attribute[Any], value: Any) -> bool:
    """Whether an absent field still holds what it held once the model existed: None, or its
    documented default (equal to it: an assignment of the same value is not told apart)."""
    has_default, default = documented_default(field)
    return value is None or (has_default and value == default)


def absent_fields(model: Model) -> tuple[str, ...]:
    """The attribute names of ``model`` that were not given or not in the answer."""
    try:
        found: tuple[str, ...] = _ABSENT_SLOT(model)
    except AttributeError:
        return ()
    return found


class Model:
    __slots__ = ("_aiwyn_absent",)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        install(cls)  # additional_properties made on first use (aiwyn_client._extras)
        _deferred.install(cls)  # nested records made on first read (aiwyn_client._deferred)

    def __attrs_post_init__(self) -> None:
        """After attrs' ``__init__``: the fields not given (or given ``UNSET``) are None, or their
        documented default, and absent."""
        missing: list[str] = []
        for field in attrs.fields(type(self)):  # type: ignore[arg-type]  # every model is attrs
            if not field.init:
                continue  # additional_properties, made on first use
            value = getattr(self, field.name, None)
            if value is ABSENT or value is UNSET:
                object.__setattr__(self, field.name, None)
                missing.append(field.name)
            elif type(value) is _Defaulted:  # a copy: a list or a dict default is the model's own
                object.__setattr__(self, field.name, copy.copy(value.value))
                missing.append(field.name)
        if missing:
            self._aiwyn_absent = tuple(missing)

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields (attribute names) that were in the answer, or given to the constructor, or
        assigned since: what ``to_dict()`` sends."""
        absent = absent_fields(self)
        return frozenset(
            field.name
            for field in attrs.fields(type(self))  # type: ignore[arg-type]
            if field.init and (field.name not in absent or not unchanged(field, getattr(self, field.name)))
        )

    def to_dict(self, *, names: Names = "api", dates: Dates = "iso") -> dict[str, Any]:
        """The model as a JSON object: the fields that are set (``fields_set``) and the undeclared
        keys it carries. ``names="python"`` keys it by attribute names instead of the API's;
        ``dates="native"`` keeps dates as ``datetime`` / ``date`` instead of ISO 8601 strings
        (and enums, UUIDs as their values either way), for pandas and the like."""
        encoded: dict[str, Any] = encoder(type(self), names, dates)(self)
        return encoded

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M:
        """The model from a decoded JSON object, by the decoders compiled from its plan
        (aiwyn_client._compile): the same values on every path."""
        decoded: M = decoders(cls).one(src_dict)
        return decoded

    @classmethod
    def _list_from_dicts(cls: type[M], items: Iterable[Mapping[str, Any]]) -> list[M]:
        """``[cls.from_dict(item) for item in items]``, with the record's statements in the loop:
        how an endpoint whose body is an array of this model decodes it."""
        decoded: list[M] = decoders(cls).many(items)
        return decoded

    def to_json(self, *, names: Literal["api", "python"] = "api", **dumps_options: Any) -> str:
        """The model as the API's JSON (``json.dumps`` of ``to_dict(names=...)``; options passed on)."""
        return json.dumps(self.to_dict(names=names), **dumps_options)

    @classmethod
    def from_json(cls: type[M], data: str | bytes) -> M:
        """The model from the API's JSON: ``from_dict`` of the decoded document, through
        msgspec Structs when it can be (aiwyn_client._wire), with the same result."""
        decoded: M | None = decode(cls, data)
        return decoded if decoded is not None else cls.from_dict(loads(data))

    if not TYPE_CHECKING:  # a checker must still reject a misspelt attribute

        def __getattr__(self, name: str) -> Any:
            """``additional_properties`` is made on first use: most records have no extra keys,
            and an empty dict each is a fifth of what a decoded page holds. Reached only when
            the slot is empty; every other attribute fails as usual."""
            if name != "additional_properties":
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            extra: dict[str, Any] = {}
            object.__setattr__(self, name, extra)  # AttributeError for a model that keeps no extras
            return extra

    def __repr__(self) -> str:
        absent = absent_fields(self)
        shown = [
            f"{field.name}={value!r}"
            for field in attrs.fields(type(self))  # type: ignore[arg-type]  # every model is attrs
            if not field.name.startswith("_")
            and field.name != "additional_properties"
            and ((value := getattr(self, field.name, None)) is not None or field.name not in absent)
        ]
        extra = getattr(self, "additional_properties", None)
        if extra:
            shown.append(f"additional_properties={extra!r}")
        return f"{type(self).__name__}({', '.join(shown)})"


_ABSENT_SLOT = Model.__dict__["_aiwyn_absent"].__get__
