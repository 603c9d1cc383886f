# Copied from overlays/aiwyn_client/_extensions.py: edit it there; `make generate` rewrites this file.
"""Names of the httpx request/response ``extensions`` the client's layers talk through.

Endpoint modules tag each request with its operation, and the client's httpx client puts that
operation's facts and the call's options beside it; the retry transport records how many
attempts a response took. Extensions travel with the request through auth flows and
transports, which is what they are for in httpx.
"""

from __future__ import annotations

from typing import Final

OPERATION: Final = "aiwyn_operation"
"""request.extensions: the operation's key in ``_spec.OPERATIONS``."""

OPERATION_INFO: Final = "aiwyn_operation_info"
"""request.extensions: the operation's facts (``_spec.OperationInfo``: idempotent, security,
envelope…), put there by the client's httpx client, which is given the table when it is made;
retries, auth and the response checks read them from the request, not from a global table."""

CALL_OPTIONS: Final = "aiwyn_call_options"
"""request.extensions: one call's options (``_options.CallOptions``: ``extra_headers``, ``timeout``,
``max_retries``…), which the client's httpx client merges onto its own when it builds the request."""

ATTEMPTS: Final = "aiwyn_attempts"
"""response.extensions: how many attempts the retry transport made for this response."""

IDEMPOTENT: Final = "aiwyn_idempotent"
"""request.extensions: True when the request may be sent again whatever its operation says
(the token exchange: exchanging the key twice only mints another token)."""

MAX_RETRIES: Final = "aiwyn_max_retries"
"""request.extensions: the retry budget of this request: the client's ``max_retries``, or the call's
(``max_retries=`` of a method). Auth flows copy it onto the token fetches they send for it."""

STREAMED: Final = "aiwyn_streamed"
"""request.extensions: True when the caller reads the body itself, as a stream
(``httpx.Client.send(stream=True)``: downloads, ``with_streaming_response``); the retry
transport reads every other body within the attempt, so a body that fails is retried."""

AUTH_ENDPOINT: Final = "aiwyn_auth_endpoint"
"""request.extensions: True on a request an auth scheme sends to its own endpoint (an OAuth 2.0
token endpoint the description names, possibly at another origin). The origin guard lets it go
to that endpoint's origin, and keeps its redirects there; it carries no API credential."""

REDIRECT_ANSWER: Final = "aiwyn_redirect_answer"
"""request.extensions: True on a call whose answer is a redirect (an operation documenting only
3xx): the origin guard hands its 3xx back unfollowed, wherever it points, and the method returns
the ``Location``; nothing is sent there."""
