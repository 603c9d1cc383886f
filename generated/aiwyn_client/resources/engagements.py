# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.engagements`` (``EngagementsResource``, ``AsyncEngagementsResource``): get, list, search. Generated: do not edit."""

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

_GET = _rs.Endpoint("api.engagement.get_engagement_by_id", _models.EngagementDetail, "getEngagementById")
_LIST = _rs.Endpoint("api.engagement.get_engagements", _models.EngagementList, "getEngagements")
_LIST_PAGES = _rs.PageSpec(
    _rs.Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("engagements",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="engagements.iter",
)
_SEARCH = _rs.Endpoint("api.engagement.search_engagements_dynamic", _models.EngagementList, "searchEngagementsDynamic")
_SEARCH_PAGES = _rs.PageSpec(
    _rs.Paging(size_min=1, size_max=1000, size_default=50, page_semantics=None, key="id"),
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

    with_raw_response: EngagementsResourceResponses[_response.Sync, _response.Raw]
    with_streaming_response: EngagementsResourceResponses[_response.Sync, _response.Streamed]

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> _models.EngagementDetail:
        """Get engagement by ID. ``GET /gql/v1/engagement/{id}`` (operationId ``getEngagementById``).

        One engagement with its projects and team.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Unique identifier of the record; at least 1.
        """
        _rs.check_integer("id", id, 1, None, "getEngagementById")
        return self._call(_GET, request_options, id)

    def list(
        self, *, page_size: int | Unset = UNSET, page: int | Unset = UNSET, **request_options: Unpack[RequestOptions]
    ) -> _models.EngagementList:
        """List engagements. ``POST /gql/v1/engagements`` (operationId ``getEngagements``).

        One page of engagements with status, dates and partner and manager assignments.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.
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
    ) -> Pager[_models.EngagementList, _models.Engagement]:
        """Every Engagement of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
        return _LIST_PAGES.pager(self.list, {}, page_size, max_items, resume, start_page)

    def search(
        self,
        *,
        limit: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> _models.EngagementList:
        """Search engagements. ``POST /gql/v1/engagements/search`` (operationId ``searchEngagementsDynamic``).

        Engagements filtered by a `where` expression, with pagination and dynamic ordering.

        Args:
            limit: Maximum number of records to return; 1 to 1000.
            page_size: The page size as the page's own example sends it; 1 to 1000.
            where: the filter: ``where.fields.EngagementFields`` expressions or Hasura ``where`` JSON, checked before sending.
            order_by: sort keys (EngagementFields.name.asc(), ...) or Hasura ``orderBy`` JSON.
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
    ) -> Pager[_models.EngagementList, _models.Engagement]:
        """Every Engagement of ``search`` (``for``), or every page (``.pages()``): pages by keyset on ``id``, so records written meanwhile are neither repeated nor skipped. ``resume=`` takes a ``resume_token``."""
        return _SEARCH_PAGES.pager(self.search, {}, page_size, max_items, resume, where=where, order_by=order_by)


class AsyncEngagementsResource(_rs.AsyncAPIResource):
    """``async_aiwyn.engagements``: the methods of ``EngagementsResource``, awaited."""

    with_raw_response: EngagementsResourceResponses[_response.Async, _response.Raw]
    with_streaming_response: EngagementsResourceResponses[_response.Async, _response.Streamed]
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
    ) -> AsyncPager[_models.EngagementList, _models.Engagement]:
        """``EngagementsResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        return _LIST_PAGES.async_pager(self.list, {}, concurrency, page_size, max_items, resume, start_page)

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
    ) -> AsyncPager[_models.EngagementList, _models.Engagement]:
        """``EngagementsResource.iter_search`` for ``async for``."""
        return _SEARCH_PAGES.async_pager(
            self.search, {}, concurrency, page_size, max_items, resume, where=where, order_by=order_by
        )


class EngagementsResourceResponses(_response.Responses[_response.F, _response.M]):
    """``with_raw_response`` and ``with_streaming_response`` of ``aiwyn.engagements`` (and ``async_aiwyn.engagements``)."""

    get = _response.wrapped(EngagementsResource.get)
    list = _response.wrapped(EngagementsResource.list)
    search = _response.wrapped(EngagementsResource.search)
