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
class Client(_Model):
    """A client as the list and search operations return it."""

    id: int | None = _ABSENT
    """ Client ID. """
    pms_ref: str | None = _ABSENT
    """ Practice management system reference. """
    client_ref: str | None = _ABSENT
    """ External client reference number. """
    name: str | None = _ABSENT
    """ Person or company name. """
    client_key: str | None = _ABSENT
    """ Padded, formatted client key. """
    active: bool | None = _ABSENT
    """ Whether the client is active. """
    partner_staff_id: int | None = _ABSENT
    """ Assigned partner's staff ID. """
    created_at: datetime.datetime | None = _ABSENT
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
