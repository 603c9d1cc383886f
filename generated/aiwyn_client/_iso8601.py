# Copied from overlays/aiwyn_client/_iso8601.py: edit it there; `make generate` rewrites this file.
"""ISO 8601 parsing for generated models.

From Python 3.11 ``datetime.fromisoformat`` reads every form the API sends and is implemented
in C, so it is used directly, with no wrapper call per value. Before 3.11 (and on PyPy, which
implements 3.10: the path without msgspec) it takes only ``+HH:MM`` offsets and three or six
fractional digits, so the usual forms it refuses (a trailing ``Z``, ``+HHMM``, other numbers of
fractional digits) are rewritten into one it takes, still in C; dateutil's parser reads what is
left. Digits past the sixth (a tenth of a microsecond) are dropped, not rounded, as 3.11's
``fromisoformat`` drops them, so both give the same value.

RFC 3339 allows a lower-case ``t`` and ``z``, which msgspec reads (``aiwyn_client._wire``) and
``fromisoformat`` does not all: ``reread`` takes them, so both paths give the same value.
"""

from __future__ import annotations

import datetime
import re
import sys
from collections.abc import Callable

parse_datetime: Callable[[str], datetime.datetime]
parse_date: Callable[[str], datetime.date]

_FORMS = re.compile(r"(\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d(?::\d\d)?)(?:[.,](\d+))?([Zz]|[+-]\d\d:?\d\d)?")


def fromisoformat_310(value: str) -> datetime.datetime | None:
    """``value`` in a form 3.10's ``fromisoformat`` takes, parsed; None if it is not one of the
    usual forms (a date and time, a fraction of any length, ``Z`` or a numeric offset)."""
    match = _FORMS.fullmatch(value)
    if match is None:
        return None
    stamp, fraction, offset = match.groups()
    stamp = stamp.replace("t", "T")
    if fraction:
        stamp += "." + fraction[:6].ljust(6, "0")  # past microseconds: dropped, as 3.11 drops them
    if offset:
        stamp += "+00:00" if offset in "Zz" else offset if ":" in offset else f"{offset[:3]}:{offset[3:]}"
    try:
        return datetime.datetime.fromisoformat(stamp)
    except ValueError:
        return None


if sys.version_info >= (3, 11):
    parse_datetime = datetime.datetime.fromisoformat
    parse_date = datetime.date.fromisoformat
else:  # pragma: no cover - exercised on 3.10 (the rewriting is tested on every version)
    from dateutil.parser import isoparse

    def parse_datetime(value: str) -> datetime.datetime:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            parsed = fromisoformat_310(value) if isinstance(value, str) else None
            return parsed if parsed is not None else isoparse(value)

    def parse_date(value: str) -> datetime.date:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return isoparse(value).date()


def reread(value: str) -> datetime.datetime | None:
    """A date-time ``parse_datetime`` refused, read again in RFC 3339's lower-case form (a
    trailing ``z``); None if it is not one."""
    if value[-1:] != "z":
        return None
    try:
        return parse_datetime(value[:-1] + "Z")
    except ValueError:
        return None
