from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._iso8601 import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.client_engagement import ClientEngagement
    from ..models.client_financial_summary import ClientFinancialSummary
    from ..models.client_primary_contact import ClientPrimaryContact


T = TypeVar("T", bound="ClientDetail")


@_attrs_define
class ClientDetail:
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
    created_at: datetime.datetime | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        pms_ref = self.pms_ref

        client_ref = self.client_ref

        name = self.name

        client_key = self.client_key

        active = self.active

        partner_staff_id = self.partner_staff_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

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
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        primary_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_contact, Unset):
            primary_contact = self.primary_contact.to_dict()

        engagements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.engagements, Unset):
            engagements = []
            for engagements_item_data in self.engagements:
                engagements_item = engagements_item_data.to_dict()
                engagements.append(engagements_item)

        financial_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial_summary, Unset):
            financial_summary = self.financial_summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if client_ref is not UNSET:
            field_dict["clientRef"] = client_ref
        if name is not UNSET:
            field_dict["name"] = name
        if client_key is not UNSET:
            field_dict["clientKey"] = client_key
        if active is not UNSET:
            field_dict["active"] = active
        if partner_staff_id is not UNSET:
            field_dict["partnerStaffId"] = partner_staff_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if legal_name is not UNSET:
            field_dict["legalName"] = legal_name
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if industry is not UNSET:
            field_dict["industry"] = industry
        if size is not UNSET:
            field_dict["size"] = size
        if website is not UNSET:
            field_dict["website"] = website
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if address is not UNSET:
            field_dict["address"] = address
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if primary_contact is not UNSET:
            field_dict["primaryContact"] = primary_contact
        if engagements is not UNSET:
            field_dict["engagements"] = engagements
        if financial_summary is not UNSET:
            field_dict["financialSummary"] = financial_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.client_engagement import ClientEngagement  # noqa: PLC0415
        from ..models.client_financial_summary import ClientFinancialSummary  # noqa: PLC0415
        from ..models.client_primary_contact import ClientPrimaryContact  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        pms_ref = d.pop("pmsRef", UNSET)

        client_ref = d.pop("clientRef", UNSET)

        name = d.pop("name", UNSET)

        client_key = d.pop("clientKey", UNSET)

        active = d.pop("active", UNSET)

        partner_staff_id = d.pop("partnerStaffId", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        legal_name = d.pop("legalName", UNSET)

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        industry = d.pop("industry", UNSET)

        size = d.pop("size", UNSET)

        website = d.pop("website", UNSET)

        tax_id = d.pop("taxId", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: Address | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = Address.from_dict(_billing_address)

        _primary_contact = d.pop("primaryContact", UNSET)
        primary_contact: ClientPrimaryContact | Unset
        if isinstance(_primary_contact, Unset):
            primary_contact = UNSET
        else:
            primary_contact = ClientPrimaryContact.from_dict(_primary_contact)

        _engagements = d.pop("engagements", UNSET)
        engagements: list[ClientEngagement] | Unset = UNSET
        if _engagements is not UNSET:
            engagements = []
            for engagements_item_data in _engagements:
                engagements_item = ClientEngagement.from_dict(engagements_item_data)

                engagements.append(engagements_item)

        _financial_summary = d.pop("financialSummary", UNSET)
        financial_summary: ClientFinancialSummary | Unset
        if isinstance(_financial_summary, Unset):
            financial_summary = UNSET
        else:
            financial_summary = ClientFinancialSummary.from_dict(_financial_summary)

        client_detail = cls(
            id=id,
            pms_ref=pms_ref,
            client_ref=client_ref,
            name=name,
            client_key=client_key,
            active=active,
            partner_staff_id=partner_staff_id,
            created_at=created_at,
            legal_name=legal_name,
            status=status,
            type_=type_,
            industry=industry,
            size=size,
            website=website,
            tax_id=tax_id,
            phone=phone,
            email=email,
            address=address,
            billing_address=billing_address,
            primary_contact=primary_contact,
            engagements=engagements,
            financial_summary=financial_summary,
        )

        client_detail.additional_properties = d
        return client_detail

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
