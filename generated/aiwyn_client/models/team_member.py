# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamMember")


@_attrs_define(repr=False)
class TeamMember(Model):
    staff_id: int | Unset = UNSET
    name: str | Unset = UNSET
    role: str | Unset = UNSET
    allocation: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "staffId",
            "name",
            "role",
            "allocation",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("staff_id", "staffId", False, ""),
        ("name", "name", False, ""),
        ("role", "role", False, ""),
        ("allocation", "allocation", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        staff_id = self.staff_id

        name = self.name

        role = self.role

        allocation = self.allocation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if staff_id is not UNSET:
            field_dict["staffId"] = staff_id
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role
        if allocation is not UNSET:
            field_dict["allocation"] = allocation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is TeamMember and len(src_dict) >= 4:
            try:
                team_member = cls.__new__(cls)
                team_member.staff_id = src_dict["staffId"]
                team_member.name = src_dict["name"]
                team_member.role = src_dict["role"]
                team_member.allocation = src_dict["allocation"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 4:
                    known = TeamMember._known_keys
                    team_member.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return team_member

        get = src_dict.get
        staff_id = get("staffId", UNSET)
        name = get("name", UNSET)
        role = get("role", UNSET)
        allocation = get("allocation", UNSET)
        team_member = cls(
            staff_id,
            name,
            role,
            allocation,
        )

        known = TeamMember._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            team_member.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return team_member

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not TeamMember:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 4:
                try:
                    team_member = new(cls)
                    team_member.staff_id = src_dict["staffId"]
                    team_member.name = src_dict["name"]
                    team_member.role = src_dict["role"]
                    team_member.allocation = src_dict["allocation"]
                except (KeyError, TypeError):
                    team_member = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 4:
                        known = TeamMember._known_keys
                        team_member.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                team_member = cls.from_dict(src_dict)
            append(team_member)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        team_member = cls.__new__(cls)
        team_member.staff_id = src_wire.staff_id
        team_member.name = src_wire.name
        team_member.role = src_wire.role
        team_member.allocation = src_wire.allocation
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                team_member.additional_properties = found
        return team_member

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            team_member = new(cls)
            team_member.staff_id = src_wire.staff_id
            team_member.name = src_wire.name
            team_member.role = src_wire.role
            team_member.allocation = src_wire.allocation
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    team_member.additional_properties = found
            append(team_member)
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
