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
    from ..models.milestone import Milestone
    from ..models.team_member import TeamMember


T = TypeVar("T", bound="Project")


@_attrs_define(repr=False)
class Project(Model):
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    phase: str | Unset = UNSET
    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    engagement_id: int | Unset = UNSET
    engagement_name: str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    budget: float | Unset = UNSET
    currency: str | Unset = UNSET
    actual_cost: float | Unset = UNSET
    team_members: list[TeamMember] | Unset = UNSET
    milestones: list[Milestone] | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Last update time; the list's default sort key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "description",
            "status",
            "phase",
            "clientId",
            "clientName",
            "engagementId",
            "engagementName",
            "startDate",
            "endDate",
            "budget",
            "currency",
            "actualCost",
            "teamMembers",
            "milestones",
            "updatedAt",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("name", "name", False, ""),
        ("description", "description", False, ""),
        ("status", "status", False, ""),
        ("phase", "phase", False, ""),
        ("client_id", "clientId", False, ""),
        ("client_name", "clientName", False, ""),
        ("engagement_id", "engagementId", False, ""),
        ("engagement_name", "engagementName", False, ""),
        ("start_date", "startDate", False, ""),
        ("end_date", "endDate", False, ""),
        ("budget", "budget", False, ""),
        ("currency", "currency", False, ""),
        ("actual_cost", "actualCost", False, ""),
        ("team_members", "teamMembers", False, "list:TeamMember"),
        ("milestones", "milestones", False, "list:Milestone"),
        ("updated_at", "updatedAt", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        status = self.status

        phase = self.phase

        client_id = self.client_id

        client_name = self.client_name

        engagement_id = self.engagement_id

        engagement_name = self.engagement_name

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

        budget = self.budget

        currency = self.currency

        actual_cost = self.actual_cost

        team_members: list[dict[str, Any]] | Unset = UNSET
        if self.team_members is None:
            team_members = NULL
        elif not isinstance(self.team_members, Unset):
            team_members = []
            for team_members_item_data in self.team_members:
                team_members_item = NULL if team_members_item_data is None else team_members_item_data.to_dict()

                team_members.append(team_members_item)

        milestones: list[dict[str, Any]] | Unset = UNSET
        if self.milestones is None:
            milestones = NULL
        elif not isinstance(self.milestones, Unset):
            milestones = []
            for milestones_item_data in self.milestones:
                milestones_item = NULL if milestones_item_data is None else milestones_item_data.to_dict()

                milestones.append(milestones_item)

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = NULL if self.updated_at is None else self.updated_at.isoformat()

        else:
            updated_at = self.updated_at

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
        if phase is not UNSET:
            field_dict["phase"] = phase
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_name is not UNSET:
            field_dict["clientName"] = client_name
        if engagement_id is not UNSET:
            field_dict["engagementId"] = engagement_id
        if engagement_name is not UNSET:
            field_dict["engagementName"] = engagement_name
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if budget is not UNSET:
            field_dict["budget"] = budget
        if currency is not UNSET:
            field_dict["currency"] = currency
        if actual_cost is not UNSET:
            field_dict["actualCost"] = actual_cost
        if team_members is not UNSET:
            field_dict["teamMembers"] = team_members
        if milestones is not UNSET:
            field_dict["milestones"] = milestones
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is Project and len(src_dict) >= 17:
            try:
                project = cls.__new__(cls)
                project.id = src_dict["id"]
                project.name = src_dict["name"]
                project.description = src_dict["description"]
                project.status = src_dict["status"]
                project.phase = src_dict["phase"]
                project.client_id = src_dict["clientId"]
                project.client_name = src_dict["clientName"]
                project.engagement_id = src_dict["engagementId"]
                project.engagement_name = src_dict["engagementName"]
                _start_date = src_dict["startDate"]
                start_date: datetime.datetime | None | Unset
                if isinstance(_start_date, str):
                    try:
                        start_date = parse_datetime(_start_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        start_date = cast(datetime.datetime | None | Unset, _start_date)
                else:
                    start_date = _start_date
                project.start_date = start_date
                _end_date = src_dict["endDate"]
                end_date: datetime.datetime | None | Unset
                if isinstance(_end_date, str):
                    try:
                        end_date = parse_datetime(_end_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        end_date = cast(datetime.datetime | None | Unset, _end_date)
                else:
                    end_date = _end_date
                project.end_date = end_date
                project.budget = src_dict["budget"]
                project.currency = src_dict["currency"]
                project.actual_cost = src_dict["actualCost"]
                project.team_members = (
                    null_value(__name__, "teamMembers")
                    if (_team_members := src_dict["teamMembers"]) is None
                    else TeamMember._list_from_dicts(_team_members)
                )
                project.milestones = (
                    null_value(__name__, "milestones")
                    if (_milestones := src_dict["milestones"]) is None
                    else Milestone._list_from_dicts(_milestones)
                )
                _updated_at = src_dict["updatedAt"]
                updated_at: datetime.datetime | None | Unset
                if isinstance(_updated_at, str):
                    try:
                        updated_at = parse_datetime(_updated_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        updated_at = cast(datetime.datetime | None | Unset, _updated_at)
                else:
                    updated_at = _updated_at
                project.updated_at = updated_at
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 17:
                    known = Project._known_keys
                    project.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return project

        get = src_dict.get
        id = get("id", UNSET)
        name = get("name", UNSET)
        description = get("description", UNSET)
        status = get("status", UNSET)
        phase = get("phase", UNSET)
        client_id = get("clientId", UNSET)
        client_name = get("clientName", UNSET)
        engagement_id = get("engagementId", UNSET)
        engagement_name = get("engagementName", UNSET)
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

        budget = get("budget", UNSET)
        currency = get("currency", UNSET)
        actual_cost = get("actualCost", UNSET)
        _team_members = get("teamMembers", UNSET)
        team_members: list[TeamMember] | Unset = (
            UNSET
            if _team_members is UNSET
            else null_value(__name__, "teamMembers")
            if _team_members is None
            else TeamMember._list_from_dicts(_team_members)
        )

        _milestones = get("milestones", UNSET)
        milestones: list[Milestone] | Unset = (
            UNSET
            if _milestones is UNSET
            else null_value(__name__, "milestones")
            if _milestones is None
            else Milestone._list_from_dicts(_milestones)
        )

        _updated_at = get("updatedAt", UNSET)
        if isinstance(_updated_at, str):
            try:
                updated_at = parse_datetime(_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, _updated_at)
        else:
            updated_at = _updated_at

        project = cls(
            id,
            name,
            description,
            status,
            phase,
            client_id,
            client_name,
            engagement_id,
            engagement_name,
            start_date,
            end_date,
            budget,
            currency,
            actual_cost,
            team_members,
            milestones,
            updated_at,
        )

        known = Project._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            project.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return project

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not Project:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 17:
                try:
                    project = new(cls)
                    project.id = src_dict["id"]
                    project.name = src_dict["name"]
                    project.description = src_dict["description"]
                    project.status = src_dict["status"]
                    project.phase = src_dict["phase"]
                    project.client_id = src_dict["clientId"]
                    project.client_name = src_dict["clientName"]
                    project.engagement_id = src_dict["engagementId"]
                    project.engagement_name = src_dict["engagementName"]
                    _start_date = src_dict["startDate"]
                    start_date: datetime.datetime | None | Unset
                    if isinstance(_start_date, str):
                        try:
                            start_date = parse_datetime(_start_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            start_date = cast(datetime.datetime | None | Unset, _start_date)
                    else:
                        start_date = _start_date
                    project.start_date = start_date
                    _end_date = src_dict["endDate"]
                    end_date: datetime.datetime | None | Unset
                    if isinstance(_end_date, str):
                        try:
                            end_date = parse_datetime(_end_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            end_date = cast(datetime.datetime | None | Unset, _end_date)
                    else:
                        end_date = _end_date
                    project.end_date = end_date
                    project.budget = src_dict["budget"]
                    project.currency = src_dict["currency"]
                    project.actual_cost = src_dict["actualCost"]
                    project.team_members = (
                        null_value(__name__, "teamMembers")
                        if (_team_members := src_dict["teamMembers"]) is None
                        else TeamMember._list_from_dicts(_team_members)
                    )
                    project.milestones = (
                        null_value(__name__, "milestones")
                        if (_milestones := src_dict["milestones"]) is None
                        else Milestone._list_from_dicts(_milestones)
                    )
                    _updated_at = src_dict["updatedAt"]
                    updated_at: datetime.datetime | None | Unset
                    if isinstance(_updated_at, str):
                        try:
                            updated_at = parse_datetime(_updated_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            updated_at = cast(datetime.datetime | None | Unset, _updated_at)
                    else:
                        updated_at = _updated_at
                    project.updated_at = updated_at
                except (KeyError, TypeError):
                    project = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 17:
                        known = Project._known_keys
                        project.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                project = cls.from_dict(src_dict)
            append(project)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        project = cls.__new__(cls)
        project.id = src_wire.id
        project.name = src_wire.name
        project.description = src_wire.description
        project.status = src_wire.status
        project.phase = src_wire.phase
        project.client_id = src_wire.client_id
        project.client_name = src_wire.client_name
        project.engagement_id = src_wire.engagement_id
        project.engagement_name = src_wire.engagement_name
        _start_date = src_wire.start_date
        start_date: datetime.datetime | None | Unset
        if isinstance(_start_date, str):
            try:
                start_date = parse_datetime(_start_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                start_date = cast(datetime.datetime | None | Unset, _start_date)
        else:
            start_date = _start_date

        project.start_date = start_date
        _end_date = src_wire.end_date
        end_date: datetime.datetime | None | Unset
        if isinstance(_end_date, str):
            try:
                end_date = parse_datetime(_end_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                end_date = cast(datetime.datetime | None | Unset, _end_date)
        else:
            end_date = _end_date

        project.end_date = end_date
        project.budget = src_wire.budget
        project.currency = src_wire.currency
        project.actual_cost = src_wire.actual_cost
        _team_members = src_wire.team_members
        team_members: list[TeamMember] | Unset = (
            UNSET
            if _team_members is UNSET
            else null_value(__name__, "teamMembers")
            if _team_members is None
            else TeamMember._list_from_wire(_team_members)
        )

        project.team_members = team_members
        _milestones = src_wire.milestones
        milestones: list[Milestone] | Unset = (
            UNSET
            if _milestones is UNSET
            else null_value(__name__, "milestones")
            if _milestones is None
            else Milestone._list_from_wire(_milestones)
        )

        project.milestones = milestones
        _updated_at = src_wire.updated_at
        updated_at: datetime.datetime | None | Unset
        if isinstance(_updated_at, str):
            try:
                updated_at = parse_datetime(_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, _updated_at)
        else:
            updated_at = _updated_at

        project.updated_at = updated_at
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                project.additional_properties = found
        return project

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            project = new(cls)
            project.id = src_wire.id
            project.name = src_wire.name
            project.description = src_wire.description
            project.status = src_wire.status
            project.phase = src_wire.phase
            project.client_id = src_wire.client_id
            project.client_name = src_wire.client_name
            project.engagement_id = src_wire.engagement_id
            project.engagement_name = src_wire.engagement_name
            _start_date = src_wire.start_date
            start_date: datetime.datetime | None | Unset
            if isinstance(_start_date, str):
                try:
                    start_date = parse_datetime(_start_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    start_date = cast(datetime.datetime | None | Unset, _start_date)
            else:
                start_date = _start_date

            project.start_date = start_date
            _end_date = src_wire.end_date
            end_date: datetime.datetime | None | Unset
            if isinstance(_end_date, str):
                try:
                    end_date = parse_datetime(_end_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    end_date = cast(datetime.datetime | None | Unset, _end_date)
            else:
                end_date = _end_date

            project.end_date = end_date
            project.budget = src_wire.budget
            project.currency = src_wire.currency
            project.actual_cost = src_wire.actual_cost
            _team_members = src_wire.team_members
            team_members: list[TeamMember] | Unset = (
                UNSET
                if _team_members is UNSET
                else null_value(__name__, "teamMembers")
                if _team_members is None
                else TeamMember._list_from_wire(_team_members)
            )

            project.team_members = team_members
            _milestones = src_wire.milestones
            milestones: list[Milestone] | Unset = (
                UNSET
                if _milestones is UNSET
                else null_value(__name__, "milestones")
                if _milestones is None
                else Milestone._list_from_wire(_milestones)
            )

            project.milestones = milestones
            _updated_at = src_wire.updated_at
            updated_at: datetime.datetime | None | Unset
            if isinstance(_updated_at, str):
                try:
                    updated_at = parse_datetime(_updated_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    updated_at = cast(datetime.datetime | None | Unset, _updated_at)
            else:
                updated_at = _updated_at

            project.updated_at = updated_at
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    project.additional_properties = found
            append(project)
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
    from ..models.milestone import Milestone
    from ..models.team_member import TeamMember
