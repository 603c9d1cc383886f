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
    from ..models.address import Address
    from ..models.client_engagement import ClientEngagement
    from ..models.client_financial_summary import ClientFinancialSummary
    from ..models.client_primary_contact import ClientPrimaryContact


@_attrs_define(repr=False)
class ClientDetail(_Model):
    """A client as the get-by-ID operation returns it: the list fields plus the profile shown
    in that page's response example.

    """

    id: int | Unset = UNSET
    """ Client ID. """
    pms_ref: str | Unset = UNSET
    """ Practice management system reference. """
    client_ref: str | Unset = UNSET
    """ External client reference number. """
    name: str | Unset = UNSET
    """ Person or company name. """
    client_key: str | Unset = UNSET
    """ Padded, formatted client key. """
    active: bool | Unset = UNSET
    """ Whether the client is active. """
    partner_staff_id: int | Unset = UNSET
    """ Assigned partner's staff ID. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Creation time; the list's default sort key. """
    legal_name: str | Unset = UNSET
    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    industry: str | Unset = UNSET
    size: str | Unset = UNSET
    website: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    address: Address | Unset = UNSET
    billing_address: Address | Unset = UNSET
    primary_contact: ClientPrimaryContact | Unset = UNSET
    engagements: list[ClientEngagement] | Unset = UNSET
    financial_summary: ClientFinancialSummary | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        pms_ref = self.pms_ref

        client_ref = self.client_ref

        name = self.name

        client_key = self.client_key

        active = self.active

        partner_staff_id = self.partner_staff_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = _NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        legal_name = self.legal_name

        status = self.status

        type_ = self.type_

        industry = self.industry

        size = self.size

        website = self.website

        tax_id = self.tax_id

        phone = self.phone

        email = self.email

        address: dict[str, Any] | Unset = UNSET
        if self.address is None:
            address = _NULL
        elif not isinstance(self.address, Unset):
            address = self.address.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if self.billing_address is None:
            billing_address = _NULL
        elif not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        primary_contact: dict[str, Any] | Unset = UNSET
        if self.primary_contact is None:
            primary_contact = _NULL
        elif not isinstance(self.primary_contact, Unset):
            primary_contact = self.primary_contact.to_dict()

        engagements: list[dict[str, Any]] | Unset = UNSET
        if self.engagements is None:
            engagements = _NULL
        elif not isinstance(self.engagements, Unset):
            engagements = []
            for _engagements_item_data in self.engagements:
                engagements_item = _NULL if _engagements_item_data is None else _engagements_item_data.to_dict()

                engagements.append(engagements_item)

        financial_summary: dict[str, Any] | Unset = UNSET
        if self.financial_summary is None:
            financial_summary = _NULL
        elif not isinstance(self.financial_summary, Unset):
            financial_summary = self.financial_summary.to_dict()

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if pms_ref is not UNSET:
            _field_dict["pmsRef"] = pms_ref
        if client_ref is not UNSET:
            _field_dict["clientRef"] = client_ref
        if name is not UNSET:
            _field_dict["name"] = name
        if client_key is not UNSET:
            _field_dict["clientKey"] = client_key
        if active is not UNSET:
            _field_dict["active"] = active
        if partner_staff_id is not UNSET:
            _field_dict["partnerStaffId"] = partner_staff_id
        if created_at is not UNSET:
            _field_dict["createdAt"] = created_at
        if legal_name is not UNSET:
            _field_dict["legalName"] = legal_name
        if status is not UNSET:
            _field_dict["status"] = status
        if type_ is not UNSET:
            _field_dict["type"] = type_
        if industry is not UNSET:
            _field_dict["industry"] = industry
        if size is not UNSET:
            _field_dict["size"] = size
        if website is not UNSET:
            _field_dict["website"] = website
        if tax_id is not UNSET:
            _field_dict["taxId"] = tax_id
        if phone is not UNSET:
            _field_dict["phone"] = phone
        if email is not UNSET:
            _field_dict["email"] = email
        if address is not UNSET:
            _field_dict["address"] = address
        if billing_address is not UNSET:
            _field_dict["billingAddress"] = billing_address
        if primary_contact is not UNSET:
            _field_dict["primaryContact"] = primary_contact
        if engagements is not UNSET:
            _field_dict["engagements"] = engagements
        if financial_summary is not UNSET:
            _field_dict["financialSummary"] = financial_summary

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
    from ..models.address import Address
    from ..models.client_engagement import ClientEngagement
    from ..models.client_financial_summary import ClientFinancialSummary
    from ..models.client_primary_contact import ClientPrimaryContact
