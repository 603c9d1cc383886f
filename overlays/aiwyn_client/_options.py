"""Per-call options (``extra_headers``, ``extra_query``, ``extra_body``, ``timeout``, ``max_retries``)
and the one sentinel, ``NOT_GIVEN``.

Every resource method takes them as keyword-only arguments (``**request_options``, typed by the
``RequestOptions`` dictionary), as openai-python's take them one by one. They are checked once,
when the call is made, into a ``CallOptions``, which travels with the request as an extension
(``_extensions.CALL_OPTIONS``): the client's httpx client merges it onto the client's own options
(``ClientOptions.merged``) when it builds the request, so the endpoint's request is never edited
and the call still goes through the client's auth, origin guard, retries and error checks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
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


def mapping_problem(name: str, value: object) -> str | None:
    """What is wrong with a mapping option (headers, query, body, cookies), or None if nothing."""
    if value is None or isinstance(value, Mapping):
        return None
    return f"{name} must be a mapping of names to values, not {type(value).__name__}"


@dataclass(frozen=True, slots=True)
class CallOptions:
    """One call's options, checked once (``checked``) when the call is made."""

    headers: Headers | None = None
    query: Query | None = None
    body: Body | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN

    @classmethod
    def checked(
        cls,
        extra_headers: object = None,
        extra_query: object = None,
        extra_body: object = None,
        timeout: object = NOT_GIVEN,
        max_retries: object = NOT_GIVEN,
    ) -> CallOptions:
        """The options, or ``InvalidArgumentError`` saying which one cannot be right."""
        problem = (
            mapping_problem("extra_headers", extra_headers)
            or mapping_problem("extra_query", extra_query)
            or mapping_problem("extra_body", extra_body)
            or (None if isinstance(max_retries, NotGiven) else retries_problem(max_retries))
            or (None if isinstance(timeout, NotGiven) else timeout_problem(timeout))
        )
        if problem is not None:
            raise InvalidArgumentError(problem)
        return cls(extra_headers, extra_query, extra_body, timeout, max_retries)  # type: ignore[arg-type]

    def build_arguments(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """``httpx.Client.build_request``'s arguments with this call's headers, query and body
        fields added (its timeout and retries are the merged options', see ``ClientOptions.merged``)."""
        if self.headers:
            replaced = {name.lower() for name in self.headers}
            headers = arguments.get("headers") or {}
            kept = {k: v for k, v in headers.items() if k.lower() not in replaced}
            arguments["headers"] = {**kept, **self.headers}  # a header of the same name, in any case, replaced
        if self.query:
            arguments["params"] = httpx.QueryParams(arguments.get("params")).merge(self.query)
        if self.body:
            body = arguments.get("json")
            if body is not None and not isinstance(body, dict):
                raise InvalidArgumentError("extra_body adds fields to a JSON object; this request's body is not one")
            arguments["json"] = {**(body or {}), **self.body}
        return arguments


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
    return CallOptions.checked(
        given.get("extra_headers"),
        given.get("extra_query"),
        given.get("extra_body"),
        given.get("timeout", NOT_GIVEN),
        given.get("max_retries", NOT_GIVEN),
    )


def with_options(request: dict[str, Any], call: CallOptions) -> dict[str, Any]:
    """An endpoint's request arguments with ``call`` riding in its extensions (a new dict; the
    endpoint's is left as it built it); the arguments themselves for a call without options."""
    if call is NO_OPTIONS:
        return request
    return {**request, "extensions": {**(request.get("extensions") or {}), _extensions.CALL_OPTIONS: call}}
