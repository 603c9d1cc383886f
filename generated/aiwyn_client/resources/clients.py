# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.clients`` (``ClientsResource``, ``AsyncClientsResource``): get, list, search. Generated: do not edit."""

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

_GET = _rs.Endpoint("api.client.get_client_by_id", _models.ClientDetail, "getClientById")
_LIST = _rs.Endpoint("api.client.get_clients", _models.ClientList, "getClients")
_LIST_PAGES = _rs.PageSpec(
    _rs.Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("clients",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="clients.iter",
)
_SEARCH = _rs.Endpoint("api.client.filter_clients_dynamic", _models.ClientList, "filterClientsDynamic")
_SEARCH_PAGES = _rs.PageSpec(
    _rs.Paging(size_min=1, size_max=1000, size_default=50, page_semantics=None, key="id"),
    items=("clients",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    where_arg="where",
    order_arg="order_by",
    fields="ClientFields",
    directions=("asc", "desc"),
    label="clients.iter_search",
)


class ClientsResource(_rs.SyncAPIResource):
    """``aiwyn.clients``: get, list, search."""

    with_raw_response: ClientsResourceResponses[_response.Sync, _response.Raw]
    with_streaming_response: ClientsResourceResponses[_response.Sync, _response.Streamed]

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> _models.ClientDetail:
        """Get client by ID. ``GET /gql/v1/client/{id}`` (operationId ``getClientById``).

        One client with its profile, addresses, primary contact and engagements.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Unique identifier of the record; at least 1.
        """
        _rs.check_integer("id", id, 1, None, "getClientById")
        return self._call(_GET, request_options, id)

    def list(
        self, *, page_size: int | Unset = UNSET, page: int | Unset = UNSET, **request_options: Unpack[RequestOptions]
    ) -> _models.ClientList:
        """List clients. ``POST /gql/v1/clients`` (operationId ``getClients``).

        One page of clients, sorted by name then newest first, with the total count.
        For large result sets the docs recommend the search operation.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.
        """
        _rs.check_integer("page_size", page_size, 1, 1000, "getClients")
        _rs.check_integer("page", page, 0, None, "getClients")
        return self._call(_LIST, request_options, body=_models.ListRequest(**_rs.given(page_size=page_size, page=page)))

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
    ) -> Pager[_models.ClientList, _models.Client]:
        """Every Client of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
        return _LIST_PAGES.pager(self.list, {}, page_size, max_items, resume, start_page)

    def search(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> _models.ClientList:
        """Search clients. ``POST /gql/v1/clients/search`` (operationId ``filterClientsDynamic``).

        Clients filtered by a Hasura-style `where` expression (including relationship filters
        on contacts and staff assignments) and sorted by `orderBy`.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.
            where: the filter: ``where.fields.ClientFields`` expressions or Hasura ``where`` JSON, checked before sending.
            order_by: sort keys (ClientFields.name.asc(), ...) or Hasura ``orderBy`` JSON.
        """
        _rs.check_integer("page_size", page_size, 1, 1000, "filterClientsDynamic")
        _rs.check_integer("page", page, 0, None, "filterClientsDynamic")
        return self._call(
            _SEARCH,
            request_options,
            body=_models.PagedSearchRequest(
                **_rs.given(
                    page_size=page_size,
                    page=page,
                    where=_rs.where_model(where, _models.Where, _rs.fields_class("ClientFields")),
                    order_by=_rs.order_models(
                        order_by, _models.OrderByItem, _rs.fields_class("ClientFields"), ("asc", "desc")
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
    ) -> Pager[_models.ClientList, _models.Client]:
        """Every Client of ``search`` (``for``), or every page (``.pages()``): pages by keyset on ``id``, so records written meanwhile are neither repeated nor skipped. ``resume=`` takes a ``resume_token``."""
        return _SEARCH_PAGES.pager(self.search, {}, page_size, max_items, resume, where=where, order_by=order_by)


class AsyncClientsResource(_rs.AsyncAPIResource):
    """``async_aiwyn.clients``: the methods of ``ClientsResource``, awaited."""

    with_raw_response: ClientsResourceResponses[_response.Async, _response.Raw]
    with_streaming_response: ClientsResourceResponses[_response.Async, _response.Streamed]
    get = _rs.awaited(ClientsResource.get)
    list = _rs.awaited(ClientsResource.list)

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[_models.ClientList, _models.Client]:
        """``ClientsResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        return _LIST_PAGES.async_pager(self.list, {}, concurrency, page_size, max_items, resume, start_page)

    search = _rs.awaited(ClientsResource.search)

    def iter_search(
        self,
        *,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[_models.ClientList, _models.Client]:
        """``ClientsResource.iter_search`` for ``async for``."""
        return _SEARCH_PAGES.async_pager(
            self.search, {}, concurrency, page_size, max_items, resume, where=where, order_by=order_by
        )


class ClientsResourceResponses(_response.Responses[_response.F, _response.M]):
    """``with_raw_response`` and ``with_streaming_response`` of ``aiwyn.clients`` (and ``async_aiwyn.clients``)."""

    get = _response.wrapped(ClientsResource.get)
    list = _response.wrapped(ClientsResource.list)
    search = _response.wrapped(ClientsResource.search)
