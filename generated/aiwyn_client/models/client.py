# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL as _NULL
from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import Model as _Model
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class Client(_Model):
    """A client as the list and search operations return it."""

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
