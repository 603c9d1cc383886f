# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING as _TYPE_CHECKING
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

if _TYPE_CHECKING:
    from ..models.draft_invoice_history_client import DraftInvoiceHistoryClient
    from ..models.draft_invoice_history_draft_invoice import DraftInvoiceHistoryDraftInvoice


_T = _TypeVar("_T", bound="DraftInvoiceHistory")


@_attrs_define(repr=False)
class DraftInvoiceHistory(_Model):
    """One event in the history of a draft invoice."""

    id: int | Unset = UNSET
    """ History record ID (unique key for keyset paging). """
    client_id: int | Unset = UNSET
    """ Client identifier. """
    invoice_id: int | Unset = UNSET
    """ Invoice identifier. """
    job_id: int | Unset = UNSET
    """ Linked job/project identifier. """
    client: DraftInvoiceHistoryClient | None | Unset = UNSET
    draft_invoice: DraftInvoiceHistoryDraftInvoice | None | Unset = UNSET
    active: bool | Unset = UNSET
    """ Whether the record is active (filtered on in the search example). """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Creation time (filtered on in the search example). """
    activity_type: str | Unset = UNSET
    """ What happened, e.g. `DRAFT_INVOICE_CREATED`, `DRAFT_INVOICE_RECONCILED` (values from the search example).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "clientId",
            "invoiceId",
            "jobId",
            "client",
            "draftInvoice",
            "active",
            "createdAt",
            "activityType",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, "scalar"),
        ("client_id", "clientId", False, "scalar"),
        ("invoice_id", "invoiceId", False, "scalar"),
        ("job_id", "jobId", False, "scalar"),
        ("client", "client", False, "one:DraftInvoiceHistoryClient"),
        ("draft_invoice", "draftInvoice", False, "one:DraftInvoiceHistoryDraftInvoice"),
        ("active", "active", False, "scalar"),
        ("created_at", "createdAt", False, "scalar"),
        ("activity_type", "activityType", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        invoice_id = self.invoice_id

        job_id = self.job_id

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, DraftInvoiceHistoryClient):
            client = _NULL if self.client is None else self.client.to_dict()

        else:
            client = self.client

        draft_invoice: dict[str, Any] | None | Unset
        if isinstance(self.draft_invoice, Unset):
            draft_invoice = UNSET
        elif isinstance(self.draft_invoice, DraftInvoiceHistoryDraftInvoice):
            draft_invoice = _NULL if self.draft_invoice is None else self.draft_invoice.to_dict()

        else:
            draft_invoice = self.draft_invoice

        active = self.active

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = _NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        activity_type = self.activity_type

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if client_id is not UNSET:
            _field_dict["clientId"] = client_id
        if invoice_id is not UNSET:
            _field_dict["invoiceId"] = invoice_id
        if job_id is not UNSET:
            _field_dict["jobId"] = job_id
        if client is not UNSET:
            _field_dict["client"] = client
        if draft_invoice is not UNSET:
            _field_dict["draftInvoice"] = draft_invoice
        if active is not UNSET:
            _field_dict["active"] = active
        if created_at is not UNSET:
            _field_dict["createdAt"] = created_at
        if activity_type is not UNSET:
            _field_dict["activityType"] = activity_type

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 9:
            try:
                _instance = _cls.__new__(_cls)
                _instance.id = _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                _instance.client_id = (
                    _v if type(_v := _src_dict["clientId"]) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
                )
                _instance.invoice_id = (
                    _v
                    if type(_v := _src_dict["invoiceId"]) is int or _v is _NULL
                    else _scalar(_v, __name__, "invoiceId")
                )
                _instance.job_id = (
                    _v if type(_v := _src_dict["jobId"]) is int or _v is _NULL else _scalar(_v, __name__, "jobId")
                )
                __client = _src_dict["client"]
                client: DraftInvoiceHistoryClient | None | Unset
                if isinstance(__client, dict):
                    client = DraftInvoiceHistoryClient.from_dict(__client)
                else:
                    client = (
                        __client
                        if __client is None or __client is UNSET
                        else _wrong_shape(__name__, "client", __client, "an object")
                    )
                _instance.client = client
                __draft_invoice = _src_dict["draftInvoice"]
                draft_invoice: DraftInvoiceHistoryDraftInvoice | None | Unset
                if isinstance(__draft_invoice, dict):
                    draft_invoice = DraftInvoiceHistoryDraftInvoice.from_dict(__draft_invoice)
                else:
                    draft_invoice = (
                        __draft_invoice
                        if __draft_invoice is None or __draft_invoice is UNSET
                        else _wrong_shape(__name__, "draftInvoice", __draft_invoice, "an object")
                    )
                _instance.draft_invoice = draft_invoice
                _instance.active = (
                    _v if type(_v := _src_dict["active"]) is bool or _v is _NULL else _scalar(_v, __name__, "active")
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
                _instance.activity_type = (
                    _v
                    if type(_v := _src_dict["activityType"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "activityType")
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 9:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        id = _v if type(_v := _get("id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "id")
        client_id = (
            _v if type(_v := _get("clientId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
        )
        invoice_id = (
            _v if type(_v := _get("invoiceId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "invoiceId")
        )
        job_id = _v if type(_v := _get("jobId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "jobId")
        __client = _get("client", UNSET)
        if isinstance(__client, dict):
            client = DraftInvoiceHistoryClient.from_dict(__client)
        else:
            client = (
                __client
                if __client is None or __client is UNSET
                else _wrong_shape(__name__, "client", __client, "an object")
            )

        __draft_invoice = _get("draftInvoice", UNSET)
        if isinstance(__draft_invoice, dict):
            draft_invoice = DraftInvoiceHistoryDraftInvoice.from_dict(__draft_invoice)
        else:
            draft_invoice = (
                __draft_invoice
                if __draft_invoice is None or __draft_invoice is UNSET
                else _wrong_shape(__name__, "draftInvoice", __draft_invoice, "an object")
            )

        active = _v if type(_v := _get("active", UNSET)) is bool or _v is _NULL else _scalar(_v, __name__, "active")
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

        activity_type = (
            _v
            if type(_v := _get("activityType", UNSET)) is str or _v is _NULL
            else _scalar(_v, __name__, "activityType")
        )
        _instance = _cls(
            id,
            client_id,
            invoice_id,
            job_id,
            client,
            draft_invoice,
            active,
            created_at,
            activity_type,
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
            if len(_src_dict) >= 9:
                try:
                    _instance = _new(_cls)
                    _instance.id = (
                        _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                    )
                    _instance.client_id = (
                        _v
                        if type(_v := _src_dict["clientId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "clientId")
                    )
                    _instance.invoice_id = (
                        _v
                        if type(_v := _src_dict["invoiceId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "invoiceId")
                    )
                    _instance.job_id = (
                        _v if type(_v := _src_dict["jobId"]) is int or _v is _NULL else _scalar(_v, __name__, "jobId")
                    )
                    __client = _src_dict["client"]
                    client: DraftInvoiceHistoryClient | None | Unset
                    if isinstance(__client, dict):
                        client = DraftInvoiceHistoryClient.from_dict(__client)
                    else:
                        client = (
                            __client
                            if __client is None or __client is UNSET
                            else _wrong_shape(__name__, "client", __client, "an object")
                        )
                    _instance.client = client
                    __draft_invoice = _src_dict["draftInvoice"]
                    draft_invoice: DraftInvoiceHistoryDraftInvoice | None | Unset
                    if isinstance(__draft_invoice, dict):
                        draft_invoice = DraftInvoiceHistoryDraftInvoice.from_dict(__draft_invoice)
                    else:
                        draft_invoice = (
                            __draft_invoice
                            if __draft_invoice is None or __draft_invoice is UNSET
                            else _wrong_shape(__name__, "draftInvoice", __draft_invoice, "an object")
                        )
                    _instance.draft_invoice = draft_invoice
                    _instance.active = (
                        _v
                        if type(_v := _src_dict["active"]) is bool or _v is _NULL
                        else _scalar(_v, __name__, "active")
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
                    _instance.activity_type = (
                        _v
                        if type(_v := _src_dict["activityType"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "activityType")
                    )
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 9:
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
        _instance.client_id = _src_wire.client_id
        _instance.invoice_id = _src_wire.invoice_id
        _instance.job_id = _src_wire.job_id
        __client = _src_wire.client
        client: DraftInvoiceHistoryClient | None | Unset = (
            __client if __client is None or __client is UNSET else DraftInvoiceHistoryClient._from_wire(__client)
        )
        _instance.client = client
        __draft_invoice = _src_wire.draft_invoice
        draft_invoice: DraftInvoiceHistoryDraftInvoice | None | Unset = (
            __draft_invoice
            if __draft_invoice is None or __draft_invoice is UNSET
            else DraftInvoiceHistoryDraftInvoice._from_wire(__draft_invoice)
        )
        _instance.draft_invoice = draft_invoice
        _instance.active = _src_wire.active
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
        _instance.activity_type = _src_wire.activity_type
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
            _instance.client_id = _src_wire.client_id
            _instance.invoice_id = _src_wire.invoice_id
            _instance.job_id = _src_wire.job_id
            __client = _src_wire.client
            client: DraftInvoiceHistoryClient | None | Unset = (
                __client if __client is None or __client is UNSET else DraftInvoiceHistoryClient._from_wire(__client)
            )
            _instance.client = client
            __draft_invoice = _src_wire.draft_invoice
            draft_invoice: DraftInvoiceHistoryDraftInvoice | None | Unset = (
                __draft_invoice
                if __draft_invoice is None or __draft_invoice is UNSET
                else DraftInvoiceHistoryDraftInvoice._from_wire(__draft_invoice)
            )
            _instance.draft_invoice = draft_invoice
            _instance.active = _src_wire.active
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
            _instance.activity_type = _src_wire.activity_type
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


_Self = DraftInvoiceHistory  # the class, for its methods: a property of the same name would be a local there


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not _TYPE_CHECKING:
    from ..models.draft_invoice_history_client import DraftInvoiceHistoryClient
    from ..models.draft_invoice_history_draft_invoice import DraftInvoiceHistoryDraftInvoice
