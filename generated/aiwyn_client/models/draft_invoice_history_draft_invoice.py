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

T = TypeVar("T", bound="DraftInvoiceHistoryDraftInvoice")


@_attrs_define(repr=False)
class DraftInvoiceHistoryDraftInvoice(Model):
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
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "approvedAt",
            "arTranId",
            "approverStaffId",
            "approvedByStaffId",
            "invoiceId",
            "isActive",
            "pms_invoice_number",
            "status",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("approved_at", "approvedAt", False, ""),
        ("ar_tran_id", "arTranId", False, ""),
        ("approver_staff_id", "approverStaffId", False, ""),
        ("approved_by_staff_id", "approvedByStaffId", False, ""),
        ("invoice_id", "invoiceId", False, ""),
        ("is_active", "isActive", False, ""),
        ("pms_invoice_number", "pms_invoice_number", False, ""),
        ("status", "status", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        approved_at: None | str | Unset
        if isinstance(self.approved_at, Unset):
            approved_at = UNSET
        elif isinstance(self.approved_at, datetime.datetime):
            approved_at = NULL if self.approved_at is None else self.approved_at.isoformat()

        else:
            approved_at = self.approved_at

        ar_tran_id = self.ar_tran_id

        approver_staff_id = self.approver_staff_id

        approved_by_staff_id = self.approved_by_staff_id

        invoice_id = self.invoice_id

        is_active = self.is_active

        pms_invoice_number = self.pms_invoice_number

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if approved_at is not UNSET:
            field_dict["approvedAt"] = approved_at
        if ar_tran_id is not UNSET:
            field_dict["arTranId"] = ar_tran_id
        if approver_staff_id is not UNSET:
            field_dict["approverStaffId"] = approver_staff_id
        if approved_by_staff_id is not UNSET:
            field_dict["approvedByStaffId"] = approved_by_staff_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if pms_invoice_number is not UNSET:
            field_dict["pms_invoice_number"] = pms_invoice_number
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is DraftInvoiceHistoryDraftInvoice and len(src_dict) >= 8:
            try:
                draft_invoice_history_draft_invoice = cls.__new__(cls)
                _approved_at = src_dict["approvedAt"]
                approved_at: datetime.datetime | None | Unset
                if isinstance(_approved_at, str):
                    try:
                        approved_at = parse_datetime(_approved_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        approved_at = cast(datetime.datetime | None | Unset, _approved_at)
                else:
                    approved_at = _approved_at
                draft_invoice_history_draft_invoice.approved_at = approved_at
                draft_invoice_history_draft_invoice.ar_tran_id = src_dict["arTranId"]
                draft_invoice_history_draft_invoice.approver_staff_id = src_dict["approverStaffId"]
                draft_invoice_history_draft_invoice.approved_by_staff_id = src_dict["approvedByStaffId"]
                draft_invoice_history_draft_invoice.invoice_id = src_dict["invoiceId"]
                draft_invoice_history_draft_invoice.is_active = src_dict["isActive"]
                draft_invoice_history_draft_invoice.pms_invoice_number = src_dict["pms_invoice_number"]
                draft_invoice_history_draft_invoice.status = src_dict["status"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 8:
                    known = DraftInvoiceHistoryDraftInvoice._known_keys
                    draft_invoice_history_draft_invoice.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in known
                    }
                return draft_invoice_history_draft_invoice

        get = src_dict.get
        _approved_at = get("approvedAt", UNSET)
        if isinstance(_approved_at, str):
            try:
                approved_at = parse_datetime(_approved_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                approved_at = cast(datetime.datetime | None | Unset, _approved_at)
        else:
            approved_at = _approved_at

        ar_tran_id = get("arTranId", UNSET)
        approver_staff_id = get("approverStaffId", UNSET)
        approved_by_staff_id = get("approvedByStaffId", UNSET)
        invoice_id = get("invoiceId", UNSET)
        is_active = get("isActive", UNSET)
        pms_invoice_number = get("pms_invoice_number", UNSET)
        status = get("status", UNSET)
        draft_invoice_history_draft_invoice = cls(
            approved_at,
            ar_tran_id,
            approver_staff_id,
            approved_by_staff_id,
            invoice_id,
            is_active,
            pms_invoice_number,
            status,
        )

        known = DraftInvoiceHistoryDraftInvoice._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            draft_invoice_history_draft_invoice.additional_properties = {
                k: v for k, v in src_dict.items() if k not in known
            }
        return draft_invoice_history_draft_invoice

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not DraftInvoiceHistoryDraftInvoice:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 8:
                try:
                    draft_invoice_history_draft_invoice = new(cls)
                    _approved_at = src_dict["approvedAt"]
                    approved_at: datetime.datetime | None | Unset
                    if isinstance(_approved_at, str):
                        try:
                            approved_at = parse_datetime(_approved_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            approved_at = cast(datetime.datetime | None | Unset, _approved_at)
                    else:
                        approved_at = _approved_at
                    draft_invoice_history_draft_invoice.approved_at = approved_at
                    draft_invoice_history_draft_invoice.ar_tran_id = src_dict["arTranId"]
                    draft_invoice_history_draft_invoice.approver_staff_id = src_dict["approverStaffId"]
                    draft_invoice_history_draft_invoice.approved_by_staff_id = src_dict["approvedByStaffId"]
                    draft_invoice_history_draft_invoice.invoice_id = src_dict["invoiceId"]
                    draft_invoice_history_draft_invoice.is_active = src_dict["isActive"]
                    draft_invoice_history_draft_invoice.pms_invoice_number = src_dict["pms_invoice_number"]
                    draft_invoice_history_draft_invoice.status = src_dict["status"]
                except (KeyError, TypeError):
                    draft_invoice_history_draft_invoice = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 8:
                        known = DraftInvoiceHistoryDraftInvoice._known_keys
                        draft_invoice_history_draft_invoice.additional_properties = {
                            k: v for k, v in src_dict.items() if k not in known
                        }
            else:
                draft_invoice_history_draft_invoice = cls.from_dict(src_dict)
            append(draft_invoice_history_draft_invoice)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        draft_invoice_history_draft_invoice = cls.__new__(cls)
        _approved_at = src_wire.approved_at
        approved_at: datetime.datetime | None | Unset
        if isinstance(_approved_at, str):
            try:
                approved_at = parse_datetime(_approved_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                approved_at = cast(datetime.datetime | None | Unset, _approved_at)
        else:
            approved_at = _approved_at

        draft_invoice_history_draft_invoice.approved_at = approved_at
        draft_invoice_history_draft_invoice.ar_tran_id = src_wire.ar_tran_id
        draft_invoice_history_draft_invoice.approver_staff_id = src_wire.approver_staff_id
        draft_invoice_history_draft_invoice.approved_by_staff_id = src_wire.approved_by_staff_id
        draft_invoice_history_draft_invoice.invoice_id = src_wire.invoice_id
        draft_invoice_history_draft_invoice.is_active = src_wire.is_active
        draft_invoice_history_draft_invoice.pms_invoice_number = src_wire.pms_invoice_number
        draft_invoice_history_draft_invoice.status = src_wire.status
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                draft_invoice_history_draft_invoice.additional_properties = found
        return draft_invoice_history_draft_invoice

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            draft_invoice_history_draft_invoice = new(cls)
            _approved_at = src_wire.approved_at
            approved_at: datetime.datetime | None | Unset
            if isinstance(_approved_at, str):
                try:
                    approved_at = parse_datetime(_approved_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    approved_at = cast(datetime.datetime | None | Unset, _approved_at)
            else:
                approved_at = _approved_at

            draft_invoice_history_draft_invoice.approved_at = approved_at
            draft_invoice_history_draft_invoice.ar_tran_id = src_wire.ar_tran_id
            draft_invoice_history_draft_invoice.approver_staff_id = src_wire.approver_staff_id
            draft_invoice_history_draft_invoice.approved_by_staff_id = src_wire.approved_by_staff_id
            draft_invoice_history_draft_invoice.invoice_id = src_wire.invoice_id
            draft_invoice_history_draft_invoice.is_active = src_wire.is_active
            draft_invoice_history_draft_invoice.pms_invoice_number = src_wire.pms_invoice_number
            draft_invoice_history_draft_invoice.status = src_wire.status
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    draft_invoice_history_draft_invoice.additional_properties = found
            append(draft_invoice_history_draft_invoice)
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
