# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.tokens`` (``TokensResource``, ``AsyncTokensResource``): exchange. Generated: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _api_response as _response
from .. import _resource_support as _rs
from .. import models as _models

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions

_EXCHANGE = _rs.Endpoint(
    "api.authentication.exchange_api_key_for_token", _models.TokenEnvelope, "exchangeApiKeyForToken"
)


class TokensResource(_rs.SyncAPIResource):
    """``aiwyn.tokens``: exchange."""

    with_raw_response: TokensResourceResponses[_response.Sync, _response.Raw]
    with_streaming_response: TokensResourceResponses[_response.Sync, _response.Streamed]

    def exchange(self, *, jwt_api_key: str, **request_options: Unpack[RequestOptions]) -> _models.TokenEnvelope:
        """Exchange an API key for a bearer JWT. ``POST /v1/auth/token`` (operationId ``exchangeApiKeyForToken``).

        Trades a `jwtApiKey` for a short-lived (one hour) bearer JWT. The docs name the path and
        the key; the method, body and response shape follow the `/api/v1` conventions.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            jwt_api_key: The API key to exchange.
        """
        return self._call(_EXCHANGE, request_options, body=_models.TokenRequest(**_rs.given(jwt_api_key=jwt_api_key)))


class AsyncTokensResource(_rs.AsyncAPIResource):
    """``async_aiwyn.tokens``: the methods of ``TokensResource``, awaited."""

    with_raw_response: TokensResourceResponses[_response.Async, _response.Raw]
    with_streaming_response: TokensResourceResponses[_response.Async, _response.Streamed]
    exchange = _rs.awaited(TokensResource.exchange)


class TokensResourceResponses(_response.Responses[_response.F, _response.M]):
    """``with_raw_response`` and ``with_streaming_response`` of ``aiwyn.tokens`` (and ``async_aiwyn.tokens``)."""

    exchange = _response.wrapped(TokensResource.exchange)
