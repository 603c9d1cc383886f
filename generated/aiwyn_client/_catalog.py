# Rendered from overlays/aiwyn_client/_catalog.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""Every resource method, for tools built on the client (the ``aiwyn`` command, the dlt source).

Generated from the API description; do not edit. It imports no endpoint or model, so a tool can
list what the API offers before it loads any resource module.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from ._paging import Paging
from ._spec import OPERATIONS

__all__ = ["CATALOG", "MethodInfo", "paged_methods"]


class MethodInfo(NamedTuple):
    """What a tool built on the client (the ``aiwyn`` command) needs to know of a resource method."""

    operation: str
    """Its key in ``_spec.OPERATIONS``."""
    kind: str
    iterator: str | None
    """The iterator method (``iter``, ``iter_search``), when it pages."""
    fields: str | None
    """The ``where_fields`` class its ``where`` is checked against, for a search."""
    batch: bool
    """Whether it has an ``*_all`` form for any number of records."""
    path_params: tuple[tuple[str, str], ...]
    """(name, annotation) of its positional path parameters."""
    item: str | None
    """The model class of the records it pages through (``Any`` or a scalar's type where they
    declare no fields)."""
    binary: bool
    paging: Paging | None = None
    """How it pages (limits, semantics, key), as its iterator does."""
    size_field: str | None = None
    page_field: str | None = None
    """The API names of its page-size and page fields."""
    shows: tuple[str, ...] = ()
    """Where in its answer (``to_dict()``, API names) the part a reader wants is: a list's records
    (``("data",)``, ``("clients",)``), an envelope's ``data``, or ``()`` for the whole answer."""
    headers: tuple[tuple[str, str], ...] = ()
    """(argument, header) of the headers the description requires, which its signature takes as
    optional: the client's ``default_headers`` may give them (a tenant on every call)."""

    def paginate_options(self) -> dict[str, Any]:
        """How ``aiwyn.paginate`` follows this method over raw records, as its iterator pages:
        the path, the paging plan, and the names of the page-size and page fields."""
        return {
            "path": OPERATIONS[self.operation].path,
            "paging": self.paging,
            "size_field": self.size_field or "pageSize",
            "page_field": self.page_field or "page",
        }


