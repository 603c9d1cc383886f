# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value, unknown_member
from .._model import Model
from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceListRequest")


@_attrs_define(repr=False)
class InvoiceListRequest(Model):
    """Page selection and filters of the invoice list."""

    page_size: int | Unset = 50
    """ Maximum number of records to return. """
    page: int | Unset = 0
    """ 0-based page number. """
    client_id: int | Unset = UNSET
    """ Filter by client ID. """
    status: InvoiceStatus | Unset = UNSET
    """ Invoice status, as the invoice list filters on it. """
    start_date: str | Unset = UNSET
    """ Start of the invoice date range. """
    end_date: str | Unset = UNSET
    """ End of the invoice date range. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "pageSize",
            "page",
            "clientId",
            "status",
            "startDate",
            "endDate",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("page_size", "pageSize", False, ""),
        ("page", "page", False, ""),
        ("client_id", "clientId", False, ""),
        ("status", "status", False, ""),
        ("start_date", "startDate", False, ""),
        ("end_date", "endDate", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        page_size = self.page_size

        page = self.page

        client_id = self.client_id

        status: str | Unset = UNSET
        if self.status is None:
            status = NULL
        elif not isinstance(self.status, Unset):
            status = self.status.value

        start_date = self.start_date

        end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if page is not UNSET:
            field_dict["page"] = page
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if status is not UNSET:
            field_dict["status"] = status
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is InvoiceListRequest and len(src_dict) >= 6:
            try:
                invoice_list_request = cls.__new__(cls)
                invoice_list_request.page_size = src_dict["pageSize"]
                invoice_list_request.page = src_dict["page"]
                invoice_list_request.client_id = src_dict["clientId"]
                invoice_list_request.status = (
                    null_value(__name__, "status")
                    if (_status := src_dict["status"]) is None
                    else InvoiceStatus.__members_by_value__[_status]
                )
                invoice_list_request.start_date = src_dict["startDate"]
                invoice_list_request.end_date = src_dict["endDate"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 6:
                    known = InvoiceListRequest._known_keys
                    invoice_list_request.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return invoice_list_request

        get = src_dict.get
        page_size = get("pageSize", UNSET)
        page = get("page", UNSET)
        client_id = get("clientId", UNSET)
        _status = get("status", UNSET)
        status: InvoiceStatus | Unset = (
            UNSET
            if _status is UNSET
            else null_value(__name__, "status")
            if _status is None
            else (
                InvoiceStatus.__members_by_value__[_status]
                if _status in InvoiceStatus.__members_by_value__
                else unknown_member(InvoiceStatus, _status)
            )
        )

        start_date = get("startDate", UNSET)
        end_date = get("endDate", UNSET)
        invoice_list_request = cls(
            page_size,
            page,
            client_id,
            status,
            start_date,
            end_date,
        )

        known = InvoiceListRequest._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            invoice_list_request.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return invoice_list_request

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not InvoiceListRequest:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 6:
                try:
                    invoice_list_request = new(cls)
                    invoice_list_request.page_size = src_dict["pageSize"]
                    invoice_list_request.page = src_dict["page"]
                    invoice_list_request.client_id = src_dict["clientId"]
                    invoice_list_request.status = (
                        null_value(__name__, "status")
                        if (_status := src_dict["status"]) is None
                        else InvoiceStatus.__members_by_value__[_status]
                    )
                    invoice_list_request.start_date = src_dict["startDate"]
                    invoice_list_request.end_date = src_dict["endDate"]
                except (KeyError, TypeError):
                    invoice_list_request = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 6:
                        known = InvoiceListRequest._known_keys
                        invoice_list_request.additional_properties = {
                            k: v for k, v in src_dict.items() if k not in known
                        }
            else:
                invoice_list_request = cls.from_dict(src_dict)
            append(invoice_list_request)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        invoice_list_request = cls.__new__(cls)
        invoice_list_request.page_size = src_wire.page_size
        invoice_list_request.page = src_wire.page
        invoice_list_request.client_id = src_wire.client_id
        _status = src_wire.status
        status: InvoiceStatus | Unset = (
            UNSET
            if _status is UNSET
            else null_value(__name__, "status")
            if _status is None
            else (
                InvoiceStatus.__members_by_value__[_status]
                if _status in InvoiceStatus.__members_by_value__
                else unknown_member(InvoiceStatus, _status)
            )
        )

        invoice_list_request.status = status
        invoice_list_request.start_date = src_wire.start_date
        invoice_list_request.end_date = src_wire.end_date
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                invoice_list_request.additional_properties = found
        return invoice_list_request

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            invoice_list_request = new(cls)
            invoice_list_request.page_size = src_wire.page_size
            invoice_list_request.page = src_wire.page
            invoice_list_request.client_id = src_wire.client_id
            _status = src_wire.status
            status: InvoiceStatus | Unset = (
                UNSET
                if _status is UNSET
                else null_value(__name__, "status")
                if _status is None
                else (
                    InvoiceStatus.__members_by_value__[_status]
                    if _status in InvoiceStatus.__members_by_value__
                    else unknown_member(InvoiceStatus, _status)
                )
            )

            invoice_list_request.status = status
            invoice_list_request.start_date = src_wire.start_date
            invoice_list_request.end_date = src_wire.end_date
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    invoice_list_request.additional_properties = found
            append(invoice_list_request)
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
