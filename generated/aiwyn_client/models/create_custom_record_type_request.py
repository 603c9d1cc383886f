# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any, ClassVar, cast
from typing import TypeVar as _TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import CONTAINERS as _CONTAINERS
from .._decode import NULL as _NULL
from .._decode import checked_items as _checked_items
from .._decode import null_value as _null_value
from .._decode import scalar as _scalar
from .._decode import strict_enums as _strict_enums
from .._decode import wrong_shape as _wrong_shape
from .._model import Model as _Model
from ..types import UNSET, Unset

if _TYPE_CHECKING:
    from ..models.field_definition import FieldDefinition


_T = _TypeVar("_T", bound="CreateCustomRecordTypeRequest")


@_attrs_define(repr=False)
class CreateCustomRecordTypeRequest(_Model):
    name: str
    """ Unique record type name; must follow the naming conventions. """
    fields: list[FieldDefinition]
    """ Field schema of the type. """
    display_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "fields",
            "displayName",
            "description",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("name", "name", True, "scalar"),
        ("fields", "fields", True, "list:FieldDefinition"),
        ("display_name", "displayName", False, "scalar"),
        ("description", "description", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        if self.fields is None:
            fields = _NULL
        else:
            fields = []
            for _fields_item_data in self.fields:
                fields_item = _NULL if _fields_item_data is None else _fields_item_data.to_dict()

                fields.append(fields_item)

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        _field_dict.update(
            {
                "name": name,
                "fields": fields,
            }
        )
        if display_name is not UNSET:
            _field_dict["displayName"] = display_name
        if description is not UNSET:
            _field_dict["description"] = description

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 4:
            try:
                _instance = _cls.__new__(_cls)
                _instance.name = (
                    _v if type(_v := _src_dict["name"]) is str or _v is _NULL else _scalar(_v, __name__, "name")
                )
                _instance.fields = (
                    _null_value(__name__, "fields")
                    if (__fields := _src_dict["fields"]) is None
                    else FieldDefinition._list_from_dicts(
                        __fields if type(__fields) is list else _checked_items(__fields, __name__, "fields")
                    )
                )
                _instance.display_name = (
                    _v
                    if type(_v := _src_dict["displayName"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "displayName")
                )
                _instance.description = (
                    _v
                    if type(_v := _src_dict["description"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "description")
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 4:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        name = _v if type(_v := _src_dict["name"]) is str or _v is _NULL else _scalar(_v, __name__, "name")
        __fields = _src_dict["fields"]
        fields = (
            _null_value(__name__, "fields")
            if __fields is None
            else FieldDefinition._list_from_dicts(
                __fields if type(__fields) is list else _checked_items(__fields, __name__, "fields")
            )
        )

        def _attempt__display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(
                None | str | Unset,
                data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "displayName", data),
            )

        def _parse__display_name(data: object) -> None | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with _strict_enums():
                try:
                    return _attempt__display_name(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt__display_name(data)

        display_name = _parse__display_name(_get("displayName", UNSET))

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

        _instance = _cls(
            name,
            fields,
            display_name,
            description,
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
            if len(_src_dict) >= 4:
                try:
                    _instance = _new(_cls)
                    _instance.name = (
                        _v if type(_v := _src_dict["name"]) is str or _v is _NULL else _scalar(_v, __name__, "name")
                    )
                    _instance.fields = (
                        _null_value(__name__, "fields")
                        if (__fields := _src_dict["fields"]) is None
                        else FieldDefinition._list_from_dicts(
                            __fields if type(__fields) is list else _checked_items(__fields, __name__, "fields")
                        )
                    )
                    _instance.display_name = (
                        _v
                        if type(_v := _src_dict["displayName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "displayName")
                    )
                    _instance.description = (
                        _v
                        if type(_v := _src_dict["description"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "description")
                    )
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 4:
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
        __fields = _src_wire.fields
        fields = (
            _null_value(__name__, "fields")
            if __fields is None
            else FieldDefinition._list_from_wire(
                __fields if type(__fields) is list else _checked_items(__fields, __name__, "fields")
            )
        )

        _instance.fields = fields
        _instance.display_name = _src_wire.display_name
        _instance.description = _src_wire.description
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
            __fields = _src_wire.fields
            fields = (
                _null_value(__name__, "fields")
                if __fields is None
                else FieldDefinition._list_from_wire(
                    __fields if type(__fields) is list else _checked_items(__fields, __name__, "fields")
                )
            )

            _instance.fields = fields
            _instance.display_name = _src_wire.display_name
            _instance.description = _src_wire.description
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


_Self = CreateCustomRecordTypeRequest  # the class, for its methods: a property of the same name would be a local there


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not _TYPE_CHECKING:
    from ..models.field_definition import FieldDefinition
