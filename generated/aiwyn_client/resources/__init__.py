# Rendered from overlays/aiwyn_client/resources/__init__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""The resource namespaces of ``Aiwyn`` and ``AsyncAiwyn``: ``aiwyn.<resource>.<method>(...)``.

Generated from the API description; do not edit. One module per resource (``resources/<name>.py``),
imported when a client first reaches that resource, so ``import aiwyn_client`` loads no endpoint
or model; ``with_raw_response`` and ``with_streaming_response`` give each resource's wrapped twins.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Generic

from .._api_response import Async, F, M, Raw, Streamed, Sync

if TYPE_CHECKING:
    from . import clients as _clients
    from . import contacts as _contacts
    from . import custom_record_types as _custom_record_types
    from . import draft_invoice_histories as _draft_invoice_histories
    from . import draft_invoices as _draft_invoices
    from . import engagements as _engagements
    from . import event_subscriptions as _event_subscriptions
    from . import files as _files
    from . import invoices as _invoices
    from . import payments as _payments
    from . import projects as _projects
    from . import record_types as _record_types
    from . import records as _records
    from . import staff as _staff
    from . import tokens as _tokens
    from . import wip as _wip

__all__ = [
    "AsyncRawResources",
    "AsyncResources",
    "AsyncStreamedResources",
    "RawResources",
    "StreamedResources",
    "SyncResources",
]


