# Rendered from overlays/aiwyn_client/resources/__init__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""The resource namespaces of ``Aiwyn`` and ``AsyncAiwyn``: ``aiwyn.<resource>.<method>(...)``.

Generated from the API description; do not edit. One module per resource (``resources/<name>.py``),
imported when a client first reaches that resource, so ``import aiwyn_client`` loads no endpoint
or model; ``with_raw_response`` and ``with_streaming_response`` give each resource's wrapped twins.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .clients import (
        AsyncClientsResource,
        AsyncClientsResourceWithRawResponse,
        AsyncClientsResourceWithStreamingResponse,
        ClientsResource,
        ClientsResourceWithRawResponse,
        ClientsResourceWithStreamingResponse,
    )
    from .contacts import (
        AsyncContactsResource,
        AsyncContactsResourceWithRawResponse,
        AsyncContactsResourceWithStreamingResponse,
        ContactsResource,
        ContactsResourceWithRawResponse,
        ContactsResourceWithStreamingResponse,
    )
    from .custom_record_types import (
        AsyncCustomRecordTypesResource,
        AsyncCustomRecordTypesResourceWithRawResponse,
        AsyncCustomRecordTypesResourceWithStreamingResponse,
        CustomRecordTypesResource,
        CustomRecordTypesResourceWithRawResponse,
        CustomRecordTypesResourceWithStreamingResponse,
    )
    from .draft_invoice_histories import (
        AsyncDraftInvoiceHistoriesResource,
        AsyncDraftInvoiceHistoriesResourceWithRawResponse,
        AsyncDraftInvoiceHistoriesResourceWithStreamingResponse,
        DraftInvoiceHistoriesResource,
        DraftInvoiceHistoriesResourceWithRawResponse,
        DraftInvoiceHistoriesResourceWithStreamingResponse,
    )
    from .draft_invoices import (
        AsyncDraftInvoicesResource,
        AsyncDraftInvoicesResourceWithRawResponse,
        AsyncDraftInvoicesResourceWithStreamingResponse,
        DraftInvoicesResource,
        DraftInvoicesResourceWithRawResponse,
        DraftInvoicesResourceWithStreamingResponse,
    )
    from .engagements import (
        AsyncEngagementsResource,
        AsyncEngagementsResourceWithRawResponse,
        AsyncEngagementsResourceWithStreamingResponse,
        EngagementsResource,
        EngagementsResourceWithRawResponse,
        EngagementsResourceWithStreamingResponse,
    )
    from .event_subscriptions import (
        AsyncEventSubscriptionsResource,
        AsyncEventSubscriptionsResourceWithRawResponse,
        AsyncEventSubscriptionsResourceWithStreamingResponse,
        EventSubscriptionsResource,
        EventSubscriptionsResourceWithRawResponse,
        EventSubscriptionsResourceWithStreamingResponse,
    )
    from .files import (
        AsyncFilesResource,
        AsyncFilesResourceWithRawResponse,
        AsyncFilesResourceWithStreamingResponse,
        FilesResource,
        FilesResourceWithRawResponse,
        FilesResourceWithStreamingResponse,
    )
    from .invoices import (
        AsyncInvoicesResource,
        AsyncInvoicesResourceWithRawResponse,
        AsyncInvoicesResourceWithStreamingResponse,
        InvoicesResource,
        InvoicesResourceWithRawResponse,
        InvoicesResourceWithStreamingResponse,
    )
    from .payments import (
        AsyncPaymentsResource,
        AsyncPaymentsResourceWithRawResponse,
        AsyncPaymentsResourceWithStreamingResponse,
        PaymentsResource,
        PaymentsResourceWithRawResponse,
        PaymentsResourceWithStreamingResponse,
    )
    from .projects import (
        AsyncProjectsResource,
        AsyncProjectsResourceWithRawResponse,
        AsyncProjectsResourceWithStreamingResponse,
        ProjectsResource,
        ProjectsResourceWithRawResponse,
        ProjectsResourceWithStreamingResponse,
    )
    from .record_types import (
        AsyncRecordTypesResource,
        AsyncRecordTypesResourceWithRawResponse,
        AsyncRecordTypesResourceWithStreamingResponse,
        RecordTypesResource,
        RecordTypesResourceWithRawResponse,
        RecordTypesResourceWithStreamingResponse,
    )
    from .records import (
        AsyncRecordsResource,
        AsyncRecordsResourceWithRawResponse,
        AsyncRecordsResourceWithStreamingResponse,
        RecordsResource,
        RecordsResourceWithRawResponse,
        RecordsResourceWithStreamingResponse,
    )
    from .staff import (
        AsyncStaffResource,
        AsyncStaffResourceWithRawResponse,
        AsyncStaffResourceWithStreamingResponse,
        StaffResource,
        StaffResourceWithRawResponse,
        StaffResourceWithStreamingResponse,
    )
    from .tokens import (
        AsyncTokensResource,
        AsyncTokensResourceWithRawResponse,
        AsyncTokensResourceWithStreamingResponse,
        TokensResource,
        TokensResourceWithRawResponse,
        TokensResourceWithStreamingResponse,
    )
    from .wip import (
        AsyncWipResource,
        AsyncWipResourceWithRawResponse,
        AsyncWipResourceWithStreamingResponse,
        WipResource,
        WipResourceWithRawResponse,
        WipResourceWithStreamingResponse,
    )

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


