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
from .._decode import scalar as _scalar
from .._decode import wrong_shape as _wrong_shape
from .._iso8601 import parse_datetime as _parse_datetime
from .._model import Model as _Model
from ..types import UNSET, Unset

if _TYPE_CHECKING:
    from ..models.address import Address
    from ..models.communication_preferences import CommunicationPreferences


_T = _TypeVar("_T", bound="Contact")


@_attrs_define(repr=False)
class Contact(_Model):
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
        ("id", "id", False, "scalar"),
        ("first_name", "firstName", False, "scalar"),
        ("last_name", "lastName", False, "scalar"),
        ("email", "email", False, "scalar"),
        ("phone", "phone", False, "scalar"),
        ("mobile", "mobile", False, "scalar"),
        ("title", "title", False, "scalar"),
        ("department", "department", False, "scalar"),
        ("status", "status", False, "scalar"),
        ("type_", "type", False, "scalar"),
        ("client_id", "clientId", False, "scalar"),
        ("client_name", "clientName", False, "scalar"),
        ("is_primary_contact", "isPrimaryContact", False, "scalar"),
        ("address", "address", False, "one:Address"),
        ("communication_preferences", "communicationPreferences", False, "one:CommunicationPreferences"),
        ("notes", "notes", False, "scalar"),
        ("created_at", "createdAt", False, "scalar"),
        ("updated_at", "updatedAt", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

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
            address = _NULL if self.address is None else self.address.to_dict()

        else:
            address = self.address

        communication_preferences: dict[str, Any] | None | Unset
        if isinstance(self.communication_preferences, Unset):
            communication_preferences = UNSET
        elif isinstance(self.communication_preferences, CommunicationPreferences):
            communication_preferences = (
                _NULL if self.communication_preferences is None else self.communication_preferences.to_dict()
            )

        else:
            communication_preferences = self.communication_preferences

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
        if first_name is not UNSET:
            _field_dict["firstName"] = first_name
        if last_name is not UNSET:
            _field_dict["lastName"] = last_name
        if email is not UNSET:
            _field_dict["email"] = email
        if phone is not UNSET:
            _field_dict["phone"] = phone
        if mobile is not UNSET:
            _field_dict["mobile"] = mobile
        if title is not UNSET:
            _field_dict["title"] = title
        if department is not UNSET:
            _field_dict["department"] = department
        if status is not UNSET:
            _field_dict["status"] = status
        if type_ is not UNSET:
            _field_dict["type"] = type_
        if client_id is not UNSET:
            _field_dict["clientId"] = client_id
        if client_name is not UNSET:
            _field_dict["clientName"] = client_name
        if is_primary_contact is not UNSET:
            _field_dict["isPrimaryContact"] = is_primary_contact
        if address is not UNSET:
            _field_dict["address"] = address
        if communication_preferences is not UNSET:
            _field_dict["communicationPreferences"] = communication_preferences
        if notes is not UNSET:
            _field_dict["notes"] = notes
        if created_at is not UNSET:
            _field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            _field_dict["updatedAt"] = updated_at

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 18:
            try:
                _instance = _cls.__new__(_cls)
                _instance.id = _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                _instance.first_name = (
                    _v
                    if type(_v := _src_dict["firstName"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "firstName")
                )
                _instance.last_name = (
                    _v if type(_v := _src_dict["lastName"]) is str or _v is _NULL else _scalar(_v, __name__, "lastName")
                )
                _instance.email = (
                    _v if type(_v := _src_dict["email"]) is str or _v is _NULL else _scalar(_v, __name__, "email")
                )
                _instance.phone = (
                    _v if type(_v := _src_dict["phone"]) is str or _v is _NULL else _scalar(_v, __name__, "phone")
                )
                _instance.mobile = (
                    _v if type(_v := _src_dict["mobile"]) is str or _v is _NULL else _scalar(_v, __name__, "mobile")
                )
                _instance.title = (
                    _v if type(_v := _src_dict["title"]) is str or _v is _NULL else _scalar(_v, __name__, "title")
                )
                _instance.department = (
                    _v
                    if type(_v := _src_dict["department"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "department")
                )
                _instance.status = (
                    _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                )
                _instance.type_ = (
                    _v if type(_v := _src_dict["type"]) is str or _v is _NULL else _scalar(_v, __name__, "type")
                )
                _instance.client_id = (
                    _v if type(_v := _src_dict["clientId"]) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
                )
                _instance.client_name = (
                    _v
                    if type(_v := _src_dict["clientName"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "clientName")
                )
                _instance.is_primary_contact = (
                    _v
                    if type(_v := _src_dict["isPrimaryContact"]) is bool or _v is _NULL
                    else _scalar(_v, __name__, "isPrimaryContact")
                )
                __address = _src_dict["address"]
                address: Address | None | Unset
                if isinstance(__address, dict):
                    address = Address.from_dict(__address)
                else:
                    address = (
                        __address
                        if __address is None or __address is UNSET
                        else _wrong_shape(__name__, "address", __address, "an object")
                    )
                _instance.address = address
                __communication_preferences = _src_dict["communicationPreferences"]
                communication_preferences: CommunicationPreferences | None | Unset
                if isinstance(__communication_preferences, dict):
                    communication_preferences = CommunicationPreferences.from_dict(__communication_preferences)
                else:
                    communication_preferences = (
                        __communication_preferences
                        if __communication_preferences is None or __communication_preferences is UNSET
                        else _wrong_shape(
                            __name__, "communicationPreferences", __communication_preferences, "an object"
                        )
                    )
                _instance.communication_preferences = communication_preferences
                _instance.notes = (
                    _v if type(_v := _src_dict["notes"]) is str or _v is _NULL else _scalar(_v, __name__, "notes")
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
                __updated_at = _src_dict["updatedAt"]
                updated_at: datetime.datetime | None | Unset
                if isinstance(__updated_at, str):
                    try:
                        updated_at = _parse_datetime(__updated_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        updated_at = cast(datetime.datetime | None | Unset, __updated_at)
                else:
                    updated_at = (
                        __updated_at
                        if type(__updated_at) not in _CONTAINERS
                        else _wrong_shape(__name__, "updatedAt", __updated_at)
                    )
                _instance.updated_at = updated_at
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 18:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        id = _v if type(_v := _get("id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "id")
        first_name = (
            _v if type(_v := _get("firstName", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "firstName")
        )
        last_name = (
            _v if type(_v := _get("lastName", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "lastName")
        )
        email = _v if type(_v := _get("email", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "email")
        phone = _v if type(_v := _get("phone", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "phone")
        mobile = _v if type(_v := _get("mobile", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "mobile")
        title = _v if type(_v := _get("title", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "title")
        department = (
            _v if type(_v := _get("department", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "department")
        )
        status = _v if type(_v := _get("status", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "status")
        type_ = _v if type(_v := _get("type", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "type")
        client_id = (
            _v if type(_v := _get("clientId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
        )
        client_name = (
            _v if type(_v := _get("clientName", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "clientName")
        )
        is_primary_contact = (
            _v
            if type(_v := _get("isPrimaryContact", UNSET)) is bool or _v is _NULL
            else _scalar(_v, __name__, "isPrimaryContact")
        )
        __address = _get("address", UNSET)
        if isinstance(__address, dict):
            address = Address.from_dict(__address)
        else:
            address = (
                __address
                if __address is None or __address is UNSET
                else _wrong_shape(__name__, "address", __address, "an object")
            )

        __communication_preferences = _get("communicationPreferences", UNSET)
        if isinstance(__communication_preferences, dict):
            communication_preferences = CommunicationPreferences.from_dict(__communication_preferences)
        else:
            communication_preferences = (
                __communication_preferences
                if __communication_preferences is None or __communication_preferences is UNSET
                else _wrong_shape(__name__, "communicationPreferences", __communication_preferences, "an object")
            )

        notes = _v if type(_v := _get("notes", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "notes")
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

        __updated_at = _get("updatedAt", UNSET)
        if isinstance(__updated_at, str):
            try:
                updated_at = _parse_datetime(__updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, __updated_at)
        else:
            updated_at = (
                __updated_at
                if type(__updated_at) not in _CONTAINERS
                else _wrong_shape(__name__, "updatedAt", __updated_at)
            )

        _instance = _cls(
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
            if len(_src_dict) >= 18:
                try:
                    _instance = _new(_cls)
                    _instance.id = (
                        _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                    )
                    _instance.first_name = (
                        _v
                        if type(_v := _src_dict["firstName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "firstName")
                    )
                    _instance.last_name = (
                        _v
                        if type(_v := _src_dict["lastName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "lastName")
                    )
                    _instance.email = (
                        _v if type(_v := _src_dict["email"]) is str or _v is _NULL else _scalar(_v, __name__, "email")
                    )
                    _instance.phone = (
                        _v if type(_v := _src_dict["phone"]) is str or _v is _NULL else _scalar(_v, __name__, "phone")
                    )
                    _instance.mobile = (
                        _v if type(_v := _src_dict["mobile"]) is str or _v is _NULL else _scalar(_v, __name__, "mobile")
                    )
                    _instance.title = (
                        _v if type(_v := _src_dict["title"]) is str or _v is _NULL else _scalar(_v, __name__, "title")
                    )
                    _instance.department = (
                        _v
                        if type(_v := _src_dict["department"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "department")
                    )
                    _instance.status = (
                        _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                    )
                    _instance.type_ = (
                        _v if type(_v := _src_dict["type"]) is str or _v is _NULL else _scalar(_v, __name__, "type")
                    )
                    _instance.client_id = (
                        _v
                        if type(_v := _src_dict["clientId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "clientId")
                    )
                    _instance.client_name = (
                        _v
                        if type(_v := _src_dict["clientName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "clientName")
                    )
                    _instance.is_primary_contact = (
                        _v
                        if type(_v := _src_dict["isPrimaryContact"]) is bool or _v is _NULL
                        else _scalar(_v, __name__, "isPrimaryContact")
                    )
                    __address = _src_dict["address"]
                    address: Address | None | Unset
                    if isinstance(__address, dict):
                        address = Address.from_dict(__address)
                    else:
                        address = (
                            __address
                            if __address is None or __address is UNSET
                            else _wrong_shape(__name__, "address", __address, "an object")
                        )
                    _instance.address = address
                    __communication_preferences = _src_dict["communicationPreferences"]
                    communication_preferences: CommunicationPreferences | None | Unset
                    if isinstance(__communication_preferences, dict):
                        communication_preferences = CommunicationPreferences.from_dict(__communication_preferences)
                    else:
                        communication_preferences = (
                            __communication_preferences
                            if __communication_preferences is None or __communication_preferences is UNSET
                            else _wrong_shape(
                                __name__, "communicationPreferences", __communication_preferences, "an object"
                            )
                        )
                    _instance.communication_preferences = communication_preferences
                    _instance.notes = (
                        _v if type(_v := _src_dict["notes"]) is str or _v is _NULL else _scalar(_v, __name__, "notes")
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
                    __updated_at = _src_dict["updatedAt"]
                    updated_at: datetime.datetime | None | Unset
                    if isinstance(__updated_at, str):
                        try:
                            updated_at = _parse_datetime(__updated_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            updated_at = cast(datetime.datetime | None | Unset, __updated_at)
                    else:
                        updated_at = (
                            __updated_at
                            if type(__updated_at) not in _CONTAINERS
                            else _wrong_shape(__name__, "updatedAt", __updated_at)
                        )
                    _instance.updated_at = updated_at
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 18:
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
        _instance.first_name = _src_wire.first_name
        _instance.last_name = _src_wire.last_name
        _instance.email = _src_wire.email
        _instance.phone = _src_wire.phone
        _instance.mobile = _src_wire.mobile
        _instance.title = _src_wire.title
        _instance.department = _src_wire.department
        _instance.status = _src_wire.status
        _instance.type_ = _src_wire.type_
        _instance.client_id = _src_wire.client_id
        _instance.client_name = _src_wire.client_name
        _instance.is_primary_contact = _src_wire.is_primary_contact
        __address = _src_wire.address
        address: Address | None | Unset = (
            __address if __address is None or __address is UNSET else Address._from_wire(__address)
        )
        _instance.address = address
        __communication_preferences = _src_wire.communication_preferences
        communication_preferences: CommunicationPreferences | None | Unset = (
            __communication_preferences
            if __communication_preferences is None or __communication_preferences is UNSET
            else CommunicationPreferences._from_wire(__communication_preferences)
        )
        _instance.communication_preferences = communication_preferences
        _instance.notes = _src_wire.notes
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
        __updated_at = _src_wire.updated_at
        updated_at: datetime.datetime | None | Unset
        if isinstance(__updated_at, str):
            try:
                updated_at = _parse_datetime(__updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, __updated_at)
        else:
            updated_at = (
                __updated_at
                if type(__updated_at) not in _CONTAINERS
                else _wrong_shape(__name__, "updatedAt", __updated_at)
            )

        _instance.updated_at = updated_at
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
            _instance.first_name = _src_wire.first_name
            _instance.last_name = _src_wire.last_name
            _instance.email = _src_wire.email
            _instance.phone = _src_wire.phone
            _instance.mobile = _src_wire.mobile
            _instance.title = _src_wire.title
            _instance.department = _src_wire.department
            _instance.status = _src_wire.status
            _instance.type_ = _src_wire.type_
            _instance.client_id = _src_wire.client_id
            _instance.client_name = _src_wire.client_name
            _instance.is_primary_contact = _src_wire.is_primary_contact
            __address = _src_wire.address
            address: Address | None | Unset = (
                __address if __address is None or __address is UNSET else Address._from_wire(__address)
            )
            _instance.address = address
            __communication_preferences = _src_wire.communication_preferences
            communication_preferences: CommunicationPreferences | None | Unset = (
                __communication_preferences
                if __communication_preferences is None or __communication_preferences is UNSET
                else CommunicationPreferences._from_wire(__communication_preferences)
            )
            _instance.communication_preferences = communication_preferences
            _instance.notes = _src_wire.notes
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
            __updated_at = _src_wire.updated_at
            updated_at: datetime.datetime | None | Unset
            if isinstance(__updated_at, str):
                try:
                    updated_at = _parse_datetime(__updated_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    updated_at = cast(datetime.datetime | None | Unset, __updated_at)
            else:
                updated_at = (
                    __updated_at
                    if type(__updated_at) not in _CONTAINERS
                    else _wrong_shape(__name__, "updatedAt", __updated_at)
                )

            _instance.updated_at = updated_at
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


_Self = Contact  # the class, for its methods: a property of the same name would be a local there


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not _TYPE_CHECKING:
    from ..models.address import Address
    from ..models.communication_preferences import CommunicationPreferences
