# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="LineItem")


@_attrs_define(repr=False)
class LineItem(Model):
    """One billed line of an invoice or draft invoice."""

    id: int | Unset = UNSET
    description: str | Unset = UNSET
    quantity: float | Unset = UNSET
    unit_price: float | Unset = UNSET
    amount: float | Unset = UNSET
    tax_rate: float | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "description",
            "quantity",
            "unitPrice",
            "amount",
            "taxRate",
            "notes",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("description", "description", False, ""),
        ("quantity", "quantity", False, ""),
        ("unit_price", "unitPrice", False, ""),
        ("amount", "amount", False, ""),
        ("tax_rate", "taxRate", False, ""),
        ("notes", "notes", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        quantity = self.quantity

        unit_price = self.unit_price

        amount = self.amount

        tax_rate = self.tax_rate

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_rate is not UNSET:
            field_dict["taxRate"] = tax_rate
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is LineItem and len(src_dict) >= 7:
            try:
                line_item = cls.__new__(cls)
                line_item.id = src_dict["id"]
                line_item.description = src_dict["description"]
                line_item.quantity = src_dict["quantity"]
                line_item.unit_price = src_dict["unitPrice"]
                line_item.amount = src_dict["amount"]
                line_item.tax_rate = src_dict["taxRate"]
                line_item.notes = src_dict["notes"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 7:
                    known = LineItem._known_keys
                    line_item.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return line_item

        get = src_dict.get
        id = get("id", UNSET)
        description = get("description", UNSET)
        quantity = get("quantity", UNSET)
        unit_price = get("unitPrice", UNSET)
        amount = get("amount", UNSET)
        tax_rate = get("taxRate", UNSET)
        notes = get("notes", UNSET)
        line_item = cls(
            id,
            description,
            quantity,
            unit_price,
            amount,
            tax_rate,
            notes,
        )

        known = LineItem._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            line_item.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return line_item

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not LineItem:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 7:
                try:
                    line_item = new(cls)
                    line_item.id = src_dict["id"]
                    line_item.description = src_dict["description"]
                    line_item.quantity = src_dict["quantity"]
                    line_item.unit_price = src_dict["unitPrice"]
                    line_item.amount = src_dict["amount"]
                    line_item.tax_rate = src_dict["taxRate"]
                    line_item.notes = src_dict["notes"]
                except (KeyError, TypeError):
                    line_item = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 7:
                        known = LineItem._known_keys
                        line_item.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                line_item = cls.from_dict(src_dict)
            append(line_item)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        line_item = cls.__new__(cls)
        line_item.id = src_wire.id
        line_item.description = src_wire.description
        line_item.quantity = src_wire.quantity
        line_item.unit_price = src_wire.unit_price
        line_item.amount = src_wire.amount
        line_item.tax_rate = src_wire.tax_rate
        line_item.notes = src_wire.notes
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                line_item.additional_properties = found
        return line_item

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            line_item = new(cls)
            line_item.id = src_wire.id
            line_item.description = src_wire.description
            line_item.quantity = src_wire.quantity
            line_item.unit_price = src_wire.unit_price
            line_item.amount = src_wire.amount
            line_item.tax_rate = src_wire.tax_rate
            line_item.notes = src_wire.notes
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    line_item.additional_properties = found
            append(line_item)
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
