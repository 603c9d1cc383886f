# Copied from overlays/aiwyn_client/_generic.py: edit it there; `make generate` rewrites this file.
"""Endpoints the description lacks: ``aiwyn.request / get / post / put / patch / delete`` and
``aiwyn.paginate``, with the client's auth, origin guard, retries, typed errors and logging.

As openai-python offers for undocumented endpoints. A path is relative to the client's base URL
(a URL of another origin is refused by the origin guard, credentials included). Retries follow
the method (GET, PUT, DELETE and the like are safe to repeat) unless ``idempotent=`` says
otherwise. ``paginate`` runs the typed iterators' own machinery (``pagination.plan_for``) on any
endpoint that follows the API's list and search conventions, over raw records (dicts).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

import httpx

from . import _extensions
from ._exceptions import InvalidArgumentError
from ._json import dig
from ._options import NOT_GIVEN, CallOptions, NotGiven, Timeout, with_options
from ._page_shapes import TOTAL_KEYS
from ._paging import Paging
from ._responses import ENVELOPE_KEYS, generic_parse

if TYPE_CHECKING:  # the pagers load with the first paginate(), not with the package
    from .pagination import AsyncPager, Pager, PageRequest, Plan, ResumeToken
    from .where import Expr, OrderItem

T = TypeVar("T")
Record = dict[str, Any]
PagingKind = Literal["keyset", "page", "offset"]


def _request_arguments(
    method: str,
    path: str,
    json: Any,
    params: Mapping[str, Any] | None,
    headers: Mapping[str, str] | None,
    content: bytes | None,
    idempotent: bool | None,
    timeout: Timeout | NotGiven,
    max_retries: int | NotGiven,
) -> dict[str, Any]:
    if not isinstance(method, str) or not method.isalpha():
        raise InvalidArgumentError(f"method must be an HTTP method such as 'GET', not {method!r}")
    if not isinstance(path, str) or not path:
        raise InvalidArgumentError(f"path must be a path such as '/api/v1/departments', not {path!r}")
    if json is not None and content is not None:
        raise InvalidArgumentError("pass json= or content=, not both")
    arguments: dict[str, Any] = {"method": method.upper(), "url": path}
    if json is not None:
        arguments["json"] = json
    if content is not None:
        arguments["content"] = content
    if idempotent is not None:
        arguments["extensions"] = {_extensions.IDEMPOTENT: bool(idempotent)}
    return with_options(arguments, CallOptions.checked(headers, params, None, timeout, max_retries))


def _label(method: str, path: str) -> str:
    return f"{method.upper()} {path.split('?', 1)[0]}"


def records_of(page: Any, key: str | None = None) -> list[Record] | None:
    """A page's records: under ``key``, else the first array of the body (or of its ``data``)."""
    body = page.get("data") if isinstance(page, dict) and page.keys() >= ENVELOPE_KEYS else page
    if isinstance(body, list):
        return body
    if not isinstance(body, dict):
        return None
    if key is not None:
        found = dig(body, key.split("."))
        return found if isinstance(found, list) else None
    return next((v for v in body.values() if isinstance(v, list)), None)


def total_of(page: Any) -> int | None:
    """A page's total: ``total`` (a number, or Hasura's ``{aggregate: {count}}``), ``totalCount``,
    or a ``<name>_aggregate``, in the body or its ``data``."""
    body = page.get("data") if isinstance(page, dict) and page.keys() >= ENVELOPE_KEYS else page
    if not isinstance(body, dict):
        return None
    for name, value in body.items():
        if name in TOTAL_KEYS or name.endswith("_aggregate"):
            if isinstance(value, dict):
                value = dig(value, ("aggregate", "count"))
            if isinstance(value, int) and not isinstance(value, bool):
                return value
    return None


def _plan(
    path: str,
    how: PagingKind | Paging | None,
    where: Expr | Mapping[str, Any] | None,
    order_by: Sequence[OrderItem | Mapping[str, Any]] | None,
    page_size: int | None,
    max_items: int | None,
    resume: ResumeToken | None,
    key: str,
    records_key: str | None,
) -> Plan[Any, Record]:
    if isinstance(how, Paging):  # an operation's own description (the typed iterator's)
        paging = how
    else:
        if how is None:
            search = where is not None or order_by is not None or path.rstrip("/").endswith("search")
            how = "keyset" if search else "page"
        if how not in ("keyset", "page", "offset"):
            raise InvalidArgumentError(f"paging must be 'keyset', 'page' or 'offset', not {how!r}")
        # The limits every documented Aiwyn list and search shares: 1 to 1000 records a page, 50 by default.
        paging = Paging(1, 1000, 50, None if how == "keyset" else "index" if how == "page" else "offset", key)
    from ._resource_support import order_json, where_json
    from .pagination import plan_for

    return plan_for(
        paging,
        lambda page: records_of(page, records_key),
        total_of,
        lambda item: item,
        page_size=page_size,
        max_items=max_items,
        start_page=0,
        where=where_json(where, None),
        order_by=order_json(order_by, None, None),
        resume=resume,
        label=f"paginate({path!r})",
    )


