# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any, ClassVar, cast
from typing import TypeVar as _TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import CONTAINERS as _CONTAINERS
from .._decode import NULL as _NULL
from .._decode import checked_items as _checked_items
from .._decode import null_value as _null_value
from .._decode import scalar as _scalar
from .._decode import wrong_shape as _wrong_shape
from .._iso8601 import parse_datetime as _parse_datetime
from .._model import Model as _Model
from ..types import UNSET, Unset

if _TYPE_CHECKING:
    from ..models.address import Address
    from ..models.client_engagement import ClientEngagement
    from ..models.client_financial_summary import ClientFinancialSummary
    from ..models.client_primary_contact import ClientPrimaryContact


_T = _TypeVar("_T", bound="ClientDetail")


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
        ("id", "id", False, "scalar"),
        ("pms_ref", "pmsRef", False, "scalar"),
        ("client_ref", "clientRef", False, "scalar"),
        ("name", "name", False, "scalar"),
        ("client_key", "clientKey", False, "scalar"),
        ("active", "active", False, "scalar"),
        ("partner_staff_id", "partnerStaffId", False, "scalar"),
        ("created_at", "createdAt", False, "scalar"),
        ("legal_name", "legalName", False, "scalar"),
        ("status", "status", False, "scalar"),
        ("type_", "type", False, "scalar"),
        ("industry", "industry", False, "scalar"),
        ("size", "size", False, "scalar"),
        ("website", "website", False, "scalar"),
        ("tax_id", "taxId", False, "scalar"),
        ("phone", "phone", False, "scalar"),
        ("email", "email", False, "scalar"),
        ("address", "address", False, "one:Address"),
        ("billing_address", "billingAddress", False, "one:Address"),
        ("primary_contact", "primaryContact", False, "one:ClientPrimaryContact"),
        ("engagements", "engagements", False, "list:ClientEngagement"),
        ("financial_summary", "financialSummary", False, "one:ClientFinancialSummary"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

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

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 22:
            try:
                _instance = _cls.__new__(_cls)
                _instance.id = _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                _instance.pms_ref = (
                    _v if type(_v := _src_dict["pmsRef"]) is str or _v is _NULL else _scalar(_v, __name__, "pmsRef")
                )
                _instance.client_ref = (
                    _v
                    if type(_v := _src_dict["clientRef"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "clientRef")
                )
                _instance.name = (
                    _v if type(_v := _src_dict["name"]) is str or _v is _NULL else _scalar(_v, __name__, "name")
                )
                _instance.client_key = (
                    _v
                    if type(_v := _src_dict["clientKey"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "clientKey")
                )
                _instance.active = (
                    _v if type(_v := _src_dict["active"]) is bool or _v is _NULL else _scalar(_v, __name__, "active")
                )
                _instance.partner_staff_id = (
                    _v
                    if type(_v := _src_dict["partnerStaffId"]) is int or _v is _NULL
                    else _scalar(_v, __name__, "partnerStaffId")
                )
                __created_at = _src_dict["createdAt"]
                created_at: datetime.datetime | None | Unset
                if isinstance(__created_at, str):
                    try:
                        created_at = _parse_datetime(__created_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        created_at = cast(datetime.datetime | None | Unset, __created_at)
                else:
                    created_at = (
                        __created_at
                        if type(__created_at) not in _CONTAINERS
                        else _wrong_shape(__name__, "createdAt", __created_at)
                    )
                _instance.created_at = created_at
                _instance.legal_name = (
                    _v
                    if type(_v := _src_dict["legalName"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "legalName")
                )
                _instance.status = (
                    _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                )
                _instance.type_ = (
                    _v if type(_v := _src_dict["type"]) is str or _v is _NULL else _scalar(_v, __name__, "type")
                )
                _instance.industry = (
                    _v if type(_v := _src_dict["industry"]) is str or _v is _NULL else _scalar(_v, __name__, "industry")
                )
                _instance.size = (
                    _v if type(_v := _src_dict["size"]) is str or _v is _NULL else _scalar(_v, __name__, "size")
                )
                _instance.website = (
                    _v if type(_v := _src_dict["website"]) is str or _v is _NULL else _scalar(_v, __name__, "website")
                )
                _instance.tax_id = (
                    _v if type(_v := _src_dict["taxId"]) is str or _v is _NULL else _scalar(_v, __name__, "taxId")
                )
                _instance.phone = (
                    _v if type(_v := _src_dict["phone"]) is str or _v is _NULL else _scalar(_v, __name__, "phone")
                )
                _instance.email = (
                    _v if type(_v := _src_dict["email"]) is str or _v is _NULL else _scalar(_v, __name__, "email")
                )
                _instance.address = (
                    _null_value(__name__, "address")
                    if (__address := _src_dict["address"]) is None
                    else Address.from_dict(__address)
                )
                _instance.billing_address = (
                    _null_value(__name__, "billingAddress")
                    if (__billing_address := _src_dict["billingAddress"]) is None
                    else Address.from_dict(__billing_address)
                )
                _instance.primary_contact = (
                    _null_value(__name__, "primaryContact")
                    if (__primary_contact := _src_dict["primaryContact"]) is None
                    else ClientPrimaryContact.from_dict(__primary_contact)
                )
                _instance.engagements = (
                    _null_value(__name__, "engagements")
                    if (__engagements := _src_dict["engagements"]) is None
                    else ClientEngagement._list_from_dicts(
                        __engagements
                        if type(__engagements) is list
                        else _checked_items(__engagements, __name__, "engagements")
                    )
                )
                _instance.financial_summary = (
                    _null_value(__name__, "financialSummary")
                    if (__financial_summary := _src_dict["financialSummary"]) is None
                    else ClientFinancialSummary.from_dict(__financial_summary)
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 22:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        id = _v if type(_v := _get("id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "id")
        pms_ref = _v if type(_v := _get("pmsRef", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "pmsRef")
        client_ref = (
            _v if type(_v := _get("clientRef", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "clientRef")
        )
        name = _v if type(_v := _get("name", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "name")
        client_key = (
            _v if type(_v := _get("clientKey", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "clientKey")
        )
        active = _v if type(_v := _get("active", UNSET)) is bool or _v is _NULL else _scalar(_v, __name__, "active")
        partner_staff_id = (
            _v
            if type(_v := _get("partnerStaffId", UNSET)) is int or _v is _NULL
            else _scalar(_v, __name__, "partnerStaffId")
        )
        __created_at = _get("createdAt", UNSET)
        if isinstance(__created_at, str):
            try:
                created_at = _parse_datetime(__created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, __created_at)
        else:
            created_at = (
                __created_at
                if type(__created_at) not in _CONTAINERS
                else _wrong_shape(__name__, "createdAt", __created_at)
            )

        legal_name = (
            _v if type(_v := _get("legalName", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "legalName")
        )
        status = _v if type(_v := _get("status", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "status")
        type_ = _v if type(_v := _get("type", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "type")
        industry = (
            _v if type(_v := _get("industry", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "industry")
        )
        size = _v if type(_v := _get("size", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "size")
        website = _v if type(_v := _get("website", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "website")
        tax_id = _v if type(_v := _get("taxId", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "taxId")
        phone = _v if type(_v := _get("phone", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "phone")
        email = _v if type(_v := _get("email", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "email")
        __address = _get("address", UNSET)
        address: Address | Unset = (
            UNSET
            if __address is UNSET
            else _null_value(__name__, "address")
            if __address is None
            else Address.from_dict(__address)
        )

        __billing_address = _get("billingAddress", UNSET)
        billing_address: Address | Unset = (
            UNSET
            if __billing_address is UNSET
            else _null_value(__name__, "billingAddress")
            if __billing_address is None
            else Address.from_dict(__billing_address)
        )

        __primary_contact = _get("primaryContact", UNSET)
        primary_contact: ClientPrimaryContact | Unset = (
            UNSET
            if __primary_contact is UNSET
            else _null_value(__name__, "primaryContact")
            if __primary_contact is None
            else ClientPrimaryContact.from_dict(__primary_contact)
        )

        __engagements = _get("engagements", UNSET)
        engagements: list[ClientEngagement] | Unset = (
            UNSET
            if __engagements is UNSET
            else _null_value(__name__, "engagements")
            if __engagements is None
            else ClientEngagement._list_from_dicts(
                __engagements if type(__engagements) is list else _checked_items(__engagements, __name__, "engagements")
            )
        )

        __financial_summary = _get("financialSummary", UNSET)
        financial_summary: ClientFinancialSummary | Unset = (
            UNSET
            if __financial_summary is UNSET
            else _null_value(__name__, "financialSummary")
            if __financial_summary is None
            else ClientFinancialSummary.from_dict(__financial_summary)
        )

        _instance = _cls(
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

        _known = _cls._known_keys
        if not _known.issuperset(_src_dict):  # otherwise the empty dict the constructor made stays
            _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
        return _instance

    @classmethod
    def _list_from_dicts(_cls: type[_T], _items: _Iterable[_Mapping[str, Any]]) -> list[_T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if _cls is not _Self:
            return [_cls.from_dict(_item) for _item in _items]
        _decoded: list[_T] = []
        _append, _new = _decoded.append, _cls.__new__
        for _src_dict in _items:
            if len(_src_dict) >= 22:
                try:
                    _instance = _new(_cls)
                    _instance.id = (
                        _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                    )
                    _instance.pms_ref = (
                        _v if type(_v := _src_dict["pmsRef"]) is str or _v is _NULL else _scalar(_v, __name__, "pmsRef")
                    )
                    _instance.client_ref = (
                        _v
                        if type(_v := _src_dict["clientRef"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "clientRef")
                    )
                    _instance.name = (
                        _v if type(_v := _src_dict["name"]) is str or _v is _NULL else _scalar(_v, __name__, "name")
                    )
                    _instance.client_key = (
                        _v
                        if type(_v := _src_dict["clientKey"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "clientKey")
                    )
                    _instance.active = (
                        _v
                        if type(_v := _src_dict["active"]) is bool or _v is _NULL
                        else _scalar(_v, __name__, "active")
                    )
                    _instance.partner_staff_id = (
                        _v
                        if type(_v := _src_dict["partnerStaffId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "partnerStaffId")
                    )
                    __created_at = _src_dict["createdAt"]
                    created_at: datetime.datetime | None | Unset
                    if isinstance(__created_at, str):
                        try:
                            created_at = _parse_datetime(__created_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            created_at = cast(datetime.datetime | None | Unset, __created_at)
                    else:
                        created_at = (
                            __created_at
                            if type(__created_at) not in _CONTAINERS
                            else _wrong_shape(__name__, "createdAt", __created_at)
                        )
                    _instance.created_at = created_at
                    _instance.legal_name = (
                        _v
                        if type(_v := _src_dict["legalName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "legalName")
                    )
                    _instance.status = (
                        _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                    )
                    _instance.type_ = (
                        _v if type(_v := _src_dict["type"]) is str or _v is _NULL else _scalar(_v, __name__, "type")
                    )
                    _instance.industry = (
                        _v
                        if type(_v := _src_dict["industry"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "industry")
                    )
                    _instance.size = (
                        _v if type(_v := _src_dict["size"]) is str or _v is _NULL else _scalar(_v, __name__, "size")
                    )
                    _instance.website = (
                        _v
                        if type(_v := _src_dict["website"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "website")
                    )
                    _instance.tax_id = (
                        _v if type(_v := _src_dict["taxId"]) is str or _v is _NULL else _scalar(_v, __name__, "taxId")
                    )
                    _instance.phone = (
                        _v if type(_v := _src_dict["phone"]) is str or _v is _NULL else _scalar(_v, __name__, "phone")
                    )
                    _instance.email = (
                        _v if type(_v := _src_dict["email"]) is str or _v is _NULL else _scalar(_v, __name__, "email")
                    )
                    _instance.address = (
                        _null_value(__name__, "address")
                        if (__address := _src_dict["address"]) is None
                        else Address.from_dict(__address)
                    )
                    _instance.billing_address = (
                        _null_value(__name__, "billingAddress")
                        if (__billing_address := _src_dict["billingAddress"]) is None
                        else Address.from_dict(__billing_address)
                    )
                    _instance.primary_contact = (
                        _null_value(__name__, "primaryContact")
                        if (__primary_contact := _src_dict["primaryContact"]) is None
                        else ClientPrimaryContact.from_dict(__primary_contact)
                    )
                    _instance.engagements = (
                        _null_value(__name__, "engagements")
                        if (__engagements := _src_dict["engagements"]) is None
                        else ClientEngagement._list_from_dicts(
                            __engagements
                            if type(__engagements) is list
                            else _checked_items(__engagements, __name__, "engagements")
                        )
                    )
                    _instance.financial_summary = (
                        _null_value(__name__, "financialSummary")
                        if (__financial_summary := _src_dict["financialSummary"]) is None
                        else ClientFinancialSummary.from_dict(__financial_summary)
                    )
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 22:
                        _known = _cls._known_keys
                        _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
            else:
                _instance = _cls.from_dict(_src_dict)
            _append(_instance)
        return _decoded

    @classmethod
    def _from_wire(_cls: type[_T], _src_wire: Any) -> _T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(_src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return _cls.from_dict(_src_wire)
        _extra = _src_wire.aiwyn_extra_
        _instance = _cls.__new__(_cls)
        _instance.id = _src_wire.id
        _instance.pms_ref = _src_wire.pms_ref
        _instance.client_ref = _src_wire.client_ref
        _instance.name = _src_wire.name
        _instance.client_key = _src_wire.client_key
        _instance.active = _src_wire.active
        _instance.partner_staff_id = _src_wire.partner_staff_id
        __created_at = _src_wire.created_at
        created_at: datetime.datetime | None | Unset
        if isinstance(__created_at, str):
            try:
                created_at = _parse_datetime(__created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, __created_at)
        else:
            created_at = (
                __created_at
                if type(__created_at) not in _CONTAINERS
                else _wrong_shape(__name__, "createdAt", __created_at)
            )

        _instance.created_at = created_at
        _instance.legal_name = _src_wire.legal_name
        _instance.status = _src_wire.status
        _instance.type_ = _src_wire.type_
        _instance.industry = _src_wire.industry
        _instance.size = _src_wire.size
        _instance.website = _src_wire.website
        _instance.tax_id = _src_wire.tax_id
        _instance.phone = _src_wire.phone
        _instance.email = _src_wire.email
        __address = _src_wire.address
        address: Address | Unset = (
            UNSET
            if __address is UNSET
            else _null_value(__name__, "address")
            if __address is None
            else Address._from_wire(__address)
        )

        _instance.address = address
        __billing_address = _src_wire.billing_address
        billing_address: Address | Unset = (
            UNSET
            if __billing_address is UNSET
            else _null_value(__name__, "billingAddress")
            if __billing_address is None
            else Address._from_wire(__billing_address)
        )

        _instance.billing_address = billing_address
        __primary_contact = _src_wire.primary_contact
        primary_contact: ClientPrimaryContact | Unset = (
            UNSET
            if __primary_contact is UNSET
            else _null_value(__name__, "primaryContact")
            if __primary_contact is None
            else ClientPrimaryContact._from_wire(__primary_contact)
        )

        _instance.primary_contact = primary_contact
        __engagements = _src_wire.engagements
        engagements: list[ClientEngagement] | Unset = (
            UNSET
            if __engagements is UNSET
            else _null_value(__name__, "engagements")
            if __engagements is None
            else ClientEngagement._list_from_wire(
                __engagements if type(__engagements) is list else _checked_items(__engagements, __name__, "engagements")
            )
        )

        _instance.engagements = engagements
        __financial_summary = _src_wire.financial_summary
        financial_summary: ClientFinancialSummary | Unset = (
            UNSET
            if __financial_summary is UNSET
            else _null_value(__name__, "financialSummary")
            if __financial_summary is None
            else ClientFinancialSummary._from_wire(__financial_summary)
        )

        _instance.financial_summary = financial_summary
        if _extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            _found = _extra(_src_wire)
            if _found:
                _instance.additional_properties = _found
        return _instance

    @classmethod
    def _list_from_wire(_cls: type[_T], _items: list[Any]) -> list[_T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not _items or type(_items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return _cls._list_from_dicts(_items)
        _extra = _items[0].aiwyn_extra_  # one Struct type for every item
        _decoded: list[_T] = []
        _append, _new = _decoded.append, _cls.__new__
        for _src_wire in _items:
            _instance = _new(_cls)
            _instance.id = _src_wire.id
            _instance.pms_ref = _src_wire.pms_ref
            _instance.client_ref = _src_wire.client_ref
            _instance.name = _src_wire.name
            _instance.client_key = _src_wire.client_key
            _instance.active = _src_wire.active
            _instance.partner_staff_id = _src_wire.partner_staff_id
            __created_at = _src_wire.created_at
            created_at: datetime.datetime | None | Unset
            if isinstance(__created_at, str):
                try:
                    created_at = _parse_datetime(__created_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    created_at = cast(datetime.datetime | None | Unset, __created_at)
            else:
                created_at = (
                    __created_at
                    if type(__created_at) not in _CONTAINERS
                    else _wrong_shape(__name__, "createdAt", __created_at)
                )

            _instance.created_at = created_at
            _instance.legal_name = _src_wire.legal_name
            _instance.status = _src_wire.status
            _instance.type_ = _src_wire.type_
            _instance.industry = _src_wire.industry
            _instance.size = _src_wire.size
            _instance.website = _src_wire.website
            _instance.tax_id = _src_wire.tax_id
            _instance.phone = _src_wire.phone
            _instance.email = _src_wire.email
            __address = _src_wire.address
            address: Address | Unset = (
                UNSET
                if __address is UNSET
                else _null_value(__name__, "address")
                if __address is None
                else Address._from_wire(__address)
            )

            _instance.address = address
            __billing_address = _src_wire.billing_address
            billing_address: Address | Unset = (
                UNSET
                if __billing_address is UNSET
                else _null_value(__name__, "billingAddress")
                if __billing_address is None
                else Address._from_wire(__billing_address)
            )

            _instance.billing_address = billing_address
            __primary_contact = _src_wire.primary_contact
            primary_contact: ClientPrimaryContact | Unset = (
                UNSET
                if __primary_contact is UNSET
                else _null_value(__name__, "primaryContact")
                if __primary_contact is None
                else ClientPrimaryContact._from_wire(__primary_contact)
            )

            _instance.primary_contact = primary_contact
            __engagements = _src_wire.engagements
            engagements: list[ClientEngagement] | Unset = (
                UNSET
                if __engagements is UNSET
                else _null_value(__name__, "engagements")
                if __engagements is None
                else ClientEngagement._list_from_wire(
                    __engagements
                    if type(__engagements) is list
                    else _checked_items(__engagements, __name__, "engagements")
                )
            )

            _instance.engagements = engagements
            __financial_summary = _src_wire.financial_summary
            financial_summary: ClientFinancialSummary | Unset = (
                UNSET
                if __financial_summary is UNSET
                else _null_value(__name__, "financialSummary")
                if __financial_summary is None
                else ClientFinancialSummary._from_wire(__financial_summary)
            )

            _instance.financial_summary = financial_summary
            if (
                _extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                _found = _extra(_src_wire)
                if _found:
                    _instance.additional_properties = _found
            _append(_instance)
        return _decoded

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


_Self = ClientDetail  # the class, for its methods: a property of the same name would be a local there


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not _TYPE_CHECKING:
    from ..models.address import Address
    from ..models.client_engagement import ClientEngagement
    from ..models.client_financial_summary import ClientFinancialSummary
    from ..models.client_primary_contact import ClientPrimaryContact
