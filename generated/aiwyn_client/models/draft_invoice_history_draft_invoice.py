# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import Any, ClassVar, cast
from typing import TypeVar as _TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import CONTAINERS as _CONTAINERS
from .._decode import NULL as _NULL
from .._decode import scalar as _scalar
from .._decode import wrong_shape as _wrong_shape
from .._iso8601 import parse_datetime as _parse_datetime
from .._model import Model as _Model
from ..types import UNSET, Unset

_T = _TypeVar("_T", bound="DraftInvoiceHistoryDraftInvoice")


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
        ("approved_at", "approvedAt", False, "scalar"),
        ("ar_tran_id", "arTranId", False, "scalar"),
        ("approver_staff_id", "approverStaffId", False, "scalar"),
        ("approved_by_staff_id", "approvedByStaffId", False, "scalar"),
        ("invoice_id", "invoiceId", False, "scalar"),
        ("is_active", "isActive", False, "scalar"),
        ("pms_invoice_number", "pms_invoice_number", False, "scalar"),
        ("status", "status", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

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

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 8:
            try:
                _instance = _cls.__new__(_cls)
                __approved_at = _src_dict["approvedAt"]
                approved_at: datetime.datetime | None | Unset
                if isinstance(__approved_at, str):
                    try:
                        approved_at = _parse_datetime(__approved_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        approved_at = cast(datetime.datetime | None | Unset, __approved_at)
                else:
                    approved_at = (
                        __approved_at
                        if type(__approved_at) not in _CONTAINERS
                        else _wrong_shape(__name__, "approvedAt", __approved_at)
                    )
                _instance.approved_at = approved_at
                _instance.ar_tran_id = (
                    _v if type(_v := _src_dict["arTranId"]) is int or _v is _NULL else _scalar(_v, __name__, "arTranId")
                )
                _instance.approver_staff_id = (
                    _v
                    if type(_v := _src_dict["approverStaffId"]) is int or _v is _NULL
                    else _scalar(_v, __name__, "approverStaffId")
                )
                _instance.approved_by_staff_id = (
                    _v
                    if type(_v := _src_dict["approvedByStaffId"]) is int or _v is _NULL
                    else _scalar(_v, __name__, "approvedByStaffId")
                )
                _instance.invoice_id = (
                    _v
                    if type(_v := _src_dict["invoiceId"]) is int or _v is _NULL
                    else _scalar(_v, __name__, "invoiceId")
                )
                _instance.is_active = (
                    _v
                    if type(_v := _src_dict["isActive"]) is bool or _v is _NULL
                    else _scalar(_v, __name__, "isActive")
                )
                _instance.pms_invoice_number = (
                    _v
                    if type(_v := _src_dict["pms_invoice_number"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "pms_invoice_number")
                )
                _instance.status = (
                    _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 8:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        __approved_at = _get("approvedAt", UNSET)
        if isinstance(__approved_at, str):
            try:
                approved_at = _parse_datetime(__approved_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                approved_at = cast(datetime.datetime | None | Unset, __approved_at)
        else:
            approved_at = (
                __approved_at
                if type(__approved_at) not in _CONTAINERS
                else _wrong_shape(__name__, "approvedAt", __approved_at)
            )

        ar_tran_id = (
            _v if type(_v := _get("arTranId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "arTranId")
        )
        approver_staff_id = (
            _v
            if type(_v := _get("approverStaffId", UNSET)) is int or _v is _NULL
            else _scalar(_v, __name__, "approverStaffId")
        )
        approved_by_staff_id = (
            _v
            if type(_v := _get("approvedByStaffId", UNSET)) is int or _v is _NULL
            else _scalar(_v, __name__, "approvedByStaffId")
        )
        invoice_id = (
            _v if type(_v := _get("invoiceId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "invoiceId")
        )
        is_active = (
            _v if type(_v := _get("isActive", UNSET)) is bool or _v is _NULL else _scalar(_v, __name__, "isActive")
        )
        pms_invoice_number = (
            _v
            if type(_v := _get("pms_invoice_number", UNSET)) is str or _v is _NULL
            else _scalar(_v, __name__, "pms_invoice_number")
        )
        status = _v if type(_v := _get("status", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "status")
        _instance = _cls(
            approved_at,
            ar_tran_id,
            approver_staff_id,
            approved_by_staff_id,
            invoice_id,
            is_active,
            pms_invoice_number,
            status,
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
            if len(_src_dict) >= 8:
                try:
                    _instance = _new(_cls)
                    __approved_at = _src_dict["approvedAt"]
                    approved_at: datetime.datetime | None | Unset
                    if isinstance(__approved_at, str):
                        try:
                            approved_at = _parse_datetime(__approved_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            approved_at = cast(datetime.datetime | None | Unset, __approved_at)
                    else:
                        approved_at = (
                            __approved_at
                            if type(__approved_at) not in _CONTAINERS
                            else _wrong_shape(__name__, "approvedAt", __approved_at)
                        )
                    _instance.approved_at = approved_at
                    _instance.ar_tran_id = (
                        _v
                        if type(_v := _src_dict["arTranId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "arTranId")
                    )
                    _instance.approver_staff_id = (
                        _v
                        if type(_v := _src_dict["approverStaffId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "approverStaffId")
                    )
                    _instance.approved_by_staff_id = (
                        _v
                        if type(_v := _src_dict["approvedByStaffId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "approvedByStaffId")
                    )
                    _instance.invoice_id = (
                        _v
                        if type(_v := _src_dict["invoiceId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "invoiceId")
                    )
                    _instance.is_active = (
                        _v
                        if type(_v := _src_dict["isActive"]) is bool or _v is _NULL
                        else _scalar(_v, __name__, "isActive")
                    )
                    _instance.pms_invoice_number = (
                        _v
                        if type(_v := _src_dict["pms_invoice_number"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "pms_invoice_number")
                    )
                    _instance.status = (
                        _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                    )
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 8:
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
        __approved_at = _src_wire.approved_at
        approved_at: datetime.datetime | None | Unset
        if isinstance(__approved_at, str):
            try:
                approved_at = _parse_datetime(__approved_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                approved_at = cast(datetime.datetime | None | Unset, __approved_at)
        else:
            approved_at = (
                __approved_at
                if type(__approved_at) not in _CONTAINERS
                else _wrong_shape(__name__, "approvedAt", __approved_at)
            )

        _instance.approved_at = approved_at
        _instance.ar_tran_id = _src_wire.ar_tran_id
        _instance.approver_staff_id = _src_wire.approver_staff_id
        _instance.approved_by_staff_id = _src_wire.approved_by_staff_id
        _instance.invoice_id = _src_wire.invoice_id
        _instance.is_active = _src_wire.is_active
        _instance.pms_invoice_number = _src_wire.pms_invoice_number
        _instance.status = _src_wire.status
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
            __approved_at = _src_wire.approved_at
            approved_at: datetime.datetime | None | Unset
            if isinstance(__approved_at, str):
                try:
                    approved_at = _parse_datetime(__approved_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    approved_at = cast(datetime.datetime | None | Unset, __approved_at)
            else:
                approved_at = (
                    __approved_at
                    if type(__approved_at) not in _CONTAINERS
                    else _wrong_shape(__name__, "approvedAt", __approved_at)
                )

            _instance.approved_at = approved_at
            _instance.ar_tran_id = _src_wire.ar_tran_id
            _instance.approver_staff_id = _src_wire.approver_staff_id
            _instance.approved_by_staff_id = _src_wire.approved_by_staff_id
            _instance.invoice_id = _src_wire.invoice_id
            _instance.is_active = _src_wire.is_active
            _instance.pms_invoice_number = _src_wire.pms_invoice_number
            _instance.status = _src_wire.status
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


_Self = (
    DraftInvoiceHistoryDraftInvoice  # the class, for its methods: a property of the same name would be a local there
)
