from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentListRequest")


@_attrs_define
class PaymentListRequest:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_size = self.page_size

        page = self.page

        client_id = self.client_id

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        start_date = self.start_date

        end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        d = dict(src_dict)
        page_size = d.pop("pageSize", UNSET)

        page = d.pop("page", UNSET)

        client_id = d.pop("clientId", UNSET)

        _payment_method = d.pop("paymentMethod", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethod(_payment_method)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        payment_list_request = cls(
            page_size=page_size,
            page=page,
            client_id=client_id,
            payment_method=payment_method,
            start_date=start_date,
            end_date=end_date,
        )

        payment_list_request.additional_properties = d
        return payment_list_request

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
