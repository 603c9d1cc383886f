# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.invoices``: get, list.

Generated from the API description; do not edit. Each method takes the fields of its body model
and the operation's parameters, and returns the success model (errors raise); the per-call options
are ``RequestOptions``. ``with_raw_response`` / ``with_streaming_response`` wrap the same methods.
"""

from __future__ import annotations

from functools import cached_property as _cached_property
from typing import TYPE_CHECKING

from .. import _api_response as _response
from .. import _resource_support as _rs
from .. import models as _models
from .._paging import Paging as _Paging
from ..api.invoices import get_invoice_by_id as _get_invoice_by_id
from ..api.invoices import get_invoices as _get_invoices
from ..models import Invoice, InvoiceList, InvoiceStatus
from ..pagination import AsyncPager, Pager, ResumeToken
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions

__all__ = ["InvoicesResource", "AsyncInvoicesResource"]

_GET = _rs.Endpoint(_get_invoice_by_id, Invoice, "getInvoiceById")
_LIST = _rs.Endpoint(_get_invoices, InvoiceList, "getInvoices")
_LIST_PAGES = _rs.PageSpec(
    _Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("invoices",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="invoices.iter",
)


class InvoicesResource(_rs.SyncAPIResource):
    """``aiwyn.invoices``: get, list."""

    @_cached_property
    def with_raw_response(self) -> InvoicesResourceWithRawResponse:
        return InvoicesResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> InvoicesResourceWithStreamingResponse:
        return InvoicesResourceWithStreamingResponse(self)

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> Invoice:
        """Get invoice by ID.

        One invoice with line items and payments applied to it.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Unique identifier of the record; at least 1.

        ``GET /gql/v1/invoice/{id}`` (operationId ``getInvoiceById``).
        """
        _rs.check_integer("id", id, 1, None, "getInvoiceById")

        return self._call(_GET, request_options, id)

    def list(
        self,
        *,
        page_size: int | Unset = 50,
        page: int | Unset = 0,
        client_id: int | Unset = UNSET,
        status: InvoiceStatus | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        **request_options: Unpack[RequestOptions],
    ) -> InvoiceList:
        """List invoices.

        One page of invoices (tax, interest, due date, AR transaction and client data),
        optionally filtered by client, status and invoice date range.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.
            client_id: Filter by client ID.
            status: Invoice status, as the invoice list filters on it; one of ``PENDING``, ``POSTED``, ``PAID``, ``OVERDUE``, ``CANCELLED``, ``DRAFT``.
            start_date: Start of the invoice date range.
            end_date: End of the invoice date range.

        ``POST /gql/v1/invoices`` (operationId ``getInvoices``).
        """
        _rs.check_integer("page_size", page_size, 1, 1000, "getInvoices")
        _rs.check_integer("page", page, 0, None, "getInvoices")
        _rs.check_integer("client_id", client_id, None, None, "getInvoices")

        return self._call(
            _LIST,
            request_options,
            body=_models.InvoiceListRequest(
                **_rs.given(
                    page_size=page_size,
                    page=page,
                    client_id=client_id,
                    status=_rs.as_enum(status, _models.InvoiceStatus, "status", "getInvoices"),
                    start_date=start_date,
                    end_date=end_date,
                )
            ),
        )

    def iter(
        self,
        *,
        client_id: int | Unset = UNSET,
        status: InvoiceStatus | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
    ) -> Pager[InvoiceList, Invoice]:
        """Every Invoice of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
        plan = _LIST_PAGES.plan(page_size=page_size, max_items=max_items, start_page=start_page, resume=resume)
        return Pager(
            lambda request: self.list(
                client_id=client_id,
                status=status,
                start_date=start_date,
                end_date=end_date,
                **_LIST_PAGES.arguments(request),
            ),
            plan,
        )


class AsyncInvoicesResource(_rs.AsyncAPIResource):
    """``async_aiwyn.invoices``: the methods of ``InvoicesResource``, awaited."""

    @_cached_property
    def with_raw_response(self) -> AsyncInvoicesResourceWithRawResponse:
        return AsyncInvoicesResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> AsyncInvoicesResourceWithStreamingResponse:
        return AsyncInvoicesResourceWithStreamingResponse(self)

    get = _rs.awaited(InvoicesResource.get)

    list = _rs.awaited(InvoicesResource.list)

    def iter(
        self,
        *,
        client_id: int | Unset = UNSET,
        status: InvoiceStatus | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[InvoiceList, Invoice]:
        """``InvoicesResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        plan = _LIST_PAGES.plan(page_size=page_size, max_items=max_items, start_page=start_page, resume=resume)
        return AsyncPager(
            lambda request: _response.deferred(
                self.list(
                    client_id=client_id,
                    status=status,
                    start_date=start_date,
                    end_date=end_date,
                    **_LIST_PAGES.arguments(request),
                )
            ),
            plan,
            concurrency,
        )


class InvoicesResourceWithRawResponse:
    """``aiwyn.invoices.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: InvoicesResource) -> None:
        self.get = _response.to_raw_response_wrapper(resource.get)
        self.list = _response.to_raw_response_wrapper(resource.list)


class InvoicesResourceWithStreamingResponse:
    """``aiwyn.invoices.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: InvoicesResource) -> None:
        self.get = _response.to_streamed_response_wrapper(resource.get)
        self.list = _response.to_streamed_response_wrapper(resource.list)


class AsyncInvoicesResourceWithRawResponse:
    """``async_aiwyn.invoices.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: AsyncInvoicesResource) -> None:
        self.get = _response.async_to_raw_response_wrapper(resource.get)
        self.list = _response.async_to_raw_response_wrapper(resource.list)


class AsyncInvoicesResourceWithStreamingResponse:
    """``async_aiwyn.invoices.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: AsyncInvoicesResource) -> None:
        self.get = _response.async_to_streamed_response_wrapper(resource.get)
        self.list = _response.async_to_streamed_response_wrapper(resource.list)
