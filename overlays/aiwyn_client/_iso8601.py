"""ISO 8601 parsing for generated models.

``datetime.fromisoformat`` is fast and, from Python 3.11, reads every form the API sends; on
3.10 it rejects a trailing ``Z`` and some offsets, so those fall back to dateutil's parser.
"""

from __future__ import annotations

import datetime

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
