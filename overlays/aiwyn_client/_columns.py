"""The warehouse's column naming rule, written once for both sides of ``aiwyn sync``.

The generator names the declared columns with it (``generator/warehouse.py`` renders them into
``_schemas.py``) and the dlt source names the keys a server sends beyond the description with
it at run time (``aiwyn_client.dlt``), so an undeclared key gets the name it would have had if
the description declared it. This module imports nothing of the package, so the generator can
import it from the overlays directory (``Settings.overlay_module``) without the generated package.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence


def snake_case(name: str) -> str:
    """dlt's snake_case of an API name (``partnerStaffId`` -> ``partner_staff_id``, ``@odata.id`` ->
    ``odata_id``): we choose the names before dlt sees them, and every name this gives is one dlt
    keeps as it is (lower-case ASCII letters, digits and single underscores, no trailing one)."""
    # Letters with accents keep their letter (``Ünïcödé`` -> ``unicode``); other scripts have none.
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name)
    name = re.sub(r"[^a-zA-Z0-9_]+", "_", name).lower()
    name = re.sub(r"_+", "_", name).strip("_") or "x"  # dlt's own name for a name of no letters
    return f"_{name}" if name[0].isdigit() else name


def flat_name(path: Sequence[str]) -> str:
    """A nested property's column: its path's names in snake_case joined by ``__`` (as dlt does)."""
    return "__".join(snake_case(part) for part in path)


def unique(base: str, used: set[str]) -> str:
    """``base``, or ``base_2``, ``base_3``, ... whichever is not in ``used`` yet; now in it."""
    name, n = base, 1
    while name in used:
        n += 1
        name = f"{base}_{n}"
    used.add(name)
    return name
