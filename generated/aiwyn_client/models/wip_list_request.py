# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import ABSENT as _ABSENT
from .._model import Model as _Model
from .._model import defaulted as _defaulted


@_attrs_define(repr=False)
class WipListRequest(_Model):
    """Page selection and filters of the WIP list."""

    page_size: int | None = _defaulted(50)
    """ Maximum number of records to return. """
    page: int | None = _defaulted(0)
    """ 0-based page number. """
    client_id: int | None = _ABSENT
    """ Filter by client ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("page_size", "pageSize", "scalar", False, type="int"),
            _F("page", "page", "scalar", False, type="int"),
            _F("client_id", "clientId", "scalar", False, type="int"),
        ),
        extras="keep",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

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
