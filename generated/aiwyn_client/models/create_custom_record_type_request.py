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
class CreateCustomRecordTypeRequest(_Model):
    name: str
    """ Unique record type name; must follow the naming conventions. """
    fields: list[FieldDefinition]
    """ Field schema of the type. """
    display_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("name", "name", "scalar", True, type="str"),
            _F("fields", "fields", "list", True, item=_F(kind="model", ref="FieldDefinition")),
            _F("display_name", "displayName", "scalar", False, type="str", nullable=True),
            _F("description", "description", "scalar", False, type="str", nullable=True),
        ),
        extras="keep",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

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
