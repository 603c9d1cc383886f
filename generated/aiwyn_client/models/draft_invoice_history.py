# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL
from .._iso8601 import parse_datetime
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.draft_invoice_history_client import DraftInvoiceHistoryClient
    from ..models.draft_invoice_history_draft_invoice import DraftInvoiceHistoryDraftInvoice


T = TypeVar("T", bound="DraftInvoiceHistory")


@_attrs_define(repr=False)
class DraftInvoiceHistory(Model):
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
        ("id", "id", False, ""),
        ("client_id", "clientId", False, ""),
        ("invoice_id", "invoiceId", False, ""),
        ("job_id", "jobId", False, ""),
        ("client", "client", False, "one:DraftInvoiceHistoryClient"),
        ("draft_invoice", "draftInvoice", False, "one:DraftInvoiceHistoryDraftInvoice"),
        ("active", "active", False, ""),
        ("created_at", "createdAt", False, ""),
        ("activity_type", "activityType", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        invoice_id = self.invoice_id

        job_id = self.job_id

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, DraftInvoiceHistoryClient):
            client = NULL if self.client is None else self.client.to_dict()

        else:
            client = self.client

        draft_invoice: dict[str, Any] | None | Unset
        if isinstance(self.draft_invoice, Unset):
            draft_invoice = UNSET
        elif isinstance(self.draft_invoice, DraftInvoiceHistoryDraftInvoice):
            draft_invoice = NULL if self.draft_invoice is None else self.draft_invoice.to_dict()

        else:
            draft_invoice = self.draft_invoice

        active = self.active

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        activity_type = self.activity_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if client is not UNSET:
            field_dict["client"] = client
        if draft_invoice is not UNSET:
            field_dict["draftInvoice"] = draft_invoice
        if active is not UNSET:
            field_dict["active"] = active
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if activity_type is not UNSET:
            field_dict["activityType"] = activity_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is DraftInvoiceHistory and len(src_dict) >= 9:
            try:
                draft_invoice_history = cls.__new__(cls)
                draft_invoice_history.id = src_dict["id"]
                draft_invoice_history.client_id = src_dict["clientId"]
                draft_invoice_history.invoice_id = src_dict["invoiceId"]
                draft_invoice_history.job_id = src_dict["jobId"]
                _client = src_dict["client"]
                client: DraftInvoiceHistoryClient | None | Unset
                if isinstance(_client, dict):
                    try:
                        client = DraftInvoiceHistoryClient.from_dict(_client)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        client = cast(DraftInvoiceHistoryClient | None | Unset, _client)
                else:
                    client = _client
                draft_invoice_history.client = client
                _draft_invoice = src_dict["draftInvoice"]
                draft_invoice: DraftInvoiceHistoryDraftInvoice | None | Unset
                if isinstance(_draft_invoice, dict):
                    try:
                        draft_invoice = DraftInvoiceHistoryDraftInvoice.from_dict(_draft_invoice)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        draft_invoice = cast(DraftInvoiceHistoryDraftInvoice | None | Unset, _draft_invoice)
                else:
                    draft_invoice = _draft_invoice
                draft_invoice_history.draft_invoice = draft_invoice
                draft_invoice_history.active = src_dict["active"]
                _created_at = src_dict["createdAt"]
                created_at: datetime.datetime | None | Unset
                if isinstance(_created_at, str):
                    try:
                        created_at = parse_datetime(_created_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        created_at = cast(datetime.datetime | None | Unset, _created_at)
                else:
                    created_at = _created_at
                draft_invoice_history.created_at = created_at
                draft_invoice_history.activity_type = src_dict["activityType"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 9:
                    known = DraftInvoiceHistory._known_keys
                    draft_invoice_history.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return draft_invoice_history

        get = src_dict.get
        id = get("id", UNSET)
        client_id = get("clientId", UNSET)
        invoice_id = get("invoiceId", UNSET)
        job_id = get("jobId", UNSET)
        _client = get("client", UNSET)
        if isinstance(_client, dict):
            try:
                client = DraftInvoiceHistoryClient.from_dict(_client)
            except (TypeError, ValueError, AttributeError, KeyError):
                client = cast(DraftInvoiceHistoryClient | None | Unset, _client)
        else:
            client = _client

        _draft_invoice = get("draftInvoice", UNSET)
        if isinstance(_draft_invoice, dict):
            try:
                draft_invoice = DraftInvoiceHistoryDraftInvoice.from_dict(_draft_invoice)
            except (TypeError, ValueError, AttributeError, KeyError):
                draft_invoice = cast(DraftInvoiceHistoryDraftInvoice | None | Unset, _draft_invoice)
        else:
            draft_invoice = _draft_invoice

        active = get("active", UNSET)
        _created_at = get("createdAt", UNSET)
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        activity_type = get("activityType", UNSET)
        draft_invoice_history = cls(
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

        known = DraftInvoiceHistory._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            draft_invoice_history.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return draft_invoice_history

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not DraftInvoiceHistory:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 9:
                try:
                    draft_invoice_history = new(cls)
                    draft_invoice_history.id = src_dict["id"]
                    draft_invoice_history.client_id = src_dict["clientId"]
                    draft_invoice_history.invoice_id = src_dict["invoiceId"]
                    draft_invoice_history.job_id = src_dict["jobId"]
                    _client = src_dict["client"]
                    client: DraftInvoiceHistoryClient | None | Unset
                    if isinstance(_client, dict):
                        try:
                            client = DraftInvoiceHistoryClient.from_dict(_client)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            client = cast(DraftInvoiceHistoryClient | None | Unset, _client)
                    else:
                        client = _client
                    draft_invoice_history.client = client
                    _draft_invoice = src_dict["draftInvoice"]
                    draft_invoice: DraftInvoiceHistoryDraftInvoice | None | Unset
                    if isinstance(_draft_invoice, dict):
                        try:
                            draft_invoice = DraftInvoiceHistoryDraftInvoice.from_dict(_draft_invoice)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            draft_invoice = cast(DraftInvoiceHistoryDraftInvoice | None | Unset, _draft_invoice)
                    else:
                        draft_invoice = _draft_invoice
                    draft_invoice_history.draft_invoice = draft_invoice
                    draft_invoice_history.active = src_dict["active"]
                    _created_at = src_dict["createdAt"]
                    created_at: datetime.datetime | None | Unset
                    if isinstance(_created_at, str):
                        try:
                            created_at = parse_datetime(_created_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            created_at = cast(datetime.datetime | None | Unset, _created_at)
                    else:
                        created_at = _created_at
                    draft_invoice_history.created_at = created_at
                    draft_invoice_history.activity_type = src_dict["activityType"]
                except (KeyError, TypeError):
                    draft_invoice_history = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 9:
                        known = DraftInvoiceHistory._known_keys
                        draft_invoice_history.additional_properties = {
                            k: v for k, v in src_dict.items() if k not in known
                        }
            else:
                draft_invoice_history = cls.from_dict(src_dict)
            append(draft_invoice_history)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        draft_invoice_history = cls.__new__(cls)
        draft_invoice_history.id = src_wire.id
        draft_invoice_history.client_id = src_wire.client_id
        draft_invoice_history.invoice_id = src_wire.invoice_id
        draft_invoice_history.job_id = src_wire.job_id
        _client = src_wire.client
        client: DraftInvoiceHistoryClient | None | Unset = (
            _client if _client is None or _client is UNSET else DraftInvoiceHistoryClient._from_wire(_client)
        )
        draft_invoice_history.client = client
        _draft_invoice = src_wire.draft_invoice
        draft_invoice: DraftInvoiceHistoryDraftInvoice | None | Unset = (
            _draft_invoice
            if _draft_invoice is None or _draft_invoice is UNSET
            else DraftInvoiceHistoryDraftInvoice._from_wire(_draft_invoice)
        )
        draft_invoice_history.draft_invoice = draft_invoice
        draft_invoice_history.active = src_wire.active
        _created_at = src_wire.created_at
        created_at: datetime.datetime | None | Unset
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        draft_invoice_history.created_at = created_at
        draft_invoice_history.activity_type = src_wire.activity_type
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                draft_invoice_history.additional_properties = found
        return draft_invoice_history

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            draft_invoice_history = new(cls)
            draft_invoice_history.id = src_wire.id
            draft_invoice_history.client_id = src_wire.client_id
            draft_invoice_history.invoice_id = src_wire.invoice_id
            draft_invoice_history.job_id = src_wire.job_id
            _client = src_wire.client
            client: DraftInvoiceHistoryClient | None | Unset = (
                _client if _client is None or _client is UNSET else DraftInvoiceHistoryClient._from_wire(_client)
            )
            draft_invoice_history.client = client
            _draft_invoice = src_wire.draft_invoice
            draft_invoice: DraftInvoiceHistoryDraftInvoice | None | Unset = (
                _draft_invoice
                if _draft_invoice is None or _draft_invoice is UNSET
                else DraftInvoiceHistoryDraftInvoice._from_wire(_draft_invoice)
            )
            draft_invoice_history.draft_invoice = draft_invoice
            draft_invoice_history.active = src_wire.active
            _created_at = src_wire.created_at
            created_at: datetime.datetime | None | Unset
            if isinstance(_created_at, str):
                try:
                    created_at = parse_datetime(_created_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    created_at = cast(datetime.datetime | None | Unset, _created_at)
            else:
                created_at = _created_at

            draft_invoice_history.created_at = created_at
            draft_invoice_history.activity_type = src_wire.activity_type
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    draft_invoice_history.additional_properties = found
            append(draft_invoice_history)
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
    from ..models.draft_invoice_history_client import DraftInvoiceHistoryClient
    from ..models.draft_invoice_history_draft_invoice import DraftInvoiceHistoryDraftInvoice
