"""The errors the client raises: one class per failure family, each saying what and where.

Every error carries the HTTP method, the URL (without credentials) and, where the server
answered, the status, the request id, the parsed error body (typed when the spec documents a
schema for it) and the raw text. None of them carries a header, a token or an API key.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from .pagination import ResumeToken

__all__ = [
    "AiwynError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "ResponseValidationError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "RedirectError",
    "QueryError",
    "UnknownFieldError",
    "UnsupportedOperatorError",
    "PaginationError",
    "ConfigurationError",
    "InvalidArgumentError",
    "BatchInputError",
]
"""The public errors: ``aiwyn_client.errors`` and ``aiwyn_client`` export exactly these."""

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")
TEXT_IN_MESSAGE = 300
PROBLEM_HEADERS = ("sl-violations", "x-error-message", "x-error-detail", "x-error")
"""Headers in which a server (or a mock: Prism's ``sl-violations``) says what was wrong with a
request, read into the error's message before the body. Chosen as the ones servers and mocks in
use send; a body says it in its own text, which the message already holds (RFC 9457 problem
details and envelopes included)."""


def request_id_of(response: httpx.Response) -> str | None:
    """The server's id for a request, from the first request-id header it sent."""
    return next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)


class AiwynError(Exception):
    """Base class of every error this package raises."""


def safe_url(url: httpx.URL) -> str:
    """The URL as it may appear in messages and logs: no user info, no query string."""
    return str(url.copy_with(username=None, password=None, query=None))


class QueryError(AiwynError, ValueError):
    """A ``where`` or ``orderBy`` that cannot be right: wrong field, operator or value."""


class UnknownFieldError(QueryError, AttributeError):
    """A field name the entity does not have."""


class UnsupportedOperatorError(QueryError, AttributeError):
    """An operator the field's type does not have (``BooleanField.gt``)."""


class ConfigurationError(AiwynError, ValueError):
    """The client was constructed with missing, malformed or contradictory settings."""


class MissingCredentialsError(ConfigurationError):
    """No credential was given anywhere (argument, environment, stored profile): a
    ``ConfigurationError`` that tools (the ``aiwyn`` command) recognise, to say it in their own
    terms (``--api-key``) instead of the constructor's (``api_key=``)."""


class InvalidArgumentError(AiwynError, ValueError):
    """An argument of a call that cannot be right (a page size outside the documented range, …),
    raised before anything is sent."""


class BatchInputError(InvalidArgumentError):
    """A record given to a batch write that cannot be sent (not a mapping or model, no identity);
    raised before the first request, so nothing is written."""


class PaginationError(AiwynError):
    """An iteration could not deliver every record exactly once, so it stopped.

    ``resume_token`` says where it stands (pass it as ``resume=`` to continue once the server
    behaves), ``delivered`` how many items were delivered, ``total`` the last reported total.
    """

    def __init__(self, message: str, *, resume_token: ResumeToken, delivered: int, total: int | None) -> None:
        super().__init__(message)
        self.resume_token, self.delivered, self.total = resume_token, delivered, total


class APIError(AiwynError):
    """A request did not produce a usable answer."""

    def __init__(self, message: str, *, method: str, url: str, attempts: int = 1, operation: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url
        self.attempts = attempts
        self.operation = operation


class APIConnectionError(APIError):
    """No HTTP answer: the connection failed or dropped (after the retries that were safe)."""


class APITimeoutError(APIConnectionError):
    """The request timed out (after the retries that were safe)."""


class ResponseValidationError(APIError):
    """The server answered with a body that is not valid JSON or does not fit the documented schema."""

    def __init__(self, message: str, *, response: httpx.Response, attempts: int = 1, operation: str | None = None):
        request = response.request
        super().__init__(
            message, method=request.method, url=safe_url(request.url), attempts=attempts, operation=operation
        )
        self.status_code = response.status_code
        self.text = response.text


class APIStatusError(APIError):
    """The server answered with an error status, or a 2xx envelope that reports failure."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
        attempts: int = 1,
        operation: str | None = None,
    ) -> None:
        request = response.request
        super().__init__(
            message, method=request.method, url=safe_url(request.url), attempts=attempts, operation=operation
        )
        self.status_code = response.status_code
        self.request_id = request_id_of(response)
        self.body = body
        self.text = response.text
        self.retry_after = response.headers.get("retry-after")


class RedirectError(APIStatusError):
    """The server redirected a request somewhere the client will not follow: to another origin
    (credentials go to the configured origin only), or at all when redirects are not enabled."""


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the token or API key was rejected (after one refresh where a key is configured)."""


class PermissionDeniedError(APIStatusError):
    """403: the token's roles do not allow the operation."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but invalid (the mock answers invalid requests with it)."""


class RateLimitError(APIStatusError):
    """429: rate limited; ``retry_after`` holds the server's advice."""


class InternalServerError(APIStatusError):
    """5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status_code: int) -> type[APIStatusError]:
    if 300 <= status_code < 400:
        return RedirectError
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def header_problem(headers: httpx.Headers) -> str | None:
    """What the first problem header says, readable: a JSON list of violations (Prism's
    ``[{"location": ["request", "body"], "message": "..."}]``) becomes ``request.body: ...``."""
    for name in PROBLEM_HEADERS:
        value = str(headers.get(name, "")).strip()
        if not value:
            continue
        try:
            found = json.loads(value)
        except ValueError:
            return value
        items = found if isinstance(found, list) else [found]
        said = [_said(item) for item in items]
        return "; ".join(s for s in said if s) or value
    return None


def _said(item: Any) -> str:
    if not isinstance(item, dict):
        return str(item)
    message = item.get("message") or item.get("detail") or item.get("title") or ""
    location = item.get("location") or item.get("path") or item.get("pointer")
    where = ".".join(str(p) for p in location) if isinstance(location, list) else str(location or "")
    return f"{where}: {message}" if where and message else str(message)


def describe(response: httpx.Response, operation: str | None, attempts: int, detail: str | None = None) -> str:
    request = response.request
    where = f"{request.method} {safe_url(request.url)}" + (f" ({operation})" if operation else "")
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    text = detail if detail is not None else response.text.strip()
    if len(text) > TEXT_IN_MESSAGE:
        text = text[:TEXT_IN_MESSAGE] + "…"
    problem = header_problem(response.headers)
    if problem:
        problem = problem if len(problem) <= TEXT_IN_MESSAGE else problem[:TEXT_IN_MESSAGE] + "…"
        text = f"{problem}" + (f" (body: {text})" if text else "")
    reason = response.reason_phrase or "error"
    return f"{response.status_code} {reason} from {where}{tries}" + (f": {text}" if text else "")


def status_error(
    response: httpx.Response,
    *,
    body: Any = None,
    attempts: int = 1,
    operation: str | None = None,
    detail: str | None = None,
) -> APIStatusError:
    """The error for an error status (or a failed envelope, with ``detail``)."""
    cls = error_class(response.status_code) if response.status_code >= 300 else APIStatusError
    message = describe(response, operation, attempts, detail)
    return cls(message, response=response, body=body, attempts=attempts, operation=operation)
