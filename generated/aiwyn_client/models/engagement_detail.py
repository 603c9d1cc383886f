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
    from ..models.engagement_project import EngagementProject
    from ..models.team_member import TeamMember


_T = _TypeVar("_T", bound="EngagementDetail")


@_attrs_define(repr=False)
class EngagementDetail(_Model):
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
        ("id", "id", False, "scalar"),
        ("name", "name", False, "scalar"),
        ("description", "description", False, "scalar"),
        ("status", "status", False, "scalar"),
        ("type_", "type", False, "scalar"),
        ("client_id", "clientId", False, "scalar"),
        ("client_name", "clientName", False, "scalar"),
        ("client_email", "clientEmail", False, "scalar"),
        ("client_phone", "clientPhone", False, "scalar"),
        ("start_date", "startDate", False, "scalar"),
        ("end_date", "endDate", False, "scalar"),
        ("estimated_value", "estimatedValue", False, "scalar"),
        ("currency", "currency", False, "scalar"),
        ("projects", "projects", False, "list:EngagementProject"),
        ("team_members", "teamMembers", False, "list:TeamMember"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

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

        estimated_value = self.estimated_value

        currency = self.currency

        projects: list[dict[str, Any]] | Unset = UNSET
        if self.projects is None:
            projects = _NULL
        elif not isinstance(self.projects, Unset):
            projects = []
            for _projects_item_data in self.projects:
                projects_item = _NULL if _projects_item_data is None else _projects_item_data.to_dict()

                projects.append(projects_item)

        team_members: list[dict[str, Any]] | Unset = UNSET
        if self.team_members is None:
            team_members = _NULL
        elif not isinstance(self.team_members, Unset):
            team_members = []
            for _team_members_item_data in self.team_members:
                team_members_item = _NULL if _team_members_item_data is None else _team_members_item_data.to_dict()

                team_members.append(team_members_item)

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
        if type_ is not UNSET:
            _field_dict["type"] = type_
        if client_id is not UNSET:
            _field_dict["clientId"] = client_id
        if client_name is not UNSET:
            _field_dict["clientName"] = client_name
        if client_email is not UNSET:
            _field_dict["clientEmail"] = client_email
        if client_phone is not UNSET:
            _field_dict["clientPhone"] = client_phone
        if start_date is not UNSET:
            _field_dict["startDate"] = start_date
        if end_date is not UNSET:
            _field_dict["endDate"] = end_date
        if estimated_value is not UNSET:
            _field_dict["estimatedValue"] = estimated_value
        if currency is not UNSET:
            _field_dict["currency"] = currency
        if projects is not UNSET:
            _field_dict["projects"] = projects
        if team_members is not UNSET:
            _field_dict["teamMembers"] = team_members

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 15:
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
                _instance.type_ = (
                    _v if type(_v := _src_dict["type"]) is str or _v is _NULL else _scalar(_v, __name__, "type")
                )
                _instance.client_id = (
                    _v if type(_v := _src_dict["clientId"]) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
                )
                _instance.client_name = (
                    _v
                    if type(_v := _src_dict["clientName"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "clientName")
                )
                _instance.client_email = (
                    _v
                    if type(_v := _src_dict["clientEmail"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "clientEmail")
                )
                _instance.client_phone = (
                    _v
                    if type(_v := _src_dict["clientPhone"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "clientPhone")
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
                _instance.estimated_value = (
                    _v
                    if type(_v := _src_dict["estimatedValue"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "estimatedValue")
                )
                _instance.currency = (
                    _v if type(_v := _src_dict["currency"]) is str or _v is _NULL else _scalar(_v, __name__, "currency")
                )
                _instance.projects = (
                    _null_value(__name__, "projects")
                    if (__projects := _src_dict["projects"]) is None
                    else EngagementProject._list_from_dicts(
                        __projects if type(__projects) is list else _checked_items(__projects, __name__, "projects")
                    )
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
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 15:
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
        type_ = _v if type(_v := _get("type", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "type")
        client_id = (
            _v if type(_v := _get("clientId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
        )
        client_name = (
            _v if type(_v := _get("clientName", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "clientName")
        )
        client_email = (
            _v if type(_v := _get("clientEmail", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "clientEmail")
        )
        client_phone = (
            _v if type(_v := _get("clientPhone", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "clientPhone")
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

        estimated_value = (
            _v
            if type(_v := _get("estimatedValue", UNSET)) is float or _v is _NULL
            else _scalar(_v, __name__, "estimatedValue")
        )
        currency = (
            _v if type(_v := _get("currency", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "currency")
        )
        __projects = _get("projects", UNSET)
        projects: list[EngagementProject] | Unset = (
            UNSET
            if __projects is UNSET
            else _null_value(__name__, "projects")
            if __projects is None
            else EngagementProject._list_from_dicts(
                __projects if type(__projects) is list else _checked_items(__projects, __name__, "projects")
            )
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

        _instance = _cls(
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
            if len(_src_dict) >= 15:
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
                    _instance.type_ = (
                        _v if type(_v := _src_dict["type"]) is str or _v is _NULL else _scalar(_v, __name__, "type")
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
                    _instance.client_email = (
                        _v
                        if type(_v := _src_dict["clientEmail"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "clientEmail")
                    )
                    _instance.client_phone = (
                        _v
                        if type(_v := _src_dict["clientPhone"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "clientPhone")
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
                    _instance.estimated_value = (
                        _v
                        if type(_v := _src_dict["estimatedValue"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "estimatedValue")
                    )
                    _instance.currency = (
                        _v
                        if type(_v := _src_dict["currency"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "currency")
                    )
                    _instance.projects = (
                        _null_value(__name__, "projects")
                        if (__projects := _src_dict["projects"]) is None
                        else EngagementProject._list_from_dicts(
                            __projects if type(__projects) is list else _checked_items(__projects, __name__, "projects")
                        )
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
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 15:
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
        _instance.type_ = _src_wire.type_
        _instance.client_id = _src_wire.client_id
        _instance.client_name = _src_wire.client_name
        _instance.client_email = _src_wire.client_email
        _instance.client_phone = _src_wire.client_phone
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
        _instance.estimated_value = _src_wire.estimated_value
        _instance.currency = _src_wire.currency
        __projects = _src_wire.projects
        projects: list[EngagementProject] | Unset = (
            UNSET
            if __projects is UNSET
            else _null_value(__name__, "projects")
            if __projects is None
            else EngagementProject._list_from_wire(
                __projects if type(__projects) is list else _checked_items(__projects, __name__, "projects")
            )
        )

        _instance.projects = projects
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
            _instance.type_ = _src_wire.type_
            _instance.client_id = _src_wire.client_id
            _instance.client_name = _src_wire.client_name
            _instance.client_email = _src_wire.client_email
            _instance.client_phone = _src_wire.client_phone
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
            _instance.estimated_value = _src_wire.estimated_value
            _instance.currency = _src_wire.currency
            __projects = _src_wire.projects
            projects: list[EngagementProject] | Unset = (
                UNSET
                if __projects is UNSET
                else _null_value(__name__, "projects")
                if __projects is None
                else EngagementProject._list_from_wire(
                    __projects if type(__projects) is list else _checked_items(__projects, __name__, "projects")
                )
            )

            _instance.projects = projects
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


_Self = EngagementDetail  # the class, for its methods: a property of the same name would be a local there


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not _TYPE_CHECKING:
    from ..models.engagement_project import EngagementProject
    from ..models.team_member import TeamMember
