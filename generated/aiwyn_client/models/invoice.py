# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL as _NULL
from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import Model as _Model
from ..types import UNSET, Unset

if _TYPE_CHECKING:
    from ..models.invoice_payment import InvoicePayment
    from ..models.line_item import LineItem


@_attrs_define(repr=False)
class Invoice(_Model):
    id: int | Unset = UNSET
    invoice_number: str | Unset = UNSET
    reference: str | Unset = UNSET
    status: str | Unset = UNSET
    payment_status: str | Unset = UNSET
    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    client_email: str | Unset = UNSET
    project_id: int | Unset = UNSET
    project_name: str | Unset = UNSET
    issue_date: datetime.datetime | None | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    subtotal: float | Unset = UNSET
    tax_amount: float | Unset = UNSET
    total_amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    paid_amount: float | Unset = UNSET
    outstanding_amount: float | Unset = UNSET
    line_items: list[LineItem] | Unset = UNSET
    payments: list[InvoicePayment] | Unset = UNSET
    notes: str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        invoice_number = self.invoice_number

        reference = self.reference

        status = self.status

        payment_status = self.payment_status

        client_id = self.client_id

        client_name = self.client_name

        client_email = self.client_email

        project_id = self.project_id

        project_name = self.project_name

        issue_date: None | str | Unset
        if isinstance(self.issue_date, Unset):
            issue_date = UNSET
        elif isinstance(self.issue_date, datetime.datetime):
            issue_date = _NULL if self.issue_date is None else self.issue_date.isoformat()

        else:
            issue_date = self.issue_date

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = _NULL if self.due_date is None else self.due_date.isoformat()

        else:
            due_date = self.due_date

        subtotal = self.subtotal

        tax_amount = self.tax_amount

        total_amount = self.total_amount

        currency = self.currency

        paid_amount = self.paid_amount

        outstanding_amount = self.outstanding_amount

        line_items: list[dict[str, Any]] | Unset = UNSET
        if self.line_items is None:
            line_items = _NULL
        elif not isinstance(self.line_items, Unset):
            line_items = []
            for _line_items_item_data in self.line_items:
                line_items_item = _NULL if _line_items_item_data is None else _line_items_item_data.to_dict()

                line_items.append(line_items_item)

        payments: list[dict[str, Any]] | Unset = UNSET
        if self.payments is None:
            payments = _NULL
        elif not isinstance(self.payments, Unset):
            payments = []
            for _payments_item_data in self.payments:
                payments_item = _NULL if _payments_item_data is None else _payments_item_data.to_dict()

                payments.append(payments_item)

        notes = self.notes

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
        if invoice_number is not UNSET:
            _field_dict["invoiceNumber"] = invoice_number
        if reference is not UNSET:
            _field_dict["reference"] = reference
        if status is not UNSET:
            _field_dict["status"] = status
        if payment_status is not UNSET:
            _field_dict["paymentStatus"] = payment_status
        if client_id is not UNSET:
            _field_dict["clientId"] = client_id
        if client_name is not UNSET:
            _field_dict["clientName"] = client_name
        if client_email is not UNSET:
            _field_dict["clientEmail"] = client_email
        if project_id is not UNSET:
            _field_dict["projectId"] = project_id
        if project_name is not UNSET:
            _field_dict["projectName"] = project_name
        if issue_date is not UNSET:
            _field_dict["issueDate"] = issue_date
        if due_date is not UNSET:
            _field_dict["dueDate"] = due_date
        if subtotal is not UNSET:
            _field_dict["subtotal"] = subtotal
        if tax_amount is not UNSET:
            _field_dict["taxAmount"] = tax_amount
        if total_amount is not UNSET:
            _field_dict["totalAmount"] = total_amount
        if currency is not UNSET:
            _field_dict["currency"] = currency
        if paid_amount is not UNSET:
            _field_dict["paidAmount"] = paid_amount
        if outstanding_amount is not UNSET:
            _field_dict["outstandingAmount"] = outstanding_amount
        if line_items is not UNSET:
            _field_dict["lineItems"] = line_items
        if payments is not UNSET:
            _field_dict["payments"] = payments
        if notes is not UNSET:
            _field_dict["notes"] = notes
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


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not _TYPE_CHECKING:
    from ..models.invoice_payment import InvoicePayment
    from ..models.line_item import LineItem
