# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value
from .._iso8601 import parse_datetime
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_payment import InvoicePayment
    from ..models.line_item import LineItem


T = TypeVar("T", bound="Invoice")


@_attrs_define(repr=False)
class Invoice(Model):
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
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "invoiceNumber",
            "reference",
            "status",
            "paymentStatus",
            "clientId",
            "clientName",
            "clientEmail",
            "projectId",
            "projectName",
            "issueDate",
            "dueDate",
            "subtotal",
            "taxAmount",
            "totalAmount",
            "currency",
            "paidAmount",
            "outstandingAmount",
            "lineItems",
            "payments",
            "notes",
            "createdAt",
            "updatedAt",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("invoice_number", "invoiceNumber", False, ""),
        ("reference", "reference", False, ""),
        ("status", "status", False, ""),
        ("payment_status", "paymentStatus", False, ""),
        ("client_id", "clientId", False, ""),
        ("client_name", "clientName", False, ""),
        ("client_email", "clientEmail", False, ""),
        ("project_id", "projectId", False, ""),
        ("project_name", "projectName", False, ""),
        ("issue_date", "issueDate", False, ""),
        ("due_date", "dueDate", False, ""),
        ("subtotal", "subtotal", False, ""),
        ("tax_amount", "taxAmount", False, ""),
        ("total_amount", "totalAmount", False, ""),
        ("currency", "currency", False, ""),
        ("paid_amount", "paidAmount", False, ""),
        ("outstanding_amount", "outstandingAmount", False, ""),
        ("line_items", "lineItems", False, "list:LineItem"),
        ("payments", "payments", False, "list:InvoicePayment"),
        ("notes", "notes", False, ""),
        ("created_at", "createdAt", False, ""),
        ("updated_at", "updatedAt", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

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
            issue_date = NULL if self.issue_date is None else self.issue_date.isoformat()

        else:
            issue_date = self.issue_date

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = NULL if self.due_date is None else self.due_date.isoformat()

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
            line_items = NULL
        elif not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = NULL if line_items_item_data is None else line_items_item_data.to_dict()

                line_items.append(line_items_item)

        payments: list[dict[str, Any]] | Unset = UNSET
        if self.payments is None:
            payments = NULL
        elif not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = NULL if payments_item_data is None else payments_item_data.to_dict()

                payments.append(payments_item)

        notes = self.notes

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
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if reference is not UNSET:
            field_dict["reference"] = reference
        if status is not UNSET:
            field_dict["status"] = status
        if payment_status is not UNSET:
            field_dict["paymentStatus"] = payment_status
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_name is not UNSET:
            field_dict["clientName"] = client_name
        if client_email is not UNSET:
            field_dict["clientEmail"] = client_email
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if issue_date is not UNSET:
            field_dict["issueDate"] = issue_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if paid_amount is not UNSET:
            field_dict["paidAmount"] = paid_amount
        if outstanding_amount is not UNSET:
            field_dict["outstandingAmount"] = outstanding_amount
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if payments is not UNSET:
            field_dict["payments"] = payments
        if notes is not UNSET:
            field_dict["notes"] = notes
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is Invoice and len(src_dict) >= 23:
            try:
                invoice = cls.__new__(cls)
                invoice.id = src_dict["id"]
                invoice.invoice_number = src_dict["invoiceNumber"]
                invoice.reference = src_dict["reference"]
                invoice.status = src_dict["status"]
                invoice.payment_status = src_dict["paymentStatus"]
                invoice.client_id = src_dict["clientId"]
                invoice.client_name = src_dict["clientName"]
                invoice.client_email = src_dict["clientEmail"]
                invoice.project_id = src_dict["projectId"]
                invoice.project_name = src_dict["projectName"]
                _issue_date = src_dict["issueDate"]
                issue_date: datetime.datetime | None | Unset
                if isinstance(_issue_date, str):
                    try:
                        issue_date = parse_datetime(_issue_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        issue_date = cast(datetime.datetime | None | Unset, _issue_date)
                else:
                    issue_date = _issue_date
                invoice.issue_date = issue_date
                _due_date = src_dict["dueDate"]
                due_date: datetime.datetime | None | Unset
                if isinstance(_due_date, str):
                    try:
                        due_date = parse_datetime(_due_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        due_date = cast(datetime.datetime | None | Unset, _due_date)
                else:
                    due_date = _due_date
                invoice.due_date = due_date
                invoice.subtotal = src_dict["subtotal"]
                invoice.tax_amount = src_dict["taxAmount"]
                invoice.total_amount = src_dict["totalAmount"]
                invoice.currency = src_dict["currency"]
                invoice.paid_amount = src_dict["paidAmount"]
                invoice.outstanding_amount = src_dict["outstandingAmount"]
                invoice.line_items = (
                    null_value(__name__, "lineItems")
                    if (_line_items := src_dict["lineItems"]) is None
                    else LineItem._list_from_dicts(_line_items)
                )
                invoice.payments = (
                    null_value(__name__, "payments")
                    if (_payments := src_dict["payments"]) is None
                    else InvoicePayment._list_from_dicts(_payments)
                )
                invoice.notes = src_dict["notes"]
                _created_at = src_dict["createdAt"]
                created_at: datetime.datetime | None | Unset
                if isinstance(_created_at, str):
                    try:
                        created_at = parse_datetime(_created_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        created_at = cast(datetime.datetime | None | Unset, _created_at)
                else:
                    created_at = _created_at
                invoice.created_at = created_at
                _updated_at = src_dict["updatedAt"]
                updated_at: datetime.datetime | None | Unset
                if isinstance(_updated_at, str):
                    try:
                        updated_at = parse_datetime(_updated_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        updated_at = cast(datetime.datetime | None | Unset, _updated_at)
                else:
                    updated_at = _updated_at
                invoice.updated_at = updated_at
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 23:
                    known = Invoice._known_keys
                    invoice.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return invoice

        get = src_dict.get
        id = get("id", UNSET)
        invoice_number = get("invoiceNumber", UNSET)
        reference = get("reference", UNSET)
        status = get("status", UNSET)
        payment_status = get("paymentStatus", UNSET)
        client_id = get("clientId", UNSET)
        client_name = get("clientName", UNSET)
        client_email = get("clientEmail", UNSET)
        project_id = get("projectId", UNSET)
        project_name = get("projectName", UNSET)
        _issue_date = get("issueDate", UNSET)
        if isinstance(_issue_date, str):
            try:
                issue_date = parse_datetime(_issue_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                issue_date = cast(datetime.datetime | None | Unset, _issue_date)
        else:
            issue_date = _issue_date

        _due_date = get("dueDate", UNSET)
        if isinstance(_due_date, str):
            try:
                due_date = parse_datetime(_due_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                due_date = cast(datetime.datetime | None | Unset, _due_date)
        else:
            due_date = _due_date

        subtotal = get("subtotal", UNSET)
        tax_amount = get("taxAmount", UNSET)
        total_amount = get("totalAmount", UNSET)
        currency = get("currency", UNSET)
        paid_amount = get("paidAmount", UNSET)
        outstanding_amount = get("outstandingAmount", UNSET)
        _line_items = get("lineItems", UNSET)
        line_items: list[LineItem] | Unset = (
            UNSET
            if _line_items is UNSET
            else null_value(__name__, "lineItems")
            if _line_items is None
            else LineItem._list_from_dicts(_line_items)
        )

        _payments = get("payments", UNSET)
        payments: list[InvoicePayment] | Unset = (
            UNSET
            if _payments is UNSET
            else null_value(__name__, "payments")
            if _payments is None
            else InvoicePayment._list_from_dicts(_payments)
        )

        notes = get("notes", UNSET)
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

        invoice = cls(
            id,
            invoice_number,
            reference,
            status,
            payment_status,
            client_id,
            client_name,
            client_email,
            project_id,
            project_name,
            issue_date,
            due_date,
            subtotal,
            tax_amount,
            total_amount,
            currency,
            paid_amount,
            outstanding_amount,
            line_items,
            payments,
            notes,
            created_at,
            updated_at,
        )

        known = Invoice._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            invoice.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return invoice

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not Invoice:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 23:
                try:
                    invoice = new(cls)
                    invoice.id = src_dict["id"]
                    invoice.invoice_number = src_dict["invoiceNumber"]
                    invoice.reference = src_dict["reference"]
                    invoice.status = src_dict["status"]
                    invoice.payment_status = src_dict["paymentStatus"]
                    invoice.client_id = src_dict["clientId"]
                    invoice.client_name = src_dict["clientName"]
                    invoice.client_email = src_dict["clientEmail"]
                    invoice.project_id = src_dict["projectId"]
                    invoice.project_name = src_dict["projectName"]
                    _issue_date = src_dict["issueDate"]
                    issue_date: datetime.datetime | None | Unset
                    if isinstance(_issue_date, str):
                        try:
                            issue_date = parse_datetime(_issue_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            issue_date = cast(datetime.datetime | None | Unset, _issue_date)
                    else:
                        issue_date = _issue_date
                    invoice.issue_date = issue_date
                    _due_date = src_dict["dueDate"]
                    due_date: datetime.datetime | None | Unset
                    if isinstance(_due_date, str):
                        try:
                            due_date = parse_datetime(_due_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            due_date = cast(datetime.datetime | None | Unset, _due_date)
                    else:
                        due_date = _due_date
                    invoice.due_date = due_date
                    invoice.subtotal = src_dict["subtotal"]
                    invoice.tax_amount = src_dict["taxAmount"]
                    invoice.total_amount = src_dict["totalAmount"]
                    invoice.currency = src_dict["currency"]
                    invoice.paid_amount = src_dict["paidAmount"]
                    invoice.outstanding_amount = src_dict["outstandingAmount"]
                    invoice.line_items = (
                        null_value(__name__, "lineItems")
                        if (_line_items := src_dict["lineItems"]) is None
                        else LineItem._list_from_dicts(_line_items)
                    )
                    invoice.payments = (
                        null_value(__name__, "payments")
                        if (_payments := src_dict["payments"]) is None
                        else InvoicePayment._list_from_dicts(_payments)
                    )
                    invoice.notes = src_dict["notes"]
                    _created_at = src_dict["createdAt"]
                    created_at: datetime.datetime | None | Unset
                    if isinstance(_created_at, str):
                        try:
                            created_at = parse_datetime(_created_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            created_at = cast(datetime.datetime | None | Unset, _created_at)
                    else:
                        created_at = _created_at
                    invoice.created_at = created_at
                    _updated_at = src_dict["updatedAt"]
                    updated_at: datetime.datetime | None | Unset
                    if isinstance(_updated_at, str):
                        try:
                            updated_at = parse_datetime(_updated_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            updated_at = cast(datetime.datetime | None | Unset, _updated_at)
                    else:
                        updated_at = _updated_at
                    invoice.updated_at = updated_at
                except (KeyError, TypeError):
                    invoice = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 23:
                        known = Invoice._known_keys
                        invoice.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                invoice = cls.from_dict(src_dict)
            append(invoice)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        invoice = cls.__new__(cls)
        invoice.id = src_wire.id
        invoice.invoice_number = src_wire.invoice_number
        invoice.reference = src_wire.reference
        invoice.status = src_wire.status
        invoice.payment_status = src_wire.payment_status
        invoice.client_id = src_wire.client_id
        invoice.client_name = src_wire.client_name
        invoice.client_email = src_wire.client_email
        invoice.project_id = src_wire.project_id
        invoice.project_name = src_wire.project_name
        _issue_date = src_wire.issue_date
        issue_date: datetime.datetime | None | Unset
        if isinstance(_issue_date, str):
            try:
                issue_date = parse_datetime(_issue_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                issue_date = cast(datetime.datetime | None | Unset, _issue_date)
        else:
            issue_date = _issue_date

        invoice.issue_date = issue_date
        _due_date = src_wire.due_date
        due_date: datetime.datetime | None | Unset
        if isinstance(_due_date, str):
            try:
                due_date = parse_datetime(_due_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                due_date = cast(datetime.datetime | None | Unset, _due_date)
        else:
            due_date = _due_date

        invoice.due_date = due_date
        invoice.subtotal = src_wire.subtotal
        invoice.tax_amount = src_wire.tax_amount
        invoice.total_amount = src_wire.total_amount
        invoice.currency = src_wire.currency
        invoice.paid_amount = src_wire.paid_amount
        invoice.outstanding_amount = src_wire.outstanding_amount
        _line_items = src_wire.line_items
        line_items: list[LineItem] | Unset = (
            UNSET
            if _line_items is UNSET
            else null_value(__name__, "lineItems")
            if _line_items is None
            else LineItem._list_from_wire(_line_items)
        )

        invoice.line_items = line_items
        _payments = src_wire.payments
        payments: list[InvoicePayment] | Unset = (
            UNSET
            if _payments is UNSET
            else null_value(__name__, "payments")
            if _payments is None
            else InvoicePayment._list_from_wire(_payments)
        )

        invoice.payments = payments
        invoice.notes = src_wire.notes
        _created_at = src_wire.created_at
        created_at: datetime.datetime | None | Unset
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        invoice.created_at = created_at
        _updated_at = src_wire.updated_at
        updated_at: datetime.datetime | None | Unset
        if isinstance(_updated_at, str):
            try:
                updated_at = parse_datetime(_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, _updated_at)
        else:
            updated_at = _updated_at

        invoice.updated_at = updated_at
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                invoice.additional_properties = found
        return invoice

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            invoice = new(cls)
            invoice.id = src_wire.id
            invoice.invoice_number = src_wire.invoice_number
            invoice.reference = src_wire.reference
            invoice.status = src_wire.status
            invoice.payment_status = src_wire.payment_status
            invoice.client_id = src_wire.client_id
            invoice.client_name = src_wire.client_name
            invoice.client_email = src_wire.client_email
            invoice.project_id = src_wire.project_id
            invoice.project_name = src_wire.project_name
            _issue_date = src_wire.issue_date
            issue_date: datetime.datetime | None | Unset
            if isinstance(_issue_date, str):
                try:
                    issue_date = parse_datetime(_issue_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    issue_date = cast(datetime.datetime | None | Unset, _issue_date)
            else:
                issue_date = _issue_date

            invoice.issue_date = issue_date
            _due_date = src_wire.due_date
            due_date: datetime.datetime | None | Unset
            if isinstance(_due_date, str):
                try:
                    due_date = parse_datetime(_due_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    due_date = cast(datetime.datetime | None | Unset, _due_date)
            else:
                due_date = _due_date

            invoice.due_date = due_date
            invoice.subtotal = src_wire.subtotal
            invoice.tax_amount = src_wire.tax_amount
            invoice.total_amount = src_wire.total_amount
            invoice.currency = src_wire.currency
            invoice.paid_amount = src_wire.paid_amount
            invoice.outstanding_amount = src_wire.outstanding_amount
            _line_items = src_wire.line_items
            line_items: list[LineItem] | Unset = (
                UNSET
                if _line_items is UNSET
                else null_value(__name__, "lineItems")
                if _line_items is None
                else LineItem._list_from_wire(_line_items)
            )

            invoice.line_items = line_items
            _payments = src_wire.payments
            payments: list[InvoicePayment] | Unset = (
                UNSET
                if _payments is UNSET
                else null_value(__name__, "payments")
                if _payments is None
                else InvoicePayment._list_from_wire(_payments)
            )

            invoice.payments = payments
            invoice.notes = src_wire.notes
            _created_at = src_wire.created_at
            created_at: datetime.datetime | None | Unset
            if isinstance(_created_at, str):
                try:
                    created_at = parse_datetime(_created_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    created_at = cast(datetime.datetime | None | Unset, _created_at)
            else:
                created_at = _created_at

            invoice.created_at = created_at
            _updated_at = src_wire.updated_at
            updated_at: datetime.datetime | None | Unset
            if isinstance(_updated_at, str):
                try:
                    updated_at = parse_datetime(_updated_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    updated_at = cast(datetime.datetime | None | Unset, _updated_at)
            else:
                updated_at = _updated_at

            invoice.updated_at = updated_at
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    invoice.additional_properties = found
            append(invoice)
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


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not TYPE_CHECKING:
    from ..models.invoice_payment import InvoicePayment
    from ..models.line_item import LineItem
