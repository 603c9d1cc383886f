# Rendered from overlays/aiwyn_client/resources/__init__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""The resource namespaces of ``Aiwyn`` and ``AsyncAiwyn``: ``aiwyn.<resource>.<method>(...)``.

Generated from the API description; do not edit. One module per resource (``resources/<name>.py``),
imported when a client first reaches that resource, so ``import aiwyn_client`` loads no endpoint
or model; ``with_raw_response`` and ``with_streaming_response`` give each resource's wrapped twins.
"""

from __future__ import annotations

from functools import cached_property
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


def _resource(client: object, module: str, name: str) -> Any:
    return getattr(import_module(f"{__name__}.{module}"), name)(client)


class SyncResources:
    """Mixed into ``Aiwyn``: one attribute per resource."""

    @cached_property
    def clients(self) -> ClientsResource:
        resource: ClientsResource = _resource(self, "clients", "ClientsResource")
        return resource

    @cached_property
    def contacts(self) -> ContactsResource:
        resource: ContactsResource = _resource(self, "contacts", "ContactsResource")
        return resource

    @cached_property
    def custom_record_types(self) -> CustomRecordTypesResource:
        resource: CustomRecordTypesResource = _resource(self, "custom_record_types", "CustomRecordTypesResource")
        return resource

    @cached_property
    def draft_invoice_histories(self) -> DraftInvoiceHistoriesResource:
        resource: DraftInvoiceHistoriesResource = _resource(
            self, "draft_invoice_histories", "DraftInvoiceHistoriesResource"
        )
        return resource

    @cached_property
    def draft_invoices(self) -> DraftInvoicesResource:
        resource: DraftInvoicesResource = _resource(self, "draft_invoices", "DraftInvoicesResource")
        return resource

    @cached_property
    def engagements(self) -> EngagementsResource:
        resource: EngagementsResource = _resource(self, "engagements", "EngagementsResource")
        return resource

    @cached_property
    def event_subscriptions(self) -> EventSubscriptionsResource:
        resource: EventSubscriptionsResource = _resource(self, "event_subscriptions", "EventSubscriptionsResource")
        return resource

    @cached_property
    def files(self) -> FilesResource:
        resource: FilesResource = _resource(self, "files", "FilesResource")
        return resource

    @cached_property
    def invoices(self) -> InvoicesResource:
        resource: InvoicesResource = _resource(self, "invoices", "InvoicesResource")
        return resource

    @cached_property
    def payments(self) -> PaymentsResource:
        resource: PaymentsResource = _resource(self, "payments", "PaymentsResource")
        return resource

    @cached_property
    def projects(self) -> ProjectsResource:
        resource: ProjectsResource = _resource(self, "projects", "ProjectsResource")
        return resource

    @cached_property
    def record_types(self) -> RecordTypesResource:
        resource: RecordTypesResource = _resource(self, "record_types", "RecordTypesResource")
        return resource

    @cached_property
    def records(self) -> RecordsResource:
        resource: RecordsResource = _resource(self, "records", "RecordsResource")
        return resource

    @cached_property
    def staff(self) -> StaffResource:
        resource: StaffResource = _resource(self, "staff", "StaffResource")
        return resource

    @cached_property
    def tokens(self) -> TokensResource:
        resource: TokensResource = _resource(self, "tokens", "TokensResource")
        return resource

    @cached_property
    def wip(self) -> WipResource:
        resource: WipResource = _resource(self, "wip", "WipResource")
        return resource


class AsyncResources:
    """Mixed into ``AsyncAiwyn``: one attribute per resource."""

    @cached_property
    def clients(self) -> AsyncClientsResource:
        resource: AsyncClientsResource = _resource(self, "clients", "AsyncClientsResource")
        return resource

    @cached_property
    def contacts(self) -> AsyncContactsResource:
        resource: AsyncContactsResource = _resource(self, "contacts", "AsyncContactsResource")
        return resource

    @cached_property
    def custom_record_types(self) -> AsyncCustomRecordTypesResource:
        resource: AsyncCustomRecordTypesResource = _resource(
            self, "custom_record_types", "AsyncCustomRecordTypesResource"
        )
        return resource

    @cached_property
    def draft_invoice_histories(self) -> AsyncDraftInvoiceHistoriesResource:
        resource: AsyncDraftInvoiceHistoriesResource = _resource(
            self, "draft_invoice_histories", "AsyncDraftInvoiceHistoriesResource"
        )
        return resource

    @cached_property
    def draft_invoices(self) -> AsyncDraftInvoicesResource:
        resource: AsyncDraftInvoicesResource = _resource(self, "draft_invoices", "AsyncDraftInvoicesResource")
        return resource

    @cached_property
    def engagements(self) -> AsyncEngagementsResource:
        resource: AsyncEngagementsResource = _resource(self, "engagements", "AsyncEngagementsResource")
        return resource

    @cached_property
    def event_subscriptions(self) -> AsyncEventSubscriptionsResource:
        resource: AsyncEventSubscriptionsResource = _resource(
            self, "event_subscriptions", "AsyncEventSubscriptionsResource"
        )
        return resource

    @cached_property
    def files(self) -> AsyncFilesResource:
        resource: AsyncFilesResource = _resource(self, "files", "AsyncFilesResource")
        return resource

    @cached_property
    def invoices(self) -> AsyncInvoicesResource:
        resource: AsyncInvoicesResource = _resource(self, "invoices", "AsyncInvoicesResource")
        return resource

    @cached_property
    def payments(self) -> AsyncPaymentsResource:
        resource: AsyncPaymentsResource = _resource(self, "payments", "AsyncPaymentsResource")
        return resource

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        resource: AsyncProjectsResource = _resource(self, "projects", "AsyncProjectsResource")
        return resource

    @cached_property
    def record_types(self) -> AsyncRecordTypesResource:
        resource: AsyncRecordTypesResource = _resource(self, "record_types", "AsyncRecordTypesResource")
        return resource

    @cached_property
    def records(self) -> AsyncRecordsResource:
        resource: AsyncRecordsResource = _resource(self, "records", "AsyncRecordsResource")
        return resource

    @cached_property
    def staff(self) -> AsyncStaffResource:
        resource: AsyncStaffResource = _resource(self, "staff", "AsyncStaffResource")
        return resource

    @cached_property
    def tokens(self) -> AsyncTokensResource:
        resource: AsyncTokensResource = _resource(self, "tokens", "AsyncTokensResource")
        return resource

    @cached_property
    def wip(self) -> AsyncWipResource:
        resource: AsyncWipResource = _resource(self, "wip", "AsyncWipResource")
        return resource


class RawResources:
    """``Aiwyn.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: SyncResources) -> None:
        self._client = client

    @property
    def clients(self) -> ClientsResourceWithRawResponse:
        return self._client.clients.with_raw_response

    @property
    def contacts(self) -> ContactsResourceWithRawResponse:
        return self._client.contacts.with_raw_response

    @property
    def custom_record_types(self) -> CustomRecordTypesResourceWithRawResponse:
        return self._client.custom_record_types.with_raw_response

    @property
    def draft_invoice_histories(self) -> DraftInvoiceHistoriesResourceWithRawResponse:
        return self._client.draft_invoice_histories.with_raw_response

    @property
    def draft_invoices(self) -> DraftInvoicesResourceWithRawResponse:
        return self._client.draft_invoices.with_raw_response

    @property
    def engagements(self) -> EngagementsResourceWithRawResponse:
        return self._client.engagements.with_raw_response

    @property
    def event_subscriptions(self) -> EventSubscriptionsResourceWithRawResponse:
        return self._client.event_subscriptions.with_raw_response

    @property
    def files(self) -> FilesResourceWithRawResponse:
        return self._client.files.with_raw_response

    @property
    def invoices(self) -> InvoicesResourceWithRawResponse:
        return self._client.invoices.with_raw_response

    @property
    def payments(self) -> PaymentsResourceWithRawResponse:
        return self._client.payments.with_raw_response

    @property
    def projects(self) -> ProjectsResourceWithRawResponse:
        return self._client.projects.with_raw_response

    @property
    def record_types(self) -> RecordTypesResourceWithRawResponse:
        return self._client.record_types.with_raw_response

    @property
    def records(self) -> RecordsResourceWithRawResponse:
        return self._client.records.with_raw_response

    @property
    def staff(self) -> StaffResourceWithRawResponse:
        return self._client.staff.with_raw_response

    @property
    def tokens(self) -> TokensResourceWithRawResponse:
        return self._client.tokens.with_raw_response

    @property
    def wip(self) -> WipResourceWithRawResponse:
        return self._client.wip.with_raw_response


