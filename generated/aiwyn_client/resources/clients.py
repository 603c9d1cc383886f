# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.clients``: get, list, search.

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
from ..api.client import filter_clients_dynamic as _filter_clients_dynamic
from ..api.client import get_client_by_id as _get_client_by_id
from ..api.client import get_clients as _get_clients
from ..models import Client, ClientDetail, ClientList
from ..pagination import AsyncPager, Pager, ResumeToken
from ..types import Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions
    from ..where import Expr, OrderItem

__all__ = ["ClientsResource", "AsyncClientsResource"]

_GET = _rs.Endpoint(_get_client_by_id, ClientDetail, "getClientById")
_LIST = _rs.Endpoint(_get_clients, ClientList, "getClients")
_LIST_PAGES = _rs.PageSpec(
    _Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("clients",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="clients.iter",
)
_SEARCH = _rs.Endpoint(_filter_clients_dynamic, ClientList, "filterClientsDynamic")
_SEARCH_PAGES = _rs.PageSpec(
    _Paging(size_min=1, size_max=1000, size_default=50, page_semantics=None, key="id"),
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

    @_cached_property
    def with_raw_response(self) -> ClientsResourceWithRawResponse:
        return ClientsResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> ClientsResourceWithStreamingResponse:
        return ClientsResourceWithStreamingResponse(self)

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> ClientDetail:
        """Get client by ID.

        One client with its profile, addresses, primary contact and engagements.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Unique identifier of the record; at least 1.

        ``GET /gql/v1/client/{id}`` (operationId ``getClientById``).
        """
        _rs.check_integer("id", id, 1, None, "getClientById")

        return self._call(_GET, request_options, id)

    def list(
        self, *, page_size: int | Unset = 50, page: int | Unset = 0, **request_options: Unpack[RequestOptions]
    ) -> ClientList:
        """List clients.

        One page of clients, sorted by name then newest first, with the total count.
        For large result sets the docs recommend the search operation.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.

        ``POST /gql/v1/clients`` (operationId ``getClients``).
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
    ) -> Pager[ClientList, Client]:
        """Every Client of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
        plan = _LIST_PAGES.plan(page_size=page_size, max_items=max_items, start_page=start_page, resume=resume)
        return Pager(lambda request: self.list(**_LIST_PAGES.arguments(request)), plan)

    def search(
        self,
        *,
        page_size: int | Unset = 50,
        page: int | Unset = 0,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> ClientList:
        """Search clients.

        Clients filtered by a Hasura-style `where` expression (including relationship filters
        on contacts and staff assignments) and sorted by `orderBy`.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.
            where: the filter: ``where.fields.ClientFields`` expressions or Hasura ``where`` JSON, checked before sending.
            order_by: sort keys (ClientFields.name.asc(), ...) or Hasura ``orderBy`` JSON.

        ``POST /gql/v1/clients/search`` (operationId ``filterClientsDynamic``).
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
    ) -> Pager[ClientList, Client]:
        """Every Client of ``search`` (``for``), or every page (``.pages()``): pages by keyset on ``id``, so records written meanwhile are neither repeated nor skipped. ``resume=`` takes a ``resume_token``."""
        plan = _SEARCH_PAGES.plan(
            page_size=page_size, max_items=max_items, resume=resume, where=where, order_by=order_by
        )
        return Pager(lambda request: self.search(**_SEARCH_PAGES.arguments(request)), plan)


class AsyncClientsResource(_rs.AsyncAPIResource):
    """``async_aiwyn.clients``: the methods of ``ClientsResource``, awaited."""

    @_cached_property
    def with_raw_response(self) -> AsyncClientsResourceWithRawResponse:
        return AsyncClientsResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> AsyncClientsResourceWithStreamingResponse:
        return AsyncClientsResourceWithStreamingResponse(self)

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
    ) -> AsyncPager[ClientList, Client]:
        """``ClientsResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        plan = _LIST_PAGES.plan(page_size=page_size, max_items=max_items, start_page=start_page, resume=resume)
        return AsyncPager(
            lambda request: _response.deferred(self.list(**_LIST_PAGES.arguments(request))), plan, concurrency
        )

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
    ) -> AsyncPager[ClientList, Client]:
        """``ClientsResource.iter_search`` for ``async for``."""
        plan = _SEARCH_PAGES.plan(
            page_size=page_size, max_items=max_items, resume=resume, where=where, order_by=order_by
        )
        return AsyncPager(
            lambda request: _response.deferred(self.search(**_SEARCH_PAGES.arguments(request))), plan, concurrency
        )


class ClientsResourceWithRawResponse:
    """``aiwyn.clients.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: ClientsResource) -> None:
        self.get = _response.to_raw_response_wrapper(resource.get)
        self.list = _response.to_raw_response_wrapper(resource.list)
        self.search = _response.to_raw_response_wrapper(resource.search)


class ClientsResourceWithStreamingResponse:
    """``aiwyn.clients.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: ClientsResource) -> None:
        self.get = _response.to_streamed_response_wrapper(resource.get)
        self.list = _response.to_streamed_response_wrapper(resource.list)
        self.search = _response.to_streamed_response_wrapper(resource.search)


class AsyncClientsResourceWithRawResponse:
    """``async_aiwyn.clients.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: AsyncClientsResource) -> None:
        self.get = _response.async_to_raw_response_wrapper(resource.get)
        self.list = _response.async_to_raw_response_wrapper(resource.list)
        self.search = _response.async_to_raw_response_wrapper(resource.search)


class AsyncClientsResourceWithStreamingResponse:
    """``async_aiwyn.clients.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: AsyncClientsResource) -> None:
        self.get = _response.async_to_streamed_response_wrapper(resource.get)
        self.list = _response.async_to_streamed_response_wrapper(resource.list)
        self.search = _response.async_to_streamed_response_wrapper(resource.search)
