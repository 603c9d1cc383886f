# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.wip``: list, get, search.

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
from ..api.time import filter_wips_dynamic as _filter_wips_dynamic
from ..api.time import get_wip as _get_wip
from ..api.time import get_wip_by_id as _get_wip_by_id
from ..models import Wip, WipDetail, WipList
from ..pagination import AsyncPager, Pager, ResumeToken
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions
    from ..where import Expr, OrderItem

__all__ = ["WipResource", "AsyncWipResource"]

_LIST = _rs.Endpoint(_get_wip, WipList, "getWip")
_LIST_PAGES = _rs.PageSpec(
    _Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("wip",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="wip.iter",
)
_GET = _rs.Endpoint(_get_wip_by_id, WipDetail, "getWipById")
_SEARCH = _rs.Endpoint(_filter_wips_dynamic, WipList, "filterWipsDynamic")
_SEARCH_PAGES = _rs.PageSpec(
    _Paging(size_min=1, size_max=1000, size_default=50, page_semantics=None, key="id"),
    items=("wip",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    where_arg="where",
    order_arg="order_by",
    fields="WipFields",
    directions=("asc", "desc"),
    label="wip.iter_search",
)


class WipResource(_rs.SyncAPIResource):
    """``aiwyn.wip``: list, get, search."""

    @_cached_property
    def with_raw_response(self) -> WipResourceWithRawResponse:
        return WipResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> WipResourceWithStreamingResponse:
        return WipResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page_size: int | Unset = 50,
        page: int | Unset = 0,
        client_id: int | Unset = UNSET,
        **request_options: Unpack[RequestOptions],
    ) -> WipList:
        """List WIP entries.

        One page of work-in-progress entries (time, expense, fixed fee) with financial
        aggregations, optionally filtered by client.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.
            client_id: Filter by client ID.

        ``POST /gql/v1/wip`` (operationId ``getWip``).
        """
        _rs.check_integer("page_size", page_size, 1, 1000, "getWip")
        _rs.check_integer("page", page, 0, None, "getWip")
        _rs.check_integer("client_id", client_id, None, None, "getWip")

        return self._call(
            _LIST,
            request_options,
            body=_models.WipListRequest(**_rs.given(page_size=page_size, page=page, client_id=client_id)),
        )

    def iter(
        self,
        *,
        client_id: int | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
    ) -> Pager[WipList, Wip]:
        """Every Wip of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
        plan = _LIST_PAGES.plan(page_size=page_size, max_items=max_items, start_page=start_page, resume=resume)
        return Pager(lambda request: self.list(client_id=client_id, **_LIST_PAGES.arguments(request)), plan)

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> WipDetail:
        """Get WIP time entry by ID.

        One WIP time entry with hours, rates and approval history.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Unique identifier of the record; at least 1.

        ``GET /gql/v1/wip/{id}`` (operationId ``getWipById``).
        """
        _rs.check_integer("id", id, 1, None, "getWipById")

        return self._call(_GET, request_options, id)

    def search(
        self,
        *,
        page_size: int | Unset = UNSET,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> WipList:
        """Search WIP entries.

        WIP entries filtered by WIP type, date range, client and job, with dynamic ordering.

        Args:
            page_size: Maximum number of records to return; 1 to 1000.
            where: the filter: ``where.fields.WipFields`` expressions or Hasura ``where`` JSON, checked before sending.
            order_by: sort keys (WipFields.name.asc(), ...) or Hasura ``orderBy`` JSON.

        ``POST /gql/v1/wips/search`` (operationId ``filterWipsDynamic``).
        """
        _rs.check_integer("page_size", page_size, 1, 1000, "filterWipsDynamic")

        return self._call(
            _SEARCH,
            request_options,
            body=_models.SearchRequest(
                **_rs.given(
                    page_size=page_size,
                    where=_rs.where_model(where, _models.Where, _rs.fields_class("WipFields")),
                    order_by=_rs.order_models(
                        order_by, _models.OrderByItem, _rs.fields_class("WipFields"), ("asc", "desc")
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
    ) -> Pager[WipList, Wip]:
        """Every Wip of ``search`` (``for``), or every page (``.pages()``): pages by keyset on ``id``, so records written meanwhile are neither repeated nor skipped. ``resume=`` takes a ``resume_token``."""
        plan = _SEARCH_PAGES.plan(
            page_size=page_size, max_items=max_items, resume=resume, where=where, order_by=order_by
        )
        return Pager(lambda request: self.search(**_SEARCH_PAGES.arguments(request)), plan)


class AsyncWipResource(_rs.AsyncAPIResource):
    """``async_aiwyn.wip``: the methods of ``WipResource``, awaited."""

    @_cached_property
    def with_raw_response(self) -> AsyncWipResourceWithRawResponse:
        return AsyncWipResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> AsyncWipResourceWithStreamingResponse:
        return AsyncWipResourceWithStreamingResponse(self)

    list = _rs.awaited(WipResource.list)

    def iter(
        self,
        *,
        client_id: int | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[WipList, Wip]:
        """``WipResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        plan = _LIST_PAGES.plan(page_size=page_size, max_items=max_items, start_page=start_page, resume=resume)
        return AsyncPager(
            lambda request: _response.deferred(self.list(client_id=client_id, **_LIST_PAGES.arguments(request))),
            plan,
            concurrency,
        )

    get = _rs.awaited(WipResource.get)

    search = _rs.awaited(WipResource.search)

    def iter_search(
        self,
        *,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[WipList, Wip]:
        """``WipResource.iter_search`` for ``async for``."""
        plan = _SEARCH_PAGES.plan(
            page_size=page_size, max_items=max_items, resume=resume, where=where, order_by=order_by
        )
        return AsyncPager(
            lambda request: _response.deferred(self.search(**_SEARCH_PAGES.arguments(request))), plan, concurrency
        )


class WipResourceWithRawResponse:
    """``aiwyn.wip.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: WipResource) -> None:
        self.list = _response.to_raw_response_wrapper(resource.list)
        self.get = _response.to_raw_response_wrapper(resource.get)
        self.search = _response.to_raw_response_wrapper(resource.search)


class WipResourceWithStreamingResponse:
    """``aiwyn.wip.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: WipResource) -> None:
        self.list = _response.to_streamed_response_wrapper(resource.list)
        self.get = _response.to_streamed_response_wrapper(resource.get)
        self.search = _response.to_streamed_response_wrapper(resource.search)


class AsyncWipResourceWithRawResponse:
    """``async_aiwyn.wip.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: AsyncWipResource) -> None:
        self.list = _response.async_to_raw_response_wrapper(resource.list)
        self.get = _response.async_to_raw_response_wrapper(resource.get)
        self.search = _response.async_to_raw_response_wrapper(resource.search)


class AsyncWipResourceWithStreamingResponse:
    """``async_aiwyn.wip.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: AsyncWipResource) -> None:
        self.list = _response.async_to_streamed_response_wrapper(resource.list)
        self.get = _response.async_to_streamed_response_wrapper(resource.get)
        self.search = _response.async_to_streamed_response_wrapper(resource.search)
