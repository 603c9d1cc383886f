# Copied from overlays/aiwyn_client/_retry.py: edit it there; `make generate` rewrites this file.
"""Retries as an httpx transport that wraps another transport.

Whether a request may be sent again is a fact about its operation, which travels with the request
(``_extensions.OPERATION_INFO``, put there by the client's httpx client from the spec-rendered
table it is given): GET, PUT and DELETE, the POSTs that only read (lists and searches, by their shape), and those the
description or the generator config marks idempotent (the records upsert). Any other request is
retried only when the connection failed before it was sent. The budget is the request's
(``_extensions.MAX_RETRIES``: the client's ``max_retries`` or the call's), else the policy's.
Delays are exponential with full jitter and a cap; the server's advice (``Retry-After``, seconds or
an HTTP date, and on a 429 the rate limit's reset: ``server_advice``) is honoured up to a maximum.
Each attempt is logged; the final response carries the attempt count, and a final transport failure
is raised as ``APIConnectionError`` / ``APITimeoutError`` with it.

The body is part of the attempt. httpx reads a body after its transport returns, outside any
retry loop; here every body the caller does not stream is read (and decoded, when compressed)
within the attempt, so a body cut short, stalled past the read timeout or corrupt is retried on
the same terms as a dropped connection, and the response handed back already holds its bytes.
A streamed body (``send(stream=True)``: downloads, ``with_streaming_response``), once its status
says success, is handed back unread, its stream raising the same typed errors if it fails.
"""

from __future__ import annotations

import email.utils
import inspect
import logging
import math
import random
import re
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import _extensions
from ._exceptions import APIConnectionError, APITimeoutError, request_id_of, safe_url
from ._options import retries_problem

if TYPE_CHECKING:
    from typing_extensions import Self

logger = logging.getLogger("aiwyn_client")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Failures that happen before any byte of the request left: safe to retry for every request.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures of an attempt: no answer, or an answer whose body could not be read (or decoded).
AttemptError = httpx.TransportError | httpx.DecodingError
ATTEMPT_ERRORS = (httpx.TransportError, httpx.DecodingError)


def connection_error(
    exc: AttemptError, request: httpx.Request, attempts: int, *, body: bool = False
) -> APIConnectionError:
    """The typed error for a transport failure (``APITimeoutError`` for a timeout)."""
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    where = f"{'while reading the body of ' if body else 'on '}{request.method} {safe_url(request.url)}"
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    return cls(
        f"{type(exc).__name__} {where}{tries}: {exc}",
        method=request.method,
        url=safe_url(request.url),
        attempts=attempts,
        operation=str(request.extensions.get(_extensions.OPERATION, "")) or None,
    )


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    retry_statuses: frozenset[int] = field(default=frozenset({408, 429, 500, 502, 503, 504}))

    def __post_init__(self) -> None:
        problem = retries_problem(self.max_retries)
        if problem is not None:
            raise ValueError(problem)

    def backoff(self, retry: int, rand: Callable[[], float]) -> float:
        """Full jitter: uniform in [0, min(cap, initial * 2**(retry-1))]."""
        return float(rand() * min(self.max_delay, self.initial_delay * 2 ** (retry - 1)))

    def retry_after(self, response: httpx.Response, now: float) -> float | None:
        """The server's advice on when to ask again, in seconds from ``now`` (a Unix time), at most
        ``max_retry_after``; None when it gives none (the backoff then decides)."""
        seconds = server_advice(response, now)
        return None if seconds is None else min(max(seconds, 0.0), self.max_retry_after)


RESET_HEADERS = ("ratelimit-reset", "x-ratelimit-reset", "x-rate-limit-reset")
_RATELIMIT_RESET = re.compile(r"(?:^|[;,\s])(?:reset|t)=(\d+(?:\.\d+)?)")
_UNIX_TIME = 1e9
"""A reset value this large is a Unix time (2001 on), not seconds from now; 1000 times it, in ms."""


