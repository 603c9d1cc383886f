"""ISO 8601 parsing for generated models.

From Python 3.11 ``datetime.fromisoformat`` reads every form the API sends and is implemented
in C, so it is used directly, with no wrapper call per value. On 3.10 it rejects a trailing
``Z`` and some offsets, so those fall back to dateutil's parser.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Callable

parse_datetime: Callable[[str], datetime.datetime]
parse_date: Callable[[str], datetime.date]

if sys.version_info >= (3, 11):
    parse_datetime = datetime.datetime.fromisoformat
    parse_date = datetime.date.fromisoformat
else:  # pragma: no cover - exercised on 3.10
    from dateutil.parser import isoparse

    def parse_datetime(value: str) -> datetime.datetime:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return isoparse(value)

    def parse_date(value: str) -> datetime.date:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return isoparse(value).date()
