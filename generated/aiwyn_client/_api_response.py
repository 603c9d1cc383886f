# Copied from overlays/aiwyn_client/_api_response.py: edit it there; `make generate` rewrites this file.
"""What ``aiwyn.with_raw_response`` and ``aiwyn.with_streaming_response`` methods return, and the
wrappers that make them from the plain methods.

As in openai-python: a raw response is the HTTP response of a call that succeeded (errors are
still raised as typed errors), with ``parse()`` giving the model the plain method returns; a
streamed response is the same before its body is read, inside a ``with`` block that closes it.

The raw and streamed methods are not rendered copies: ``to_raw_response_wrapper(resource.get)``
calls the plain method with a *call mode* set in a context variable, and the resource's one
sending function (``_resource_support``) answers in that mode. A context variable keeps the
mode to this thread or task, and is reset when the call returns. A resource module declares
each method once more, in one ``Responses`` class (``get = wrapped(ClientsResource.get)``), which
serves as ``with_raw_response`` and ``with_streaming_response`` of the sync and the async resource
alike: its type parameters say which, and the descriptor types each method for that use.

Reading a streamed body raises ``APIConnectionError`` / ``APITimeoutError`` when it fails (the
retry transport types the transport's failures; a compressed body that does not decode is
typed here, where httpx decodes it).
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import (
    AbstractAsyncContextManager,
    AbstractContextManager,
    AsyncExitStack,
    ExitStack,
    asynccontextmanager,
    contextmanager,
)
from contextvars import ContextVar
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

import httpx

from ._exceptions import APIConnectionError, request_id_of, safe_url
from ._extensions import ATTEMPTS

T = TypeVar("T")
P = ParamSpec("P")


class RawMode:
    """Answer with an ``APIResponse`` around the parsed model."""


class StreamMode:
    """Answer with the unread response, kept open by ``stack`` until the ``with`` block ends."""

    def __init__(self, stack: ExitStack | AsyncExitStack) -> None:
        self.stack = stack


class PageMode:
    """For a pager: send to ``url`` instead of the endpoint's own URL when set (a next-page link),
    keep the response's headers (a ``Link`` header) for the pager to read, and, ``deferred``,
    answer with what decodes the response later (the async pager reads pages in order)."""

    def __init__(self, url: str | None = None, written: Callable[[], object] | None = None) -> None:
        self.url = url
        self.headers: httpx.Headers | None = None
        self.deferred = False
        self.written = written
        """Called when the request has been written to its connection, or has to wait for a new
        connection first, as httpcore's ``trace`` extension tells (``trace``): the async pager
        waits for the requests it has just started to go out before it decodes a page, which
        holds the event loop, but not for a connection's round trip."""
        self.traced = False
        """Whether the transport told of the request being written (httpcore does; a mock does not)."""

    async def trace(self, event: str, info: object) -> None:
        """httpcore's ``trace`` extension for this page's request (every attempt of it)."""
        if event.endswith(".send_request_body.complete"):  # http11 and http2 alike
            self.traced = True
        elif not event.startswith("connection.connect_"):
            return
        if self.written is not None:
            self.written()


RAW = RawMode()
CALL_MODE: ContextVar[RawMode | StreamMode | PageMode | None] = ContextVar("aiwyn_call_mode", default=None)


