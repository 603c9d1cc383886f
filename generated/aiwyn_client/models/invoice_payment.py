# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import Any, ClassVar, cast
from typing import TypeVar as _TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import CONTAINERS as _CONTAINERS
from .._decode import NULL as _NULL
from .._decode import scalar as _scalar
from .._decode import wrong_shape as _wrong_shape
from .._iso8601 import parse_datetime as _parse_datetime
from .._model import Model as _Model
from ..types import UNSET, Unset

_T = _TypeVar("_T", bound="InvoicePayment")


@_attrs_define(repr=False)
class InvoicePayment(_Model):
    """A payment applied to an invoice."""

    id: int | Unset = UNSET
    amount: float | Unset = UNSET
    payment_date: datetime.datetime | None | Unset = UNSET
    payment_method: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "amount",
            "paymentDate",
            "paymentMethod",
            "status",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, "scalar"),
        ("amount", "amount", False, "scalar"),
        ("payment_date", "paymentDate", False, "scalar"),
        ("payment_method", "paymentMethod", False, "scalar"),
        ("status", "status", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        payment_date: None | str | Unset
        if isinstance(self.payment_date, Unset):
            payment_date = UNSET
        elif isinstance(self.payment_date, datetime.datetime):
            payment_date = _NULL if self.payment_date is None else self.payment_date.isoformat()

        else:
            payment_date = self.payment_date

        payment_method = self.payment_method

        status = self.status

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if amount is not UNSET:
            _field_dict["amount"] = amount
        if payment_date is not UNSET:
            _field_dict["paymentDate"] = payment_date
        if payment_method is not UNSET:
            _field_dict["paymentMethod"] = payment_method
        if status is not UNSET:
            _field_dict["status"] = status

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 5:
            try:
                _instance = _cls.__new__(_cls)
                _instance.id = _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                _instance.amount = (
                    _v if type(_v := _src_dict["amount"]) is float or _v is _NULL else _scalar(_v, __name__, "amount")
                )
                __payment_date = _src_dict["paymentDate"]
                payment_date: datetime.datetime | None | Unset
                if isinstance(__payment_date, str):
                    try:
                        payment_date = _parse_datetime(__payment_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        payment_date = cast(datetime.datetime | None | Unset, __payment_date)
                else:
                    payment_date = (
                        __payment_date
                        if type(__payment_date) not in _CONTAINERS
                        else _wrong_shape(__name__, "paymentDate", __payment_date)
                    )
                _instance.payment_date = payment_date
                _instance.payment_method = (
                    _v
                    if type(_v := _src_dict["paymentMethod"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "paymentMethod")
                )
                _instance.status = (
                    _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 5:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        id = _v if type(_v := _get("id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "id")
        amount = _v if type(_v := _get("amount", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "amount")
        __payment_date = _get("paymentDate", UNSET)
        if isinstance(__payment_date, str):
            try:
                payment_date = _parse_datetime(__payment_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                payment_date = cast(datetime.datetime | None | Unset, __payment_date)
        else:
            payment_date = (
                __payment_date
                if type(__payment_date) not in _CONTAINERS
                else _wrong_shape(__name__, "paymentDate", __payment_date)
            )

        payment_method = (
            _v
            if type(_v := _get("paymentMethod", UNSET)) is str or _v is _NULL
            else _scalar(_v, __name__, "paymentMethod")
        )
        status = _v if type(_v := _get("status", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "status")
        _instance = _cls(
            id,
            amount,
            payment_date,
            payment_method,
            status,
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
            if len(_src_dict) >= 5:
                try:
                    _instance = _new(_cls)
                    _instance.id = (
                        _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                    )
                    _instance.amount = (
                        _v
                        if type(_v := _src_dict["amount"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "amount")
                    )
                    __payment_date = _src_dict["paymentDate"]
                    payment_date: datetime.datetime | None | Unset
                    if isinstance(__payment_date, str):
                        try:
                            payment_date = _parse_datetime(__payment_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            payment_date = cast(datetime.datetime | None | Unset, __payment_date)
                    else:
                        payment_date = (
                            __payment_date
                            if type(__payment_date) not in _CONTAINERS
                            else _wrong_shape(__name__, "paymentDate", __payment_date)
                        )
                    _instance.payment_date = payment_date
                    _instance.payment_method = (
                        _v
                        if type(_v := _src_dict["paymentMethod"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "paymentMethod")
                    )
                    _instance.status = (
                        _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                    )
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 5:
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
        _instance.amount = _src_wire.amount
        __payment_date = _src_wire.payment_date
        payment_date: datetime.datetime | None | Unset
        if isinstance(__payment_date, str):
            try:
                payment_date = _parse_datetime(__payment_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                payment_date = cast(datetime.datetime | None | Unset, __payment_date)
        else:
            payment_date = (
                __payment_date
                if type(__payment_date) not in _CONTAINERS
                else _wrong_shape(__name__, "paymentDate", __payment_date)
            )

        _instance.payment_date = payment_date
        _instance.payment_method = _src_wire.payment_method
        _instance.status = _src_wire.status
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
            _instance.amount = _src_wire.amount
            __payment_date = _src_wire.payment_date
            payment_date: datetime.datetime | None | Unset
            if isinstance(__payment_date, str):
                try:
                    payment_date = _parse_datetime(__payment_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    payment_date = cast(datetime.datetime | None | Unset, __payment_date)
            else:
                payment_date = (
                    __payment_date
                    if type(__payment_date) not in _CONTAINERS
                    else _wrong_shape(__name__, "paymentDate", __payment_date)
                )

            _instance.payment_date = payment_date
            _instance.payment_method = _src_wire.payment_method
            _instance.status = _src_wire.status
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


_Self = InvoicePayment  # the class, for its methods: a property of the same name would be a local there
