# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value, unknown_member
from .._model import Model
from ..models.event_operation import EventOperation
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventCatalogEntry")


@_attrs_define(repr=False)
class EventCatalogEntry(Model):
    entity_type: str | Unset = UNSET
    operations: list[EventOperation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "entityType",
            "operations",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("entity_type", "entityType", False, ""),
        ("operations", "operations", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        entity_type = self.entity_type

        operations: list[str] | Unset = UNSET
        if self.operations is None:
            operations = NULL
        elif not isinstance(self.operations, Unset):
            operations = []
            for operations_item_data in self.operations:
                operations_item = NULL if operations_item_data is None else operations_item_data.value

                operations.append(operations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if operations is not UNSET:
            field_dict["operations"] = operations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is EventCatalogEntry and len(src_dict) >= 2:
            try:
                event_catalog_entry = cls.__new__(cls)
                event_catalog_entry.entity_type = src_dict["entityType"]
                event_catalog_entry.operations = [
                    (
                        EventOperation.__members_by_value__[item]
                        if item in EventOperation.__members_by_value__
                        else unknown_member(EventOperation, item)
                    )
                    for item in src_dict["operations"]
                ]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 2:
                    known = EventCatalogEntry._known_keys
                    event_catalog_entry.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return event_catalog_entry

        get = src_dict.get
        entity_type = get("entityType", UNSET)
        _operations = get("operations", UNSET)
        operations: list[EventOperation] | Unset = UNSET
        if _operations is None:
            operations = null_value(__name__, "operations")
        elif _operations is not UNSET:
            operations = []
            for operations_item_data in _operations:
                _operations_item = operations_item_data
                operations_item = (
                    null_value(__name__, "operations_item")
                    if _operations_item is None
                    else (
                        EventOperation.__members_by_value__[_operations_item]
                        if _operations_item in EventOperation.__members_by_value__
                        else unknown_member(EventOperation, _operations_item)
                    )
                )

                operations.append(operations_item)

        event_catalog_entry = cls(
            entity_type,
            operations,
        )

        known = EventCatalogEntry._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            event_catalog_entry.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return event_catalog_entry

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not EventCatalogEntry:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 2:
                try:
                    event_catalog_entry = new(cls)
                    event_catalog_entry.entity_type = src_dict["entityType"]
                    event_catalog_entry.operations = [
                        (
                            EventOperation.__members_by_value__[item]
                            if item in EventOperation.__members_by_value__
                            else unknown_member(EventOperation, item)
                        )
                        for item in src_dict["operations"]
                    ]
                except (KeyError, TypeError):
                    event_catalog_entry = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 2:
                        known = EventCatalogEntry._known_keys
                        event_catalog_entry.additional_properties = {
                            k: v for k, v in src_dict.items() if k not in known
                        }
            else:
                event_catalog_entry = cls.from_dict(src_dict)
            append(event_catalog_entry)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        event_catalog_entry = cls.__new__(cls)
        event_catalog_entry.entity_type = src_wire.entity_type
        _operations = src_wire.operations
        operations: list[EventOperation] | Unset = UNSET
        if _operations is None:
            operations = null_value(__name__, "operations")
        elif _operations is not UNSET:
            operations = []
            for operations_item_data in _operations:
                _operations_item = operations_item_data
                operations_item = (
                    null_value(__name__, "operations_item")
                    if _operations_item is None
                    else (
                        EventOperation.__members_by_value__[_operations_item]
                        if _operations_item in EventOperation.__members_by_value__
                        else unknown_member(EventOperation, _operations_item)
                    )
                )

                operations.append(operations_item)

        event_catalog_entry.operations = operations
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                event_catalog_entry.additional_properties = found
        return event_catalog_entry

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            event_catalog_entry = new(cls)
            event_catalog_entry.entity_type = src_wire.entity_type
            _operations = src_wire.operations
            operations: list[EventOperation] | Unset = UNSET
            if _operations is None:
                operations = null_value(__name__, "operations")
            elif _operations is not UNSET:
                operations = []
                for operations_item_data in _operations:
                    _operations_item = operations_item_data
                    operations_item = (
                        null_value(__name__, "operations_item")
                        if _operations_item is None
                        else (
                            EventOperation.__members_by_value__[_operations_item]
                            if _operations_item in EventOperation.__members_by_value__
                            else unknown_member(EventOperation, _operations_item)
                        )
                    )

                    operations.append(operations_item)

            event_catalog_entry.operations = operations
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    event_catalog_entry.additional_properties = found
            append(event_catalog_entry)
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
