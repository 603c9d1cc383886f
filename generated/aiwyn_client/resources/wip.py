# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.wip`` (``WipResource``, ``AsyncWipResource``): list, get, search. Generated: do not edit."""

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

_LIST = _rs.Endpoint("api.time.get_wip", _models.WipList, "getWip")
_LIST_PAGES = _rs.PageSpec(
    _rs.Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("wip",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="wip.iter",
)
_GET = _rs.Endpoint("api.time.get_wip_by_id", _models.WipDetail, "getWipById")
_SEARCH = _rs.Endpoint("api.time.filter_wips_dynamic", _models.WipList, "filterWipsDynamic")
_SEARCH_PAGES = _rs.PageSpec(
    _rs.Paging(size_min=1, size_max=1000, size_default=50, page_semantics=None, key="id"),
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

    with_raw_response: WipResourceResponses[_response.Sync, _response.Raw]
    with_streaming_response: WipResourceResponses[_response.Sync, _response.Streamed]

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        **request_options: Unpack[RequestOptions],
    ) -> _models.WipList:
        """List WIP entries. ``POST /gql/v1/wip`` (operationId ``getWip``).

        One page of work-in-progress entries (time, expense, fixed fee) with financial
        aggregations, optionally filtered by client.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.
            client_id: Filter by client ID.
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
    ) -> Pager[_models.WipList, _models.Wip]:
        """Every Wip of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
        return _LIST_PAGES.pager(self.list, {"client_id": client_id}, page_size, max_items, resume, start_page)

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> _models.WipDetail:
        """Get WIP time entry by ID. ``GET /gql/v1/wip/{id}`` (operationId ``getWipById``).

        One WIP time entry with hours, rates and approval history.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Unique identifier of the record; at least 1.
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
    ) -> _models.WipList:
        """Search WIP entries. ``POST /gql/v1/wips/search`` (operationId ``filterWipsDynamic``).

        WIP entries filtered by WIP type, date range, client and job, with dynamic ordering.

        Args:
            page_size: Maximum number of records to return; 1 to 1000.
            where: the filter: ``where.fields.WipFields`` expressions or Hasura ``where`` JSON, checked before sending.
            order_by: sort keys (WipFields.name.asc(), ...) or Hasura ``orderBy`` JSON.
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
    ) -> Pager[_models.WipList, _models.Wip]:
        """Every Wip of ``search`` (``for``), or every page (``.pages()``): pages by keyset on ``id``, so records written meanwhile are neither repeated nor skipped. ``resume=`` takes a ``resume_token``."""
        return _SEARCH_PAGES.pager(self.search, {}, page_size, max_items, resume, where=where, order_by=order_by)


class AsyncWipResource(_rs.AsyncAPIResource):
    """``async_aiwyn.wip``: the methods of ``WipResource``, awaited."""

    with_raw_response: WipResourceResponses[_response.Async, _response.Raw]
    with_streaming_response: WipResourceResponses[_response.Async, _response.Streamed]
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
    ) -> AsyncPager[_models.WipList, _models.Wip]:
        """``WipResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        return _LIST_PAGES.async_pager(
            self.list, {"client_id": client_id}, concurrency, page_size, max_items, resume, start_page
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
    ) -> AsyncPager[_models.WipList, _models.Wip]:
        """``WipResource.iter_search`` for ``async for``."""
        return _SEARCH_PAGES.async_pager(
            self.search, {}, concurrency, page_size, max_items, resume, where=where, order_by=order_by
        )


class WipResourceResponses(_response.Responses[_response.F, _response.M]):
    """``with_raw_response`` and ``with_streaming_response`` of ``aiwyn.wip`` (and ``async_aiwyn.wip``)."""

    list = _response.wrapped(WipResource.list)
    get = _response.wrapped(WipResource.get)
    search = _response.wrapped(WipResource.search)
