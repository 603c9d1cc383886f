# Copied from overlays/aiwyn_client/pagination/_pages.py: edit it there; `make generate` rewrites this file.
"""Reading a typed page: its records, its total and its next cursor, by the model attributes that
hold them (``UNSET`` and ``None`` read as absent)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..types import Unset


def dig(obj: Any, path: Sequence[str]) -> Any:
    """Follow attributes, treating ``UNSET`` and ``None`` as absent."""
    for name in path:
        obj = getattr(obj, name, None)
        if obj is None or isinstance(obj, Unset):
            return None
    return obj


MoreOf = Callable[[Any], "bool | None"]
"""Whether a page says more records follow: True, False, or None where it says nothing."""


def flag_at(page: Any, path: Sequence[str]) -> bool | None:
    """The page's flag at ``path`` (``has_more``), or None where it gives none."""
    found = dig(page, path)
    return found if isinstance(found, bool) else None


def not_done(page: Any, path: Sequence[str]) -> bool | None:
    """Whether more records follow, by the page's flag at ``path`` that says the reverse (Svix's
    ``done``), or None where it gives none."""
    found = flag_at(page, path)
    return None if found is None else not found


def items_at(page: Any, path: Sequence[str]) -> list[Any] | None:
    """The page's records, or None when the page has no records array (a malformed page)."""
    found = dig(page, path)
    return found if isinstance(found, list) else None  # the pager copies what it keeps


def count_at(page: Any, path: Sequence[str] | None) -> int | None:
    found = dig(page, path) if path else None
    return found if isinstance(found, int) else None
