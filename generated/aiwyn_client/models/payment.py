# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL as _NULL
from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import Model as _Model
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class Payment(_Model):
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
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("id", "id", "scalar", False, type="int"),
            _F("amount", "amount", "scalar", False, type="float"),
            _F("currency", "currency", "scalar", False, type="str"),
            _F("payment_method", "paymentMethod", "enum", False, ref="PaymentMethod", type="str"),
            _F("card_last_four", "cardLastFour", "scalar", False, type="str"),
            _F("card_type", "cardType", "scalar", False, type="str"),
            _F("status", "status", "scalar", False, type="str"),
            _F("confirmation_date", "confirmationDate", "datetime", False, nullable=True),
            _F("processor_reference", "processorReference", "scalar", False, type="str"),
            _F("client_id", "clientId", "scalar", False, type="int"),
            _F("client_name", "clientName", "scalar", False, type="str"),
            _F("invoice_id", "invoiceId", "scalar", False, type="int"),
            _F("invoice_number", "invoiceNumber", "scalar", False, type="str"),
            _F("created_at", "createdAt", "datetime", False, nullable=True),
            _F("updated_at", "updatedAt", "datetime", False, nullable=True),
        ),
        extras="keep",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        currency = self.currency

        payment_method: str | Unset = UNSET
        if self.payment_method is None:
            payment_method = _NULL
        elif not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        card_last_four = self.card_last_four

        card_type = self.card_type

        status = self.status

        confirmation_date: None | str | Unset
        if isinstance(self.confirmation_date, Unset):
            confirmation_date = UNSET
        elif isinstance(self.confirmation_date, datetime.datetime):
            confirmation_date = _NULL if self.confirmation_date is None else self.confirmation_date.isoformat()

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
            created_at = _NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = _NULL if self.updated_at is None else self.updated_at.isoformat()

        else:
            updated_at = self.updated_at

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if amount is not UNSET:
            _field_dict["amount"] = amount
        if currency is not UNSET:
            _field_dict["currency"] = currency
        if payment_method is not UNSET:
            _field_dict["paymentMethod"] = payment_method
        if card_last_four is not UNSET:
            _field_dict["cardLastFour"] = card_last_four
        if card_type is not UNSET:
            _field_dict["cardType"] = card_type
        if status is not UNSET:
            _field_dict["status"] = status
        if confirmation_date is not UNSET:
            _field_dict["confirmationDate"] = confirmation_date
        if processor_reference is not UNSET:
            _field_dict["processorReference"] = processor_reference
        if client_id is not UNSET:
            _field_dict["clientId"] = client_id
        if client_name is not UNSET:
            _field_dict["clientName"] = client_name
        if invoice_id is not UNSET:
            _field_dict["invoiceId"] = invoice_id
        if invoice_number is not UNSET:
            _field_dict["invoiceNumber"] = invoice_number
        if created_at is not UNSET:
            _field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            _field_dict["updatedAt"] = updated_at

        return _field_dict

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
