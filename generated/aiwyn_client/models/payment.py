from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._iso8601 import parse_datetime
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
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
    confirmation_date: datetime.datetime | Unset = UNSET
    processor_reference: str | Unset = UNSET
    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    invoice_id: int | Unset = UNSET
    invoice_number: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        currency = self.currency

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        card_last_four = self.card_last_four

        card_type = self.card_type

        status = self.status

        confirmation_date: str | Unset = UNSET
        if not isinstance(self.confirmation_date, Unset):
            confirmation_date = self.confirmation_date.isoformat()

        processor_reference = self.processor_reference

        client_id = self.client_id

        client_name = self.client_name

        invoice_id = self.invoice_id

        invoice_number = self.invoice_number

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        _payment_method = d.pop("paymentMethod", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethod(_payment_method)

        card_last_four = d.pop("cardLastFour", UNSET)

        card_type = d.pop("cardType", UNSET)

        status = d.pop("status", UNSET)

        _confirmation_date = d.pop("confirmationDate", UNSET)
        confirmation_date: datetime.datetime | Unset
        if isinstance(_confirmation_date, Unset):
            confirmation_date = UNSET
        else:
            confirmation_date = parse_datetime(_confirmation_date)

        processor_reference = d.pop("processorReference", UNSET)

        client_id = d.pop("clientId", UNSET)

        client_name = d.pop("clientName", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        invoice_number = d.pop("invoiceNumber", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        payment = cls(
            id=id,
            amount=amount,
            currency=currency,
            payment_method=payment_method,
            card_last_four=card_last_four,
            card_type=card_type,
            status=status,
            confirmation_date=confirmation_date,
            processor_reference=processor_reference,
            client_id=client_id,
            client_name=client_name,
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            created_at=created_at,
            updated_at=updated_at,
        )

        payment.additional_properties = d
        return payment

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
