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
from ..models.draft_invoice_review_status import DraftInvoiceReviewStatus
from ..models.draft_invoice_status import DraftInvoiceStatus

if _TYPE_CHECKING:
    from ..models.draft_invoice_review import DraftInvoiceReview
    from ..models.line_item import LineItem


@_attrs_define(repr=False)
class DraftInvoice(_Model):
    id: int | None = _ABSENT
    """ Unique draft invoice identifier. """
    draft_number: str | None = _ABSENT
    """ Draft invoice number. """
    reference: str | None = _ABSENT
    """ Draft invoice reference or description. """
    status: DraftInvoiceStatus | None = _ABSENT
    """ Draft invoice status. """
    review_status: DraftInvoiceReviewStatus | None = _ABSENT
    """ Review status. """
    client_id: int | None = _ABSENT
    """ Associated client identifier. """
    client_name: str | None = _ABSENT
    """ Client name. """
    client_email: str | None = _ABSENT
    """ Client billing email. """
    project_id: int | None = _ABSENT
    """ Associated project identifier. """
    project_name: str | None = _ABSENT
    """ Project name. """
    prepared_date: datetime.datetime | None = _ABSENT
    """ Date when draft was prepared. """
    proposed_issue_date: datetime.datetime | None = _ABSENT
    """ Proposed invoice issue date. """
    proposed_due_date: datetime.datetime | None = _ABSENT
    """ Proposed invoice due date. """
    subtotal: float | None = _ABSENT
    """ Draft subtotal before tax. """
    tax_amount: float | None = _ABSENT
    """ Total tax amount. """
    total_amount: float | None = _ABSENT
    """ Total draft amount including tax. """
    currency: str | None = _ABSENT
    """ Draft currency code. """
    line_items: list[LineItem] | None = _ABSENT
    """ Draft invoice line items. """
    review_history: list[DraftInvoiceReview] | None = _ABSENT
    """ Review history for this draft invoice. """
    notes: str | None = _ABSENT
    """ Additional notes or terms. """
    created_at: datetime.datetime | None = _ABSENT
    """ Draft invoice creation timestamp. """
    updated_at: datetime.datetime | None = _ABSENT
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
