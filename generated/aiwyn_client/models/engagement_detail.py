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
    from ..models.engagement_project import EngagementProject
    from ..models.team_member import TeamMember


@_attrs_define(repr=False)
class EngagementDetail(_Model):
    """An engagement as the get-by-ID operation returns it (camelCase fields)."""

    id: int | None = _ABSENT
    name: str | None = _ABSENT
    description: str | None = _ABSENT
    status: str | None = _ABSENT
    type_: str | None = _ABSENT
    client_id: int | None = _ABSENT
    client_name: str | None = _ABSENT
    client_email: str | None = _ABSENT
    client_phone: str | None = _ABSENT
    start_date: datetime.datetime | None = _ABSENT
    end_date: datetime.datetime | None = _ABSENT
    estimated_value: float | None = _ABSENT
    currency: str | None = _ABSENT
    projects: list[EngagementProject] | None = _ABSENT
    team_members: list[TeamMember] | None = _ABSENT
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
