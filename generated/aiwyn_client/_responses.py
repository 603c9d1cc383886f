# Copied from overlays/aiwyn_client/_responses.py: edit it there; `make generate` rewrites this file.
"""Turn an httpx response into the endpoint's ``Response`` or a typed error.

Every generated endpoint module builds its result here (see the ``endpoint_module.py.jinja``
override). Clients that set ``raise_api_errors`` (``Aiwyn`` and ``AsyncAiwyn``) get typed
errors for error statuses, failed ``/api/v1`` envelopes and bodies that cannot be parsed; the
bare generated clients keep openapi-python-client's behaviour of returning the parsed body.
The operation's facts (its name, envelope, whether it answers with a body) come with the request
that was sent (``_extensions.OPERATION_INFO``), not from a global table.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _extensions
from ._downloads import file_name_of, mime_type_of
from ._exceptions import AiwynError, ResponseValidationError, status_error
from ._json import loads
from ._redact import Secrets, secrets_of
from ._unread_pages import note_unread_pages
from .errors import UnexpectedStatus
from .types import File, Response

if TYPE_CHECKING:
    from ._spec import OperationInfo

T = TypeVar("T")


def build_response(
    *, client: Any, response: httpx.Response, parse: Callable[..., T | None], operation: str
) -> Response[T]:
    parsed: T | None
    if getattr(client, "raise_api_errors", False):
        parsed = checked_parse(client, response, parse, operation)
    else:
        parsed = parse(client=client, response=response)
    if isinstance(parsed, File):  # a download: its name and type are in the headers, not the body
        parsed.file_name = parsed.file_name or file_name_of(response.headers)
        parsed.mime_type = parsed.mime_type or mime_type_of(response.headers)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def operation_info(response: httpx.Response) -> OperationInfo | None:
    """The ``OperationInfo`` the request of ``response`` carried, or None (a request of
    ``aiwyn.request(...)``, a bare generated client's, or a response made without a request)."""
    try:
        request = response.request
    except RuntimeError:
        return None
    info: OperationInfo | None = request.extensions.get(_extensions.OPERATION_INFO)
    return info


class _Check:
    """One response's checks; every error it raises is built from a copy without credentials."""

    def __init__(self, client: Any, response: httpx.Response, operation: str) -> None:
        info = operation_info(response)
        self.info = info
        self.name = info.operation_id if info else operation
        self.envelope = info is not None and info.envelope
        self.returns_body = info is None or info.returns_body
        self.attempts = int(response.extensions.get(_extensions.ATTEMPTS, 1))
        self.client, self.response = client, response

    @property
    def secrets(self) -> Secrets:
        """Looked up only when an error is built: a successful call never needs them."""
        return secrets_of(self.client)

    def invalid(self, message: str) -> ResponseValidationError:
        safe = self.secrets.response(self.response)
        return ResponseValidationError(
            self.secrets.scrub(message), response=safe, attempts=self.attempts, operation=self.name
        )

    def cause(self, exc: BaseException) -> BaseException | None:
        """``exc`` to chain, or None when its text holds a credential (the traceback would print it)."""
        return None if self.secrets.found_in(str(exc)) else exc


def invalid(client: Any, response: httpx.Response, operation: str, message: str) -> ResponseValidationError:
    """The error for a success answer that does not fit its description, its secrets scrubbed."""
    return _Check(client, response, operation).invalid(message)


def checked_parse(client: Any, response: httpx.Response, parse: Callable[..., T | None], operation: str) -> T:
    check = _Check(client, response, operation)
    name = check.name
    if response.status_code >= 300:
        safe = check.secrets.response(response)
        try:
            body = parse(client=client, response=safe)
        except Exception:  # noqa: BLE001 - an unparseable error body must not hide the status
            body = None
        detail = None
        if response.status_code < 400:
            location = response.headers.get("location", "")
            detail = (
                f"redirect to {location.split('?', 1)[0] or 'nowhere'} not followed (pass "
                "http_client=httpx.Client(follow_redirects=True) to follow same-origin redirects)"
            )
        raise status_error(safe, body=body, attempts=check.attempts, operation=name, detail=detail)
    successes = check.info.successes if check.info is not None else ()
    read = _read_as(response, successes[0]) if successes and response.status_code not in successes else response
    try:
        parsed = parse(client=client, response=read)
    except UnexpectedStatus as exc:
        message = f"{response.status_code} is not a documented status of {name}: {response.text[:300]}"
        raise check.invalid(message) from check.cause(exc)
    except AiwynError:
        raise
    except Exception as exc:  # noqa: BLE001 - nothing escapes as a bare Python exception
        if check.envelope:  # a failed envelope's `data` is usually null, which the success model rejects
            _raise_for_failed_envelope(check, _raw_document(response))
        raise check.invalid(
            f"the {response.status_code} response of {name} does not match its documented schema "
            f"({type(exc).__name__}: {str(exc)[:300]}); body: {response.text[:300]}"
        ) from check.cause(exc)
    if parsed is None:
        if not check.returns_body or (check.info is not None and response.status_code in check.info.bodiless_statuses):
            return parsed  # type: ignore[return-value]  # documented without a body: None is the answer
        sent = response.content.strip()
        if sent in (b"", b"null") and check.info is not None and check.info.any_value:
            return parsed  # type: ignore[return-value]  # any JSON value, null or nothing sent: None
        what = "has no body" if not sent else "is null" if sent == b"null" else "has no documented body"
        raise check.invalid(f"the {response.status_code} response of {name} {what}, where the description has one")
    if check.envelope:
        _raise_for_failed_envelope(check, parsed)
    if check.info is not None and check.info.kind == "list":
        note_unread_pages(response, check.info)
    return parsed


def _read_as(response: httpx.Response, status: int) -> httpx.Response:
    """``response`` as if answered ``status``: a 2xx the description does not document (a 201
    where it says 200, a 200 where it says 204) is the success it documents. Read by the documented
    success's parser, not by ``default`` (an error model) or refused as undocumented. One not
    read yet (a download streamed to a file) is left as it came."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return response
    return httpx.Response(
        status, headers=response.headers, content=content, request=response.request, extensions=response.extensions
    )


_NO_BODY: Any = object()
ENVELOPE_KEYS = frozenset({"data", "error", "meta"})


def redirect_location(client: Any, response: httpx.Response, operation: str) -> str:
    """The absolute URL a redirect answer points to (an operation that documents only redirects
    returns it); one without a ``Location``, or with one that is no URL, is ``ResponseValidationError``."""
    try:
        return str(response.request.url.join(response.headers["location"]))
    except (KeyError, httpx.InvalidURL) as exc:
        check = _Check(client, response, operation)
        why = f"a Location that is no URL ({exc})" if isinstance(exc, httpx.InvalidURL) else "no Location header"
        raise check.invalid(f"the {response.status_code} redirect answering {check.name} has {why}") from None


def generic_parse(client: Any, response: httpx.Response, label: str, cast_to: Any) -> Any:
    """A response of ``aiwyn.request(...)``: the typed errors of any operation, an envelope
    checked when the body is one, and the body as JSON, as ``cast_to`` (a model) or None."""

    def parse(*, client: Any, response: httpx.Response) -> Any:
        if response.status_code < 300 and not response.content:
            return _NO_BODY
        return loads(response.content)

    document = checked_parse(client, response, parse, label)
    if document is _NO_BODY:
        return None
    check = _Check(client, response, label)
    if isinstance(document, dict) and document.keys() >= ENVELOPE_KEYS:
        _raise_for_failed_envelope(check, document)
    from_dict = getattr(cast_to, "from_dict", None)
    if from_dict is None:
        return document
    try:
        return from_dict(document)
    except Exception as exc:  # noqa: BLE001 - a body that does not fit the model is the server's error
        raise check.invalid(
            f"the {response.status_code} response of {label} does not fit {cast_to.__name__} "
            f"({type(exc).__name__}: {str(exc)[:300]}); body: {response.text[:300]}"
        ) from check.cause(exc)


def _raw_document(response: httpx.Response) -> Any:
    try:
        return loads(response.content)
    except (ValueError, RecursionError):
        return None


def _part(value: Any) -> Any:
    """An envelope's ``meta`` or ``error`` as plain JSON, from the typed model or the raw document."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _raise_for_failed_envelope(check: _Check, envelope: Any) -> None:
    """Raise when an ``{data, error, meta}`` body says the request failed, whatever its status.

    ``envelope`` is the typed envelope, or the raw document when the typed parse failed; only its
    small ``meta`` and ``error`` parts are read, so the body is decoded once.
    """
    if isinstance(envelope, dict):  # the typed parse failed: an `error` says "failed" only as one can
        meta, error = envelope.get("meta"), envelope.get("error")
        if not (error and isinstance(error, (dict, str))):
            error = None  # a number, an array, `true`: a body of the wrong shape (ResponseValidationError)
    else:
        meta, error = _part(getattr(envelope, "meta", None)), _part(getattr(envelope, "error", None))
    if not (isinstance(meta, dict) and meta.get("success") is False) and error in (None, {}):
        return
    details = [error.get("code"), error.get("message")] if isinstance(error, dict) else []
    if isinstance(meta, dict) and not any(details):
        details = [meta.get("message")]
    words = " ".join(str(d) for d in details if d)
    detail = "envelope reports failure" + (f": {words}" if words else "")
    if check.secrets.found_in(repr(envelope)) or check.secrets.found_in(detail):
        safe = check.secrets.response(check.response)
        envelope, detail = _raw_document(safe), check.secrets.scrub(detail)
        raise status_error(safe, body=envelope, attempts=check.attempts, operation=check.name, detail=detail)
    raise status_error(check.response, body=envelope, attempts=check.attempts, operation=check.name, detail=detail)
