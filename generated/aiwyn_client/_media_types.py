# Copied from overlays/aiwyn_client/_media_types.py: edit it there; `make generate` rewrites this file.
"""The ``Content-Type`` of a body sent as bytes where the description gives a range, not a type.

A range (``image/*``, ``*/*``) is no type a request can carry: Jellyfin's image uploads declare
``image/*``, and ASP.NET answers 415 to anything outside it, ``application/octet-stream``
included. The file given says what it is: its ``mime_type``, or the type its name implies. A type
outside the range is refused before sending; ``*/*`` with nothing said is sent as bytes of no
particular type (``application/octet-stream``).
"""

from __future__ import annotations

import mimetypes

from ._exceptions import InvalidArgumentError
from .types import File

ANY_BYTES = "application/octet-stream"


def media_type(body: File, media_range: str, operation: str) -> str:
    """The type ``body`` is sent as under ``media_range``: its own, where the range holds it."""
    given = body.mime_type or (mimetypes.guess_type(body.file_name)[0] if body.file_name else None)
    if given is not None and within(given, media_range):
        return given
    if media_range == "*/*":
        return given or ANY_BYTES
    said = f"is {given}" if given else "says no type"
    raise InvalidArgumentError(
        f"{operation}: the body must be {media_range}, and the file given {said}: "
        f'pass a File with a mime_type in it (File(payload=..., mime_type="...")) or a file_name that names one'
    )


def within(media_type: str, media_range: str) -> bool:
    """Whether ``media_type`` (``image/png``) is one ``media_range`` (``image/*``) holds."""
    kind, _, sub = media_type.split(";", 1)[0].strip().lower().partition("/")
    want_kind, _, want_sub = media_range.strip().lower().partition("/")
    return want_kind in ("*", kind) and want_sub in ("*", sub)
