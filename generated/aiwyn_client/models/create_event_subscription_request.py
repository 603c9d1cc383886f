# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL as _NULL
from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import Model as _Model
from ..models.event_operation import EventOperation
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class CreateEventSubscriptionRequest(_Model):
    url: str
    entity_types: list[str]
    operations: list[EventOperation]
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("url", "url", "scalar", True, type="str"),
            _F("entity_types", "entityTypes", "list", True, item=_F(kind="scalar", type="str")),
            _F("operations", "operations", "list", True, item=_F(kind="enum", ref="EventOperation", type="str")),
            _F("description", "description", "scalar", False, type="str", nullable=True),
        ),
        extras="keep",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        if self.entity_types is None:
            entity_types = _NULL
        else:
            entity_types = self.entity_types

        if self.operations is None:
            operations = _NULL
        else:
            operations = []
            for _operations_item_data in self.operations:
                operations_item = _NULL if _operations_item_data is None else _operations_item_data.value

                operations.append(operations_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        _field_dict.update(
            {
                "url": url,
                "entityTypes": entity_types,
                "operations": operations,
            }
        )
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
