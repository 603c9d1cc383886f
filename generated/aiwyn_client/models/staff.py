# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import ABSENT as _ABSENT
from .._model import Model as _Model


@_attrs_define(repr=False)
class Staff(_Model):
    id: int | None = _ABSENT
    """ Unique staff identifier. """
    pms_ref: str | None = _ABSENT
    """ PMS reference identifier. """
    first_name: str | None = _ABSENT
    """ First name. """
    last_name: str | None = _ABSENT
    """ Last name. """
    email: str | None = _ABSENT
    """ Primary email address. """
    active: bool | None = _ABSENT
    """ Whether the staff member is active. """
    created_at: datetime.datetime | None = _ABSENT
    """ Creation time (filtered on in the search example). """
    dept_id: int | None = _ABSENT
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