def server_advice(response: httpx.Response, now: float) -> float | None:
    """Seconds to wait from ``now``, as the answer advises: ``Retry-After`` (seconds or an HTTP
    date) or ``retry-after-ms`` on any answer; on a 429 that gives neither, when the rate limit's
    window resets, as servers say it without ``Retry-After`` (``RateLimit-Reset``,
    ``X-RateLimit-Reset``, ``X-Rate-Limit-Reset``: seconds from now, or a Unix time in seconds or
    milliseconds; the IETF draft's ``RateLimit: limit=100, remaining=0, reset=30`` or
    ``"default";r=0;t=30``). Only a 429 reads them: other answers carry them too, for a window the
    failure has nothing to do with."""
    headers = response.headers
    millis = _number(headers.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000
    value = headers.get("retry-after")
    if value is not None:
        seconds = _number(value)
        if seconds is not None:
            return seconds
        try:
            return email.utils.parsedate_to_datetime(value).timestamp() - now
        except (TypeError, ValueError):
            pass  # neither seconds nor an HTTP date: what else the answer says, or the backoff
    if response.status_code != 429:
        return None
    resets = [_number(headers.get(name)) for name in RESET_HEADERS]
    found = re.search(_RATELIMIT_RESET, headers.get("ratelimit", ""))
    resets.append(float(found.group(1)) if found else None)
    reset = next((value for value in resets if value is not None), None)
    if reset is None or reset < _UNIX_TIME:
        return reset
    return (reset / 1000 if reset >= _UNIX_TIME * 1000 else reset) - now


def _number(value: str | None) -> float | None:
    try:
        number = float(value) if value is not None else None
    except ValueError:
        return None
    return number if number is not None and math.isfinite(number) else None


def is_idempotent(request: httpx.Request) -> bool:
    flag = request.extensions.get(_extensions.IDEMPOTENT)
    if flag is not None:  # said by the caller: the token exchange, aiwyn.request(idempotent=...)
        return bool(flag)
    info = request.extensions.get(_extensions.OPERATION_INFO)
    idempotent = getattr(info, "idempotent", None)
    if idempotent is None:
        return request.method in IDEMPOTENT_METHODS
    key = getattr(info, "idempotency_header", None)  # every attempt carries the same key: one effect
    return bool(idempotent) or (key is not None and key in request.headers)


class _Attempts:
    """The decisions shared by the sync and async transports; the loops around them are thin.

    Made for every request, so it does only what a first attempt that succeeds needs: whether
    the request may be sent again, and how often, is looked up when an attempt fails."""

    __slots__ = ("policy", "rand", "clock", "request", "number", "started", "_idempotent")

    def __init__(
        self, policy: RetryPolicy, rand: Callable[[], float], clock: Callable[[], float], request: httpx.Request
    ) -> None:
        self.policy, self.rand, self.clock, self.request = policy, rand, clock, request
        self.number = 0
        self.started = 0.0
        self._idempotent: bool | None = None

    @property
    def idempotent(self) -> bool:
        if self._idempotent is None:
            self._idempotent = is_idempotent(self.request)
        return self._idempotent

    @property
    def max_retries(self) -> int:
        budget = self.request.extensions.get(_extensions.MAX_RETRIES)
        return budget if isinstance(budget, int) else self.policy.max_retries

    def begin(self) -> None:
        self.number += 1
        self.started = time.perf_counter()

    def _log(self, outcome: str, level: int = logging.INFO) -> None:
        if logger.isEnabledFor(level):
            elapsed_ms = (time.perf_counter() - self.started) * 1000
            operation = self.request.extensions.get(_extensions.OPERATION, "-")
            logger.log(
                level,
                "%s %s -> %s in %.0f ms (attempt %d, %s)",
                self.request.method,
                self.request.url.path,
                outcome,
                elapsed_ms,
                self.number,
                operation,
            )

    def after_error(self, exc: AttemptError, *, body: bool = False) -> float:
        """The delay before the next attempt, or raise the final error (``body``: the answer came,
        its body failed)."""
        self._log(type(exc).__name__ + (" reading the body" if body else ""), logging.WARNING)
        retryable = isinstance(exc, NOT_SENT) or self.idempotent
        if retryable and self.number <= self.max_retries:
            return self.policy.backoff(self.number, self.rand)
        raise connection_error(exc, self.request, self.number, body=body) from exc

    def after_response(self, response: httpx.Response) -> float | None:
        """The delay before the next attempt, or None to return this response."""
        if logger.isEnabledFor(logging.INFO):  # the server's id of a call, success or not, for support
            request_id = request_id_of(response)
            self._log(f"{response.status_code} [{request_id}]" if request_id else str(response.status_code))
        if response.status_code in self.policy.retry_statuses and self.idempotent and self.number <= self.max_retries:
            delay = self.policy.retry_after(response, self.clock())
            return delay if delay is not None else self.policy.backoff(self.number, self.rand)
        response.extensions[_extensions.ATTEMPTS] = self.number
        return None

    def streams(self, response: httpx.Response) -> bool:
        """Whether ``response`` goes back unread: the caller streams it and its status says success
        (an error's body is small, and read here like any other)."""
        return bool(self.request.extensions.get(_extensions.STREAMED)) and response.is_success

    def buffered(self, response: httpx.Response, raw: bytes) -> httpx.Response:
        """``response`` with its whole (raw) body in memory, checked to decode; raises
        ``httpx.DecodingError`` here, within the attempt, for a corrupt compressed body."""
        headers = response.headers
        if "content-encoding" in headers:  # decoded once here to fail now; httpx decodes it again
            httpx.Response(response.status_code, headers=headers, stream=httpx.ByteStream(raw)).read()
        return httpx.Response(
            response.status_code,
            headers=headers,
            stream=httpx.ByteStream(raw),
            extensions=response.extensions,
            request=self.request,
        )

    def typed_failures(self, exc: httpx.TransportError) -> APIConnectionError:
        """What a streamed body's failure is raised as (it is not retried: part of it was handed over)."""
        self._log(type(exc).__name__ + " reading the body", logging.WARNING)
        return connection_error(exc, self.request, self.number, body=True)


class _TypedStream(httpx.SyncByteStream):
    """A streamed body whose transport failures raise ``APIConnectionError`` / ``APITimeoutError``."""

    def __init__(self, stream: httpx.SyncByteStream, attempts: _Attempts) -> None:
        self.stream, self.attempts = stream, attempts

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self.stream
        except httpx.TransportError as exc:
            raise self.attempts.typed_failures(exc) from exc

    def close(self) -> None:
        self.stream.close()


class _AsyncTypedStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, attempts: _Attempts) -> None:
        self.stream, self.attempts = stream, attempts

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.stream:
                yield chunk
        except httpx.TransportError as exc:
            raise self.attempts.typed_failures(exc) from exc

    async def aclose(self) -> None:
        await self.stream.aclose()