def _page_body(request: PageRequest, body: Mapping[str, Any] | None, size_field: str, page_field: str) -> Record:
    document: Record = {**(body or {}), size_field: request.size}
    if request.page is not None:
        document[page_field] = request.page
    if request.where is not None:
        document["where"] = request.where
    if request.order_by:
        document["orderBy"] = request.order_by
    return document


class SyncGeneric:
    """Mixed into ``Aiwyn``."""

    def get_httpx_client(self) -> httpx.Client:
        raise NotImplementedError  # the client class this is mixed into supplies it (earlier in its MRO)

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        cast_to: type[T],
        idempotent: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T: ...
    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        cast_to: None = None,
        idempotent: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any: ...
    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        cast_to: Any = None,
        idempotent: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Call any endpoint of the API: the body as JSON (a dict, a list, or None for an empty
        body), or ``cast_to.from_dict(body)`` for a model class; errors raise as typed errors."""
        arguments = _request_arguments(method, path, json, params, headers, content, idempotent, timeout, max_retries)
        response = self.get_httpx_client().request(**arguments)
        return generic_parse(self, response, _label(method, path), cast_to)

    def get(self, path: str, **options: Any) -> Any:
        """``request("GET", path, ...)``."""
        return self.request("GET", path, **options)

    def post(self, path: str, **options: Any) -> Any:
        """``request("POST", path, ...)``: not retried after it was sent, unless ``idempotent=True``."""
        return self.request("POST", path, **options)

    def put(self, path: str, **options: Any) -> Any:
        return self.request("PUT", path, **options)

    def patch(self, path: str, **options: Any) -> Any:
        return self.request("PATCH", path, **options)

    def delete(self, path: str, **options: Any) -> Any:
        return self.request("DELETE", path, **options)

    def paginate(
        self,
        path: str,
        *,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        resume: ResumeToken | None = None,
        body: Mapping[str, Any] | None = None,
        paging: PagingKind | Paging | None = None,
        key: str = "id",
        records_key: str | None = None,
        size_field: str = "pageSize",
        page_field: str = "page",
    ) -> Pager[Any, Record]:
        """Every record of a list or search endpoint (POST, a page size in the body, an array and a
        total in the answer), exactly once, as dicts: the typed iterators' guarantees, resume
        tokens included. Searches (``where`` / ``order_by`` given, or a path ending in ``search``)
        page by keyset on ``key``; lists by page number (``paging="offset"`` for an offset, or an
        operation's own ``Paging``, as ``_catalog.CATALOG`` has it)."""
        plan = _plan(path, paging, where, order_by, page_size, max_items, resume, key, records_key)

        def fetch(request: PageRequest) -> Any:
            document = _page_body(request, body, size_field, page_field)
            return self.request("POST", path, json=document, idempotent=True)

        from .pagination import Pager

        return Pager(fetch, plan)


class AsyncGeneric:
    """Mixed into ``AsyncAiwyn``: ``SyncGeneric`` with ``await``."""

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        raise NotImplementedError  # the client class this is mixed into supplies it (earlier in its MRO)

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        cast_to: type[T],
        idempotent: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T: ...
    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        cast_to: None = None,
        idempotent: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any: ...
    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        cast_to: Any = None,
        idempotent: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        arguments = _request_arguments(method, path, json, params, headers, content, idempotent, timeout, max_retries)
        response = await self.get_async_httpx_client().request(**arguments)
        return generic_parse(self, response, _label(method, path), cast_to)

    async def get(self, path: str, **options: Any) -> Any:
        return await self.request("GET", path, **options)

    async def post(self, path: str, **options: Any) -> Any:
        return await self.request("POST", path, **options)

    async def put(self, path: str, **options: Any) -> Any:
        return await self.request("PUT", path, **options)

    async def patch(self, path: str, **options: Any) -> Any:
        return await self.request("PATCH", path, **options)

    async def delete(self, path: str, **options: Any) -> Any:
        return await self.request("DELETE", path, **options)

    def paginate(
        self,
        path: str,
        *,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        resume: ResumeToken | None = None,
        body: Mapping[str, Any] | None = None,
        paging: PagingKind | Paging | None = None,
        key: str = "id",
        records_key: str | None = None,
        size_field: str = "pageSize",
        page_field: str = "page",
        concurrency: int = 1,
    ) -> AsyncPager[Any, Record]:
        """``Aiwyn.paginate`` for ``async for``; up to ``concurrency`` pages are fetched ahead."""
        plan = _plan(path, paging, where, order_by, page_size, max_items, resume, key, records_key)

        async def fetch(request: PageRequest) -> Callable[[], Any]:
            document = _page_body(request, body, size_field, page_field)
            page = await self.request("POST", path, json=document, idempotent=True)
            return lambda: page

        from .pagination import AsyncPager

        return AsyncPager(fetch, plan, concurrency)