class _Resource:
    """One resource attribute of a client: its module imported, and the resource made, on first use
    (then kept on the client, as ``functools.cached_property`` keeps a value)."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        resource = getattr(import_module(f"{__name__}.{self.module}"), self.name)(instance)
        instance.__dict__[self.attribute] = resource
        return resource


def _resource(module: str, name: str) -> Any:
    """The attribute, typed by its annotation (the resource class) for type checkers."""
    return _Resource(module, name)


class SyncResources:
    """Mixed into ``Aiwyn``: one attribute per resource."""

    clients: _clients.ClientsResource = _resource("clients", "ClientsResource")
    contacts: _contacts.ContactsResource = _resource("contacts", "ContactsResource")
    custom_record_types: _custom_record_types.CustomRecordTypesResource = _resource(
        "custom_record_types", "CustomRecordTypesResource"
    )
    draft_invoice_histories: _draft_invoice_histories.DraftInvoiceHistoriesResource = _resource(
        "draft_invoice_histories", "DraftInvoiceHistoriesResource"
    )
    draft_invoices: _draft_invoices.DraftInvoicesResource = _resource("draft_invoices", "DraftInvoicesResource")
    engagements: _engagements.EngagementsResource = _resource("engagements", "EngagementsResource")
    event_subscriptions: _event_subscriptions.EventSubscriptionsResource = _resource(
        "event_subscriptions", "EventSubscriptionsResource"
    )
    files: _files.FilesResource = _resource("files", "FilesResource")
    invoices: _invoices.InvoicesResource = _resource("invoices", "InvoicesResource")
    payments: _payments.PaymentsResource = _resource("payments", "PaymentsResource")
    projects: _projects.ProjectsResource = _resource("projects", "ProjectsResource")
    record_types: _record_types.RecordTypesResource = _resource("record_types", "RecordTypesResource")
    records: _records.RecordsResource = _resource("records", "RecordsResource")
    staff: _staff.StaffResource = _resource("staff", "StaffResource")
    tokens: _tokens.TokensResource = _resource("tokens", "TokensResource")
    wip: _wip.WipResource = _resource("wip", "WipResource")


class AsyncResources:
    """Mixed into ``AsyncAiwyn``: one attribute per resource."""

    clients: _clients.AsyncClientsResource = _resource("clients", "AsyncClientsResource")
    contacts: _contacts.AsyncContactsResource = _resource("contacts", "AsyncContactsResource")
    custom_record_types: _custom_record_types.AsyncCustomRecordTypesResource = _resource(
        "custom_record_types", "AsyncCustomRecordTypesResource"
    )
    draft_invoice_histories: _draft_invoice_histories.AsyncDraftInvoiceHistoriesResource = _resource(
        "draft_invoice_histories", "AsyncDraftInvoiceHistoriesResource"
    )
    draft_invoices: _draft_invoices.AsyncDraftInvoicesResource = _resource(
        "draft_invoices", "AsyncDraftInvoicesResource"
    )
    engagements: _engagements.AsyncEngagementsResource = _resource("engagements", "AsyncEngagementsResource")
    event_subscriptions: _event_subscriptions.AsyncEventSubscriptionsResource = _resource(
        "event_subscriptions", "AsyncEventSubscriptionsResource"
    )
    files: _files.AsyncFilesResource = _resource("files", "AsyncFilesResource")
    invoices: _invoices.AsyncInvoicesResource = _resource("invoices", "AsyncInvoicesResource")
    payments: _payments.AsyncPaymentsResource = _resource("payments", "AsyncPaymentsResource")
    projects: _projects.AsyncProjectsResource = _resource("projects", "AsyncProjectsResource")
    record_types: _record_types.AsyncRecordTypesResource = _resource("record_types", "AsyncRecordTypesResource")
    records: _records.AsyncRecordsResource = _resource("records", "AsyncRecordsResource")
    staff: _staff.AsyncStaffResource = _resource("staff", "AsyncStaffResource")
    tokens: _tokens.AsyncTokensResource = _resource("tokens", "AsyncTokensResource")
    wip: _wip.AsyncWipResource = _resource("wip", "AsyncWipResource")


class _Twins(Generic[F, M]):
    """``with_raw_response`` / ``with_streaming_response`` of a client: each resource's own, typed
    by ``F`` (sync or async) and ``M`` (raw or streamed) as the resource's ``Responses`` class is."""

    _twin = ""

    def __init__(self, client: object) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(getattr(self._client, name), self._twin)

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | {name for name in _Twins.__annotations__ if not name.startswith("_")})

    clients: _clients.ClientsResourceResponses[F, M]
    contacts: _contacts.ContactsResourceResponses[F, M]
    custom_record_types: _custom_record_types.CustomRecordTypesResourceResponses[F, M]
    draft_invoice_histories: _draft_invoice_histories.DraftInvoiceHistoriesResourceResponses[F, M]
    draft_invoices: _draft_invoices.DraftInvoicesResourceResponses[F, M]
    engagements: _engagements.EngagementsResourceResponses[F, M]
    event_subscriptions: _event_subscriptions.EventSubscriptionsResourceResponses[F, M]
    files: _files.FilesResourceResponses[F, M]
    invoices: _invoices.InvoicesResourceResponses[F, M]
    payments: _payments.PaymentsResourceResponses[F, M]
    projects: _projects.ProjectsResourceResponses[F, M]
    record_types: _record_types.RecordTypesResourceResponses[F, M]
    records: _records.RecordsResourceResponses[F, M]
    staff: _staff.StaffResourceResponses[F, M]
    tokens: _tokens.TokensResourceResponses[F, M]
    wip: _wip.WipResourceResponses[F, M]


class RawResources(_Twins[Sync, Raw]):
    """``Aiwyn.with_raw_response``: each resource's ``with_raw_response``."""

    _twin = "with_raw_response"


class StreamedResources(_Twins[Sync, Streamed]):
    """``Aiwyn.with_streaming_response``: each resource's ``with_streaming_response``."""

    _twin = "with_streaming_response"


class AsyncRawResources(_Twins[Async, Raw]):
    """``AsyncAiwyn.with_raw_response``: each resource's ``with_raw_response``."""

    _twin = "with_raw_response"


class AsyncStreamedResources(_Twins[Async, Streamed]):
    """``AsyncAiwyn.with_streaming_response``: each resource's ``with_streaming_response``."""

    _twin = "with_streaming_response"
