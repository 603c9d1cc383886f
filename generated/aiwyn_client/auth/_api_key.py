# Copied from overlays/aiwyn_client/auth/_api_key.py: edit it there; `make generate` rewrites this file.
"""``apiKey``: a key sent as it is, in the header, query parameter or cookie the scheme names."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from .._redact import REDACTED, Secrets


class KeyAsIsAuth(httpx.Auth):
    """An API key sent as the description's ``apiKey`` scheme says: a header, a query parameter or
    a cookie. Like a fixed token, a 401 cannot be cured by it and surfaces as ``AuthenticationError``."""

    def __init__(self, api_key: str, *, location: str, name: str) -> None:
        if location not in ("header", "query", "cookie"):
            raise ValueError(f"an API key goes in a header, query or cookie, not {location!r}")
        self._key, self._location, self._name = api_key, location, name
        self.secrets = Secrets(api_key)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._location == "header":
            request.headers[self._name] = self._key
        elif self._location == "query":
            request.url = request.url.copy_merge_params({self._name: self._key})
        else:
            cookies = request.headers.get("Cookie")
            pair = f"{self._name}={self._key}"
            request.headers["Cookie"] = f"{cookies}; {pair}" if cookies else pair
        yield request

    def __repr__(self) -> str:
        return f"KeyAsIsAuth({self._location}={self._name!r}, api_key={REDACTED!r})"
