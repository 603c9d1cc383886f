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
    from ..models.address import Address
    from ..models.client_engagement import ClientEngagement
    from ..models.client_financial_summary import ClientFinancialSummary
    from ..models.client_primary_contact import ClientPrimaryContact


@_attrs_define(repr=False)
class ClientDetail(_Model):
    """A client as the get-by-ID operation returns it: the list fields plus the profile shown
    in that page's response example.

    """

    id: int | None = _ABSENT
    """ Client ID. """
    pms_ref: str | None = _ABSENT
    """ Practice management system reference. """
    client_ref: str | None = _ABSENT
    """ External client reference number. """
    name: str | None = _ABSENT
    """ Person or company name. """
    client_key: str | None = _ABSENT
    """ Padded, formatted client key. """
    active: bool | None = _ABSENT
    """ Whether the client is active. """
    partner_staff_id: int | None = _ABSENT
    """ Assigned partner's staff ID. """
    created_at: datetime.datetime | None = _ABSENT
    """ Creation time; the list's default sort key. """
    legal_name: str | None = _ABSENT
    status: str | None = _ABSENT
    type_: str | None = _ABSENT
    industry: str | None = _ABSENT
    size: str | None = _ABSENT
    website: str | None = _ABSENT
    tax_id: str | None = _ABSENT
    phone: str | None = _ABSENT
    email: str | None = _ABSENT
    address: Address | None = _ABSENT
    billing_address: Address | None = _ABSENT
    primary_contact: ClientPrimaryContact | None = _ABSENT
    engagements: list[ClientEngagement] | None = _ABSENT
    financial_summary: ClientFinancialSummary | None = _ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("id", "id", "scalar", False, type="int"),
            _F("pms_ref", "pmsRef", "scalar", False, type="str"),
            _F("client_ref", "clientRef", "scalar", False, type="str"),
            _F("name", "name", "scalar", False, type="str"),
            _F("client_key", "clientKey", "scalar", False, type="str"),
            _F("active", "active", "scalar", False, type="bool"),
            _F("partner_staff_id", "partnerStaffId", "scalar", False, type="int"),
            _F("created_at", "createdAt", "datetime", False, nullable=True),
            _F("legal_name", "legalName", "scalar", False, type="str"),
            _F("status", "status", "scalar", False, type="str"),
            _F("type_", "type", "scalar", False, type="str"),
            _F("industry", "industry", "scalar", False, type="str"),
            _F("size", "size", "scalar", False, type="str"),
            _F("website", "website", "scalar", False, type="str"),
            _F("tax_id", "taxId", "scalar", False, type="str"),
            _F("phone", "phone", "scalar", False, type="str"),
            _F("email", "email", "scalar", False, type="str"),
            _F("address", "address", "model", False, ref="Address"),
            _F("billing_address", "billingAddress", "model", False, ref="Address"),
            _F("primary_contact", "primaryContact", "model", False, ref="ClientPrimaryContact"),
            _F("engagements", "engagements", "list", False, item=_F(kind="model", ref="ClientEngagement")),
            _F("financial_summary", "financialSummary", "model", False, ref="ClientFinancialSummary"),
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
    from ..models.address import Address
    from ..models.client_engagement import ClientEngagement
    from ..models.client_financial_summary import ClientFinancialSummary
    from ..models.client_primary_contact import ClientPrimaryContact
