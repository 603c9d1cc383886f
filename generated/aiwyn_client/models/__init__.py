# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/models_init.py.jinja: edit those; `make generate` rewrites this file.
"""Every data model of the API, imported on first use.

``from aiwyn_client.models import Client`` loads ``client.py`` and the models it refers to, not
the whole set, so importing the package (and a client that reaches only a few resources) stays
fast. Type checkers and ``dir()`` see every model as usual.
"""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .address import Address
    from .api_error import ApiError
    from .client import Client
    from .client_detail import ClientDetail
    from .client_engagement import ClientEngagement
    from .client_financial_summary import ClientFinancialSummary
    from .client_list import ClientList
    from .client_primary_contact import ClientPrimaryContact
    from .communication_preferences import CommunicationPreferences
    from .comparison_exp import ComparisonExp
    from .contact import Contact
    from .contact_list import ContactList
    from .create_custom_record_type_request import CreateCustomRecordTypeRequest
    from .create_event_subscription_request import CreateEventSubscriptionRequest
    from .custom_record_type import CustomRecordType
    from .custom_record_type_envelope import CustomRecordTypeEnvelope
    from .draft_invoice import DraftInvoice
    from .draft_invoice_history import DraftInvoiceHistory
    from .draft_invoice_history_client import DraftInvoiceHistoryClient
    from .draft_invoice_history_draft_invoice import DraftInvoiceHistoryDraftInvoice
    from .draft_invoice_history_list import DraftInvoiceHistoryList
    from .draft_invoice_review import DraftInvoiceReview
    from .draft_invoice_review_status import DraftInvoiceReviewStatus
    from .draft_invoice_status import DraftInvoiceStatus
    from .engagement import Engagement
    from .engagement_detail import EngagementDetail
    from .engagement_list import EngagementList
    from .engagement_project import EngagementProject
    from .error_envelope import ErrorEnvelope
    from .event_catalog_entry import EventCatalogEntry
    from .event_catalog_envelope import EventCatalogEnvelope
    from .event_operation import EventOperation
    from .event_subscription import EventSubscription
    from .event_subscription_envelope import EventSubscriptionEnvelope
    from .event_subscription_list_envelope import EventSubscriptionListEnvelope
    from .field_definition import FieldDefinition
    from .gql_error import GqlError
    from .invoice import Invoice
    from .invoice_list import InvoiceList
    from .invoice_list_request import InvoiceListRequest
    from .invoice_payment import InvoicePayment
    from .invoice_status import InvoiceStatus
    from .limit_search_request import LimitSearchRequest
    from .line_item import LineItem
    from .list_request import ListRequest
    from .meta import Meta
    from .milestone import Milestone
    from .order_by_item import OrderByItem
    from .order_direction import OrderDirection
    from .paged_search_request import PagedSearchRequest
    from .payment import Payment
    from .payment_list import PaymentList
    from .payment_list_request import PaymentListRequest
    from .payment_method import PaymentMethod
    from .project import Project
    from .project_list import ProjectList
    from .record import Record
    from .record_attributes import RecordAttributes
    from .record_batch_envelope import RecordBatchEnvelope
    from .record_batch_request import RecordBatchRequest
    from .record_batch_result import RecordBatchResult
    from .record_batch_summary import RecordBatchSummary
    from .record_delete_request import RecordDeleteRequest
    from .record_error import RecordError
    from .record_ref import RecordRef
    from .record_ref_system_ref import RecordRefSystemRef
    from .record_result import RecordResult
    from .record_result_system_ref import RecordResultSystemRef
    from .record_system_ref import RecordSystemRef
    from .record_type_list_envelope import RecordTypeListEnvelope
    from .search_request import SearchRequest
    from .staff import Staff
    from .staff_list import StaffList
    from .subscription_secret import SubscriptionSecret
    from .subscription_secret_envelope import SubscriptionSecretEnvelope
    from .team_member import TeamMember
    from .token import Token
    from .token_envelope import TokenEnvelope
    from .token_request import TokenRequest
    from .total import Total
    from .total_aggregate import TotalAggregate
    from .update_custom_record_type_request import UpdateCustomRecordTypeRequest
    from .update_event_subscription_request import UpdateEventSubscriptionRequest
    from .where import Where
    from .wip import Wip
    from .wip_approval import WipApproval
    from .wip_detail import WipDetail
    from .wip_list import WipList
    from .wip_list_request import WipListRequest

