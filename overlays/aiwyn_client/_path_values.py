"""How a path parameter that is not a string goes into the URL: OpenAPI's ``simple`` style.

openapi-python-client writes ``str(value)`` into the path: a list became its Python ``repr``
(Trello's ``/organizations/bulk/{idOrganizations}`` was sent ``['a', 'b']``), a boolean
``True``, a date-time ``2024-01-02 03:04:05``. Here a list is its items joined by commas
(``a,b``), a boolean is ``true`` or ``false``, an enum its value and a date or time its ISO 8601
form; each item is percent-encoded on its own, so the commas stay delimiters.
"""

from __future__ import annotations

import datetime
from enum import Enum
from typing import Any
from urllib.parse import quote


def path_value(value: Any) -> str:
    """``value`` as its path segment, percent-encoded."""
    if isinstance(value, (list, tuple)):
        return ",".join(_item(item) for item in value)
    return _item(value)


def _item(value: Any) -> str:
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, Enum):
        text = str(value.value)
    elif isinstance(value, (datetime.date, datetime.time)):
        text = value.isoformat()
    else:
        text = str(value)
    return quote(text, safe="")