CATALOG: dict[str, dict[str, MethodInfo]] = {
    "clients": {
        "get": MethodInfo(
            "get_client_by_id",
            "get",
            None,
            None,
            False,
            (("id", "int"),),
            None,
            False,
            shows=(),
        ),
        "list": MethodInfo(
            "get_clients",
            "list",
            "iter",
            None,
            False,
            (),
            "Client",
            False,
            Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
            "pageSize",
            "page",
            shows=("clients",),
        ),
        "search": MethodInfo(
            "filter_clients_dynamic",
            "search",
            "iter_search",
            "ClientFields",
            False,
            (),
            "Client",
            False,
            Paging(size_min=1, size_max=1000, size_default=50, page_semantics=None, key="id"),
            "pageSize",
            "page",
            shows=("clients",),
        ),
    },
    "contacts": {
        "get": MethodInfo(
            "get_contact_by_id",
            "get",
            None,
            None,
            False,
            (("id", "int"),),
            None,
            False,
            shows=(),
        ),
        "list": MethodInfo(
            "get_contacts",
            "list",
            "iter",
            None,
            False,
            (),
            "Contact",
            False,
            Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
            "pageSize",
            "page",
            shows=("contacts",),
        ),
    },
    "custom_record_types": {
        "create": MethodInfo(
            "create_custom_record_type",
            "create",
            None,
            None,
            False,
            (),
            None,
            False,
            shows=("data",),
        ),
        "update": MethodInfo(
            "update_custom_record_type",
            "update",
            None,
            None,
            False,
            (("name", "str"),),
            None,
            False,
            shows=("data",),
        ),
        "deactivate": MethodInfo(
            "deactivate_custom_record_type",
            "delete",
            None,
            None,
            False,
            (("name", "str"),),
            None,
            False,
            shows=("data",),
        ),
    },
    "draft_invoice_histories": {
        "list": MethodInfo(
            "get_draft_invoice_histories_paginated",
            "list",
            "iter",
            None,
            False,
            (),
            "DraftInvoiceHistory",
            False,
            Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
            "pageSize",
            "page",
            shows=("draftInvoices",),
        ),
        "search": MethodInfo(
            "filter_draft_invoice_histories_dynamic",
            "search",
            "iter_search",
            "DraftInvoiceHistoryFields",
            False,
            (),
            "DraftInvoiceHistory",
            False,
            Paging(size_min=1, size_max=1000, size_default=50, page_semantics=None, key="id"),
            "pageSize",
            None,
            shows=("draftInvoices",),
        ),
    },
    "draft_invoices": {
        "get": MethodInfo(
            "get_draft_invoice_by_id",
            "get",
            None,
            None,
            False,
            (("id", "int"),),
            None,
            False,
            shows=(),
        ),
    },
    "engagements": {
        "get": MethodInfo(
            "get_engagement_by_id",
            "get",
            None,
            None,
            False,
            (("id", "int"),),
            None,
            False,
            shows=(),
        ),
        "list": MethodInfo(
            "get_engagements",
            "list",
            "iter",
            None,
            False,
            (),
            "Engagement",
            False,
            Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
            "pageSize",
            "page",
            shows=("engagements",),
        ),
        "search": MethodInfo(
            "search_engagements_dynamic",
            "search",
            "iter_search",
            "EngagementFields",
            False,
            (),
            "Engagement",
            False,
            Paging(size_min=1, size_max=1000, size_default=50, page_semantics=None, key="id"),
            "limit",
            None,
            shows=("engagements",),
        ),
    },
    "event_subscriptions": {
        "list": MethodInfo(
            "list_event_subscriptions",
            "list",
            None,
            None,
            False,
            (),
            None,
            False,
            shows=("data",),
        ),
        "create": MethodInfo(
            "create_event_subscription",
            "create",
            None,
            None,
            False,
            (),
            None,
            False,
            shows=("data",),
        ),
        "catalog": MethodInfo(
            "get_event_subscription_catalog",
            "list",
            None,
            None,
            False,
            (),
            None,
            False,
            shows=("data",),
        ),
        "get": MethodInfo(
            "get_event_subscription",
            "get",
            None,
            None,
            False,
            (("id", "int"),),
            None,
            False,
            shows=("data",),
        ),
        "update": MethodInfo(
            "update_event_subscription",
            "update",
            None,
            None,
            False,
            (("id", "int"),),
            None,
            False,
            shows=("data",),
        ),
        "deactivate": MethodInfo(
            "deactivate_event_subscription",
            "delete",
            None,
            None,
            False,
            (("id", "int"),),
            None,
            False,
            shows=("data",),
        ),
        "get_secret": MethodInfo(
            "get_subscription_secret",
            "get",
            None,
            None,
            False,
            (("id", "int"),),
            None,
            False,
            shows=("data",),
        ),
    },
    "files": {
        "download": MethodInfo(
            "download_file",
            "get",
            None,
            None,
            False,
            (("id", "str"),),
            None,
            True,
            shows=(),
        ),
    },
    "invoices": {
        "get": MethodInfo(
            "get_invoice_by_id",
            "get",
            None,
            None,
            False,
            (("id", "int"),),
            None,
            False,
            shows=(),
        ),
        "list": MethodInfo(
            "get_invoices",
            "list",
            "iter",
            None,
            False,
            (),
            "Invoice",
            False,
            Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
            "pageSize",
            "page",
            shows=("invoices",),
        ),
    },
    "payments": {
        "get": MethodInfo(
            "get_payment_by_id",
            "get",
            None,
            None,
            False,
            (("id", "int"),),
            None,
            False,
            shows=(),
        ),
        "list": MethodInfo(
            "get_payments",
            "list",
            "iter",
            None,
            False,
            (),
            "Payment",
            False,
            Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
            "pageSize",
            "page",
            shows=("payments",),
        ),
    },
    "projects": {
        "get": MethodInfo(
            "get_project_by_id",
            "get",
            None,
            None,
            False,
            (("id", "int"),),
            None,
            False,
            shows=(),
        ),
        "list": MethodInfo(
            "get_projects_paginated",
            "list",
            "iter",
            None,
            False,
            (),
            "Project",
            False,
            Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
            "pageSize",
            "page",
            shows=("projects",),
        ),
    },
    "record_types": {
        "list": MethodInfo(
            "list_record_types",
            "list",
            None,
            None,
            False,
            (),
            None,
            False,
            shows=("data",),
        ),
        "get": MethodInfo(
            "get_record_type_schema",
            "get",
            None,
            None,
            False,
            (("type_", "str"),),
            None,
            False,
            shows=("data",),
        ),
    },
    "records": {
        "update": MethodInfo(
            "update_records",
            "update",
            None,
            None,
            True,
            (),
            None,
            False,
            shows=("data",),
        ),
        "upsert": MethodInfo(
            "create_or_update_records",
            "create",
            None,
            None,
            True,
            (),
            None,
            False,
            shows=("data",),
        ),
        "delete": MethodInfo(
            "delete_records",
            "delete",
            None,
            None,
            True,
            (),
            None,
            False,
            shows=("data",),
        ),
    },
    "staff": {
        "list": MethodInfo(
            "get_staff_paginated",
            "list",
            "iter",
            None,
            False,
            (),
            "Staff",
            False,
            Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
            "pageSize",
            "page",
            shows=("staff",),
        ),
        "search": MethodInfo(
            "filter_staff_dynamic",
            "search",
            "iter_search",
            "StaffFields",
            False,
            (),
            "Staff",
            False,
            Paging(size_min=1, size_max=1000, size_default=50, page_semantics=None, key="id"),
            "limit",
            None,
            shows=("staff",),
        ),
        "get": MethodInfo(
            "get_staff_by_id",
            "get",
            None,
            None,
            False,
            (("id", "int"),),
            None,
            False,
            shows=(),
        ),
    },
    "tokens": {
        "exchange": MethodInfo(
            "exchange_api_key_for_token",
            "create",
            None,
            None,
            False,
            (),
            None,
            False,
            shows=("data",),
        ),
    },
    "wip": {
        "list": MethodInfo(
            "get_wip",
            "list",
            "iter",
            None,
            False,
            (),
            "Wip",
            False,
            Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
            "pageSize",
            "page",
            shows=("wip",),
        ),
        "get": MethodInfo(
            "get_wip_by_id",
            "get",
            None,
            None,
            False,
            (("id", "int"),),
            None,
            False,
            shows=(),
        ),
        "search": MethodInfo(
            "filter_wips_dynamic",
            "search",
            "iter_search",
            "WipFields",
            False,
            (),
            "Wip",
            False,
            Paging(size_min=1, size_max=1000, size_default=50, page_semantics=None, key="id"),
            "pageSize",
            None,
            shows=("wip",),
        ),
    },
}
"""Every resource and method, as rendered above: ``CATALOG["clients"]["search"]``."""


def paged_methods(resource: str) -> dict[str, MethodInfo]:
    """A resource's methods that page, its search first when it has one: keyset paging holds
    still while others write, so whatever pages through a whole resource starts there."""
    paged = [(name, info) for name, info in CATALOG.get(resource, {}).items() if info.iterator]
    return dict(sorted(paged, key=lambda item: item[1].kind != "search"))
