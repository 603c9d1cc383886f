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
class Engagement(_Model):
    """An engagement as the list and search operations return it (snake_case fields)."""

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    """ Name generated from the engagement template. """
    start_dt: datetime.date | None | Unset = UNSET
    end_dt: datetime.date | None | Unset = UNSET
    status: str | Unset = UNSET
    """ ACTIVE, COMPLETED, ON_HOLD, EXECUTED "etc." (an open list in the docs). """
    client_id: int | Unset = UNSET
    partner_staff_id: int | Unset = UNSET
    engagement_name_template: str | Unset = UNSET
    """ Template the name was generated from (filtered on in the search example). """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Creation time (filtered on in the search example). """
    partnerStaffId: int | Unset = UNSET
    """ Partner's staff ID as the search example filters on it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("id", "id", "scalar", False, type="int"),
            _F("name", "name", "scalar", False, type="str"),
            _F("start_dt", "start_dt", "date", False, nullable=True),
            _F("end_dt", "end_dt", "date", False, nullable=True),
            _F("status", "status", "scalar", False, type="str"),
            _F("client_id", "client_id", "scalar", False, type="int"),
            _F("partner_staff_id", "partner_staff_id", "scalar", False, type="int"),
            _F("engagement_name_template", "engagementNameTemplate", "scalar", False, type="str"),
            _F("created_at", "createdAt", "datetime", False, nullable=True),
            _F("partnerStaffId", "partnerStaffId", "scalar", False, type="int"),
        ),
        extras="keep",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        start_dt: None | str | Unset
        if isinstance(self.start_dt, Unset):
            start_dt = UNSET
        elif isinstance(self.start_dt, datetime.date):
            start_dt = _NULL if self.start_dt is None else self.start_dt.isoformat()

        else:
            start_dt = self.start_dt

        end_dt: None | str | Unset
        if isinstance(self.end_dt, Unset):
            end_dt = UNSET
        elif isinstance(self.end_dt, datetime.date):
            end_dt = _NULL if self.end_dt is None else self.end_dt.isoformat()

        else:
            end_dt = self.end_dt

        status = self.status

        client_id = self.client_id

        partner_staff_id = self.partner_staff_id

        engagement_name_template = self.engagement_name_template

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = _NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        partnerStaffId = self.partnerStaffId

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if name is not UNSET:
            _field_dict["name"] = name
        if start_dt is not UNSET:
            _field_dict["start_dt"] = start_dt
        if end_dt is not UNSET:
            _field_dict["end_dt"] = end_dt
        if status is not UNSET:
            _field_dict["status"] = status
        if client_id is not UNSET:
            _field_dict["client_id"] = client_id
        if partner_staff_id is not UNSET:
            _field_dict["partner_staff_id"] = partner_staff_id
        if engagement_name_template is not UNSET:
            _field_dict["engagementNameTemplate"] = engagement_name_template
        if created_at is not UNSET:
            _field_dict["createdAt"] = created_at
        if partnerStaffId is not UNSET:
            _field_dict["partnerStaffId"] = partnerStaffId

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
