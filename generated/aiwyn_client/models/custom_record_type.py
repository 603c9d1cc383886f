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


T = TypeVar("T", bound="CustomRecordType")


@_attrs_define(repr=False)
class CustomRecordType(Model):
    """A standard or custom record type."""

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_custom: bool | Unset = UNSET
    active: bool | Unset = UNSET
    fields: list[FieldDefinition] | Unset = UNSET
    records_url: None | str | Unset = UNSET
    schema_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "displayName",
            "description",
            "isCustom",
            "active",
            "fields",
            "recordsUrl",
            "schemaUrl",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("name", "name", False, ""),
        ("display_name", "displayName", False, ""),
        ("description", "description", False, ""),
        ("is_custom", "isCustom", False, ""),
        ("active", "active", False, ""),
        ("fields", "fields", False, "list:FieldDefinition"),
        ("records_url", "recordsUrl", False, ""),
        ("schema_url", "schemaUrl", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_custom = self.is_custom

        active = self.active

        fields: list[dict[str, Any]] | Unset = UNSET
        if self.fields is None:
            fields = NULL
        elif not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = NULL if fields_item_data is None else fields_item_data.to_dict()

                fields.append(fields_item)

        records_url: None | str | Unset
        if isinstance(self.records_url, Unset):
            records_url = UNSET
        else:
            records_url = self.records_url

        schema_url = self.schema_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if is_custom is not UNSET:
            field_dict["isCustom"] = is_custom
        if active is not UNSET:
            field_dict["active"] = active
        if fields is not UNSET:
            field_dict["fields"] = fields
        if records_url is not UNSET:
            field_dict["recordsUrl"] = records_url
        if schema_url is not UNSET:
            field_dict["schemaUrl"] = schema_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is CustomRecordType and len(src_dict) >= 9:
            try:
                custom_record_type = cls.__new__(cls)
                custom_record_type.id = src_dict["id"]
                custom_record_type.name = src_dict["name"]
                custom_record_type.display_name = src_dict["displayName"]
                custom_record_type.description = src_dict["description"]
                custom_record_type.is_custom = src_dict["isCustom"]
                custom_record_type.active = src_dict["active"]
                custom_record_type.fields = (
                    null_value(__name__, "fields")
                    if (_fields := src_dict["fields"]) is None
                    else FieldDefinition._list_from_dicts(_fields)
                )
                custom_record_type.records_url = src_dict["recordsUrl"]
                custom_record_type.schema_url = src_dict["schemaUrl"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 9:
                    known = CustomRecordType._known_keys
                    custom_record_type.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return custom_record_type

        get = src_dict.get
        id = get("id", UNSET)
        name = get("name", UNSET)
        display_name = get("displayName", UNSET)

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

        is_custom = get("isCustom", UNSET)
        active = get("active", UNSET)
        _fields = get("fields", UNSET)
        fields: list[FieldDefinition] | Unset = (
            UNSET
            if _fields is UNSET
            else null_value(__name__, "fields")
            if _fields is None
            else FieldDefinition._list_from_dicts(_fields)
        )

        def _attempt_records_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        def _parse_records_url(data: object) -> None | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with strict_enums():
                try:
                    return _attempt_records_url(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt_records_url(data)

        records_url = _parse_records_url(get("recordsUrl", UNSET))

        schema_url = get("schemaUrl", UNSET)
        custom_record_type = cls(
            id,
            name,
            display_name,
            description,
            is_custom,
            active,
            fields,
            records_url,
            schema_url,
        )

        known = CustomRecordType._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            custom_record_type.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return custom_record_type

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not CustomRecordType:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 9:
                try:
                    custom_record_type = new(cls)
                    custom_record_type.id = src_dict["id"]
                    custom_record_type.name = src_dict["name"]
                    custom_record_type.display_name = src_dict["displayName"]
                    custom_record_type.description = src_dict["description"]
                    custom_record_type.is_custom = src_dict["isCustom"]
                    custom_record_type.active = src_dict["active"]
                    custom_record_type.fields = (
                        null_value(__name__, "fields")
                        if (_fields := src_dict["fields"]) is None
                        else FieldDefinition._list_from_dicts(_fields)
                    )
                    custom_record_type.records_url = src_dict["recordsUrl"]
                    custom_record_type.schema_url = src_dict["schemaUrl"]
                except (KeyError, TypeError):
                    custom_record_type = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 9:
                        known = CustomRecordType._known_keys
                        custom_record_type.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                custom_record_type = cls.from_dict(src_dict)
            append(custom_record_type)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        custom_record_type = cls.__new__(cls)
        custom_record_type.id = src_wire.id
        custom_record_type.name = src_wire.name
        custom_record_type.display_name = src_wire.display_name
        custom_record_type.description = src_wire.description
        custom_record_type.is_custom = src_wire.is_custom
        custom_record_type.active = src_wire.active
        _fields = src_wire.fields
        fields: list[FieldDefinition] | Unset = (
            UNSET
            if _fields is UNSET
            else null_value(__name__, "fields")
            if _fields is None
            else FieldDefinition._list_from_wire(_fields)
        )

        custom_record_type.fields = fields
        custom_record_type.records_url = src_wire.records_url
        custom_record_type.schema_url = src_wire.schema_url
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                custom_record_type.additional_properties = found
        return custom_record_type

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            custom_record_type = new(cls)
            custom_record_type.id = src_wire.id
            custom_record_type.name = src_wire.name
            custom_record_type.display_name = src_wire.display_name
            custom_record_type.description = src_wire.description
            custom_record_type.is_custom = src_wire.is_custom
            custom_record_type.active = src_wire.active
            _fields = src_wire.fields
            fields: list[FieldDefinition] | Unset = (
                UNSET
                if _fields is UNSET
                else null_value(__name__, "fields")
                if _fields is None
                else FieldDefinition._list_from_wire(_fields)
            )

            custom_record_type.fields = fields
            custom_record_type.records_url = src_wire.records_url
            custom_record_type.schema_url = src_wire.schema_url
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    custom_record_type.additional_properties = found
            append(custom_record_type)
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
