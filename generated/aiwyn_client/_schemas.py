# Rendered from overlays/aiwyn_client/_schemas.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""The warehouse tables of ``aiwyn sync``: one per resource that pages, its columns read from the
description (``generator/warehouse.py``).

Generated from the API description; do not edit. Column names are the API names in snake_case;
where two properties of one entity give the same name (``partner_staff_id`` and
``partnerStaffId``), the one already spelled that way keeps it and the others take ``_2``, ``_3``
in the description's order. Types are dlt's: ``timestamp`` (``format: date-time``), ``date``,
``decimal`` (``format: decimal``), ``double``, ``bigint``, ``bool``, ``text``, and ``json`` for
nested objects, arrays and unions.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["TABLES", "Column", "Table"]


class Column(NamedTuple):
    api_name: str
    """The record's key, as the API sends it."""
    name: str
    """The column's name in the warehouse."""
    data_type: str
    nullable: bool


class Table(NamedTuple):
    method: str
    """The resource method that pages through its records."""
    schema: str | None
    """The description's schema of its records."""
    columns: tuple[Column, ...]


TABLES: dict[str, Table] = {
    "clients": Table(
        "search",
        "Client",
        (
            Column("id", "id", "bigint", True),
            Column("pmsRef", "pms_ref", "text", True),
            Column("clientRef", "client_ref", "text", True),
            Column("name", "name", "text", True),
            Column("clientKey", "client_key", "text", True),
            Column("active", "active", "bool", True),
            Column("partnerStaffId", "partner_staff_id", "bigint", True),
            Column("createdAt", "created_at", "timestamp", True),
        ),
    ),
    "contacts": Table(
        "list",
        "Contact",
        (
            Column("id", "id", "bigint", True),
            Column("firstName", "first_name", "text", True),
            Column("lastName", "last_name", "text", True),
            Column("email", "email", "text", True),
            Column("phone", "phone", "text", True),
            Column("mobile", "mobile", "text", True),
            Column("title", "title", "text", True),
            Column("department", "department", "text", True),
            Column("status", "status", "text", True),
            Column("type", "type", "text", True),
            Column("clientId", "client_id", "bigint", True),
            Column("clientName", "client_name", "text", True),
            Column("isPrimaryContact", "is_primary_contact", "bool", True),
            Column("address", "address", "json", True),
            Column("communicationPreferences", "communication_preferences", "json", True),
            Column("notes", "notes", "text", True),
            Column("createdAt", "created_at", "timestamp", True),
            Column("updatedAt", "updated_at", "timestamp", True),
        ),
    ),
    "draft_invoice_histories": Table(
        "search",
        "DraftInvoiceHistory",
        (
            Column("id", "id", "bigint", True),
            Column("clientId", "client_id", "bigint", True),
            Column("invoiceId", "invoice_id", "bigint", True),
            Column("jobId", "job_id", "bigint", True),
            Column("client", "client", "json", True),
            Column("draftInvoice", "draft_invoice", "json", True),
            Column("active", "active", "bool", True),
            Column("createdAt", "created_at", "timestamp", True),
            Column("activityType", "activity_type", "text", True),
        ),
    ),
    "engagements": Table(
        "search",
        "Engagement",
        (
            Column("id", "id", "bigint", True),
            Column("name", "name", "text", True),
            Column("start_dt", "start_dt", "date", True),
            Column("end_dt", "end_dt", "date", True),
            Column("status", "status", "text", True),
            Column("client_id", "client_id", "bigint", True),
            Column("partner_staff_id", "partner_staff_id", "bigint", True),
            Column("engagementNameTemplate", "engagement_name_template", "text", True),
            Column("createdAt", "created_at", "timestamp", True),
            Column("partnerStaffId", "partner_staff_id_2", "bigint", True),
        ),
    ),
    "invoices": Table(
        "list",
        "Invoice",
        (
            Column("id", "id", "bigint", True),
            Column("invoiceNumber", "invoice_number", "text", True),
            Column("reference", "reference", "text", True),
            Column("status", "status", "text", True),
            Column("paymentStatus", "payment_status", "text", True),
            Column("clientId", "client_id", "bigint", True),
            Column("clientName", "client_name", "text", True),
            Column("clientEmail", "client_email", "text", True),
            Column("projectId", "project_id", "bigint", True),
            Column("projectName", "project_name", "text", True),
            Column("issueDate", "issue_date", "timestamp", True),
            Column("dueDate", "due_date", "timestamp", True),
            Column("subtotal", "subtotal", "double", True),
            Column("taxAmount", "tax_amount", "double", True),
            Column("totalAmount", "total_amount", "double", True),
            Column("currency", "currency", "text", True),
            Column("paidAmount", "paid_amount", "double", True),
            Column("outstandingAmount", "outstanding_amount", "double", True),
            Column("lineItems", "line_items", "json", True),
            Column("payments", "payments", "json", True),
            Column("notes", "notes", "text", True),
            Column("createdAt", "created_at", "timestamp", True),
            Column("updatedAt", "updated_at", "timestamp", True),
        ),
    ),
    "payments": Table(
        "list",
        "Payment",
        (
            Column("id", "id", "bigint", True),
            Column("amount", "amount", "double", True),
            Column("currency", "currency", "text", True),
            Column("paymentMethod", "payment_method", "text", True),
            Column("cardLastFour", "card_last_four", "text", True),
            Column("cardType", "card_type", "text", True),
            Column("status", "status", "text", True),
            Column("confirmationDate", "confirmation_date", "timestamp", True),
            Column("processorReference", "processor_reference", "text", True),
            Column("clientId", "client_id", "bigint", True),
            Column("clientName", "client_name", "text", True),
            Column("invoiceId", "invoice_id", "bigint", True),
            Column("invoiceNumber", "invoice_number", "text", True),
            Column("createdAt", "created_at", "timestamp", True),
            Column("updatedAt", "updated_at", "timestamp", True),
        ),
    ),
    "projects": Table(
        "list",
        "Project",
        (
            Column("id", "id", "bigint", True),
            Column("name", "name", "text", True),
            Column("description", "description", "text", True),
            Column("status", "status", "text", True),
            Column("phase", "phase", "text", True),
            Column("clientId", "client_id", "bigint", True),
            Column("clientName", "client_name", "text", True),
            Column("engagementId", "engagement_id", "bigint", True),
            Column("engagementName", "engagement_name", "text", True),
            Column("startDate", "start_date", "timestamp", True),
            Column("endDate", "end_date", "timestamp", True),
            Column("budget", "budget", "double", True),
            Column("currency", "currency", "text", True),
            Column("actualCost", "actual_cost", "double", True),
            Column("teamMembers", "team_members", "json", True),
            Column("milestones", "milestones", "json", True),
            Column("updatedAt", "updated_at", "timestamp", True),
        ),
    ),
    "staff": Table(
        "search",
        "Staff",
        (
            Column("id", "id", "bigint", True),
            Column("pmsRef", "pms_ref", "text", True),
            Column("firstName", "first_name", "text", True),
            Column("lastName", "last_name", "text", True),
            Column("email", "email", "text", True),
            Column("active", "active", "bool", True),
            Column("createdAt", "created_at", "timestamp", True),
            Column("deptId", "dept_id", "bigint", True),
        ),
    ),
    "wip": Table(
        "search",
        "Wip",
        (
            Column("id", "id", "bigint", True),
            Column("type", "type", "text", True),
            Column("notes", "notes", "text", True),
            Column("approved", "approved", "bool", True),
            Column("loggedDate", "logged_date", "timestamp", True),
            Column("clientId", "client_id", "bigint", True),
            Column("value", "value", "double", True),
        ),
    ),
}
"""Every resource that pages, with its table: ``TABLES["clients"].columns``."""
