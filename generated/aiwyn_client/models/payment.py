# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import ABSENT as _ABSENT
from .._model import Model as _Model
from ..models.payment_method import PaymentMethod


@_attrs_define(repr=False)
class Payment(_Model):
    id: int | None = _ABSENT
    """ Payment identifier. """
    amount: float | None = _ABSENT
    """ Payment amount. """
    currency: str | None = _ABSENT
    """ Currency code. """
    payment_method: PaymentMethod | None = _ABSENT
    """ How a payment was made. """
    card_last_four: str | None = _ABSENT
    """ Last four card digits. """
    card_type: str | None = _ABSENT
    status: str | None = _ABSENT
    confirmation_date: datetime.datetime | None = _ABSENT
    processor_reference: str | None = _ABSENT
    client_id: int | None = _ABSENT
    client_name: str | None = _ABSENT
    invoice_id: int | None = _ABSENT
    invoice_number: str | None = _ABSENT
    created_at: datetime.datetime | None = _ABSENT
    updated_at: datetime.datetime | None = _ABSENT
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
