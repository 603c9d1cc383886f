# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.tokens``: exchange.

Generated from the API description; do not edit. Each method takes the fields of its body model
and the operation's parameters, and returns the success model (errors raise); the per-call options
are ``RequestOptions``. ``with_raw_response`` / ``with_streaming_response`` wrap the same methods.
"""

from __future__ import annotations

from functools import cached_property as _cached_property
from typing import TYPE_CHECKING

from .. import _api_response as _response
from .. import _resource_support as _rs
from .. import models as _models
from ..api.authentication import exchange_api_key_for_token as _exchange_api_key_for_token
from ..models import TokenEnvelope

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions

__all__ = ["TokensResource", "AsyncTokensResource"]

_EXCHANGE = _rs.Endpoint(_exchange_api_key_for_token, TokenEnvelope, "exchangeApiKeyForToken")


class TokensResource(_rs.SyncAPIResource):
    """``aiwyn.tokens``: exchange."""

    @_cached_property
    def with_raw_response(self) -> TokensResourceWithRawResponse:
        return TokensResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> TokensResourceWithStreamingResponse:
        return TokensResourceWithStreamingResponse(self)

    def exchange(self, *, jwt_api_key: str, **request_options: Unpack[RequestOptions]) -> TokenEnvelope:
        """Exchange an API key for a bearer JWT.

        Trades a `jwtApiKey` for a short-lived (one hour) bearer JWT. The docs name the path and
        the key; the method, body and response shape follow the `/api/v1` conventions.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            jwt_api_key: The API key to exchange.

        ``POST /v1/auth/token`` (operationId ``exchangeApiKeyForToken``).
        """

        return self._call(_EXCHANGE, request_options, body=_models.TokenRequest(**_rs.given(jwt_api_key=jwt_api_key)))


class AsyncTokensResource(_rs.AsyncAPIResource):
    """``async_aiwyn.tokens``: the methods of ``TokensResource``, awaited."""

    @_cached_property
    def with_raw_response(self) -> AsyncTokensResourceWithRawResponse:
        return AsyncTokensResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> AsyncTokensResourceWithStreamingResponse:
        return AsyncTokensResourceWithStreamingResponse(self)

    exchange = _rs.awaited(TokensResource.exchange)


class TokensResourceWithRawResponse:
    """``aiwyn.tokens.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: TokensResource) -> None:
        self.exchange = _response.to_raw_response_wrapper(resource.exchange)


class TokensResourceWithStreamingResponse:
    """``aiwyn.tokens.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: TokensResource) -> None:
        self.exchange = _response.to_streamed_response_wrapper(resource.exchange)


class AsyncTokensResourceWithRawResponse:
    """``async_aiwyn.tokens.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: AsyncTokensResource) -> None:
        self.exchange = _response.async_to_raw_response_wrapper(resource.exchange)


class AsyncTokensResourceWithStreamingResponse:
    """``async_aiwyn.tokens.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: AsyncTokensResource) -> None:
        self.exchange = _response.async_to_streamed_response_wrapper(resource.exchange)
