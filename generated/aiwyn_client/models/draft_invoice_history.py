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
    from ..models.draft_invoice_history_client import DraftInvoiceHistoryClient
    from ..models.draft_invoice_history_draft_invoice import DraftInvoiceHistoryDraftInvoice


@_attrs_define(repr=False)
class DraftInvoiceHistory(_Model):
    """One event in the history of a draft invoice."""

    id: int | Unset = UNSET
    """ History record ID (unique key for keyset paging). """
    client_id: int | Unset = UNSET
    """ Client identifier. """
    invoice_id: int | Unset = UNSET
    """ Invoice identifier. """
    job_id: int | Unset = UNSET
    """ Linked job/project identifier. """
    client: DraftInvoiceHistoryClient | None | Unset = UNSET
    draft_invoice: DraftInvoiceHistoryDraftInvoice | None | Unset = UNSET
    active: bool | Unset = UNSET
    """ Whether the record is active (filtered on in the search example). """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Creation time (filtered on in the search example). """
    activity_type: str | Unset = UNSET
    """ What happened, e.g. `DRAFT_INVOICE_CREATED`, `DRAFT_INVOICE_RECONCILED` (values from the search example).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("id", "id", "scalar", False, type="int"),
            _F("client_id", "clientId", "scalar", False, type="int"),
            _F("invoice_id", "invoiceId", "scalar", False, type="int"),
            _F("job_id", "jobId", "scalar", False, type="int"),
            _F("client", "client", "model", False, ref="DraftInvoiceHistoryClient", nullable=True),
            _F("draft_invoice", "draftInvoice", "model", False, ref="DraftInvoiceHistoryDraftInvoice", nullable=True),
            _F("active", "active", "scalar", False, type="bool"),
            _F("created_at", "createdAt", "datetime", False, nullable=True),
            _F("activity_type", "activityType", "scalar", False, type="str"),
        ),
        extras="keep",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        invoice_id = self.invoice_id

        job_id = self.job_id

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, DraftInvoiceHistoryClient):
            client = _NULL if self.client is None else self.client.to_dict()

        else:
            client = self.client

        draft_invoice: dict[str, Any] | None | Unset
        if isinstance(self.draft_invoice, Unset):
            draft_invoice = UNSET
        elif isinstance(self.draft_invoice, DraftInvoiceHistoryDraftInvoice):
            draft_invoice = _NULL if self.draft_invoice is None else self.draft_invoice.to_dict()

        else:
            draft_invoice = self.draft_invoice

        active = self.active

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = _NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        activity_type = self.activity_type

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if client_id is not UNSET:
            _field_dict["clientId"] = client_id
        if invoice_id is not UNSET:
            _field_dict["invoiceId"] = invoice_id
        if job_id is not UNSET:
            _field_dict["jobId"] = job_id
        if client is not UNSET:
            _field_dict["client"] = client
        if draft_invoice is not UNSET:
            _field_dict["draftInvoice"] = draft_invoice
        if active is not UNSET:
            _field_dict["active"] = active
        if created_at is not UNSET:
            _field_dict["createdAt"] = created_at
        if activity_type is not UNSET:
            _field_dict["activityType"] = activity_type

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
    from ..models.draft_invoice_history_client import DraftInvoiceHistoryClient
    from ..models.draft_invoice_history_draft_invoice import DraftInvoiceHistoryDraftInvoice
