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
from .._decode import checked_items as _checked_items
from .._decode import checked_list as _checked_list
from .._decode import null_value as _null_value
from .._decode import scalar as _scalar
from .._decode import strict_enums as _strict_enums
from .._decode import unknown_member as _unknown_member
from .._decode import wrong_shape as _wrong_shape
from .._iso8601 import parse_datetime as _parse_datetime
from .._model import Model as _Model
from ..models.event_operation import EventOperation
from ..types import UNSET, Unset

_T = _TypeVar("_T", bound="EventSubscription")


@_attrs_define(repr=False)
class EventSubscription(_Model):
    id: int | Unset = UNSET
    url: str | Unset = UNSET
    entity_types: list[str] | Unset = UNSET
    operations: list[EventOperation] | Unset = UNSET
    active: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "url",
            "entityTypes",
            "operations",
            "active",
            "description",
            "createdAt",
            "updatedAt",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, "scalar"),
        ("url", "url", False, "scalar"),
        ("entity_types", "entityTypes", False, "scalars"),
        ("operations", "operations", False, "scalars"),
        ("active", "active", False, "scalar"),
        ("description", "description", False, "scalar"),
        ("created_at", "createdAt", False, "scalar"),
        ("updated_at", "updatedAt", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        entity_types: list[str] | Unset = UNSET
        if self.entity_types is None:
            entity_types = _NULL
        elif not isinstance(self.entity_types, Unset):
            entity_types = self.entity_types

        operations: list[str] | Unset = UNSET
        if self.operations is None:
            operations = _NULL
        elif not isinstance(self.operations, Unset):
            operations = []
            for _operations_item_data in self.operations:
                operations_item = _NULL if _operations_item_data is None else _operations_item_data.value

                operations.append(operations_item)

        active = self.active

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = _NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = _NULL if self.updated_at is None else self.updated_at.isoformat()

        else:
            updated_at = self.updated_at

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if url is not UNSET:
            _field_dict["url"] = url
        if entity_types is not UNSET:
            _field_dict["entityTypes"] = entity_types
        if operations is not UNSET:
            _field_dict["operations"] = operations
        if active is not UNSET:
            _field_dict["active"] = active
        if description is not UNSET:
            _field_dict["description"] = description
        if created_at is not UNSET:
            _field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            _field_dict["updatedAt"] = updated_at

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 8:
            try:
                _instance = _cls.__new__(_cls)
                _instance.id = _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                _instance.url = (
                    _v if type(_v := _src_dict["url"]) is str or _v is _NULL else _scalar(_v, __name__, "url")
                )
                _instance.entity_types = _checked_list(_src_dict["entityTypes"], __name__, "entityTypes", True)
                _instance.operations = [
                    (
                        EventOperation.__members_by_value__[_item]
                        if _item in EventOperation.__members_by_value__
                        else _unknown_member(EventOperation, _item)
                    )
                    for _item in _src_dict["operations"]
                ]
                _instance.active = (
                    _v if type(_v := _src_dict["active"]) is bool or _v is _NULL else _scalar(_v, __name__, "active")
                )
                _instance.description = (
                    _v
                    if type(_v := _src_dict["description"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "description")
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
                __updated_at = _src_dict["updatedAt"]
                updated_at: datetime.datetime | None | Unset
                if isinstance(__updated_at, str):
                    try:
                        updated_at = _parse_datetime(__updated_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        updated_at = cast(datetime.datetime | None | Unset, __updated_at)
                else:
                    updated_at = (
                        __updated_at
                        if type(__updated_at) not in _CONTAINERS
                        else _wrong_shape(__name__, "updatedAt", __updated_at)
                    )
                _instance.updated_at = updated_at
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 8:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        id = _v if type(_v := _get("id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "id")
        url = _v if type(_v := _get("url", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "url")
        entity_types: list[str] = _checked_list(_get("entityTypes", UNSET), __name__, "entityTypes", True)

        __operations = _checked_items(_get("operations", UNSET), __name__, "operations")
        operations: list[EventOperation] | Unset = UNSET
        if __operations is None:
            operations = _null_value(__name__, "operations")
        elif __operations is not UNSET:
            operations = []
            for _operations_item_data in __operations:
                __operations_item = _operations_item_data
                operations_item = (
                    _null_value(__name__, "operations_item")
                    if __operations_item is None
                    else (
                        EventOperation.__members_by_value__[__operations_item]
                        if __operations_item in EventOperation.__members_by_value__
                        else _unknown_member(EventOperation, __operations_item)
                    )
                )

                operations.append(operations_item)

        active = _v if type(_v := _get("active", UNSET)) is bool or _v is _NULL else _scalar(_v, __name__, "active")

        def _attempt__description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(
                None | str | Unset,
                data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "description", data),
            )

        def _parse__description(data: object) -> None | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with _strict_enums():
                try:
                    return _attempt__description(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt__description(data)

        description = _parse__description(_get("description", UNSET))

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

        __updated_at = _get("updatedAt", UNSET)
        if isinstance(__updated_at, str):
            try:
                updated_at = _parse_datetime(__updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, __updated_at)
        else:
            updated_at = (
                __updated_at
                if type(__updated_at) not in _CONTAINERS
                else _wrong_shape(__name__, "updatedAt", __updated_at)
            )

        _instance = _cls(
            id,
            url,
            entity_types,
            operations,
            active,
            description,
            created_at,
            updated_at,
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
                    _instance.url = (
                        _v if type(_v := _src_dict["url"]) is str or _v is _NULL else _scalar(_v, __name__, "url")
                    )
                    _instance.entity_types = _checked_list(_src_dict["entityTypes"], __name__, "entityTypes", True)
                    _instance.operations = [
                        (
                            EventOperation.__members_by_value__[_item]
                            if _item in EventOperation.__members_by_value__
                            else _unknown_member(EventOperation, _item)
                        )
                        for _item in _src_dict["operations"]
                    ]
                    _instance.active = (
                        _v
                        if type(_v := _src_dict["active"]) is bool or _v is _NULL
                        else _scalar(_v, __name__, "active")
                    )
                    _instance.description = (
                        _v
                        if type(_v := _src_dict["description"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "description")
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
                    __updated_at = _src_dict["updatedAt"]
                    updated_at: datetime.datetime | None | Unset
                    if isinstance(__updated_at, str):
                        try:
                            updated_at = _parse_datetime(__updated_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            updated_at = cast(datetime.datetime | None | Unset, __updated_at)
                    else:
                        updated_at = (
                            __updated_at
                            if type(__updated_at) not in _CONTAINERS
                            else _wrong_shape(__name__, "updatedAt", __updated_at)
                        )
                    _instance.updated_at = updated_at
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
        _instance.url = _src_wire.url
        _instance.entity_types = _src_wire.entity_types
        __operations = _checked_items(_src_wire.operations, __name__, "operations")
        operations: list[EventOperation] | Unset = UNSET
        if __operations is None:
            operations = _null_value(__name__, "operations")
        elif __operations is not UNSET:
            operations = []
            for _operations_item_data in __operations:
                __operations_item = _operations_item_data
                operations_item = (
                    _null_value(__name__, "operations_item")
                    if __operations_item is None
                    else (
                        EventOperation.__members_by_value__[__operations_item]
                        if __operations_item in EventOperation.__members_by_value__
                        else _unknown_member(EventOperation, __operations_item)
                    )
                )

                operations.append(operations_item)

        _instance.operations = operations
        _instance.active = _src_wire.active
        _instance.description = _src_wire.description
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
        __updated_at = _src_wire.updated_at
        updated_at: datetime.datetime | None | Unset
        if isinstance(__updated_at, str):
            try:
                updated_at = _parse_datetime(__updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, __updated_at)
        else:
            updated_at = (
                __updated_at
                if type(__updated_at) not in _CONTAINERS
                else _wrong_shape(__name__, "updatedAt", __updated_at)
            )

        _instance.updated_at = updated_at
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
            _instance.url = _src_wire.url
            _instance.entity_types = _src_wire.entity_types
            __operations = _checked_items(_src_wire.operations, __name__, "operations")
            operations: list[EventOperation] | Unset = UNSET
            if __operations is None:
                operations = _null_value(__name__, "operations")
            elif __operations is not UNSET:
                operations = []
                for _operations_item_data in __operations:
                    __operations_item = _operations_item_data
                    operations_item = (
                        _null_value(__name__, "operations_item")
                        if __operations_item is None
                        else (
                            EventOperation.__members_by_value__[__operations_item]
                            if __operations_item in EventOperation.__members_by_value__
                            else _unknown_member(EventOperation, __operations_item)
                        )
                    )

                    operations.append(operations_item)

            _instance.operations = operations
            _instance.active = _src_wire.active
            _instance.description = _src_wire.description
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
            __updated_at = _src_wire.updated_at
            updated_at: datetime.datetime | None | Unset
            if isinstance(__updated_at, str):
                try:
                    updated_at = _parse_datetime(__updated_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    updated_at = cast(datetime.datetime | None | Unset, __updated_at)
            else:
                updated_at = (
                    __updated_at
                    if type(__updated_at) not in _CONTAINERS
                    else _wrong_shape(__name__, "updatedAt", __updated_at)
                )

            _instance.updated_at = updated_at
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


_Self = EventSubscription  # the class, for its methods: a property of the same name would be a local there
