"""Download the published API description, replacing openapi/aiwyn.yaml only on success.

The document is kept as published: a Swagger 2.0 one too, which loading converts (``generator.swagger2``)."""

from __future__ import annotations

import os
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from generator import swagger2
from generator.load import LoadError, loads

TIMEOUT_SECONDS = 30


class FetchError(Exception):
    """The description could not be downloaded or is not an OpenAPI document."""


def fetch(url: str, destination: Path) -> int:
    """Write the document at ``url`` to ``destination``; return its size in bytes."""
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - URL from config
            body: bytes = response.read()
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(f"cannot download {url}: {reason}; {destination} left unchanged") from exc
    try:
        document = loads(body, url)
    except LoadError as exc:
        raise FetchError(f"{url} did not return YAML or JSON; {destination} left unchanged") from exc
    if not isinstance(document, dict) or not ("openapi" in document or swagger2.is_swagger2(document)):
        raise FetchError(f"{url} returned no OpenAPI or Swagger 2.0 document; {destination} left unchanged")
    fd, tmp = tempfile.mkstemp(dir=destination.parent, prefix=".fetch-")
    with os.fdopen(fd, "wb") as handle:
        handle.write(body)
    os.replace(tmp, destination)
    return len(body)
