# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value, unknown_member
from .._iso8601 import parse_datetime
from .._model import Model
from ..models.draft_invoice_review_status import DraftInvoiceReviewStatus
from ..models.draft_invoice_status import DraftInvoiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.draft_invoice_review import DraftInvoiceReview
    from ..models.line_item import LineItem


T = TypeVar("T", bound="DraftInvoice")


@_attrs_define(repr=False)
class DraftInvoice(Model):
    id: int | Unset = UNSET
    """ Unique draft invoice identifier. """
    draft_number: str | Unset = UNSET
    """ Draft invoice number. """
    reference: str | Unset = UNSET
    """ Draft invoice reference or description. """
    status: DraftInvoiceStatus | None | Unset = UNSET
    """ Draft invoice status. """
    review_status: DraftInvoiceReviewStatus | None | Unset = UNSET
    """ Review status. """
    client_id: int | Unset = UNSET
    """ Associated client identifier. """
    client_name: str | Unset = UNSET
    """ Client name. """
    client_email: str | Unset = UNSET
    """ Client billing email. """
    project_id: int | Unset = UNSET
    """ Associated project identifier. """
    project_name: str | Unset = UNSET
    """ Project name. """
    prepared_date: datetime.datetime | None | Unset = UNSET
    """ Date when draft was prepared. """
    proposed_issue_date: datetime.datetime | None | Unset = UNSET
    """ Proposed invoice issue date. """
    proposed_due_date: datetime.datetime | None | Unset = UNSET
    """ Proposed invoice due date. """
    subtotal: float | Unset = UNSET
    """ Draft subtotal before tax. """
    tax_amount: float | Unset = UNSET
    """ Total tax amount. """
    total_amount: float | Unset = UNSET
    """ Total draft amount including tax. """
    currency: str | Unset = UNSET
    """ Draft currency code. """
    line_items: list[LineItem] | Unset = UNSET
    """ Draft invoice line items. """
    review_history: list[DraftInvoiceReview] | Unset = UNSET
    """ Review history for this draft invoice. """
    notes: str | Unset = UNSET
    """ Additional notes or terms. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Draft invoice creation timestamp. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Last update timestamp. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "draftNumber",
            "reference",
            "status",
            "reviewStatus",
            "clientId",
            "clientName",
            "clientEmail",
            "projectId",
            "projectName",
            "preparedDate",
            "proposedIssueDate",
            "proposedDueDate",
            "subtotal",
            "taxAmount",
            "totalAmount",
            "currency",
            "lineItems",
            "reviewHistory",
            "notes",
            "createdAt",
            "updatedAt",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("draft_number", "draftNumber", False, ""),
        ("reference", "reference", False, ""),
        ("status", "status", False, ""),
        ("review_status", "reviewStatus", False, ""),
        ("client_id", "clientId", False, ""),
        ("client_name", "clientName", False, ""),
        ("client_email", "clientEmail", False, ""),
        ("project_id", "projectId", False, ""),
        ("project_name", "projectName", False, ""),
        ("prepared_date", "preparedDate", False, ""),
        ("proposed_issue_date", "proposedIssueDate", False, ""),
        ("proposed_due_date", "proposedDueDate", False, ""),
        ("subtotal", "subtotal", False, ""),
        ("tax_amount", "taxAmount", False, ""),
        ("total_amount", "totalAmount", False, ""),
        ("currency", "currency", False, ""),
        ("line_items", "lineItems", False, "list:LineItem"),
        ("review_history", "reviewHistory", False, "list:DraftInvoiceReview"),
        ("notes", "notes", False, ""),
        ("created_at", "createdAt", False, ""),
        ("updated_at", "updatedAt", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        draft_number = self.draft_number

        reference = self.reference

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DraftInvoiceStatus):
            status = NULL if self.status is None else self.status.value

        else:
            status = self.status

        review_status: None | str | Unset
        if isinstance(self.review_status, Unset):
            review_status = UNSET
        elif isinstance(self.review_status, DraftInvoiceReviewStatus):
            review_status = NULL if self.review_status is None else self.review_status.value

        else:
            review_status = self.review_status

        client_id = self.client_id

        client_name = self.client_name

        client_email = self.client_email

        project_id = self.project_id

        project_name = self.project_name

        prepared_date: None | str | Unset
        if isinstance(self.prepared_date, Unset):
            prepared_date = UNSET
        elif isinstance(self.prepared_date, datetime.datetime):
            prepared_date = NULL if self.prepared_date is None else self.prepared_date.isoformat()

        else:
            prepared_date = self.prepared_date

        proposed_issue_date: None | str | Unset
        if isinstance(self.proposed_issue_date, Unset):
            proposed_issue_date = UNSET
        elif isinstance(self.proposed_issue_date, datetime.datetime):
            proposed_issue_date = NULL if self.proposed_issue_date is None else self.proposed_issue_date.isoformat()

        else:
            proposed_issue_date = self.proposed_issue_date

        proposed_due_date: None | str | Unset
        if isinstance(self.proposed_due_date, Unset):
            proposed_due_date = UNSET
        elif isinstance(self.proposed_due_date, datetime.datetime):
            proposed_due_date = NULL if self.proposed_due_date is None else self.proposed_due_date.isoformat()

        else:
            proposed_due_date = self.proposed_due_date

        subtotal = self.subtotal

        tax_amount = self.tax_amount

        total_amount = self.total_amount

        currency = self.currency

        line_items: list[dict[str, Any]] | Unset = UNSET
        if self.line_items is None:
            line_items = NULL
        elif not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = NULL if line_items_item_data is None else line_items_item_data.to_dict()

                line_items.append(line_items_item)

        review_history: list[dict[str, Any]] | Unset = UNSET
        if self.review_history is None:
            review_history = NULL
        elif not isinstance(self.review_history, Unset):
            review_history = []
            for review_history_item_data in self.review_history:
                review_history_item = NULL if review_history_item_data is None else review_history_item_data.to_dict()

                review_history.append(review_history_item)

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
        if draft_number is not UNSET:
            field_dict["draftNumber"] = draft_number
        if reference is not UNSET:
            field_dict["reference"] = reference
        if status is not UNSET:
            field_dict["status"] = status
        if review_status is not UNSET:
            field_dict["reviewStatus"] = review_status
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
        if prepared_date is not UNSET:
            field_dict["preparedDate"] = prepared_date
        if proposed_issue_date is not UNSET:
            field_dict["proposedIssueDate"] = proposed_issue_date
        if proposed_due_date is not UNSET:
            field_dict["proposedDueDate"] = proposed_due_date
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if review_history is not UNSET:
            field_dict["reviewHistory"] = review_history
        if notes is not UNSET:
            field_dict["notes"] = notes
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is DraftInvoice and len(src_dict) >= 22:
            try:
                draft_invoice = cls.__new__(cls)
                draft_invoice.id = src_dict["id"]
                draft_invoice.draft_number = src_dict["draftNumber"]
                draft_invoice.reference = src_dict["reference"]
                _status = src_dict["status"]
                status: DraftInvoiceStatus | None | Unset
                if isinstance(_status, str):
                    try:
                        status = (
                            DraftInvoiceStatus.__members_by_value__[_status]
                            if _status in DraftInvoiceStatus.__members_by_value__
                            else unknown_member(DraftInvoiceStatus, _status)
                        )
                    except (TypeError, ValueError, AttributeError, KeyError):
                        status = cast(DraftInvoiceStatus | None | Unset, _status)
                else:
                    status = _status
                draft_invoice.status = status
                _review_status = src_dict["reviewStatus"]
                review_status: DraftInvoiceReviewStatus | None | Unset
                if isinstance(_review_status, str):
                    try:
                        review_status = (
                            DraftInvoiceReviewStatus.__members_by_value__[_review_status]
                            if _review_status in DraftInvoiceReviewStatus.__members_by_value__
                            else unknown_member(DraftInvoiceReviewStatus, _review_status)
                        )
                    except (TypeError, ValueError, AttributeError, KeyError):
                        review_status = cast(DraftInvoiceReviewStatus | None | Unset, _review_status)
                else:
                    review_status = _review_status
                draft_invoice.review_status = review_status
                draft_invoice.client_id = src_dict["clientId"]
                draft_invoice.client_name = src_dict["clientName"]
                draft_invoice.client_email = src_dict["clientEmail"]
                draft_invoice.project_id = src_dict["projectId"]
                draft_invoice.project_name = src_dict["projectName"]
                _prepared_date = src_dict["preparedDate"]
                prepared_date: datetime.datetime | None | Unset
                if isinstance(_prepared_date, str):
                    try:
                        prepared_date = parse_datetime(_prepared_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        prepared_date = cast(datetime.datetime | None | Unset, _prepared_date)
                else:
                    prepared_date = _prepared_date
                draft_invoice.prepared_date = prepared_date
                _proposed_issue_date = src_dict["proposedIssueDate"]
                proposed_issue_date: datetime.datetime | None | Unset
                if isinstance(_proposed_issue_date, str):
                    try:
                        proposed_issue_date = parse_datetime(_proposed_issue_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        proposed_issue_date = cast(datetime.datetime | None | Unset, _proposed_issue_date)
                else:
                    proposed_issue_date = _proposed_issue_date
                draft_invoice.proposed_issue_date = proposed_issue_date
                _proposed_due_date = src_dict["proposedDueDate"]
                proposed_due_date: datetime.datetime | None | Unset
                if isinstance(_proposed_due_date, str):
                    try:
                        proposed_due_date = parse_datetime(_proposed_due_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        proposed_due_date = cast(datetime.datetime | None | Unset, _proposed_due_date)
                else:
                    proposed_due_date = _proposed_due_date
                draft_invoice.proposed_due_date = proposed_due_date
                draft_invoice.subtotal = src_dict["subtotal"]
                draft_invoice.tax_amount = src_dict["taxAmount"]
                draft_invoice.total_amount = src_dict["totalAmount"]
                draft_invoice.currency = src_dict["currency"]
                draft_invoice.line_items = (
                    null_value(__name__, "lineItems")
                    if (_line_items := src_dict["lineItems"]) is None
                    else LineItem._list_from_dicts(_line_items)
                )
                draft_invoice.review_history = (
                    null_value(__name__, "reviewHistory")
                    if (_review_history := src_dict["reviewHistory"]) is None
                    else DraftInvoiceReview._list_from_dicts(_review_history)
                )
                draft_invoice.notes = src_dict["notes"]
                _created_at = src_dict["createdAt"]
                created_at: datetime.datetime | None | Unset
                if isinstance(_created_at, str):
                    try:
                        created_at = parse_datetime(_created_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        created_at = cast(datetime.datetime | None | Unset, _created_at)
                else:
                    created_at = _created_at
                draft_invoice.created_at = created_at
                _updated_at = src_dict["updatedAt"]
                updated_at: datetime.datetime | None | Unset
                if isinstance(_updated_at, str):
                    try:
                        updated_at = parse_datetime(_updated_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        updated_at = cast(datetime.datetime | None | Unset, _updated_at)
                else:
                    updated_at = _updated_at
                draft_invoice.updated_at = updated_at
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 22:
                    known = DraftInvoice._known_keys
                    draft_invoice.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return draft_invoice

        get = src_dict.get
        id = get("id", UNSET)
        draft_number = get("draftNumber", UNSET)
        reference = get("reference", UNSET)
        _status = get("status", UNSET)
        if isinstance(_status, str):
            try:
                status = (
                    DraftInvoiceStatus.__members_by_value__[_status]
                    if _status in DraftInvoiceStatus.__members_by_value__
                    else unknown_member(DraftInvoiceStatus, _status)
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                status = cast(DraftInvoiceStatus | None | Unset, _status)
        else:
            status = _status

        _review_status = get("reviewStatus", UNSET)
        if isinstance(_review_status, str):
            try:
                review_status = (
                    DraftInvoiceReviewStatus.__members_by_value__[_review_status]
                    if _review_status in DraftInvoiceReviewStatus.__members_by_value__
                    else unknown_member(DraftInvoiceReviewStatus, _review_status)
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                review_status = cast(DraftInvoiceReviewStatus | None | Unset, _review_status)
        else:
            review_status = _review_status

        client_id = get("clientId", UNSET)
        client_name = get("clientName", UNSET)
        client_email = get("clientEmail", UNSET)
        project_id = get("projectId", UNSET)
        project_name = get("projectName", UNSET)
        _prepared_date = get("preparedDate", UNSET)
        if isinstance(_prepared_date, str):
            try:
                prepared_date = parse_datetime(_prepared_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                prepared_date = cast(datetime.datetime | None | Unset, _prepared_date)
        else:
            prepared_date = _prepared_date

        _proposed_issue_date = get("proposedIssueDate", UNSET)
        if isinstance(_proposed_issue_date, str):
            try:
                proposed_issue_date = parse_datetime(_proposed_issue_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                proposed_issue_date = cast(datetime.datetime | None | Unset, _proposed_issue_date)
        else:
            proposed_issue_date = _proposed_issue_date

        _proposed_due_date = get("proposedDueDate", UNSET)
        if isinstance(_proposed_due_date, str):
            try:
                proposed_due_date = parse_datetime(_proposed_due_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                proposed_due_date = cast(datetime.datetime | None | Unset, _proposed_due_date)
        else:
            proposed_due_date = _proposed_due_date

        subtotal = get("subtotal", UNSET)
        tax_amount = get("taxAmount", UNSET)
        total_amount = get("totalAmount", UNSET)
        currency = get("currency", UNSET)
        _line_items = get("lineItems", UNSET)
        line_items: list[LineItem] | Unset = (
            UNSET
            if _line_items is UNSET
            else null_value(__name__, "lineItems")
            if _line_items is None
            else LineItem._list_from_dicts(_line_items)
        )

        _review_history = get("reviewHistory", UNSET)
        review_history: list[DraftInvoiceReview] | Unset = (
            UNSET
            if _review_history is UNSET
            else null_value(__name__, "reviewHistory")
            if _review_history is None
            else DraftInvoiceReview._list_from_dicts(_review_history)
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

        draft_invoice = cls(
            id,
            draft_number,
            reference,
            status,
            review_status,
            client_id,
            client_name,
            client_email,
            project_id,
            project_name,
            prepared_date,
            proposed_issue_date,
            proposed_due_date,
            subtotal,
            tax_amount,
            total_amount,
            currency,
            line_items,
            review_history,
            notes,
            created_at,
            updated_at,
        )

        known = DraftInvoice._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            draft_invoice.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return draft_invoice

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not DraftInvoice:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 22:
                try:
                    draft_invoice = new(cls)
                    draft_invoice.id = src_dict["id"]
                    draft_invoice.draft_number = src_dict["draftNumber"]
                    draft_invoice.reference = src_dict["reference"]
                    _status = src_dict["status"]
                    status: DraftInvoiceStatus | None | Unset
                    if isinstance(_status, str):
                        try:
                            status = (
                                DraftInvoiceStatus.__members_by_value__[_status]
                                if _status in DraftInvoiceStatus.__members_by_value__
                                else unknown_member(DraftInvoiceStatus, _status)
                            )
                        except (TypeError, ValueError, AttributeError, KeyError):
                            status = cast(DraftInvoiceStatus | None | Unset, _status)
                    else:
                        status = _status
                    draft_invoice.status = status
                    _review_status = src_dict["reviewStatus"]
                    review_status: DraftInvoiceReviewStatus | None | Unset
                    if isinstance(_review_status, str):
                        try:
                            review_status = (
                                DraftInvoiceReviewStatus.__members_by_value__[_review_status]
                                if _review_status in DraftInvoiceReviewStatus.__members_by_value__
                                else unknown_member(DraftInvoiceReviewStatus, _review_status)
                            )
                        except (TypeError, ValueError, AttributeError, KeyError):
                            review_status = cast(DraftInvoiceReviewStatus | None | Unset, _review_status)
                    else:
                        review_status = _review_status
                    draft_invoice.review_status = review_status
                    draft_invoice.client_id = src_dict["clientId"]
                    draft_invoice.client_name = src_dict["clientName"]
                    draft_invoice.client_email = src_dict["clientEmail"]
                    draft_invoice.project_id = src_dict["projectId"]
                    draft_invoice.project_name = src_dict["projectName"]
                    _prepared_date = src_dict["preparedDate"]
                    prepared_date: datetime.datetime | None | Unset
                    if isinstance(_prepared_date, str):
                        try:
                            prepared_date = parse_datetime(_prepared_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            prepared_date = cast(datetime.datetime | None | Unset, _prepared_date)
                    else:
                        prepared_date = _prepared_date
                    draft_invoice.prepared_date = prepared_date
                    _proposed_issue_date = src_dict["proposedIssueDate"]
                    proposed_issue_date: datetime.datetime | None | Unset
                    if isinstance(_proposed_issue_date, str):
                        try:
                            proposed_issue_date = parse_datetime(_proposed_issue_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            proposed_issue_date = cast(datetime.datetime | None | Unset, _proposed_issue_date)
                    else:
                        proposed_issue_date = _proposed_issue_date
                    draft_invoice.proposed_issue_date = proposed_issue_date
                    _proposed_due_date = src_dict["proposedDueDate"]
                    proposed_due_date: datetime.datetime | None | Unset
                    if isinstance(_proposed_due_date, str):
                        try:
                            proposed_due_date = parse_datetime(_proposed_due_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            proposed_due_date = cast(datetime.datetime | None | Unset, _proposed_due_date)
                    else:
                        proposed_due_date = _proposed_due_date
                    draft_invoice.proposed_due_date = proposed_due_date
                    draft_invoice.subtotal = src_dict["subtotal"]
                    draft_invoice.tax_amount = src_dict["taxAmount"]
                    draft_invoice.total_amount = src_dict["totalAmount"]
                    draft_invoice.currency = src_dict["currency"]
                    draft_invoice.line_items = (
                        null_value(__name__, "lineItems")
                        if (_line_items := src_dict["lineItems"]) is None
                        else LineItem._list_from_dicts(_line_items)
                    )
                    draft_invoice.review_history = (
                        null_value(__name__, "reviewHistory")
                        if (_review_history := src_dict["reviewHistory"]) is None
                        else DraftInvoiceReview._list_from_dicts(_review_history)
                    )
                    draft_invoice.notes = src_dict["notes"]
                    _created_at = src_dict["createdAt"]
                    created_at: datetime.datetime | None | Unset
                    if isinstance(_created_at, str):
                        try:
                            created_at = parse_datetime(_created_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            created_at = cast(datetime.datetime | None | Unset, _created_at)
                    else:
                        created_at = _created_at
                    draft_invoice.created_at = created_at
                    _updated_at = src_dict["updatedAt"]
                    updated_at: datetime.datetime | None | Unset
                    if isinstance(_updated_at, str):
                        try:
                            updated_at = parse_datetime(_updated_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            updated_at = cast(datetime.datetime | None | Unset, _updated_at)
                    else:
                        updated_at = _updated_at
                    draft_invoice.updated_at = updated_at
                except (KeyError, TypeError):
                    draft_invoice = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 22:
                        known = DraftInvoice._known_keys
                        draft_invoice.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                draft_invoice = cls.from_dict(src_dict)
            append(draft_invoice)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        draft_invoice = cls.__new__(cls)
        draft_invoice.id = src_wire.id
        draft_invoice.draft_number = src_wire.draft_number
        draft_invoice.reference = src_wire.reference
        _status = src_wire.status
        status: DraftInvoiceStatus | None | Unset
        if isinstance(_status, str):
            try:
                status = (
                    DraftInvoiceStatus.__members_by_value__[_status]
                    if _status in DraftInvoiceStatus.__members_by_value__
                    else unknown_member(DraftInvoiceStatus, _status)
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                status = cast(DraftInvoiceStatus | None | Unset, _status)
        else:
            status = _status

        draft_invoice.status = status
        _review_status = src_wire.review_status
        review_status: DraftInvoiceReviewStatus | None | Unset
        if isinstance(_review_status, str):
            try:
                review_status = (
                    DraftInvoiceReviewStatus.__members_by_value__[_review_status]
                    if _review_status in DraftInvoiceReviewStatus.__members_by_value__
                    else unknown_member(DraftInvoiceReviewStatus, _review_status)
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                review_status = cast(DraftInvoiceReviewStatus | None | Unset, _review_status)
        else:
            review_status = _review_status

        draft_invoice.review_status = review_status
        draft_invoice.client_id = src_wire.client_id
        draft_invoice.client_name = src_wire.client_name
        draft_invoice.client_email = src_wire.client_email
        draft_invoice.project_id = src_wire.project_id
        draft_invoice.project_name = src_wire.project_name
        _prepared_date = src_wire.prepared_date
        prepared_date: datetime.datetime | None | Unset
        if isinstance(_prepared_date, str):
            try:
                prepared_date = parse_datetime(_prepared_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                prepared_date = cast(datetime.datetime | None | Unset, _prepared_date)
        else:
            prepared_date = _prepared_date

        draft_invoice.prepared_date = prepared_date
        _proposed_issue_date = src_wire.proposed_issue_date
        proposed_issue_date: datetime.datetime | None | Unset
        if isinstance(_proposed_issue_date, str):
            try:
                proposed_issue_date = parse_datetime(_proposed_issue_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                proposed_issue_date = cast(datetime.datetime | None | Unset, _proposed_issue_date)
        else:
            proposed_issue_date = _proposed_issue_date

        draft_invoice.proposed_issue_date = proposed_issue_date
        _proposed_due_date = src_wire.proposed_due_date
        proposed_due_date: datetime.datetime | None | Unset
        if isinstance(_proposed_due_date, str):
            try:
                proposed_due_date = parse_datetime(_proposed_due_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                proposed_due_date = cast(datetime.datetime | None | Unset, _proposed_due_date)
        else:
            proposed_due_date = _proposed_due_date

        draft_invoice.proposed_due_date = proposed_due_date
        draft_invoice.subtotal = src_wire.subtotal
        draft_invoice.tax_amount = src_wire.tax_amount
        draft_invoice.total_amount = src_wire.total_amount
        draft_invoice.currency = src_wire.currency
        _line_items = src_wire.line_items
        line_items: list[LineItem] | Unset = (
            UNSET
            if _line_items is UNSET
            else null_value(__name__, "lineItems")
            if _line_items is None
            else LineItem._list_from_wire(_line_items)
        )

        draft_invoice.line_items = line_items
        _review_history = src_wire.review_history
        review_history: list[DraftInvoiceReview] | Unset = (
            UNSET
            if _review_history is UNSET
            else null_value(__name__, "reviewHistory")
            if _review_history is None
            else DraftInvoiceReview._list_from_wire(_review_history)
        )

        draft_invoice.review_history = review_history
        draft_invoice.notes = src_wire.notes
        _created_at = src_wire.created_at
        created_at: datetime.datetime | None | Unset
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        draft_invoice.created_at = created_at
        _updated_at = src_wire.updated_at
        updated_at: datetime.datetime | None | Unset
        if isinstance(_updated_at, str):
            try:
                updated_at = parse_datetime(_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, _updated_at)
        else:
            updated_at = _updated_at

        draft_invoice.updated_at = updated_at
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                draft_invoice.additional_properties = found
        return draft_invoice

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            draft_invoice = new(cls)
            draft_invoice.id = src_wire.id
            draft_invoice.draft_number = src_wire.draft_number
            draft_invoice.reference = src_wire.reference
            _status = src_wire.status
            status: DraftInvoiceStatus | None | Unset
            if isinstance(_status, str):
                try:
                    status = (
                        DraftInvoiceStatus.__members_by_value__[_status]
                        if _status in DraftInvoiceStatus.__members_by_value__
                        else unknown_member(DraftInvoiceStatus, _status)
                    )
                except (TypeError, ValueError, AttributeError, KeyError):
                    status = cast(DraftInvoiceStatus | None | Unset, _status)
            else:
                status = _status

            draft_invoice.status = status
            _review_status = src_wire.review_status
            review_status: DraftInvoiceReviewStatus | None | Unset
            if isinstance(_review_status, str):
                try:
                    review_status = (
                        DraftInvoiceReviewStatus.__members_by_value__[_review_status]
                        if _review_status in DraftInvoiceReviewStatus.__members_by_value__
                        else unknown_member(DraftInvoiceReviewStatus, _review_status)
                    )
                except (TypeError, ValueError, AttributeError, KeyError):
                    review_status = cast(DraftInvoiceReviewStatus | None | Unset, _review_status)
            else:
                review_status = _review_status

            draft_invoice.review_status = review_status
            draft_invoice.client_id = src_wire.client_id
            draft_invoice.client_name = src_wire.client_name
            draft_invoice.client_email = src_wire.client_email
            draft_invoice.project_id = src_wire.project_id
            draft_invoice.project_name = src_wire.project_name
            _prepared_date = src_wire.prepared_date
            prepared_date: datetime.datetime | None | Unset
            if isinstance(_prepared_date, str):
                try:
                    prepared_date = parse_datetime(_prepared_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    prepared_date = cast(datetime.datetime | None | Unset, _prepared_date)
            else:
                prepared_date = _prepared_date

            draft_invoice.prepared_date = prepared_date
            _proposed_issue_date = src_wire.proposed_issue_date
            proposed_issue_date: datetime.datetime | None | Unset
            if isinstance(_proposed_issue_date, str):
                try:
                    proposed_issue_date = parse_datetime(_proposed_issue_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    proposed_issue_date = cast(datetime.datetime | None | Unset, _proposed_issue_date)
            else:
                proposed_issue_date = _proposed_issue_date

            draft_invoice.proposed_issue_date = proposed_issue_date
            _proposed_due_date = src_wire.proposed_due_date
            proposed_due_date: datetime.datetime | None | Unset
            if isinstance(_proposed_due_date, str):
                try:
                    proposed_due_date = parse_datetime(_proposed_due_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    proposed_due_date = cast(datetime.datetime | None | Unset, _proposed_due_date)
            else:
                proposed_due_date = _proposed_due_date

            draft_invoice.proposed_due_date = proposed_due_date
            draft_invoice.subtotal = src_wire.subtotal
            draft_invoice.tax_amount = src_wire.tax_amount
            draft_invoice.total_amount = src_wire.total_amount
            draft_invoice.currency = src_wire.currency
            _line_items = src_wire.line_items
            line_items: list[LineItem] | Unset = (
                UNSET
                if _line_items is UNSET
                else null_value(__name__, "lineItems")
                if _line_items is None
                else LineItem._list_from_wire(_line_items)
            )

            draft_invoice.line_items = line_items
            _review_history = src_wire.review_history
            review_history: list[DraftInvoiceReview] | Unset = (
                UNSET
                if _review_history is UNSET
                else null_value(__name__, "reviewHistory")
                if _review_history is None
                else DraftInvoiceReview._list_from_wire(_review_history)
            )

            draft_invoice.review_history = review_history
            draft_invoice.notes = src_wire.notes
            _created_at = src_wire.created_at
            created_at: datetime.datetime | None | Unset
            if isinstance(_created_at, str):
                try:
                    created_at = parse_datetime(_created_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    created_at = cast(datetime.datetime | None | Unset, _created_at)
            else:
                created_at = _created_at

            draft_invoice.created_at = created_at
            _updated_at = src_wire.updated_at
            updated_at: datetime.datetime | None | Unset
            if isinstance(_updated_at, str):
                try:
                    updated_at = parse_datetime(_updated_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    updated_at = cast(datetime.datetime | None | Unset, _updated_at)
            else:
                updated_at = _updated_at

            draft_invoice.updated_at = updated_at
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    draft_invoice.additional_properties = found
            append(draft_invoice)
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
    from ..models.draft_invoice_review import DraftInvoiceReview
    from ..models.line_item import LineItem
