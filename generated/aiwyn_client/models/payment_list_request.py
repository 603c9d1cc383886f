# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value, unknown_member
from .._model import Model
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentListRequest")


@_attrs_define(repr=False)
class PaymentListRequest(Model):
    """Page selection and filters of the payment list."""

    page_size: int | Unset = 50
    """ Maximum number of records to return. """
    page: int | Unset = 0
    """ 0-based page number. """
    client_id: int | Unset = UNSET
    """ Filter by client ID. """
    payment_method: PaymentMethod | Unset = UNSET
    """ How a payment was made. """
    start_date: str | Unset = UNSET
    """ Start of the payment date range. """
    end_date: str | Unset = UNSET
    """ End of the payment date range. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "pageSize",
            "page",
            "clientId",
            "paymentMethod",
            "startDate",
            "endDate",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("page_size", "pageSize", False, ""),
        ("page", "page", False, ""),
        ("client_id", "clientId", False, ""),
        ("payment_method", "paymentMethod", False, ""),
        ("start_date", "startDate", False, ""),
        ("end_date", "endDate", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        page_size = self.page_size

        page = self.page

        client_id = self.client_id

        payment_method: str | Unset = UNSET
        if self.payment_method is None:
            payment_method = NULL
        elif not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

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
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is PaymentListRequest and len(src_dict) >= 6:
            try:
                payment_list_request = cls.__new__(cls)
                payment_list_request.page_size = src_dict["pageSize"]
                payment_list_request.page = src_dict["page"]
                payment_list_request.client_id = src_dict["clientId"]
                payment_list_request.payment_method = (
                    null_value(__name__, "paymentMethod")
                    if (_payment_method := src_dict["paymentMethod"]) is None
                    else PaymentMethod.__members_by_value__[_payment_method]
                )
                payment_list_request.start_date = src_dict["startDate"]
                payment_list_request.end_date = src_dict["endDate"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 6:
                    known = PaymentListRequest._known_keys
                    payment_list_request.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return payment_list_request

        get = src_dict.get
        page_size = get("pageSize", UNSET)
        page = get("page", UNSET)
        client_id = get("clientId", UNSET)
        _payment_method = get("paymentMethod", UNSET)
        payment_method: PaymentMethod | Unset = (
            UNSET
            if _payment_method is UNSET
            else null_value(__name__, "paymentMethod")
            if _payment_method is None
            else (
                PaymentMethod.__members_by_value__[_payment_method]
                if _payment_method in PaymentMethod.__members_by_value__
                else unknown_member(PaymentMethod, _payment_method)
            )
        )

        start_date = get("startDate", UNSET)
        end_date = get("endDate", UNSET)
        payment_list_request = cls(
            page_size,
            page,
            client_id,
            payment_method,
            start_date,
            end_date,
        )

        known = PaymentListRequest._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            payment_list_request.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return payment_list_request

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not PaymentListRequest:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 6:
                try:
                    payment_list_request = new(cls)
                    payment_list_request.page_size = src_dict["pageSize"]
                    payment_list_request.page = src_dict["page"]
                    payment_list_request.client_id = src_dict["clientId"]
                    payment_list_request.payment_method = (
                        null_value(__name__, "paymentMethod")
                        if (_payment_method := src_dict["paymentMethod"]) is None
                        else PaymentMethod.__members_by_value__[_payment_method]
                    )
                    payment_list_request.start_date = src_dict["startDate"]
                    payment_list_request.end_date = src_dict["endDate"]
                except (KeyError, TypeError):
                    payment_list_request = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 6:
                        known = PaymentListRequest._known_keys
                        payment_list_request.additional_properties = {
                            k: v for k, v in src_dict.items() if k not in known
                        }
            else:
                payment_list_request = cls.from_dict(src_dict)
            append(payment_list_request)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        payment_list_request = cls.__new__(cls)
        payment_list_request.page_size = src_wire.page_size
        payment_list_request.page = src_wire.page
        payment_list_request.client_id = src_wire.client_id
        _payment_method = src_wire.payment_method
        payment_method: PaymentMethod | Unset = (
            UNSET
            if _payment_method is UNSET
            else null_value(__name__, "paymentMethod")
            if _payment_method is None
            else (
                PaymentMethod.__members_by_value__[_payment_method]
                if _payment_method in PaymentMethod.__members_by_value__
                else unknown_member(PaymentMethod, _payment_method)
            )
        )

        payment_list_request.payment_method = payment_method
        payment_list_request.start_date = src_wire.start_date
        payment_list_request.end_date = src_wire.end_date
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                payment_list_request.additional_properties = found
        return payment_list_request

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            payment_list_request = new(cls)
            payment_list_request.page_size = src_wire.page_size
            payment_list_request.page = src_wire.page
            payment_list_request.client_id = src_wire.client_id
            _payment_method = src_wire.payment_method
            payment_method: PaymentMethod | Unset = (
                UNSET
                if _payment_method is UNSET
                else null_value(__name__, "paymentMethod")
                if _payment_method is None
                else (
                    PaymentMethod.__members_by_value__[_payment_method]
                    if _payment_method in PaymentMethod.__members_by_value__
                    else unknown_member(PaymentMethod, _payment_method)
                )
            )

            payment_list_request.payment_method = payment_method
            payment_list_request.start_date = src_wire.start_date
            payment_list_request.end_date = src_wire.end_date
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    payment_list_request.additional_properties = found
            append(payment_list_request)
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
