"""The auth flows, now in ``aiwyn_client.auth`` (one module per scheme); kept for older imports."""

from __future__ import annotations

from .auth import ApiKeyAuth, BasicAuth, BearerTokenAuth, KeyAsIsAuth, OAuth2ClientCredentials, jwt_expiry
from .auth._exchange import KEY_REJECTED_STATUSES
from .auth._tokens import DEFAULT_LIFETIME_SECONDS, REFRESH_MARGIN_SECONDS

__all__ = [
    "DEFAULT_LIFETIME_SECONDS",
    "KEY_REJECTED_STATUSES",
    "REFRESH_MARGIN_SECONDS",
    "ApiKeyAuth",
    "BasicAuth",
    "BearerTokenAuth",
    "KeyAsIsAuth",
    "OAuth2ClientCredentials",
    "jwt_expiry",
]
