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
from ..models.draft_invoice_review_status import DraftInvoiceReviewStatus
from ..models.draft_invoice_status import DraftInvoiceStatus
from ..types import UNSET, Unset

if _TYPE_CHECKING:
    from ..models.draft_invoice_review import DraftInvoiceReview
    from ..models.line_item import LineItem


@_attrs_define(repr=False)
class DraftInvoice(_Model):
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
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("id", "id", "scalar", False, type="int"),
            _F("draft_number", "draftNumber", "scalar", False, type="str"),
            _F("reference", "reference", "scalar", False, type="str"),
            _F("status", "status", "enum", False, ref="DraftInvoiceStatus", type="str", nullable=True),
            _F(
                "review_status",
                "reviewStatus",
                "enum",
                False,
                ref="DraftInvoiceReviewStatus",
                type="str",
                nullable=True,
            ),
            _F("client_id", "clientId", "scalar", False, type="int"),
            _F("client_name", "clientName", "scalar", False, type="str"),
            _F("client_email", "clientEmail", "scalar", False, type="str"),
            _F("project_id", "projectId", "scalar", False, type="int"),
            _F("project_name", "projectName", "scalar", False, type="str"),
            _F("prepared_date", "preparedDate", "datetime", False, nullable=True),
            _F("proposed_issue_date", "proposedIssueDate", "datetime", False, nullable=True),
            _F("proposed_due_date", "proposedDueDate", "datetime", False, nullable=True),
            _F("subtotal", "subtotal", "scalar", False, type="float"),
            _F("tax_amount", "taxAmount", "scalar", False, type="float"),
            _F("total_amount", "totalAmount", "scalar", False, type="float"),
            _F("currency", "currency", "scalar", False, type="str"),
            _F("line_items", "lineItems", "list", False, item=_F(kind="model", ref="LineItem")),
            _F("review_history", "reviewHistory", "list", False, item=_F(kind="model", ref="DraftInvoiceReview")),
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

        draft_number = self.draft_number

        reference = self.reference

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DraftInvoiceStatus):
            status = _NULL if self.status is None else self.status.value

        else:
            status = self.status

        review_status: None | str | Unset
        if isinstance(self.review_status, Unset):
            review_status = UNSET
        elif isinstance(self.review_status, DraftInvoiceReviewStatus):
            review_status = _NULL if self.review_status is None else self.review_status.value

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
            prepared_date = _NULL if self.prepared_date is None else self.prepared_date.isoformat()

        else:
            prepared_date = self.prepared_date

        proposed_issue_date: None | str | Unset
        if isinstance(self.proposed_issue_date, Unset):
            proposed_issue_date = UNSET
        elif isinstance(self.proposed_issue_date, datetime.datetime):
            proposed_issue_date = _NULL if self.proposed_issue_date is None else self.proposed_issue_date.isoformat()

        else:
            proposed_issue_date = self.proposed_issue_date

        proposed_due_date: None | str | Unset
        if isinstance(self.proposed_due_date, Unset):
            proposed_due_date = UNSET
        elif isinstance(self.proposed_due_date, datetime.datetime):
            proposed_due_date = _NULL if self.proposed_due_date is None else self.proposed_due_date.isoformat()

        else:
            proposed_due_date = self.proposed_due_date

        subtotal = self.subtotal

        tax_amount = self.tax_amount

        total_amount = self.total_amount

        currency = self.currency

        line_items: list[dict[str, Any]] | Unset = UNSET
        if self.line_items is None:
            line_items = _NULL
        elif not isinstance(self.line_items, Unset):
            line_items = []
            for _line_items_item_data in self.line_items:
                line_items_item = _NULL if _line_items_item_data is None else _line_items_item_data.to_dict()

                line_items.append(line_items_item)

        review_history: list[dict[str, Any]] | Unset = UNSET
        if self.review_history is None:
            review_history = _NULL
        elif not isinstance(self.review_history, Unset):
            review_history = []
            for _review_history_item_data in self.review_history:
                review_history_item = (
                    _NULL if _review_history_item_data is None else _review_history_item_data.to_dict()
                )

                review_history.append(review_history_item)

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
        if draft_number is not UNSET:
            _field_dict["draftNumber"] = draft_number
        if reference is not UNSET:
            _field_dict["reference"] = reference
        if status is not UNSET:
            _field_dict["status"] = status
        if review_status is not UNSET:
            _field_dict["reviewStatus"] = review_status
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
        if prepared_date is not UNSET:
            _field_dict["preparedDate"] = prepared_date
        if proposed_issue_date is not UNSET:
            _field_dict["proposedIssueDate"] = proposed_issue_date
        if proposed_due_date is not UNSET:
            _field_dict["proposedDueDate"] = proposed_due_date
        if subtotal is not UNSET:
            _field_dict["subtotal"] = subtotal
        if tax_amount is not UNSET:
            _field_dict["taxAmount"] = tax_amount
        if total_amount is not UNSET:
            _field_dict["totalAmount"] = total_amount
        if currency is not UNSET:
            _field_dict["currency"] = currency
        if line_items is not UNSET:
            _field_dict["lineItems"] = line_items
        if review_history is not UNSET:
            _field_dict["reviewHistory"] = review_history
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
    from ..models.draft_invoice_review import DraftInvoiceReview
    from ..models.line_item import LineItem
