# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any, ClassVar, cast
from typing import TypeVar as _TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import CONTAINERS as _CONTAINERS
from .._decode import NULL as _NULL
from .._decode import checked_items as _checked_items
from .._decode import null_value as _null_value
from .._decode import scalar as _scalar
from .._decode import wrong_shape as _wrong_shape
from .._iso8601 import parse_datetime as _parse_datetime
from .._model import Model as _Model
from ..types import UNSET, Unset

if _TYPE_CHECKING:
    from ..models.milestone import Milestone
    from ..models.team_member import TeamMember


_T = _TypeVar("_T", bound="Project")


@_attrs_define(repr=False)
class Project(_Model):
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
        ("id", "id", False, "scalar"),
        ("name", "name", False, "scalar"),
        ("description", "description", False, "scalar"),
        ("status", "status", False, "scalar"),
        ("phase", "phase", False, "scalar"),
        ("client_id", "clientId", False, "scalar"),
        ("client_name", "clientName", False, "scalar"),
        ("engagement_id", "engagementId", False, "scalar"),
        ("engagement_name", "engagementName", False, "scalar"),
        ("start_date", "startDate", False, "scalar"),
        ("end_date", "endDate", False, "scalar"),
        ("budget", "budget", False, "scalar"),
        ("currency", "currency", False, "scalar"),
        ("actual_cost", "actualCost", False, "scalar"),
        ("team_members", "teamMembers", False, "list:TeamMember"),
        ("milestones", "milestones", False, "list:Milestone"),
        ("updated_at", "updatedAt", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

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
            start_date = _NULL if self.start_date is None else self.start_date.isoformat()

        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = _NULL if self.end_date is None else self.end_date.isoformat()

        else:
            end_date = self.end_date

        budget = self.budget

        currency = self.currency

        actual_cost = self.actual_cost

        team_members: list[dict[str, Any]] | Unset = UNSET
        if self.team_members is None:
            team_members = _NULL
        elif not isinstance(self.team_members, Unset):
            team_members = []
            for _team_members_item_data in self.team_members:
                team_members_item = _NULL if _team_members_item_data is None else _team_members_item_data.to_dict()

                team_members.append(team_members_item)

        milestones: list[dict[str, Any]] | Unset = UNSET
        if self.milestones is None:
            milestones = _NULL
        elif not isinstance(self.milestones, Unset):
            milestones = []
            for _milestones_item_data in self.milestones:
                milestones_item = _NULL if _milestones_item_data is None else _milestones_item_data.to_dict()

                milestones.append(milestones_item)

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = _NULL if self.updated_at is None else self.updated_at.isoformat()

        else:
            updated_at = self.updated_at

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if name is not UNSET:
            _field_dict["name"] = name
        if description is not UNSET:
            _field_dict["description"] = description
        if status is not UNSET:
            _field_dict["status"] = status
        if phase is not UNSET:
            _field_dict["phase"] = phase
        if client_id is not UNSET:
            _field_dict["clientId"] = client_id
        if client_name is not UNSET:
            _field_dict["clientName"] = client_name
        if engagement_id is not UNSET:
            _field_dict["engagementId"] = engagement_id
        if engagement_name is not UNSET:
            _field_dict["engagementName"] = engagement_name
        if start_date is not UNSET:
            _field_dict["startDate"] = start_date
        if end_date is not UNSET:
            _field_dict["endDate"] = end_date
        if budget is not UNSET:
            _field_dict["budget"] = budget
        if currency is not UNSET:
            _field_dict["currency"] = currency
        if actual_cost is not UNSET:
            _field_dict["actualCost"] = actual_cost
        if team_members is not UNSET:
            _field_dict["teamMembers"] = team_members
        if milestones is not UNSET:
            _field_dict["milestones"] = milestones
        if updated_at is not UNSET:
            _field_dict["updatedAt"] = updated_at

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 17:
            try:
                _instance = _cls.__new__(_cls)
                _instance.id = _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                _instance.name = (
                    _v if type(_v := _src_dict["name"]) is str or _v is _NULL else _scalar(_v, __name__, "name")
                )
                _instance.description = (
                    _v
                    if type(_v := _src_dict["description"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "description")
                )
                _instance.status = (
                    _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                )
                _instance.phase = (
                    _v if type(_v := _src_dict["phase"]) is str or _v is _NULL else _scalar(_v, __name__, "phase")
                )
                _instance.client_id = (
                    _v if type(_v := _src_dict["clientId"]) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
                )
                _instance.client_name = (
                    _v
                    if type(_v := _src_dict["clientName"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "clientName")
                )
                _instance.engagement_id = (
                    _v
                    if type(_v := _src_dict["engagementId"]) is int or _v is _NULL
                    else _scalar(_v, __name__, "engagementId")
                )
                _instance.engagement_name = (
                    _v
                    if type(_v := _src_dict["engagementName"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "engagementName")
                )
                __start_date = _src_dict["startDate"]
                start_date: datetime.datetime | None | Unset
                if isinstance(__start_date, str):
                    try:
                        start_date = _parse_datetime(__start_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        start_date = cast(datetime.datetime | None | Unset, __start_date)
                else:
                    start_date = (
                        __start_date
                        if type(__start_date) not in _CONTAINERS
                        else _wrong_shape(__name__, "startDate", __start_date)
                    )
                _instance.start_date = start_date
                __end_date = _src_dict["endDate"]
                end_date: datetime.datetime | None | Unset
                if isinstance(__end_date, str):
                    try:
                        end_date = _parse_datetime(__end_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        end_date = cast(datetime.datetime | None | Unset, __end_date)
                else:
                    end_date = (
                        __end_date
                        if type(__end_date) not in _CONTAINERS
                        else _wrong_shape(__name__, "endDate", __end_date)
                    )
                _instance.end_date = end_date
                _instance.budget = (
                    _v if type(_v := _src_dict["budget"]) is float or _v is _NULL else _scalar(_v, __name__, "budget")
                )
                _instance.currency = (
                    _v if type(_v := _src_dict["currency"]) is str or _v is _NULL else _scalar(_v, __name__, "currency")
                )
                _instance.actual_cost = (
                    _v
                    if type(_v := _src_dict["actualCost"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "actualCost")
                )
                _instance.team_members = (
                    _null_value(__name__, "teamMembers")
                    if (__team_members := _src_dict["teamMembers"]) is None
                    else TeamMember._list_from_dicts(
                        __team_members
                        if type(__team_members) is list
                        else _checked_items(__team_members, __name__, "teamMembers")
                    )
                )
                _instance.milestones = (
                    _null_value(__name__, "milestones")
                    if (__milestones := _src_dict["milestones"]) is None
                    else Milestone._list_from_dicts(
                        __milestones
                        if type(__milestones) is list
                        else _checked_items(__milestones, __name__, "milestones")
                    )
                )
                __updated_at = _src_dict["updatedAt"]
                updated_at: datetime.datetime | None | Unset
                if isinstance(__updated_at, str):
                    try:
                        updated_at = _parse_datetime(__updated_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        updated_at = cast(datetime.datetime | None | Unset, __updated_at)
                else:
                    updated_at = (
                        __updated_at
                        if type(__updated_at) not in _CONTAINERS
                        else _wrong_shape(__name__, "updatedAt", __updated_at)
                    )
                _instance.updated_at = updated_at
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 17:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        id = _v if type(_v := _get("id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "id")
        name = _v if type(_v := _get("name", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "name")
        description = (
            _v if type(_v := _get("description", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "description")
        )
        status = _v if type(_v := _get("status", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "status")
        phase = _v if type(_v := _get("phase", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "phase")
        client_id = (
            _v if type(_v := _get("clientId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
        )
        client_name = (
            _v if type(_v := _get("clientName", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "clientName")
        )
        engagement_id = (
            _v
            if type(_v := _get("engagementId", UNSET)) is int or _v is _NULL
            else _scalar(_v, __name__, "engagementId")
        )
        engagement_name = (
            _v
            if type(_v := _get("engagementName", UNSET)) is str or _v is _NULL
            else _scalar(_v, __name__, "engagementName")
        )
        __start_date = _get("startDate", UNSET)
        if isinstance(__start_date, str):
            try:
                start_date = _parse_datetime(__start_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                start_date = cast(datetime.datetime | None | Unset, __start_date)
        else:
            start_date = (
                __start_date
                if type(__start_date) not in _CONTAINERS
                else _wrong_shape(__name__, "startDate", __start_date)
            )

        __end_date = _get("endDate", UNSET)
        if isinstance(__end_date, str):
            try:
                end_date = _parse_datetime(__end_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                end_date = cast(datetime.datetime | None | Unset, __end_date)
        else:
            end_date = (
                __end_date if type(__end_date) not in _CONTAINERS else _wrong_shape(__name__, "endDate", __end_date)
            )

        budget = _v if type(_v := _get("budget", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "budget")
        currency = (
            _v if type(_v := _get("currency", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "currency")
        )
        actual_cost = (
            _v if type(_v := _get("actualCost", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "actualCost")
        )
        __team_members = _get("teamMembers", UNSET)
        team_members: list[TeamMember] | Unset = (
            UNSET
            if __team_members is UNSET
            else _null_value(__name__, "teamMembers")
            if __team_members is None
            else TeamMember._list_from_dicts(
                __team_members
                if type(__team_members) is list
                else _checked_items(__team_members, __name__, "teamMembers")
            )
        )

        __milestones = _get("milestones", UNSET)
        milestones: list[Milestone] | Unset = (
            UNSET
            if __milestones is UNSET
            else _null_value(__name__, "milestones")
            if __milestones is None
            else Milestone._list_from_dicts(
                __milestones if type(__milestones) is list else _checked_items(__milestones, __name__, "milestones")
            )
        )

        __updated_at = _get("updatedAt", UNSET)
        if isinstance(__updated_at, str):
            try:
                updated_at = _parse_datetime(__updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, __updated_at)
        else:
            updated_at = (
                __updated_at
                if type(__updated_at) not in _CONTAINERS
                else _wrong_shape(__name__, "updatedAt", __updated_at)
            )

        _instance = _cls(
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

        _known = _cls._known_keys
        if not _known.issuperset(_src_dict):  # otherwise the empty dict the constructor made stays
            _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
        return _instance

    @classmethod
    def _list_from_dicts(_cls: type[_T], _items: _Iterable[_Mapping[str, Any]]) -> list[_T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if _cls is not _Self:
            return [_cls.from_dict(_item) for _item in _items]
        _decoded: list[_T] = []
        _append, _new = _decoded.append, _cls.__new__
        for _src_dict in _items:
            if len(_src_dict) >= 17:
                try:
                    _instance = _new(_cls)
                    _instance.id = (
                        _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                    )
                    _instance.name = (
                        _v if type(_v := _src_dict["name"]) is str or _v is _NULL else _scalar(_v, __name__, "name")
                    )
                    _instance.description = (
                        _v
                        if type(_v := _src_dict["description"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "description")
                    )
                    _instance.status = (
                        _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                    )
                    _instance.phase = (
                        _v if type(_v := _src_dict["phase"]) is str or _v is _NULL else _scalar(_v, __name__, "phase")
                    )
                    _instance.client_id = (
                        _v
                        if type(_v := _src_dict["clientId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "clientId")
                    )
                    _instance.client_name = (
                        _v
                        if type(_v := _src_dict["clientName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "clientName")
                    )
                    _instance.engagement_id = (
                        _v
                        if type(_v := _src_dict["engagementId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "engagementId")
                    )
                    _instance.engagement_name = (
                        _v
                        if type(_v := _src_dict["engagementName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "engagementName")
                    )
                    __start_date = _src_dict["startDate"]
                    start_date: datetime.datetime | None | Unset
                    if isinstance(__start_date, str):
                        try:
                            start_date = _parse_datetime(__start_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            start_date = cast(datetime.datetime | None | Unset, __start_date)
                    else:
                        start_date = (
                            __start_date
                            if type(__start_date) not in _CONTAINERS
                            else _wrong_shape(__name__, "startDate", __start_date)
                        )
                    _instance.start_date = start_date
                    __end_date = _src_dict["endDate"]
                    end_date: datetime.datetime | None | Unset
                    if isinstance(__end_date, str):
                        try:
                            end_date = _parse_datetime(__end_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            end_date = cast(datetime.datetime | None | Unset, __end_date)
                    else:
                        end_date = (
                            __end_date
                            if type(__end_date) not in _CONTAINERS
                            else _wrong_shape(__name__, "endDate", __end_date)
                        )
                    _instance.end_date = end_date
                    _instance.budget = (
                        _v
                        if type(_v := _src_dict["budget"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "budget")
                    )
                    _instance.currency = (
                        _v
                        if type(_v := _src_dict["currency"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "currency")
                    )
                    _instance.actual_cost = (
                        _v
                        if type(_v := _src_dict["actualCost"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "actualCost")
                    )
                    _instance.team_members = (
                        _null_value(__name__, "teamMembers")
                        if (__team_members := _src_dict["teamMembers"]) is None
                        else TeamMember._list_from_dicts(
                            __team_members
                            if type(__team_members) is list
                            else _checked_items(__team_members, __name__, "teamMembers")
                        )
                    )
                    _instance.milestones = (
                        _null_value(__name__, "milestones")
                        if (__milestones := _src_dict["milestones"]) is None
                        else Milestone._list_from_dicts(
                            __milestones
                            if type(__milestones) is list
                            else _checked_items(__milestones, __name__, "milestones")
                        )
                    )
                    __updated_at = _src_dict["updatedAt"]
                    updated_at: datetime.datetime | None | Unset
                    if isinstance(__updated_at, str):
                        try:
                            updated_at = _parse_datetime(__updated_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            updated_at = cast(datetime.datetime | None | Unset, __updated_at)
                    else:
                        updated_at = (
                            __updated_at
                            if type(__updated_at) not in _CONTAINERS
                            else _wrong_shape(__name__, "updatedAt", __updated_at)
                        )
                    _instance.updated_at = updated_at
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 17:
                        _known = _cls._known_keys
                        _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
            else:
                _instance = _cls.from_dict(_src_dict)
            _append(_instance)
        return _decoded

    @classmethod
    def _from_wire(_cls: type[_T], _src_wire: Any) -> _T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(_src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return _cls.from_dict(_src_wire)
        _extra = _src_wire.aiwyn_extra_
        _instance = _cls.__new__(_cls)
        _instance.id = _src_wire.id
        _instance.name = _src_wire.name
        _instance.description = _src_wire.description
        _instance.status = _src_wire.status
        _instance.phase = _src_wire.phase
        _instance.client_id = _src_wire.client_id
        _instance.client_name = _src_wire.client_name
        _instance.engagement_id = _src_wire.engagement_id
        _instance.engagement_name = _src_wire.engagement_name
        __start_date = _src_wire.start_date
        start_date: datetime.datetime | None | Unset
        if isinstance(__start_date, str):
            try:
                start_date = _parse_datetime(__start_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                start_date = cast(datetime.datetime | None | Unset, __start_date)
        else:
            start_date = (
                __start_date
                if type(__start_date) not in _CONTAINERS
                else _wrong_shape(__name__, "startDate", __start_date)
            )

        _instance.start_date = start_date
        __end_date = _src_wire.end_date
        end_date: datetime.datetime | None | Unset
        if isinstance(__end_date, str):
            try:
                end_date = _parse_datetime(__end_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                end_date = cast(datetime.datetime | None | Unset, __end_date)
        else:
            end_date = (
                __end_date if type(__end_date) not in _CONTAINERS else _wrong_shape(__name__, "endDate", __end_date)
            )

        _instance.end_date = end_date
        _instance.budget = _src_wire.budget
        _instance.currency = _src_wire.currency
        _instance.actual_cost = _src_wire.actual_cost
        __team_members = _src_wire.team_members
        team_members: list[TeamMember] | Unset = (
            UNSET
            if __team_members is UNSET
            else _null_value(__name__, "teamMembers")
            if __team_members is None
            else TeamMember._list_from_wire(
                __team_members
                if type(__team_members) is list
                else _checked_items(__team_members, __name__, "teamMembers")
            )
        )

        _instance.team_members = team_members
        __milestones = _src_wire.milestones
        milestones: list[Milestone] | Unset = (
            UNSET
            if __milestones is UNSET
            else _null_value(__name__, "milestones")
            if __milestones is None
            else Milestone._list_from_wire(
                __milestones if type(__milestones) is list else _checked_items(__milestones, __name__, "milestones")
            )
        )

        _instance.milestones = milestones
        __updated_at = _src_wire.updated_at
        updated_at: datetime.datetime | None | Unset
        if isinstance(__updated_at, str):
            try:
                updated_at = _parse_datetime(__updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, __updated_at)
        else:
            updated_at = (
                __updated_at
                if type(__updated_at) not in _CONTAINERS
                else _wrong_shape(__name__, "updatedAt", __updated_at)
            )

        _instance.updated_at = updated_at
        if _extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            _found = _extra(_src_wire)
            if _found:
                _instance.additional_properties = _found
        return _instance

    @classmethod
    def _list_from_wire(_cls: type[_T], _items: list[Any]) -> list[_T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not _items or type(_items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return _cls._list_from_dicts(_items)
        _extra = _items[0].aiwyn_extra_  # one Struct type for every item
        _decoded: list[_T] = []
        _append, _new = _decoded.append, _cls.__new__
        for _src_wire in _items:
            _instance = _new(_cls)
            _instance.id = _src_wire.id
            _instance.name = _src_wire.name
            _instance.description = _src_wire.description
            _instance.status = _src_wire.status
            _instance.phase = _src_wire.phase
            _instance.client_id = _src_wire.client_id
            _instance.client_name = _src_wire.client_name
            _instance.engagement_id = _src_wire.engagement_id
            _instance.engagement_name = _src_wire.engagement_name
            __start_date = _src_wire.start_date
            start_date: datetime.datetime | None | Unset
            if isinstance(__start_date, str):
                try:
                    start_date = _parse_datetime(__start_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    start_date = cast(datetime.datetime | None | Unset, __start_date)
            else:
                start_date = (
                    __start_date
                    if type(__start_date) not in _CONTAINERS
                    else _wrong_shape(__name__, "startDate", __start_date)
                )

            _instance.start_date = start_date
            __end_date = _src_wire.end_date
            end_date: datetime.datetime | None | Unset
            if isinstance(__end_date, str):
                try:
                    end_date = _parse_datetime(__end_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    end_date = cast(datetime.datetime | None | Unset, __end_date)
            else:
                end_date = (
                    __end_date if type(__end_date) not in _CONTAINERS else _wrong_shape(__name__, "endDate", __end_date)
                )

            _instance.end_date = end_date
            _instance.budget = _src_wire.budget
            _instance.currency = _src_wire.currency
            _instance.actual_cost = _src_wire.actual_cost
            __team_members = _src_wire.team_members
            team_members: list[TeamMember] | Unset = (
                UNSET
                if __team_members is UNSET
                else _null_value(__name__, "teamMembers")
                if __team_members is None
                else TeamMember._list_from_wire(
                    __team_members
                    if type(__team_members) is list
                    else _checked_items(__team_members, __name__, "teamMembers")
                )
            )

            _instance.team_members = team_members
            __milestones = _src_wire.milestones
            milestones: list[Milestone] | Unset = (
                UNSET
                if __milestones is UNSET
                else _null_value(__name__, "milestones")
                if __milestones is None
                else Milestone._list_from_wire(
                    __milestones if type(__milestones) is list else _checked_items(__milestones, __name__, "milestones")
                )
            )

            _instance.milestones = milestones
            __updated_at = _src_wire.updated_at
            updated_at: datetime.datetime | None | Unset
            if isinstance(__updated_at, str):
                try:
                    updated_at = _parse_datetime(__updated_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    updated_at = cast(datetime.datetime | None | Unset, __updated_at)
            else:
                updated_at = (
                    __updated_at
                    if type(__updated_at) not in _CONTAINERS
                    else _wrong_shape(__name__, "updatedAt", __updated_at)
                )

            _instance.updated_at = updated_at
            if (
                _extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                _found = _extra(_src_wire)
                if _found:
                    _instance.additional_properties = _found
            _append(_instance)
        return _decoded

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


_Self = Project  # the class, for its methods: a property of the same name would be a local there


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not _TYPE_CHECKING:
    from ..models.milestone import Milestone
    from ..models.team_member import TeamMember
