# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL
from .._iso8601 import parse_datetime
from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="Staff")


@_attrs_define(repr=False)
class Staff(Model):
    id: int | Unset = UNSET
    """ Unique staff identifier. """
    pms_ref: str | Unset = UNSET
    """ PMS reference identifier. """
    first_name: str | Unset = UNSET
    """ First name. """
    last_name: str | Unset = UNSET
    """ Last name. """
    email: str | Unset = UNSET
    """ Primary email address. """
    active: bool | Unset = UNSET
    """ Whether the staff member is active. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Creation time (filtered on in the search example). """
    dept_id: int | Unset = UNSET
    """ Department ID (filtered on in the search example). """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "pmsRef",
            "firstName",
            "lastName",
            "email",
            "active",
            "createdAt",
            "deptId",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("pms_ref", "pmsRef", False, ""),
        ("first_name", "firstName", False, ""),
        ("last_name", "lastName", False, ""),
        ("email", "email", False, ""),
        ("active", "active", False, ""),
        ("created_at", "createdAt", False, ""),
        ("dept_id", "deptId", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        pms_ref = self.pms_ref

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        active = self.active

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        dept_id = self.dept_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if active is not UNSET:
            field_dict["active"] = active
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if dept_id is not UNSET:
            field_dict["deptId"] = dept_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is Staff and len(src_dict) >= 8:
            try:
                staff = cls.__new__(cls)
                staff.id = src_dict["id"]
                staff.pms_ref = src_dict["pmsRef"]
                staff.first_name = src_dict["firstName"]
                staff.last_name = src_dict["lastName"]
                staff.email = src_dict["email"]
                staff.active = src_dict["active"]
                _created_at = src_dict["createdAt"]
                created_at: datetime.datetime | None | Unset
                if isinstance(_created_at, str):
                    try:
                        created_at = parse_datetime(_created_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        created_at = cast(datetime.datetime | None | Unset, _created_at)
                else:
                    created_at = _created_at
                staff.created_at = created_at
                staff.dept_id = src_dict["deptId"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 8:
                    known = Staff._known_keys
                    staff.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return staff

        get = src_dict.get
        id = get("id", UNSET)
        pms_ref = get("pmsRef", UNSET)
        first_name = get("firstName", UNSET)
        last_name = get("lastName", UNSET)
        email = get("email", UNSET)
        active = get("active", UNSET)
        _created_at = get("createdAt", UNSET)
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        dept_id = get("deptId", UNSET)
        staff = cls(
            id,
            pms_ref,
            first_name,
            last_name,
            email,
            active,
            created_at,
            dept_id,
        )

        known = Staff._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            staff.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return staff

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not Staff:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 8:
                try:
                    staff = new(cls)
                    staff.id = src_dict["id"]
                    staff.pms_ref = src_dict["pmsRef"]
                    staff.first_name = src_dict["firstName"]
                    staff.last_name = src_dict["lastName"]
                    staff.email = src_dict["email"]
                    staff.active = src_dict["active"]
                    _created_at = src_dict["createdAt"]
                    created_at: datetime.datetime | None | Unset
                    if isinstance(_created_at, str):
                        try:
                            created_at = parse_datetime(_created_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            created_at = cast(datetime.datetime | None | Unset, _created_at)
                    else:
                        created_at = _created_at
                    staff.created_at = created_at
                    staff.dept_id = src_dict["deptId"]
                except (KeyError, TypeError):
                    staff = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 8:
                        known = Staff._known_keys
                        staff.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                staff = cls.from_dict(src_dict)
            append(staff)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        staff = cls.__new__(cls)
        staff.id = src_wire.id
        staff.pms_ref = src_wire.pms_ref
        staff.first_name = src_wire.first_name
        staff.last_name = src_wire.last_name
        staff.email = src_wire.email
        staff.active = src_wire.active
        _created_at = src_wire.created_at
        created_at: datetime.datetime | None | Unset
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        staff.created_at = created_at
        staff.dept_id = src_wire.dept_id
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                staff.additional_properties = found
        return staff

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            staff = new(cls)
            staff.id = src_wire.id
            staff.pms_ref = src_wire.pms_ref
            staff.first_name = src_wire.first_name
            staff.last_name = src_wire.last_name
            staff.email = src_wire.email
            staff.active = src_wire.active
            _created_at = src_wire.created_at
            created_at: datetime.datetime | None | Unset
            if isinstance(_created_at, str):
                try:
                    created_at = parse_datetime(_created_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    created_at = cast(datetime.datetime | None | Unset, _created_at)
            else:
                created_at = _created_at

            staff.created_at = created_at
            staff.dept_id = src_wire.dept_id
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    staff.additional_properties = found
            append(staff)
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