class _Twins:
    """``with_raw_response`` / ``with_streaming_response`` of a client: each resource's own."""

    _twin = ""

    def __init__(self, client: object) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(getattr(self._client, name), self._twin)

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(type(self).__annotations__))


def _resource(module: str, name: str) -> Any:
    """The attribute, typed by its annotation (the resource class) for type checkers."""
    return _Resource(module, name)


class SyncResources:
    """Mixed into ``Aiwyn``: one attribute per resource."""

    clients: ClientsResource = _resource("clients", "ClientsResource")
    contacts: ContactsResource = _resource("contacts", "ContactsResource")
    custom_record_types: CustomRecordTypesResource = _resource("custom_record_types", "CustomRecordTypesResource")
    draft_invoice_histories: DraftInvoiceHistoriesResource = _resource(
        "draft_invoice_histories", "DraftInvoiceHistoriesResource"
    )
    draft_invoices: DraftInvoicesResource = _resource("draft_invoices", "DraftInvoicesResource")
    engagements: EngagementsResource = _resource("engagements", "EngagementsResource")
    event_subscriptions: EventSubscriptionsResource = _resource("event_subscriptions", "EventSubscriptionsResource")
    files: FilesResource = _resource("files", "FilesResource")
    invoices: InvoicesResource = _resource("invoices", "InvoicesResource")
    payments: PaymentsResource = _resource("payments", "PaymentsResource")
    projects: ProjectsResource = _resource("projects", "ProjectsResource")
    record_types: RecordTypesResource = _resource("record_types", "RecordTypesResource")
    records: RecordsResource = _resource("records", "RecordsResource")
    staff: StaffResource = _resource("staff", "StaffResource")
    tokens: TokensResource = _resource("tokens", "TokensResource")
    wip: WipResource = _resource("wip", "WipResource")


class AsyncResources:
    """Mixed into ``AsyncAiwyn``: one attribute per resource."""

    clients: AsyncClientsResource = _resource("clients", "AsyncClientsResource")
    contacts: AsyncContactsResource = _resource("contacts", "AsyncContactsResource")
    custom_record_types: AsyncCustomRecordTypesResource = _resource(
        "custom_record_types", "AsyncCustomRecordTypesResource"
    )
    draft_invoice_histories: AsyncDraftInvoiceHistoriesResource = _resource(
        "draft_invoice_histories", "AsyncDraftInvoiceHistoriesResource"
    )
    draft_invoices: AsyncDraftInvoicesResource = _resource("draft_invoices", "AsyncDraftInvoicesResource")
    engagements: AsyncEngagementsResource = _resource("engagements", "AsyncEngagementsResource")
    event_subscriptions: AsyncEventSubscriptionsResource = _resource(
        "event_subscriptions", "AsyncEventSubscriptionsResource"
    )
    files: AsyncFilesResource = _resource("files", "AsyncFilesResource")
    invoices: AsyncInvoicesResource = _resource("invoices", "AsyncInvoicesResource")
    payments: AsyncPaymentsResource = _resource("payments", "AsyncPaymentsResource")
    projects: AsyncProjectsResource = _resource("projects", "AsyncProjectsResource")
    record_types: AsyncRecordTypesResource = _resource("record_types", "AsyncRecordTypesResource")
    records: AsyncRecordsResource = _resource("records", "AsyncRecordsResource")
    staff: AsyncStaffResource = _resource("staff", "AsyncStaffResource")
    tokens: AsyncTokensResource = _resource("tokens", "AsyncTokensResource")
    wip: AsyncWipResource = _resource("wip", "AsyncWipResource")