class StreamedResources:
    """``Aiwyn.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: SyncResources) -> None:
        self._client = client

    @property
    def clients(self) -> ClientsResourceWithStreamingResponse:
        return self._client.clients.with_streaming_response

    @property
    def contacts(self) -> ContactsResourceWithStreamingResponse:
        return self._client.contacts.with_streaming_response

    @property
    def custom_record_types(self) -> CustomRecordTypesResourceWithStreamingResponse:
        return self._client.custom_record_types.with_streaming_response

    @property
    def draft_invoice_histories(self) -> DraftInvoiceHistoriesResourceWithStreamingResponse:
        return self._client.draft_invoice_histories.with_streaming_response

    @property
    def draft_invoices(self) -> DraftInvoicesResourceWithStreamingResponse:
        return self._client.draft_invoices.with_streaming_response

    @property
    def engagements(self) -> EngagementsResourceWithStreamingResponse:
        return self._client.engagements.with_streaming_response

    @property
    def event_subscriptions(self) -> EventSubscriptionsResourceWithStreamingResponse:
        return self._client.event_subscriptions.with_streaming_response

    @property
    def files(self) -> FilesResourceWithStreamingResponse:
        return self._client.files.with_streaming_response

    @property
    def invoices(self) -> InvoicesResourceWithStreamingResponse:
        return self._client.invoices.with_streaming_response

    @property
    def payments(self) -> PaymentsResourceWithStreamingResponse:
        return self._client.payments.with_streaming_response

    @property
    def projects(self) -> ProjectsResourceWithStreamingResponse:
        return self._client.projects.with_streaming_response

    @property
    def record_types(self) -> RecordTypesResourceWithStreamingResponse:
        return self._client.record_types.with_streaming_response

    @property
    def records(self) -> RecordsResourceWithStreamingResponse:
        return self._client.records.with_streaming_response

    @property
    def staff(self) -> StaffResourceWithStreamingResponse:
        return self._client.staff.with_streaming_response

    @property
    def tokens(self) -> TokensResourceWithStreamingResponse:
        return self._client.tokens.with_streaming_response

    @property
    def wip(self) -> WipResourceWithStreamingResponse:
        return self._client.wip.with_streaming_response


class AsyncRawResources:
    """``AsyncAiwyn.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AsyncResources) -> None:
        self._client = client

    @property
    def clients(self) -> AsyncClientsResourceWithRawResponse:
        return self._client.clients.with_raw_response

    @property
    def contacts(self) -> AsyncContactsResourceWithRawResponse:
        return self._client.contacts.with_raw_response

    @property
    def custom_record_types(self) -> AsyncCustomRecordTypesResourceWithRawResponse:
        return self._client.custom_record_types.with_raw_response

    @property
    def draft_invoice_histories(self) -> AsyncDraftInvoiceHistoriesResourceWithRawResponse:
        return self._client.draft_invoice_histories.with_raw_response

    @property
    def draft_invoices(self) -> AsyncDraftInvoicesResourceWithRawResponse:
        return self._client.draft_invoices.with_raw_response

    @property
    def engagements(self) -> AsyncEngagementsResourceWithRawResponse:
        return self._client.engagements.with_raw_response

    @property
    def event_subscriptions(self) -> AsyncEventSubscriptionsResourceWithRawResponse:
        return self._client.event_subscriptions.with_raw_response

    @property
    def files(self) -> AsyncFilesResourceWithRawResponse:
        return self._client.files.with_raw_response

    @property
    def invoices(self) -> AsyncInvoicesResourceWithRawResponse:
        return self._client.invoices.with_raw_response

    @property
    def payments(self) -> AsyncPaymentsResourceWithRawResponse:
        return self._client.payments.with_raw_response

    @property
    def projects(self) -> AsyncProjectsResourceWithRawResponse:
        return self._client.projects.with_raw_response

    @property
    def record_types(self) -> AsyncRecordTypesResourceWithRawResponse:
        return self._client.record_types.with_raw_response

    @property
    def records(self) -> AsyncRecordsResourceWithRawResponse:
        return self._client.records.with_raw_response

    @property
    def staff(self) -> AsyncStaffResourceWithRawResponse:
        return self._client.staff.with_raw_response

    @property
    def tokens(self) -> AsyncTokensResourceWithRawResponse:
        return self._client.tokens.with_raw_response

    @property
    def wip(self) -> AsyncWipResourceWithRawResponse:
        return self._client.wip.with_raw_response


