# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import Any, ClassVar, cast
from typing import TypeVar as _TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import CONTAINERS as _CONTAINERS
from .._decode import NULL as _NULL
from .._decode import scalar as _scalar
from .._decode import wrong_shape as _wrong_shape
from .._iso8601 import parse_datetime as _parse_datetime
from .._model import Model as _Model
from ..types import UNSET, Unset

_T = _TypeVar("_T", bound="Wip")


@_attrs_define(repr=False)
class Wip(_Model):
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
        ("id", "id", False, "scalar"),
        ("type_", "type", False, "scalar"),
        ("notes", "notes", False, "scalar"),
        ("approved", "approved", False, "scalar"),
        ("logged_date", "loggedDate", False, "scalar"),
        ("client_id", "clientId", False, "scalar"),
        ("value", "value", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        notes = self.notes

        approved = self.approved

        logged_date: None | str | Unset
        if isinstance(self.logged_date, Unset):
            logged_date = UNSET
        elif isinstance(self.logged_date, datetime.datetime):
            logged_date = _NULL if self.logged_date is None else self.logged_date.isoformat()

        else:
            logged_date = self.logged_date

        client_id = self.client_id

        value = self.value

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if type_ is not UNSET:
            _field_dict["type"] = type_
        if notes is not UNSET:
            _field_dict["notes"] = notes
        if approved is not UNSET:
            _field_dict["approved"] = approved
        if logged_date is not UNSET:
            _field_dict["loggedDate"] = logged_date
        if client_id is not UNSET:
            _field_dict["clientId"] = client_id
        if value is not UNSET:
            _field_dict["value"] = value

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 7:
            try:
                _instance = _cls.__new__(_cls)
                _instance.id = _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                _instance.type_ = (
                    _v if type(_v := _src_dict["type"]) is str or _v is _NULL else _scalar(_v, __name__, "type")
                )
                _instance.notes = (
                    _v if type(_v := _src_dict["notes"]) is str or _v is _NULL else _scalar(_v, __name__, "notes")
                )
                _instance.approved = (
                    _v
                    if type(_v := _src_dict["approved"]) is bool or _v is _NULL
                    else _scalar(_v, __name__, "approved")
                )
                __logged_date = _src_dict["loggedDate"]
                logged_date: datetime.datetime | None | Unset
                if isinstance(__logged_date, str):
                    try:
                        logged_date = _parse_datetime(__logged_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        logged_date = cast(datetime.datetime | None | Unset, __logged_date)
                else:
                    logged_date = (
                        __logged_date
                        if type(__logged_date) not in _CONTAINERS
                        else _wrong_shape(__name__, "loggedDate", __logged_date)
                    )
                _instance.logged_date = logged_date
                _instance.client_id = (
                    _v if type(_v := _src_dict["clientId"]) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
                )
                _instance.value = (
                    _v if type(_v := _src_dict["value"]) is float or _v is _NULL else _scalar(_v, __name__, "value")
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 7:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        id = _v if type(_v := _get("id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "id")
        type_ = _v if type(_v := _get("type", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "type")
        notes = _v if type(_v := _get("notes", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "notes")
        approved = (
            _v if type(_v := _get("approved", UNSET)) is bool or _v is _NULL else _scalar(_v, __name__, "approved")
        )
        __logged_date = _get("loggedDate", UNSET)
        if isinstance(__logged_date, str):
            try:
                logged_date = _parse_datetime(__logged_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                logged_date = cast(datetime.datetime | None | Unset, __logged_date)
        else:
            logged_date = (
                __logged_date
                if type(__logged_date) not in _CONTAINERS
                else _wrong_shape(__name__, "loggedDate", __logged_date)
            )

        client_id = (
            _v if type(_v := _get("clientId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
        )
        value = _v if type(_v := _get("value", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "value")
        _instance = _cls(
            id,
            type_,
            notes,
            approved,
            logged_date,
            client_id,
            value,
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
            if len(_src_dict) >= 7:
                try:
                    _instance = _new(_cls)
                    _instance.id = (
                        _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                    )
                    _instance.type_ = (
                        _v if type(_v := _src_dict["type"]) is str or _v is _NULL else _scalar(_v, __name__, "type")
                    )
                    _instance.notes = (
                        _v if type(_v := _src_dict["notes"]) is str or _v is _NULL else _scalar(_v, __name__, "notes")
                    )
                    _instance.approved = (
                        _v
                        if type(_v := _src_dict["approved"]) is bool or _v is _NULL
                        else _scalar(_v, __name__, "approved")
                    )
                    __logged_date = _src_dict["loggedDate"]
                    logged_date: datetime.datetime | None | Unset
                    if isinstance(__logged_date, str):
                        try:
                            logged_date = _parse_datetime(__logged_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            logged_date = cast(datetime.datetime | None | Unset, __logged_date)
                    else:
                        logged_date = (
                            __logged_date
                            if type(__logged_date) not in _CONTAINERS
                            else _wrong_shape(__name__, "loggedDate", __logged_date)
                        )
                    _instance.logged_date = logged_date
                    _instance.client_id = (
                        _v
                        if type(_v := _src_dict["clientId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "clientId")
                    )
                    _instance.value = (
                        _v if type(_v := _src_dict["value"]) is float or _v is _NULL else _scalar(_v, __name__, "value")
                    )
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 7:
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
        _instance.type_ = _src_wire.type_
        _instance.notes = _src_wire.notes
        _instance.approved = _src_wire.approved
        __logged_date = _src_wire.logged_date
        logged_date: datetime.datetime | None | Unset
        if isinstance(__logged_date, str):
            try:
                logged_date = _parse_datetime(__logged_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                logged_date = cast(datetime.datetime | None | Unset, __logged_date)
        else:
            logged_date = (
                __logged_date
                if type(__logged_date) not in _CONTAINERS
                else _wrong_shape(__name__, "loggedDate", __logged_date)
            )

        _instance.logged_date = logged_date
        _instance.client_id = _src_wire.client_id
        _instance.value = _src_wire.value
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
            _instance.type_ = _src_wire.type_
            _instance.notes = _src_wire.notes
            _instance.approved = _src_wire.approved
            __logged_date = _src_wire.logged_date
            logged_date: datetime.datetime | None | Unset
            if isinstance(__logged_date, str):
                try:
                    logged_date = _parse_datetime(__logged_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    logged_date = cast(datetime.datetime | None | Unset, __logged_date)
            else:
                logged_date = (
                    __logged_date
                    if type(__logged_date) not in _CONTAINERS
                    else _wrong_shape(__name__, "loggedDate", __logged_date)
                )

            _instance.logged_date = logged_date
            _instance.client_id = _src_wire.client_id
            _instance.value = _src_wire.value
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


_Self = Wip  # the class, for its methods: a property of the same name would be a local there
