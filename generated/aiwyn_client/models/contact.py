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
    from ..models.communication_preferences import CommunicationPreferences


@_attrs_define(repr=False)
class Contact(_Model):
    id: int | None = _ABSENT
    first_name: str | None = _ABSENT
    last_name: str | None = _ABSENT
    email: str | None = _ABSENT
    phone: str | None = _ABSENT
    mobile: str | None = _ABSENT
    title: str | None = _ABSENT
    department: str | None = _ABSENT
    """ Free-text department name. """
    status: str | None = _ABSENT
    type_: str | None = _ABSENT
    client_id: int | None = _ABSENT
    client_name: str | None = _ABSENT
    is_primary_contact: bool | None = _ABSENT
    address: Address | None = _ABSENT
    communication_preferences: CommunicationPreferences | None = _ABSENT
    notes: str | None = _ABSENT
    created_at: datetime.datetime | None = _ABSENT
    updated_at: datetime.datetime | None = _ABSENT
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
