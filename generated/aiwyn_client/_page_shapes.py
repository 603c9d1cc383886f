# Rendered from overlays/aiwyn_client/_page_shapes.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""The names that tell how a page keeps its records and its total, for the generic requests.

Rendered from the generator's ``page_shapes`` module, the one place that knows them: the
generator reads descriptions against the same names (do not edit).
"""

from __future__ import annotations

from typing import Final

TOTAL_KEYS: Final[tuple[str, ...]] = (
    "total",
    "count",
    "totalCount",
    "total_count",
    "totalRecords",
    "total_records",
    "totalItems",
    "total_items",
    "totalResults",
    "total_results",
    "totalSize",
    "total_size",
    "totalElements",
    "total_elements",
    "totalEntries",
    "total_entries",
    "totalHits",
    "total_hits",
    "recordsetCount",
    "numResults",
)
"""An integer beside the records (or at the top of the body) that counts every record."""
