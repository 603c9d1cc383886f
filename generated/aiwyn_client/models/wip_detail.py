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
    from ..models.wip_approval import WipApproval


@_attrs_define(repr=False)
class WipDetail(_Model):
    """A WIP time entry as the get-by-ID operation returns it."""

    id: int | None = _ABSENT
    description: str | None = _ABSENT
    status: str | None = _ABSENT
    type_: str | None = _ABSENT
    staff_id: int | None = _ABSENT
    staff_name: str | None = _ABSENT
    client_id: int | None = _ABSENT
    client_name: str | None = _ABSENT
    project_id: int | None = _ABSENT
    project_name: str | None = _ABSENT
    task_id: int | None = _ABSENT
    task_name: str | None = _ABSENT
    date: datetime.datetime | None = _ABSENT
    start_time: datetime.datetime | None = _ABSENT
    end_time: datetime.datetime | None = _ABSENT
    duration: float | None = _ABSENT
    billable_hours: float | None = _ABSENT
    non_billable_hours: float | None = _ABSENT
    hourly_rate: float | None = _ABSENT
    billable_amount: float | None = _ABSENT
    currency: str | None = _ABSENT
    notes: str | None = _ABSENT
    approval_history: list[WipApproval] | None = _ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("id", "id", "scalar", False, type="int"),
            _F("description", "description", "scalar", False, type="str"),
            _F("status", "status", "scalar", False, type="str"),
            _F("type_", "type", "scalar", False, type="str"),
            _F("staff_id", "staffId", "scalar", False, type="int"),
            _F("staff_name", "staffName", "scalar", False, type="str"),
            _F("client_id", "clientId", "scalar", False, type="int"),
            _F("client_name", "clientName", "scalar", False, type="str"),
            _F("project_id", "projectId", "scalar", False, type="int"),
            _F("project_name", "projectName", "scalar", False, type="str"),
            _F("task_id", "taskId", "scalar", False, type="int"),
            _F("task_name", "taskName", "scalar", False, type="str"),
            _F("date", "date", "datetime", False, nullable=True),
            _F("start_time", "startTime", "datetime", False, nullable=True),
            _F("end_time", "endTime", "datetime", False, nullable=True),
            _F("duration", "duration", "scalar", False, type="float"),
            _F("billable_hours", "billableHours", "scalar", False, type="float"),
            _F("non_billable_hours", "nonBillableHours", "scalar", False, type="float"),
            _F("hourly_rate", "hourlyRate", "scalar", False, type="float"),
            _F("billable_amount", "billableAmount", "scalar", False, type="float"),
            _F("currency", "currency", "scalar", False, type="str"),
            _F("notes", "notes", "scalar", False, type="str"),
            _F("approval_history", "approvalHistory", "list", False, item=_F(kind="model", ref="WipApproval")),
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
    from ..models.wip_approval import WipApproval
