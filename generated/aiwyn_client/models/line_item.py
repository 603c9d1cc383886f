# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import Any, ClassVar
from typing import TypeVar as _TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL as _NULL
from .._decode import scalar as _scalar
from .._model import Model as _Model
from ..types import UNSET, Unset

_T = _TypeVar("_T", bound="LineItem")


@_attrs_define(repr=False)
class LineItem(_Model):
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
        ("id", "id", False, "scalar"),
        ("description", "description", False, "scalar"),
        ("quantity", "quantity", False, "scalar"),
        ("unit_price", "unitPrice", False, "scalar"),
        ("amount", "amount", False, "scalar"),
        ("tax_rate", "taxRate", False, "scalar"),
        ("notes", "notes", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        quantity = self.quantity

        unit_price = self.unit_price

        amount = self.amount

        tax_rate = self.tax_rate

        notes = self.notes

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if description is not UNSET:
            _field_dict["description"] = description
        if quantity is not UNSET:
            _field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            _field_dict["unitPrice"] = unit_price
        if amount is not UNSET:
            _field_dict["amount"] = amount
        if tax_rate is not UNSET:
            _field_dict["taxRate"] = tax_rate
        if notes is not UNSET:
            _field_dict["notes"] = notes

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 7:
            try:
                _instance = _cls.__new__(_cls)
                _instance.id = _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                _instance.description = (
                    _v
                    if type(_v := _src_dict["description"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "description")
                )
                _instance.quantity = (
                    _v
                    if type(_v := _src_dict["quantity"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "quantity")
                )
                _instance.unit_price = (
                    _v
                    if type(_v := _src_dict["unitPrice"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "unitPrice")
                )
                _instance.amount = (
                    _v if type(_v := _src_dict["amount"]) is float or _v is _NULL else _scalar(_v, __name__, "amount")
                )
                _instance.tax_rate = (
                    _v if type(_v := _src_dict["taxRate"]) is float or _v is _NULL else _scalar(_v, __name__, "taxRate")
                )
                _instance.notes = (
                    _v if type(_v := _src_dict["notes"]) is str or _v is _NULL else _scalar(_v, __name__, "notes")
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 7:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        id = _v if type(_v := _get("id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "id")
        description = (
            _v if type(_v := _get("description", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "description")
        )
        quantity = (
            _v if type(_v := _get("quantity", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "quantity")
        )
        unit_price = (
            _v if type(_v := _get("unitPrice", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "unitPrice")
        )
        amount = _v if type(_v := _get("amount", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "amount")
        tax_rate = (
            _v if type(_v := _get("taxRate", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "taxRate")
        )
        notes = _v if type(_v := _get("notes", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "notes")
        _instance = _cls(
            id,
            description,
            quantity,
            unit_price,
            amount,
            tax_rate,
            notes,
        )

        _known = _cls._known_keys
        if not _known.issuperset(_src_dict):  # otherwise the empty dict the constructor made stays
            _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
        return _instance

    @classmethod
    def _list_from_dicts(_cls: type[_T], _items: _Iterable[_Mapping[str, Any]]) -> list[_T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if _cls is not _Self:
            return [_cls.from_dict(_item) for _item in _items]
        _decoded: list[_T] = []
        _append, _new = _decoded.append, _cls.__new__
        for _src_dict in _items:
            if len(_src_dict) >= 7:
                try:
                    _instance = _new(_cls)
                    _instance.id = (
                        _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                    )
                    _instance.description = (
                        _v
                        if type(_v := _src_dict["description"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "description")
                    )
                    _instance.quantity = (
                        _v
                        if type(_v := _src_dict["quantity"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "quantity")
                    )
                    _instance.unit_price = (
                        _v
                        if type(_v := _src_dict["unitPrice"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "unitPrice")
                    )
                    _instance.amount = (
                        _v
                        if type(_v := _src_dict["amount"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "amount")
                    )
                    _instance.tax_rate = (
                        _v
                        if type(_v := _src_dict["taxRate"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "taxRate")
                    )
                    _instance.notes = (
                        _v if type(_v := _src_dict["notes"]) is str or _v is _NULL else _scalar(_v, __name__, "notes")
                    )
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 7:
                        _known = _cls._known_keys
                        _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
            else:
                _instance = _cls.from_dict(_src_dict)
            _append(_instance)
        return _decoded

    @classmethod
    def _from_wire(_cls: type[_T], _src_wire: Any) -> _T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(_src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return _cls.from_dict(_src_wire)
        _extra = _src_wire.aiwyn_extra_
        _instance = _cls.__new__(_cls)
        _instance.id = _src_wire.id
        _instance.description = _src_wire.description
        _instance.quantity = _src_wire.quantity
        _instance.unit_price = _src_wire.unit_price
        _instance.amount = _src_wire.amount
        _instance.tax_rate = _src_wire.tax_rate
        _instance.notes = _src_wire.notes
        if _extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            _found = _extra(_src_wire)
            if _found:
                _instance.additional_properties = _found
        return _instance

    @classmethod
    def _list_from_wire(_cls: type[_T], _items: list[Any]) -> list[_T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not _items or type(_items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return _cls._list_from_dicts(_items)
        _extra = _items[0].aiwyn_extra_  # one Struct type for every item
        _decoded: list[_T] = []
        _append, _new = _decoded.append, _cls.__new__
        for _src_wire in _items:
            _instance = _new(_cls)
            _instance.id = _src_wire.id
            _instance.description = _src_wire.description
            _instance.quantity = _src_wire.quantity
            _instance.unit_price = _src_wire.unit_price
            _instance.amount = _src_wire.amount
            _instance.tax_rate = _src_wire.tax_rate
            _instance.notes = _src_wire.notes
            if (
                _extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                _found = _extra(_src_wire)
                if _found:
                    _instance.additional_properties = _found
            _append(_instance)
        return _decoded

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


_Self = LineItem  # the class, for its methods: a property of the same name would be a local there
