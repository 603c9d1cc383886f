# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL
from .._iso8601 import parse_date, parse_datetime
from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="Engagement")


@_attrs_define(repr=False)
class Engagement(Model):
    """An engagement as the list and search operations return it (snake_case fields)."""

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    """ Name generated from the engagement template. """
    start_dt: datetime.date | None | Unset = UNSET
    end_dt: datetime.date | None | Unset = UNSET
    status: str | Unset = UNSET
    """ ACTIVE, COMPLETED, ON_HOLD, EXECUTED "etc." (an open list in the docs). """
    client_id: int | Unset = UNSET
    partner_staff_id: int | Unset = UNSET
    engagement_name_template: str | Unset = UNSET
    """ Template the name was generated from (filtered on in the search example). """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Creation time (filtered on in the search example). """
    partnerStaffId: int | Unset = UNSET
    """ Partner's staff ID as the search example filters on it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "start_dt",
            "end_dt",
            "status",
            "client_id",
            "partner_staff_id",
            "engagementNameTemplate",
            "createdAt",
            "partnerStaffId",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("name", "name", False, ""),
        ("start_dt", "start_dt", False, ""),
        ("end_dt", "end_dt", False, ""),
        ("status", "status", False, ""),
        ("client_id", "client_id", False, ""),
        ("partner_staff_id", "partner_staff_id", False, ""),
        ("engagement_name_template", "engagementNameTemplate", False, ""),
        ("created_at", "createdAt", False, ""),
        ("partnerStaffId", "partnerStaffId", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        start_dt: None | str | Unset
        if isinstance(self.start_dt, Unset):
            start_dt = UNSET
        elif isinstance(self.start_dt, datetime.date):
            start_dt = NULL if self.start_dt is None else self.start_dt.isoformat()

        else:
            start_dt = self.start_dt

        end_dt: None | str | Unset
        if isinstance(self.end_dt, Unset):
            end_dt = UNSET
        elif isinstance(self.end_dt, datetime.date):
            end_dt = NULL if self.end_dt is None else self.end_dt.isoformat()

        else:
            end_dt = self.end_dt

        status = self.status

        client_id = self.client_id

        partner_staff_id = self.partner_staff_id

        engagement_name_template = self.engagement_name_template

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        partnerStaffId = self.partnerStaffId

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if start_dt is not UNSET:
            field_dict["start_dt"] = start_dt
        if end_dt is not UNSET:
            field_dict["end_dt"] = end_dt
        if status is not UNSET:
            field_dict["status"] = status
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if partner_staff_id is not UNSET:
            field_dict["partner_staff_id"] = partner_staff_id
        if engagement_name_template is not UNSET:
            field_dict["engagementNameTemplate"] = engagement_name_template
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if partnerStaffId is not UNSET:
            field_dict["partnerStaffId"] = partnerStaffId

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is Engagement and len(src_dict) >= 10:
            try:
                engagement = cls.__new__(cls)
                engagement.id = src_dict["id"]
                engagement.name = src_dict["name"]
                _start_dt = src_dict["start_dt"]
                start_dt: datetime.date | None | Unset
                if isinstance(_start_dt, str):
                    try:
                        start_dt = parse_date(_start_dt)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        start_dt = cast(datetime.date | None | Unset, _start_dt)
                else:
                    start_dt = _start_dt
                engagement.start_dt = start_dt
                _end_dt = src_dict["end_dt"]
                end_dt: datetime.date | None | Unset
                if isinstance(_end_dt, str):
                    try:
                        end_dt = parse_date(_end_dt)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        end_dt = cast(datetime.date | None | Unset, _end_dt)
                else:
                    end_dt = _end_dt
                engagement.end_dt = end_dt
                engagement.status = src_dict["status"]
                engagement.client_id = src_dict["client_id"]
                engagement.partner_staff_id = src_dict["partner_staff_id"]
                engagement.engagement_name_template = src_dict["engagementNameTemplate"]
                _created_at = src_dict["createdAt"]
                created_at: datetime.datetime | None | Unset
                if isinstance(_created_at, str):
                    try:
                        created_at = parse_datetime(_created_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        created_at = cast(datetime.datetime | None | Unset, _created_at)
                else:
                    created_at = _created_at
                engagement.created_at = created_at
                engagement.partnerStaffId = src_dict["partnerStaffId"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 10:
                    known = Engagement._known_keys
                    engagement.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return engagement

        get = src_dict.get
        id = get("id", UNSET)
        name = get("name", UNSET)
        _start_dt = get("start_dt", UNSET)
        if isinstance(_start_dt, str):
            try:
                start_dt = parse_date(_start_dt)
            except (TypeError, ValueError, AttributeError, KeyError):
                start_dt = cast(datetime.date | None | Unset, _start_dt)
        else:
            start_dt = _start_dt

        _end_dt = get("end_dt", UNSET)
        if isinstance(_end_dt, str):
            try:
                end_dt = parse_date(_end_dt)
            except (TypeError, ValueError, AttributeError, KeyError):
                end_dt = cast(datetime.date | None | Unset, _end_dt)
        else:
            end_dt = _end_dt

        status = get("status", UNSET)
        client_id = get("client_id", UNSET)
        partner_staff_id = get("partner_staff_id", UNSET)
        engagement_name_template = get("engagementNameTemplate", UNSET)
        _created_at = get("createdAt", UNSET)
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        partnerStaffId = get("partnerStaffId", UNSET)
        engagement = cls(
            id,
            name,
            start_dt,
            end_dt,
            status,
            client_id,
            partner_staff_id,
            engagement_name_template,
            created_at,
            partnerStaffId,
        )

        known = Engagement._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            engagement.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return engagement

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not Engagement:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 10:
                try:
                    engagement = new(cls)
                    engagement.id = src_dict["id"]
                    engagement.name = src_dict["name"]
                    _start_dt = src_dict["start_dt"]
                    start_dt: datetime.date | None | Unset
                    if isinstance(_start_dt, str):
                        try:
                            start_dt = parse_date(_start_dt)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            start_dt = cast(datetime.date | None | Unset, _start_dt)
                    else:
                        start_dt = _start_dt
                    engagement.start_dt = start_dt
                    _end_dt = src_dict["end_dt"]
                    end_dt: datetime.date | None | Unset
                    if isinstance(_end_dt, str):
                        try:
                            end_dt = parse_date(_end_dt)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            end_dt = cast(datetime.date | None | Unset, _end_dt)
                    else:
                        end_dt = _end_dt
                    engagement.end_dt = end_dt
                    engagement.status = src_dict["status"]
                    engagement.client_id = src_dict["client_id"]
                    engagement.partner_staff_id = src_dict["partner_staff_id"]
                    engagement.engagement_name_template = src_dict["engagementNameTemplate"]
                    _created_at = src_dict["createdAt"]
                    created_at: datetime.datetime | None | Unset
                    if isinstance(_created_at, str):
                        try:
                            created_at = parse_datetime(_created_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            created_at = cast(datetime.datetime | None | Unset, _created_at)
                    else:
                        created_at = _created_at
                    engagement.created_at = created_at
                    engagement.partnerStaffId = src_dict["partnerStaffId"]
                except (KeyError, TypeError):
                    engagement = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 10:
                        known = Engagement._known_keys
                        engagement.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                engagement = cls.from_dict(src_dict)
            append(engagement)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        engagement = cls.__new__(cls)
        engagement.id = src_wire.id
        engagement.name = src_wire.name
        _start_dt = src_wire.start_dt
        start_dt: datetime.date | None | Unset
        if isinstance(_start_dt, str):
            try:
                start_dt = parse_date(_start_dt)
            except (TypeError, ValueError, AttributeError, KeyError):
                start_dt = cast(datetime.date | None | Unset, _start_dt)
        else:
            start_dt = _start_dt

        engagement.start_dt = start_dt
        _end_dt = src_wire.end_dt
        end_dt: datetime.date | None | Unset
        if isinstance(_end_dt, str):
            try:
                end_dt = parse_date(_end_dt)
            except (TypeError, ValueError, AttributeError, KeyError):
                end_dt = cast(datetime.date | None | Unset, _end_dt)
        else:
            end_dt = _end_dt

        engagement.end_dt = end_dt
        engagement.status = src_wire.status
        engagement.client_id = src_wire.client_id
        engagement.partner_staff_id = src_wire.partner_staff_id
        engagement.engagement_name_template = src_wire.engagement_name_template
        _created_at = src_wire.created_at
        created_at: datetime.datetime | None | Unset
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        engagement.created_at = created_at
        engagement.partnerStaffId = src_wire.partnerStaffId
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                engagement.additional_properties = found
        return engagement

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            engagement = new(cls)
            engagement.id = src_wire.id
            engagement.name = src_wire.name
            _start_dt = src_wire.start_dt
            start_dt: datetime.date | None | Unset
            if isinstance(_start_dt, str):
                try:
                    start_dt = parse_date(_start_dt)
                except (TypeError, ValueError, AttributeError, KeyError):
                    start_dt = cast(datetime.date | None | Unset, _start_dt)
            else:
                start_dt = _start_dt

            engagement.start_dt = start_dt
            _end_dt = src_wire.end_dt
            end_dt: datetime.date | None | Unset
            if isinstance(_end_dt, str):
                try:
                    end_dt = parse_date(_end_dt)
                except (TypeError, ValueError, AttributeError, KeyError):
                    end_dt = cast(datetime.date | None | Unset, _end_dt)
            else:
                end_dt = _end_dt

            engagement.end_dt = end_dt
            engagement.status = src_wire.status
            engagement.client_id = src_wire.client_id
            engagement.partner_staff_id = src_wire.partner_staff_id
            engagement.engagement_name_template = src_wire.engagement_name_template
            _created_at = src_wire.created_at
            created_at: datetime.datetime | None | Unset
            if isinstance(_created_at, str):
                try:
                    created_at = parse_datetime(_created_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    created_at = cast(datetime.datetime | None | Unset, _created_at)
            else:
                created_at = _created_at

            engagement.created_at = created_at
            engagement.partnerStaffId = src_wire.partnerStaffId
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    engagement.additional_properties = found
            append(engagement)
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
