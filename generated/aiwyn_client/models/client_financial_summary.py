# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientFinancialSummary")


@_attrs_define(repr=False)
class ClientFinancialSummary(Model):
    total_revenue: float | Unset = UNSET
    outstanding_balance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "totalRevenue",
            "outstandingBalance",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("total_revenue", "totalRevenue", False, ""),
        ("outstanding_balance", "outstandingBalance", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        total_revenue = self.total_revenue

        outstanding_balance = self.outstanding_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_revenue is not UNSET:
            field_dict["totalRevenue"] = total_revenue
        if outstanding_balance is not UNSET:
            field_dict["outstandingBalance"] = outstanding_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is ClientFinancialSummary and len(src_dict) >= 2:
            try:
                client_financial_summary = cls.__new__(cls)
                client_financial_summary.total_revenue = src_dict["totalRevenue"]
                client_financial_summary.outstanding_balance = src_dict["outstandingBalance"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 2:
                    known = ClientFinancialSummary._known_keys
                    client_financial_summary.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in known
                    }
                return client_financial_summary

        get = src_dict.get
        total_revenue = get("totalRevenue", UNSET)
        outstanding_balance = get("outstandingBalance", UNSET)
        client_financial_summary = cls(
            total_revenue,
            outstanding_balance,
        )

        known = ClientFinancialSummary._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            client_financial_summary.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return client_financial_summary

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not ClientFinancialSummary:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 2:
                try:
                    client_financial_summary = new(cls)
                    client_financial_summary.total_revenue = src_dict["totalRevenue"]
                    client_financial_summary.outstanding_balance = src_dict["outstandingBalance"]
                except (KeyError, TypeError):
                    client_financial_summary = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 2:
                        known = ClientFinancialSummary._known_keys
                        client_financial_summary.additional_properties = {
                            k: v for k, v in src_dict.items() if k not in known
                        }
            else:
                client_financial_summary = cls.from_dict(src_dict)
            append(client_financial_summary)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        client_financial_summary = cls.__new__(cls)
        client_financial_summary.total_revenue = src_wire.total_revenue
        client_financial_summary.outstanding_balance = src_wire.outstanding_balance
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                client_financial_summary.additional_properties = found
        return client_financial_summary

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            client_financial_summary = new(cls)
            client_financial_summary.total_revenue = src_wire.total_revenue
            client_financial_summary.outstanding_balance = src_wire.outstanding_balance
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    client_financial_summary.additional_properties = found
            append(client_financial_summary)
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
