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
    from ..models.draft_invoice_history_client import DraftInvoiceHistoryClient
    from ..models.draft_invoice_history_draft_invoice import DraftInvoiceHistoryDraftInvoice


@_attrs_define(repr=False)
class DraftInvoiceHistory(_Model):
    """One event in the history of a draft invoice."""

    id: int | None = _ABSENT
    """ History record ID (unique key for keyset paging). """
    client_id: int | None = _ABSENT
    """ Client identifier. """
    invoice_id: int | None = _ABSENT
    """ Invoice identifier. """
    job_id: int | None = _ABSENT
    """ Linked job/project identifier. """
    client: DraftInvoiceHistoryClient | None = _ABSENT
    draft_invoice: DraftInvoiceHistoryDraftInvoice | None = _ABSENT
    active: bool | None = _ABSENT
    """ Whether the record is active (filtered on in the search example). """
    created_at: datetime.datetime | None = _ABSENT
    """ Creation time (filtered on in the search example). """
    activity_type: str | None = _ABSENT
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
