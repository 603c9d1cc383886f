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


T = TypeVar("T", bound="CreateCustomRecordTypeRequest")


@_attrs_define(repr=False)
class CreateCustomRecordTypeRequest(Model):
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
        ("name", "name", True, ""),
        ("fields", "fields", True, "list:FieldDefinition"),
        ("display_name", "displayName", False, ""),
        ("description", "description", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        if self.fields is None:
            fields = NULL
        else:
            fields = []
            for fields_item_data in self.fields:
                fields_item = NULL if fields_item_data is None else fields_item_data.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "fields": fields,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is CreateCustomRecordTypeRequest and len(src_dict) >= 4:
            try:
                create_custom_record_type_request = cls.__new__(cls)
                create_custom_record_type_request.name = src_dict["name"]
                create_custom_record_type_request.fields = (
                    null_value(__name__, "fields")
                    if (_fields := src_dict["fields"]) is None
                    else FieldDefinition._list_from_dicts(_fields)
                )
                create_custom_record_type_request.display_name = src_dict["displayName"]
                create_custom_record_type_request.description = src_dict["description"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 4:
                    known = CreateCustomRecordTypeRequest._known_keys
                    create_custom_record_type_request.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in known
                    }
                return create_custom_record_type_request

        get = src_dict.get
        name = src_dict["name"]
        _fields = src_dict["fields"]
        fields = null_value(__name__, "fields") if _fields is None else FieldDefinition._list_from_dicts(_fields)

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

        create_custom_record_type_request = cls(
            name,
            fields,
            display_name,
            description,
        )

        known = CreateCustomRecordTypeRequest._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            create_custom_record_type_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in known
            }
        return create_custom_record_type_request

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not CreateCustomRecordTypeRequest:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 4:
                try:
                    create_custom_record_type_request = new(cls)
                    create_custom_record_type_request.name = src_dict["name"]
                    create_custom_record_type_request.fields = (
                        null_value(__name__, "fields")
                        if (_fields := src_dict["fields"]) is None
                        else FieldDefinition._list_from_dicts(_fields)
                    )
                    create_custom_record_type_request.display_name = src_dict["displayName"]
                    create_custom_record_type_request.description = src_dict["description"]
                except (KeyError, TypeError):
                    create_custom_record_type_request = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 4:
                        known = CreateCustomRecordTypeRequest._known_keys
                        create_custom_record_type_request.additional_properties = {
                            k: v for k, v in src_dict.items() if k not in known
                        }
            else:
                create_custom_record_type_request = cls.from_dict(src_dict)
            append(create_custom_record_type_request)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        create_custom_record_type_request = cls.__new__(cls)
        create_custom_record_type_request.name = src_wire.name
        _fields = src_wire.fields
        fields = null_value(__name__, "fields") if _fields is None else FieldDefinition._list_from_wire(_fields)

        create_custom_record_type_request.fields = fields
        create_custom_record_type_request.display_name = src_wire.display_name
        create_custom_record_type_request.description = src_wire.description
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                create_custom_record_type_request.additional_properties = found
        return create_custom_record_type_request

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            create_custom_record_type_request = new(cls)
            create_custom_record_type_request.name = src_wire.name
            _fields = src_wire.fields
            fields = null_value(__name__, "fields") if _fields is None else FieldDefinition._list_from_wire(_fields)

            create_custom_record_type_request.fields = fields
            create_custom_record_type_request.display_name = src_wire.display_name
            create_custom_record_type_request.description = src_wire.description
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    create_custom_record_type_request.additional_properties = found
            append(create_custom_record_type_request)
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
