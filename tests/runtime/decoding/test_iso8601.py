"""Date-times before Python 3.11 (and on PyPy): the forms 3.10's ``fromisoformat`` refuses are
rewritten into one it takes, and give what 3.11's ``fromisoformat`` gives for them."""

from __future__ import annotations

import datetime
import sys

import pytest
from aiwyn_client._iso8601 import fromisoformat_310, parse_datetime, reread

FORMS = [
    "2024-03-01T12:30:00Z",
    "2024-03-01T12:30:00+00:00",
    "2024-03-01T12:30:00-0530",
    "2024-03-01 12:30:00+02:00",
    "2024-03-01T12:30:00.5Z",
    "2024-03-01T12:30:00.123Z",
    "2024-03-01T12:30:00,123456+01:00",
    "2024-03-01T12:30Z",
    "2024-03-01T12:30:00",
    "2024-03-01t12:30:00Z",
]


@pytest.mark.parametrize("value", FORMS)
def test_the_usual_forms_read_as_311_reads_them(value: str) -> None:
    expected = datetime.datetime(2024, 3, 1, 12, 30)
    parsed = fromisoformat_310(value)
    assert parsed is not None
    assert parsed.replace(microsecond=0, tzinfo=None) == expected
    if sys.version_info >= (3, 11):
        assert parsed == parse_datetime(value)


def test_a_seventh_fractional_digit_is_dropped_not_rounded() -> None:
    parsed = fromisoformat_310("2024-03-01T12:30:00.1234569Z")
    assert parsed == datetime.datetime(2024, 3, 1, 12, 30, 0, 123456, tzinfo=datetime.timezone.utc)
    if sys.version_info >= (3, 11):
        assert parsed == parse_datetime("2024-03-01T12:30:00.1234569Z")


@pytest.mark.parametrize("value", ["2024-03-01", "2024-W09-5T12:30", "2024-13-01T00:00:00Z", "soon"])
def test_other_forms_are_left_to_dateutil(value: str) -> None:
    assert fromisoformat_310(value) is None


def test_rfc_3339s_lower_case_z_is_read_again_as_utc() -> None:
    """msgspec reads it (aiwyn_client._wire); the dict path must give the same value."""
    utc = datetime.datetime(2024, 3, 1, 12, 30, tzinfo=datetime.timezone.utc)
    assert reread("2024-03-01T12:30:00z") == utc
    assert fromisoformat_310("2024-03-01t12:30:00z") == utc
    assert reread("2024-03-01T12:30:00") is None
    assert reread("not a date z") is None
