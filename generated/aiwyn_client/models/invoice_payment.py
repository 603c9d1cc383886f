# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL
from .._iso8601 import parse_datetime
from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePayment")


@_attrs_define(repr=False)
class InvoicePayment(Model):
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
        ("id", "id", False, ""),
        ("amount", "amount", False, ""),
        ("payment_date", "paymentDate", False, ""),
        ("payment_method", "paymentMethod", False, ""),
        ("status", "status", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        payment_date: None | str | Unset
        if isinstance(self.payment_date, Unset):
            payment_date = UNSET
        elif isinstance(self.payment_date, datetime.datetime):
            payment_date = NULL if self.payment_date is None else self.payment_date.isoformat()

        else:
            payment_date = self.payment_date

        payment_method = self.payment_method

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is InvoicePayment and len(src_dict) >= 5:
            try:
                invoice_payment = cls.__new__(cls)
                invoice_payment.id = src_dict["id"]
                invoice_payment.amount = src_dict["amount"]
                _payment_date = src_dict["paymentDate"]
                payment_date: datetime.datetime | None | Unset
                if isinstance(_payment_date, str):
                    try:
                        payment_date = parse_datetime(_payment_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        payment_date = cast(datetime.datetime | None | Unset, _payment_date)
                else:
                    payment_date = _payment_date
                invoice_payment.payment_date = payment_date
                invoice_payment.payment_method = src_dict["paymentMethod"]
                invoice_payment.status = src_dict["status"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 5:
                    known = InvoicePayment._known_keys
                    invoice_payment.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return invoice_payment

        get = src_dict.get
        id = get("id", UNSET)
        amount = get("amount", UNSET)
        _payment_date = get("paymentDate", UNSET)
        if isinstance(_payment_date, str):
            try:
                payment_date = parse_datetime(_payment_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                payment_date = cast(datetime.datetime | None | Unset, _payment_date)
        else:
            payment_date = _payment_date

        payment_method = get("paymentMethod", UNSET)
        status = get("status", UNSET)
        invoice_payment = cls(
            id,
            amount,
            payment_date,
            payment_method,
            status,
        )

        known = InvoicePayment._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            invoice_payment.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return invoice_payment

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not InvoicePayment:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 5:
                try:
                    invoice_payment = new(cls)
                    invoice_payment.id = src_dict["id"]
                    invoice_payment.amount = src_dict["amount"]
                    _payment_date = src_dict["paymentDate"]
                    payment_date: datetime.datetime | None | Unset
                    if isinstance(_payment_date, str):
                        try:
                            payment_date = parse_datetime(_payment_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            payment_date = cast(datetime.datetime | None | Unset, _payment_date)
                    else:
                        payment_date = _payment_date
                    invoice_payment.payment_date = payment_date
                    invoice_payment.payment_method = src_dict["paymentMethod"]
                    invoice_payment.status = src_dict["status"]
                except (KeyError, TypeError):
                    invoice_payment = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 5:
                        known = InvoicePayment._known_keys
                        invoice_payment.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                invoice_payment = cls.from_dict(src_dict)
            append(invoice_payment)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        invoice_payment = cls.__new__(cls)
        invoice_payment.id = src_wire.id
        invoice_payment.amount = src_wire.amount
        _payment_date = src_wire.payment_date
        payment_date: datetime.datetime | None | Unset
        if isinstance(_payment_date, str):
            try:
                payment_date = parse_datetime(_payment_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                payment_date = cast(datetime.datetime | None | Unset, _payment_date)
        else:
            payment_date = _payment_date

        invoice_payment.payment_date = payment_date
        invoice_payment.payment_method = src_wire.payment_method
        invoice_payment.status = src_wire.status
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                invoice_payment.additional_properties = found
        return invoice_payment

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            invoice_payment = new(cls)
            invoice_payment.id = src_wire.id
            invoice_payment.amount = src_wire.amount
            _payment_date = src_wire.payment_date
            payment_date: datetime.datetime | None | Unset
            if isinstance(_payment_date, str):
                try:
                    payment_date = parse_datetime(_payment_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    payment_date = cast(datetime.datetime | None | Unset, _payment_date)
            else:
                payment_date = _payment_date

            invoice_payment.payment_date = payment_date
            invoice_payment.payment_method = src_wire.payment_method
            invoice_payment.status = src_wire.status
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    invoice_payment.additional_properties = found
            append(invoice_payment)
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
