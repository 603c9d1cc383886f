"""Authentication: one module per kind of security scheme, and how they combine.

- ``BearerTokenAuth`` (``http`` ``bearer``), ``BasicAuth`` (``http`` ``basic``), ``KeyAsIsAuth``
  (``apiKey`` in a header, query parameter or cookie);
- ``ApiKeyAuth``: Aiwyn's own API key exchanged for JWTs at the description's token exchange;
- ``OAuth2ClientCredentials``: ``oauth2`` client credentials, and ``openIdConnect`` through its
  discovery document; ``OAuth2RefreshToken``: a user's tokens from ``aiwyn login``
  (authorization code with PKCE, or device code), refreshed with the refresh token;
- ``SchemesAuth``: the schemes each operation's security requirement asks for, together;
- ``ForeignAuth``: any ``httpx.Auth`` passed as ``Aiwyn(auth=...)``, with the client's redaction.

Tokens that are fetched live on the client's clock (``_tokens``), so clock skew costs nothing.
"""

from ._api_key import KeyAsIsAuth
from ._basic import BasicAuth
from ._bearer import BearerTokenAuth
from ._compose import ForeignAuth, SchemesAuth
from ._exchange import ApiKeyAuth
from ._oauth2 import OAuth2ClientCredentials
from ._oauth2_user import OAuth2RefreshToken
from ._tokens import jwt_expiry, token_lifetime

__all__ = [
    "ApiKeyAuth",
    "BasicAuth",
    "BearerTokenAuth",
    "ForeignAuth",
    "KeyAsIsAuth",
    "OAuth2ClientCredentials",
    "OAuth2RefreshToken",
    "SchemesAuth",
    "jwt_expiry",
    "token_lifetime",
]
