# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/package_init.py.jinja: edit those; `make generate` rewrites this file.

"""A client library for accessing Aiwyn API"""

from ._batches import BatchReport, RecordOutcome
from ._client import Aiwyn, AsyncAiwyn
from .client import AuthenticatedClient, Client
from .errors import (
    AiwynError,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BatchInputError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    QueryError,
    RateLimitError,
    RedirectError,
    ResponseValidationError,
    UnknownFieldError,
    UnprocessableEntityError,
    UnsupportedOperatorError,
)

__all__ = (
    "Aiwyn",
    "AsyncAiwyn",
    "AuthenticatedClient",
    "BatchReport",
    "Client",
    "RecordOutcome",
    "AiwynError",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "BatchInputError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "QueryError",
    "RateLimitError",
    "RedirectError",
    "ResponseValidationError",
    "UnknownFieldError",
    "UnsupportedOperatorError",
    "UnprocessableEntityError",
)
