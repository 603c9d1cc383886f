# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.invoices`` (``InvoicesResource``, ``AsyncInvoicesResource``): get, list. Generated: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _api_response as _response
from .. import _resource_support as _rs
from .. import models as _models
from ..pagination import AsyncPager, Pager, ResumeToken
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions

_GET = _rs.Endpoint("api.invoices.get_invoice_by_id", _models.Invoice, "getInvoiceById")
_LIST = _rs.Endpoint("api.invoices.get_invoices", _models.InvoiceList, "getInvoices")
_LIST_PAGES = _rs.PageSpec(
    _rs.Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("invoices",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="invoices.iter",
)


class InvoicesResource(_rs.SyncAPIResource):
    """``aiwyn.invoices``: get, list."""

    with_raw_response: InvoicesResourceResponses[_response.Sync, _response.Raw]
    with_streaming_response: InvoicesResourceResponses[_response.Sync, _response.Streamed]

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> _models.Invoice:
        """Get invoice by ID. ``GET /gql/v1/invoice/{id}`` (operationId ``getInvoiceById``).

        One invoice with line items and payments applied to it.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Unique identifier of the record; at least 1.
        """
        _rs.check_integer("id", id, 1, None, "getInvoiceById")
        return self._call(_GET, request_options, id)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        status: _models.InvoiceStatus | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        **request_options: Unpack[RequestOptions],
    ) -> _models.InvoiceList:
        """List invoices. ``POST /gql/v1/invoices`` (operationId ``getInvoices``).

        One page of invoices (tax, interest, due date, AR transaction and client data),
        optionally filtered by client, status and invoice date range.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.
            client_id: Filter by client ID.
            status: Invoice status, as the invoice list filters on it; one of ``PENDING``, ``POSTED``, ``PAID``, ``OVERDUE``, ``CANCELLED``, ``DRAFT``.
            start_date: Start of the invoice date range.
            end_date: End of the invoice date range.
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
        status: _models.InvoiceStatus | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
    ) -> Pager[_models.InvoiceList, _models.Invoice]:
        """Every Invoice of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
        return _LIST_PAGES.pager(
            self.list,
            {"client_id": client_id, "status": status, "start_date": start_date, "end_date": end_date},
            page_size,
            max_items,
            resume,
            start_page,
        )


class AsyncInvoicesResource(_rs.AsyncAPIResource):
    """``async_aiwyn.invoices``: the methods of ``InvoicesResource``, awaited."""

    with_raw_response: InvoicesResourceResponses[_response.Async, _response.Raw]
    with_streaming_response: InvoicesResourceResponses[_response.Async, _response.Streamed]
    get = _rs.awaited(InvoicesResource.get)
    list = _rs.awaited(InvoicesResource.list)

    def iter(
        self,
        *,
        client_id: int | Unset = UNSET,
        status: _models.InvoiceStatus | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[_models.InvoiceList, _models.Invoice]:
        """``InvoicesResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        return _LIST_PAGES.async_pager(
            self.list,
            {"client_id": client_id, "status": status, "start_date": start_date, "end_date": end_date},
            concurrency,
            page_size,
            max_items,
            resume,
            start_page,
        )


class InvoicesResourceResponses(_response.Responses[_response.F, _response.M]):
    """``with_raw_response`` and ``with_streaming_response`` of ``aiwyn.invoices`` (and ``async_aiwyn.invoices``)."""

    get = _response.wrapped(InvoicesResource.get)
    list = _response.wrapped(InvoicesResource.list)