def to_raw_response_wrapper(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """``method`` answering with its HTTP response (``.parse()`` gives what ``method`` returns)."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = CALL_MODE.set(RAW)
        try:
            return cast("APIResponse[T]", method(*args, **kwargs))
        finally:
            CALL_MODE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = CALL_MODE.set(RAW)
        try:
            return cast("APIResponse[T]", await method(*args, **kwargs))
        finally:
            CALL_MODE.reset(token)

    return wrapped


def to_streamed_response_wrapper(method: Callable[P, T]) -> Callable[P, AbstractContextManager[StreamedResponse[T]]]:
    """``method`` answering with a context manager over its unread response."""

    @contextmanager
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> Iterator[StreamedResponse[T]]:
        with ExitStack() as stack:
            token = CALL_MODE.set(StreamMode(stack))
            try:
                response = cast("StreamedResponse[T]", method(*args, **kwargs))
            finally:
                CALL_MODE.reset(token)
            yield response

    return functools.wraps(method)(wrapped)


def async_to_streamed_response_wrapper(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, AbstractAsyncContextManager[AsyncStreamedResponse[T]]]:
    @asynccontextmanager
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[AsyncStreamedResponse[T]]:
        async with AsyncExitStack() as stack:
            token = CALL_MODE.set(StreamMode(stack))
            try:
                response = cast("AsyncStreamedResponse[T]", await method(*args, **kwargs))
            finally:
                CALL_MODE.reset(token)
            yield response

    return functools.wraps(method)(wrapped)


class Sync:
    """``Responses[Sync, ...]``: the view of an ``Aiwyn`` resource."""


class Async:
    """``Responses[Async, ...]``: the view of an ``AsyncAiwyn`` resource (its methods are awaited)."""


class Raw:
    """``Responses[..., Raw]``: ``with_raw_response``, each method answering with an ``APIResponse``."""


class Streamed:
    """``Responses[..., Streamed]``: ``with_streaming_response``, each method a context manager."""


F = TypeVar("F", Sync, Async)
M = TypeVar("M", Raw, Streamed)
R = TypeVar("R")


class Responses(Generic[F, M]):
    """One resource's methods answering with their responses: ``with_raw_response`` or
    ``with_streaming_response`` (``M``) of a sync or async resource (``F``). A resource module
    subclasses it once, with one ``wrapped`` attribute per plain method."""

    def __init__(self, resource: Any, mode: type[M]) -> None:
        self._resource: Any = resource
        self._mode: type[M] = mode


class wrapped(Generic[P, R]):  # noqa: N801 - a descriptor used like a decorator, as functools.cached_property is
    """A plain resource method in a ``Responses`` view: the resource's own method (sync or async)
    wrapped in the view's mode on first use, typed from the sync method's signature."""

    def __init__(self, method: Callable[Concatenate[Any, P], R]) -> None:
        self._name = method.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> wrapped[P, R]: ...
    @overload
    def __get__(self, instance: Responses[Sync, Raw], owner: type | None = None) -> Callable[P, APIResponse[R]]: ...
    @overload
    def __get__(
        self, instance: Responses[Sync, Streamed], owner: type | None = None
    ) -> Callable[P, AbstractContextManager[StreamedResponse[R]]]: ...
    @overload
    def __get__(
        self, instance: Responses[Async, Raw], owner: type | None = None
    ) -> Callable[P, Awaitable[APIResponse[R]]]: ...
    @overload
    def __get__(
        self, instance: Responses[Async, Streamed], owner: type | None = None
    ) -> Callable[P, AbstractAsyncContextManager[AsyncStreamedResponse[R]]]: ...
    def __get__(self, instance: Responses[Any, Any] | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        method = getattr(instance._resource, self._name)
        if getattr(instance._resource, "_is_async", False):
            wrap: Any = async_to_raw_response_wrapper if instance._mode is Raw else async_to_streamed_response_wrapper
        else:
            wrap = to_raw_response_wrapper if instance._mode is Raw else to_streamed_response_wrapper
        instance.__dict__[self._name] = method = wrap(method)  # made once per view
        return method


async def deferred(call: Awaitable[T]) -> Callable[[], T]:
    """Await ``call`` (a resource method's coroutine) in deferred mode: the request is sent, and
    the returned function decodes its response when the pager reads the page."""
    mode = CALL_MODE.get()
    if isinstance(mode, PageMode):  # set by the pager for this page's request
        mode.deferred = True
        return cast("Callable[[], T]", await call)
    mode = PageMode()
    mode.deferred = True
    token = CALL_MODE.set(mode)
    try:
        return cast("Callable[[], T]", await call)
    finally:
        CALL_MODE.reset(token)


C = TypeVar("C")


def _undecodable(response: httpx.Response, exc: httpx.DecodingError) -> APIConnectionError:
    request = response.request
    return APIConnectionError(
        f"DecodingError while reading the body of {request.method} {safe_url(request.url)}: {exc}",
        method=request.method,
        url=safe_url(request.url),
        attempts=int(response.extensions.get(ATTEMPTS, 1)),
    )


def _typed(response: httpx.Response, chunks: Iterator[C]) -> Iterator[C]:
    try:
        yield from chunks
    except httpx.DecodingError as exc:
        raise _undecodable(response, exc) from exc


async def _atyped(response: httpx.Response, chunks: AsyncIterator[C]) -> AsyncIterator[C]:
    try:
        async for chunk in chunks:
            yield chunk
    except httpx.DecodingError as exc:
        raise _undecodable(response, exc) from exc


class _ResponseView:
    """The parts of the HTTP response every kind of response shows."""

    def __init__(self, http_response: httpx.Response, elapsed: datetime.timedelta | None = None) -> None:
        self.http_response = http_response
        self._elapsed = elapsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.http_response)

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_response.request.method

    @property
    def elapsed(self) -> datetime.timedelta:
        """From sending the request to reading the response (httpx's own figure when it has one)."""
        try:
            return self.http_response.elapsed
        except RuntimeError:  # a body that arrived already read (a mock transport): our own timing
            return self._elapsed or datetime.timedelta(0)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] {self.method} {self.url.path}>"


class APIResponse(_ResponseView, Generic[T]):
    """A call's HTTP response, read; ``parse()`` gives what the plain method would have returned."""

    def __init__(self, http_response: httpx.Response, parsed: T, elapsed: datetime.timedelta | None = None) -> None:
        super().__init__(http_response, elapsed)
        self._parsed = parsed

    def parse(self) -> T:
        return self._parsed

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()


class StreamedResponse(_ResponseView, Generic[T]):
    """A successful call's response before its body is read (the ``with`` block closes it)."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        super().__init__(http_response)
        self._parse = parse

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return _typed(self.http_response, self.http_response.iter_bytes(chunk_size))

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        return _typed(self.http_response, self.http_response.iter_text(chunk_size))

    def iter_lines(self) -> Iterator[str]:
        return _typed(self.http_response, self.http_response.iter_lines())

    def read(self) -> bytes:
        try:
            return self.http_response.read()
        except httpx.DecodingError as exc:
            raise _undecodable(self.http_response, exc) from exc

    def parse(self) -> T:
        """Reads the rest of the body and decodes it as the plain method would."""
        self.read()
        return self._parse(self.http_response)


class AsyncStreamedResponse(_ResponseView, Generic[T]):
    """``StreamedResponse`` for ``AsyncAiwyn`` (``async with``, ``async for``)."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        super().__init__(http_response)
        self._parse = parse

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return _atyped(self.http_response, self.http_response.aiter_bytes(chunk_size))

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return _atyped(self.http_response, self.http_response.aiter_text(chunk_size))

    def iter_lines(self) -> AsyncIterator[str]:
        return _atyped(self.http_response, self.http_response.aiter_lines())

    async def read(self) -> bytes:
        try:
            return await self.http_response.aread()
        except httpx.DecodingError as exc:
            raise _undecodable(self.http_response, exc) from exc

    async def parse(self) -> T:
        await self.read()
        return self._parse(self.http_response)
