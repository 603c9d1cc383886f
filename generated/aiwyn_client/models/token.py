# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="Token")


@_attrs_define(repr=False)
class Token(Model):
    token: str
    """ The bearer JWT. """
    expires_in: int | Unset = UNSET
    """ Lifetime in seconds. """
    token_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "token",
            "expiresIn",
            "tokenType",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("token", "token", True, ""),
        ("expires_in", "expiresIn", False, ""),
        ("token_type", "tokenType", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        expires_in = self.expires_in

        token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if token_type is not UNSET:
            field_dict["tokenType"] = token_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is Token and len(src_dict) >= 3:
            try:
                decoded_token = cls.__new__(cls)
                decoded_token.token = src_dict["token"]
                decoded_token.expires_in = src_dict["expiresIn"]
                decoded_token.token_type = src_dict["tokenType"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 3:
                    known = Token._known_keys
                    decoded_token.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return decoded_token

        get = src_dict.get
        token = src_dict["token"]
        expires_in = get("expiresIn", UNSET)
        token_type = get("tokenType", UNSET)
        decoded_token = cls(
            token,
            expires_in,
            token_type,
        )

        known = Token._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            decoded_token.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return decoded_token

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not Token:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 3:
                try:
                    decoded_token = new(cls)
                    decoded_token.token = src_dict["token"]
                    decoded_token.expires_in = src_dict["expiresIn"]
                    decoded_token.token_type = src_dict["tokenType"]
                except (KeyError, TypeError):
                    decoded_token = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 3:
                        known = Token._known_keys
                        decoded_token.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                decoded_token = cls.from_dict(src_dict)
            append(decoded_token)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        decoded_token = cls.__new__(cls)
        decoded_token.token = src_wire.token
        decoded_token.expires_in = src_wire.expires_in
        decoded_token.token_type = src_wire.token_type
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                decoded_token.additional_properties = found
        return decoded_token

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            decoded_token = new(cls)
            decoded_token.token = src_wire.token
            decoded_token.expires_in = src_wire.expires_in
            decoded_token.token_type = src_wire.token_type
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    decoded_token.additional_properties = found
            append(decoded_token)
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
