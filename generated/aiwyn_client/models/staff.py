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
class Staff(_Model):
    id: int | Unset = UNSET
    """ Unique staff identifier. """
    pms_ref: str | Unset = UNSET
    """ PMS reference identifier. """
    first_name: str | Unset = UNSET
    """ First name. """
    last_name: str | Unset = UNSET
    """ Last name. """
    email: str | Unset = UNSET
    """ Primary email address. """
    active: bool | Unset = UNSET
    """ Whether the staff member is active. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Creation time (filtered on in the search example). """
    dept_id: int | Unset = UNSET
    """ Department ID (filtered on in the search example). """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("id", "id", "scalar", False, type="int"),
            _F("pms_ref", "pmsRef", "scalar", False, type="str"),
            _F("first_name", "firstName", "scalar", False, type="str"),
            _F("last_name", "lastName", "scalar", False, type="str"),
            _F("email", "email", "scalar", False, type="str"),
            _F("active", "active", "scalar", False, type="bool"),
            _F("created_at", "createdAt", "datetime", False, nullable=True),
            _F("dept_id", "deptId", "scalar", False, type="int"),
        ),
        extras="keep",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        pms_ref = self.pms_ref

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        active = self.active

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = _NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        dept_id = self.dept_id

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if pms_ref is not UNSET:
            _field_dict["pmsRef"] = pms_ref
        if first_name is not UNSET:
            _field_dict["firstName"] = first_name
        if last_name is not UNSET:
            _field_dict["lastName"] = last_name
        if email is not UNSET:
            _field_dict["email"] = email
        if active is not UNSET:
            _field_dict["active"] = active
        if created_at is not UNSET:
            _field_dict["createdAt"] = created_at
        if dept_id is not UNSET:
            _field_dict["deptId"] = dept_id

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
