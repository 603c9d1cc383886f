# Copied from overlays/aiwyn_client/_retry.py: edit it there; `make generate` rewrites this file.
"""Retries as an httpx transport that wraps another transport.

Whether a request may be sent again is a fact about its operation, read from the spec-rendered
``_spec.OPERATIONS`` via the operation tag every endpoint puts in ``request.extensions``: GET,
PUT and DELETE, the POSTs that only read (lists and searches, by their shape), and those the
description or the generator config marks idempotent (the records upsert). Any other request is
retried only when the connection failed before it was sent. Delays are exponential with full
jitter and a cap; ``Retry-After`` (seconds or an HTTP date) is honoured up to a maximum. Each
attempt is logged; the final response carries the attempt count, and a final transport failure
is raised as ``APIConnectionError`` / ``APITimeoutError`` with it.
"""

from __future__ import annotations

import email.utils
import inspect
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import _extensions
from ._exceptions import APIConnectionError, APITimeoutError, request_id_of, safe_url
from ._spec import OPERATIONS

if TYPE_CHECKING:
    from typing_extensions import Self

logger = logging.getLogger("aiwyn_client")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Failures that happen before any byte of the request left: safe to retry for every request.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    retry_statuses: frozenset[int] = field(default=frozenset({408, 429, 500, 502, 503, 504}))

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {self.max_retries}")

    def backoff(self, retry: int, rand: Callable[[], float]) -> float:
        """Full jitter: uniform in [0, min(cap, initial * 2**(retry-1))]."""
        return float(rand() * min(self.max_delay, self.initial_delay * 2 ** (retry - 1)))

    def retry_after(self, response: httpx.Response, now: float) -> float | None:
        value = response.headers.get("retry-after")
        if value is None:
            return None
        try:
            seconds = float(value)
        except ValueError:
            try:
                seconds = email.utils.parsedate_to_datetime(value).timestamp() - now
            except (TypeError, ValueError):
                return None  # neither seconds nor an HTTP date: fall back to backoff
        return min(max(seconds, 0.0), self.max_retry_after)


def is_idempotent(request: httpx.Request) -> bool:
    flag = request.extensions.get(_extensions.IDEMPOTENT)
    if flag is not None:  # said by the caller: the token exchange, aiwyn.request(idempotent=...)
        return bool(flag)
    info = OPERATIONS.get(str(request.extensions.get(_extensions.OPERATION, "")))
    return info.idempotent if info is not None else request.method in IDEMPOTENT_METHODS


class _Attempts:
    """The decisions shared by the sync and async transports; the loops around them are thin."""

    def __init__(
        self, policy: RetryPolicy, rand: Callable[[], float], clock: Callable[[], float], request: httpx.Request
    ) -> None:
        self.policy, self.rand, self.clock, self.request = policy, rand, clock, request
        self.idempotent = is_idempotent(request)
        budget = request.extensions.get(_extensions.MAX_RETRIES)
        self.max_retries = budget if isinstance(budget, int) else policy.max_retries
        self.number = 0
        self.started = 0.0

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

    def after_error(self, exc: httpx.TransportError) -> float:
        """The delay before the next attempt, or raise the final error."""
        self._log(type(exc).__name__, logging.WARNING)
        retryable = isinstance(exc, NOT_SENT) or (self.idempotent and isinstance(exc, httpx.TransportError))
        if retryable and self.number <= self.max_retries:
            return self.policy.backoff(self.number, self.rand)
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        tries = f" after {self.number} attempts" if self.number > 1 else ""
        raise cls(
            f"{type(exc).__name__} on {self.request.method} {safe_url(self.request.url)}{tries}: {exc}",
            method=self.request.method,
            url=safe_url(self.request.url),
            attempts=self.number,
            operation=str(self.request.extensions.get(_extensions.OPERATION, "")) or None,
        ) from exc

    def after_response(self, response: httpx.Response) -> float | None:
        """The delay before the next attempt, or None to return this response."""
        if logger.isEnabledFor(logging.INFO):  # the server's id of a call, success or not, for support
            request_id = request_id_of(response)
            self._log(f"{response.status_code} [{request_id}]" if request_id else str(response.status_code))
        if self.idempotent and response.status_code in self.policy.retry_statuses and self.number <= self.max_retries:
            delay = self.policy.retry_after(response, self.clock())
            return delay if delay is not None else self.policy.backoff(self.number, self.rand)
        response.extensions[_extensions.ATTEMPTS] = self.number
        return None


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
            if delay is None:
                return response
            response.close()
            self._sleep(delay)

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
            if delay is None:
                return response
            await response.aclose()
            await self._wait(delay)

    async def _wait(self, delay: float) -> None:
        result = self._sleep(delay)
        if inspect.isawaitable(result):  # an async sleep (the default), or a plain function's None
            await result

    async def aclose(self) -> None:
        if self._owns_transport:
            await self.transport.aclose()
