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
class DraftInvoiceHistoryDraftInvoice(_Model):
    """Draft invoice metadata."""

    approved_at: datetime.datetime | None | Unset = UNSET
    ar_tran_id: int | Unset = UNSET
    approver_staff_id: int | Unset = UNSET
    approved_by_staff_id: int | Unset = UNSET
    invoice_id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    pms_invoice_number: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("approved_at", "approvedAt", "datetime", False, nullable=True),
            _F("ar_tran_id", "arTranId", "scalar", False, type="int"),
            _F("approver_staff_id", "approverStaffId", "scalar", False, type="int"),
            _F("approved_by_staff_id", "approvedByStaffId", "scalar", False, type="int"),
            _F("invoice_id", "invoiceId", "scalar", False, type="int"),
            _F("is_active", "isActive", "scalar", False, type="bool"),
            _F("pms_invoice_number", "pms_invoice_number", "scalar", False, type="str"),
            _F("status", "status", "scalar", False, type="str"),
        ),
        extras="keep",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

    def to_dict(self) -> dict[str, Any]:
        approved_at: None | str | Unset
        if isinstance(self.approved_at, Unset):
            approved_at = UNSET
        elif isinstance(self.approved_at, datetime.datetime):
            approved_at = _NULL if self.approved_at is None else self.approved_at.isoformat()

        else:
            approved_at = self.approved_at

        ar_tran_id = self.ar_tran_id

        approver_staff_id = self.approver_staff_id

        approved_by_staff_id = self.approved_by_staff_id

        invoice_id = self.invoice_id

        is_active = self.is_active

        pms_invoice_number = self.pms_invoice_number

        status = self.status

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if approved_at is not UNSET:
            _field_dict["approvedAt"] = approved_at
        if ar_tran_id is not UNSET:
            _field_dict["arTranId"] = ar_tran_id
        if approver_staff_id is not UNSET:
            _field_dict["approverStaffId"] = approver_staff_id
        if approved_by_staff_id is not UNSET:
            _field_dict["approvedByStaffId"] = approved_by_staff_id
        if invoice_id is not UNSET:
            _field_dict["invoiceId"] = invoice_id
        if is_active is not UNSET:
            _field_dict["isActive"] = is_active
        if pms_invoice_number is not UNSET:
            _field_dict["pms_invoice_number"] = pms_invoice_number
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
