# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL as _NULL
from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import Model as _Model
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class WipApproval(_Model):
    id: int | Unset = UNSET
    approver_id: int | Unset = UNSET
    approver_name: str | Unset = UNSET
    approval_date: datetime.datetime | None | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("id", "id", "scalar", False, type="int"),
            _F("approver_id", "approverId", "scalar", False, type="int"),
            _F("approver_name", "approverName", "scalar", False, type="str"),
            _F("approval_date", "approvalDate", "datetime", False, nullable=True),
            _F("status", "status", "scalar", False, type="str"),
        ),
        extras="keep",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        approver_id = self.approver_id

        approver_name = self.approver_name

        approval_date: None | str | Unset
        if isinstance(self.approval_date, Unset):
            approval_date = UNSET
        elif isinstance(self.approval_date, datetime.datetime):
            approval_date = _NULL if self.approval_date is None else self.approval_date.isoformat()

        else:
            approval_date = self.approval_date

        status = self.status

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if approver_id is not UNSET:
            _field_dict["approverId"] = approver_id
        if approver_name is not UNSET:
            _field_dict["approverName"] = approver_name
        if approval_date is not UNSET:
            _field_dict["approvalDate"] = approval_date
        if status is not UNSET:
            _field_dict["status"] = status

        return _field_dict

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
