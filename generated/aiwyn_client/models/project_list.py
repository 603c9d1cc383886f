# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project import Project
    from ..models.total import Total


T = TypeVar("T", bound="ProjectList")


@_attrs_define(repr=False)
class ProjectList(Model):
    projects: list[Project] | Unset = UNSET
    total: Total | Unset = UNSET
    """ Hasura aggregate of every record matching the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "projects",
            "total",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("projects", "projects", False, "list:Project"),
        ("total", "total", False, "one:Total"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        projects: list[dict[str, Any]] | Unset = UNSET
        if self.projects is None:
            projects = NULL
        elif not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = NULL if projects_item_data is None else projects_item_data.to_dict()

                projects.append(projects_item)

        total: dict[str, Any] | Unset = UNSET
        if self.total is None:
            total = NULL
        elif not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if projects is not UNSET:
            field_dict["projects"] = projects
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is ProjectList and len(src_dict) >= 2:
            try:
                project_list = cls.__new__(cls)
                project_list.projects = (
                    null_value(__name__, "projects")
                    if (_projects := src_dict["projects"]) is None
                    else Project._list_from_dicts(_projects)
                )
                project_list.total = (
                    null_value(__name__, "total") if (_total := src_dict["total"]) is None else Total.from_dict(_total)
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 2:
                    known = ProjectList._known_keys
                    project_list.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return project_list

        get = src_dict.get
        _projects = get("projects", UNSET)
        projects: list[Project] | Unset = (
            UNSET
            if _projects is UNSET
            else null_value(__name__, "projects")
            if _projects is None
            else Project._list_from_dicts(_projects)
        )

        _total = get("total", UNSET)
        total: Total | Unset = (
            UNSET if _total is UNSET else null_value(__name__, "total") if _total is None else Total.from_dict(_total)
        )

        project_list = cls(
            projects,
            total,
        )

        known = ProjectList._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            project_list.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return project_list

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not ProjectList:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 2:
                try:
                    project_list = new(cls)
                    project_list.projects = (
                        null_value(__name__, "projects")
                        if (_projects := src_dict["projects"]) is None
                        else Project._list_from_dicts(_projects)
                    )
                    project_list.total = (
                        null_value(__name__, "total")
                        if (_total := src_dict["total"]) is None
                        else Total.from_dict(_total)
                    )
                except (KeyError, TypeError):
                    project_list = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 2:
                        known = ProjectList._known_keys
                        project_list.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                project_list = cls.from_dict(src_dict)
            append(project_list)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        project_list = cls.__new__(cls)
        _projects = src_wire.projects
        projects: list[Project] | Unset = (
            UNSET
            if _projects is UNSET
            else null_value(__name__, "projects")
            if _projects is None
            else Project._list_from_wire(_projects)
        )

        project_list.projects = projects
        _total = src_wire.total
        total: Total | Unset = (
            UNSET if _total is UNSET else null_value(__name__, "total") if _total is None else Total._from_wire(_total)
        )

        project_list.total = total
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                project_list.additional_properties = found
        return project_list

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            project_list = new(cls)
            _projects = src_wire.projects
            projects: list[Project] | Unset = (
                UNSET
                if _projects is UNSET
                else null_value(__name__, "projects")
                if _projects is None
                else Project._list_from_wire(_projects)
            )

            project_list.projects = projects
            _total = src_wire.total
            total: Total | Unset = (
                UNSET
                if _total is UNSET
                else null_value(__name__, "total")
                if _total is None
                else Total._from_wire(_total)
            )

            project_list.total = total
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    project_list.additional_properties = found
            append(project_list)
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


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not TYPE_CHECKING:
    from ..models.project import Project
    from ..models.total import Total
