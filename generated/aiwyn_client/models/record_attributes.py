# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

T = TypeVar("T", bound="RecordAttributes")


@_attrs_define(repr=False)
class RecordAttributes(Model):
    """Field values of the record.

    Example:
        {'name': 'Acme Corporation'}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset({})

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        record_attributes = cls()

        known = RecordAttributes._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            record_attributes.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return record_attributes

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``."""
        return [cls.from_dict(item) for item in items]

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """This model has no Struct (aiwyn_client._wire), so its records arrive as dicts."""
        return cls.from_dict(src_wire)

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """This model has no Struct (aiwyn_client._wire), so its items arrive as dicts."""
        return cls._list_from_dicts(items)

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