_MODULES: dict[str, str] = {
    "Address": ".address",
    "ApiError": ".api_error",
    "Client": ".client",
    "ClientDetail": ".client_detail",
    "ClientEngagement": ".client_engagement",
    "ClientFinancialSummary": ".client_financial_summary",
    "ClientList": ".client_list",
    "ClientPrimaryContact": ".client_primary_contact",
    "CommunicationPreferences": ".communication_preferences",
    "ComparisonExp": ".comparison_exp",
    "Contact": ".contact",
    "ContactList": ".contact_list",
    "CreateCustomRecordTypeRequest": ".create_custom_record_type_request",
    "CreateEventSubscriptionRequest": ".create_event_subscription_request",
    "CustomRecordType": ".custom_record_type",
    "CustomRecordTypeEnvelope": ".custom_record_type_envelope",
    "DraftInvoice": ".draft_invoice",
    "DraftInvoiceHistory": ".draft_invoice_history",
    "DraftInvoiceHistoryClient": ".draft_invoice_history_client",
    "DraftInvoiceHistoryDraftInvoice": ".draft_invoice_history_draft_invoice",
    "DraftInvoiceHistoryList": ".draft_invoice_history_list",
    "DraftInvoiceReview": ".draft_invoice_review",
    "DraftInvoiceReviewStatus": ".draft_invoice_review_status",
    "DraftInvoiceStatus": ".draft_invoice_status",
    "Engagement": ".engagement",
    "EngagementDetail": ".engagement_detail",
    "EngagementList": ".engagement_list",
    "EngagementProject": ".engagement_project",
    "ErrorEnvelope": ".error_envelope",
    "EventCatalogEntry": ".event_catalog_entry",
    "EventCatalogEnvelope": ".event_catalog_envelope",
    "EventOperation": ".event_operation",
    "EventSubscription": ".event_subscription",
    "EventSubscriptionEnvelope": ".event_subscription_envelope",
    "EventSubscriptionListEnvelope": ".event_subscription_list_envelope",
    "FieldDefinition": ".field_definition",
    "GqlError": ".gql_error",
    "Invoice": ".invoice",
    "InvoiceList": ".invoice_list",
    "InvoiceListRequest": ".invoice_list_request",
    "InvoicePayment": ".invoice_payment",
    "InvoiceStatus": ".invoice_status",
    "LimitSearchRequest": ".limit_search_request",
    "LineItem": ".line_item",
    "ListRequest": ".list_request",
    "Meta": ".meta",
    "Milestone": ".milestone",
    "OrderByItem": ".order_by_item",
    "OrderDirection": ".order_direction",
    "PagedSearchRequest": ".paged_search_request",
    "Payment": ".payment",
    "PaymentList": ".payment_list",
    "PaymentListRequest": ".payment_list_request",
    "PaymentMethod": ".payment_method",
    "Project": ".project",
    "ProjectList": ".project_list",
    "Record": ".record",
    "RecordAttributes": ".record_attributes",
    "RecordBatchEnvelope": ".record_batch_envelope",
    "RecordBatchRequest": ".record_batch_request",
    "RecordBatchResult": ".record_batch_result",
    "RecordBatchSummary": ".record_batch_summary",
    "RecordDeleteRequest": ".record_delete_request",
    "RecordError": ".record_error",
    "RecordRef": ".record_ref",
    "RecordRefSystemRef": ".record_ref_system_ref",
    "RecordResult": ".record_result",
    "RecordResultSystemRef": ".record_result_system_ref",
    "RecordSystemRef": ".record_system_ref",
    "RecordTypeListEnvelope": ".record_type_list_envelope",
    "SearchRequest": ".search_request",
    "Staff": ".staff",
    "StaffList": ".staff_list",
    "SubscriptionSecret": ".subscription_secret",
    "SubscriptionSecretEnvelope": ".subscription_secret_envelope",
    "TeamMember": ".team_member",
    "Token": ".token",
    "TokenEnvelope": ".token_envelope",
    "TokenRequest": ".token_request",
    "Total": ".total",
    "TotalAggregate": ".total_aggregate",
    "UpdateCustomRecordTypeRequest": ".update_custom_record_type_request",
    "UpdateEventSubscriptionRequest": ".update_event_subscription_request",
    "Where": ".where",
    "Wip": ".wip",
    "WipApproval": ".wip_approval",
    "WipDetail": ".wip_detail",
    "WipList": ".wip_list",
    "WipListRequest": ".wip_list_request",
}


def __getattr__(name: str) -> _Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value  # the next lookup is a plain one
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "Address",
    "ApiError",
    "Client",
    "ClientDetail",
    "ClientEngagement",
    "ClientFinancialSummary",
    "ClientList",
    "ClientPrimaryContact",
    "CommunicationPreferences",
    "ComparisonExp",
    "Contact",
    "ContactList",
    "CreateCustomRecordTypeRequest",
    "CreateEventSubscriptionRequest",
    "CustomRecordType",
    "CustomRecordTypeEnvelope",
    "DraftInvoice",
    "DraftInvoiceHistory",
    "DraftInvoiceHistoryClient",
    "DraftInvoiceHistoryDraftInvoice",
    "DraftInvoiceHistoryList",
    "DraftInvoiceReview",
    "DraftInvoiceReviewStatus",
    "DraftInvoiceStatus",
    "Engagement",
    "EngagementDetail",
    "EngagementList",
    "EngagementProject",
    "ErrorEnvelope",
    "EventCatalogEntry",
    "EventCatalogEnvelope",
    "EventOperation",
    "EventSubscription",
    "EventSubscriptionEnvelope",
    "EventSubscriptionListEnvelope",
    "FieldDefinition",
    "GqlError",
    "Invoice",
    "InvoiceList",
    "InvoiceListRequest",
    "InvoicePayment",
    "InvoiceStatus",
    "LimitSearchRequest",
    "LineItem",
    "ListRequest",
    "Meta",
    "Milestone",
    "OrderByItem",
    "OrderDirection",
    "PagedSearchRequest",
    "Payment",
    "PaymentList",
    "PaymentListRequest",
    "PaymentMethod",
    "Project",
    "ProjectList",
    "Record",
    "RecordAttributes",
    "RecordBatchEnvelope",
    "RecordBatchRequest",
    "RecordBatchResult",
    "RecordBatchSummary",
    "RecordDeleteRequest",
    "RecordError",
    "RecordRef",
    "RecordRefSystemRef",
    "RecordResult",
    "RecordResultSystemRef",
    "RecordSystemRef",
    "RecordTypeListEnvelope",
    "SearchRequest",
    "Staff",
    "StaffList",
    "SubscriptionSecret",
    "SubscriptionSecretEnvelope",
    "TeamMember",
    "Token",
    "TokenEnvelope",
    "TokenRequest",
    "Total",
    "TotalAggregate",
    "UpdateCustomRecordTypeRequest",
    "UpdateEventSubscriptionRequest",
    "Where",
    "Wip",
    "WipApproval",
    "WipDetail",
    "WipList",
    "WipListRequest",
)
