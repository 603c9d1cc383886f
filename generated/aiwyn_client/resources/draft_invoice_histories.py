# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.draft_invoice_histories`` (``DraftInvoiceHistoriesResource``, ``AsyncDraftInvoiceHistoriesResource``): list, search. Generated: do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .. import _api_response as _response
from .. import _resource_support as _rs
from .. import models as _models
from ..pagination import AsyncPager, Pager, ResumeToken
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions
    from ..where import Expr, OrderItem

_LIST = _rs.Endpoint(
    "api.billing.get_draft_invoice_histories_paginated",
    _models.DraftInvoiceHistoryList,
    "getDraftInvoiceHistoriesPaginated",
)
_LIST_PAGES = _rs.PageSpec(
    _rs.Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("draft_invoices",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="draft_invoice_histories.iter",
)
_SEARCH = _rs.Endpoint(
    "api.billing.filter_draft_invoice_histories_dynamic",
    _models.DraftInvoiceHistoryList,
    "filterDraftInvoiceHistoriesDynamic",
)
_SEARCH_PAGES = _rs.PageSpec(
    _rs.Paging(size_min=1, size_max=1000, size_default=50, page_semantics=None, key="id"),
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

    with_raw_response: DraftInvoiceHistoriesResourceResponses[_response.Sync, _response.Raw]
    with_streaming_response: DraftInvoiceHistoriesResourceResponses[_response.Sync, _response.Streamed]

    def list(
        self, *, page_size: int | Unset = UNSET, page: int | Unset = UNSET, **request_options: Unpack[RequestOptions]
    ) -> _models.DraftInvoiceHistoryList:
        """List draft invoice histories. ``POST /gql/v1/draft_invoice_histories`` (operationId ``getDraftInvoiceHistoriesPaginated``).

        One page of draft invoice history records with the total count.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.
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
    ) -> Pager[_models.DraftInvoiceHistoryList, _models.DraftInvoiceHistory]:
        """Every DraftInvoiceHistory of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
        return _LIST_PAGES.pager(self.list, {}, page_size, max_items, resume, start_page)

    def search(
        self,
        *,
        page_size: int | Unset = UNSET,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> _models.DraftInvoiceHistoryList:
        """Search draft invoice histories. ``POST /gql/v1/draft_invoice_histories/search`` (operationId ``filterDraftInvoiceHistoriesDynamic``).

        Draft invoice histories filtered by client, invoice, job and the draft invoice's
        `approvedAt` date range, with dynamic ordering.

        Args:
            page_size: Maximum number of records to return; 1 to 1000.
            where: the filter: ``where.fields.DraftInvoiceHistoryFields`` expressions or Hasura ``where`` JSON, checked before sending.
            order_by: sort keys (DraftInvoiceHistoryFields.name.asc(), ...) or Hasura ``orderBy`` JSON.
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
    ) -> Pager[_models.DraftInvoiceHistoryList, _models.DraftInvoiceHistory]:
        """Every DraftInvoiceHistory of ``search`` (``for``), or every page (``.pages()``): pages by keyset on ``id``, so records written meanwhile are neither repeated nor skipped. ``resume=`` takes a ``resume_token``."""
        return _SEARCH_PAGES.pager(self.search, {}, page_size, max_items, resume, where=where, order_by=order_by)


class AsyncDraftInvoiceHistoriesResource(_rs.AsyncAPIResource):
    """``async_aiwyn.draft_invoice_histories``: the methods of ``DraftInvoiceHistoriesResource``, awaited."""

    with_raw_response: DraftInvoiceHistoriesResourceResponses[_response.Async, _response.Raw]
    with_streaming_response: DraftInvoiceHistoriesResourceResponses[_response.Async, _response.Streamed]
    list = _rs.awaited(DraftInvoiceHistoriesResource.list)

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[_models.DraftInvoiceHistoryList, _models.DraftInvoiceHistory]:
        """``DraftInvoiceHistoriesResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        return _LIST_PAGES.async_pager(self.list, {}, concurrency, page_size, max_items, resume, start_page)

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
    ) -> AsyncPager[_models.DraftInvoiceHistoryList, _models.DraftInvoiceHistory]:
        """``DraftInvoiceHistoriesResource.iter_search`` for ``async for``."""
        return _SEARCH_PAGES.async_pager(
            self.search, {}, concurrency, page_size, max_items, resume, where=where, order_by=order_by
        )


class DraftInvoiceHistoriesResourceResponses(_response.Responses[_response.F, _response.M]):
    """``with_raw_response`` and ``with_streaming_response`` of ``aiwyn.draft_invoice_histories`` (and ``async_aiwyn.draft_invoice_histories``)."""

    list = _response.wrapped(DraftInvoiceHistoriesResource.list)
    search = _response.wrapped(DraftInvoiceHistoriesResource.search)
