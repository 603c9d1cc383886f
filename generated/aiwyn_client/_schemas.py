# Rendered from overlays/aiwyn_client/_schemas.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""The warehouse tables of ``aiwyn sync``: one per resource that pages, its columns read from the
description (``generator/warehouse.py``).

Generated from the API description; do not edit. Column names are the API names in snake_case;
a nested object's properties are columns named by their path joined with ``__``
(``draft_invoice__subtotal``), three levels deep; arrays, free-form objects and unions are JSON
columns, except arrays of objects at a record's top, which are child tables
(``invoices__line_items``). Where two properties of one entity give the same name (``partner_staff_id`` and
``partnerStaffId``), the one already spelled that way keeps it and the others take ``_2``, ``_3``
in the description's order. Types are dlt's: ``timestamp`` (``format: date-time``), ``date``,
``decimal`` (``format: decimal``), ``double``, ``bigint``, ``bool``, ``text``, and ``json`` for
nested objects, arrays and unions.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["TABLES", "Child", "Column", "Table"]


class Column(NamedTuple):
    path: tuple[str, ...]
    """Where the value sits in a record, by the API's keys: ``("draftInvoice", "subtotal")``."""
    name: str
    """The column's name in the warehouse."""
    data_type: str
    nullable: bool


class Child(NamedTuple):
    """An array of objects in the records: the child table ``<resource>__<name>``, a row per item
    (dlt links it to its record by ``_dlt_parent_id`` and ``_dlt_list_idx``)."""

    path: tuple[str, ...]
    name: str
    columns: tuple[Column, ...]


class Table(NamedTuple):
    method: str
    """The resource method that pages through its records."""
    schema: str | None
    """The description's schema of its records."""
    columns: tuple[Column, ...]
    children: tuple[Child, ...] = ()


