# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value, strict_enums, unknown_member
from .._model import Model
from ..models.event_operation import EventOperation
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEventSubscriptionRequest")


@_attrs_define(repr=False)
class CreateEventSubscriptionRequest(Model):
    url: str
    entity_types: list[str]
    operations: list[EventOperation]
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
            "entityTypes",
            "operations",
            "description",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("url", "url", True, ""),
        ("entity_types", "entityTypes", True, ""),
        ("operations", "operations", True, ""),
        ("description", "description", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        if self.entity_types is None:
            entity_types = NULL
        else:
            entity_types = self.entity_types

        if self.operations is None:
            operations = NULL
        else:
            operations = []
            for operations_item_data in self.operations:
                operations_item = NULL if operations_item_data is None else operations_item_data.value

                operations.append(operations_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "entityTypes": entity_types,
                "operations": operations,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is CreateEventSubscriptionRequest and len(src_dict) >= 4:
            try:
                create_event_subscription_request = cls.__new__(cls)
                create_event_subscription_request.url = src_dict["url"]
                create_event_subscription_request.entity_types = src_dict["entityTypes"]
                create_event_subscription_request.operations = [
                    (
                        EventOperation.__members_by_value__[item]
                        if item in EventOperation.__members_by_value__
                        else unknown_member(EventOperation, item)
                    )
                    for item in src_dict["operations"]
                ]
                create_event_subscription_request.description = src_dict["description"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 4:
                    known = CreateEventSubscriptionRequest._known_keys
                    create_event_subscription_request.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in known
                    }
                return create_event_subscription_request

        get = src_dict.get
        url = src_dict["url"]
        entity_types = cast(list[str], src_dict["entityTypes"])

        operations = []
        _operations = src_dict["operations"]
        for operations_item_data in _operations or ():
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
        if _operations is None:
            operations = null_value(__name__, "operations")

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

        create_event_subscription_request = cls(
            url,
            entity_types,
            operations,
            description,
        )

        known = CreateEventSubscriptionRequest._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            create_event_subscription_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in known
            }
        return create_event_subscription_request

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not CreateEventSubscriptionRequest:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 4:
                try:
                    create_event_subscription_request = new(cls)
                    create_event_subscription_request.url = src_dict["url"]
                    create_event_subscription_request.entity_types = src_dict["entityTypes"]
                    create_event_subscription_request.operations = [
                        (
                            EventOperation.__members_by_value__[item]
                            if item in EventOperation.__members_by_value__
                            else unknown_member(EventOperation, item)
                        )
                        for item in src_dict["operations"]
                    ]
                    create_event_subscription_request.description = src_dict["description"]
                except (KeyError, TypeError):
                    create_event_subscription_request = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 4:
                        known = CreateEventSubscriptionRequest._known_keys
                        create_event_subscription_request.additional_properties = {
                            k: v for k, v in src_dict.items() if k not in known
                        }
            else:
                create_event_subscription_request = cls.from_dict(src_dict)
            append(create_event_subscription_request)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        create_event_subscription_request = cls.__new__(cls)
        create_event_subscription_request.url = src_wire.url
        create_event_subscription_request.entity_types = src_wire.entity_types
        operations = []
        _operations = src_wire.operations
        for operations_item_data in _operations or ():
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
        if _operations is None:
            operations = null_value(__name__, "operations")

        create_event_subscription_request.operations = operations
        create_event_subscription_request.description = src_wire.description
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                create_event_subscription_request.additional_properties = found
        return create_event_subscription_request

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            create_event_subscription_request = new(cls)
            create_event_subscription_request.url = src_wire.url
            create_event_subscription_request.entity_types = src_wire.entity_types
            operations = []
            _operations = src_wire.operations
            for operations_item_data in _operations or ():
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
            if _operations is None:
                operations = null_value(__name__, "operations")

            create_event_subscription_request.operations = operations
            create_event_subscription_request.description = src_wire.description
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    create_event_subscription_request.additional_properties = found
            append(create_event_subscription_request)
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
