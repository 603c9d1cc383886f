# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define(repr=False)
class Address(Model):
    street: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "street",
            "city",
            "state",
            "zipCode",
            "country",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("street", "street", False, ""),
        ("city", "city", False, ""),
        ("state", "state", False, ""),
        ("zip_code", "zipCode", False, ""),
        ("country", "country", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        city = self.city

        state = self.state

        zip_code = self.zip_code

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if street is not UNSET:
            field_dict["street"] = street
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is Address and len(src_dict) >= 5:
            try:
                address = cls.__new__(cls)
                address.street = src_dict["street"]
                address.city = src_dict["city"]
                address.state = src_dict["state"]
                address.zip_code = src_dict["zipCode"]
                address.country = src_dict["country"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 5:
                    known = Address._known_keys
                    address.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return address

        get = src_dict.get
        street = get("street", UNSET)
        city = get("city", UNSET)
        state = get("state", UNSET)
        zip_code = get("zipCode", UNSET)
        country = get("country", UNSET)
        address = cls(
            street,
            city,
            state,
            zip_code,
            country,
        )

        known = Address._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            address.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return address

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not Address:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 5:
                try:
                    address = new(cls)
                    address.street = src_dict["street"]
                    address.city = src_dict["city"]
                    address.state = src_dict["state"]
                    address.zip_code = src_dict["zipCode"]
                    address.country = src_dict["country"]
                except (KeyError, TypeError):
                    address = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 5:
                        known = Address._known_keys
                        address.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                address = cls.from_dict(src_dict)
            append(address)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        address = cls.__new__(cls)
        address.street = src_wire.street
        address.city = src_wire.city
        address.state = src_wire.state
        address.zip_code = src_wire.zip_code
        address.country = src_wire.country
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                address.additional_properties = found
        return address

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            address = new(cls)
            address.street = src_wire.street
            address.city = src_wire.city
            address.state = src_wire.state
            address.zip_code = src_wire.zip_code
            address.country = src_wire.country
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    address.additional_properties = found
            append(address)
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
