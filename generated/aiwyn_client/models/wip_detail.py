from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._iso8601 import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wip_approval import WipApproval


T = TypeVar("T", bound="WipDetail")


@_attrs_define
class WipDetail:
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
    date: datetime.datetime | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    duration: float | Unset = UNSET
    billable_hours: float | Unset = UNSET
    non_billable_hours: float | Unset = UNSET
    hourly_rate: float | Unset = UNSET
    billable_amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    notes: str | Unset = UNSET
    approval_history: list[WipApproval] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        duration = self.duration

        billable_hours = self.billable_hours

        non_billable_hours = self.non_billable_hours

        hourly_rate = self.hourly_rate

        billable_amount = self.billable_amount

        currency = self.currency

        notes = self.notes

        approval_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.approval_history, Unset):
            approval_history = []
            for approval_history_item_data in self.approval_history:
                approval_history_item = approval_history_item_data.to_dict()
                approval_history.append(approval_history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if staff_id is not UNSET:
            field_dict["staffId"] = staff_id
        if staff_name is not UNSET:
            field_dict["staffName"] = staff_name
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_name is not UNSET:
            field_dict["clientName"] = client_name
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if task_name is not UNSET:
            field_dict["taskName"] = task_name
        if date is not UNSET:
            field_dict["date"] = date
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if billable_hours is not UNSET:
            field_dict["billableHours"] = billable_hours
        if non_billable_hours is not UNSET:
            field_dict["nonBillableHours"] = non_billable_hours
        if hourly_rate is not UNSET:
            field_dict["hourlyRate"] = hourly_rate
        if billable_amount is not UNSET:
            field_dict["billableAmount"] = billable_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if notes is not UNSET:
            field_dict["notes"] = notes
        if approval_history is not UNSET:
            field_dict["approvalHistory"] = approval_history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wip_approval import WipApproval  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        staff_id = d.pop("staffId", UNSET)

        staff_name = d.pop("staffName", UNSET)

        client_id = d.pop("clientId", UNSET)

        client_name = d.pop("clientName", UNSET)

        project_id = d.pop("projectId", UNSET)

        project_name = d.pop("projectName", UNSET)

        task_id = d.pop("taskId", UNSET)

        task_name = d.pop("taskName", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = parse_datetime(_date)

        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = parse_datetime(_start_time)

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = parse_datetime(_end_time)

        duration = d.pop("duration", UNSET)

        billable_hours = d.pop("billableHours", UNSET)

        non_billable_hours = d.pop("nonBillableHours", UNSET)

        hourly_rate = d.pop("hourlyRate", UNSET)

        billable_amount = d.pop("billableAmount", UNSET)

        currency = d.pop("currency", UNSET)

        notes = d.pop("notes", UNSET)

        _approval_history = d.pop("approvalHistory", UNSET)
        approval_history: list[WipApproval] | Unset = UNSET
        if _approval_history is not UNSET:
            approval_history = []
            for approval_history_item_data in _approval_history:
                approval_history_item = WipApproval.from_dict(approval_history_item_data)

                approval_history.append(approval_history_item)

        wip_detail = cls(
            id=id,
            description=description,
            status=status,
            type_=type_,
            staff_id=staff_id,
            staff_name=staff_name,
            client_id=client_id,
            client_name=client_name,
            project_id=project_id,
            project_name=project_name,
            task_id=task_id,
            task_name=task_name,
            date=date,
            start_time=start_time,
            end_time=end_time,
            duration=duration,
            billable_hours=billable_hours,
            non_billable_hours=non_billable_hours,
            hourly_rate=hourly_rate,
            billable_amount=billable_amount,
            currency=currency,
            notes=notes,
            approval_history=approval_history,
        )

        wip_detail.additional_properties = d
        return wip_detail

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