class RawResources(_Twins):
    """``Aiwyn.with_raw_response``: each resource's ``with_raw_response``."""

    _twin = "with_raw_response"
    clients: ClientsResourceWithRawResponse
    contacts: ContactsResourceWithRawResponse
    custom_record_types: CustomRecordTypesResourceWithRawResponse
    draft_invoice_histories: DraftInvoiceHistoriesResourceWithRawResponse
    draft_invoices: DraftInvoicesResourceWithRawResponse
    engagements: EngagementsResourceWithRawResponse
    event_subscriptions: EventSubscriptionsResourceWithRawResponse
    files: FilesResourceWithRawResponse
    invoices: InvoicesResourceWithRawResponse
    payments: PaymentsResourceWithRawResponse
    projects: ProjectsResourceWithRawResponse
    record_types: RecordTypesResourceWithRawResponse
    records: RecordsResourceWithRawResponse
    staff: StaffResourceWithRawResponse
    tokens: TokensResourceWithRawResponse
    wip: WipResourceWithRawResponse


class StreamedResources(_Twins):
    """``Aiwyn.with_streaming_response``: each resource's ``with_streaming_response``."""

    _twin = "with_streaming_response"
    clients: ClientsResourceWithStreamingResponse
    contacts: ContactsResourceWithStreamingResponse
    custom_record_types: CustomRecordTypesResourceWithStreamingResponse
    draft_invoice_histories: DraftInvoiceHistoriesResourceWithStreamingResponse
    draft_invoices: DraftInvoicesResourceWithStreamingResponse
    engagements: EngagementsResourceWithStreamingResponse
    event_subscriptions: EventSubscriptionsResourceWithStreamingResponse
    files: FilesResourceWithStreamingResponse
    invoices: InvoicesResourceWithStreamingResponse
    payments: PaymentsResourceWithStreamingResponse
    projects: ProjectsResourceWithStreamingResponse
    record_types: RecordTypesResourceWithStreamingResponse
    records: RecordsResourceWithStreamingResponse
    staff: StaffResourceWithStreamingResponse
    tokens: TokensResourceWithStreamingResponse
    wip: WipResourceWithStreamingResponse


class AsyncRawResources(_Twins):
    """``AsyncAiwyn.with_raw_response``: each resource's ``with_raw_response``."""

    _twin = "with_raw_response"
    clients: AsyncClientsResourceWithRawResponse
    contacts: AsyncContactsResourceWithRawResponse
    custom_record_types: AsyncCustomRecordTypesResourceWithRawResponse
    draft_invoice_histories: AsyncDraftInvoiceHistoriesResourceWithRawResponse
    draft_invoices: AsyncDraftInvoicesResourceWithRawResponse
    engagements: AsyncEngagementsResourceWithRawResponse
    event_subscriptions: AsyncEventSubscriptionsResourceWithRawResponse
    files: AsyncFilesResourceWithRawResponse
    invoices: AsyncInvoicesResourceWithRawResponse
    payments: AsyncPaymentsResourceWithRawResponse
    projects: AsyncProjectsResourceWithRawResponse
    record_types: AsyncRecordTypesResourceWithRawResponse
    records: AsyncRecordsResourceWithRawResponse
    staff: AsyncStaffResourceWithRawResponse
    tokens: AsyncTokensResourceWithRawResponse
    wip: AsyncWipResourceWithRawResponse


class AsyncStreamedResources(_Twins):
    """``AsyncAiwyn.with_streaming_response``: each resource's ``with_streaming_response``."""

    _twin = "with_streaming_response"
    clients: AsyncClientsResourceWithStreamingResponse
    contacts: AsyncContactsResourceWithStreamingResponse
    custom_record_types: AsyncCustomRecordTypesResourceWithStreamingResponse
    draft_invoice_histories: AsyncDraftInvoiceHistoriesResourceWithStreamingResponse
    draft_invoices: AsyncDraftInvoicesResourceWithStreamingResponse
    engagements: AsyncEngagementsResourceWithStreamingResponse
    event_subscriptions: AsyncEventSubscriptionsResourceWithStreamingResponse
    files: AsyncFilesResourceWithStreamingResponse
    invoices: AsyncInvoicesResourceWithStreamingResponse
    payments: AsyncPaymentsResourceWithStreamingResponse
    projects: AsyncProjectsResourceWithStreamingResponse
    record_types: AsyncRecordTypesResourceWithStreamingResponse
    records: AsyncRecordsResourceWithStreamingResponse
    staff: AsyncStaffResourceWithStreamingResponse
    tokens: AsyncTokensResourceWithStreamingResponse
    wip: AsyncWipResourceWithStreamingResponse
