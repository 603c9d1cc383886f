# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.engagements``: get, list, search.

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
from ..api.engagement import get_engagement_by_id as _get_engagement_by_id
from ..api.engagement import get_engagements as _get_engagements
from ..api.engagement import search_engagements_dynamic as _search_engagements_dynamic
from ..models import Engagement, EngagementDetail, EngagementList
from ..pagination import AsyncPager, Pager, ResumeToken
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions
    from ..where import Expr, OrderItem

__all__ = ["EngagementsResource", "AsyncEngagementsResource"]

_GET = _rs.Endpoint(_get_engagement_by_id, EngagementDetail, "getEngagementById")
_LIST = _rs.Endpoint(_get_engagements, EngagementList, "getEngagements")
_LIST_PAGES = _rs.PageSpec(
    _Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("engagements",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="engagements.iter",
)
_SEARCH = _rs.Endpoint(_search_engagements_dynamic, EngagementList, "searchEngagementsDynamic")
_SEARCH_PAGES = _rs.PageSpec(
    _Paging(size_min=1, size_max=1000, size_default=50, page_semantics=None, key="id"),
    items=("engagements",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="limit",
    where_arg="where",
    order_arg="order_by",
    fields="EngagementFields",
    directions=("asc", "desc"),
    label="engagements.iter_search",
)


class EngagementsResource(_rs.SyncAPIResource):
    """``aiwyn.engagements``: get, list, search."""

    @_cached_property
    def with_raw_response(self) -> EngagementsResourceWithRawResponse:
        return EngagementsResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> EngagementsResourceWithStreamingResponse:
        return EngagementsResourceWithStreamingResponse(self)

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> EngagementDetail:
        """Get engagement by ID.

        One engagement with its projects and team.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Unique identifier of the record; at least 1.

        ``GET /gql/v1/engagement/{id}`` (operationId ``getEngagementById``).
        """
        _rs.check_integer("id", id, 1, None, "getEngagementById")

        return self._call(_GET, request_options, id)

    def list(
        self, *, page_size: int | Unset = 50, page: int | Unset = 0, **request_options: Unpack[RequestOptions]
    ) -> EngagementList:
        """List engagements.

        One page of engagements with status, dates and partner and manager assignments.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.

        ``POST /gql/v1/engagements`` (operationId ``getEngagements``).
        """
        _rs.check_integer("page_size", page_size, 1, 1000, "getEngagements")
        _rs.check_integer("page", page, 0, None, "getEngagements")

        return self._call(_LIST, request_options, body=_models.ListRequest(**_rs.given(page_size=page_size, page=page)))

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
    ) -> Pager[EngagementList, Engagement]:
        """Every Engagement of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
        plan = _LIST_PAGES.plan(page_size=page_size, max_items=max_items, start_page=start_page, resume=resume)
        return Pager(lambda request: self.list(**_LIST_PAGES.arguments(request)), plan)

    def search(
        self,
        *,
        limit: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> EngagementList:
        """Search engagements.

        Engagements filtered by a `where` expression, with pagination and dynamic ordering.

        Args:
            limit: Maximum number of records to return; 1 to 1000.
            page_size: The page size as the page's own example sends it; 1 to 1000.
            where: the filter: ``where.fields.EngagementFields`` expressions or Hasura ``where`` JSON, checked before sending.
            order_by: sort keys (EngagementFields.name.asc(), ...) or Hasura ``orderBy`` JSON.

        ``POST /gql/v1/engagements/search`` (operationId ``searchEngagementsDynamic``).
        """
        _rs.check_integer("limit", limit, 1, 1000, "searchEngagementsDynamic")
        _rs.check_integer("page_size", page_size, 1, 1000, "searchEngagementsDynamic")

        return self._call(
            _SEARCH,
            request_options,
            body=_models.LimitSearchRequest(
                **_rs.given(
                    limit=limit,
                    page_size=page_size,
                    where=_rs.where_model(where, _models.Where, _rs.fields_class("EngagementFields")),
                    order_by=_rs.order_models(
                        order_by, _models.OrderByItem, _rs.fields_class("EngagementFields"), ("asc", "desc")
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
    ) -> Pager[EngagementList, Engagement]:
        """Every Engagement of ``search`` (``for``), or every page (``.pages()``): pages by keyset on ``id``, so records written meanwhile are neither repeated nor skipped. ``resume=`` takes a ``resume_token``."""
        plan = _SEARCH_PAGES.plan(
            page_size=page_size, max_items=max_items, resume=resume, where=where, order_by=order_by
        )
        return Pager(lambda request: self.search(**_SEARCH_PAGES.arguments(request)), plan)


class AsyncEngagementsResource(_rs.AsyncAPIResource):
    """``async_aiwyn.engagements``: the methods of ``EngagementsResource``, awaited."""

    @_cached_property
    def with_raw_response(self) -> AsyncEngagementsResourceWithRawResponse:
        return AsyncEngagementsResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> AsyncEngagementsResourceWithStreamingResponse:
        return AsyncEngagementsResourceWithStreamingResponse(self)

    get = _rs.awaited(EngagementsResource.get)

    list = _rs.awaited(EngagementsResource.list)

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[EngagementList, Engagement]:
        """``EngagementsResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        plan = _LIST_PAGES.plan(page_size=page_size, max_items=max_items, start_page=start_page, resume=resume)
        return AsyncPager(
            lambda request: _response.deferred(self.list(**_LIST_PAGES.arguments(request))), plan, concurrency
        )

    search = _rs.awaited(EngagementsResource.search)

    def iter_search(
        self,
        *,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[EngagementList, Engagement]:
        """``EngagementsResource.iter_search`` for ``async for``."""
        plan = _SEARCH_PAGES.plan(
            page_size=page_size, max_items=max_items, resume=resume, where=where, order_by=order_by
        )
        return AsyncPager(
            lambda request: _response.deferred(self.search(**_SEARCH_PAGES.arguments(request))), plan, concurrency
        )


class EngagementsResourceWithRawResponse:
    """``aiwyn.engagements.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: EngagementsResource) -> None:
        self.get = _response.to_raw_response_wrapper(resource.get)
        self.list = _response.to_raw_response_wrapper(resource.list)
        self.search = _response.to_raw_response_wrapper(resource.search)


class EngagementsResourceWithStreamingResponse:
    """``aiwyn.engagements.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: EngagementsResource) -> None:
        self.get = _response.to_streamed_response_wrapper(resource.get)
        self.list = _response.to_streamed_response_wrapper(resource.list)
        self.search = _response.to_streamed_response_wrapper(resource.search)


class AsyncEngagementsResourceWithRawResponse:
    """``async_aiwyn.engagements.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: AsyncEngagementsResource) -> None:
        self.get = _response.async_to_raw_response_wrapper(resource.get)
        self.list = _response.async_to_raw_response_wrapper(resource.list)
        self.search = _response.async_to_raw_response_wrapper(resource.search)


class AsyncEngagementsResourceWithStreamingResponse:
    """``async_aiwyn.engagements.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: AsyncEngagementsResource) -> None:
        self.get = _response.async_to_streamed_response_wrapper(resource.get)
        self.list = _response.async_to_streamed_response_wrapper(resource.list)
        self.search = _response.async_to_streamed_response_wrapper(resource.search)
