# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import Any, ClassVar, cast
from typing import TypeVar as _TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import CONTAINERS as _CONTAINERS
from .._decode import NULL as _NULL
from .._decode import scalar as _scalar
from .._decode import strict_enums as _strict_enums
from .._decode import wrong_shape as _wrong_shape
from .._model import Model as _Model
from ..types import UNSET, Unset

_T = _TypeVar("_T", bound="FieldDefinition")


@_attrs_define(repr=False)
class FieldDefinition(_Model):
    """One field of a record type."""

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    required: bool | Unset = UNSET
    nullable: bool | Unset = UNSET
    referenced_entity_type: None | str | Unset = UNSET
    """ Target entity type of a reference field. """
    rank: int | None | Unset = UNSET
    """ Ordering of the field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "type",
            "required",
            "nullable",
            "referencedEntityType",
            "rank",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("name", "name", False, "scalar"),
        ("type_", "type", False, "scalar"),
        ("required", "required", False, "scalar"),
        ("nullable", "nullable", False, "scalar"),
        ("referenced_entity_type", "referencedEntityType", False, "scalar"),
        ("rank", "rank", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        required = self.required

        nullable = self.nullable

        referenced_entity_type: None | str | Unset
        if isinstance(self.referenced_entity_type, Unset):
            referenced_entity_type = UNSET
        else:
            referenced_entity_type = self.referenced_entity_type

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if name is not UNSET:
            _field_dict["name"] = name
        if type_ is not UNSET:
            _field_dict["type"] = type_
        if required is not UNSET:
            _field_dict["required"] = required
        if nullable is not UNSET:
            _field_dict["nullable"] = nullable
        if referenced_entity_type is not UNSET:
            _field_dict["referencedEntityType"] = referenced_entity_type
        if rank is not UNSET:
            _field_dict["rank"] = rank

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 6:
            try:
                _instance = _cls.__new__(_cls)
                _instance.name = (
                    _v if type(_v := _src_dict["name"]) is str or _v is _NULL else _scalar(_v, __name__, "name")
                )
                _instance.type_ = (
                    _v if type(_v := _src_dict["type"]) is str or _v is _NULL else _scalar(_v, __name__, "type")
                )
                _instance.required = (
                    _v
                    if type(_v := _src_dict["required"]) is bool or _v is _NULL
                    else _scalar(_v, __name__, "required")
                )
                _instance.nullable = (
                    _v
                    if type(_v := _src_dict["nullable"]) is bool or _v is _NULL
                    else _scalar(_v, __name__, "nullable")
                )
                _instance.referenced_entity_type = (
                    _v
                    if type(_v := _src_dict["referencedEntityType"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "referencedEntityType")
                )
                _instance.rank = (
                    _v if type(_v := _src_dict["rank"]) is int or _v is _NULL else _scalar(_v, __name__, "rank")
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 6:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        name = _v if type(_v := _get("name", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "name")
        type_ = _v if type(_v := _get("type", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "type")
        required = (
            _v if type(_v := _get("required", UNSET)) is bool or _v is _NULL else _scalar(_v, __name__, "required")
        )
        nullable = (
            _v if type(_v := _get("nullable", UNSET)) is bool or _v is _NULL else _scalar(_v, __name__, "nullable")
        )

        def _attempt__referenced_entity_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(
                None | str | Unset,
                data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "referencedEntityType", data),
            )

        def _parse__referenced_entity_type(data: object) -> None | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with _strict_enums():
                try:
                    return _attempt__referenced_entity_type(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt__referenced_entity_type(data)

        referenced_entity_type = _parse__referenced_entity_type(_get("referencedEntityType", UNSET))

        def _attempt__rank(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(
                int | None | Unset, data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "rank", data)
            )

        def _parse__rank(data: object) -> int | None | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with _strict_enums():
                try:
                    return _attempt__rank(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt__rank(data)

        rank = _parse__rank(_get("rank", UNSET))

        _instance = _cls(
            name,
            type_,
            required,
            nullable,
            referenced_entity_type,
            rank,
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
            if len(_src_dict) >= 6:
                try:
                    _instance = _new(_cls)
                    _instance.name = (
                        _v if type(_v := _src_dict["name"]) is str or _v is _NULL else _scalar(_v, __name__, "name")
                    )
                    _instance.type_ = (
                        _v if type(_v := _src_dict["type"]) is str or _v is _NULL else _scalar(_v, __name__, "type")
                    )
                    _instance.required = (
                        _v
                        if type(_v := _src_dict["required"]) is bool or _v is _NULL
                        else _scalar(_v, __name__, "required")
                    )
                    _instance.nullable = (
                        _v
                        if type(_v := _src_dict["nullable"]) is bool or _v is _NULL
                        else _scalar(_v, __name__, "nullable")
                    )
                    _instance.referenced_entity_type = (
                        _v
                        if type(_v := _src_dict["referencedEntityType"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "referencedEntityType")
                    )
                    _instance.rank = (
                        _v if type(_v := _src_dict["rank"]) is int or _v is _NULL else _scalar(_v, __name__, "rank")
                    )
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 6:
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
        _instance.name = _src_wire.name
        _instance.type_ = _src_wire.type_
        _instance.required = _src_wire.required
        _instance.nullable = _src_wire.nullable
        _instance.referenced_entity_type = _src_wire.referenced_entity_type
        _instance.rank = _src_wire.rank
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
            _instance.name = _src_wire.name
            _instance.type_ = _src_wire.type_
            _instance.required = _src_wire.required
            _instance.nullable = _src_wire.nullable
            _instance.referenced_entity_type = _src_wire.referenced_entity_type
            _instance.rank = _src_wire.rank
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


_Self = FieldDefinition  # the class, for its methods: a property of the same name would be a local there
