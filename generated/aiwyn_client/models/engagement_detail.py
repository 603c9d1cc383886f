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
    from ..models.engagement_project import EngagementProject
    from ..models.team_member import TeamMember


@_attrs_define(repr=False)
class EngagementDetail(_Model):
    """An engagement as the get-by-ID operation returns it (camelCase fields)."""

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    client_email: str | Unset = UNSET
    client_phone: str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    estimated_value: float | Unset = UNSET
    currency: str | Unset = UNSET
    projects: list[EngagementProject] | Unset = UNSET
    team_members: list[TeamMember] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("id", "id", "scalar", False, type="int"),
            _F("name", "name", "scalar", False, type="str"),
            _F("description", "description", "scalar", False, type="str"),
            _F("status", "status", "scalar", False, type="str"),
            _F("type_", "type", "scalar", False, type="str"),
            _F("client_id", "clientId", "scalar", False, type="int"),
            _F("client_name", "clientName", "scalar", False, type="str"),
            _F("client_email", "clientEmail", "scalar", False, type="str"),
            _F("client_phone", "clientPhone", "scalar", False, type="str"),
            _F("start_date", "startDate", "datetime", False, nullable=True),
            _F("end_date", "endDate", "datetime", False, nullable=True),
            _F("estimated_value", "estimatedValue", "scalar", False, type="float"),
            _F("currency", "currency", "scalar", False, type="str"),
            _F("projects", "projects", "list", False, item=_F(kind="model", ref="EngagementProject")),
            _F("team_members", "teamMembers", "list", False, item=_F(kind="model", ref="TeamMember")),
        ),
        extras="keep",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        status = self.status

        type_ = self.type_

        client_id = self.client_id

        client_name = self.client_name

        client_email = self.client_email

        client_phone = self.client_phone

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = _NULL if self.start_date is None else self.start_date.isoformat()

        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = _NULL if self.end_date is None else self.end_date.isoformat()

        else:
            end_date = self.end_date

        estimated_value = self.estimated_value

        currency = self.currency

        projects: list[dict[str, Any]] | Unset = UNSET
        if self.projects is None:
            projects = _NULL
        elif not isinstance(self.projects, Unset):
            projects = []
            for _projects_item_data in self.projects:
                projects_item = _NULL if _projects_item_data is None else _projects_item_data.to_dict()

                projects.append(projects_item)

        team_members: list[dict[str, Any]] | Unset = UNSET
        if self.team_members is None:
            team_members = _NULL
        elif not isinstance(self.team_members, Unset):
            team_members = []
            for _team_members_item_data in self.team_members:
                team_members_item = _NULL if _team_members_item_data is None else _team_members_item_data.to_dict()

                team_members.append(team_members_item)

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if name is not UNSET:
            _field_dict["name"] = name
        if description is not UNSET:
            _field_dict["description"] = description
        if status is not UNSET:
            _field_dict["status"] = status
        if type_ is not UNSET:
            _field_dict["type"] = type_
        if client_id is not UNSET:
            _field_dict["clientId"] = client_id
        if client_name is not UNSET:
            _field_dict["clientName"] = client_name
        if client_email is not UNSET:
            _field_dict["clientEmail"] = client_email
        if client_phone is not UNSET:
            _field_dict["clientPhone"] = client_phone
        if start_date is not UNSET:
            _field_dict["startDate"] = start_date
        if end_date is not UNSET:
            _field_dict["endDate"] = end_date
        if estimated_value is not UNSET:
            _field_dict["estimatedValue"] = estimated_value
        if currency is not UNSET:
            _field_dict["currency"] = currency
        if projects is not UNSET:
            _field_dict["projects"] = projects
        if team_members is not UNSET:
            _field_dict["teamMembers"] = team_members

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
    from ..models.engagement_project import EngagementProject
    from ..models.team_member import TeamMember
