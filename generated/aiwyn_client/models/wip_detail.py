# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any, ClassVar, cast
from typing import TypeVar as _TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import CONTAINERS as _CONTAINERS
from .._decode import NULL as _NULL
from .._decode import checked_items as _checked_items
from .._decode import null_value as _null_value
from .._decode import scalar as _scalar
from .._decode import wrong_shape as _wrong_shape
from .._iso8601 import parse_datetime as _parse_datetime
from .._model import Model as _Model
from ..types import UNSET, Unset

if _TYPE_CHECKING:
    from ..models.wip_approval import WipApproval


_T = _TypeVar("_T", bound="WipDetail")


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
        ("id", "id", False, "scalar"),
        ("description", "description", False, "scalar"),
        ("status", "status", False, "scalar"),
        ("type_", "type", False, "scalar"),
        ("staff_id", "staffId", False, "scalar"),
        ("staff_name", "staffName", False, "scalar"),
        ("client_id", "clientId", False, "scalar"),
        ("client_name", "clientName", False, "scalar"),
        ("project_id", "projectId", False, "scalar"),
        ("project_name", "projectName", False, "scalar"),
        ("task_id", "taskId", False, "scalar"),
        ("task_name", "taskName", False, "scalar"),
        ("date", "date", False, "scalar"),
        ("start_time", "startTime", False, "scalar"),
        ("end_time", "endTime", False, "scalar"),
        ("duration", "duration", False, "scalar"),
        ("billable_hours", "billableHours", False, "scalar"),
        ("non_billable_hours", "nonBillableHours", False, "scalar"),
        ("hourly_rate", "hourlyRate", False, "scalar"),
        ("billable_amount", "billableAmount", False, "scalar"),
        ("currency", "currency", False, "scalar"),
        ("notes", "notes", False, "scalar"),
        ("approval_history", "approvalHistory", False, "list:WipApproval"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

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

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 23:
            try:
                _instance = _cls.__new__(_cls)
                _instance.id = _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                _instance.description = (
                    _v
                    if type(_v := _src_dict["description"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "description")
                )
                _instance.status = (
                    _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                )
                _instance.type_ = (
                    _v if type(_v := _src_dict["type"]) is str or _v is _NULL else _scalar(_v, __name__, "type")
                )
                _instance.staff_id = (
                    _v if type(_v := _src_dict["staffId"]) is int or _v is _NULL else _scalar(_v, __name__, "staffId")
                )
                _instance.staff_name = (
                    _v
                    if type(_v := _src_dict["staffName"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "staffName")
                )
                _instance.client_id = (
                    _v if type(_v := _src_dict["clientId"]) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
                )
                _instance.client_name = (
                    _v
                    if type(_v := _src_dict["clientName"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "clientName")
                )
                _instance.project_id = (
                    _v
                    if type(_v := _src_dict["projectId"]) is int or _v is _NULL
                    else _scalar(_v, __name__, "projectId")
                )
                _instance.project_name = (
                    _v
                    if type(_v := _src_dict["projectName"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "projectName")
                )
                _instance.task_id = (
                    _v if type(_v := _src_dict["taskId"]) is int or _v is _NULL else _scalar(_v, __name__, "taskId")
                )
                _instance.task_name = (
                    _v if type(_v := _src_dict["taskName"]) is str or _v is _NULL else _scalar(_v, __name__, "taskName")
                )
                __date = _src_dict["date"]
                date: datetime.datetime | None | Unset
                if isinstance(__date, str):
                    try:
                        date = _parse_datetime(__date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        date = cast(datetime.datetime | None | Unset, __date)
                else:
                    date = __date if type(__date) not in _CONTAINERS else _wrong_shape(__name__, "date", __date)
                _instance.date = date
                __start_time = _src_dict["startTime"]
                start_time: datetime.datetime | None | Unset
                if isinstance(__start_time, str):
                    try:
                        start_time = _parse_datetime(__start_time)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        start_time = cast(datetime.datetime | None | Unset, __start_time)
                else:
                    start_time = (
                        __start_time
                        if type(__start_time) not in _CONTAINERS
                        else _wrong_shape(__name__, "startTime", __start_time)
                    )
                _instance.start_time = start_time
                __end_time = _src_dict["endTime"]
                end_time: datetime.datetime | None | Unset
                if isinstance(__end_time, str):
                    try:
                        end_time = _parse_datetime(__end_time)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        end_time = cast(datetime.datetime | None | Unset, __end_time)
                else:
                    end_time = (
                        __end_time
                        if type(__end_time) not in _CONTAINERS
                        else _wrong_shape(__name__, "endTime", __end_time)
                    )
                _instance.end_time = end_time
                _instance.duration = (
                    _v
                    if type(_v := _src_dict["duration"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "duration")
                )
                _instance.billable_hours = (
                    _v
                    if type(_v := _src_dict["billableHours"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "billableHours")
                )
                _instance.non_billable_hours = (
                    _v
                    if type(_v := _src_dict["nonBillableHours"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "nonBillableHours")
                )
                _instance.hourly_rate = (
                    _v
                    if type(_v := _src_dict["hourlyRate"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "hourlyRate")
                )
                _instance.billable_amount = (
                    _v
                    if type(_v := _src_dict["billableAmount"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "billableAmount")
                )
                _instance.currency = (
                    _v if type(_v := _src_dict["currency"]) is str or _v is _NULL else _scalar(_v, __name__, "currency")
                )
                _instance.notes = (
                    _v if type(_v := _src_dict["notes"]) is str or _v is _NULL else _scalar(_v, __name__, "notes")
                )
                _instance.approval_history = (
                    _null_value(__name__, "approvalHistory")
                    if (__approval_history := _src_dict["approvalHistory"]) is None
                    else WipApproval._list_from_dicts(
                        __approval_history
                        if type(__approval_history) is list
                        else _checked_items(__approval_history, __name__, "approvalHistory")
                    )
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 23:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        id = _v if type(_v := _get("id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "id")
        description = (
            _v if type(_v := _get("description", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "description")
        )
        status = _v if type(_v := _get("status", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "status")
        type_ = _v if type(_v := _get("type", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "type")
        staff_id = _v if type(_v := _get("staffId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "staffId")
        staff_name = (
            _v if type(_v := _get("staffName", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "staffName")
        )
        client_id = (
            _v if type(_v := _get("clientId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
        )
        client_name = (
            _v if type(_v := _get("clientName", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "clientName")
        )
        project_id = (
            _v if type(_v := _get("projectId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "projectId")
        )
        project_name = (
            _v if type(_v := _get("projectName", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "projectName")
        )
        task_id = _v if type(_v := _get("taskId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "taskId")
        task_name = (
            _v if type(_v := _get("taskName", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "taskName")
        )
        __date = _get("date", UNSET)
        if isinstance(__date, str):
            try:
                date = _parse_datetime(__date)
            except (TypeError, ValueError, AttributeError, KeyError):
                date = cast(datetime.datetime | None | Unset, __date)
        else:
            date = __date if type(__date) not in _CONTAINERS else _wrong_shape(__name__, "date", __date)

        __start_time = _get("startTime", UNSET)
        if isinstance(__start_time, str):
            try:
                start_time = _parse_datetime(__start_time)
            except (TypeError, ValueError, AttributeError, KeyError):
                start_time = cast(datetime.datetime | None | Unset, __start_time)
        else:
            start_time = (
                __start_time
                if type(__start_time) not in _CONTAINERS
                else _wrong_shape(__name__, "startTime", __start_time)
            )

        __end_time = _get("endTime", UNSET)
        if isinstance(__end_time, str):
            try:
                end_time = _parse_datetime(__end_time)
            except (TypeError, ValueError, AttributeError, KeyError):
                end_time = cast(datetime.datetime | None | Unset, __end_time)
        else:
            end_time = (
                __end_time if type(__end_time) not in _CONTAINERS else _wrong_shape(__name__, "endTime", __end_time)
            )

        duration = (
            _v if type(_v := _get("duration", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "duration")
        )
        billable_hours = (
            _v
            if type(_v := _get("billableHours", UNSET)) is float or _v is _NULL
            else _scalar(_v, __name__, "billableHours")
        )
        non_billable_hours = (
            _v
            if type(_v := _get("nonBillableHours", UNSET)) is float or _v is _NULL
            else _scalar(_v, __name__, "nonBillableHours")
        )
        hourly_rate = (
            _v if type(_v := _get("hourlyRate", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "hourlyRate")
        )
        billable_amount = (
            _v
            if type(_v := _get("billableAmount", UNSET)) is float or _v is _NULL
            else _scalar(_v, __name__, "billableAmount")
        )
        currency = (
            _v if type(_v := _get("currency", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "currency")
        )
        notes = _v if type(_v := _get("notes", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "notes")
        __approval_history = _get("approvalHistory", UNSET)
        approval_history: list[WipApproval] | Unset = (
            UNSET
            if __approval_history is UNSET
            else _null_value(__name__, "approvalHistory")
            if __approval_history is None
            else WipApproval._list_from_dicts(
                __approval_history
                if type(__approval_history) is list
                else _checked_items(__approval_history, __name__, "approvalHistory")
            )
        )

        _instance = _cls(
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

        _known = _cls._known_keys
        if not _known.issuperset(_src_dict):  # otherwise the empty dict the constructor made stays
            _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
        return _instance

    @classmethod
    def _list_from_dicts(_cls: type[_T], _items: _Iterable[_Mapping[str, Any]]) -> list[_T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if _cls is not _Self:
            return [_cls.from_dict(_item) for _item in _items]
        _decoded: list[_T] = []
        _append, _new = _decoded.append, _cls.__new__
        for _src_dict in _items:
            if len(_src_dict) >= 23:
                try:
                    _instance = _new(_cls)
                    _instance.id = (
                        _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                    )
                    _instance.description = (
                        _v
                        if type(_v := _src_dict["description"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "description")
                    )
                    _instance.status = (
                        _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                    )
                    _instance.type_ = (
                        _v if type(_v := _src_dict["type"]) is str or _v is _NULL else _scalar(_v, __name__, "type")
                    )
                    _instance.staff_id = (
                        _v
                        if type(_v := _src_dict["staffId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "staffId")
                    )
                    _instance.staff_name = (
                        _v
                        if type(_v := _src_dict["staffName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "staffName")
                    )
                    _instance.client_id = (
                        _v
                        if type(_v := _src_dict["clientId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "clientId")
                    )
                    _instance.client_name = (
                        _v
                        if type(_v := _src_dict["clientName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "clientName")
                    )
                    _instance.project_id = (
                        _v
                        if type(_v := _src_dict["projectId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "projectId")
                    )
                    _instance.project_name = (
                        _v
                        if type(_v := _src_dict["projectName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "projectName")
                    )
                    _instance.task_id = (
                        _v if type(_v := _src_dict["taskId"]) is int or _v is _NULL else _scalar(_v, __name__, "taskId")
                    )
                    _instance.task_name = (
                        _v
                        if type(_v := _src_dict["taskName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "taskName")
                    )
                    __date = _src_dict["date"]
                    date: datetime.datetime | None | Unset
                    if isinstance(__date, str):
                        try:
                            date = _parse_datetime(__date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            date = cast(datetime.datetime | None | Unset, __date)
                    else:
                        date = __date if type(__date) not in _CONTAINERS else _wrong_shape(__name__, "date", __date)
                    _instance.date = date
                    __start_time = _src_dict["startTime"]
                    start_time: datetime.datetime | None | Unset
                    if isinstance(__start_time, str):
                        try:
                            start_time = _parse_datetime(__start_time)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            start_time = cast(datetime.datetime | None | Unset, __start_time)
                    else:
                        start_time = (
                            __start_time
                            if type(__start_time) not in _CONTAINERS
                            else _wrong_shape(__name__, "startTime", __start_time)
                        )
                    _instance.start_time = start_time
                    __end_time = _src_dict["endTime"]
                    end_time: datetime.datetime | None | Unset
                    if isinstance(__end_time, str):
                        try:
                            end_time = _parse_datetime(__end_time)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            end_time = cast(datetime.datetime | None | Unset, __end_time)
                    else:
                        end_time = (
                            __end_time
                            if type(__end_time) not in _CONTAINERS
                            else _wrong_shape(__name__, "endTime", __end_time)
                        )
                    _instance.end_time = end_time
                    _instance.duration = (
                        _v
                        if type(_v := _src_dict["duration"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "duration")
                    )
                    _instance.billable_hours = (
                        _v
                        if type(_v := _src_dict["billableHours"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "billableHours")
                    )
                    _instance.non_billable_hours = (
                        _v
                        if type(_v := _src_dict["nonBillableHours"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "nonBillableHours")
                    )
                    _instance.hourly_rate = (
                        _v
                        if type(_v := _src_dict["hourlyRate"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "hourlyRate")
                    )
                    _instance.billable_amount = (
                        _v
                        if type(_v := _src_dict["billableAmount"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "billableAmount")
                    )
                    _instance.currency = (
                        _v
                        if type(_v := _src_dict["currency"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "currency")
                    )
                    _instance.notes = (
                        _v if type(_v := _src_dict["notes"]) is str or _v is _NULL else _scalar(_v, __name__, "notes")
                    )
                    _instance.approval_history = (
                        _null_value(__name__, "approvalHistory")
                        if (__approval_history := _src_dict["approvalHistory"]) is None
                        else WipApproval._list_from_dicts(
                            __approval_history
                            if type(__approval_history) is list
                            else _checked_items(__approval_history, __name__, "approvalHistory")
                        )
                    )
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 23:
                        _known = _cls._known_keys
                        _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
            else:
                _instance = _cls.from_dict(_src_dict)
            _append(_instance)
        return _decoded

    @classmethod
    def _from_wire(_cls: type[_T], _src_wire: Any) -> _T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(_src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return _cls.from_dict(_src_wire)
        _extra = _src_wire.aiwyn_extra_
        _instance = _cls.__new__(_cls)
        _instance.id = _src_wire.id
        _instance.description = _src_wire.description
        _instance.status = _src_wire.status
        _instance.type_ = _src_wire.type_
        _instance.staff_id = _src_wire.staff_id
        _instance.staff_name = _src_wire.staff_name
        _instance.client_id = _src_wire.client_id
        _instance.client_name = _src_wire.client_name
        _instance.project_id = _src_wire.project_id
        _instance.project_name = _src_wire.project_name
        _instance.task_id = _src_wire.task_id
        _instance.task_name = _src_wire.task_name
        __date = _src_wire.date
        date: datetime.datetime | None | Unset
        if isinstance(__date, str):
            try:
                date = _parse_datetime(__date)
            except (TypeError, ValueError, AttributeError, KeyError):
                date = cast(datetime.datetime | None | Unset, __date)
        else:
            date = __date if type(__date) not in _CONTAINERS else _wrong_shape(__name__, "date", __date)

        _instance.date = date
        __start_time = _src_wire.start_time
        start_time: datetime.datetime | None | Unset
        if isinstance(__start_time, str):
            try:
                start_time = _parse_datetime(__start_time)
            except (TypeError, ValueError, AttributeError, KeyError):
                start_time = cast(datetime.datetime | None | Unset, __start_time)
        else:
            start_time = (
                __start_time
                if type(__start_time) not in _CONTAINERS
                else _wrong_shape(__name__, "startTime", __start_time)
            )

        _instance.start_time = start_time
        __end_time = _src_wire.end_time
        end_time: datetime.datetime | None | Unset
        if isinstance(__end_time, str):
            try:
                end_time = _parse_datetime(__end_time)
            except (TypeError, ValueError, AttributeError, KeyError):
                end_time = cast(datetime.datetime | None | Unset, __end_time)
        else:
            end_time = (
                __end_time if type(__end_time) not in _CONTAINERS else _wrong_shape(__name__, "endTime", __end_time)
            )

        _instance.end_time = end_time
        _instance.duration = _src_wire.duration
        _instance.billable_hours = _src_wire.billable_hours
        _instance.non_billable_hours = _src_wire.non_billable_hours
        _instance.hourly_rate = _src_wire.hourly_rate
        _instance.billable_amount = _src_wire.billable_amount
        _instance.currency = _src_wire.currency
        _instance.notes = _src_wire.notes
        __approval_history = _src_wire.approval_history
        approval_history: list[WipApproval] | Unset = (
            UNSET
            if __approval_history is UNSET
            else _null_value(__name__, "approvalHistory")
            if __approval_history is None
            else WipApproval._list_from_wire(
                __approval_history
                if type(__approval_history) is list
                else _checked_items(__approval_history, __name__, "approvalHistory")
            )
        )

        _instance.approval_history = approval_history
        if _extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            _found = _extra(_src_wire)
            if _found:
                _instance.additional_properties = _found
        return _instance

    @classmethod
    def _list_from_wire(_cls: type[_T], _items: list[Any]) -> list[_T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not _items or type(_items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return _cls._list_from_dicts(_items)
        _extra = _items[0].aiwyn_extra_  # one Struct type for every item
        _decoded: list[_T] = []
        _append, _new = _decoded.append, _cls.__new__
        for _src_wire in _items:
            _instance = _new(_cls)
            _instance.id = _src_wire.id
            _instance.description = _src_wire.description
            _instance.status = _src_wire.status
            _instance.type_ = _src_wire.type_
            _instance.staff_id = _src_wire.staff_id
            _instance.staff_name = _src_wire.staff_name
            _instance.client_id = _src_wire.client_id
            _instance.client_name = _src_wire.client_name
            _instance.project_id = _src_wire.project_id
            _instance.project_name = _src_wire.project_name
            _instance.task_id = _src_wire.task_id
            _instance.task_name = _src_wire.task_name
            __date = _src_wire.date
            date: datetime.datetime | None | Unset
            if isinstance(__date, str):
                try:
                    date = _parse_datetime(__date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    date = cast(datetime.datetime | None | Unset, __date)
            else:
                date = __date if type(__date) not in _CONTAINERS else _wrong_shape(__name__, "date", __date)

            _instance.date = date
            __start_time = _src_wire.start_time
            start_time: datetime.datetime | None | Unset
            if isinstance(__start_time, str):
                try:
                    start_time = _parse_datetime(__start_time)
                except (TypeError, ValueError, AttributeError, KeyError):
                    start_time = cast(datetime.datetime | None | Unset, __start_time)
            else:
                start_time = (
                    __start_time
                    if type(__start_time) not in _CONTAINERS
                    else _wrong_shape(__name__, "startTime", __start_time)
                )

            _instance.start_time = start_time
            __end_time = _src_wire.end_time
            end_time: datetime.datetime | None | Unset
            if isinstance(__end_time, str):
                try:
                    end_time = _parse_datetime(__end_time)
                except (TypeError, ValueError, AttributeError, KeyError):
                    end_time = cast(datetime.datetime | None | Unset, __end_time)
            else:
                end_time = (
                    __end_time if type(__end_time) not in _CONTAINERS else _wrong_shape(__name__, "endTime", __end_time)
                )

            _instance.end_time = end_time
            _instance.duration = _src_wire.duration
            _instance.billable_hours = _src_wire.billable_hours
            _instance.non_billable_hours = _src_wire.non_billable_hours
            _instance.hourly_rate = _src_wire.hourly_rate
            _instance.billable_amount = _src_wire.billable_amount
            _instance.currency = _src_wire.currency
            _instance.notes = _src_wire.notes
            __approval_history = _src_wire.approval_history
            approval_history: list[WipApproval] | Unset = (
                UNSET
                if __approval_history is UNSET
                else _null_value(__name__, "approvalHistory")
                if __approval_history is None
                else WipApproval._list_from_wire(
                    __approval_history
                    if type(__approval_history) is list
                    else _checked_items(__approval_history, __name__, "approvalHistory")
                )
            )

            _instance.approval_history = approval_history
            if (
                _extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                _found = _extra(_src_wire)
                if _found:
                    _instance.additional_properties = _found
            _append(_instance)
        return _decoded

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


_Self = WipDetail  # the class, for its methods: a property of the same name would be a local there


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not _TYPE_CHECKING:
    from ..models.wip_approval import WipApproval
