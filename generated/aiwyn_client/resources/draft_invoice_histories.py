# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.draft_invoice_histories``: list, search.

Generated from the API description; do not edit. Each method takes the fields of its body model
and the operation's parameters, and returns the success model (errors raise); the per-call options
are ``RequestOptions``. ``with_raw_response`` / ``with_streaming_response`` wrap the same methods.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property as _cached_property
from typing import TYPE_CHECKING, Any

from .. import _api_response as _response
from .. import _resource_support as _rs
from .. import models as _models
from .._paging import Paging as _Paging
from ..api.billing import filter_draft_invoice_histories_dynamic as _filter_draft_invoice_histories_dynamic
from ..api.billing import get_draft_invoice_histories_paginated as _get_draft_invoice_histories_paginated
from ..models import DraftInvoiceHistory, DraftInvoiceHistoryList
from ..pagination import AsyncPager, Pager, ResumeToken
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions
    from ..where import Expr, OrderItem

__all__ = ["DraftInvoiceHistoriesResource", "AsyncDraftInvoiceHistoriesResource"]

_LIST = _rs.Endpoint(
    _get_draft_invoice_histories_paginated, DraftInvoiceHistoryList, "getDraftInvoiceHistoriesPaginated"
)
_LIST_PAGES = _rs.PageSpec(
    _Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("draft_invoices",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="draft_invoice_histories.iter",
)
_SEARCH = _rs.Endpoint(
    _filter_draft_invoice_histories_dynamic, DraftInvoiceHistoryList, "filterDraftInvoiceHistoriesDynamic"
)
_SEARCH_PAGES = _rs.PageSpec(
    _Paging(size_min=1, size_max=1000, size_default=50, page_semantics=None, key="id"),
    items=("draft_invoices",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    where_arg="where",
    order_arg="order_by",
    fields="DraftInvoiceHistoryFields",
    directions=("asc", "desc"),
    label="draft_invoice_histories.iter_search",
)


class DraftInvoiceHistoriesResource(_rs.SyncAPIResource):
    """``aiwyn.draft_invoice_histories``: list, search."""

    @_cached_property
    def with_raw_response(self) -> DraftInvoiceHistoriesResourceWithRawResponse:
        return DraftInvoiceHistoriesResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> DraftInvoiceHistoriesResourceWithStreamingResponse:
        return DraftInvoiceHistoriesResourceWithStreamingResponse(self)

    def list(
        self, *, page_size: int | Unset = 50, page: int | Unset = 0, **request_options: Unpack[RequestOptions]
    ) -> DraftInvoiceHistoryList:
        """List draft invoice histories.

        One page of draft invoice history records with the total count.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.

        ``POST /gql/v1/draft_invoice_histories`` (operationId ``getDraftInvoiceHistoriesPaginated``).
        """
        _rs.check_integer("page_size", page_size, 1, 1000, "getDraftInvoiceHistoriesPaginated")
        _rs.check_integer("page", page, 0, None, "getDraftInvoiceHistoriesPaginated")

        return self._call(_LIST, request_options, body=_models.ListRequest(**_rs.given(page_size=page_size, page=page)))

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
    ) -> Pager[DraftInvoiceHistoryList, DraftInvoiceHistory]:
        """Every DraftInvoiceHistory of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
        plan = _LIST_PAGES.plan(page_size=page_size, max_items=max_items, start_page=start_page, resume=resume)
        return Pager(lambda request: self.list(**_LIST_PAGES.arguments(request)), plan)

    def search(
        self,
        *,
        page_size: int | Unset = UNSET,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> DraftInvoiceHistoryList:
        """Search draft invoice histories.

        Draft invoice histories filtered by client, invoice, job and the draft invoice's
        `approvedAt` date range, with dynamic ordering.

        Args:
            page_size: Maximum number of records to return; 1 to 1000.
            where: the filter: ``where.fields.DraftInvoiceHistoryFields`` expressions or Hasura ``where`` JSON, checked before sending.
            order_by: sort keys (DraftInvoiceHistoryFields.name.asc(), ...) or Hasura ``orderBy`` JSON.

        ``POST /gql/v1/draft_invoice_histories/search`` (operationId ``filterDraftInvoiceHistoriesDynamic``).
        """
        _rs.check_integer("page_size", page_size, 1, 1000, "filterDraftInvoiceHistoriesDynamic")

        return self._call(
            _SEARCH,
            request_options,
            body=_models.SearchRequest(
                **_rs.given(
                    page_size=page_size,
                    where=_rs.where_model(where, _models.Where, _rs.fields_class("DraftInvoiceHistoryFields")),
                    order_by=_rs.order_models(
                        order_by, _models.OrderByItem, _rs.fields_class("DraftInvoiceHistoryFields"), ("asc", "desc")
                    ),
                )
            ),
        )

    def iter_search(
        self,
        *,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        resume: ResumeToken | None = None,
    ) -> Pager[DraftInvoiceHistoryList, DraftInvoiceHistory]:
        """Every DraftInvoiceHistory of ``search`` (``for``), or every page (``.pages()``): pages by keyset on ``id``, so records written meanwhile are neither repeated nor skipped. ``resume=`` takes a ``resume_token``."""
        plan = _SEARCH_PAGES.plan(
            page_size=page_size, max_items=max_items, resume=resume, where=where, order_by=order_by
        )
        return Pager(lambda request: self.search(**_SEARCH_PAGES.arguments(request)), plan)


class AsyncDraftInvoiceHistoriesResource(_rs.AsyncAPIResource):
    """``async_aiwyn.draft_invoice_histories``: the methods of ``DraftInvoiceHistoriesResource``, awaited."""

    @_cached_property
    def with_raw_response(self) -> AsyncDraftInvoiceHistoriesResourceWithRawResponse:
        return AsyncDraftInvoiceHistoriesResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> AsyncDraftInvoiceHistoriesResourceWithStreamingResponse:
        return AsyncDraftInvoiceHistoriesResourceWithStreamingResponse(self)

    list = _rs.awaited(DraftInvoiceHistoriesResource.list)

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[DraftInvoiceHistoryList, DraftInvoiceHistory]:
        """``DraftInvoiceHistoriesResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        plan = _LIST_PAGES.plan(page_size=page_size, max_items=max_items, start_page=start_page, resume=resume)
        return AsyncPager(
            lambda request: _response.deferred(self.list(**_LIST_PAGES.arguments(request))), plan, concurrency
        )

    search = _rs.awaited(DraftInvoiceHistoriesResource.search)

    def iter_search(
        self,
        *,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[DraftInvoiceHistoryList, DraftInvoiceHistory]:
        """``DraftInvoiceHistoriesResource.iter_search`` for ``async for``."""
        plan = _SEARCH_PAGES.plan(
            page_size=page_size, max_items=max_items, resume=resume, where=where, order_by=order_by
        )
        return AsyncPager(
            lambda request: _response.deferred(self.search(**_SEARCH_PAGES.arguments(request))), plan, concurrency
        )


class DraftInvoiceHistoriesResourceWithRawResponse:
    """``aiwyn.draft_invoice_histories.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: DraftInvoiceHistoriesResource) -> None:
        self.list = _response.to_raw_response_wrapper(resource.list)
        self.search = _response.to_raw_response_wrapper(resource.search)


class DraftInvoiceHistoriesResourceWithStreamingResponse:
    """``aiwyn.draft_invoice_histories.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: DraftInvoiceHistoriesResource) -> None:
        self.list = _response.to_streamed_response_wrapper(resource.list)
        self.search = _response.to_streamed_response_wrapper(resource.search)


class AsyncDraftInvoiceHistoriesResourceWithRawResponse:
    """``async_aiwyn.draft_invoice_histories.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: AsyncDraftInvoiceHistoriesResource) -> None:
        self.list = _response.async_to_raw_response_wrapper(resource.list)
        self.search = _response.async_to_raw_response_wrapper(resource.search)


class AsyncDraftInvoiceHistoriesResourceWithStreamingResponse:
    """``async_aiwyn.draft_invoice_histories.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: AsyncDraftInvoiceHistoriesResource) -> None:
        self.list = _response.async_to_streamed_response_wrapper(resource.list)
        self.search = _response.async_to_streamed_response_wrapper(resource.search)
