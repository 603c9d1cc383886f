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
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    QueryError,
    RateLimitError,
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
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "QueryError",
    "RateLimitError",
    "ResponseValidationError",
    "UnknownFieldError",
    "UnsupportedOperatorError",
    "UnprocessableEntityError",
)
