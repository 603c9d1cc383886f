# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL
from .._iso8601 import parse_datetime
from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="WipApproval")


@_attrs_define(repr=False)
class WipApproval(Model):
    id: int | Unset = UNSET
    approver_id: int | Unset = UNSET
    approver_name: str | Unset = UNSET
    approval_date: datetime.datetime | None | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "approverId",
            "approverName",
            "approvalDate",
            "status",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("approver_id", "approverId", False, ""),
        ("approver_name", "approverName", False, ""),
        ("approval_date", "approvalDate", False, ""),
        ("status", "status", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        approver_id = self.approver_id

        approver_name = self.approver_name

        approval_date: None | str | Unset
        if isinstance(self.approval_date, Unset):
            approval_date = UNSET
        elif isinstance(self.approval_date, datetime.datetime):
            approval_date = NULL if self.approval_date is None else self.approval_date.isoformat()

        else:
            approval_date = self.approval_date

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if approver_id is not UNSET:
            field_dict["approverId"] = approver_id
        if approver_name is not UNSET:
            field_dict["approverName"] = approver_name
        if approval_date is not UNSET:
            field_dict["approvalDate"] = approval_date
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is WipApproval and len(src_dict) >= 5:
            try:
                wip_approval = cls.__new__(cls)
                wip_approval.id = src_dict["id"]
                wip_approval.approver_id = src_dict["approverId"]
                wip_approval.approver_name = src_dict["approverName"]
                _approval_date = src_dict["approvalDate"]
                approval_date: datetime.datetime | None | Unset
                if isinstance(_approval_date, str):
                    try:
                        approval_date = parse_datetime(_approval_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        approval_date = cast(datetime.datetime | None | Unset, _approval_date)
                else:
                    approval_date = _approval_date
                wip_approval.approval_date = approval_date
                wip_approval.status = src_dict["status"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 5:
                    known = WipApproval._known_keys
                    wip_approval.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return wip_approval

        get = src_dict.get
        id = get("id", UNSET)
        approver_id = get("approverId", UNSET)
        approver_name = get("approverName", UNSET)
        _approval_date = get("approvalDate", UNSET)
        if isinstance(_approval_date, str):
            try:
                approval_date = parse_datetime(_approval_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                approval_date = cast(datetime.datetime | None | Unset, _approval_date)
        else:
            approval_date = _approval_date

        status = get("status", UNSET)
        wip_approval = cls(
            id,
            approver_id,
            approver_name,
            approval_date,
            status,
        )

        known = WipApproval._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            wip_approval.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return wip_approval

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not WipApproval:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 5:
                try:
                    wip_approval = new(cls)
                    wip_approval.id = src_dict["id"]
                    wip_approval.approver_id = src_dict["approverId"]
                    wip_approval.approver_name = src_dict["approverName"]
                    _approval_date = src_dict["approvalDate"]
                    approval_date: datetime.datetime | None | Unset
                    if isinstance(_approval_date, str):
                        try:
                            approval_date = parse_datetime(_approval_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            approval_date = cast(datetime.datetime | None | Unset, _approval_date)
                    else:
                        approval_date = _approval_date
                    wip_approval.approval_date = approval_date
                    wip_approval.status = src_dict["status"]
                except (KeyError, TypeError):
                    wip_approval = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 5:
                        known = WipApproval._known_keys
                        wip_approval.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                wip_approval = cls.from_dict(src_dict)
            append(wip_approval)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        wip_approval = cls.__new__(cls)
        wip_approval.id = src_wire.id
        wip_approval.approver_id = src_wire.approver_id
        wip_approval.approver_name = src_wire.approver_name
        _approval_date = src_wire.approval_date
        approval_date: datetime.datetime | None | Unset
        if isinstance(_approval_date, str):
            try:
                approval_date = parse_datetime(_approval_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                approval_date = cast(datetime.datetime | None | Unset, _approval_date)
        else:
            approval_date = _approval_date

        wip_approval.approval_date = approval_date
        wip_approval.status = src_wire.status
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                wip_approval.additional_properties = found
        return wip_approval

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            wip_approval = new(cls)
            wip_approval.id = src_wire.id
            wip_approval.approver_id = src_wire.approver_id
            wip_approval.approver_name = src_wire.approver_name
            _approval_date = src_wire.approval_date
            approval_date: datetime.datetime | None | Unset
            if isinstance(_approval_date, str):
                try:
                    approval_date = parse_datetime(_approval_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    approval_date = cast(datetime.datetime | None | Unset, _approval_date)
            else:
                approval_date = _approval_date

            wip_approval.approval_date = approval_date
            wip_approval.status = src_wire.status
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    wip_approval.additional_properties = found
            append(wip_approval)
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
