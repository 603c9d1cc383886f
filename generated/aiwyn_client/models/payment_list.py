# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment import Payment
    from ..models.total import Total


T = TypeVar("T", bound="PaymentList")


@_attrs_define(repr=False)
class PaymentList(Model):
    payments: list[Payment] | Unset = UNSET
    total: Total | Unset = UNSET
    """ Hasura aggregate of every record matching the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "payments",
            "total",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("payments", "payments", False, "list:Payment"),
        ("total", "total", False, "one:Total"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        payments: list[dict[str, Any]] | Unset = UNSET
        if self.payments is None:
            payments = NULL
        elif not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = NULL if payments_item_data is None else payments_item_data.to_dict()

                payments.append(payments_item)

        total: dict[str, Any] | Unset = UNSET
        if self.total is None:
            total = NULL
        elif not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if payments is not UNSET:
            field_dict["payments"] = payments
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is PaymentList and len(src_dict) >= 2:
            try:
                payment_list = cls.__new__(cls)
                payment_list.payments = (
                    null_value(__name__, "payments")
                    if (_payments := src_dict["payments"]) is None
                    else Payment._list_from_dicts(_payments)
                )
                payment_list.total = (
                    null_value(__name__, "total") if (_total := src_dict["total"]) is None else Total.from_dict(_total)
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 2:
                    known = PaymentList._known_keys
                    payment_list.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return payment_list

        get = src_dict.get
        _payments = get("payments", UNSET)
        payments: list[Payment] | Unset = (
            UNSET
            if _payments is UNSET
            else null_value(__name__, "payments")
            if _payments is None
            else Payment._list_from_dicts(_payments)
        )

        _total = get("total", UNSET)
        total: Total | Unset = (
            UNSET if _total is UNSET else null_value(__name__, "total") if _total is None else Total.from_dict(_total)
        )

        payment_list = cls(
            payments,
            total,
        )

        known = PaymentList._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            payment_list.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return payment_list

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not PaymentList:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 2:
                try:
                    payment_list = new(cls)
                    payment_list.payments = (
                        null_value(__name__, "payments")
                        if (_payments := src_dict["payments"]) is None
                        else Payment._list_from_dicts(_payments)
                    )
                    payment_list.total = (
                        null_value(__name__, "total")
                        if (_total := src_dict["total"]) is None
                        else Total.from_dict(_total)
                    )
                except (KeyError, TypeError):
                    payment_list = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 2:
                        known = PaymentList._known_keys
                        payment_list.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                payment_list = cls.from_dict(src_dict)
            append(payment_list)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        payment_list = cls.__new__(cls)
        _payments = src_wire.payments
        payments: list[Payment] | Unset = (
            UNSET
            if _payments is UNSET
            else null_value(__name__, "payments")
            if _payments is None
            else Payment._list_from_wire(_payments)
        )

        payment_list.payments = payments
        _total = src_wire.total
        total: Total | Unset = (
            UNSET if _total is UNSET else null_value(__name__, "total") if _total is None else Total._from_wire(_total)
        )

        payment_list.total = total
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                payment_list.additional_properties = found
        return payment_list

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            payment_list = new(cls)
            _payments = src_wire.payments
            payments: list[Payment] | Unset = (
                UNSET
                if _payments is UNSET
                else null_value(__name__, "payments")
                if _payments is None
                else Payment._list_from_wire(_payments)
            )

            payment_list.payments = payments
            _total = src_wire.total
            total: Total | Unset = (
                UNSET
                if _total is UNSET
                else null_value(__name__, "total")
                if _total is None
                else Total._from_wire(_total)
            )

            payment_list.total = total
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    payment_list.additional_properties = found
            append(payment_list)
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


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not TYPE_CHECKING:
    from ..models.payment import Payment
    from ..models.total import Total
