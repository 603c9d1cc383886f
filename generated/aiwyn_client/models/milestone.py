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
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "dueDate",
            "status",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("name", "name", False, ""),
        ("due_date", "dueDate", False, ""),
        ("status", "status", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

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
        if cls is Milestone and len(src_dict) >= 4:
            try:
                milestone = cls.__new__(cls)
                milestone.id = src_dict["id"]
                milestone.name = src_dict["name"]
                _due_date = src_dict["dueDate"]
                due_date: datetime.datetime | None | Unset
                if isinstance(_due_date, str):
                    try:
                        due_date = parse_datetime(_due_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        due_date = cast(datetime.datetime | None | Unset, _due_date)
                else:
                    due_date = _due_date
                milestone.due_date = due_date
                milestone.status = src_dict["status"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 4:
                    known = Milestone._known_keys
                    milestone.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return milestone

        get = src_dict.get
        id = get("id", UNSET)
        name = get("name", UNSET)
        _due_date = get("dueDate", UNSET)
        if isinstance(_due_date, str):
            try:
                due_date = parse_datetime(_due_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                due_date = cast(datetime.datetime | None | Unset, _due_date)
        else:
            due_date = _due_date

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
            if len(src_dict) >= 4:
                try:
                    milestone = new(cls)
                    milestone.id = src_dict["id"]
                    milestone.name = src_dict["name"]
                    _due_date = src_dict["dueDate"]
                    due_date: datetime.datetime | None | Unset
                    if isinstance(_due_date, str):
                        try:
                            due_date = parse_datetime(_due_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            due_date = cast(datetime.datetime | None | Unset, _due_date)
                    else:
                        due_date = _due_date
                    milestone.due_date = due_date
                    milestone.status = src_dict["status"]
                except (KeyError, TypeError):
                    milestone = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 4:
                        known = Milestone._known_keys
                        milestone.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                milestone = cls.from_dict(src_dict)
            append(milestone)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        milestone = cls.__new__(cls)
        milestone.id = src_wire.id
        milestone.name = src_wire.name
        _due_date = src_wire.due_date
        due_date: datetime.datetime | None | Unset
        if isinstance(_due_date, str):
            try:
                due_date = parse_datetime(_due_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                due_date = cast(datetime.datetime | None | Unset, _due_date)
        else:
            due_date = _due_date

        milestone.due_date = due_date
        milestone.status = src_wire.status
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                milestone.additional_properties = found
        return milestone

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            milestone = new(cls)
            milestone.id = src_wire.id
            milestone.name = src_wire.name
            _due_date = src_wire.due_date
            due_date: datetime.datetime | None | Unset
            if isinstance(_due_date, str):
                try:
                    due_date = parse_datetime(_due_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    due_date = cast(datetime.datetime | None | Unset, _due_date)
            else:
                due_date = _due_date

            milestone.due_date = due_date
            milestone.status = src_wire.status
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    milestone.additional_properties = found
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