class AsyncStreamedResources:
    """``AsyncAiwyn.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AsyncResources) -> None:
        self._client = client

    @property
    def clients(self) -> AsyncClientsResourceWithStreamingResponse:
        return self._client.clients.with_streaming_response

    @property
    def contacts(self) -> AsyncContactsResourceWithStreamingResponse:
        return self._client.contacts.with_streaming_response

    @property
    def custom_record_types(self) -> AsyncCustomRecordTypesResourceWithStreamingResponse:
        return self._client.custom_record_types.with_streaming_response

    @property
    def draft_invoice_histories(self) -> AsyncDraftInvoiceHistoriesResourceWithStreamingResponse:
        return self._client.draft_invoice_histories.with_streaming_response

    @property
    def draft_invoices(self) -> AsyncDraftInvoicesResourceWithStreamingResponse:
        return self._client.draft_invoices.with_streaming_response

    @property
    def engagements(self) -> AsyncEngagementsResourceWithStreamingResponse:
        return self._client.engagements.with_streaming_response

    @property
    def event_subscriptions(self) -> AsyncEventSubscriptionsResourceWithStreamingResponse:
        return self._client.event_subscriptions.with_streaming_response

    @property
    def files(self) -> AsyncFilesResourceWithStreamingResponse:
        return self._client.files.with_streaming_response

    @property
    def invoices(self) -> AsyncInvoicesResourceWithStreamingResponse:
        return self._client.invoices.with_streaming_response

    @property
    def payments(self) -> AsyncPaymentsResourceWithStreamingResponse:
        return self._client.payments.with_streaming_response

    @property
    def projects(self) -> AsyncProjectsResourceWithStreamingResponse:
        return self._client.projects.with_streaming_response

    @property
    def record_types(self) -> AsyncRecordTypesResourceWithStreamingResponse:
        return self._client.record_types.with_streaming_response

    @property
    def records(self) -> AsyncRecordsResourceWithStreamingResponse:
        return self._client.records.with_streaming_response

    @property
    def staff(self) -> AsyncStaffResourceWithStreamingResponse:
        return self._client.staff.with_streaming_response

    @property
    def tokens(self) -> AsyncTokensResourceWithStreamingResponse:
        return self._client.tokens.with_streaming_response

    @property
    def wip(self) -> AsyncWipResourceWithStreamingResponse:
        return self._client.wip.with_streaming_response
