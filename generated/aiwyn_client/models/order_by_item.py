# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value, unknown_member
from .._model import Model
from ..models.order_direction import OrderDirection

T = TypeVar("T", bound="OrderByItem")


@_attrs_define(repr=False)
class OrderByItem(Model):
    additional_properties: dict[str, OrderDirection] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset({})

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = NULL if prop is None else prop.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        order_by_item = cls()

        known = OrderByItem._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in known:
                    continue
                _additional_property = prop_dict
                additional_property = (
                    null_value(__name__, "AdditionalProperty")
                    if _additional_property is None
                    else (
                        OrderDirection.__members_by_value__[_additional_property]
                        if _additional_property in OrderDirection.__members_by_value__
                        else unknown_member(OrderDirection, _additional_property)
                    )
                )

                additional_properties[prop_name] = additional_property

            order_by_item.additional_properties = additional_properties
        return order_by_item

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``."""
        return [cls.from_dict(item) for item in items]

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """This model has no Struct (aiwyn_client._wire), so its records arrive as dicts."""
        return cls.from_dict(src_wire)

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """This model has no Struct (aiwyn_client._wire), so its items arrive as dicts."""
        return cls._list_from_dicts(items)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> OrderDirection:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: OrderDirection) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
