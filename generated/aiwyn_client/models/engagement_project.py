# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="EngagementProject")


@_attrs_define(repr=False)
class EngagementProject(Model):
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    budget: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "status",
            "budget",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("name", "name", False, ""),
        ("status", "status", False, ""),
        ("budget", "budget", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        budget = self.budget

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if budget is not UNSET:
            field_dict["budget"] = budget

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is EngagementProject and len(src_dict) >= 4:
            try:
                engagement_project = cls.__new__(cls)
                engagement_project.id = src_dict["id"]
                engagement_project.name = src_dict["name"]
                engagement_project.status = src_dict["status"]
                engagement_project.budget = src_dict["budget"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 4:
                    known = EngagementProject._known_keys
                    engagement_project.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return engagement_project

        get = src_dict.get
        id = get("id", UNSET)
        name = get("name", UNSET)
        status = get("status", UNSET)
        budget = get("budget", UNSET)
        engagement_project = cls(
            id,
            name,
            status,
            budget,
        )

        known = EngagementProject._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            engagement_project.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return engagement_project

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not EngagementProject:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 4:
                try:
                    engagement_project = new(cls)
                    engagement_project.id = src_dict["id"]
                    engagement_project.name = src_dict["name"]
                    engagement_project.status = src_dict["status"]
                    engagement_project.budget = src_dict["budget"]
                except (KeyError, TypeError):
                    engagement_project = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 4:
                        known = EngagementProject._known_keys
                        engagement_project.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                engagement_project = cls.from_dict(src_dict)
            append(engagement_project)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        engagement_project = cls.__new__(cls)
        engagement_project.id = src_wire.id
        engagement_project.name = src_wire.name
        engagement_project.status = src_wire.status
        engagement_project.budget = src_wire.budget
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                engagement_project.additional_properties = found
        return engagement_project

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            engagement_project = new(cls)
            engagement_project.id = src_wire.id
            engagement_project.name = src_wire.name
            engagement_project.status = src_wire.status
            engagement_project.budget = src_wire.budget
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    engagement_project.additional_properties = found
            append(engagement_project)
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
