"""How one operation pages: the one description the generator fills in and the runtime reads.

The generator loads this module from overlays/ by path (it has no imports of the package) and
renders each operation's ``Paging`` with its ``repr``; the iterators in ``pagination`` run on
the same class. A field added here is therefore known to both sides at once.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Paging:
    """How one operation pages, rendered from the spec."""

    size_min: int
    size_max: int
    size_default: int
    page_semantics: str | None
    """"index", "offset", or None for keyset paging."""
    key: str | None = "id"
    """The unique key (API name): keyset paging's last sort key, page paging's de-duplication key."""
    first_page: int = 0
    """The number of the first page, for page-index paging (0, or 1 for APIs that count from 1)."""

    @property
    def keyset(self) -> bool:
        return self.page_semantics is None
