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

_T = _TypeVar("_T", bound="Client")


@_attrs_define(repr=False)
class Client(_Model):
    """A client as the list and search operations return it."""

    id: int | Unset = UNSET
    """ Client ID. """
    pms_ref: str | Unset = UNSET
    """ Practice management system reference. """
    client_ref: str | Unset = UNSET
    """ External client reference number. """
    name: str | Unset = UNSET
    """ Person or company name. """
    client_key: str | Unset = UNSET
    """ Padded, formatted client key. """
    active: bool | Unset = UNSET
    """ Whether the client is active. """
    partner_staff_id: int | Unset = UNSET
    """ Assigned partner's staff ID. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Creation time; the list's default sort key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "pmsRef",
            "clientRef",
            "name",
            "clientKey",
            "active",
            "partnerStaffId",
            "createdAt",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, "scalar"),
        ("pms_ref", "pmsRef", False, "scalar"),
        ("client_ref", "clientRef", False, "scalar"),
        ("name", "name", False, "scalar"),
        ("client_key", "clientKey", False, "scalar"),
        ("active", "active", False, "scalar"),
        ("partner_staff_id", "partnerStaffId", False, "scalar"),
        ("created_at", "createdAt", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        pms_ref = self.pms_ref

        client_ref = self.client_ref

        name = self.name

        client_key = self.client_key

        active = self.active

        partner_staff_id = self.partner_staff_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = _NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if pms_ref is not UNSET:
            _field_dict["pmsRef"] = pms_ref
        if client_ref is not UNSET:
            _field_dict["clientRef"] = client_ref
        if name is not UNSET:
            _field_dict["name"] = name
        if client_key is not UNSET:
            _field_dict["clientKey"] = client_key
        if active is not UNSET:
            _field_dict["active"] = active
        if partner_staff_id is not UNSET:
            _field_dict["partnerStaffId"] = partner_staff_id
        if created_at is not UNSET:
            _field_dict["createdAt"] = created_at

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 8:
            try:
                _instance = _cls.__new__(_cls)
                _instance.id = _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                _instance.pms_ref = (
                    _v if type(_v := _src_dict["pmsRef"]) is str or _v is _NULL else _scalar(_v, __name__, "pmsRef")
                )
                _instance.client_ref = (
                    _v
                    if type(_v := _src_dict["clientRef"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "clientRef")
                )
                _instance.name = (
                    _v if type(_v := _src_dict["name"]) is str or _v is _NULL else _scalar(_v, __name__, "name")
                )
                _instance.client_key = (
                    _v
                    if type(_v := _src_dict["clientKey"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "clientKey")
                )
                _instance.active = (
                    _v if type(_v := _src_dict["active"]) is bool or _v is _NULL else _scalar(_v, __name__, "active")
                )
                _instance.partner_staff_id = (
                    _v
                    if type(_v := _src_dict["partnerStaffId"]) is int or _v is _NULL
                    else _scalar(_v, __name__, "partnerStaffId")
                )
                __created_at = _src_dict["createdAt"]
                created_at: datetime.datetime | None | Unset
                if isinstance(__created_at, str):
                    try:
                        created_at = _parse_datetime(__created_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        created_at = cast(datetime.datetime | None | Unset, __created_at)
                else:
                    created_at = (
                        __created_at
                        if type(__created_at) not in _CONTAINERS
                        else _wrong_shape(__name__, "createdAt", __created_at)
                    )
                _instance.created_at = created_at
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 8:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        id = _v if type(_v := _get("id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "id")
        pms_ref = _v if type(_v := _get("pmsRef", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "pmsRef")
        client_ref = (
            _v if type(_v := _get("clientRef", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "clientRef")
        )
        name = _v if type(_v := _get("name", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "name")
        client_key = (
            _v if type(_v := _get("clientKey", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "clientKey")
        )
        active = _v if type(_v := _get("active", UNSET)) is bool or _v is _NULL else _scalar(_v, __name__, "active")
        partner_staff_id = (
            _v
            if type(_v := _get("partnerStaffId", UNSET)) is int or _v is _NULL
            else _scalar(_v, __name__, "partnerStaffId")
        )
        __created_at = _get("createdAt", UNSET)
        if isinstance(__created_at, str):
            try:
                created_at = _parse_datetime(__created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, __created_at)
        else:
            created_at = (
                __created_at
                if type(__created_at) not in _CONTAINERS
                else _wrong_shape(__name__, "createdAt", __created_at)
            )

        _instance = _cls(
            id,
            pms_ref,
            client_ref,
            name,
            client_key,
            active,
            partner_staff_id,
            created_at,
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
            if len(_src_dict) >= 8:
                try:
                    _instance = _new(_cls)
                    _instance.id = (
                        _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                    )
                    _instance.pms_ref = (
                        _v if type(_v := _src_dict["pmsRef"]) is str or _v is _NULL else _scalar(_v, __name__, "pmsRef")
                    )
                    _instance.client_ref = (
                        _v
                        if type(_v := _src_dict["clientRef"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "clientRef")
                    )
                    _instance.name = (
                        _v if type(_v := _src_dict["name"]) is str or _v is _NULL else _scalar(_v, __name__, "name")
                    )
                    _instance.client_key = (
                        _v
                        if type(_v := _src_dict["clientKey"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "clientKey")
                    )
                    _instance.active = (
                        _v
                        if type(_v := _src_dict["active"]) is bool or _v is _NULL
                        else _scalar(_v, __name__, "active")
                    )
                    _instance.partner_staff_id = (
                        _v
                        if type(_v := _src_dict["partnerStaffId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "partnerStaffId")
                    )
                    __created_at = _src_dict["createdAt"]
                    created_at: datetime.datetime | None | Unset
                    if isinstance(__created_at, str):
                        try:
                            created_at = _parse_datetime(__created_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            created_at = cast(datetime.datetime | None | Unset, __created_at)
                    else:
                        created_at = (
                            __created_at
                            if type(__created_at) not in _CONTAINERS
                            else _wrong_shape(__name__, "createdAt", __created_at)
                        )
                    _instance.created_at = created_at
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 8:
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
        _instance.pms_ref = _src_wire.pms_ref
        _instance.client_ref = _src_wire.client_ref
        _instance.name = _src_wire.name
        _instance.client_key = _src_wire.client_key
        _instance.active = _src_wire.active
        _instance.partner_staff_id = _src_wire.partner_staff_id
        __created_at = _src_wire.created_at
        created_at: datetime.datetime | None | Unset
        if isinstance(__created_at, str):
            try:
                created_at = _parse_datetime(__created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, __created_at)
        else:
            created_at = (
                __created_at
                if type(__created_at) not in _CONTAINERS
                else _wrong_shape(__name__, "createdAt", __created_at)
            )

        _instance.created_at = created_at
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
            _instance.pms_ref = _src_wire.pms_ref
            _instance.client_ref = _src_wire.client_ref
            _instance.name = _src_wire.name
            _instance.client_key = _src_wire.client_key
            _instance.active = _src_wire.active
            _instance.partner_staff_id = _src_wire.partner_staff_id
            __created_at = _src_wire.created_at
            created_at: datetime.datetime | None | Unset
            if isinstance(__created_at, str):
                try:
                    created_at = _parse_datetime(__created_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    created_at = cast(datetime.datetime | None | Unset, __created_at)
            else:
                created_at = (
                    __created_at
                    if type(__created_at) not in _CONTAINERS
                    else _wrong_shape(__name__, "createdAt", __created_at)
                )

            _instance.created_at = created_at
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


_Self = Client  # the class, for its methods: a property of the same name would be a local there
