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
from .._decode import strict_enums as _strict_enums
from .._decode import wrong_shape as _wrong_shape
from .._model import Model as _Model
from ..types import UNSET, Unset

if _TYPE_CHECKING:
    from ..models.field_definition import FieldDefinition


_T = _TypeVar("_T", bound="UpdateCustomRecordTypeRequest")


@_attrs_define(repr=False)
class UpdateCustomRecordTypeRequest(_Model):
    display_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    fields: list[FieldDefinition] | None | Unset = UNSET
    """ Replacement or additional field definitions. """
    active: bool | None | Unset = UNSET
    """ Activates or deactivates the type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "displayName",
            "description",
            "fields",
            "active",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("display_name", "displayName", False, "scalar"),
        ("description", "description", False, "scalar"),
        ("fields", "fields", False, ""),
        ("active", "active", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

    def to_dict(self) -> dict[str, Any]:
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

        fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            if self.fields is None:
                fields = _NULL
            else:
                fields = []
                for _fields_type_0_item_data in self.fields:
                    fields_type_0_item = (
                        _NULL if _fields_type_0_item_data is None else _fields_type_0_item_data.to_dict()
                    )

                    fields.append(fields_type_0_item)

        else:
            fields = self.fields

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if display_name is not UNSET:
            _field_dict["displayName"] = display_name
        if description is not UNSET:
            _field_dict["description"] = description
        if fields is not UNSET:
            _field_dict["fields"] = fields
        if active is not UNSET:
            _field_dict["active"] = active

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        _get = _src_dict.get

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

        def _attempt__fields(data: object) -> list[FieldDefinition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                __fields_type_0 = data
                fields_type_0 = (
                    _null_value(__name__, "fields_type_0")
                    if __fields_type_0 is None
                    else FieldDefinition._list_from_dicts(
                        __fields_type_0
                        if type(__fields_type_0) is list
                        else _checked_items(__fields_type_0, __name__, "fields_type_0")
                    )
                )

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"{type(data).__name__} fits no member of the union"
            )  # only null was left, and it returned above

        def _parse__fields(data: object) -> list[FieldDefinition] | None | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with _strict_enums():
                try:
                    return _attempt__fields(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt__fields(data)

        fields = _parse__fields(_get("fields", UNSET))

        def _attempt__active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(
                bool | None | Unset, data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "active", data)
            )

        def _parse__active(data: object) -> bool | None | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with _strict_enums():
                try:
                    return _attempt__active(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt__active(data)

        active = _parse__active(_get("active", UNSET))

        _instance = _cls(
            display_name,
            description,
            fields,
            active,
        )

        _known = _cls._known_keys
        if not _known.issuperset(_src_dict):  # otherwise the empty dict the constructor made stays
            _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
        return _instance

    @classmethod
    def _list_from_dicts(_cls: type[_T], _items: _Iterable[_Mapping[str, Any]]) -> list[_T]:
        """``[cls.from_dict(item) for item in items]``."""
        return [_cls.from_dict(_item) for _item in _items]

    @classmethod
    def _from_wire(_cls: type[_T], _src_wire: Any) -> _T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(_src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return _cls.from_dict(_src_wire)
        _extra = _src_wire.aiwyn_extra_
        _instance = _cls.__new__(_cls)
        _instance.display_name = _src_wire.display_name
        _instance.description = _src_wire.description

        def _attempt__fields(data: object) -> list[FieldDefinition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                __fields_type_0 = data
                fields_type_0 = (
                    _null_value(__name__, "fields_type_0")
                    if __fields_type_0 is None
                    else FieldDefinition._list_from_dicts(
                        __fields_type_0
                        if type(__fields_type_0) is list
                        else _checked_items(__fields_type_0, __name__, "fields_type_0")
                    )
                )

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"{type(data).__name__} fits no member of the union"
            )  # only null was left, and it returned above

        def _parse__fields(data: object) -> list[FieldDefinition] | None | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with _strict_enums():
                try:
                    return _attempt__fields(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt__fields(data)

        fields = _parse__fields(_src_wire.fields)

        _instance.fields = fields
        _instance.active = _src_wire.active
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
            _instance.display_name = _src_wire.display_name
            _instance.description = _src_wire.description

            def _attempt__fields(data: object) -> list[FieldDefinition] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    __fields_type_0 = data
                    fields_type_0 = (
                        _null_value(__name__, "fields_type_0")
                        if __fields_type_0 is None
                        else FieldDefinition._list_from_dicts(
                            __fields_type_0
                            if type(__fields_type_0) is list
                            else _checked_items(__fields_type_0, __name__, "fields_type_0")
                        )
                    )

                    return fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(
                    f"{type(data).__name__} fits no member of the union"
                )  # only null was left, and it returned above

            def _parse__fields(data: object) -> list[FieldDefinition] | None | Unset:
                # Override: the members are tried strictly first, so that an enum value the description does
                # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                with _strict_enums():
                    try:
                        return _attempt__fields(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                return _attempt__fields(data)

            fields = _parse__fields(_src_wire.fields)

            _instance.fields = fields
            _instance.active = _src_wire.active
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


_Self = UpdateCustomRecordTypeRequest  # the class, for its methods: a property of the same name would be a local there


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not _TYPE_CHECKING:
    from ..models.field_definition import FieldDefinition
