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
from .._decode import null_value as _null_value
from .._decode import scalar as _scalar
from .._decode import unknown_member as _unknown_member
from .._decode import wrong_shape as _wrong_shape
from .._iso8601 import parse_datetime as _parse_datetime
from .._model import Model as _Model
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

_T = _TypeVar("_T", bound="Payment")


@_attrs_define(repr=False)
class Payment(_Model):
    id: int | Unset = UNSET
    """ Payment identifier. """
    amount: float | Unset = UNSET
    """ Payment amount. """
    currency: str | Unset = UNSET
    """ Currency code. """
    payment_method: PaymentMethod | Unset = UNSET
    """ How a payment was made. """
    card_last_four: str | Unset = UNSET
    """ Last four card digits. """
    card_type: str | Unset = UNSET
    status: str | Unset = UNSET
    confirmation_date: datetime.datetime | None | Unset = UNSET
    processor_reference: str | Unset = UNSET
    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    invoice_id: int | Unset = UNSET
    invoice_number: str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "amount",
            "currency",
            "paymentMethod",
            "cardLastFour",
            "cardType",
            "status",
            "confirmationDate",
            "processorReference",
            "clientId",
            "clientName",
            "invoiceId",
            "invoiceNumber",
            "createdAt",
            "updatedAt",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, "scalar"),
        ("amount", "amount", False, "scalar"),
        ("currency", "currency", False, "scalar"),
        ("payment_method", "paymentMethod", False, "scalar"),
        ("card_last_four", "cardLastFour", False, "scalar"),
        ("card_type", "cardType", False, "scalar"),
        ("status", "status", False, "scalar"),
        ("confirmation_date", "confirmationDate", False, "scalar"),
        ("processor_reference", "processorReference", False, "scalar"),
        ("client_id", "clientId", False, "scalar"),
        ("client_name", "clientName", False, "scalar"),
        ("invoice_id", "invoiceId", False, "scalar"),
        ("invoice_number", "invoiceNumber", False, "scalar"),
        ("created_at", "createdAt", False, "scalar"),
        ("updated_at", "updatedAt", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        currency = self.currency

        payment_method: str | Unset = UNSET
        if self.payment_method is None:
            payment_method = _NULL
        elif not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        card_last_four = self.card_last_four

        card_type = self.card_type

        status = self.status

        confirmation_date: None | str | Unset
        if isinstance(self.confirmation_date, Unset):
            confirmation_date = UNSET
        elif isinstance(self.confirmation_date, datetime.datetime):
            confirmation_date = _NULL if self.confirmation_date is None else self.confirmation_date.isoformat()

        else:
            confirmation_date = self.confirmation_date

        processor_reference = self.processor_reference

        client_id = self.client_id

        client_name = self.client_name

        invoice_id = self.invoice_id

        invoice_number = self.invoice_number

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = _NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = _NULL if self.updated_at is None else self.updated_at.isoformat()

        else:
            updated_at = self.updated_at

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if amount is not UNSET:
            _field_dict["amount"] = amount
        if currency is not UNSET:
            _field_dict["currency"] = currency
        if payment_method is not UNSET:
            _field_dict["paymentMethod"] = payment_method
        if card_last_four is not UNSET:
            _field_dict["cardLastFour"] = card_last_four
        if card_type is not UNSET:
            _field_dict["cardType"] = card_type
        if status is not UNSET:
            _field_dict["status"] = status
        if confirmation_date is not UNSET:
            _field_dict["confirmationDate"] = confirmation_date
        if processor_reference is not UNSET:
            _field_dict["processorReference"] = processor_reference
        if client_id is not UNSET:
            _field_dict["clientId"] = client_id
        if client_name is not UNSET:
            _field_dict["clientName"] = client_name
        if invoice_id is not UNSET:
            _field_dict["invoiceId"] = invoice_id
        if invoice_number is not UNSET:
            _field_dict["invoiceNumber"] = invoice_number
        if created_at is not UNSET:
            _field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            _field_dict["updatedAt"] = updated_at

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 15:
            try:
                _instance = _cls.__new__(_cls)
                _instance.id = _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                _instance.amount = (
                    _v if type(_v := _src_dict["amount"]) is float or _v is _NULL else _scalar(_v, __name__, "amount")
                )
                _instance.currency = (
                    _v if type(_v := _src_dict["currency"]) is str or _v is _NULL else _scalar(_v, __name__, "currency")
                )
                _instance.payment_method = (
                    _null_value(__name__, "paymentMethod")
                    if (__payment_method := _src_dict["paymentMethod"]) is None
                    else PaymentMethod.__members_by_value__[__payment_method]
                )
                _instance.card_last_four = (
                    _v
                    if type(_v := _src_dict["cardLastFour"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "cardLastFour")
                )
                _instance.card_type = (
                    _v if type(_v := _src_dict["cardType"]) is str or _v is _NULL else _scalar(_v, __name__, "cardType")
                )
                _instance.status = (
                    _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                )
                __confirmation_date = _src_dict["confirmationDate"]
                confirmation_date: datetime.datetime | None | Unset
                if isinstance(__confirmation_date, str):
                    try:
                        confirmation_date = _parse_datetime(__confirmation_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        confirmation_date = cast(datetime.datetime | None | Unset, __confirmation_date)
                else:
                    confirmation_date = (
                        __confirmation_date
                        if type(__confirmation_date) not in _CONTAINERS
                        else _wrong_shape(__name__, "confirmationDate", __confirmation_date)
                    )
                _instance.confirmation_date = confirmation_date
                _instance.processor_reference = (
                    _v
                    if type(_v := _src_dict["processorReference"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "processorReference")
                )
                _instance.client_id = (
                    _v if type(_v := _src_dict["clientId"]) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
                )
                _instance.client_name = (
                    _v
                    if type(_v := _src_dict["clientName"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "clientName")
                )
                _instance.invoice_id = (
                    _v
                    if type(_v := _src_dict["invoiceId"]) is int or _v is _NULL
                    else _scalar(_v, __name__, "invoiceId")
                )
                _instance.invoice_number = (
                    _v
                    if type(_v := _src_dict["invoiceNumber"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "invoiceNumber")
                )
                __created_at = _src_dict["createdAt"]
                created_at: datetime.datetime | None | Unset
                if isinstance(__created_at, str):
                    try:
                        created_at = _parse_datetime(__created_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        created_at = cast(datetime.datetime | None | Unset, __created_at)
                else:
                    created_at = (
                        __created_at
                        if type(__created_at) not in _CONTAINERS
                        else _wrong_shape(__name__, "createdAt", __created_at)
                    )
                _instance.created_at = created_at
                __updated_at = _src_dict["updatedAt"]
                updated_at: datetime.datetime | None | Unset
                if isinstance(__updated_at, str):
                    try:
                        updated_at = _parse_datetime(__updated_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        updated_at = cast(datetime.datetime | None | Unset, __updated_at)
                else:
                    updated_at = (
                        __updated_at
                        if type(__updated_at) not in _CONTAINERS
                        else _wrong_shape(__name__, "updatedAt", __updated_at)
                    )
                _instance.updated_at = updated_at
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 15:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        id = _v if type(_v := _get("id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "id")
        amount = _v if type(_v := _get("amount", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "amount")
        currency = (
            _v if type(_v := _get("currency", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "currency")
        )
        __payment_method = _get("paymentMethod", UNSET)
        payment_method: PaymentMethod | Unset = (
            UNSET
            if __payment_method is UNSET
            else _null_value(__name__, "paymentMethod")
            if __payment_method is None
            else (
                PaymentMethod.__members_by_value__[__payment_method]
                if __payment_method in PaymentMethod.__members_by_value__
                else _unknown_member(PaymentMethod, __payment_method)
            )
        )

        card_last_four = (
            _v
            if type(_v := _get("cardLastFour", UNSET)) is str or _v is _NULL
            else _scalar(_v, __name__, "cardLastFour")
        )
        card_type = (
            _v if type(_v := _get("cardType", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "cardType")
        )
        status = _v if type(_v := _get("status", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "status")
        __confirmation_date = _get("confirmationDate", UNSET)
        if isinstance(__confirmation_date, str):
            try:
                confirmation_date = _parse_datetime(__confirmation_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                confirmation_date = cast(datetime.datetime | None | Unset, __confirmation_date)
        else:
            confirmation_date = (
                __confirmation_date
                if type(__confirmation_date) not in _CONTAINERS
                else _wrong_shape(__name__, "confirmationDate", __confirmation_date)
            )

        processor_reference = (
            _v
            if type(_v := _get("processorReference", UNSET)) is str or _v is _NULL
            else _scalar(_v, __name__, "processorReference")
        )
        client_id = (
            _v if type(_v := _get("clientId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
        )
        client_name = (
            _v if type(_v := _get("clientName", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "clientName")
        )
        invoice_id = (
            _v if type(_v := _get("invoiceId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "invoiceId")
        )
        invoice_number = (
            _v
            if type(_v := _get("invoiceNumber", UNSET)) is str or _v is _NULL
            else _scalar(_v, __name__, "invoiceNumber")
        )
        __created_at = _get("createdAt", UNSET)
        if isinstance(__created_at, str):
            try:
                created_at = _parse_datetime(__created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, __created_at)
        else:
            created_at = (
                __created_at
                if type(__created_at) not in _CONTAINERS
                else _wrong_shape(__name__, "createdAt", __created_at)
            )

        __updated_at = _get("updatedAt", UNSET)
        if isinstance(__updated_at, str):
            try:
                updated_at = _parse_datetime(__updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, __updated_at)
        else:
            updated_at = (
                __updated_at
                if type(__updated_at) not in _CONTAINERS
                else _wrong_shape(__name__, "updatedAt", __updated_at)
            )

        _instance = _cls(
            id,
            amount,
            currency,
            payment_method,
            card_last_four,
            card_type,
            status,
            confirmation_date,
            processor_reference,
            client_id,
            client_name,
            invoice_id,
            invoice_number,
            created_at,
            updated_at,
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
            if len(_src_dict) >= 15:
                try:
                    _instance = _new(_cls)
                    _instance.id = (
                        _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                    )
                    _instance.amount = (
                        _v
                        if type(_v := _src_dict["amount"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "amount")
                    )
                    _instance.currency = (
                        _v
                        if type(_v := _src_dict["currency"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "currency")
                    )
                    _instance.payment_method = (
                        _null_value(__name__, "paymentMethod")
                        if (__payment_method := _src_dict["paymentMethod"]) is None
                        else PaymentMethod.__members_by_value__[__payment_method]
                    )
                    _instance.card_last_four = (
                        _v
                        if type(_v := _src_dict["cardLastFour"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "cardLastFour")
                    )
                    _instance.card_type = (
                        _v
                        if type(_v := _src_dict["cardType"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "cardType")
                    )
                    _instance.status = (
                        _v if type(_v := _src_dict["status"]) is str or _v is _NULL else _scalar(_v, __name__, "status")
                    )
                    __confirmation_date = _src_dict["confirmationDate"]
                    confirmation_date: datetime.datetime | None | Unset
                    if isinstance(__confirmation_date, str):
                        try:
                            confirmation_date = _parse_datetime(__confirmation_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            confirmation_date = cast(datetime.datetime | None | Unset, __confirmation_date)
                    else:
                        confirmation_date = (
                            __confirmation_date
                            if type(__confirmation_date) not in _CONTAINERS
                            else _wrong_shape(__name__, "confirmationDate", __confirmation_date)
                        )
                    _instance.confirmation_date = confirmation_date
                    _instance.processor_reference = (
                        _v
                        if type(_v := _src_dict["processorReference"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "processorReference")
                    )
                    _instance.client_id = (
                        _v
                        if type(_v := _src_dict["clientId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "clientId")
                    )
                    _instance.client_name = (
                        _v
                        if type(_v := _src_dict["clientName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "clientName")
                    )
                    _instance.invoice_id = (
                        _v
                        if type(_v := _src_dict["invoiceId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "invoiceId")
                    )
                    _instance.invoice_number = (
                        _v
                        if type(_v := _src_dict["invoiceNumber"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "invoiceNumber")
                    )
                    __created_at = _src_dict["createdAt"]
                    created_at: datetime.datetime | None | Unset
                    if isinstance(__created_at, str):
                        try:
                            created_at = _parse_datetime(__created_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            created_at = cast(datetime.datetime | None | Unset, __created_at)
                    else:
                        created_at = (
                            __created_at
                            if type(__created_at) not in _CONTAINERS
                            else _wrong_shape(__name__, "createdAt", __created_at)
                        )
                    _instance.created_at = created_at
                    __updated_at = _src_dict["updatedAt"]
                    updated_at: datetime.datetime | None | Unset
                    if isinstance(__updated_at, str):
                        try:
                            updated_at = _parse_datetime(__updated_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            updated_at = cast(datetime.datetime | None | Unset, __updated_at)
                    else:
                        updated_at = (
                            __updated_at
                            if type(__updated_at) not in _CONTAINERS
                            else _wrong_shape(__name__, "updatedAt", __updated_at)
                        )
                    _instance.updated_at = updated_at
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 15:
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
        _instance.id = _src_wire.id
        _instance.amount = _src_wire.amount
        _instance.currency = _src_wire.currency
        __payment_method = _src_wire.payment_method
        payment_method: PaymentMethod | Unset = (
            UNSET
            if __payment_method is UNSET
            else _null_value(__name__, "paymentMethod")
            if __payment_method is None
            else (
                PaymentMethod.__members_by_value__[__payment_method]
                if __payment_method in PaymentMethod.__members_by_value__
                else _unknown_member(PaymentMethod, __payment_method)
            )
        )

        _instance.payment_method = payment_method
        _instance.card_last_four = _src_wire.card_last_four
        _instance.card_type = _src_wire.card_type
        _instance.status = _src_wire.status
        __confirmation_date = _src_wire.confirmation_date
        confirmation_date: datetime.datetime | None | Unset
        if isinstance(__confirmation_date, str):
            try:
                confirmation_date = _parse_datetime(__confirmation_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                confirmation_date = cast(datetime.datetime | None | Unset, __confirmation_date)
        else:
            confirmation_date = (
                __confirmation_date
                if type(__confirmation_date) not in _CONTAINERS
                else _wrong_shape(__name__, "confirmationDate", __confirmation_date)
            )

        _instance.confirmation_date = confirmation_date
        _instance.processor_reference = _src_wire.processor_reference
        _instance.client_id = _src_wire.client_id
        _instance.client_name = _src_wire.client_name
        _instance.invoice_id = _src_wire.invoice_id
        _instance.invoice_number = _src_wire.invoice_number
        __created_at = _src_wire.created_at
        created_at: datetime.datetime | None | Unset
        if isinstance(__created_at, str):
            try:
                created_at = _parse_datetime(__created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, __created_at)
        else:
            created_at = (
                __created_at
                if type(__created_at) not in _CONTAINERS
                else _wrong_shape(__name__, "createdAt", __created_at)
            )

        _instance.created_at = created_at
        __updated_at = _src_wire.updated_at
        updated_at: datetime.datetime | None | Unset
        if isinstance(__updated_at, str):
            try:
                updated_at = _parse_datetime(__updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, __updated_at)
        else:
            updated_at = (
                __updated_at
                if type(__updated_at) not in _CONTAINERS
                else _wrong_shape(__name__, "updatedAt", __updated_at)
            )

        _instance.updated_at = updated_at
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
            _instance.id = _src_wire.id
            _instance.amount = _src_wire.amount
            _instance.currency = _src_wire.currency
            __payment_method = _src_wire.payment_method
            payment_method: PaymentMethod | Unset = (
                UNSET
                if __payment_method is UNSET
                else _null_value(__name__, "paymentMethod")
                if __payment_method is None
                else (
                    PaymentMethod.__members_by_value__[__payment_method]
                    if __payment_method in PaymentMethod.__members_by_value__
                    else _unknown_member(PaymentMethod, __payment_method)
                )
            )

            _instance.payment_method = payment_method
            _instance.card_last_four = _src_wire.card_last_four
            _instance.card_type = _src_wire.card_type
            _instance.status = _src_wire.status
            __confirmation_date = _src_wire.confirmation_date
            confirmation_date: datetime.datetime | None | Unset
            if isinstance(__confirmation_date, str):
                try:
                    confirmation_date = _parse_datetime(__confirmation_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    confirmation_date = cast(datetime.datetime | None | Unset, __confirmation_date)
            else:
                confirmation_date = (
                    __confirmation_date
                    if type(__confirmation_date) not in _CONTAINERS
                    else _wrong_shape(__name__, "confirmationDate", __confirmation_date)
                )

            _instance.confirmation_date = confirmation_date
            _instance.processor_reference = _src_wire.processor_reference
            _instance.client_id = _src_wire.client_id
            _instance.client_name = _src_wire.client_name
            _instance.invoice_id = _src_wire.invoice_id
            _instance.invoice_number = _src_wire.invoice_number
            __created_at = _src_wire.created_at
            created_at: datetime.datetime | None | Unset
            if isinstance(__created_at, str):
                try:
                    created_at = _parse_datetime(__created_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    created_at = cast(datetime.datetime | None | Unset, __created_at)
            else:
                created_at = (
                    __created_at
                    if type(__created_at) not in _CONTAINERS
                    else _wrong_shape(__name__, "createdAt", __created_at)
                )

            _instance.created_at = created_at
            __updated_at = _src_wire.updated_at
            updated_at: datetime.datetime | None | Unset
            if isinstance(__updated_at, str):
                try:
                    updated_at = _parse_datetime(__updated_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    updated_at = cast(datetime.datetime | None | Unset, __updated_at)
            else:
                updated_at = (
                    __updated_at
                    if type(__updated_at) not in _CONTAINERS
                    else _wrong_shape(__name__, "updatedAt", __updated_at)
                )

            _instance.updated_at = updated_at
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


_Self = Payment  # the class, for its methods: a property of the same name would be a local there
