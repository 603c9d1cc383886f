# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import ABSENT as _ABSENT
from .._model import Model as _Model

if _TYPE_CHECKING:
    from ..models.invoice_payment import InvoicePayment
    from ..models.line_item import LineItem


@_attrs_define(repr=False)
class Invoice(_Model):
    id: int | None = _ABSENT
    invoice_number: str | None = _ABSENT
    reference: str | None = _ABSENT
    status: str | None = _ABSENT
    payment_status: str | None = _ABSENT
    client_id: int | None = _ABSENT
    client_name: str | None = _ABSENT
    client_email: str | None = _ABSENT
    project_id: int | None = _ABSENT
    project_name: str | None = _ABSENT
    issue_date: datetime.datetime | None = _ABSENT
    due_date: datetime.datetime | None = _ABSENT
    subtotal: float | None = _ABSENT
    tax_amount: float | None = _ABSENT
    total_amount: float | None = _ABSENT
    currency: str | None = _ABSENT
    paid_amount: float | None = _ABSENT
    outstanding_amount: float | None = _ABSENT
    line_items: list[LineItem] | None = _ABSENT
    payments: list[InvoicePayment] | None = _ABSENT
    notes: str | None = _ABSENT
    created_at: datetime.datetime | None = _ABSENT
    updated_at: datetime.datetime | None = _ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("id", "id", "scalar", False, type="int"),
            _F("invoice_number", "invoiceNumber", "scalar", False, type="str"),
            _F("reference", "reference", "scalar", False, type="str"),
            _F("status", "status", "scalar", False, type="str"),
            _F("payment_status", "paymentStatus", "scalar", False, type="str"),
            _F("client_id", "clientId", "scalar", False, type="int"),
            _F("client_name", "clientName", "scalar", False, type="str"),
            _F("client_email", "clientEmail", "scalar", False, type="str"),
            _F("project_id", "projectId", "scalar", False, type="int"),
            _F("project_name", "projectName", "scalar", False, type="str"),
            _F("issue_date", "issueDate", "datetime", False, nullable=True),
            _F("due_date", "dueDate", "datetime", False, nullable=True),
            _F("subtotal", "subtotal", "scalar", False, type="float"),
            _F("tax_amount", "taxAmount", "scalar", False, type="float"),
            _F("total_amount", "totalAmount", "scalar", False, type="float"),
            _F("currency", "currency", "scalar", False, type="str"),
            _F("paid_amount", "paidAmount", "scalar", False, type="float"),
            _F("outstanding_amount", "outstandingAmount", "scalar", False, type="float"),
            _F("line_items", "lineItems", "list", False, item=_F(kind="model", ref="LineItem")),
            _F("payments", "payments", "list", False, item=_F(kind="model", ref="InvoicePayment")),
            _F("notes", "notes", "scalar", False, type="str"),
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


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not _TYPE_CHECKING:
    from ..models.invoice_payment import InvoicePayment
    from ..models.line_item import LineItem
