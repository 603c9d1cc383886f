# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value
from .._iso8601 import parse_datetime
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.engagement_project import EngagementProject
    from ..models.team_member import TeamMember


T = TypeVar("T", bound="EngagementDetail")


@_attrs_define(repr=False)
class EngagementDetail(Model):
    """An engagement as the get-by-ID operation returns it (camelCase fields)."""

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    client_email: str | Unset = UNSET
    client_phone: str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    estimated_value: float | Unset = UNSET
    currency: str | Unset = UNSET
    projects: list[EngagementProject] | Unset = UNSET
    team_members: list[TeamMember] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "description",
            "status",
            "type",
            "clientId",
            "clientName",
            "clientEmail",
            "clientPhone",
            "startDate",
            "endDate",
            "estimatedValue",
            "currency",
            "projects",
            "teamMembers",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("name", "name", False, ""),
        ("description", "description", False, ""),
        ("status", "status", False, ""),
        ("type_", "type", False, ""),
        ("client_id", "clientId", False, ""),
        ("client_name", "clientName", False, ""),
        ("client_email", "clientEmail", False, ""),
        ("client_phone", "clientPhone", False, ""),
        ("start_date", "startDate", False, ""),
        ("end_date", "endDate", False, ""),
        ("estimated_value", "estimatedValue", False, ""),
        ("currency", "currency", False, ""),
        ("projects", "projects", False, "list:EngagementProject"),
        ("team_members", "teamMembers", False, "list:TeamMember"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        status = self.status

        type_ = self.type_

        client_id = self.client_id

        client_name = self.client_name

        client_email = self.client_email

        client_phone = self.client_phone

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = NULL if self.start_date is None else self.start_date.isoformat()

        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = NULL if self.end_date is None else self.end_date.isoformat()

        else:
            end_date = self.end_date

        estimated_value = self.estimated_value

        currency = self.currency

        projects: list[dict[str, Any]] | Unset = UNSET
        if self.projects is None:
            projects = NULL
        elif not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = NULL if projects_item_data is None else projects_item_data.to_dict()

                projects.append(projects_item)

        team_members: list[dict[str, Any]] | Unset = UNSET
        if self.team_members is None:
            team_members = NULL
        elif not isinstance(self.team_members, Unset):
            team_members = []
            for team_members_item_data in self.team_members:
                team_members_item = NULL if team_members_item_data is None else team_members_item_data.to_dict()

                team_members.append(team_members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_name is not UNSET:
            field_dict["clientName"] = client_name
        if client_email is not UNSET:
            field_dict["clientEmail"] = client_email
        if client_phone is not UNSET:
            field_dict["clientPhone"] = client_phone
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if estimated_value is not UNSET:
            field_dict["estimatedValue"] = estimated_value
        if currency is not UNSET:
            field_dict["currency"] = currency
        if projects is not UNSET:
            field_dict["projects"] = projects
        if team_members is not UNSET:
            field_dict["teamMembers"] = team_members

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is EngagementDetail and len(src_dict) >= 15:
            try:
                engagement_detail = cls.__new__(cls)
                engagement_detail.id = src_dict["id"]
                engagement_detail.name = src_dict["name"]
                engagement_detail.description = src_dict["description"]
                engagement_detail.status = src_dict["status"]
                engagement_detail.type_ = src_dict["type"]
                engagement_detail.client_id = src_dict["clientId"]
                engagement_detail.client_name = src_dict["clientName"]
                engagement_detail.client_email = src_dict["clientEmail"]
                engagement_detail.client_phone = src_dict["clientPhone"]
                _start_date = src_dict["startDate"]
                start_date: datetime.datetime | None | Unset
                if isinstance(_start_date, str):
                    try:
                        start_date = parse_datetime(_start_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        start_date = cast(datetime.datetime | None | Unset, _start_date)
                else:
                    start_date = _start_date
                engagement_detail.start_date = start_date
                _end_date = src_dict["endDate"]
                end_date: datetime.datetime | None | Unset
                if isinstance(_end_date, str):
                    try:
                        end_date = parse_datetime(_end_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        end_date = cast(datetime.datetime | None | Unset, _end_date)
                else:
                    end_date = _end_date
                engagement_detail.end_date = end_date
                engagement_detail.estimated_value = src_dict["estimatedValue"]
                engagement_detail.currency = src_dict["currency"]
                engagement_detail.projects = (
                    null_value(__name__, "projects")
                    if (_projects := src_dict["projects"]) is None
                    else EngagementProject._list_from_dicts(_projects)
                )
                engagement_detail.team_members = (
                    null_value(__name__, "teamMembers")
                    if (_team_members := src_dict["teamMembers"]) is None
                    else TeamMember._list_from_dicts(_team_members)
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 15:
                    known = EngagementDetail._known_keys
                    engagement_detail.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return engagement_detail

        get = src_dict.get
        id = get("id", UNSET)
        name = get("name", UNSET)
        description = get("description", UNSET)
        status = get("status", UNSET)
        type_ = get("type", UNSET)
        client_id = get("clientId", UNSET)
        client_name = get("clientName", UNSET)
        client_email = get("clientEmail", UNSET)
        client_phone = get("clientPhone", UNSET)
        _start_date = get("startDate", UNSET)
        if isinstance(_start_date, str):
            try:
                start_date = parse_datetime(_start_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                start_date = cast(datetime.datetime | None | Unset, _start_date)
        else:
            start_date = _start_date

        _end_date = get("endDate", UNSET)
        if isinstance(_end_date, str):
            try:
                end_date = parse_datetime(_end_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                end_date = cast(datetime.datetime | None | Unset, _end_date)
        else:
            end_date = _end_date

        estimated_value = get("estimatedValue", UNSET)
        currency = get("currency", UNSET)
        _projects = get("projects", UNSET)
        projects: list[EngagementProject] | Unset = (
            UNSET
            if _projects is UNSET
            else null_value(__name__, "projects")
            if _projects is None
            else EngagementProject._list_from_dicts(_projects)
        )

        _team_members = get("teamMembers", UNSET)
        team_members: list[TeamMember] | Unset = (
            UNSET
            if _team_members is UNSET
            else null_value(__name__, "teamMembers")
            if _team_members is None
            else TeamMember._list_from_dicts(_team_members)
        )

        engagement_detail = cls(
            id,
            name,
            description,
            status,
            type_,
            client_id,
            client_name,
            client_email,
            client_phone,
            start_date,
            end_date,
            estimated_value,
            currency,
            projects,
            team_members,
        )

        known = EngagementDetail._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            engagement_detail.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return engagement_detail

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not EngagementDetail:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 15:
                try:
                    engagement_detail = new(cls)
                    engagement_detail.id = src_dict["id"]
                    engagement_detail.name = src_dict["name"]
                    engagement_detail.description = src_dict["description"]
                    engagement_detail.status = src_dict["status"]
                    engagement_detail.type_ = src_dict["type"]
                    engagement_detail.client_id = src_dict["clientId"]
                    engagement_detail.client_name = src_dict["clientName"]
                    engagement_detail.client_email = src_dict["clientEmail"]
                    engagement_detail.client_phone = src_dict["clientPhone"]
                    _start_date = src_dict["startDate"]
                    start_date: datetime.datetime | None | Unset
                    if isinstance(_start_date, str):
                        try:
                            start_date = parse_datetime(_start_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            start_date = cast(datetime.datetime | None | Unset, _start_date)
                    else:
                        start_date = _start_date
                    engagement_detail.start_date = start_date
                    _end_date = src_dict["endDate"]
                    end_date: datetime.datetime | None | Unset
                    if isinstance(_end_date, str):
                        try:
                            end_date = parse_datetime(_end_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            end_date = cast(datetime.datetime | None | Unset, _end_date)
                    else:
                        end_date = _end_date
                    engagement_detail.end_date = end_date
                    engagement_detail.estimated_value = src_dict["estimatedValue"]
                    engagement_detail.currency = src_dict["currency"]
                    engagement_detail.projects = (
                        null_value(__name__, "projects")
                        if (_projects := src_dict["projects"]) is None
                        else EngagementProject._list_from_dicts(_projects)
                    )
                    engagement_detail.team_members = (
                        null_value(__name__, "teamMembers")
                        if (_team_members := src_dict["teamMembers"]) is None
                        else TeamMember._list_from_dicts(_team_members)
                    )
                except (KeyError, TypeError):
                    engagement_detail = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 15:
                        known = EngagementDetail._known_keys
                        engagement_detail.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                engagement_detail = cls.from_dict(src_dict)
            append(engagement_detail)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        engagement_detail = cls.__new__(cls)
        engagement_detail.id = src_wire.id
        engagement_detail.name = src_wire.name
        engagement_detail.description = src_wire.description
        engagement_detail.status = src_wire.status
        engagement_detail.type_ = src_wire.type_
        engagement_detail.client_id = src_wire.client_id
        engagement_detail.client_name = src_wire.client_name
        engagement_detail.client_email = src_wire.client_email
        engagement_detail.client_phone = src_wire.client_phone
        _start_date = src_wire.start_date
        start_date: datetime.datetime | None | Unset
        if isinstance(_start_date, str):
            try:
                start_date = parse_datetime(_start_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                start_date = cast(datetime.datetime | None | Unset, _start_date)
        else:
            start_date = _start_date

        engagement_detail.start_date = start_date
        _end_date = src_wire.end_date
        end_date: datetime.datetime | None | Unset
        if isinstance(_end_date, str):
            try:
                end_date = parse_datetime(_end_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                end_date = cast(datetime.datetime | None | Unset, _end_date)
        else:
            end_date = _end_date

        engagement_detail.end_date = end_date
        engagement_detail.estimated_value = src_wire.estimated_value
        engagement_detail.currency = src_wire.currency
        _projects = src_wire.projects
        projects: list[EngagementProject] | Unset = (
            UNSET
            if _projects is UNSET
            else null_value(__name__, "projects")
            if _projects is None
            else EngagementProject._list_from_wire(_projects)
        )

        engagement_detail.projects = projects
        _team_members = src_wire.team_members
        team_members: list[TeamMember] | Unset = (
            UNSET
            if _team_members is UNSET
            else null_value(__name__, "teamMembers")
            if _team_members is None
            else TeamMember._list_from_wire(_team_members)
        )

        engagement_detail.team_members = team_members
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                engagement_detail.additional_properties = found
        return engagement_detail

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            engagement_detail = new(cls)
            engagement_detail.id = src_wire.id
            engagement_detail.name = src_wire.name
            engagement_detail.description = src_wire.description
            engagement_detail.status = src_wire.status
            engagement_detail.type_ = src_wire.type_
            engagement_detail.client_id = src_wire.client_id
            engagement_detail.client_name = src_wire.client_name
            engagement_detail.client_email = src_wire.client_email
            engagement_detail.client_phone = src_wire.client_phone
            _start_date = src_wire.start_date
            start_date: datetime.datetime | None | Unset
            if isinstance(_start_date, str):
                try:
                    start_date = parse_datetime(_start_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    start_date = cast(datetime.datetime | None | Unset, _start_date)
            else:
                start_date = _start_date

            engagement_detail.start_date = start_date
            _end_date = src_wire.end_date
            end_date: datetime.datetime | None | Unset
            if isinstance(_end_date, str):
                try:
                    end_date = parse_datetime(_end_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    end_date = cast(datetime.datetime | None | Unset, _end_date)
            else:
                end_date = _end_date

            engagement_detail.end_date = end_date
            engagement_detail.estimated_value = src_wire.estimated_value
            engagement_detail.currency = src_wire.currency
            _projects = src_wire.projects
            projects: list[EngagementProject] | Unset = (
                UNSET
                if _projects is UNSET
                else null_value(__name__, "projects")
                if _projects is None
                else EngagementProject._list_from_wire(_projects)
            )

            engagement_detail.projects = projects
            _team_members = src_wire.team_members
            team_members: list[TeamMember] | Unset = (
                UNSET
                if _team_members is UNSET
                else null_value(__name__, "teamMembers")
                if _team_members is None
                else TeamMember._list_from_wire(_team_members)
            )

            engagement_detail.team_members = team_members
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    engagement_detail.additional_properties = found
            append(engagement_detail)
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
    from ..models.engagement_project import EngagementProject
    from ..models.team_member import TeamMember
