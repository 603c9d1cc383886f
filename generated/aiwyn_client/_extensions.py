# Copied from overlays/aiwyn_client/_extensions.py: edit it there; `make generate` rewrites this file.
"""Names of the httpx request/response ``extensions`` the client's layers talk through.

Endpoint modules tag each request with its operation; the retry transport records how many
attempts a response took. Extensions travel with the request through auth flows and
transports, which is what they are for in httpx.
"""

from __future__ import annotations

from typing import Final

OPERATION: Final = "aiwyn_operation"
"""request.extensions: the operation's key in ``_spec.OPERATIONS``."""

ATTEMPTS: Final = "aiwyn_attempts"
"""response.extensions: how many attempts the retry transport made for this response."""

IDEMPOTENT: Final = "aiwyn_idempotent"
"""request.extensions: True when the request may be sent again whatever its operation says
(the token exchange: exchanging the key twice only mints another token)."""

MAX_RETRIES: Final = "aiwyn_max_retries"
"""request.extensions: this call's retry budget (the ``max_retries=`` of a resource method),
in place of the client's."""

STREAMED: Final = "aiwyn_streamed"
"""request.extensions: True when the caller reads the body itself, as a stream
(``httpx.Client.send(stream=True)``: downloads, ``with_streaming_response``); the retry
transport reads every other body within the attempt, so a body that fails is retried."""

AUTH_ENDPOINT: Final = "aiwyn_auth_endpoint"
"""request.extensions: True on a request an auth scheme sends to its own endpoint (an OAuth 2.0
token endpoint the description names, possibly at another origin). The origin guard lets it go
to that endpoint's origin, and keeps its redirects there; it carries no API credential."""
