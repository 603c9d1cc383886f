"""The reference decoders the issue's table sets beside ours: ``msgspec.Struct`` types and
pydantic v2 models of the same shape as a page, built from the description's schemas.

They are what a hand-written client would use, so they show how far the generated models are
from the floor (Structs) and from the usual choice (pydantic). Both are as forgiving as our
models are on realistic pages: every field may be null or missing, dates and date-times are
parsed into ``datetime`` objects, enums are kept as strings, and keys the description does not
declare are ignored by the Structs and kept by pydantic (``extra="allow"``, as our models keep
them in ``additional_properties``).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Optional

import msgspec
import pydantic

from generator.spec import SpecIndex

_SCALARS: dict[str, Any] = {"integer": int, "number": float, "boolean": bool, "string": str}
_FORMATS: dict[str, Any] = {"date-time": datetime.datetime, "date": datetime.date}


class _Builder:
    """One family of types (Structs or pydantic models), one per named schema, built once."""

    def __init__(self, index: SpecIndex, kind: str) -> None:
        self.index, self.kind = index, kind
        self.built: dict[str, Any] = {}

    def type_of(self, schema: Any, name: str) -> Any:
        """The Python type of a property's schema; ``Any`` for what has no single shape."""
        ref = schema.get("$ref") if isinstance(schema, Mapping) else None
        schema = self.index.resolve(self.index.non_null(schema))
        if not isinstance(schema, Mapping):
            return Any
        types = schema.get("type")
        kind = next((t for t in types if t != "null"), None) if isinstance(types, list) else types
        if kind == "array":
            return list[self.type_of(schema.get("items") or {}, name + "Item")]  # type: ignore[misc]
        if kind == "object" or (kind is None and ("properties" in schema or "allOf" in schema)):
            if not self.index.properties(schema):
                return dict[str, Any]
            return self.model(schema, ref.rsplit("/", 1)[1] if isinstance(ref, str) else name)
        if kind == "string" and schema.get("format") in _FORMATS:
            return _FORMATS[schema["format"]]
        return _SCALARS.get(kind or "", Any)

    def model(self, schema: Any, name: str) -> Any:
        if name in self.built:
            return self.built[name]
        properties = self.index.properties(schema).items()
        fields = [(key, Optional[self.type_of(prop, name + key.title())]) for key, prop in properties]  # noqa: UP045
        if self.kind == "struct":
            made: Any = msgspec.defstruct(
                f"{name}Struct", [(_attr(key), kind, None) for key, kind in fields], rename=_renames(fields)
            )
        else:
            config = pydantic.ConfigDict(extra="allow", populate_by_name=True)
            made = pydantic.create_model(  # type: ignore[call-overload]
                f"{name}Model",
                __config__=config,
                **{_attr(key): (kind, pydantic.Field(None, alias=key)) for key, kind in fields},
            )
        self.built[name] = made
        return made


def _attr(key: str) -> str:
    """A JSON key as a Python attribute (pydantic refuses leading underscores and keywords)."""
    cleaned = "".join(c if c.isalnum() else "_" for c in key).lstrip("_") or "field"
    return f"f_{cleaned}" if cleaned[0].isdigit() or cleaned in {"model_config", "json", "dict"} else cleaned


def _renames(fields: list[tuple[str, Any]]) -> dict[str, str]:
    return {_attr(key): key for key, _ in fields}


def struct_decoder(index: SpecIndex, schema: Any, name: str) -> Any:
    """A ``msgspec.json.Decoder`` of a page into Structs of its schema's shape."""
    return msgspec.json.Decoder(_Builder(index, "struct").model(index.resolve(schema), name))


def pydantic_model(index: SpecIndex, schema: Any, name: str) -> Any:
    """A pydantic v2 model of a page's schema (``model_validate_json`` decodes one)."""
    return _Builder(index, "pydantic").model(index.resolve(schema), name)
