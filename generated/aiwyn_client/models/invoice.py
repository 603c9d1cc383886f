# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any, ClassVar, cast
from typing import TypeVar as _TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import CONTAINERS as _CONTAINERS
from .._decode import NULL as _NULL
from .._decode import checked_items as _checked_items
from .._decode import null_value as _null_value
from .._decode import scalar as _scalar
from .._decode import wrong_shape as _wrong_shape
from .._iso8601 import parse_datetime as _parse_datetime
from .._model import Model as _Model
from ..types import UNSET, Unset

if _TYPE_CHECKING:
    from ..models.invoice_payment import InvoicePayment
    from ..models.line_item import LineItem


_T = _TypeVar("_T", bound="Invoice")


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
        ("id", "id", False, "scalar"),
        ("invoice_number", "invoiceNumber", False, "scalar"),
        ("reference", "reference", False, "scalar"),
        ("status", "status", False, "scalar"),
        ("payment_status", "paymentStatus", False, "scalar"),
        ("client_id", "clientId", False, "scalar"),
        ("client_name", "clientName", False, "scalar"),
        ("client_email", "clientEmail", False, "scalar"),
        ("project_id", "projectId", False, "scalar"),
        ("project_name", "projectName", False, "scalar"),
        ("issue_date", "issueDate", False, "scalar"),
        ("due_date", "dueDate", False, "scalar"),
        ("subtotal", "subtotal", False, "scalar"),
        ("tax_amount", "taxAmount", False, "scalar"),
        ("total_amount", "totalAmount", False, "scalar"),
        ("currency", "currency", False, "scalar"),
        ("paid_amount", "paidAmount", False, "scalar"),
        ("outstanding_amount", "outstandingAmount", False, "scalar"),
        ("line_items", "lineItems", False, "list:LineItem"),
        ("payments", "payments", False, "list:InvoicePayment"),
        ("notes", "notes", False, "scalar"),
        ("created_at", "createdAt", False, "scalar"),
        ("updated_at", "updatedAt", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

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

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 23:
            try:
                _instance = _cls.__new__(_cls)
                _instance.id = _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                _instance.invoice_number = (
                    _v
                    if type(_v := _src_dict["invoiceNumber"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "invoiceNumber")
                )
                _instance.reference = (
                    _v
                    if type(_v := _src_dict["reference"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "reference")
                )
                _instance.status = (
                    _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                )
                _instance.payment_status = (
                    _v
                    if type(_v := _src_dict["paymentStatus"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "paymentStatus")
                )
                _instance.client_id = (
                    _v if type(_v := _src_dict["clientId"]) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
                )
                _instance.client_name = (
                    _v
                    if type(_v := _src_dict["clientName"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "clientName")
                )
                _instance.client_email = (
                    _v
                    if type(_v := _src_dict["clientEmail"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "clientEmail")
                )
                _instance.project_id = (
                    _v
                    if type(_v := _src_dict["projectId"]) is int or _v is _NULL
                    else _scalar(_v, __name__, "projectId")
                )
                _instance.project_name = (
                    _v
                    if type(_v := _src_dict["projectName"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "projectName")
                )
                __issue_date = _src_dict["issueDate"]
                issue_date: datetime.datetime | None | Unset
                if isinstance(__issue_date, str):
                    try:
                        issue_date = _parse_datetime(__issue_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        issue_date = cast(datetime.datetime | None | Unset, __issue_date)
                else:
                    issue_date = (
                        __issue_date
                        if type(__issue_date) not in _CONTAINERS
                        else _wrong_shape(__name__, "issueDate", __issue_date)
                    )
                _instance.issue_date = issue_date
                __due_date = _src_dict["dueDate"]
                due_date: datetime.datetime | None | Unset
                if isinstance(__due_date, str):
                    try:
                        due_date = _parse_datetime(__due_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        due_date = cast(datetime.datetime | None | Unset, __due_date)
                else:
                    due_date = (
                        __due_date
                        if type(__due_date) not in _CONTAINERS
                        else _wrong_shape(__name__, "dueDate", __due_date)
                    )
                _instance.due_date = due_date
                _instance.subtotal = (
                    _v
                    if type(_v := _src_dict["subtotal"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "subtotal")
                )
                _instance.tax_amount = (
                    _v
                    if type(_v := _src_dict["taxAmount"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "taxAmount")
                )
                _instance.total_amount = (
                    _v
                    if type(_v := _src_dict["totalAmount"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "totalAmount")
                )
                _instance.currency = (
                    _v if type(_v := _src_dict["currency"]) is str or _v is _NULL else _scalar(_v, __name__, "currency")
                )
                _instance.paid_amount = (
                    _v
                    if type(_v := _src_dict["paidAmount"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "paidAmount")
                )
                _instance.outstanding_amount = (
                    _v
                    if type(_v := _src_dict["outstandingAmount"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "outstandingAmount")
                )
                _instance.line_items = (
                    _null_value(__name__, "lineItems")
                    if (__line_items := _src_dict["lineItems"]) is None
                    else LineItem._list_from_dicts(
                        __line_items
                        if type(__line_items) is list
                        else _checked_items(__line_items, __name__, "lineItems")
                    )
                )
                _instance.payments = (
                    _null_value(__name__, "payments")
                    if (__payments := _src_dict["payments"]) is None
                    else InvoicePayment._list_from_dicts(
                        __payments if type(__payments) is list else _checked_items(__payments, __name__, "payments")
                    )
                )
                _instance.notes = (
                    _v if type(_v := _src_dict["notes"]) is str or _v is _NULL else _scalar(_v, __name__, "notes")
                )
                __created_at = _src_dict["createdAt"]
                created_at: datetime.datetime | None | Unset
                if isinstance(__created_at, str):
                    try:
                        created_at = _parse_datetime(__created_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        created_at = cast(datetime.datetime | None | Unset, __created_at)
                else:
                    created_at = (
                        __created_at
                        if type(__created_at) not in _CONTAINERS
                        else _wrong_shape(__name__, "createdAt", __created_at)
                    )
                _instance.created_at = created_at
                __updated_at = _src_dict["updatedAt"]
                updated_at: datetime.datetime | None | Unset
                if isinstance(__updated_at, str):
                    try:
                        updated_at = _parse_datetime(__updated_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        updated_at = cast(datetime.datetime | None | Unset, __updated_at)
                else:
                    updated_at = (
                        __updated_at
                        if type(__updated_at) not in _CONTAINERS
                        else _wrong_shape(__name__, "updatedAt", __updated_at)
                    )
                _instance.updated_at = updated_at
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 23:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        id = _v if type(_v := _get("id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "id")
        invoice_number = (
            _v
            if type(_v := _get("invoiceNumber", UNSET)) is str or _v is _NULL
            else _scalar(_v, __name__, "invoiceNumber")
        )
        reference = (
            _v if type(_v := _get("reference", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "reference")
        )
        status = _v if type(_v := _get("status", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "status")
        payment_status = (
            _v
            if type(_v := _get("paymentStatus", UNSET)) is str or _v is _NULL
            else _scalar(_v, __name__, "paymentStatus")
        )
        client_id = (
            _v if type(_v := _get("clientId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
        )
        client_name = (
            _v if type(_v := _get("clientName", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "clientName")
        )
        client_email = (
            _v if type(_v := _get("clientEmail", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "clientEmail")
        )
        project_id = (
            _v if type(_v := _get("projectId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "projectId")
        )
        project_name = (
            _v if type(_v := _get("projectName", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "projectName")
        )
        __issue_date = _get("issueDate", UNSET)
        if isinstance(__issue_date, str):
            try:
                issue_date = _parse_datetime(__issue_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                issue_date = cast(datetime.datetime | None | Unset, __issue_date)
        else:
            issue_date = (
                __issue_date
                if type(__issue_date) not in _CONTAINERS
                else _wrong_shape(__name__, "issueDate", __issue_date)
            )

        __due_date = _get("dueDate", UNSET)
        if isinstance(__due_date, str):
            try:
                due_date = _parse_datetime(__due_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                due_date = cast(datetime.datetime | None | Unset, __due_date)
        else:
            due_date = (
                __due_date if type(__due_date) not in _CONTAINERS else _wrong_shape(__name__, "dueDate", __due_date)
            )

        subtotal = (
            _v if type(_v := _get("subtotal", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "subtotal")
        )
        tax_amount = (
            _v if type(_v := _get("taxAmount", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "taxAmount")
        )
        total_amount = (
            _v
            if type(_v := _get("totalAmount", UNSET)) is float or _v is _NULL
            else _scalar(_v, __name__, "totalAmount")
        )
        currency = (
            _v if type(_v := _get("currency", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "currency")
        )
        paid_amount = (
            _v if type(_v := _get("paidAmount", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "paidAmount")
        )
        outstanding_amount = (
            _v
            if type(_v := _get("outstandingAmount", UNSET)) is float or _v is _NULL
            else _scalar(_v, __name__, "outstandingAmount")
        )
        __line_items = _get("lineItems", UNSET)
        line_items: list[LineItem] | Unset = (
            UNSET
            if __line_items is UNSET
            else _null_value(__name__, "lineItems")
            if __line_items is None
            else LineItem._list_from_dicts(
                __line_items if type(__line_items) is list else _checked_items(__line_items, __name__, "lineItems")
            )
        )

        __payments = _get("payments", UNSET)
        payments: list[InvoicePayment] | Unset = (
            UNSET
            if __payments is UNSET
            else _null_value(__name__, "payments")
            if __payments is None
            else InvoicePayment._list_from_dicts(
                __payments if type(__payments) is list else _checked_items(__payments, __name__, "payments")
            )
        )

        notes = _v if type(_v := _get("notes", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "notes")
        __created_at = _get("createdAt", UNSET)
        if isinstance(__created_at, str):
            try:
                created_at = _parse_datetime(__created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, __created_at)
        else:
            created_at = (
                __created_at
                if type(__created_at) not in _CONTAINERS
                else _wrong_shape(__name__, "createdAt", __created_at)
            )

        __updated_at = _get("updatedAt", UNSET)
        if isinstance(__updated_at, str):
            try:
                updated_at = _parse_datetime(__updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, __updated_at)
        else:
            updated_at = (
                __updated_at
                if type(__updated_at) not in _CONTAINERS
                else _wrong_shape(__name__, "updatedAt", __updated_at)
            )

        _instance = _cls(
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
            if len(_src_dict) >= 23:
                try:
                    _instance = _new(_cls)
                    _instance.id = (
                        _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                    )
                    _instance.invoice_number = (
                        _v
                        if type(_v := _src_dict["invoiceNumber"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "invoiceNumber")
                    )
                    _instance.reference = (
                        _v
                        if type(_v := _src_dict["reference"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "reference")
                    )
                    _instance.status = (
                        _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                    )
                    _instance.payment_status = (
                        _v
                        if type(_v := _src_dict["paymentStatus"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "paymentStatus")
                    )
                    _instance.client_id = (
                        _v
                        if type(_v := _src_dict["clientId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "clientId")
                    )
                    _instance.client_name = (
                        _v
                        if type(_v := _src_dict["clientName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "clientName")
                    )
                    _instance.client_email = (
                        _v
                        if type(_v := _src_dict["clientEmail"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "clientEmail")
                    )
                    _instance.project_id = (
                        _v
                        if type(_v := _src_dict["projectId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "projectId")
                    )
                    _instance.project_name = (
                        _v
                        if type(_v := _src_dict["projectName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "projectName")
                    )
                    __issue_date = _src_dict["issueDate"]
                    issue_date: datetime.datetime | None | Unset
                    if isinstance(__issue_date, str):
                        try:
                            issue_date = _parse_datetime(__issue_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            issue_date = cast(datetime.datetime | None | Unset, __issue_date)
                    else:
                        issue_date = (
                            __issue_date
                            if type(__issue_date) not in _CONTAINERS
                            else _wrong_shape(__name__, "issueDate", __issue_date)
                        )
                    _instance.issue_date = issue_date
                    __due_date = _src_dict["dueDate"]
                    due_date: datetime.datetime | None | Unset
                    if isinstance(__due_date, str):
                        try:
                            due_date = _parse_datetime(__due_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            due_date = cast(datetime.datetime | None | Unset, __due_date)
                    else:
                        due_date = (
                            __due_date
                            if type(__due_date) not in _CONTAINERS
                            else _wrong_shape(__name__, "dueDate", __due_date)
                        )
                    _instance.due_date = due_date
                    _instance.subtotal = (
                        _v
                        if type(_v := _src_dict["subtotal"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "subtotal")
                    )
                    _instance.tax_amount = (
                        _v
                        if type(_v := _src_dict["taxAmount"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "taxAmount")
                    )
                    _instance.total_amount = (
                        _v
                        if type(_v := _src_dict["totalAmount"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "totalAmount")
                    )
                    _instance.currency = (
                        _v
                        if type(_v := _src_dict["currency"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "currency")
                    )
                    _instance.paid_amount = (
                        _v
                        if type(_v := _src_dict["paidAmount"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "paidAmount")
                    )
                    _instance.outstanding_amount = (
                        _v
                        if type(_v := _src_dict["outstandingAmount"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "outstandingAmount")
                    )
                    _instance.line_items = (
                        _null_value(__name__, "lineItems")
                        if (__line_items := _src_dict["lineItems"]) is None
                        else LineItem._list_from_dicts(
                            __line_items
                            if type(__line_items) is list
                            else _checked_items(__line_items, __name__, "lineItems")
                        )
                    )
                    _instance.payments = (
                        _null_value(__name__, "payments")
                        if (__payments := _src_dict["payments"]) is None
                        else InvoicePayment._list_from_dicts(
                            __payments if type(__payments) is list else _checked_items(__payments, __name__, "payments")
                        )
                    )
                    _instance.notes = (
                        _v if type(_v := _src_dict["notes"]) is str or _v is _NULL else _scalar(_v, __name__, "notes")
                    )
                    __created_at = _src_dict["createdAt"]
                    created_at: datetime.datetime | None | Unset
                    if isinstance(__created_at, str):
                        try:
                            created_at = _parse_datetime(__created_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            created_at = cast(datetime.datetime | None | Unset, __created_at)
                    else:
                        created_at = (
                            __created_at
                            if type(__created_at) not in _CONTAINERS
                            else _wrong_shape(__name__, "createdAt", __created_at)
                        )
                    _instance.created_at = created_at
                    __updated_at = _src_dict["updatedAt"]
                    updated_at: datetime.datetime | None | Unset
                    if isinstance(__updated_at, str):
                        try:
                            updated_at = _parse_datetime(__updated_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            updated_at = cast(datetime.datetime | None | Unset, __updated_at)
                    else:
                        updated_at = (
                            __updated_at
                            if type(__updated_at) not in _CONTAINERS
                            else _wrong_shape(__name__, "updatedAt", __updated_at)
                        )
                    _instance.updated_at = updated_at
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 23:
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
        _instance.invoice_number = _src_wire.invoice_number
        _instance.reference = _src_wire.reference
        _instance.status = _src_wire.status
        _instance.payment_status = _src_wire.payment_status
        _instance.client_id = _src_wire.client_id
        _instance.client_name = _src_wire.client_name
        _instance.client_email = _src_wire.client_email
        _instance.project_id = _src_wire.project_id
        _instance.project_name = _src_wire.project_name
        __issue_date = _src_wire.issue_date
        issue_date: datetime.datetime | None | Unset
        if isinstance(__issue_date, str):
            try:
                issue_date = _parse_datetime(__issue_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                issue_date = cast(datetime.datetime | None | Unset, __issue_date)
        else:
            issue_date = (
                __issue_date
                if type(__issue_date) not in _CONTAINERS
                else _wrong_shape(__name__, "issueDate", __issue_date)
            )

        _instance.issue_date = issue_date
        __due_date = _src_wire.due_date
        due_date: datetime.datetime | None | Unset
        if isinstance(__due_date, str):
            try:
                due_date = _parse_datetime(__due_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                due_date = cast(datetime.datetime | None | Unset, __due_date)
        else:
            due_date = (
                __due_date if type(__due_date) not in _CONTAINERS else _wrong_shape(__name__, "dueDate", __due_date)
            )

        _instance.due_date = due_date
        _instance.subtotal = _src_wire.subtotal
        _instance.tax_amount = _src_wire.tax_amount
        _instance.total_amount = _src_wire.total_amount
        _instance.currency = _src_wire.currency
        _instance.paid_amount = _src_wire.paid_amount
        _instance.outstanding_amount = _src_wire.outstanding_amount
        __line_items = _src_wire.line_items
        line_items: list[LineItem] | Unset = (
            UNSET
            if __line_items is UNSET
            else _null_value(__name__, "lineItems")
            if __line_items is None
            else LineItem._list_from_wire(
                __line_items if type(__line_items) is list else _checked_items(__line_items, __name__, "lineItems")
            )
        )

        _instance.line_items = line_items
        __payments = _src_wire.payments
        payments: list[InvoicePayment] | Unset = (
            UNSET
            if __payments is UNSET
            else _null_value(__name__, "payments")
            if __payments is None
            else InvoicePayment._list_from_wire(
                __payments if type(__payments) is list else _checked_items(__payments, __name__, "payments")
            )
        )

        _instance.payments = payments
        _instance.notes = _src_wire.notes
        __created_at = _src_wire.created_at
        created_at: datetime.datetime | None | Unset
        if isinstance(__created_at, str):
            try:
                created_at = _parse_datetime(__created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, __created_at)
        else:
            created_at = (
                __created_at
                if type(__created_at) not in _CONTAINERS
                else _wrong_shape(__name__, "createdAt", __created_at)
            )

        _instance.created_at = created_at
        __updated_at = _src_wire.updated_at
        updated_at: datetime.datetime | None | Unset
        if isinstance(__updated_at, str):
            try:
                updated_at = _parse_datetime(__updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, __updated_at)
        else:
            updated_at = (
                __updated_at
                if type(__updated_at) not in _CONTAINERS
                else _wrong_shape(__name__, "updatedAt", __updated_at)
            )

        _instance.updated_at = updated_at
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
            _instance.invoice_number = _src_wire.invoice_number
            _instance.reference = _src_wire.reference
            _instance.status = _src_wire.status
            _instance.payment_status = _src_wire.payment_status
            _instance.client_id = _src_wire.client_id
            _instance.client_name = _src_wire.client_name
            _instance.client_email = _src_wire.client_email
            _instance.project_id = _src_wire.project_id
            _instance.project_name = _src_wire.project_name
            __issue_date = _src_wire.issue_date
            issue_date: datetime.datetime | None | Unset
            if isinstance(__issue_date, str):
                try:
                    issue_date = _parse_datetime(__issue_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    issue_date = cast(datetime.datetime | None | Unset, __issue_date)
            else:
                issue_date = (
                    __issue_date
                    if type(__issue_date) not in _CONTAINERS
                    else _wrong_shape(__name__, "issueDate", __issue_date)
                )

            _instance.issue_date = issue_date
            __due_date = _src_wire.due_date
            due_date: datetime.datetime | None | Unset
            if isinstance(__due_date, str):
                try:
                    due_date = _parse_datetime(__due_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    due_date = cast(datetime.datetime | None | Unset, __due_date)
            else:
                due_date = (
                    __due_date if type(__due_date) not in _CONTAINERS else _wrong_shape(__name__, "dueDate", __due_date)
                )

            _instance.due_date = due_date
            _instance.subtotal = _src_wire.subtotal
            _instance.tax_amount = _src_wire.tax_amount
            _instance.total_amount = _src_wire.total_amount
            _instance.currency = _src_wire.currency
            _instance.paid_amount = _src_wire.paid_amount
            _instance.outstanding_amount = _src_wire.outstanding_amount
            __line_items = _src_wire.line_items
            line_items: list[LineItem] | Unset = (
                UNSET
                if __line_items is UNSET
                else _null_value(__name__, "lineItems")
                if __line_items is None
                else LineItem._list_from_wire(
                    __line_items if type(__line_items) is list else _checked_items(__line_items, __name__, "lineItems")
                )
            )

            _instance.line_items = line_items
            __payments = _src_wire.payments
            payments: list[InvoicePayment] | Unset = (
                UNSET
                if __payments is UNSET
                else _null_value(__name__, "payments")
                if __payments is None
                else InvoicePayment._list_from_wire(
                    __payments if type(__payments) is list else _checked_items(__payments, __name__, "payments")
                )
            )

            _instance.payments = payments
            _instance.notes = _src_wire.notes
            __created_at = _src_wire.created_at
            created_at: datetime.datetime | None | Unset
            if isinstance(__created_at, str):
                try:
                    created_at = _parse_datetime(__created_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    created_at = cast(datetime.datetime | None | Unset, __created_at)
            else:
                created_at = (
                    __created_at
                    if type(__created_at) not in _CONTAINERS
                    else _wrong_shape(__name__, "createdAt", __created_at)
                )

            _instance.created_at = created_at
            __updated_at = _src_wire.updated_at
            updated_at: datetime.datetime | None | Unset
            if isinstance(__updated_at, str):
                try:
                    updated_at = _parse_datetime(__updated_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    updated_at = cast(datetime.datetime | None | Unset, __updated_at)
            else:
                updated_at = (
                    __updated_at
                    if type(__updated_at) not in _CONTAINERS
                    else _wrong_shape(__name__, "updatedAt", __updated_at)
                )

            _instance.updated_at = updated_at
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


_Self = Invoice  # the class, for its methods: a property of the same name would be a local there


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not _TYPE_CHECKING:
    from ..models.invoice_payment import InvoicePayment
    from ..models.line_item import LineItem
