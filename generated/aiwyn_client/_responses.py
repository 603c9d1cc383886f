"""Turn an httpx response into the endpoint's ``Response`` or a typed error.

Every generated endpoint module builds its result here (see the ``endpoint_module.py.jinja``
override). Clients that set ``raise_api_errors`` (``Aiwyn`` and ``AsyncAiwyn``) get typed
errors for error statuses, failed ``/api/v1`` envelopes and bodies that cannot be parsed; the
bare generated clients keep openapi-python-client's behaviour of returning the parsed body.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from typing import Any, TypeVar

import httpx

from . import _extensions
from ._exceptions import ResponseValidationError, status_error
from ._json import loads
from ._spec import OPERATIONS
from .errors import UnexpectedStatus
from .types import UNSET, Response

T = TypeVar("T")

# What a generated ``from_dict`` raises on a body that does not fit its schema.
PARSE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError)


def build_response(
    *, client: Any, response: httpx.Response, parse: Callable[..., T | None], operation: str
) -> Response[T]:
    parsed: T | None
    if getattr(client, "raise_api_errors", False):
        parsed = checked_parse(client, response, parse, operation)
    else:
        parsed = parse(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def checked_parse(client: Any, response: httpx.Response, parse: Callable[..., T | None], operation: str) -> T:
    info = OPERATIONS.get(operation)
    name = info.operation_id if info else operation
    attempts = int(response.extensions.get(_extensions.ATTEMPTS, 1))
    if response.status_code >= 400:
        try:
            body = parse(client=client, response=response)
        except Exception:  # noqa: BLE001 - an unparseable error body must not hide the status
            body = None
        raise status_error(response, body=body, attempts=attempts, operation=name)
    envelope = info is not None and info.envelope
    try:
        parsed = parse(client=client, response=response)
    except UnexpectedStatus as exc:
        raise ResponseValidationError(
            f"{response.status_code} is not a documented status of {name}: {response.text[:300]}",
            response=response,
            attempts=attempts,
            operation=name,
        ) from exc
    except PARSE_ERRORS as exc:
        if envelope:  # a failed envelope's `data` is usually null, which the success model rejects
            _raise_for_failed_envelope(response, _raw_document(response), attempts, name)
        raise ResponseValidationError(
            f"the {response.status_code} response of {name} does not match its documented schema "
            f"({type(exc).__name__}: {exc}); body: {response.text[:300]}",
            response=response,
            attempts=attempts,
            operation=name,
        ) from exc
    if parsed is None:
        raise ResponseValidationError(
            f"the {response.status_code} response of {name} has no documented body",
            response=response,
            attempts=attempts,
            operation=name,
        )
    if envelope:
        _raise_for_failed_envelope(response, parsed, attempts, name)
    return parsed


def _raw_document(response: httpx.Response) -> Any:
    try:
        return loads(response.content)
    except ValueError:
        return None


def _part(value: Any) -> Any:
    """An envelope's ``meta`` or ``error`` as plain JSON, from the typed model or the raw document."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else None if value is UNSET else value


def _raise_for_failed_envelope(response: httpx.Response, envelope: Any, attempts: int, name: str) -> None:
    """Raise when an ``{data, error, meta}`` body says the request failed, whatever its status.

    ``envelope`` is the typed envelope, or the raw document when the typed parse failed; only its
    small ``meta`` and ``error`` parts are read, so the body is decoded once.
    """
    if isinstance(envelope, dict):
        meta, error = envelope.get("meta"), envelope.get("error")
    else:
        meta, error = _part(getattr(envelope, "meta", UNSET)), _part(getattr(envelope, "error", UNSET))
    if not (isinstance(meta, dict) and meta.get("success") is False) and error in (None, {}):
        return
    details = [error.get("code"), error.get("message")] if isinstance(error, dict) else []
    if isinstance(meta, dict) and not any(details):
        details = [meta.get("message")]
    words = " ".join(str(d) for d in details if d)
    detail = "envelope reports failure" + (f": {words}" if words else "")
    raise status_error(response, body=envelope, attempts=attempts, operation=name, detail=detail)
