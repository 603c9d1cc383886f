"""What every generated model shares: a readable ``repr`` and JSON in and out.

The models are attrs classes rendered from the description; this base (with no slots of its
own, so the models stay slotted) gives them a ``repr`` that shows the fields that are set, not
``<aiwyn_client.types.Unset object at 0x…>`` for each one that is not, and ``to_json`` /
``from_json`` beside ``to_dict`` / ``from_dict``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._compile import decoders
from ._json import loads
from ._wire import decode
from .types import Unset

M = TypeVar("M", bound="Model")


class Model:
    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError  # every model defines it

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M:
        """The model from a decoded JSON object, by the decoders compiled from its plan
        (aiwyn_client._compile): the same values on every path."""
        decoded: M = decoders(cls).one(src_dict)
        return decoded

    def to_json(self, **dumps_options: Any) -> str:
        """The model as the API's JSON (``json.dumps`` of ``to_dict()``; options passed on)."""
        return json.dumps(self.to_dict(), **dumps_options)

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
        shown = [
            f"{field.name}={value!r}"
            for field in attrs.fields(type(self))  # type: ignore[arg-type]  # every model is attrs
            if not field.name.startswith("_")
            and field.name != "additional_properties"
            and not isinstance(value := getattr(self, field.name, None), Unset)
        ]
        extra = getattr(self, "additional_properties", None)
        if extra:
            shown.append(f"additional_properties={extra!r}")
        return f"{type(self).__name__}({', '.join(shown)})"
