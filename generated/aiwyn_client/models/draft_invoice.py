from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._iso8601 import parse_datetime
from ..models.draft_invoice_review_status import DraftInvoiceReviewStatus
from ..models.draft_invoice_status import DraftInvoiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.draft_invoice_review import DraftInvoiceReview
    from ..models.line_item import LineItem


T = TypeVar("T", bound="DraftInvoice")


@_attrs_define
class DraftInvoice:
    id: int | Unset = UNSET
    """ Unique draft invoice identifier. """
    draft_number: str | Unset = UNSET
    """ Draft invoice number. """
    reference: str | Unset = UNSET
    """ Draft invoice reference or description. """
    status: DraftInvoiceStatus | Unset = UNSET
    """ Draft invoice status. """
    review_status: DraftInvoiceReviewStatus | Unset = UNSET
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
    prepared_date: datetime.datetime | Unset = UNSET
    """ Date when draft was prepared. """
    proposed_issue_date: datetime.datetime | Unset = UNSET
    """ Proposed invoice issue date. """
    proposed_due_date: datetime.datetime | Unset = UNSET
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
    created_at: datetime.datetime | Unset = UNSET
    """ Draft invoice creation timestamp. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Last update timestamp. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        draft_number = self.draft_number

        reference = self.reference

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        review_status: str | Unset = UNSET
        if not isinstance(self.review_status, Unset):
            review_status = self.review_status.value

        client_id = self.client_id

        client_name = self.client_name

        client_email = self.client_email

        project_id = self.project_id

        project_name = self.project_name

        prepared_date: str | Unset = UNSET
        if not isinstance(self.prepared_date, Unset):
            prepared_date = self.prepared_date.isoformat()

        proposed_issue_date: str | Unset = UNSET
        if not isinstance(self.proposed_issue_date, Unset):
            proposed_issue_date = self.proposed_issue_date.isoformat()

        proposed_due_date: str | Unset = UNSET
        if not isinstance(self.proposed_due_date, Unset):
            proposed_due_date = self.proposed_due_date.isoformat()

        subtotal = self.subtotal

        tax_amount = self.tax_amount

        total_amount = self.total_amount

        currency = self.currency

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        review_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.review_history, Unset):
            review_history = []
            for review_history_item_data in self.review_history:
                review_history_item = review_history_item_data.to_dict()
                review_history.append(review_history_item)

        notes = self.notes

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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
        if cls is DraftInvoice and len(src_dict) == 22:
            try:
                draft_invoice = cls.__new__(cls)
                draft_invoice.id = src_dict["id"]
                draft_invoice.draft_number = src_dict["draftNumber"]
                draft_invoice.reference = src_dict["reference"]
                draft_invoice.status = DraftInvoiceStatus.__members_by_value__[src_dict["status"]]
                draft_invoice.review_status = DraftInvoiceReviewStatus.__members_by_value__[src_dict["reviewStatus"]]
                draft_invoice.client_id = src_dict["clientId"]
                draft_invoice.client_name = src_dict["clientName"]
                draft_invoice.client_email = src_dict["clientEmail"]
                draft_invoice.project_id = src_dict["projectId"]
                draft_invoice.project_name = src_dict["projectName"]
                draft_invoice.prepared_date = parse_datetime(src_dict["preparedDate"])
                draft_invoice.proposed_issue_date = parse_datetime(src_dict["proposedIssueDate"])
                draft_invoice.proposed_due_date = parse_datetime(src_dict["proposedDueDate"])
                draft_invoice.subtotal = src_dict["subtotal"]
                draft_invoice.tax_amount = src_dict["taxAmount"]
                draft_invoice.total_amount = src_dict["totalAmount"]
                draft_invoice.currency = src_dict["currency"]
                draft_invoice.line_items = LineItem._list_from_dicts(src_dict["lineItems"])
                draft_invoice.review_history = DraftInvoiceReview._list_from_dicts(src_dict["reviewHistory"])
                draft_invoice.notes = src_dict["notes"]
                draft_invoice.created_at = parse_datetime(src_dict["createdAt"])
                draft_invoice.updated_at = parse_datetime(src_dict["updatedAt"])
                draft_invoice.additional_properties = {}
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                return draft_invoice

        get = src_dict.get
        id = get("id", UNSET)
        draft_number = get("draftNumber", UNSET)
        reference = get("reference", UNSET)
        _status = get("status", UNSET)
        status: DraftInvoiceStatus | Unset = UNSET if _status is UNSET else DraftInvoiceStatus(_status)

        _review_status = get("reviewStatus", UNSET)
        review_status: DraftInvoiceReviewStatus | Unset = (
            UNSET if _review_status is UNSET else DraftInvoiceReviewStatus(_review_status)
        )

        client_id = get("clientId", UNSET)
        client_name = get("clientName", UNSET)
        client_email = get("clientEmail", UNSET)
        project_id = get("projectId", UNSET)
        project_name = get("projectName", UNSET)
        _prepared_date = get("preparedDate", UNSET)
        prepared_date: datetime.datetime | Unset = UNSET if _prepared_date is UNSET else parse_datetime(_prepared_date)

        _proposed_issue_date = get("proposedIssueDate", UNSET)
        proposed_issue_date: datetime.datetime | Unset = (
            UNSET if _proposed_issue_date is UNSET else parse_datetime(_proposed_issue_date)
        )

        _proposed_due_date = get("proposedDueDate", UNSET)
        proposed_due_date: datetime.datetime | Unset = (
            UNSET if _proposed_due_date is UNSET else parse_datetime(_proposed_due_date)
        )

        subtotal = get("subtotal", UNSET)
        tax_amount = get("taxAmount", UNSET)
        total_amount = get("totalAmount", UNSET)
        currency = get("currency", UNSET)
        _line_items = get("lineItems", UNSET)
        line_items: list[LineItem] | Unset = UNSET if _line_items is UNSET else LineItem._list_from_dicts(_line_items)

        _review_history = get("reviewHistory", UNSET)
        review_history: list[DraftInvoiceReview] | Unset = (
            UNSET if _review_history is UNSET else DraftInvoiceReview._list_from_dicts(_review_history)
        )

        notes = get("notes", UNSET)
        _created_at = get("createdAt", UNSET)
        created_at: datetime.datetime | Unset = UNSET if _created_at is UNSET else parse_datetime(_created_at)

        _updated_at = get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset = UNSET if _updated_at is UNSET else parse_datetime(_updated_at)

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
            if len(src_dict) == 22:
                try:
                    draft_invoice = new(cls)
                    draft_invoice.id = src_dict["id"]
                    draft_invoice.draft_number = src_dict["draftNumber"]
                    draft_invoice.reference = src_dict["reference"]
                    draft_invoice.status = DraftInvoiceStatus.__members_by_value__[src_dict["status"]]
                    draft_invoice.review_status = DraftInvoiceReviewStatus.__members_by_value__[
                        src_dict["reviewStatus"]
                    ]
                    draft_invoice.client_id = src_dict["clientId"]
                    draft_invoice.client_name = src_dict["clientName"]
                    draft_invoice.client_email = src_dict["clientEmail"]
                    draft_invoice.project_id = src_dict["projectId"]
                    draft_invoice.project_name = src_dict["projectName"]
                    draft_invoice.prepared_date = parse_datetime(src_dict["preparedDate"])
                    draft_invoice.proposed_issue_date = parse_datetime(src_dict["proposedIssueDate"])
                    draft_invoice.proposed_due_date = parse_datetime(src_dict["proposedDueDate"])
                    draft_invoice.subtotal = src_dict["subtotal"]
                    draft_invoice.tax_amount = src_dict["taxAmount"]
                    draft_invoice.total_amount = src_dict["totalAmount"]
                    draft_invoice.currency = src_dict["currency"]
                    draft_invoice.line_items = LineItem._list_from_dicts(src_dict["lineItems"])
                    draft_invoice.review_history = DraftInvoiceReview._list_from_dicts(src_dict["reviewHistory"])
                    draft_invoice.notes = src_dict["notes"]
                    draft_invoice.created_at = parse_datetime(src_dict["createdAt"])
                    draft_invoice.updated_at = parse_datetime(src_dict["updatedAt"])
                    draft_invoice.additional_properties = {}
                except (KeyError, TypeError):
                    draft_invoice = cls.from_dict(src_dict)
            else:
                draft_invoice = cls.from_dict(src_dict)
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
