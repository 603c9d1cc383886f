# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value
from .._iso8601 import parse_datetime
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wip_approval import WipApproval


T = TypeVar("T", bound="WipDetail")


@_attrs_define(repr=False)
class WipDetail(Model):
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
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "description",
            "status",
            "type",
            "staffId",
            "staffName",
            "clientId",
            "clientName",
            "projectId",
            "projectName",
            "taskId",
            "taskName",
            "date",
            "startTime",
            "endTime",
            "duration",
            "billableHours",
            "nonBillableHours",
            "hourlyRate",
            "billableAmount",
            "currency",
            "notes",
            "approvalHistory",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("description", "description", False, ""),
        ("status", "status", False, ""),
        ("type_", "type", False, ""),
        ("staff_id", "staffId", False, ""),
        ("staff_name", "staffName", False, ""),
        ("client_id", "clientId", False, ""),
        ("client_name", "clientName", False, ""),
        ("project_id", "projectId", False, ""),
        ("project_name", "projectName", False, ""),
        ("task_id", "taskId", False, ""),
        ("task_name", "taskName", False, ""),
        ("date", "date", False, ""),
        ("start_time", "startTime", False, ""),
        ("end_time", "endTime", False, ""),
        ("duration", "duration", False, ""),
        ("billable_hours", "billableHours", False, ""),
        ("non_billable_hours", "nonBillableHours", False, ""),
        ("hourly_rate", "hourlyRate", False, ""),
        ("billable_amount", "billableAmount", False, ""),
        ("currency", "currency", False, ""),
        ("notes", "notes", False, ""),
        ("approval_history", "approvalHistory", False, "list:WipApproval"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

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
            date = NULL if self.date is None else self.date.isoformat()

        else:
            date = self.date

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = NULL if self.start_time is None else self.start_time.isoformat()

        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = NULL if self.end_time is None else self.end_time.isoformat()

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
            approval_history = NULL
        elif not isinstance(self.approval_history, Unset):
            approval_history = []
            for approval_history_item_data in self.approval_history:
                approval_history_item = (
                    NULL if approval_history_item_data is None else approval_history_item_data.to_dict()
                )

                approval_history.append(approval_history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if cls is WipDetail and len(src_dict) >= 23:
            try:
                wip_detail = cls.__new__(cls)
                wip_detail.id = src_dict["id"]
                wip_detail.description = src_dict["description"]
                wip_detail.status = src_dict["status"]
                wip_detail.type_ = src_dict["type"]
                wip_detail.staff_id = src_dict["staffId"]
                wip_detail.staff_name = src_dict["staffName"]
                wip_detail.client_id = src_dict["clientId"]
                wip_detail.client_name = src_dict["clientName"]
                wip_detail.project_id = src_dict["projectId"]
                wip_detail.project_name = src_dict["projectName"]
                wip_detail.task_id = src_dict["taskId"]
                wip_detail.task_name = src_dict["taskName"]
                _date = src_dict["date"]
                date: datetime.datetime | None | Unset
                if isinstance(_date, str):
                    try:
                        date = parse_datetime(_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        date = cast(datetime.datetime | None | Unset, _date)
                else:
                    date = _date
                wip_detail.date = date
                _start_time = src_dict["startTime"]
                start_time: datetime.datetime | None | Unset
                if isinstance(_start_time, str):
                    try:
                        start_time = parse_datetime(_start_time)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        start_time = cast(datetime.datetime | None | Unset, _start_time)
                else:
                    start_time = _start_time
                wip_detail.start_time = start_time
                _end_time = src_dict["endTime"]
                end_time: datetime.datetime | None | Unset
                if isinstance(_end_time, str):
                    try:
                        end_time = parse_datetime(_end_time)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        end_time = cast(datetime.datetime | None | Unset, _end_time)
                else:
                    end_time = _end_time
                wip_detail.end_time = end_time
                wip_detail.duration = src_dict["duration"]
                wip_detail.billable_hours = src_dict["billableHours"]
                wip_detail.non_billable_hours = src_dict["nonBillableHours"]
                wip_detail.hourly_rate = src_dict["hourlyRate"]
                wip_detail.billable_amount = src_dict["billableAmount"]
                wip_detail.currency = src_dict["currency"]
                wip_detail.notes = src_dict["notes"]
                wip_detail.approval_history = (
                    null_value(__name__, "approvalHistory")
                    if (_approval_history := src_dict["approvalHistory"]) is None
                    else WipApproval._list_from_dicts(_approval_history)
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 23:
                    known = WipDetail._known_keys
                    wip_detail.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return wip_detail

        get = src_dict.get
        id = get("id", UNSET)
        description = get("description", UNSET)
        status = get("status", UNSET)
        type_ = get("type", UNSET)
        staff_id = get("staffId", UNSET)
        staff_name = get("staffName", UNSET)
        client_id = get("clientId", UNSET)
        client_name = get("clientName", UNSET)
        project_id = get("projectId", UNSET)
        project_name = get("projectName", UNSET)
        task_id = get("taskId", UNSET)
        task_name = get("taskName", UNSET)
        _date = get("date", UNSET)
        if isinstance(_date, str):
            try:
                date = parse_datetime(_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                date = cast(datetime.datetime | None | Unset, _date)
        else:
            date = _date

        _start_time = get("startTime", UNSET)
        if isinstance(_start_time, str):
            try:
                start_time = parse_datetime(_start_time)
            except (TypeError, ValueError, AttributeError, KeyError):
                start_time = cast(datetime.datetime | None | Unset, _start_time)
        else:
            start_time = _start_time

        _end_time = get("endTime", UNSET)
        if isinstance(_end_time, str):
            try:
                end_time = parse_datetime(_end_time)
            except (TypeError, ValueError, AttributeError, KeyError):
                end_time = cast(datetime.datetime | None | Unset, _end_time)
        else:
            end_time = _end_time

        duration = get("duration", UNSET)
        billable_hours = get("billableHours", UNSET)
        non_billable_hours = get("nonBillableHours", UNSET)
        hourly_rate = get("hourlyRate", UNSET)
        billable_amount = get("billableAmount", UNSET)
        currency = get("currency", UNSET)
        notes = get("notes", UNSET)
        _approval_history = get("approvalHistory", UNSET)
        approval_history: list[WipApproval] | Unset = (
            UNSET
            if _approval_history is UNSET
            else null_value(__name__, "approvalHistory")
            if _approval_history is None
            else WipApproval._list_from_dicts(_approval_history)
        )

        wip_detail = cls(
            id,
            description,
            status,
            type_,
            staff_id,
            staff_name,
            client_id,
            client_name,
            project_id,
            project_name,
            task_id,
            task_name,
            date,
            start_time,
            end_time,
            duration,
            billable_hours,
            non_billable_hours,
            hourly_rate,
            billable_amount,
            currency,
            notes,
            approval_history,
        )

        known = WipDetail._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            wip_detail.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return wip_detail

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not WipDetail:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 23:
                try:
                    wip_detail = new(cls)
                    wip_detail.id = src_dict["id"]
                    wip_detail.description = src_dict["description"]
                    wip_detail.status = src_dict["status"]
                    wip_detail.type_ = src_dict["type"]
                    wip_detail.staff_id = src_dict["staffId"]
                    wip_detail.staff_name = src_dict["staffName"]
                    wip_detail.client_id = src_dict["clientId"]
                    wip_detail.client_name = src_dict["clientName"]
                    wip_detail.project_id = src_dict["projectId"]
                    wip_detail.project_name = src_dict["projectName"]
                    wip_detail.task_id = src_dict["taskId"]
                    wip_detail.task_name = src_dict["taskName"]
                    _date = src_dict["date"]
                    date: datetime.datetime | None | Unset
                    if isinstance(_date, str):
                        try:
                            date = parse_datetime(_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            date = cast(datetime.datetime | None | Unset, _date)
                    else:
                        date = _date
                    wip_detail.date = date
                    _start_time = src_dict["startTime"]
                    start_time: datetime.datetime | None | Unset
                    if isinstance(_start_time, str):
                        try:
                            start_time = parse_datetime(_start_time)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            start_time = cast(datetime.datetime | None | Unset, _start_time)
                    else:
                        start_time = _start_time
                    wip_detail.start_time = start_time
                    _end_time = src_dict["endTime"]
                    end_time: datetime.datetime | None | Unset
                    if isinstance(_end_time, str):
                        try:
                            end_time = parse_datetime(_end_time)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            end_time = cast(datetime.datetime | None | Unset, _end_time)
                    else:
                        end_time = _end_time
                    wip_detail.end_time = end_time
                    wip_detail.duration = src_dict["duration"]
                    wip_detail.billable_hours = src_dict["billableHours"]
                    wip_detail.non_billable_hours = src_dict["nonBillableHours"]
                    wip_detail.hourly_rate = src_dict["hourlyRate"]
                    wip_detail.billable_amount = src_dict["billableAmount"]
                    wip_detail.currency = src_dict["currency"]
                    wip_detail.notes = src_dict["notes"]
                    wip_detail.approval_history = (
                        null_value(__name__, "approvalHistory")
                        if (_approval_history := src_dict["approvalHistory"]) is None
                        else WipApproval._list_from_dicts(_approval_history)
                    )
                except (KeyError, TypeError):
                    wip_detail = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 23:
                        known = WipDetail._known_keys
                        wip_detail.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                wip_detail = cls.from_dict(src_dict)
            append(wip_detail)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        wip_detail = cls.__new__(cls)
        wip_detail.id = src_wire.id
        wip_detail.description = src_wire.description
        wip_detail.status = src_wire.status
        wip_detail.type_ = src_wire.type_
        wip_detail.staff_id = src_wire.staff_id
        wip_detail.staff_name = src_wire.staff_name
        wip_detail.client_id = src_wire.client_id
        wip_detail.client_name = src_wire.client_name
        wip_detail.project_id = src_wire.project_id
        wip_detail.project_name = src_wire.project_name
        wip_detail.task_id = src_wire.task_id
        wip_detail.task_name = src_wire.task_name
        _date = src_wire.date
        date: datetime.datetime | None | Unset
        if isinstance(_date, str):
            try:
                date = parse_datetime(_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                date = cast(datetime.datetime | None | Unset, _date)
        else:
            date = _date

        wip_detail.date = date
        _start_time = src_wire.start_time
        start_time: datetime.datetime | None | Unset
        if isinstance(_start_time, str):
            try:
                start_time = parse_datetime(_start_time)
            except (TypeError, ValueError, AttributeError, KeyError):
                start_time = cast(datetime.datetime | None | Unset, _start_time)
        else:
            start_time = _start_time

        wip_detail.start_time = start_time
        _end_time = src_wire.end_time
        end_time: datetime.datetime | None | Unset
        if isinstance(_end_time, str):
            try:
                end_time = parse_datetime(_end_time)
            except (TypeError, ValueError, AttributeError, KeyError):
                end_time = cast(datetime.datetime | None | Unset, _end_time)
        else:
            end_time = _end_time

        wip_detail.end_time = end_time
        wip_detail.duration = src_wire.duration
        wip_detail.billable_hours = src_wire.billable_hours
        wip_detail.non_billable_hours = src_wire.non_billable_hours
        wip_detail.hourly_rate = src_wire.hourly_rate
        wip_detail.billable_amount = src_wire.billable_amount
        wip_detail.currency = src_wire.currency
        wip_detail.notes = src_wire.notes
        _approval_history = src_wire.approval_history
        approval_history: list[WipApproval] | Unset = (
            UNSET
            if _approval_history is UNSET
            else null_value(__name__, "approvalHistory")
            if _approval_history is None
            else WipApproval._list_from_wire(_approval_history)
        )

        wip_detail.approval_history = approval_history
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                wip_detail.additional_properties = found
        return wip_detail

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            wip_detail = new(cls)
            wip_detail.id = src_wire.id
            wip_detail.description = src_wire.description
            wip_detail.status = src_wire.status
            wip_detail.type_ = src_wire.type_
            wip_detail.staff_id = src_wire.staff_id
            wip_detail.staff_name = src_wire.staff_name
            wip_detail.client_id = src_wire.client_id
            wip_detail.client_name = src_wire.client_name
            wip_detail.project_id = src_wire.project_id
            wip_detail.project_name = src_wire.project_name
            wip_detail.task_id = src_wire.task_id
            wip_detail.task_name = src_wire.task_name
            _date = src_wire.date
            date: datetime.datetime | None | Unset
            if isinstance(_date, str):
                try:
                    date = parse_datetime(_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    date = cast(datetime.datetime | None | Unset, _date)
            else:
                date = _date

            wip_detail.date = date
            _start_time = src_wire.start_time
            start_time: datetime.datetime | None | Unset
            if isinstance(_start_time, str):
                try:
                    start_time = parse_datetime(_start_time)
                except (TypeError, ValueError, AttributeError, KeyError):
                    start_time = cast(datetime.datetime | None | Unset, _start_time)
            else:
                start_time = _start_time

            wip_detail.start_time = start_time
            _end_time = src_wire.end_time
            end_time: datetime.datetime | None | Unset
            if isinstance(_end_time, str):
                try:
                    end_time = parse_datetime(_end_time)
                except (TypeError, ValueError, AttributeError, KeyError):
                    end_time = cast(datetime.datetime | None | Unset, _end_time)
            else:
                end_time = _end_time

            wip_detail.end_time = end_time
            wip_detail.duration = src_wire.duration
            wip_detail.billable_hours = src_wire.billable_hours
            wip_detail.non_billable_hours = src_wire.non_billable_hours
            wip_detail.hourly_rate = src_wire.hourly_rate
            wip_detail.billable_amount = src_wire.billable_amount
            wip_detail.currency = src_wire.currency
            wip_detail.notes = src_wire.notes
            _approval_history = src_wire.approval_history
            approval_history: list[WipApproval] | Unset = (
                UNSET
                if _approval_history is UNSET
                else null_value(__name__, "approvalHistory")
                if _approval_history is None
                else WipApproval._list_from_wire(_approval_history)
            )

            wip_detail.approval_history = approval_history
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    wip_detail.additional_properties = found
            append(wip_detail)
        return decoded

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
if not TYPE_CHECKING:
    from ..models.wip_approval import WipApproval
