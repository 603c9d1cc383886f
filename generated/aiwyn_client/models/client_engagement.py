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

T = TypeVar("T", bound="ClientEngagement")


@_attrs_define(repr=False)
class ClientEngagement(Model):
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "status",
            "type",
            "startDate",
            "endDate",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("name", "name", False, ""),
        ("status", "status", False, ""),
        ("type_", "type", False, ""),
        ("start_date", "startDate", False, ""),
        ("end_date", "endDate", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        type_ = self.type_

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = NULL if self.start_date is None else self.start_date.isoformat()

        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = NULL if self.end_date is None else self.end_date.isoformat()

        else:
            end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is ClientEngagement and len(src_dict) >= 6:
            try:
                client_engagement = cls.__new__(cls)
                client_engagement.id = src_dict["id"]
                client_engagement.name = src_dict["name"]
                client_engagement.status = src_dict["status"]
                client_engagement.type_ = src_dict["type"]
                _start_date = src_dict["startDate"]
                start_date: datetime.datetime | None | Unset
                if isinstance(_start_date, str):
                    try:
                        start_date = parse_datetime(_start_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        start_date = cast(datetime.datetime | None | Unset, _start_date)
                else:
                    start_date = _start_date
                client_engagement.start_date = start_date
                _end_date = src_dict["endDate"]
                end_date: datetime.datetime | None | Unset
                if isinstance(_end_date, str):
                    try:
                        end_date = parse_datetime(_end_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        end_date = cast(datetime.datetime | None | Unset, _end_date)
                else:
                    end_date = _end_date
                client_engagement.end_date = end_date
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 6:
                    known = ClientEngagement._known_keys
                    client_engagement.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return client_engagement

        get = src_dict.get
        id = get("id", UNSET)
        name = get("name", UNSET)
        status = get("status", UNSET)
        type_ = get("type", UNSET)
        _start_date = get("startDate", UNSET)
        if isinstance(_start_date, str):
            try:
                start_date = parse_datetime(_start_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                start_date = cast(datetime.datetime | None | Unset, _start_date)
        else:
            start_date = _start_date

        _end_date = get("endDate", UNSET)
        if isinstance(_end_date, str):
            try:
                end_date = parse_datetime(_end_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                end_date = cast(datetime.datetime | None | Unset, _end_date)
        else:
            end_date = _end_date

        client_engagement = cls(
            id,
            name,
            status,
            type_,
            start_date,
            end_date,
        )

        known = ClientEngagement._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            client_engagement.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return client_engagement

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not ClientEngagement:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 6:
                try:
                    client_engagement = new(cls)
                    client_engagement.id = src_dict["id"]
                    client_engagement.name = src_dict["name"]
                    client_engagement.status = src_dict["status"]
                    client_engagement.type_ = src_dict["type"]
                    _start_date = src_dict["startDate"]
                    start_date: datetime.datetime | None | Unset
                    if isinstance(_start_date, str):
                        try:
                            start_date = parse_datetime(_start_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            start_date = cast(datetime.datetime | None | Unset, _start_date)
                    else:
                        start_date = _start_date
                    client_engagement.start_date = start_date
                    _end_date = src_dict["endDate"]
                    end_date: datetime.datetime | None | Unset
                    if isinstance(_end_date, str):
                        try:
                            end_date = parse_datetime(_end_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            end_date = cast(datetime.datetime | None | Unset, _end_date)
                    else:
                        end_date = _end_date
                    client_engagement.end_date = end_date
                except (KeyError, TypeError):
                    client_engagement = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 6:
                        known = ClientEngagement._known_keys
                        client_engagement.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                client_engagement = cls.from_dict(src_dict)
            append(client_engagement)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        client_engagement = cls.__new__(cls)
        client_engagement.id = src_wire.id
        client_engagement.name = src_wire.name
        client_engagement.status = src_wire.status
        client_engagement.type_ = src_wire.type_
        _start_date = src_wire.start_date
        start_date: datetime.datetime | None | Unset
        if isinstance(_start_date, str):
            try:
                start_date = parse_datetime(_start_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                start_date = cast(datetime.datetime | None | Unset, _start_date)
        else:
            start_date = _start_date

        client_engagement.start_date = start_date
        _end_date = src_wire.end_date
        end_date: datetime.datetime | None | Unset
        if isinstance(_end_date, str):
            try:
                end_date = parse_datetime(_end_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                end_date = cast(datetime.datetime | None | Unset, _end_date)
        else:
            end_date = _end_date

        client_engagement.end_date = end_date
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                client_engagement.additional_properties = found
        return client_engagement

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            client_engagement = new(cls)
            client_engagement.id = src_wire.id
            client_engagement.name = src_wire.name
            client_engagement.status = src_wire.status
            client_engagement.type_ = src_wire.type_
            _start_date = src_wire.start_date
            start_date: datetime.datetime | None | Unset
            if isinstance(_start_date, str):
                try:
                    start_date = parse_datetime(_start_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    start_date = cast(datetime.datetime | None | Unset, _start_date)
            else:
                start_date = _start_date

            client_engagement.start_date = start_date
            _end_date = src_wire.end_date
            end_date: datetime.datetime | None | Unset
            if isinstance(_end_date, str):
                try:
                    end_date = parse_datetime(_end_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    end_date = cast(datetime.datetime | None | Unset, _end_date)
            else:
                end_date = _end_date

            client_engagement.end_date = end_date
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    client_engagement.additional_properties = found
            append(client_engagement)
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
