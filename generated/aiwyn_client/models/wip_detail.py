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
    from ..models.wip_approval import WipApproval


@_attrs_define(repr=False)
class WipDetail(_Model):
    """A WIP time entry as the get-by-ID operation returns it."""

    id: int | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    staff_id: int | Unset = UNSET
    staff_name: str | Unset = UNSET
    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    project_id: int | Unset = UNSET
    project_name: str | Unset = UNSET
    task_id: int | Unset = UNSET
    task_name: str | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    duration: float | Unset = UNSET
    billable_hours: float | Unset = UNSET
    non_billable_hours: float | Unset = UNSET
    hourly_rate: float | Unset = UNSET
    billable_amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    notes: str | Unset = UNSET
    approval_history: list[WipApproval] | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        status = self.status

        type_ = self.type_

        staff_id = self.staff_id

        staff_name = self.staff_name

        client_id = self.client_id

        client_name = self.client_name

        project_id = self.project_id

        project_name = self.project_name

        task_id = self.task_id

        task_name = self.task_name

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = _NULL if self.date is None else self.date.isoformat()

        else:
            date = self.date

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = _NULL if self.start_time is None else self.start_time.isoformat()

        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = _NULL if self.end_time is None else self.end_time.isoformat()

        else:
            end_time = self.end_time

        duration = self.duration

        billable_hours = self.billable_hours

        non_billable_hours = self.non_billable_hours

        hourly_rate = self.hourly_rate

        billable_amount = self.billable_amount

        currency = self.currency

        notes = self.notes

        approval_history: list[dict[str, Any]] | Unset = UNSET
        if self.approval_history is None:
            approval_history = _NULL
        elif not isinstance(self.approval_history, Unset):
            approval_history = []
            for _approval_history_item_data in self.approval_history:
                approval_history_item = (
                    _NULL if _approval_history_item_data is None else _approval_history_item_data.to_dict()
                )

                approval_history.append(approval_history_item)

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if description is not UNSET:
            _field_dict["description"] = description
        if status is not UNSET:
            _field_dict["status"] = status
        if type_ is not UNSET:
            _field_dict["type"] = type_
        if staff_id is not UNSET:
            _field_dict["staffId"] = staff_id
        if staff_name is not UNSET:
            _field_dict["staffName"] = staff_name
        if client_id is not UNSET:
            _field_dict["clientId"] = client_id
        if client_name is not UNSET:
            _field_dict["clientName"] = client_name
        if project_id is not UNSET:
            _field_dict["projectId"] = project_id
        if project_name is not UNSET:
            _field_dict["projectName"] = project_name
        if task_id is not UNSET:
            _field_dict["taskId"] = task_id
        if task_name is not UNSET:
            _field_dict["taskName"] = task_name
        if date is not UNSET:
            _field_dict["date"] = date
        if start_time is not UNSET:
            _field_dict["startTime"] = start_time
        if end_time is not UNSET:
            _field_dict["endTime"] = end_time
        if duration is not UNSET:
            _field_dict["duration"] = duration
        if billable_hours is not UNSET:
            _field_dict["billableHours"] = billable_hours
        if non_billable_hours is not UNSET:
            _field_dict["nonBillableHours"] = non_billable_hours
        if hourly_rate is not UNSET:
            _field_dict["hourlyRate"] = hourly_rate
        if billable_amount is not UNSET:
            _field_dict["billableAmount"] = billable_amount
        if currency is not UNSET:
            _field_dict["currency"] = currency
        if notes is not UNSET:
            _field_dict["notes"] = notes
        if approval_history is not UNSET:
            _field_dict["approvalHistory"] = approval_history

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
    from ..models.wip_approval import WipApproval