InnerT = TypeVar("InnerT", httpx.BaseTransport, httpx.AsyncBaseTransport)


class _Wrapping(Generic[InnerT]):
    """What both retry transports hold: the wrapped transport, the policy, injectable time."""

    default_sleep: Callable[[float], Any]

    def __init__(
        self,
        transport: InnerT,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], Any] | None = None,
        rand: Callable[[], float] = random.random,
        clock: Callable[[], float] = time.time,
        owns_transport: bool = True,
    ) -> None:
        self.transport: InnerT = transport
        self.policy = policy or RetryPolicy()
        self._sleep = sleep or type(self).default_sleep
        self._rand, self._clock = rand, clock
        self._owns_transport = owns_transport

    def with_policy(self, policy: RetryPolicy) -> Self:
        """A transport with another policy over the same connection pool, which it does not close."""
        return type(self)(
            self.transport, policy, sleep=self._sleep, rand=self._rand, clock=self._clock, owns_transport=False
        )


class RetryTransport(_Wrapping[httpx.BaseTransport], httpx.BaseTransport):
    default_sleep = staticmethod(time.sleep)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self.policy, self._rand, self._clock, request)
        while True:
            attempts.begin()
            try:
                response = self.transport.handle_request(request)
            except httpx.TransportError as exc:
                self._sleep(attempts.after_error(exc))
                continue
            delay = attempts.after_response(response)
            if delay is not None:
                response.close()
                self._sleep(delay)
                continue
            if attempts.streams(response):
                assert isinstance(response.stream, httpx.SyncByteStream)
                response.stream = _TypedStream(response.stream, attempts)
                return response
            if response.is_stream_consumed:  # built already read (a mock transport's content=)
                return response
            try:
                return attempts.buffered(response, b"".join(response.iter_raw()))
            except ATTEMPT_ERRORS as exc:
                response.close()
                self._sleep(attempts.after_error(exc, body=True))
            except BaseException:
                response.close()
                raise

    def close(self) -> None:
        if self._owns_transport:
            self.transport.close()


async def _asleep(delay: float) -> None:
    import asyncio  # here, not at the top: a sync program never needs it

    await asyncio.sleep(delay)


class AsyncRetryTransport(_Wrapping[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport):
    default_sleep = staticmethod(_asleep)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self.policy, self._rand, self._clock, request)
        while True:
            attempts.begin()
            try:
                response = await self.transport.handle_async_request(request)
            except httpx.TransportError as exc:
                await self._wait(attempts.after_error(exc))
                continue
            delay = attempts.after_response(response)
            if delay is not None:
                await response.aclose()
                await self._wait(delay)
                continue
            if attempts.streams(response):
                assert isinstance(response.stream, httpx.AsyncByteStream)
                response.stream = _AsyncTypedStream(response.stream, attempts)
                return response
            if response.is_stream_consumed:
                return response
            try:
                return attempts.buffered(response, b"".join([chunk async for chunk in response.aiter_raw()]))
            except ATTEMPT_ERRORS as exc:
                await response.aclose()
                await self._wait(attempts.after_error(exc, body=True))
            except BaseException:
                await response.aclose()
                raise

    async def _wait(self, delay: float) -> None:
        result = self._sleep(delay)
        if inspect.isawaitable(result):  # an async sleep (the default), or a plain function's None
            await result

    async def aclose(self) -> None:
        if self._owns_transport:
            await self.transport.aclose()
