# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value
from .._iso8601 import parse_datetime
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.client_engagement import ClientEngagement
    from ..models.client_financial_summary import ClientFinancialSummary
    from ..models.client_primary_contact import ClientPrimaryContact


T = TypeVar("T", bound="ClientDetail")


@_attrs_define(repr=False)
class ClientDetail(Model):
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
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "pmsRef",
            "clientRef",
            "name",
            "clientKey",
            "active",
            "partnerStaffId",
            "createdAt",
            "legalName",
            "status",
            "type",
            "industry",
            "size",
            "website",
            "taxId",
            "phone",
            "email",
            "address",
            "billingAddress",
            "primaryContact",
            "engagements",
            "financialSummary",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("pms_ref", "pmsRef", False, ""),
        ("client_ref", "clientRef", False, ""),
        ("name", "name", False, ""),
        ("client_key", "clientKey", False, ""),
        ("active", "active", False, ""),
        ("partner_staff_id", "partnerStaffId", False, ""),
        ("created_at", "createdAt", False, ""),
        ("legal_name", "legalName", False, ""),
        ("status", "status", False, ""),
        ("type_", "type", False, ""),
        ("industry", "industry", False, ""),
        ("size", "size", False, ""),
        ("website", "website", False, ""),
        ("tax_id", "taxId", False, ""),
        ("phone", "phone", False, ""),
        ("email", "email", False, ""),
        ("address", "address", False, "one:Address"),
        ("billing_address", "billingAddress", False, "one:Address"),
        ("primary_contact", "primaryContact", False, "one:ClientPrimaryContact"),
        ("engagements", "engagements", False, "list:ClientEngagement"),
        ("financial_summary", "financialSummary", False, "one:ClientFinancialSummary"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

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
            created_at = NULL if self.created_at is None else self.created_at.isoformat()

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
            address = NULL
        elif not isinstance(self.address, Unset):
            address = self.address.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if self.billing_address is None:
            billing_address = NULL
        elif not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        primary_contact: dict[str, Any] | Unset = UNSET
        if self.primary_contact is None:
            primary_contact = NULL
        elif not isinstance(self.primary_contact, Unset):
            primary_contact = self.primary_contact.to_dict()

        engagements: list[dict[str, Any]] | Unset = UNSET
        if self.engagements is None:
            engagements = NULL
        elif not isinstance(self.engagements, Unset):
            engagements = []
            for engagements_item_data in self.engagements:
                engagements_item = NULL if engagements_item_data is None else engagements_item_data.to_dict()

                engagements.append(engagements_item)

        financial_summary: dict[str, Any] | Unset = UNSET
        if self.financial_summary is None:
            financial_summary = NULL
        elif not isinstance(self.financial_summary, Unset):
            financial_summary = self.financial_summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if cls is ClientDetail and len(src_dict) >= 22:
            try:
                client_detail = cls.__new__(cls)
                client_detail.id = src_dict["id"]
                client_detail.pms_ref = src_dict["pmsRef"]
                client_detail.client_ref = src_dict["clientRef"]
                client_detail.name = src_dict["name"]
                client_detail.client_key = src_dict["clientKey"]
                client_detail.active = src_dict["active"]
                client_detail.partner_staff_id = src_dict["partnerStaffId"]
                _created_at = src_dict["createdAt"]
                created_at: datetime.datetime | None | Unset
                if isinstance(_created_at, str):
                    try:
                        created_at = parse_datetime(_created_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        created_at = cast(datetime.datetime | None | Unset, _created_at)
                else:
                    created_at = _created_at
                client_detail.created_at = created_at
                client_detail.legal_name = src_dict["legalName"]
                client_detail.status = src_dict["status"]
                client_detail.type_ = src_dict["type"]
                client_detail.industry = src_dict["industry"]
                client_detail.size = src_dict["size"]
                client_detail.website = src_dict["website"]
                client_detail.tax_id = src_dict["taxId"]
                client_detail.phone = src_dict["phone"]
                client_detail.email = src_dict["email"]
                client_detail.address = (
                    null_value(__name__, "address")
                    if (_address := src_dict["address"]) is None
                    else Address.from_dict(_address)
                )
                client_detail.billing_address = (
                    null_value(__name__, "billingAddress")
                    if (_billing_address := src_dict["billingAddress"]) is None
                    else Address.from_dict(_billing_address)
                )
                client_detail.primary_contact = (
                    null_value(__name__, "primaryContact")
                    if (_primary_contact := src_dict["primaryContact"]) is None
                    else ClientPrimaryContact.from_dict(_primary_contact)
                )
                client_detail.engagements = (
                    null_value(__name__, "engagements")
                    if (_engagements := src_dict["engagements"]) is None
                    else ClientEngagement._list_from_dicts(_engagements)
                )
                client_detail.financial_summary = (
                    null_value(__name__, "financialSummary")
                    if (_financial_summary := src_dict["financialSummary"]) is None
                    else ClientFinancialSummary.from_dict(_financial_summary)
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 22:
                    known = ClientDetail._known_keys
                    client_detail.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return client_detail

        get = src_dict.get
        id = get("id", UNSET)
        pms_ref = get("pmsRef", UNSET)
        client_ref = get("clientRef", UNSET)
        name = get("name", UNSET)
        client_key = get("clientKey", UNSET)
        active = get("active", UNSET)
        partner_staff_id = get("partnerStaffId", UNSET)
        _created_at = get("createdAt", UNSET)
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        legal_name = get("legalName", UNSET)
        status = get("status", UNSET)
        type_ = get("type", UNSET)
        industry = get("industry", UNSET)
        size = get("size", UNSET)
        website = get("website", UNSET)
        tax_id = get("taxId", UNSET)
        phone = get("phone", UNSET)
        email = get("email", UNSET)
        _address = get("address", UNSET)
        address: Address | Unset = (
            UNSET
            if _address is UNSET
            else null_value(__name__, "address")
            if _address is None
            else Address.from_dict(_address)
        )

        _billing_address = get("billingAddress", UNSET)
        billing_address: Address | Unset = (
            UNSET
            if _billing_address is UNSET
            else null_value(__name__, "billingAddress")
            if _billing_address is None
            else Address.from_dict(_billing_address)
        )

        _primary_contact = get("primaryContact", UNSET)
        primary_contact: ClientPrimaryContact | Unset = (
            UNSET
            if _primary_contact is UNSET
            else null_value(__name__, "primaryContact")
            if _primary_contact is None
            else ClientPrimaryContact.from_dict(_primary_contact)
        )

        _engagements = get("engagements", UNSET)
        engagements: list[ClientEngagement] | Unset = (
            UNSET
            if _engagements is UNSET
            else null_value(__name__, "engagements")
            if _engagements is None
            else ClientEngagement._list_from_dicts(_engagements)
        )

        _financial_summary = get("financialSummary", UNSET)
        financial_summary: ClientFinancialSummary | Unset = (
            UNSET
            if _financial_summary is UNSET
            else null_value(__name__, "financialSummary")
            if _financial_summary is None
            else ClientFinancialSummary.from_dict(_financial_summary)
        )

        client_detail = cls(
            id,
            pms_ref,
            client_ref,
            name,
            client_key,
            active,
            partner_staff_id,
            created_at,
            legal_name,
            status,
            type_,
            industry,
            size,
            website,
            tax_id,
            phone,
            email,
            address,
            billing_address,
            primary_contact,
            engagements,
            financial_summary,
        )

        known = ClientDetail._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            client_detail.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return client_detail

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not ClientDetail:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 22:
                try:
                    client_detail = new(cls)
                    client_detail.id = src_dict["id"]
                    client_detail.pms_ref = src_dict["pmsRef"]
                    client_detail.client_ref = src_dict["clientRef"]
                    client_detail.name = src_dict["name"]
                    client_detail.client_key = src_dict["clientKey"]
                    client_detail.active = src_dict["active"]
                    client_detail.partner_staff_id = src_dict["partnerStaffId"]
                    _created_at = src_dict["createdAt"]
                    created_at: datetime.datetime | None | Unset
                    if isinstance(_created_at, str):
                        try:
                            created_at = parse_datetime(_created_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            created_at = cast(datetime.datetime | None | Unset, _created_at)
                    else:
                        created_at = _created_at
                    client_detail.created_at = created_at
                    client_detail.legal_name = src_dict["legalName"]
                    client_detail.status = src_dict["status"]
                    client_detail.type_ = src_dict["type"]
                    client_detail.industry = src_dict["industry"]
                    client_detail.size = src_dict["size"]
                    client_detail.website = src_dict["website"]
                    client_detail.tax_id = src_dict["taxId"]
                    client_detail.phone = src_dict["phone"]
                    client_detail.email = src_dict["email"]
                    client_detail.address = (
                        null_value(__name__, "address")
                        if (_address := src_dict["address"]) is None
                        else Address.from_dict(_address)
                    )
                    client_detail.billing_address = (
                        null_value(__name__, "billingAddress")
                        if (_billing_address := src_dict["billingAddress"]) is None
                        else Address.from_dict(_billing_address)
                    )
                    client_detail.primary_contact = (
                        null_value(__name__, "primaryContact")
                        if (_primary_contact := src_dict["primaryContact"]) is None
                        else ClientPrimaryContact.from_dict(_primary_contact)
                    )
                    client_detail.engagements = (
                        null_value(__name__, "engagements")
                        if (_engagements := src_dict["engagements"]) is None
                        else ClientEngagement._list_from_dicts(_engagements)
                    )
                    client_detail.financial_summary = (
                        null_value(__name__, "financialSummary")
                        if (_financial_summary := src_dict["financialSummary"]) is None
                        else ClientFinancialSummary.from_dict(_financial_summary)
                    )
                except (KeyError, TypeError):
                    client_detail = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 22:
                        known = ClientDetail._known_keys
                        client_detail.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                client_detail = cls.from_dict(src_dict)
            append(client_detail)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        client_detail = cls.__new__(cls)
        client_detail.id = src_wire.id
        client_detail.pms_ref = src_wire.pms_ref
        client_detail.client_ref = src_wire.client_ref
        client_detail.name = src_wire.name
        client_detail.client_key = src_wire.client_key
        client_detail.active = src_wire.active
        client_detail.partner_staff_id = src_wire.partner_staff_id
        _created_at = src_wire.created_at
        created_at: datetime.datetime | None | Unset
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        client_detail.created_at = created_at
        client_detail.legal_name = src_wire.legal_name
        client_detail.status = src_wire.status
        client_detail.type_ = src_wire.type_
        client_detail.industry = src_wire.industry
        client_detail.size = src_wire.size
        client_detail.website = src_wire.website
        client_detail.tax_id = src_wire.tax_id
        client_detail.phone = src_wire.phone
        client_detail.email = src_wire.email
        _address = src_wire.address
        address: Address | Unset = (
            UNSET
            if _address is UNSET
            else null_value(__name__, "address")
            if _address is None
            else Address._from_wire(_address)
        )

        client_detail.address = address
        _billing_address = src_wire.billing_address
        billing_address: Address | Unset = (
            UNSET
            if _billing_address is UNSET
            else null_value(__name__, "billingAddress")
            if _billing_address is None
            else Address._from_wire(_billing_address)
        )

        client_detail.billing_address = billing_address
        _primary_contact = src_wire.primary_contact
        primary_contact: ClientPrimaryContact | Unset = (
            UNSET
            if _primary_contact is UNSET
            else null_value(__name__, "primaryContact")
            if _primary_contact is None
            else ClientPrimaryContact._from_wire(_primary_contact)
        )

        client_detail.primary_contact = primary_contact
        _engagements = src_wire.engagements
        engagements: list[ClientEngagement] | Unset = (
            UNSET
            if _engagements is UNSET
            else null_value(__name__, "engagements")
            if _engagements is None
            else ClientEngagement._list_from_wire(_engagements)
        )

        client_detail.engagements = engagements
        _financial_summary = src_wire.financial_summary
        financial_summary: ClientFinancialSummary | Unset = (
            UNSET
            if _financial_summary is UNSET
            else null_value(__name__, "financialSummary")
            if _financial_summary is None
            else ClientFinancialSummary._from_wire(_financial_summary)
        )

        client_detail.financial_summary = financial_summary
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                client_detail.additional_properties = found
        return client_detail

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            client_detail = new(cls)
            client_detail.id = src_wire.id
            client_detail.pms_ref = src_wire.pms_ref
            client_detail.client_ref = src_wire.client_ref
            client_detail.name = src_wire.name
            client_detail.client_key = src_wire.client_key
            client_detail.active = src_wire.active
            client_detail.partner_staff_id = src_wire.partner_staff_id
            _created_at = src_wire.created_at
            created_at: datetime.datetime | None | Unset
            if isinstance(_created_at, str):
                try:
                    created_at = parse_datetime(_created_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    created_at = cast(datetime.datetime | None | Unset, _created_at)
            else:
                created_at = _created_at

            client_detail.created_at = created_at
            client_detail.legal_name = src_wire.legal_name
            client_detail.status = src_wire.status
            client_detail.type_ = src_wire.type_
            client_detail.industry = src_wire.industry
            client_detail.size = src_wire.size
            client_detail.website = src_wire.website
            client_detail.tax_id = src_wire.tax_id
            client_detail.phone = src_wire.phone
            client_detail.email = src_wire.email
            _address = src_wire.address
            address: Address | Unset = (
                UNSET
                if _address is UNSET
                else null_value(__name__, "address")
                if _address is None
                else Address._from_wire(_address)
            )

            client_detail.address = address
            _billing_address = src_wire.billing_address
            billing_address: Address | Unset = (
                UNSET
                if _billing_address is UNSET
                else null_value(__name__, "billingAddress")
                if _billing_address is None
                else Address._from_wire(_billing_address)
            )

            client_detail.billing_address = billing_address
            _primary_contact = src_wire.primary_contact
            primary_contact: ClientPrimaryContact | Unset = (
                UNSET
                if _primary_contact is UNSET
                else null_value(__name__, "primaryContact")
                if _primary_contact is None
                else ClientPrimaryContact._from_wire(_primary_contact)
            )

            client_detail.primary_contact = primary_contact
            _engagements = src_wire.engagements
            engagements: list[ClientEngagement] | Unset = (
                UNSET
                if _engagements is UNSET
                else null_value(__name__, "engagements")
                if _engagements is None
                else ClientEngagement._list_from_wire(_engagements)
            )

            client_detail.engagements = engagements
            _financial_summary = src_wire.financial_summary
            financial_summary: ClientFinancialSummary | Unset = (
                UNSET
                if _financial_summary is UNSET
                else null_value(__name__, "financialSummary")
                if _financial_summary is None
                else ClientFinancialSummary._from_wire(_financial_summary)
            )

            client_detail.financial_summary = financial_summary
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    client_detail.additional_properties = found
            append(client_detail)
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
    from ..models.address import Address
    from ..models.client_engagement import ClientEngagement
    from ..models.client_financial_summary import ClientFinancialSummary
    from ..models.client_primary_contact import ClientPrimaryContact
