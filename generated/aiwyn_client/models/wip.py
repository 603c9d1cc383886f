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

T = TypeVar("T", bound="Wip")


@_attrs_define(repr=False)
class Wip(Model):
    """A WIP entry as the list and search operations return it."""

    id: int | Unset = UNSET
    """ WIP entry ID (unique key for keyset paging). """
    type_: str | Unset = UNSET
    """ Kind of entry: TIME, EXPENSE, FIXED_FEE "etc." (an open list in the docs). """
    notes: str | Unset = UNSET
    approved: bool | Unset = UNSET
    logged_date: datetime.datetime | None | Unset = UNSET
    client_id: int | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
            "notes",
            "approved",
            "loggedDate",
            "clientId",
            "value",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("type_", "type", False, ""),
        ("notes", "notes", False, ""),
        ("approved", "approved", False, ""),
        ("logged_date", "loggedDate", False, ""),
        ("client_id", "clientId", False, ""),
        ("value", "value", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        notes = self.notes

        approved = self.approved

        logged_date: None | str | Unset
        if isinstance(self.logged_date, Unset):
            logged_date = UNSET
        elif isinstance(self.logged_date, datetime.datetime):
            logged_date = NULL if self.logged_date is None else self.logged_date.isoformat()

        else:
            logged_date = self.logged_date

        client_id = self.client_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if notes is not UNSET:
            field_dict["notes"] = notes
        if approved is not UNSET:
            field_dict["approved"] = approved
        if logged_date is not UNSET:
            field_dict["loggedDate"] = logged_date
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is Wip and len(src_dict) >= 7:
            try:
                wip = cls.__new__(cls)
                wip.id = src_dict["id"]
                wip.type_ = src_dict["type"]
                wip.notes = src_dict["notes"]
                wip.approved = src_dict["approved"]
                _logged_date = src_dict["loggedDate"]
                logged_date: datetime.datetime | None | Unset
                if isinstance(_logged_date, str):
                    try:
                        logged_date = parse_datetime(_logged_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        logged_date = cast(datetime.datetime | None | Unset, _logged_date)
                else:
                    logged_date = _logged_date
                wip.logged_date = logged_date
                wip.client_id = src_dict["clientId"]
                wip.value = src_dict["value"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 7:
                    known = Wip._known_keys
                    wip.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return wip

        get = src_dict.get
        id = get("id", UNSET)
        type_ = get("type", UNSET)
        notes = get("notes", UNSET)
        approved = get("approved", UNSET)
        _logged_date = get("loggedDate", UNSET)
        if isinstance(_logged_date, str):
            try:
                logged_date = parse_datetime(_logged_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                logged_date = cast(datetime.datetime | None | Unset, _logged_date)
        else:
            logged_date = _logged_date

        client_id = get("clientId", UNSET)
        value = get("value", UNSET)
        wip = cls(
            id,
            type_,
            notes,
            approved,
            logged_date,
            client_id,
            value,
        )

        known = Wip._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            wip.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return wip

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not Wip:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 7:
                try:
                    wip = new(cls)
                    wip.id = src_dict["id"]
                    wip.type_ = src_dict["type"]
                    wip.notes = src_dict["notes"]
                    wip.approved = src_dict["approved"]
                    _logged_date = src_dict["loggedDate"]
                    logged_date: datetime.datetime | None | Unset
                    if isinstance(_logged_date, str):
                        try:
                            logged_date = parse_datetime(_logged_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            logged_date = cast(datetime.datetime | None | Unset, _logged_date)
                    else:
                        logged_date = _logged_date
                    wip.logged_date = logged_date
                    wip.client_id = src_dict["clientId"]
                    wip.value = src_dict["value"]
                except (KeyError, TypeError):
                    wip = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 7:
                        known = Wip._known_keys
                        wip.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                wip = cls.from_dict(src_dict)
            append(wip)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        wip = cls.__new__(cls)
        wip.id = src_wire.id
        wip.type_ = src_wire.type_
        wip.notes = src_wire.notes
        wip.approved = src_wire.approved
        _logged_date = src_wire.logged_date
        logged_date: datetime.datetime | None | Unset
        if isinstance(_logged_date, str):
            try:
                logged_date = parse_datetime(_logged_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                logged_date = cast(datetime.datetime | None | Unset, _logged_date)
        else:
            logged_date = _logged_date

        wip.logged_date = logged_date
        wip.client_id = src_wire.client_id
        wip.value = src_wire.value
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                wip.additional_properties = found
        return wip

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            wip = new(cls)
            wip.id = src_wire.id
            wip.type_ = src_wire.type_
            wip.notes = src_wire.notes
            wip.approved = src_wire.approved
            _logged_date = src_wire.logged_date
            logged_date: datetime.datetime | None | Unset
            if isinstance(_logged_date, str):
                try:
                    logged_date = parse_datetime(_logged_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    logged_date = cast(datetime.datetime | None | Unset, _logged_date)
            else:
                logged_date = _logged_date

            wip.logged_date = logged_date
            wip.client_id = src_wire.client_id
            wip.value = src_wire.value
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    wip.additional_properties = found
            append(wip)
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
