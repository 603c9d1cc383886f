# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value, strict_enums
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_definition import FieldDefinition


T = TypeVar("T", bound="UpdateCustomRecordTypeRequest")


@_attrs_define(repr=False)
class UpdateCustomRecordTypeRequest(Model):
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
        ("display_name", "displayName", False, ""),
        ("description", "description", False, ""),
        ("fields", "fields", False, ""),
        ("active", "active", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

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
                fields = NULL
            else:
                fields = []
                for fields_type_0_item_data in self.fields:
                    fields_type_0_item = NULL if fields_type_0_item_data is None else fields_type_0_item_data.to_dict()

                    fields.append(fields_type_0_item)

        else:
            fields = self.fields

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if fields is not UNSET:
            field_dict["fields"] = fields
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get

        def _attempt_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        def _parse_display_name(data: object) -> None | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with strict_enums():
                try:
                    return _attempt_display_name(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt_display_name(data)

        display_name = _parse_display_name(get("displayName", UNSET))

        def _attempt_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        def _parse_description(data: object) -> None | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with strict_enums():
                try:
                    return _attempt_description(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt_description(data)

        description = _parse_description(get("description", UNSET))

        def _attempt_fields(data: object) -> list[FieldDefinition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _fields_type_0 = data
                fields_type_0 = (
                    null_value(__name__, "fields_type_0")
                    if _fields_type_0 is None
                    else FieldDefinition._list_from_dicts(_fields_type_0)
                )

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FieldDefinition] | None | Unset, data)

        def _parse_fields(data: object) -> list[FieldDefinition] | None | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with strict_enums():
                try:
                    return _attempt_fields(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt_fields(data)

        fields = _parse_fields(get("fields", UNSET))

        def _attempt_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        def _parse_active(data: object) -> bool | None | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with strict_enums():
                try:
                    return _attempt_active(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt_active(data)

        active = _parse_active(get("active", UNSET))

        update_custom_record_type_request = cls(
            display_name,
            description,
            fields,
            active,
        )

        known = UpdateCustomRecordTypeRequest._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            update_custom_record_type_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in known
            }
        return update_custom_record_type_request

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``."""
        return [cls.from_dict(item) for item in items]

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        update_custom_record_type_request = cls.__new__(cls)
        update_custom_record_type_request.display_name = src_wire.display_name
        update_custom_record_type_request.description = src_wire.description

        def _attempt_fields(data: object) -> list[FieldDefinition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _fields_type_0 = data
                fields_type_0 = (
                    null_value(__name__, "fields_type_0")
                    if _fields_type_0 is None
                    else FieldDefinition._list_from_dicts(_fields_type_0)
                )

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FieldDefinition] | None | Unset, data)

        def _parse_fields(data: object) -> list[FieldDefinition] | None | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with strict_enums():
                try:
                    return _attempt_fields(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt_fields(data)

        fields = _parse_fields(src_wire.fields)

        update_custom_record_type_request.fields = fields
        update_custom_record_type_request.active = src_wire.active
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                update_custom_record_type_request.additional_properties = found
        return update_custom_record_type_request

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            update_custom_record_type_request = new(cls)
            update_custom_record_type_request.display_name = src_wire.display_name
            update_custom_record_type_request.description = src_wire.description

            def _attempt_fields(data: object) -> list[FieldDefinition] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _fields_type_0 = data
                    fields_type_0 = (
                        null_value(__name__, "fields_type_0")
                        if _fields_type_0 is None
                        else FieldDefinition._list_from_dicts(_fields_type_0)
                    )

                    return fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[FieldDefinition] | None | Unset, data)

            def _parse_fields(data: object) -> list[FieldDefinition] | None | Unset:
                # Override: the members are tried strictly first, so that an enum value the description does
                # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                with strict_enums():
                    try:
                        return _attempt_fields(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                return _attempt_fields(data)

            fields = _parse_fields(src_wire.fields)

            update_custom_record_type_request.fields = fields
            update_custom_record_type_request.active = src_wire.active
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    update_custom_record_type_request.additional_properties = found
            append(update_custom_record_type_request)
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


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not TYPE_CHECKING:
    from ..models.field_definition import FieldDefinition
