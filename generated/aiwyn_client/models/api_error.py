# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiError")


@_attrs_define(repr=False)
class ApiError(Model):
    """What went wrong; only present when the request failed."""

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    details: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "message",
            "details",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("code", "code", False, ""),
        ("message", "message", False, ""),
        ("details", "details", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is ApiError and len(src_dict) >= 3:
            try:
                api_error = cls.__new__(cls)
                api_error.code = src_dict["code"]
                api_error.message = src_dict["message"]
                api_error.details = src_dict["details"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 3:
                    known = ApiError._known_keys
                    api_error.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return api_error

        get = src_dict.get
        code = get("code", UNSET)
        message = get("message", UNSET)
        details = get("details", UNSET)
        api_error = cls(
            code,
            message,
            details,
        )

        known = ApiError._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            api_error.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return api_error

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not ApiError:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 3:
                try:
                    api_error = new(cls)
                    api_error.code = src_dict["code"]
                    api_error.message = src_dict["message"]
                    api_error.details = src_dict["details"]
                except (KeyError, TypeError):
                    api_error = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 3:
                        known = ApiError._known_keys
                        api_error.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                api_error = cls.from_dict(src_dict)
            append(api_error)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        api_error = cls.__new__(cls)
        api_error.code = src_wire.code
        api_error.message = src_wire.message
        api_error.details = src_wire.details
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                api_error.additional_properties = found
        return api_error

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            api_error = new(cls)
            api_error.code = src_wire.code
            api_error.message = src_wire.message
            api_error.details = src_wire.details
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    api_error.additional_properties = found
            append(api_error)
        return decoded

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
