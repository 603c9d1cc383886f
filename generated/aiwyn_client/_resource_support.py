# Copied from overlays/aiwyn_client/_resource_support.py: edit it there; `make generate` rewrites this file.
"""Small conversions the rendered resource methods share (see ``_resources.py``)."""

from __future__ import annotations

import functools
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from contextlib import asynccontextmanager, contextmanager
from datetime import timedelta
from enum import Enum
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, overload

import httpx

from ._api_response import APIResponse, AsyncStreamedResponse, StreamedResponse
from ._downloads import DownloadedFile, DownloadTarget, Progress, awrite_body, write_body
from ._exceptions import AiwynError, InvalidArgumentError
from ._options import RequestOptions
from .types import UNSET, Unset

if TYPE_CHECKING:  # the filter language is imported by the first filter, not with the package
    from .where import Expr, OrderItem

T = TypeVar("T")
M = TypeVar("M")
M_co = TypeVar("M_co", covariant=True)


class Resource:
    """What every resource namespace holds: the client its methods call the endpoints with.

    A method sends the keyword arguments its generated endpoint module builds (``_get_kwargs``,
    with the call's options applied) through the client's httpx client, and decodes the answer
    with that module's ``_build_response``, which raises the typed errors. The plain method
    returns the model, its ``with_raw_response`` twin the ``APIResponse`` around it, and its
    ``with_streaming_response`` twin the unread response in a ``with`` block.
    """

    def __init__(self, client: object) -> None:
        # Any: an operation with its own security is typed for AuthenticatedClient; Aiwyn
        # authenticates every request itself, whatever the endpoint's signature says.
        self._client: Any = client

    def _finish(self, endpoint: ModuleType, cls: Any, operation: str, response: httpx.Response) -> Any:
        parsed = endpoint._build_response(client=self._client, response=response).parsed
        return None if cls is None else expect(parsed, cls, operation)

    def _finisher(self, endpoint: ModuleType, cls: Any, operation: str) -> Callable[[httpx.Response], Any]:
        return functools.partial(self._finish, endpoint, cls, operation)

    @overload
    def _call(
        self, endpoint: ModuleType, cls: type[T], operation: str, options: RequestOptions, *args: Any, **kwargs: Any
    ) -> T: ...
    @overload
    def _call(
        self,
        endpoint: ModuleType,
        cls: None | tuple[type[Any], ...],
        operation: str,
        options: RequestOptions,
        *args: Any,
        **kwargs: Any,
    ) -> Any: ...
    def _call(
        self, endpoint: ModuleType, cls: Any, operation: str, options: RequestOptions, *args: Any, **kwargs: Any
    ) -> Any:
        response = self._client.get_httpx_client().request(**options.apply(endpoint._get_kwargs(*args, **kwargs)))
        return self._finish(endpoint, cls, operation, response)

    def _raw(
        self, endpoint: ModuleType, cls: Any, operation: str, options: RequestOptions, *args: Any, **kwargs: Any
    ) -> APIResponse[Any]:
        started = time.perf_counter()
        response = self._client.get_httpx_client().request(**options.apply(endpoint._get_kwargs(*args, **kwargs)))
        elapsed = timedelta(seconds=time.perf_counter() - started)
        return APIResponse(response, self._finish(endpoint, cls, operation, response), elapsed)

    @contextmanager
    def _stream(
        self, endpoint: ModuleType, cls: Any, operation: str, options: RequestOptions, *args: Any, **kwargs: Any
    ) -> Iterator[StreamedResponse[Any]]:
        finish = self._finisher(endpoint, cls, operation)
        with self._client.get_httpx_client().stream(**options.apply(endpoint._get_kwargs(*args, **kwargs))) as response:
            if not response.is_success:
                response.read()
                finish(response)  # raises the typed error
            yield StreamedResponse(response, finish)

    def _download(
        self,
        endpoint: ModuleType,
        operation: str,
        options: RequestOptions,
        to: DownloadTarget,
        progress: Progress | None,
        *args: Any,
        **kwargs: Any,
    ) -> DownloadedFile:
        """The body streamed into ``to`` (see ``_downloads``); an error status raises as usual."""
        with self._client.get_httpx_client().stream(**options.apply(endpoint._get_kwargs(*args, **kwargs))) as response:
            if not response.is_success:
                response.read()
                self._finish(endpoint, None, operation, response)
            return write_body(response, to, progress, operation)

    async def _adownload(
        self,
        endpoint: ModuleType,
        operation: str,
        options: RequestOptions,
        to: DownloadTarget,
        progress: Progress | None,
        *args: Any,
        **kwargs: Any,
    ) -> DownloadedFile:
        request = options.apply(endpoint._get_kwargs(*args, **kwargs))
        async with self._client.get_async_httpx_client().stream(**request) as response:
            if not response.is_success:
                await response.aread()
                self._finish(endpoint, None, operation, response)
            return await awrite_body(response, to, progress, operation)

    @overload
    async def _acall(
        self, endpoint: ModuleType, cls: type[T], operation: str, options: RequestOptions, *args: Any, **kwargs: Any
    ) -> T: ...
    @overload
    async def _acall(
        self,
        endpoint: ModuleType,
        cls: None | tuple[type[Any], ...],
        operation: str,
        options: RequestOptions,
        *args: Any,
        **kwargs: Any,
    ) -> Any: ...
    async def _acall(
        self, endpoint: ModuleType, cls: Any, operation: str, options: RequestOptions, *args: Any, **kwargs: Any
    ) -> Any:
        request = options.apply(endpoint._get_kwargs(*args, **kwargs))
        response = await self._client.get_async_httpx_client().request(**request)
        return self._finish(endpoint, cls, operation, response)

    async def _araw(
        self, endpoint: ModuleType, cls: Any, operation: str, options: RequestOptions, *args: Any, **kwargs: Any
    ) -> APIResponse[Any]:
        request = options.apply(endpoint._get_kwargs(*args, **kwargs))
        started = time.perf_counter()
        response = await self._client.get_async_httpx_client().request(**request)
        elapsed = timedelta(seconds=time.perf_counter() - started)
        return APIResponse(response, self._finish(endpoint, cls, operation, response), elapsed)

    @asynccontextmanager
    async def _astream(
        self, endpoint: ModuleType, cls: Any, operation: str, options: RequestOptions, *args: Any, **kwargs: Any
    ) -> AsyncIterator[AsyncStreamedResponse[Any]]:
        finish = self._finisher(endpoint, cls, operation)
        request = options.apply(endpoint._get_kwargs(*args, **kwargs))
        async with self._client.get_async_httpx_client().stream(**request) as response:
            if not response.is_success:
                await response.aread()
                finish(response)
            yield AsyncStreamedResponse(response, finish)


