# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL
from .._iso8601 import parse_datetime
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.communication_preferences import CommunicationPreferences


T = TypeVar("T", bound="Contact")


@_attrs_define(repr=False)
class Contact(Model):
    id: int | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    mobile: str | Unset = UNSET
    title: str | Unset = UNSET
    department: str | Unset = UNSET
    """ Free-text department name. """
    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    is_primary_contact: bool | Unset = UNSET
    address: Address | None | Unset = UNSET
    communication_preferences: CommunicationPreferences | None | Unset = UNSET
    notes: str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "firstName",
            "lastName",
            "email",
            "phone",
            "mobile",
            "title",
            "department",
            "status",
            "type",
            "clientId",
            "clientName",
            "isPrimaryContact",
            "address",
            "communicationPreferences",
            "notes",
            "createdAt",
            "updatedAt",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("first_name", "firstName", False, ""),
        ("last_name", "lastName", False, ""),
        ("email", "email", False, ""),
        ("phone", "phone", False, ""),
        ("mobile", "mobile", False, ""),
        ("title", "title", False, ""),
        ("department", "department", False, ""),
        ("status", "status", False, ""),
        ("type_", "type", False, ""),
        ("client_id", "clientId", False, ""),
        ("client_name", "clientName", False, ""),
        ("is_primary_contact", "isPrimaryContact", False, ""),
        ("address", "address", False, "one:Address"),
        ("communication_preferences", "communicationPreferences", False, "one:CommunicationPreferences"),
        ("notes", "notes", False, ""),
        ("created_at", "createdAt", False, ""),
        ("updated_at", "updatedAt", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone = self.phone

        mobile = self.mobile

        title = self.title

        department = self.department

        status = self.status

        type_ = self.type_

        client_id = self.client_id

        client_name = self.client_name

        is_primary_contact = self.is_primary_contact

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = NULL if self.address is None else self.address.to_dict()

        else:
            address = self.address

        communication_preferences: dict[str, Any] | None | Unset
        if isinstance(self.communication_preferences, Unset):
            communication_preferences = UNSET
        elif isinstance(self.communication_preferences, CommunicationPreferences):
            communication_preferences = (
                NULL if self.communication_preferences is None else self.communication_preferences.to_dict()
            )

        else:
            communication_preferences = self.communication_preferences

        notes = self.notes

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = NULL if self.updated_at is None else self.updated_at.isoformat()

        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if title is not UNSET:
            field_dict["title"] = title
        if department is not UNSET:
            field_dict["department"] = department
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_name is not UNSET:
            field_dict["clientName"] = client_name
        if is_primary_contact is not UNSET:
            field_dict["isPrimaryContact"] = is_primary_contact
        if address is not UNSET:
            field_dict["address"] = address
        if communication_preferences is not UNSET:
            field_dict["communicationPreferences"] = communication_preferences
        if notes is not UNSET:
            field_dict["notes"] = notes
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is Contact and len(src_dict) >= 18:
            try:
                contact = cls.__new__(cls)
                contact.id = src_dict["id"]
                contact.first_name = src_dict["firstName"]
                contact.last_name = src_dict["lastName"]
                contact.email = src_dict["email"]
                contact.phone = src_dict["phone"]
                contact.mobile = src_dict["mobile"]
                contact.title = src_dict["title"]
                contact.department = src_dict["department"]
                contact.status = src_dict["status"]
                contact.type_ = src_dict["type"]
                contact.client_id = src_dict["clientId"]
                contact.client_name = src_dict["clientName"]
                contact.is_primary_contact = src_dict["isPrimaryContact"]
                _address = src_dict["address"]
                address: Address | None | Unset
                if isinstance(_address, dict):
                    try:
                        address = Address.from_dict(_address)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        address = cast(Address | None | Unset, _address)
                else:
                    address = _address
                contact.address = address
                _communication_preferences = src_dict["communicationPreferences"]
                communication_preferences: CommunicationPreferences | None | Unset
                if isinstance(_communication_preferences, dict):
                    try:
                        communication_preferences = CommunicationPreferences.from_dict(_communication_preferences)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        communication_preferences = cast(
                            CommunicationPreferences | None | Unset, _communication_preferences
                        )
                else:
                    communication_preferences = _communication_preferences
                contact.communication_preferences = communication_preferences
                contact.notes = src_dict["notes"]
                _created_at = src_dict["createdAt"]
                created_at: datetime.datetime | None | Unset
                if isinstance(_created_at, str):
                    try:
                        created_at = parse_datetime(_created_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        created_at = cast(datetime.datetime | None | Unset, _created_at)
                else:
                    created_at = _created_at
                contact.created_at = created_at
                _updated_at = src_dict["updatedAt"]
                updated_at: datetime.datetime | None | Unset
                if isinstance(_updated_at, str):
                    try:
                        updated_at = parse_datetime(_updated_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        updated_at = cast(datetime.datetime | None | Unset, _updated_at)
                else:
                    updated_at = _updated_at
                contact.updated_at = updated_at
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 18:
                    known = Contact._known_keys
                    contact.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return contact

        get = src_dict.get
        id = get("id", UNSET)
        first_name = get("firstName", UNSET)
        last_name = get("lastName", UNSET)
        email = get("email", UNSET)
        phone = get("phone", UNSET)
        mobile = get("mobile", UNSET)
        title = get("title", UNSET)
        department = get("department", UNSET)
        status = get("status", UNSET)
        type_ = get("type", UNSET)
        client_id = get("clientId", UNSET)
        client_name = get("clientName", UNSET)
        is_primary_contact = get("isPrimaryContact", UNSET)
        _address = get("address", UNSET)
        if isinstance(_address, dict):
            try:
                address = Address.from_dict(_address)
            except (TypeError, ValueError, AttributeError, KeyError):
                address = cast(Address | None | Unset, _address)
        else:
            address = _address

        _communication_preferences = get("communicationPreferences", UNSET)
        if isinstance(_communication_preferences, dict):
            try:
                communication_preferences = CommunicationPreferences.from_dict(_communication_preferences)
            except (TypeError, ValueError, AttributeError, KeyError):
                communication_preferences = cast(CommunicationPreferences | None | Unset, _communication_preferences)
        else:
            communication_preferences = _communication_preferences

        notes = get("notes", UNSET)
        _created_at = get("createdAt", UNSET)
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        _updated_at = get("updatedAt", UNSET)
        if isinstance(_updated_at, str):
            try:
                updated_at = parse_datetime(_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, _updated_at)
        else:
            updated_at = _updated_at

        contact = cls(
            id,
            first_name,
            last_name,
            email,
            phone,
            mobile,
            title,
            department,
            status,
            type_,
            client_id,
            client_name,
            is_primary_contact,
            address,
            communication_preferences,
            notes,
            created_at,
            updated_at,
        )

        known = Contact._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            contact.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return contact

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not Contact:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 18:
                try:
                    contact = new(cls)
                    contact.id = src_dict["id"]
                    contact.first_name = src_dict["firstName"]
                    contact.last_name = src_dict["lastName"]
                    contact.email = src_dict["email"]
                    contact.phone = src_dict["phone"]
                    contact.mobile = src_dict["mobile"]
                    contact.title = src_dict["title"]
                    contact.department = src_dict["department"]
                    contact.status = src_dict["status"]
                    contact.type_ = src_dict["type"]
                    contact.client_id = src_dict["clientId"]
                    contact.client_name = src_dict["clientName"]
                    contact.is_primary_contact = src_dict["isPrimaryContact"]
                    _address = src_dict["address"]
                    address: Address | None | Unset
                    if isinstance(_address, dict):
                        try:
                            address = Address.from_dict(_address)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            address = cast(Address | None | Unset, _address)
                    else:
                        address = _address
                    contact.address = address
                    _communication_preferences = src_dict["communicationPreferences"]
                    communication_preferences: CommunicationPreferences | None | Unset
                    if isinstance(_communication_preferences, dict):
                        try:
                            communication_preferences = CommunicationPreferences.from_dict(_communication_preferences)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            communication_preferences = cast(
                                CommunicationPreferences | None | Unset, _communication_preferences
                            )
                    else:
                        communication_preferences = _communication_preferences
                    contact.communication_preferences = communication_preferences
                    contact.notes = src_dict["notes"]
                    _created_at = src_dict["createdAt"]
                    created_at: datetime.datetime | None | Unset
                    if isinstance(_created_at, str):
                        try:
                            created_at = parse_datetime(_created_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            created_at = cast(datetime.datetime | None | Unset, _created_at)
                    else:
                        created_at = _created_at
                    contact.created_at = created_at
                    _updated_at = src_dict["updatedAt"]
                    updated_at: datetime.datetime | None | Unset
                    if isinstance(_updated_at, str):
                        try:
                            updated_at = parse_datetime(_updated_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            updated_at = cast(datetime.datetime | None | Unset, _updated_at)
                    else:
                        updated_at = _updated_at
                    contact.updated_at = updated_at
                except (KeyError, TypeError):
                    contact = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 18:
                        known = Contact._known_keys
                        contact.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                contact = cls.from_dict(src_dict)
            append(contact)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        contact = cls.__new__(cls)
        contact.id = src_wire.id
        contact.first_name = src_wire.first_name
        contact.last_name = src_wire.last_name
        contact.email = src_wire.email
        contact.phone = src_wire.phone
        contact.mobile = src_wire.mobile
        contact.title = src_wire.title
        contact.department = src_wire.department
        contact.status = src_wire.status
        contact.type_ = src_wire.type_
        contact.client_id = src_wire.client_id
        contact.client_name = src_wire.client_name
        contact.is_primary_contact = src_wire.is_primary_contact
        _address = src_wire.address
        address: Address | None | Unset = (
            _address if _address is None or _address is UNSET else Address._from_wire(_address)
        )
        contact.address = address
        _communication_preferences = src_wire.communication_preferences
        communication_preferences: CommunicationPreferences | None | Unset = (
            _communication_preferences
            if _communication_preferences is None or _communication_preferences is UNSET
            else CommunicationPreferences._from_wire(_communication_preferences)
        )
        contact.communication_preferences = communication_preferences
        contact.notes = src_wire.notes
        _created_at = src_wire.created_at
        created_at: datetime.datetime | None | Unset
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        contact.created_at = created_at
        _updated_at = src_wire.updated_at
        updated_at: datetime.datetime | None | Unset
        if isinstance(_updated_at, str):
            try:
                updated_at = parse_datetime(_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, _updated_at)
        else:
            updated_at = _updated_at

        contact.updated_at = updated_at
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                contact.additional_properties = found
        return contact

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            contact = new(cls)
            contact.id = src_wire.id
            contact.first_name = src_wire.first_name
            contact.last_name = src_wire.last_name
            contact.email = src_wire.email
            contact.phone = src_wire.phone
            contact.mobile = src_wire.mobile
            contact.title = src_wire.title
            contact.department = src_wire.department
            contact.status = src_wire.status
            contact.type_ = src_wire.type_
            contact.client_id = src_wire.client_id
            contact.client_name = src_wire.client_name
            contact.is_primary_contact = src_wire.is_primary_contact
            _address = src_wire.address
            address: Address | None | Unset = (
                _address if _address is None or _address is UNSET else Address._from_wire(_address)
            )
            contact.address = address
            _communication_preferences = src_wire.communication_preferences
            communication_preferences: CommunicationPreferences | None | Unset = (
                _communication_preferences
                if _communication_preferences is None or _communication_preferences is UNSET
                else CommunicationPreferences._from_wire(_communication_preferences)
            )
            contact.communication_preferences = communication_preferences
            contact.notes = src_wire.notes
            _created_at = src_wire.created_at
            created_at: datetime.datetime | None | Unset
            if isinstance(_created_at, str):
                try:
                    created_at = parse_datetime(_created_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    created_at = cast(datetime.datetime | None | Unset, _created_at)
            else:
                created_at = _created_at

            contact.created_at = created_at
            _updated_at = src_wire.updated_at
            updated_at: datetime.datetime | None | Unset
            if isinstance(_updated_at, str):
                try:
                    updated_at = parse_datetime(_updated_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    updated_at = cast(datetime.datetime | None | Unset, _updated_at)
            else:
                updated_at = _updated_at

            contact.updated_at = updated_at
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    contact.additional_properties = found
            append(contact)
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
    from ..models.communication_preferences import CommunicationPreferences
