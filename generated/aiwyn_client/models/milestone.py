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

T = TypeVar("T", bound="Milestone")


@_attrs_define(repr=False)
class Milestone(Model):
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "dueDate",
            "status",
        }
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = NULL if self.due_date is None else self.due_date.isoformat()

        else:
            due_date = self.due_date

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is Milestone and len(src_dict) == 4:
            try:
                milestone = cls.__new__(cls)
                milestone.id = src_dict["id"]
                milestone.name = src_dict["name"]
                _due_date = src_dict["dueDate"]
                due_date: datetime.datetime | None | Unset
                if _due_date is None or _due_date is UNSET:
                    due_date = _due_date
                else:
                    try:
                        if not isinstance(_due_date, str):
                            raise TypeError()
                        due_date = parse_datetime(_due_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        due_date = cast(datetime.datetime | None | Unset, _due_date)
                milestone.due_date = due_date
                milestone.status = src_dict["status"]
                milestone.additional_properties = {}
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                return milestone

        get = src_dict.get
        id = get("id", UNSET)
        name = get("name", UNSET)
        _due_date = get("dueDate", UNSET)
        if _due_date is None or _due_date is UNSET:
            due_date = _due_date
        else:
            try:
                if not isinstance(_due_date, str):
                    raise TypeError()
                due_date = parse_datetime(_due_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                due_date = cast(datetime.datetime | None | Unset, _due_date)

        status = get("status", UNSET)
        milestone = cls(
            id,
            name,
            due_date,
            status,
        )

        known = Milestone._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            milestone.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return milestone

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not Milestone:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) == 4:
                try:
                    milestone = new(cls)
                    milestone.id = src_dict["id"]
                    milestone.name = src_dict["name"]
                    _due_date = src_dict["dueDate"]
                    due_date: datetime.datetime | None | Unset
                    if _due_date is None or _due_date is UNSET:
                        due_date = _due_date
                    else:
                        try:
                            if not isinstance(_due_date, str):
                                raise TypeError()
                            due_date = parse_datetime(_due_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            due_date = cast(datetime.datetime | None | Unset, _due_date)
                    milestone.due_date = due_date
                    milestone.status = src_dict["status"]
                    milestone.additional_properties = {}
                except (KeyError, TypeError):
                    milestone = cls.from_dict(src_dict)
            else:
                milestone = cls.from_dict(src_dict)
            append(milestone)
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
