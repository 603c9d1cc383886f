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
from .._iso8601 import parse_date as _parse_date
from .._iso8601 import parse_datetime as _parse_datetime
from .._model import Model as _Model
from ..types import UNSET, Unset

_T = _TypeVar("_T", bound="Engagement")


@_attrs_define(repr=False)
class Engagement(_Model):
    """An engagement as the list and search operations return it (snake_case fields)."""

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    """ Name generated from the engagement template. """
    start_dt: datetime.date | None | Unset = UNSET
    end_dt: datetime.date | None | Unset = UNSET
    status: str | Unset = UNSET
    """ ACTIVE, COMPLETED, ON_HOLD, EXECUTED "etc." (an open list in the docs). """
    client_id: int | Unset = UNSET
    partner_staff_id: int | Unset = UNSET
    engagement_name_template: str | Unset = UNSET
    """ Template the name was generated from (filtered on in the search example). """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Creation time (filtered on in the search example). """
    partnerStaffId: int | Unset = UNSET
    """ Partner's staff ID as the search example filters on it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "start_dt",
            "end_dt",
            "status",
            "client_id",
            "partner_staff_id",
            "engagementNameTemplate",
            "createdAt",
            "partnerStaffId",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, "scalar"),
        ("name", "name", False, "scalar"),
        ("start_dt", "start_dt", False, "scalar"),
        ("end_dt", "end_dt", False, "scalar"),
        ("status", "status", False, "scalar"),
        ("client_id", "client_id", False, "scalar"),
        ("partner_staff_id", "partner_staff_id", False, "scalar"),
        ("engagement_name_template", "engagementNameTemplate", False, "scalar"),
        ("created_at", "createdAt", False, "scalar"),
        ("partnerStaffId", "partnerStaffId", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        start_dt: None | str | Unset
        if isinstance(self.start_dt, Unset):
            start_dt = UNSET
        elif isinstance(self.start_dt, datetime.date):
            start_dt = _NULL if self.start_dt is None else self.start_dt.isoformat()

        else:
            start_dt = self.start_dt

        end_dt: None | str | Unset
        if isinstance(self.end_dt, Unset):
            end_dt = UNSET
        elif isinstance(self.end_dt, datetime.date):
            end_dt = _NULL if self.end_dt is None else self.end_dt.isoformat()

        else:
            end_dt = self.end_dt

        status = self.status

        client_id = self.client_id

        partner_staff_id = self.partner_staff_id

        engagement_name_template = self.engagement_name_template

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = _NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        partnerStaffId = self.partnerStaffId

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if name is not UNSET:
            _field_dict["name"] = name
        if start_dt is not UNSET:
            _field_dict["start_dt"] = start_dt
        if end_dt is not UNSET:
            _field_dict["end_dt"] = end_dt
        if status is not UNSET:
            _field_dict["status"] = status
        if client_id is not UNSET:
            _field_dict["client_id"] = client_id
        if partner_staff_id is not UNSET:
            _field_dict["partner_staff_id"] = partner_staff_id
        if engagement_name_template is not UNSET:
            _field_dict["engagementNameTemplate"] = engagement_name_template
        if created_at is not UNSET:
            _field_dict["createdAt"] = created_at
        if partnerStaffId is not UNSET:
            _field_dict["partnerStaffId"] = partnerStaffId

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 10:
            try:
                _instance = _cls.__new__(_cls)
                _instance.id = _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                _instance.name = (
                    _v if type(_v := _src_dict["name"]) is str or _v is _NULL else _scalar(_v, __name__, "name")
                )
                __start_dt = _src_dict["start_dt"]
                start_dt: datetime.date | None | Unset
                if isinstance(__start_dt, str):
                    try:
                        start_dt = _parse_date(__start_dt)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        start_dt = cast(datetime.date | None | Unset, __start_dt)
                else:
                    start_dt = (
                        __start_dt
                        if type(__start_dt) not in _CONTAINERS
                        else _wrong_shape(__name__, "start_dt", __start_dt)
                    )
                _instance.start_dt = start_dt
                __end_dt = _src_dict["end_dt"]
                end_dt: datetime.date | None | Unset
                if isinstance(__end_dt, str):
                    try:
                        end_dt = _parse_date(__end_dt)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        end_dt = cast(datetime.date | None | Unset, __end_dt)
                else:
                    end_dt = (
                        __end_dt if type(__end_dt) not in _CONTAINERS else _wrong_shape(__name__, "end_dt", __end_dt)
                    )
                _instance.end_dt = end_dt
                _instance.status = (
                    _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                )
                _instance.client_id = (
                    _v
                    if type(_v := _src_dict["client_id"]) is int or _v is _NULL
                    else _scalar(_v, __name__, "client_id")
                )
                _instance.partner_staff_id = (
                    _v
                    if type(_v := _src_dict["partner_staff_id"]) is int or _v is _NULL
                    else _scalar(_v, __name__, "partner_staff_id")
                )
                _instance.engagement_name_template = (
                    _v
                    if type(_v := _src_dict["engagementNameTemplate"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "engagementNameTemplate")
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
                _instance.partnerStaffId = (
                    _v
                    if type(_v := _src_dict["partnerStaffId"]) is int or _v is _NULL
                    else _scalar(_v, __name__, "partnerStaffId")
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 10:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        id = _v if type(_v := _get("id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "id")
        name = _v if type(_v := _get("name", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "name")
        __start_dt = _get("start_dt", UNSET)
        if isinstance(__start_dt, str):
            try:
                start_dt = _parse_date(__start_dt)
            except (TypeError, ValueError, AttributeError, KeyError):
                start_dt = cast(datetime.date | None | Unset, __start_dt)
        else:
            start_dt = (
                __start_dt if type(__start_dt) not in _CONTAINERS else _wrong_shape(__name__, "start_dt", __start_dt)
            )

        __end_dt = _get("end_dt", UNSET)
        if isinstance(__end_dt, str):
            try:
                end_dt = _parse_date(__end_dt)
            except (TypeError, ValueError, AttributeError, KeyError):
                end_dt = cast(datetime.date | None | Unset, __end_dt)
        else:
            end_dt = __end_dt if type(__end_dt) not in _CONTAINERS else _wrong_shape(__name__, "end_dt", __end_dt)

        status = _v if type(_v := _get("status", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "status")
        client_id = (
            _v if type(_v := _get("client_id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "client_id")
        )
        partner_staff_id = (
            _v
            if type(_v := _get("partner_staff_id", UNSET)) is int or _v is _NULL
            else _scalar(_v, __name__, "partner_staff_id")
        )
        engagement_name_template = (
            _v
            if type(_v := _get("engagementNameTemplate", UNSET)) is str or _v is _NULL
            else _scalar(_v, __name__, "engagementNameTemplate")
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

        partnerStaffId = (
            _v
            if type(_v := _get("partnerStaffId", UNSET)) is int or _v is _NULL
            else _scalar(_v, __name__, "partnerStaffId")
        )
        _instance = _cls(
            id,
            name,
            start_dt,
            end_dt,
            status,
            client_id,
            partner_staff_id,
            engagement_name_template,
            created_at,
            partnerStaffId,
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
            if len(_src_dict) >= 10:
                try:
                    _instance = _new(_cls)
                    _instance.id = (
                        _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                    )
                    _instance.name = (
                        _v if type(_v := _src_dict["name"]) is str or _v is _NULL else _scalar(_v, __name__, "name")
                    )
                    __start_dt = _src_dict["start_dt"]
                    start_dt: datetime.date | None | Unset
                    if isinstance(__start_dt, str):
                        try:
                            start_dt = _parse_date(__start_dt)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            start_dt = cast(datetime.date | None | Unset, __start_dt)
                    else:
                        start_dt = (
                            __start_dt
                            if type(__start_dt) not in _CONTAINERS
                            else _wrong_shape(__name__, "start_dt", __start_dt)
                        )
                    _instance.start_dt = start_dt
                    __end_dt = _src_dict["end_dt"]
                    end_dt: datetime.date | None | Unset
                    if isinstance(__end_dt, str):
                        try:
                            end_dt = _parse_date(__end_dt)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            end_dt = cast(datetime.date | None | Unset, __end_dt)
                    else:
                        end_dt = (
                            __end_dt
                            if type(__end_dt) not in _CONTAINERS
                            else _wrong_shape(__name__, "end_dt", __end_dt)
                        )
                    _instance.end_dt = end_dt
                    _instance.status = (
                        _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                    )
                    _instance.client_id = (
                        _v
                        if type(_v := _src_dict["client_id"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "client_id")
                    )
                    _instance.partner_staff_id = (
                        _v
                        if type(_v := _src_dict["partner_staff_id"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "partner_staff_id")
                    )
                    _instance.engagement_name_template = (
                        _v
                        if type(_v := _src_dict["engagementNameTemplate"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "engagementNameTemplate")
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
                    _instance.partnerStaffId = (
                        _v
                        if type(_v := _src_dict["partnerStaffId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "partnerStaffId")
                    )
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 10:
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
        _instance.name = _src_wire.name
        __start_dt = _src_wire.start_dt
        start_dt: datetime.date | None | Unset
        if isinstance(__start_dt, str):
            try:
                start_dt = _parse_date(__start_dt)
            except (TypeError, ValueError, AttributeError, KeyError):
                start_dt = cast(datetime.date | None | Unset, __start_dt)
        else:
            start_dt = (
                __start_dt if type(__start_dt) not in _CONTAINERS else _wrong_shape(__name__, "start_dt", __start_dt)
            )

        _instance.start_dt = start_dt
        __end_dt = _src_wire.end_dt
        end_dt: datetime.date | None | Unset
        if isinstance(__end_dt, str):
            try:
                end_dt = _parse_date(__end_dt)
            except (TypeError, ValueError, AttributeError, KeyError):
                end_dt = cast(datetime.date | None | Unset, __end_dt)
        else:
            end_dt = __end_dt if type(__end_dt) not in _CONTAINERS else _wrong_shape(__name__, "end_dt", __end_dt)

        _instance.end_dt = end_dt
        _instance.status = _src_wire.status
        _instance.client_id = _src_wire.client_id
        _instance.partner_staff_id = _src_wire.partner_staff_id
        _instance.engagement_name_template = _src_wire.engagement_name_template
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
        _instance.partnerStaffId = _src_wire.partnerStaffId
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
            _instance.name = _src_wire.name
            __start_dt = _src_wire.start_dt
            start_dt: datetime.date | None | Unset
            if isinstance(__start_dt, str):
                try:
                    start_dt = _parse_date(__start_dt)
                except (TypeError, ValueError, AttributeError, KeyError):
                    start_dt = cast(datetime.date | None | Unset, __start_dt)
            else:
                start_dt = (
                    __start_dt
                    if type(__start_dt) not in _CONTAINERS
                    else _wrong_shape(__name__, "start_dt", __start_dt)
                )

            _instance.start_dt = start_dt
            __end_dt = _src_wire.end_dt
            end_dt: datetime.date | None | Unset
            if isinstance(__end_dt, str):
                try:
                    end_dt = _parse_date(__end_dt)
                except (TypeError, ValueError, AttributeError, KeyError):
                    end_dt = cast(datetime.date | None | Unset, __end_dt)
            else:
                end_dt = __end_dt if type(__end_dt) not in _CONTAINERS else _wrong_shape(__name__, "end_dt", __end_dt)

            _instance.end_dt = end_dt
            _instance.status = _src_wire.status
            _instance.client_id = _src_wire.client_id
            _instance.partner_staff_id = _src_wire.partner_staff_id
            _instance.engagement_name_template = _src_wire.engagement_name_template
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
            _instance.partnerStaffId = _src_wire.partnerStaffId
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


_Self = Engagement  # the class, for its methods: a property of the same name would be a local there
