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


class SyncResources:
    """Mixed into ``Aiwyn``: one attribute per resource."""

    clients: ClientsResource = _Resource("clients", "ClientsResource")  # type: ignore[assignment]
    contacts: ContactsResource = _Resource("contacts", "ContactsResource")  # type: ignore[assignment]
    custom_record_types: CustomRecordTypesResource = _Resource("custom_record_types", "CustomRecordTypesResource")  # type: ignore[assignment]
    draft_invoice_histories: DraftInvoiceHistoriesResource = _Resource(
        "draft_invoice_histories", "DraftInvoiceHistoriesResource"
    )  # type: ignore[assignment]
    draft_invoices: DraftInvoicesResource = _Resource("draft_invoices", "DraftInvoicesResource")  # type: ignore[assignment]
    engagements: EngagementsResource = _Resource("engagements", "EngagementsResource")  # type: ignore[assignment]
    event_subscriptions: EventSubscriptionsResource = _Resource("event_subscriptions", "EventSubscriptionsResource")  # type: ignore[assignment]
    files: FilesResource = _Resource("files", "FilesResource")  # type: ignore[assignment]
    invoices: InvoicesResource = _Resource("invoices", "InvoicesResource")  # type: ignore[assignment]
    payments: PaymentsResource = _Resource("payments", "PaymentsResource")  # type: ignore[assignment]
    projects: ProjectsResource = _Resource("projects", "ProjectsResource")  # type: ignore[assignment]
    record_types: RecordTypesResource = _Resource("record_types", "RecordTypesResource")  # type: ignore[assignment]
    records: RecordsResource = _Resource("records", "RecordsResource")  # type: ignore[assignment]
    staff: StaffResource = _Resource("staff", "StaffResource")  # type: ignore[assignment]
    tokens: TokensResource = _Resource("tokens", "TokensResource")  # type: ignore[assignment]
    wip: WipResource = _Resource("wip", "WipResource")  # type: ignore[assignment]


class AsyncResources:
    """Mixed into ``AsyncAiwyn``: one attribute per resource."""

    clients: AsyncClientsResource = _Resource("clients", "AsyncClientsResource")  # type: ignore[assignment]
    contacts: AsyncContactsResource = _Resource("contacts", "AsyncContactsResource")  # type: ignore[assignment]
    custom_record_types: AsyncCustomRecordTypesResource = _Resource(
        "custom_record_types", "AsyncCustomRecordTypesResource"
    )  # type: ignore[assignment]
    draft_invoice_histories: AsyncDraftInvoiceHistoriesResource = _Resource(
        "draft_invoice_histories", "AsyncDraftInvoiceHistoriesResource"
    )  # type: ignore[assignment]
    draft_invoices: AsyncDraftInvoicesResource = _Resource("draft_invoices", "AsyncDraftInvoicesResource")  # type: ignore[assignment]
    engagements: AsyncEngagementsResource = _Resource("engagements", "AsyncEngagementsResource")  # type: ignore[assignment]
    event_subscriptions: AsyncEventSubscriptionsResource = _Resource(
        "event_subscriptions", "AsyncEventSubscriptionsResource"
    )  # type: ignore[assignment]
    files: AsyncFilesResource = _Resource("files", "AsyncFilesResource")  # type: ignore[assignment]
    invoices: AsyncInvoicesResource = _Resource("invoices", "AsyncInvoicesResource")  # type: ignore[assignment]
    payments: AsyncPaymentsResource = _Resource("payments", "AsyncPaymentsResource")  # type: ignore[assignment]
    projects: AsyncProjectsResource = _Resource("projects", "AsyncProjectsResource")  # type: ignore[assignment]
    record_types: AsyncRecordTypesResource = _Resource("record_types", "AsyncRecordTypesResource")  # type: ignore[assignment]
    records: AsyncRecordsResource = _Resource("records", "AsyncRecordsResource")  # type: ignore[assignment]
    staff: AsyncStaffResource = _Resource("staff", "AsyncStaffResource")  # type: ignore[assignment]
    tokens: AsyncTokensResource = _Resource("tokens", "AsyncTokensResource")  # type: ignore[assignment]
    wip: AsyncWipResource = _Resource("wip", "AsyncWipResource")  # type: ignore[assignment]


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
