# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import Any, ClassVar
from typing import TypeVar as _TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL as _NULL
from .._decode import scalar as _scalar
from .._model import Model as _Model
from ..types import UNSET, Unset

_T = _TypeVar("_T", bound="ClientPrimaryContact")


@_attrs_define(repr=False)
class ClientPrimaryContact(_Model):
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    title: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "title",
            "email",
            "phone",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, "scalar"),
        ("name", "name", False, "scalar"),
        ("title", "title", False, "scalar"),
        ("email", "email", False, "scalar"),
        ("phone", "phone", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        title = self.title

        email = self.email

        phone = self.phone

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if name is not UNSET:
            _field_dict["name"] = name
        if title is not UNSET:
            _field_dict["title"] = title
        if email is not UNSET:
            _field_dict["email"] = email
        if phone is not UNSET:
            _field_dict["phone"] = phone

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 5:
            try:
                _instance = _cls.__new__(_cls)
                _instance.id = _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                _instance.name = (
                    _v if type(_v := _src_dict["name"]) is str or _v is _NULL else _scalar(_v, __name__, "name")
                )
                _instance.title = (
                    _v if type(_v := _src_dict["title"]) is str or _v is _NULL else _scalar(_v, __name__, "title")
                )
                _instance.email = (
                    _v if type(_v := _src_dict["email"]) is str or _v is _NULL else _scalar(_v, __name__, "email")
                )
                _instance.phone = (
                    _v if type(_v := _src_dict["phone"]) is str or _v is _NULL else _scalar(_v, __name__, "phone")
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 5:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        id = _v if type(_v := _get("id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "id")
        name = _v if type(_v := _get("name", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "name")
        title = _v if type(_v := _get("title", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "title")
        email = _v if type(_v := _get("email", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "email")
        phone = _v if type(_v := _get("phone", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "phone")
        _instance = _cls(
            id,
            name,
            title,
            email,
            phone,
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
            if len(_src_dict) >= 5:
                try:
                    _instance = _new(_cls)
                    _instance.id = (
                        _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                    )
                    _instance.name = (
                        _v if type(_v := _src_dict["name"]) is str or _v is _NULL else _scalar(_v, __name__, "name")
                    )
                    _instance.title = (
                        _v if type(_v := _src_dict["title"]) is str or _v is _NULL else _scalar(_v, __name__, "title")
                    )
                    _instance.email = (
                        _v if type(_v := _src_dict["email"]) is str or _v is _NULL else _scalar(_v, __name__, "email")
                    )
                    _instance.phone = (
                        _v if type(_v := _src_dict["phone"]) is str or _v is _NULL else _scalar(_v, __name__, "phone")
                    )
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 5:
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
        _instance.title = _src_wire.title
        _instance.email = _src_wire.email
        _instance.phone = _src_wire.phone
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
            _instance.title = _src_wire.title
            _instance.email = _src_wire.email
            _instance.phone = _src_wire.phone
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


_Self = ClientPrimaryContact  # the class, for its methods: a property of the same name would be a local there
