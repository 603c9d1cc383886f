from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._iso8601 import parse_datetime
from ..models.event_operation import EventOperation
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventSubscription")


@_attrs_define
class EventSubscription:
    id: int | Unset = UNSET
    url: str | Unset = UNSET
    entity_types: list[str] | Unset = UNSET
    operations: list[EventOperation] | Unset = UNSET
    active: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "url",
            "entityTypes",
            "operations",
            "active",
            "description",
            "createdAt",
            "updatedAt",
        }
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        entity_types: list[str] | Unset = UNSET
        if not isinstance(self.entity_types, Unset):
            entity_types = self.entity_types

        operations: list[str] | Unset = UNSET
        if not isinstance(self.operations, Unset):
            operations = []
            for operations_item_data in self.operations:
                operations_item = operations_item_data.value
                operations.append(operations_item)

        active = self.active

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if entity_types is not UNSET:
            field_dict["entityTypes"] = entity_types
        if operations is not UNSET:
            field_dict["operations"] = operations
        if active is not UNSET:
            field_dict["active"] = active
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is EventSubscription and len(src_dict) == 8:
            try:
                event_subscription = cls.__new__(cls)
                event_subscription.id = src_dict["id"]
                event_subscription.url = src_dict["url"]
                event_subscription.entity_types = src_dict["entityTypes"]
                event_subscription.operations = [EventOperation(item) for item in src_dict["operations"]]
                event_subscription.active = src_dict["active"]
                event_subscription.description = src_dict["description"]
                event_subscription.created_at = parse_datetime(src_dict["createdAt"])
                event_subscription.updated_at = parse_datetime(src_dict["updatedAt"])
                event_subscription.additional_properties = {}
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                return event_subscription

        get = src_dict.get
        id = get("id", UNSET)
        url = get("url", UNSET)
        entity_types = cast(list[str], get("entityTypes", UNSET))

        _operations = get("operations", UNSET)
        operations: list[EventOperation] | Unset = UNSET
        if _operations is not UNSET:
            operations = []
            for operations_item_data in _operations:
                operations_item = EventOperation(operations_item_data)

                operations.append(operations_item)

        active = get("active", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(get("description", UNSET))

        _created_at = get("createdAt", UNSET)
        created_at: datetime.datetime | Unset = UNSET if _created_at is UNSET else parse_datetime(_created_at)

        _updated_at = get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset = UNSET if _updated_at is UNSET else parse_datetime(_updated_at)

        event_subscription = cls(
            id,
            url,
            entity_types,
            operations,
            active,
            description,
            created_at,
            updated_at,
        )

        known = EventSubscription._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            event_subscription.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return event_subscription

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not EventSubscription:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) == 8:
                try:
                    event_subscription = new(cls)
                    event_subscription.id = src_dict["id"]
                    event_subscription.url = src_dict["url"]
                    event_subscription.entity_types = src_dict["entityTypes"]
                    event_subscription.operations = [EventOperation(item) for item in src_dict["operations"]]
                    event_subscription.active = src_dict["active"]
                    event_subscription.description = src_dict["description"]
                    event_subscription.created_at = parse_datetime(src_dict["createdAt"])
                    event_subscription.updated_at = parse_datetime(src_dict["updatedAt"])
                    event_subscription.additional_properties = {}
                except (KeyError, TypeError):
                    event_subscription = cls.from_dict(src_dict)
            else:
                event_subscription = cls.from_dict(src_dict)
            append(event_subscription)
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
