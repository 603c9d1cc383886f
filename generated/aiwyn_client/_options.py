# Copied from overlays/aiwyn_client/_options.py: edit it there; `make generate` rewrites this file.
"""Per-call options (``extra_headers``, ``extra_query``, ``extra_body``, ``timeout``, ``max_retries``).

Every resource method takes them as keyword-only arguments (``**request_options``, typed by the
``RequestOptions`` dictionary), as openai-python's take them one by one. They are checked once,
when the call is made, and applied to the request the generated endpoint describes, so it still
goes through the client's auth, origin guard, retries and error checks; ``max_retries`` travels
to the retry transport as a request extension.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, TypedDict

import httpx

from . import _extensions
from ._exceptions import InvalidArgumentError


class NotGiven:
    """The default of an option that was not passed (``None`` means "no timeout" for ``timeout``)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Headers = Mapping[str, str]
Query = Mapping[str, Any]
Body = Mapping[str, Any]
Timeout = float | httpx.Timeout | None


class RequestOptions(TypedDict, total=False):
    """The options every resource method takes for one call, after its own arguments."""

    extra_headers: Headers
    """Headers added to (or replacing) the client's for this call."""
    extra_query: Query
    """Query parameters added to the request's."""
    extra_body: Body
    """Fields added to a JSON object body (fields the description lacks)."""
    timeout: Timeout
    """This call's timeout (seconds or an ``httpx.Timeout``; ``None``: no timeout)."""
    max_retries: int
    """This call's retry budget instead of the client's."""


def timeout_problem(value: object) -> str | None:
    """What is wrong with a timeout (the client's or one call's), or None if nothing."""
    if value is None or isinstance(value, httpx.Timeout):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        return f"timeout must be a number of seconds above 0, an httpx.Timeout or None (no timeout), not {value!r}"
    return None


def retries_problem(value: object) -> str | None:
    """What is wrong with a retry budget (the client's or one call's), or None if nothing."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return f"max_retries must be an integer 0 or more, not {value!r}"
    return None


class CallOptions:
    """One call's options, checked when the call is made and applied to its request."""

    __slots__ = ("headers", "query", "body", "timeout", "max_retries")

    def __init__(
        self,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        for name, value in (("extra_headers", extra_headers), ("extra_query", extra_query), ("extra_body", extra_body)):
            if value is not None and not isinstance(value, Mapping):
                raise InvalidArgumentError(f"{name} must be a mapping, not {type(value).__name__}")
        problem = (None if isinstance(max_retries, NotGiven) else retries_problem(max_retries)) or (
            None if isinstance(timeout, NotGiven) else timeout_problem(timeout)
        )
        if problem is not None:
            raise InvalidArgumentError(problem)
        self.headers, self.query, self.body = extra_headers, extra_query, extra_body
        self.timeout, self.max_retries = timeout, max_retries

    def apply(self, request: dict[str, Any]) -> dict[str, Any]:
        """The ``httpx.Client.request`` keyword arguments of an endpoint, with these options in."""
        if self is NO_OPTIONS:
            return request
        if self.headers:
            request["headers"] = {**(request.get("headers") or {}), **self.headers}
        if self.query:
            request["params"] = {**(request.get("params") or {}), **self.query}
        if self.body:
            body = request.get("json")
            if body is not None and not isinstance(body, dict):
                raise InvalidArgumentError("extra_body adds fields to a JSON object; this request's body is not one")
            request["json"] = {**(body or {}), **self.body}
        if not isinstance(self.timeout, NotGiven):
            request["timeout"] = self.timeout
        if not isinstance(self.max_retries, NotGiven):
            request["extensions"] = {**(request.get("extensions") or {}), _extensions.MAX_RETRIES: self.max_retries}
        return request


NO_OPTIONS: Final = CallOptions()


def options(given: Mapping[str, Any]) -> CallOptions:
    """A call's ``**request_options``, checked; the shared empty ones for a call that passes none
    (the usual case), so a plain call builds and checks nothing."""
    if not given:
        return NO_OPTIONS
    unknown = sorted(set(given) - set(RequestOptions.__annotations__))
    if unknown:
        raise InvalidArgumentError(
            f"unexpected keyword argument {', '.join(map(repr, unknown))}: a resource method takes its own "
            f"arguments and the options {', '.join(RequestOptions.__annotations__)}"
        )
    return CallOptions(
        given.get("extra_headers"),
        given.get("extra_query"),
        given.get("extra_body"),
        given.get("timeout", NOT_GIVEN),
        given.get("max_retries", NOT_GIVEN),
    )
