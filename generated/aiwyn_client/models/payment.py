# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value, unknown_member
from .._iso8601 import parse_datetime
from .._model import Model
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="Payment")


@_attrs_define(repr=False)
class Payment(Model):
    id: int | Unset = UNSET
    """ Payment identifier. """
    amount: float | Unset = UNSET
    """ Payment amount. """
    currency: str | Unset = UNSET
    """ Currency code. """
    payment_method: PaymentMethod | Unset = UNSET
    """ How a payment was made. """
    card_last_four: str | Unset = UNSET
    """ Last four card digits. """
    card_type: str | Unset = UNSET
    status: str | Unset = UNSET
    confirmation_date: datetime.datetime | None | Unset = UNSET
    processor_reference: str | Unset = UNSET
    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    invoice_id: int | Unset = UNSET
    invoice_number: str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "amount",
            "currency",
            "paymentMethod",
            "cardLastFour",
            "cardType",
            "status",
            "confirmationDate",
            "processorReference",
            "clientId",
            "clientName",
            "invoiceId",
            "invoiceNumber",
            "createdAt",
            "updatedAt",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("amount", "amount", False, ""),
        ("currency", "currency", False, ""),
        ("payment_method", "paymentMethod", False, ""),
        ("card_last_four", "cardLastFour", False, ""),
        ("card_type", "cardType", False, ""),
        ("status", "status", False, ""),
        ("confirmation_date", "confirmationDate", False, ""),
        ("processor_reference", "processorReference", False, ""),
        ("client_id", "clientId", False, ""),
        ("client_name", "clientName", False, ""),
        ("invoice_id", "invoiceId", False, ""),
        ("invoice_number", "invoiceNumber", False, ""),
        ("created_at", "createdAt", False, ""),
        ("updated_at", "updatedAt", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        currency = self.currency

        payment_method: str | Unset = UNSET
        if self.payment_method is None:
            payment_method = NULL
        elif not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        card_last_four = self.card_last_four

        card_type = self.card_type

        status = self.status

        confirmation_date: None | str | Unset
        if isinstance(self.confirmation_date, Unset):
            confirmation_date = UNSET
        elif isinstance(self.confirmation_date, datetime.datetime):
            confirmation_date = NULL if self.confirmation_date is None else self.confirmation_date.isoformat()

        else:
            confirmation_date = self.confirmation_date

        processor_reference = self.processor_reference

        client_id = self.client_id

        client_name = self.client_name

        invoice_id = self.invoice_id

        invoice_number = self.invoice_number

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = NULL if self.updated_at is None else self.updated_at.isoformat()

        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if card_last_four is not UNSET:
            field_dict["cardLastFour"] = card_last_four
        if card_type is not UNSET:
            field_dict["cardType"] = card_type
        if status is not UNSET:
            field_dict["status"] = status
        if confirmation_date is not UNSET:
            field_dict["confirmationDate"] = confirmation_date
        if processor_reference is not UNSET:
            field_dict["processorReference"] = processor_reference
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_name is not UNSET:
            field_dict["clientName"] = client_name
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is Payment and len(src_dict) >= 15:
            try:
                payment = cls.__new__(cls)
                payment.id = src_dict["id"]
                payment.amount = src_dict["amount"]
                payment.currency = src_dict["currency"]
                payment.payment_method = (
                    null_value(__name__, "paymentMethod")
                    if (_payment_method := src_dict["paymentMethod"]) is None
                    else PaymentMethod.__members_by_value__[_payment_method]
                )
                payment.card_last_four = src_dict["cardLastFour"]
                payment.card_type = src_dict["cardType"]
                payment.status = src_dict["status"]
                _confirmation_date = src_dict["confirmationDate"]
                confirmation_date: datetime.datetime | None | Unset
                if isinstance(_confirmation_date, str):
                    try:
                        confirmation_date = parse_datetime(_confirmation_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        confirmation_date = cast(datetime.datetime | None | Unset, _confirmation_date)
                else:
                    confirmation_date = _confirmation_date
                payment.confirmation_date = confirmation_date
                payment.processor_reference = src_dict["processorReference"]
                payment.client_id = src_dict["clientId"]
                payment.client_name = src_dict["clientName"]
                payment.invoice_id = src_dict["invoiceId"]
                payment.invoice_number = src_dict["invoiceNumber"]
                _created_at = src_dict["createdAt"]
                created_at: datetime.datetime | None | Unset
                if isinstance(_created_at, str):
                    try:
                        created_at = parse_datetime(_created_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        created_at = cast(datetime.datetime | None | Unset, _created_at)
                else:
                    created_at = _created_at
                payment.created_at = created_at
                _updated_at = src_dict["updatedAt"]
                updated_at: datetime.datetime | None | Unset
                if isinstance(_updated_at, str):
                    try:
                        updated_at = parse_datetime(_updated_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        updated_at = cast(datetime.datetime | None | Unset, _updated_at)
                else:
                    updated_at = _updated_at
                payment.updated_at = updated_at
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 15:
                    known = Payment._known_keys
                    payment.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return payment

        get = src_dict.get
        id = get("id", UNSET)
        amount = get("amount", UNSET)
        currency = get("currency", UNSET)
        _payment_method = get("paymentMethod", UNSET)
        payment_method: PaymentMethod | Unset = (
            UNSET
            if _payment_method is UNSET
            else null_value(__name__, "paymentMethod")
            if _payment_method is None
            else (
                PaymentMethod.__members_by_value__[_payment_method]
                if _payment_method in PaymentMethod.__members_by_value__
                else unknown_member(PaymentMethod, _payment_method)
            )
        )

        card_last_four = get("cardLastFour", UNSET)
        card_type = get("cardType", UNSET)
        status = get("status", UNSET)
        _confirmation_date = get("confirmationDate", UNSET)
        if isinstance(_confirmation_date, str):
            try:
                confirmation_date = parse_datetime(_confirmation_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                confirmation_date = cast(datetime.datetime | None | Unset, _confirmation_date)
        else:
            confirmation_date = _confirmation_date

        processor_reference = get("processorReference", UNSET)
        client_id = get("clientId", UNSET)
        client_name = get("clientName", UNSET)
        invoice_id = get("invoiceId", UNSET)
        invoice_number = get("invoiceNumber", UNSET)
        _created_at = get("createdAt", UNSET)
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        _updated_at = get("updatedAt", UNSET)
        if isinstance(_updated_at, str):
            try:
                updated_at = parse_datetime(_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, _updated_at)
        else:
            updated_at = _updated_at

        payment = cls(
            id,
            amount,
            currency,
            payment_method,
            card_last_four,
            card_type,
            status,
            confirmation_date,
            processor_reference,
            client_id,
            client_name,
            invoice_id,
            invoice_number,
            created_at,
            updated_at,
        )

        known = Payment._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            payment.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return payment

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not Payment:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 15:
                try:
                    payment = new(cls)
                    payment.id = src_dict["id"]
                    payment.amount = src_dict["amount"]
                    payment.currency = src_dict["currency"]
                    payment.payment_method = (
                        null_value(__name__, "paymentMethod")
                        if (_payment_method := src_dict["paymentMethod"]) is None
                        else PaymentMethod.__members_by_value__[_payment_method]
                    )
                    payment.card_last_four = src_dict["cardLastFour"]
                    payment.card_type = src_dict["cardType"]
                    payment.status = src_dict["status"]
                    _confirmation_date = src_dict["confirmationDate"]
                    confirmation_date: datetime.datetime | None | Unset
                    if isinstance(_confirmation_date, str):
                        try:
                            confirmation_date = parse_datetime(_confirmation_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            confirmation_date = cast(datetime.datetime | None | Unset, _confirmation_date)
                    else:
                        confirmation_date = _confirmation_date
                    payment.confirmation_date = confirmation_date
                    payment.processor_reference = src_dict["processorReference"]
                    payment.client_id = src_dict["clientId"]
                    payment.client_name = src_dict["clientName"]
                    payment.invoice_id = src_dict["invoiceId"]
                    payment.invoice_number = src_dict["invoiceNumber"]
                    _created_at = src_dict["createdAt"]
                    created_at: datetime.datetime | None | Unset
                    if isinstance(_created_at, str):
                        try:
                            created_at = parse_datetime(_created_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            created_at = cast(datetime.datetime | None | Unset, _created_at)
                    else:
                        created_at = _created_at
                    payment.created_at = created_at
                    _updated_at = src_dict["updatedAt"]
                    updated_at: datetime.datetime | None | Unset
                    if isinstance(_updated_at, str):
                        try:
                            updated_at = parse_datetime(_updated_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            updated_at = cast(datetime.datetime | None | Unset, _updated_at)
                    else:
                        updated_at = _updated_at
                    payment.updated_at = updated_at
                except (KeyError, TypeError):
                    payment = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 15:
                        known = Payment._known_keys
                        payment.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                payment = cls.from_dict(src_dict)
            append(payment)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        payment = cls.__new__(cls)
        payment.id = src_wire.id
        payment.amount = src_wire.amount
        payment.currency = src_wire.currency
        _payment_method = src_wire.payment_method
        payment_method: PaymentMethod | Unset = (
            UNSET
            if _payment_method is UNSET
            else null_value(__name__, "paymentMethod")
            if _payment_method is None
            else (
                PaymentMethod.__members_by_value__[_payment_method]
                if _payment_method in PaymentMethod.__members_by_value__
                else unknown_member(PaymentMethod, _payment_method)
            )
        )

        payment.payment_method = payment_method
        payment.card_last_four = src_wire.card_last_four
        payment.card_type = src_wire.card_type
        payment.status = src_wire.status
        _confirmation_date = src_wire.confirmation_date
        confirmation_date: datetime.datetime | None | Unset
        if isinstance(_confirmation_date, str):
            try:
                confirmation_date = parse_datetime(_confirmation_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                confirmation_date = cast(datetime.datetime | None | Unset, _confirmation_date)
        else:
            confirmation_date = _confirmation_date

        payment.confirmation_date = confirmation_date
        payment.processor_reference = src_wire.processor_reference
        payment.client_id = src_wire.client_id
        payment.client_name = src_wire.client_name
        payment.invoice_id = src_wire.invoice_id
        payment.invoice_number = src_wire.invoice_number
        _created_at = src_wire.created_at
        created_at: datetime.datetime | None | Unset
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        payment.created_at = created_at
        _updated_at = src_wire.updated_at
        updated_at: datetime.datetime | None | Unset
        if isinstance(_updated_at, str):
            try:
                updated_at = parse_datetime(_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, _updated_at)
        else:
            updated_at = _updated_at

        payment.updated_at = updated_at
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                payment.additional_properties = found
        return payment

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            payment = new(cls)
            payment.id = src_wire.id
            payment.amount = src_wire.amount
            payment.currency = src_wire.currency
            _payment_method = src_wire.payment_method
            payment_method: PaymentMethod | Unset = (
                UNSET
                if _payment_method is UNSET
                else null_value(__name__, "paymentMethod")
                if _payment_method is None
                else (
                    PaymentMethod.__members_by_value__[_payment_method]
                    if _payment_method in PaymentMethod.__members_by_value__
                    else unknown_member(PaymentMethod, _payment_method)
                )
            )

            payment.payment_method = payment_method
            payment.card_last_four = src_wire.card_last_four
            payment.card_type = src_wire.card_type
            payment.status = src_wire.status
            _confirmation_date = src_wire.confirmation_date
            confirmation_date: datetime.datetime | None | Unset
            if isinstance(_confirmation_date, str):
                try:
                    confirmation_date = parse_datetime(_confirmation_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    confirmation_date = cast(datetime.datetime | None | Unset, _confirmation_date)
            else:
                confirmation_date = _confirmation_date

            payment.confirmation_date = confirmation_date
            payment.processor_reference = src_wire.processor_reference
            payment.client_id = src_wire.client_id
            payment.client_name = src_wire.client_name
            payment.invoice_id = src_wire.invoice_id
            payment.invoice_number = src_wire.invoice_number
            _created_at = src_wire.created_at
            created_at: datetime.datetime | None | Unset
            if isinstance(_created_at, str):
                try:
                    created_at = parse_datetime(_created_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    created_at = cast(datetime.datetime | None | Unset, _created_at)
            else:
                created_at = _created_at

            payment.created_at = created_at
            _updated_at = src_wire.updated_at
            updated_at: datetime.datetime | None | Unset
            if isinstance(_updated_at, str):
                try:
                    updated_at = parse_datetime(_updated_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    updated_at = cast(datetime.datetime | None | Unset, _updated_at)
            else:
                updated_at = _updated_at

            payment.updated_at = updated_at
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    payment.additional_properties = found
            append(payment)
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
