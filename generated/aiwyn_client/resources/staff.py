# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.staff``: list, search, get.

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
from ..api.staff import filter_staff_dynamic as _filter_staff_dynamic
from ..api.staff import get_staff_by_id as _get_staff_by_id
from ..api.staff import get_staff_paginated as _get_staff_paginated
from ..models import Staff, StaffList
from ..pagination import AsyncPager, Pager, ResumeToken
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions
    from ..where import Expr, OrderItem

__all__ = ["StaffResource", "AsyncStaffResource"]

_LIST = _rs.Endpoint(_get_staff_paginated, StaffList, "getStaffPaginated")
_LIST_PAGES = _rs.PageSpec(
    _Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("staff",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="staff.iter",
)
_SEARCH = _rs.Endpoint(_filter_staff_dynamic, StaffList, "filterStaffDynamic")
_SEARCH_PAGES = _rs.PageSpec(
    _Paging(size_min=1, size_max=1000, size_default=50, page_semantics=None, key="id"),
    items=("staff",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="limit",
    where_arg="where",
    order_arg="order_by",
    fields="StaffFields",
    directions=("asc", "desc"),
    label="staff.iter_search",
)
_GET = _rs.Endpoint(_get_staff_by_id, Staff, "getStaffById")


class StaffResource(_rs.SyncAPIResource):
    """``aiwyn.staff``: list, search, get."""

    @_cached_property
    def with_raw_response(self) -> StaffResourceWithRawResponse:
        return StaffResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> StaffResourceWithStreamingResponse:
        return StaffResourceWithStreamingResponse(self)

    def list(
        self, *, page_size: int | Unset = 50, page: int | Unset = 0, **request_options: Unpack[RequestOptions]
    ) -> StaffList:
        """List staff.

        One page of the staff directory with department, role and active status.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.

        ``POST /gql/v1/staff`` (operationId ``getStaffPaginated``).
        """
        _rs.check_integer("page_size", page_size, 1, 1000, "getStaffPaginated")
        _rs.check_integer("page", page, 0, None, "getStaffPaginated")

        return self._call(_LIST, request_options, body=_models.ListRequest(**_rs.given(page_size=page_size, page=page)))

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
    ) -> Pager[StaffList, Staff]:
        """Every Staff of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
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
    ) -> StaffList:
        """Search staff.

        Staff filtered by a `where` expression (including office or manager relations) and sorted by `orderBy`.

        Args:
            limit: Maximum number of records to return; 1 to 1000.
            page_size: The page size as the page's own example sends it; 1 to 1000.
            where: the filter: ``where.fields.StaffFields`` expressions or Hasura ``where`` JSON, checked before sending.
            order_by: sort keys (StaffFields.name.asc(), ...) or Hasura ``orderBy`` JSON.

        ``POST /gql/v1/staff/search`` (operationId ``filterStaffDynamic``).
        """
        _rs.check_integer("limit", limit, 1, 1000, "filterStaffDynamic")
        _rs.check_integer("page_size", page_size, 1, 1000, "filterStaffDynamic")

        return self._call(
            _SEARCH,
            request_options,
            body=_models.LimitSearchRequest(
                **_rs.given(
                    limit=limit,
                    page_size=page_size,
                    where=_rs.where_model(where, _models.Where, _rs.fields_class("StaffFields")),
                    order_by=_rs.order_models(
                        order_by, _models.OrderByItem, _rs.fields_class("StaffFields"), ("asc", "desc")
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
    ) -> Pager[StaffList, Staff]:
        """Every Staff of ``search`` (``for``), or every page (``.pages()``): pages by keyset on ``id``, so records written meanwhile are neither repeated nor skipped. ``resume=`` takes a ``resume_token``."""
        plan = _SEARCH_PAGES.plan(
            page_size=page_size, max_items=max_items, resume=resume, where=where, order_by=order_by
        )
        return Pager(lambda request: self.search(**_SEARCH_PAGES.arguments(request)), plan)

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> Staff:
        """Get staff by ID.

        One staff member.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Unique identifier of the record; at least 1.

        ``GET /gql/v1/staff/{id}`` (operationId ``getStaffById``).
        """
        _rs.check_integer("id", id, 1, None, "getStaffById")

        return self._call(_GET, request_options, id)


class AsyncStaffResource(_rs.AsyncAPIResource):
    """``async_aiwyn.staff``: the methods of ``StaffResource``, awaited."""

    @_cached_property
    def with_raw_response(self) -> AsyncStaffResourceWithRawResponse:
        return AsyncStaffResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> AsyncStaffResourceWithStreamingResponse:
        return AsyncStaffResourceWithStreamingResponse(self)

    list = _rs.awaited(StaffResource.list)

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[StaffList, Staff]:
        """``StaffResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        plan = _LIST_PAGES.plan(page_size=page_size, max_items=max_items, start_page=start_page, resume=resume)
        return AsyncPager(
            lambda request: _response.deferred(self.list(**_LIST_PAGES.arguments(request))), plan, concurrency
        )

    search = _rs.awaited(StaffResource.search)

    def iter_search(
        self,
        *,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[StaffList, Staff]:
        """``StaffResource.iter_search`` for ``async for``."""
        plan = _SEARCH_PAGES.plan(
            page_size=page_size, max_items=max_items, resume=resume, where=where, order_by=order_by
        )
        return AsyncPager(
            lambda request: _response.deferred(self.search(**_SEARCH_PAGES.arguments(request))), plan, concurrency
        )

    get = _rs.awaited(StaffResource.get)


class StaffResourceWithRawResponse:
    """``aiwyn.staff.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: StaffResource) -> None:
        self.list = _response.to_raw_response_wrapper(resource.list)
        self.search = _response.to_raw_response_wrapper(resource.search)
        self.get = _response.to_raw_response_wrapper(resource.get)


class StaffResourceWithStreamingResponse:
    """``aiwyn.staff.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: StaffResource) -> None:
        self.list = _response.to_streamed_response_wrapper(resource.list)
        self.search = _response.to_streamed_response_wrapper(resource.search)
        self.get = _response.to_streamed_response_wrapper(resource.get)


class AsyncStaffResourceWithRawResponse:
    """``async_aiwyn.staff.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: AsyncStaffResource) -> None:
        self.list = _response.async_to_raw_response_wrapper(resource.list)
        self.search = _response.async_to_raw_response_wrapper(resource.search)
        self.get = _response.async_to_raw_response_wrapper(resource.get)


class AsyncStaffResourceWithStreamingResponse:
    """``async_aiwyn.staff.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: AsyncStaffResource) -> None:
        self.list = _response.async_to_streamed_response_wrapper(resource.list)
        self.search = _response.async_to_streamed_response_wrapper(resource.search)
        self.get = _response.async_to_streamed_response_wrapper(resource.get)
