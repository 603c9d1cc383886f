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
    """A dlt data type; every column takes nulls but the key (``generator.warehouse``)."""


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
            Column(("id",), "id", "bigint"),
            Column(("pmsRef",), "pms_ref", "text"),
            Column(("clientRef",), "client_ref", "text"),
            Column(("name",), "name", "text"),
            Column(("clientKey",), "client_key", "text"),
            Column(("active",), "active", "bool"),
            Column(("partnerStaffId",), "partner_staff_id", "bigint"),
            Column(("createdAt",), "created_at", "timestamp"),
        ),
    ),
    "contacts": Table(
        "list",
        "Contact",
        (
            Column(("id",), "id", "bigint"),
            Column(("firstName",), "first_name", "text"),
            Column(("lastName",), "last_name", "text"),
            Column(("email",), "email", "text"),
            Column(("phone",), "phone", "text"),
            Column(("mobile",), "mobile", "text"),
            Column(("title",), "title", "text"),
            Column(("department",), "department", "text"),
            Column(("status",), "status", "text"),
            Column(("type",), "type", "text"),
            Column(("clientId",), "client_id", "bigint"),
            Column(("clientName",), "client_name", "text"),
            Column(("isPrimaryContact",), "is_primary_contact", "bool"),
            Column(("address", "street"), "address__street", "text"),
            Column(("address", "city"), "address__city", "text"),
            Column(("address", "state"), "address__state", "text"),
            Column(("address", "zipCode"), "address__zip_code", "text"),
            Column(("address", "country"), "address__country", "text"),
            Column(
                ("communicationPreferences", "preferredMethod"), "communication_preferences__preferred_method", "text"
            ),
            Column(
                ("communicationPreferences", "emailFrequency"), "communication_preferences__email_frequency", "text"
            ),
            Column(
                ("communicationPreferences", "newsletterSubscription"),
                "communication_preferences__newsletter_subscription",
                "bool",
            ),
            Column(
                ("communicationPreferences", "marketingEmails"), "communication_preferences__marketing_emails", "bool"
            ),
            Column(("notes",), "notes", "text"),
            Column(("createdAt",), "created_at", "timestamp"),
            Column(("updatedAt",), "updated_at", "timestamp"),
        ),
    ),
    "draft_invoice_histories": Table(
        "search",
        "DraftInvoiceHistory",
        (
            Column(("id",), "id", "bigint"),
            Column(("clientId",), "client_id", "bigint"),
            Column(("invoiceId",), "invoice_id", "bigint"),
            Column(("jobId",), "job_id", "bigint"),
            Column(("client", "active"), "client__active", "bool"),
            Column(("client", "clientRef"), "client__client_ref", "text"),
            Column(("client", "name"), "client__name", "text"),
            Column(("client", "pmsRef"), "client__pms_ref", "text"),
            Column(("draftInvoice", "approvedAt"), "draft_invoice__approved_at", "timestamp"),
            Column(("draftInvoice", "arTranId"), "draft_invoice__ar_tran_id", "bigint"),
            Column(("draftInvoice", "approverStaffId"), "draft_invoice__approver_staff_id", "bigint"),
            Column(("draftInvoice", "approvedByStaffId"), "draft_invoice__approved_by_staff_id", "bigint"),
            Column(("draftInvoice", "invoiceId"), "draft_invoice__invoice_id", "bigint"),
            Column(("draftInvoice", "isActive"), "draft_invoice__is_active", "bool"),
            Column(("draftInvoice", "pms_invoice_number"), "draft_invoice__pms_invoice_number", "text"),
            Column(("draftInvoice", "status"), "draft_invoice__status", "text"),
            Column(("active",), "active", "bool"),
            Column(("createdAt",), "created_at", "timestamp"),
            Column(("activityType",), "activity_type", "text"),
        ),
    ),
    "engagements": Table(
        "search",
        "Engagement",
        (
            Column(("id",), "id", "bigint"),
            Column(("name",), "name", "text"),
            Column(("start_dt",), "start_dt", "date"),
            Column(("end_dt",), "end_dt", "date"),
            Column(("status",), "status", "text"),
            Column(("client_id",), "client_id", "bigint"),
            Column(("partner_staff_id",), "partner_staff_id", "bigint"),
            Column(("engagementNameTemplate",), "engagement_name_template", "text"),
            Column(("createdAt",), "created_at", "timestamp"),
            Column(("partnerStaffId",), "partner_staff_id_2", "bigint"),
        ),
    ),
    "invoices": Table(
        "list",
        "Invoice",
        (
            Column(("id",), "id", "bigint"),
            Column(("invoiceNumber",), "invoice_number", "text"),
            Column(("reference",), "reference", "text"),
            Column(("status",), "status", "text"),
            Column(("paymentStatus",), "payment_status", "text"),
            Column(("clientId",), "client_id", "bigint"),
            Column(("clientName",), "client_name", "text"),
            Column(("clientEmail",), "client_email", "text"),
            Column(("projectId",), "project_id", "bigint"),
            Column(("projectName",), "project_name", "text"),
            Column(("issueDate",), "issue_date", "timestamp"),
            Column(("dueDate",), "due_date", "timestamp"),
            Column(("subtotal",), "subtotal", "double"),
            Column(("taxAmount",), "tax_amount", "double"),
            Column(("totalAmount",), "total_amount", "double"),
            Column(("currency",), "currency", "text"),
            Column(("paidAmount",), "paid_amount", "double"),
            Column(("outstandingAmount",), "outstanding_amount", "double"),
            Column(("notes",), "notes", "text"),
            Column(("createdAt",), "created_at", "timestamp"),
            Column(("updatedAt",), "updated_at", "timestamp"),
        ),
        (
            Child(
                ("lineItems",),
                "line_items",
                (
                    Column(("id",), "id", "bigint"),
                    Column(("description",), "description", "text"),
                    Column(("quantity",), "quantity", "double"),
                    Column(("unitPrice",), "unit_price", "decimal"),
                    Column(("amount",), "amount", "decimal"),
                    Column(("taxRate",), "tax_rate", "decimal"),
                    Column(("notes",), "notes", "text"),
                ),
            ),
            Child(
                ("payments",),
                "payments",
                (
                    Column(("id",), "id", "bigint"),
                    Column(("amount",), "amount", "double"),
                    Column(("paymentDate",), "payment_date", "timestamp"),
                    Column(("paymentMethod",), "payment_method", "text"),
                    Column(("status",), "status", "text"),
                ),
            ),
        ),
    ),
    "payments": Table(
        "list",
        "Payment",
        (
            Column(("id",), "id", "bigint"),
            Column(("amount",), "amount", "double"),
            Column(("currency",), "currency", "text"),
            Column(("paymentMethod",), "payment_method", "text"),
            Column(("cardLastFour",), "card_last_four", "text"),
            Column(("cardType",), "card_type", "text"),
            Column(("status",), "status", "text"),
            Column(("confirmationDate",), "confirmation_date", "timestamp"),
            Column(("processorReference",), "processor_reference", "text"),
            Column(("clientId",), "client_id", "bigint"),
            Column(("clientName",), "client_name", "text"),
            Column(("invoiceId",), "invoice_id", "bigint"),
            Column(("invoiceNumber",), "invoice_number", "text"),
            Column(("createdAt",), "created_at", "timestamp"),
            Column(("updatedAt",), "updated_at", "timestamp"),
        ),
    ),
    "projects": Table(
        "list",
        "Project",
        (
            Column(("id",), "id", "bigint"),
            Column(("name",), "name", "text"),
            Column(("description",), "description", "text"),
            Column(("status",), "status", "text"),
            Column(("phase",), "phase", "text"),
            Column(("clientId",), "client_id", "bigint"),
            Column(("clientName",), "client_name", "text"),
            Column(("engagementId",), "engagement_id", "bigint"),
            Column(("engagementName",), "engagement_name", "text"),
            Column(("startDate",), "start_date", "timestamp"),
            Column(("endDate",), "end_date", "timestamp"),
            Column(("budget",), "budget", "double"),
            Column(("currency",), "currency", "text"),
            Column(("actualCost",), "actual_cost", "double"),
            Column(("updatedAt",), "updated_at", "timestamp"),
        ),
        (
            Child(
                ("teamMembers",),
                "team_members",
                (
                    Column(("staffId",), "staff_id", "bigint"),
                    Column(("name",), "name", "text"),
                    Column(("role",), "role", "text"),
                    Column(("allocation",), "allocation", "double"),
                ),
            ),
            Child(
                ("milestones",),
                "milestones",
                (
                    Column(("id",), "id", "bigint"),
                    Column(("name",), "name", "text"),
                    Column(("dueDate",), "due_date", "timestamp"),
                    Column(("status",), "status", "text"),
                ),
            ),
        ),
    ),
    "staff": Table(
        "search",
        "Staff",
        (
            Column(("id",), "id", "bigint"),
            Column(("pmsRef",), "pms_ref", "text"),
            Column(("firstName",), "first_name", "text"),
            Column(("lastName",), "last_name", "text"),
            Column(("email",), "email", "text"),
            Column(("active",), "active", "bool"),
            Column(("createdAt",), "created_at", "timestamp"),
            Column(("deptId",), "dept_id", "bigint"),
        ),
    ),
    "wip": Table(
        "search",
        "Wip",
        (
            Column(("id",), "id", "bigint"),
            Column(("type",), "type", "text"),
            Column(("notes",), "notes", "text"),
            Column(("approved",), "approved", "bool"),
            Column(("loggedDate",), "logged_date", "timestamp"),
            Column(("clientId",), "client_id", "bigint"),
            Column(("value",), "value", "double"),
        ),
    ),
}
"""Every resource that pages, with its table: ``TABLES["clients"].columns``."""