class _FromDict(Protocol[M_co]):
    def from_dict(self, src_dict: Mapping[str, Any], /) -> M_co: ...


@overload
def expect(result: object, cls: type[T], operation: str) -> T: ...
@overload
def expect(result: object, cls: tuple[type[Any], ...], operation: str) -> object: ...
def expect(result: object, cls: type[T] | tuple[type[Any], ...], operation: str) -> object:
    """The call's success model (or one of them, for a ``oneOf``); anything else means the client
    did not raise on errors."""
    if isinstance(result, cls):
        return result
    expected = " or ".join(c.__name__ for c in cls) if isinstance(cls, tuple) else cls.__name__
    raise AiwynError(
        f"{operation} returned {type(result).__name__}, not {expected}: resource methods need a client "
        "that raises errors (Aiwyn, AsyncAiwyn); for raw responses call the aiwyn_client.api functions"
    )


async def send_deferred(
    client: Any, endpoint: ModuleType, cls: type[T], operation: str, **arguments: Any
) -> Callable[[], T]:
    """Send one request of a generated endpoint now, and return what decodes its response later.

    ``AsyncPager`` fetches pages this way: when several pages arrive at once, their decoding
    would otherwise run in the fetch tasks ahead of the reader, so the next requests would go
    out only after every arrived page was decoded. Deferred, the reader sends them first.
    """
    response = await client.get_async_httpx_client().request(**endpoint._get_kwargs(**arguments))
    return lambda: expect(endpoint._build_response(client=client, response=response).parsed, cls, operation)


def as_enum(value: Any, enum: type[Enum], name: str, operation: str) -> Any:
    """An enum argument as its class: members pass, plain values (``"CREATE"``) are converted,
    in a sequence too; anything else is refused before sending, naming the values it takes."""
    if value is None or isinstance(value, (Unset, enum)):
        return value
    if isinstance(value, (list, tuple)):
        return [as_enum(item, enum, name, operation) for item in value]
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum)
        raise InvalidArgumentError(f"{operation}: {name} takes one of {allowed}, not {value!r}") from None


