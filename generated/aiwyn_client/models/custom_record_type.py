# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL as _NULL
from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import Model as _Model
from ..types import UNSET, Unset

if _TYPE_CHECKING:
    from ..models.field_definition import FieldDefinition


@_attrs_define(repr=False)
class CustomRecordType(_Model):
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
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("id", "id", "scalar", False, type="int"),
            _F("name", "name", "scalar", False, type="str"),
            _F("display_name", "displayName", "scalar", False, type="str"),
            _F("description", "description", "scalar", False, type="str", nullable=True),
            _F("is_custom", "isCustom", "scalar", False, type="bool"),
            _F("active", "active", "scalar", False, type="bool"),
            _F("fields", "fields", "list", False, item=_F(kind="model", ref="FieldDefinition")),
            _F("records_url", "recordsUrl", "scalar", False, type="str", nullable=True),
            _F("schema_url", "schemaUrl", "scalar", False, type="str"),
        ),
        extras="keep",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

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
            fields = _NULL
        elif not isinstance(self.fields, Unset):
            fields = []
            for _fields_item_data in self.fields:
                fields_item = _NULL if _fields_item_data is None else _fields_item_data.to_dict()

                fields.append(fields_item)

        records_url: None | str | Unset
        if isinstance(self.records_url, Unset):
            records_url = UNSET
        else:
            records_url = self.records_url

        schema_url = self.schema_url

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if name is not UNSET:
            _field_dict["name"] = name
        if display_name is not UNSET:
            _field_dict["displayName"] = display_name
        if description is not UNSET:
            _field_dict["description"] = description
        if is_custom is not UNSET:
            _field_dict["isCustom"] = is_custom
        if active is not UNSET:
            _field_dict["active"] = active
        if fields is not UNSET:
            _field_dict["fields"] = fields
        if records_url is not UNSET:
            _field_dict["recordsUrl"] = records_url
        if schema_url is not UNSET:
            _field_dict["schemaUrl"] = schema_url

        return _field_dict

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
if not _TYPE_CHECKING:
    from ..models.field_definition import FieldDefinition
