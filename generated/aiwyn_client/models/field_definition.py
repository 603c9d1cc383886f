# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import strict_enums
from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldDefinition")


@_attrs_define(repr=False)
class FieldDefinition(Model):
    """One field of a record type."""

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    required: bool | Unset = UNSET
    nullable: bool | Unset = UNSET
    referenced_entity_type: None | str | Unset = UNSET
    """ Target entity type of a reference field. """
    rank: int | None | Unset = UNSET
    """ Ordering of the field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "type",
            "required",
            "nullable",
            "referencedEntityType",
            "rank",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("name", "name", False, ""),
        ("type_", "type", False, ""),
        ("required", "required", False, ""),
        ("nullable", "nullable", False, ""),
        ("referenced_entity_type", "referencedEntityType", False, ""),
        ("rank", "rank", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        required = self.required

        nullable = self.nullable

        referenced_entity_type: None | str | Unset
        if isinstance(self.referenced_entity_type, Unset):
            referenced_entity_type = UNSET
        else:
            referenced_entity_type = self.referenced_entity_type

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if nullable is not UNSET:
            field_dict["nullable"] = nullable
        if referenced_entity_type is not UNSET:
            field_dict["referencedEntityType"] = referenced_entity_type
        if rank is not UNSET:
            field_dict["rank"] = rank

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is FieldDefinition and len(src_dict) >= 6:
            try:
                field_definition = cls.__new__(cls)
                field_definition.name = src_dict["name"]
                field_definition.type_ = src_dict["type"]
                field_definition.required = src_dict["required"]
                field_definition.nullable = src_dict["nullable"]
                field_definition.referenced_entity_type = src_dict["referencedEntityType"]
                field_definition.rank = src_dict["rank"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 6:
                    known = FieldDefinition._known_keys
                    field_definition.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return field_definition

        get = src_dict.get
        name = get("name", UNSET)
        type_ = get("type", UNSET)
        required = get("required", UNSET)
        nullable = get("nullable", UNSET)

        def _attempt_referenced_entity_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        def _parse_referenced_entity_type(data: object) -> None | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with strict_enums():
                try:
                    return _attempt_referenced_entity_type(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt_referenced_entity_type(data)

        referenced_entity_type = _parse_referenced_entity_type(get("referencedEntityType", UNSET))

        def _attempt_rank(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        def _parse_rank(data: object) -> int | None | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with strict_enums():
                try:
                    return _attempt_rank(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt_rank(data)

        rank = _parse_rank(get("rank", UNSET))

        field_definition = cls(
            name,
            type_,
            required,
            nullable,
            referenced_entity_type,
            rank,
        )

        known = FieldDefinition._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            field_definition.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return field_definition

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not FieldDefinition:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 6:
                try:
                    field_definition = new(cls)
                    field_definition.name = src_dict["name"]
                    field_definition.type_ = src_dict["type"]
                    field_definition.required = src_dict["required"]
                    field_definition.nullable = src_dict["nullable"]
                    field_definition.referenced_entity_type = src_dict["referencedEntityType"]
                    field_definition.rank = src_dict["rank"]
                except (KeyError, TypeError):
                    field_definition = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 6:
                        known = FieldDefinition._known_keys
                        field_definition.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                field_definition = cls.from_dict(src_dict)
            append(field_definition)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        field_definition = cls.__new__(cls)
        field_definition.name = src_wire.name
        field_definition.type_ = src_wire.type_
        field_definition.required = src_wire.required
        field_definition.nullable = src_wire.nullable
        field_definition.referenced_entity_type = src_wire.referenced_entity_type
        field_definition.rank = src_wire.rank
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                field_definition.additional_properties = found
        return field_definition

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            field_definition = new(cls)
            field_definition.name = src_wire.name
            field_definition.type_ = src_wire.type_
            field_definition.required = src_wire.required
            field_definition.nullable = src_wire.nullable
            field_definition.referenced_entity_type = src_wire.referenced_entity_type
            field_definition.rank = src_wire.rank
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    field_definition.additional_properties = found
            append(field_definition)
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