def as_model(value: Any, model: Any, name: str, operation: str) -> Any:
    """A model argument as its class: instances pass, mappings go through ``from_dict`` (in a
    sequence too), so ``records.upsert(records=[{...}])`` takes what ``upsert_all`` takes."""
    if value is None or isinstance(value, (Unset, model)):
        return value
    if isinstance(value, (list, tuple)):
        return [as_model(item, model, name, operation) for item in value]
    if not isinstance(value, Mapping):
        raise InvalidArgumentError(
            f"{operation}: {name} takes {model.__name__} or a mapping, not {type(value).__name__}"
        )
    try:
        return model.from_dict(value)
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidArgumentError(
            f"{operation}: {name} does not fit {model.__name__}: {type(exc).__name__}: {exc}"
        ) from exc


def check_integer(name: str, value: object, minimum: int | None, maximum: int | None, operation: str) -> None:
    """An integer argument within its documented range, checked before anything is sent."""
    if isinstance(value, Unset):
        return
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or (minimum is not None and value < minimum)
        or (maximum is not None and value > maximum)
    ):
        bounds = [
            f"at least {minimum}" if minimum is not None else "",
            f"at most {maximum}" if maximum is not None else "",
        ]
        limit = " and ".join(b for b in bounds if b)
        raise InvalidArgumentError(
            f"{operation}: {name} must be an integer{' ' + limit if limit else ''} (as documented), not {value!r}"
        )


def where_json(where: Expr | Mapping[str, Any] | None, fields: Any = None) -> dict[str, Any] | None:
    """The ``where`` JSON; anything not built with the typed fields is checked against ``fields``."""
    if where is None:
        return None
    from .where._expr import Expr, check_where

    if isinstance(where, Expr):
        return where.to_dict()
    to_dict = getattr(where, "to_dict", None)
    document: dict[str, Any] = to_dict() if callable(to_dict) else Expr.raw(where).to_dict()
    if fields is not None:
        check_where(document, fields)
    return document


def order_json(
    order_by: Sequence[OrderItem | Mapping[str, Any]] | None,
    fields: Any = None,
    directions: Sequence[str] | None = None,
) -> list[dict[str, Any]] | None:
    """The ``orderBy`` JSON; hand-written items are checked against ``fields`` and ``directions``."""
    if order_by is None:
        return None
    from .where._expr import OrderItem, check_order

    if isinstance(order_by, (OrderItem, Mapping)):
        order_by = [order_by]
    result, raw = [], []
    for item in order_by:
        if isinstance(item, OrderItem):
            result.append(item.to_dict())
            continue
        to_dict = getattr(item, "to_dict", None)
        document = to_dict() if callable(to_dict) else dict(item) if isinstance(item, Mapping) else item
        raw.append(document)
        result.append(document)
    if raw and (fields is not None or directions is not None):
        check_order(raw, fields, directions)
    return result


def where_model(where: Expr | Mapping[str, Any] | None, model: _FromDict[M], fields: Any = None) -> M | Unset:
    document = where_json(where, fields)
    return UNSET if document is None else model.from_dict(document)


def order_models(
    order_by: Sequence[OrderItem | Mapping[str, Any]] | None,
    model: _FromDict[M],
    fields: Any = None,
    directions: Sequence[str] | None = None,
) -> list[M] | Unset:
    documents = order_json(order_by, fields, directions)
    return UNSET if documents is None else [model.from_dict(d) for d in documents]


def dig(obj: Any, path: Sequence[str]) -> Any:
    """Follow attributes, treating ``UNSET`` and ``None`` as absent."""
    for name in path:
        obj = getattr(obj, name, None)
        if obj is None or isinstance(obj, Unset):
            return None
    return obj


def items_at(page: Any, path: Sequence[str]) -> list[Any] | None:
    """The page's records, or None when the page has no records array (a malformed page)."""
    found = dig(page, path)
    return found if isinstance(found, list) else None  # the pager copies what it keeps


def count_at(page: Any, path: Sequence[str] | None) -> int | None:
    found = dig(page, path) if path else None
    return found if isinstance(found, int) else None
