"""The credentials a client holds, and their removal from anything that reaches the user.

A server may echo a request's secrets back in an error body (the API key it rejected, the
token it refused). Error messages, ``.text``, ``.body`` and chained tracebacks are built from a
scrubbed copy of the response, so whatever a user logs or prints holds no credential. The auth
flow registers each secret here as it learns it: the API key, and every JWT it was given (the
current one and a few before it, since a replayed request may carry the previous one).
"""

from __future__ import annotations

from collections import deque
from typing import Final

import httpx

from ._exceptions import PROBLEM_HEADERS, REQUEST_ID_HEADERS

REDACTED: Final = "***"
KEPT_HEADERS: Final = ("retry-after", *REQUEST_ID_HEADERS, *PROBLEM_HEADERS)
"""The headers a scrubbed copy of a response keeps (scrubbed too): what errors read of them."""
KEPT_TOKENS: Final = 8
MIN_SECRET_LENGTH: Final = 8
"""Shorter values are not scrubbed: replacing every ``"string"`` in a body (a mock's token is the
literal ``string``) would destroy the message, and a real key or token is longer."""


class Secrets:
    """The values to scrub; the first ones given are kept for good, tokens only the last few."""

    def __init__(self, *permanent: str | None) -> None:
        self._permanent = tuple(v for v in permanent if v and len(v) >= MIN_SECRET_LENGTH)
        self._tokens: deque[str] = deque(maxlen=KEPT_TOKENS)

    def add(self, token: str | None) -> None:
        if token and len(token) >= MIN_SECRET_LENGTH and token not in self._tokens:
            self._tokens.append(token)

    @property
    def values(self) -> tuple[str, ...]:
        # Longest first, so a secret containing another is replaced whole.
        return tuple(sorted({*self._permanent, *self._tokens}, key=len, reverse=True))

    def found_in(self, text: str) -> bool:
        return any(v in text for v in self.values)

    def _in_headers(self, response: httpx.Response) -> bool:
        return any(self.found_in(response.headers.get(name, "")) for name in KEPT_HEADERS)

    def scrub(self, text: str) -> str:
        for value in self.values:
            text = text.replace(value, REDACTED)
        return text

    def response(self, response: httpx.Response) -> httpx.Response:
        """``response`` itself when it holds no secret, else a copy with each one replaced."""
        try:
            text = response.text
        except httpx.ResponseNotRead:
            return response
        if not self.found_in(text) and not self._in_headers(response):
            return response
        headers = {"content-type": response.headers.get("content-type", "text/plain")}
        for name in KEPT_HEADERS:
            if name in response.headers:
                headers[name] = self.scrub(response.headers[name])
        scrubbed = httpx.Response(
            response.status_code,
            headers=headers,
            content=self.scrub(text).encode(),
            request=response.request,
            extensions={k: v for k, v in response.extensions.items() if isinstance(k, str) and k.startswith("aiwyn_")},
        )
        return scrubbed


NO_SECRETS: Final = Secrets()


def secrets_of(client: object) -> Secrets:
    """The secrets of whatever holds an ``auth`` (``Aiwyn``, its settings), or none for other clients."""
    found = getattr(getattr(client, "auth", None), "secrets", None)
    return found if isinstance(found, Secrets) else NO_SECRETS