TABLES: dict[str, Table] = {
    "clients": Table(
        "search",
        "Client",
        (
            Column(("id",), "id", "bigint", True),
            Column(("pmsRef",), "pms_ref", "text", True),
            Column(("clientRef",), "client_ref", "text", True),
            Column(("name",), "name", "text", True),
            Column(("clientKey",), "client_key", "text", True),
            Column(("active",), "active", "bool", True),
            Column(("partnerStaffId",), "partner_staff_id", "bigint", True),
            Column(("createdAt",), "created_at", "timestamp", True),
        ),
    ),
    "contacts": Table(
        "list",
        "Contact",
        (
            Column(("id",), "id", "bigint", True),
            Column(("firstName",), "first_name", "text", True),
            Column(("lastName",), "last_name", "text", True),
            Column(("email",), "email", "text", True),
            Column(("phone",), "phone", "text", True),
            Column(("mobile",), "mobile", "text", True),
            Column(("title",), "title", "text", True),
            Column(("department",), "department", "text", True),
            Column(("status",), "status", "text", True),
            Column(("type",), "type", "text", True),
            Column(("clientId",), "client_id", "bigint", True),
            Column(("clientName",), "client_name", "text", True),
            Column(("isPrimaryContact",), "is_primary_contact", "bool", True),
            Column(("address", "street"), "address__street", "text", True),
            Column(("address", "city"), "address__city", "text", True),
            Column(("address", "state"), "address__state", "text", True),
            Column(("address", "zipCode"), "address__zip_code", "text", True),
            Column(("address", "country"), "address__country", "text", True),
            Column(
                ("communicationPreferences", "preferredMethod"),
                "communication_preferences__preferred_method",
                "text",
                True,
            ),
            Column(
                ("communicationPreferences", "emailFrequency"),
                "communication_preferences__email_frequency",
                "text",
                True,
            ),
            Column(
                ("communicationPreferences", "newsletterSubscription"),
                "communication_preferences__newsletter_subscription",
                "bool",
                True,
            ),
            Column(
                ("communicationPreferences", "marketingEmails"),
                "communication_preferences__marketing_emails",
                "bool",
                True,
            ),
            Column(("notes",), "notes", "text", True),
            Column(("createdAt",), "created_at", "timestamp", True),
            Column(("updatedAt",), "updated_at", "timestamp", True),
        ),
    ),
    "draft_invoice_histories": Table(
        "search",
        "DraftInvoiceHistory",
        (
            Column(("id",), "id", "bigint", True),
            Column(("clientId",), "client_id", "bigint", True),
            Column(("invoiceId",), "invoice_id", "bigint", True),
            Column(("jobId",), "job_id", "bigint", True),
            Column(("client", "active"), "client__active", "bool", True),
            Column(("client", "clientRef"), "client__client_ref", "text", True),
            Column(("client", "name"), "client__name", "text", True),
            Column(("client", "pmsRef"), "client__pms_ref", "text", True),
            Column(("draftInvoice", "approvedAt"), "draft_invoice__approved_at", "timestamp", True),
            Column(("draftInvoice", "arTranId"), "draft_invoice__ar_tran_id", "bigint", True),
            Column(("draftInvoice", "approverStaffId"), "draft_invoice__approver_staff_id", "bigint", True),
            Column(("draftInvoice", "approvedByStaffId"), "draft_invoice__approved_by_staff_id", "bigint", True),
            Column(("draftInvoice", "invoiceId"), "draft_invoice__invoice_id", "bigint", True),
            Column(("draftInvoice", "isActive"), "draft_invoice__is_active", "bool", True),
            Column(("draftInvoice", "pms_invoice_number"), "draft_invoice__pms_invoice_number", "text", True),
            Column(("draftInvoice", "status"), "draft_invoice__status", "text", True),
            Column(("active",), "active", "bool", True),
            Column(("createdAt",), "created_at", "timestamp", True),
            Column(("activityType",), "activity_type", "text", True),
        ),
    ),
    "engagements": Table(
        "search",
        "Engagement",
        (
            Column(("id",), "id", "bigint", True),
            Column(("name",), "name", "text", True),
            Column(("start_dt",), "start_dt", "date", True),
            Column(("end_dt",), "end_dt", "date", True),
            Column(("status",), "status", "text", True),
            Column(("client_id",), "client_id", "bigint", True),
            Column(("partner_staff_id",), "partner_staff_id", "bigint", True),
            Column(("engagementNameTemplate",), "engagement_name_template", "text", True),
            Column(("createdAt",), "created_at", "timestamp", True),
            Column(("partnerStaffId",), "partner_staff_id_2", "bigint", True),
        ),
    ),
    "invoices": Table(
        "list",
        "Invoice",
        (
            Column(("id",), "id", "bigint", True),
            Column(("invoiceNumber",), "invoice_number", "text", True),
            Column(("reference",), "reference", "text", True),
            Column(("status",), "status", "text", True),
            Column(("paymentStatus",), "payment_status", "text", True),
            Column(("clientId",), "client_id", "bigint", True),
            Column(("clientName",), "client_name", "text", True),
            Column(("clientEmail",), "client_email", "text", True),
            Column(("projectId",), "project_id", "bigint", True),
            Column(("projectName",), "project_name", "text", True),
            Column(("issueDate",), "issue_date", "timestamp", True),
            Column(("dueDate",), "due_date", "timestamp", True),
            Column(("subtotal",), "subtotal", "double", True),
            Column(("taxAmount",), "tax_amount", "double", True),
            Column(("totalAmount",), "total_amount", "double", True),
            Column(("currency",), "currency", "text", True),
            Column(("paidAmount",), "paid_amount", "double", True),
            Column(("outstandingAmount",), "outstanding_amount", "double", True),
            Column(("notes",), "notes", "text", True),
            Column(("createdAt",), "created_at", "timestamp", True),
            Column(("updatedAt",), "updated_at", "timestamp", True),
        ),
        (
            Child(
                ("lineItems",),
                "line_items",
                (
                    Column(("id",), "id", "bigint", True),
                    Column(("description",), "description", "text", True),
                    Column(("quantity",), "quantity", "double", True),
                    Column(("unitPrice",), "unit_price", "decimal", True),
                    Column(("amount",), "amount", "decimal", True),
                    Column(("taxRate",), "tax_rate", "decimal", True),
                    Column(("notes",), "notes", "text", True),
                ),
            ),
            Child(
                ("payments",),
                "payments",
                (
                    Column(("id",), "id", "bigint", True),
                    Column(("amount",), "amount", "double", True),
                    Column(("paymentDate",), "payment_date", "timestamp", True),
                    Column(("paymentMethod",), "payment_method", "text", True),
                    Column(("status",), "status", "text", True),
                ),
            ),
        ),
    ),
    "payments": Table(
        "list",
        "Payment",
        (
            Column(("id",), "id", "bigint", True),
            Column(("amount",), "amount", "double", True),
            Column(("currency",), "currency", "text", True),
            Column(("paymentMethod",), "payment_method", "text", True),
            Column(("cardLastFour",), "card_last_four", "text", True),
            Column(("cardType",), "card_type", "text", True),
            Column(("status",), "status", "text", True),
            Column(("confirmationDate",), "confirmation_date", "timestamp", True),
            Column(("processorReference",), "processor_reference", "text", True),
            Column(("clientId",), "client_id", "bigint", True),
            Column(("clientName",), "client_name", "text", True),
            Column(("invoiceId",), "invoice_id", "bigint", True),
            Column(("invoiceNumber",), "invoice_number", "text", True),
            Column(("createdAt",), "created_at", "timestamp", True),
            Column(("updatedAt",), "updated_at", "timestamp", True),
        ),
    ),
    "projects": Table(
        "list",
        "Project",
        (
            Column(("id",), "id", "bigint", True),
            Column(("name",), "name", "text", True),
            Column(("description",), "description", "text", True),
            Column(("status",), "status", "text", True),
            Column(("phase",), "phase", "text", True),
            Column(("clientId",), "client_id", "bigint", True),
            Column(("clientName",), "client_name", "text", True),
            Column(("engagementId",), "engagement_id", "bigint", True),
            Column(("engagementName",), "engagement_name", "text", True),
            Column(("startDate",), "start_date", "timestamp", True),
            Column(("endDate",), "end_date", "timestamp", True),
            Column(("budget",), "budget", "double", True),
            Column(("currency",), "currency", "text", True),
            Column(("actualCost",), "actual_cost", "double", True),
            Column(("updatedAt",), "updated_at", "timestamp", True),
        ),
        (
            Child(
                ("teamMembers",),
                "team_members",
                (
                    Column(("staffId",), "staff_id", "bigint", True),
                    Column(("name",), "name", "text", True),
                    Column(("role",), "role", "text", True),
                    Column(("allocation",), "allocation", "double", True),
                ),
            ),
            Child(
                ("milestones",),
                "milestones",
                (
                    Column(("id",), "id", "bigint", True),
                    Column(("name",), "name", "text", True),
                    Column(("dueDate",), "due_date", "timestamp", True),
                    Column(("status",), "status", "text", True),
                ),
            ),
        ),
    ),
    "staff": Table(
        "search",
        "Staff",
        (
            Column(("id",), "id", "bigint", True),
            Column(("pmsRef",), "pms_ref", "text", True),
            Column(("firstName",), "first_name", "text", True),
            Column(("lastName",), "last_name", "text", True),
            Column(("email",), "email", "text", True),
            Column(("active",), "active", "bool", True),
            Column(("createdAt",), "created_at", "timestamp", True),
            Column(("deptId",), "dept_id", "bigint", True),
        ),
    ),
    "wip": Table(
        "search",
        "Wip",
        (
            Column(("id",), "id", "bigint", True),
            Column(("type",), "type", "text", True),
            Column(("notes",), "notes", "text", True),
            Column(("approved",), "approved", "bool", True),
            Column(("loggedDate",), "logged_date", "timestamp", True),
            Column(("clientId",), "client_id", "bigint", True),
            Column(("value",), "value", "double", True),
        ),
    ),
}
"""Every resource that pages, with its table: ``TABLES["clients"].columns``."""
