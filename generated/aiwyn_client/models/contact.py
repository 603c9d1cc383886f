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
    from ..models.communication_preferences import CommunicationPreferences


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
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("id", "id", "scalar", False, type="int"),
            _F("first_name", "firstName", "scalar", False, type="str"),
            _F("last_name", "lastName", "scalar", False, type="str"),
            _F("email", "email", "scalar", False, type="str"),
            _F("phone", "phone", "scalar", False, type="str"),
            _F("mobile", "mobile", "scalar", False, type="str"),
            _F("title", "title", "scalar", False, type="str"),
            _F("department", "department", "scalar", False, type="str"),
            _F("status", "status", "scalar", False, type="str"),
            _F("type_", "type", "scalar", False, type="str"),
            _F("client_id", "clientId", "scalar", False, type="int"),
            _F("client_name", "clientName", "scalar", False, type="str"),
            _F("is_primary_contact", "isPrimaryContact", "scalar", False, type="bool"),
            _F("address", "address", "model", False, ref="Address", nullable=True),
            _F(
                "communication_preferences",
                "communicationPreferences",
                "model",
                False,
                ref="CommunicationPreferences",
                nullable=True,
            ),
            _F("notes", "notes", "scalar", False, type="str"),
            _F("created_at", "createdAt", "datetime", False, nullable=True),
            _F("updated_at", "updatedAt", "datetime", False, nullable=True),
        ),
        extras="keep",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

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
    from ..models.communication_preferences import CommunicationPreferences
