"""How one operation pages: the one description the generator renders and the runtime reads.

The generator writes each operation's ``Paging(...)`` with keyword arguments into the resource
modules and the catalog; the strategies in ``pagination`` run on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

CURSOR_STYLES: Final = frozenset({"cursor", "next_page", "after_id", "next_url", "link_header"})
"""The styles where each page says how to ask for the next (``pagination.cursor``)."""


@dataclass(frozen=True)
class Paging:
    """How one operation pages, rendered from the spec."""

    size_min: int
    size_max: int
    size_default: int
    page_semantics: str | None
    """"index", "offset", or None for keyset and cursor paging."""
    key: str | None = "id"
    """The unique key (API name): keyset paging's last sort key, the de-duplication key."""
    first_page: int = 0
    """The number of the first page, for page-index paging (0, or 1 for APIs that count from 1); for
    offset paging, the offset of the first record (1 for SCIM's ``startIndex``)."""
    style: str = ""
    """A cursor style (``cursor``, ``next_page``, ``after_id``, ``next_url``, ``link_header``); empty for page
    numbers, offsets and keysets, which ``page_semantics`` tells apart."""
    sized: bool = True
    """Whether a request says how many records a page holds; where it cannot (Xero's page-only
    lists), the server's page size is learnt from the first page, so a short page still ends the
    run only where it is short."""
    inferred: bool = False
    """Whether the style is the generator's inference rather than the description's: a ``Link``
    header no answer declares, read from a cursor parameter no answer field carries (Sentry's and
    Ory's lists). A server may page such a list another way, so a page of records without a ``Link``
    header stops the run with ``PaginationError`` rather than end it quietly."""
    numeric_cursor: bool = False
    """Whether the cursor parameter takes a number (Qdrant's point ids: an integer or a UUID): a
    cursor the body gave as a number (kept as text, as every cursor is) is sent back as one."""

    @property
    def keyset(self) -> bool:
        return self.page_semantics is None and not self.style

    @property
    def strategy(self) -> str:
        """``numbered``, ``keyset`` or ``cursor``: the strategy module that runs this paging."""
        if self.style in CURSOR_STYLES:
            return "cursor"
        return "keyset" if self.page_semantics is None else "numbered"
