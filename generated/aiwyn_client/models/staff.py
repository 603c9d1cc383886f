from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._iso8601 import parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="Staff")


@_attrs_define
class Staff:
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
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time (filtered on in the search example). """
    dept_id: int | Unset = UNSET
    """ Department ID (filtered on in the search example). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        pms_ref = self.pms_ref

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        active = self.active

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        dept_id = self.dept_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        pms_ref = d.pop("pmsRef", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        active = d.pop("active", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        dept_id = d.pop("deptId", UNSET)

        staff = cls(
            id=id,
            pms_ref=pms_ref,
            first_name=first_name,
            last_name=last_name,
            email=email,
            active=active,
            created_at=created_at,
            dept_id=dept_id,
        )

        staff.additional_properties = d
        return staff

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
