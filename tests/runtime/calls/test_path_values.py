"""A path parameter that is not a string goes into the URL in OpenAPI's ``simple`` style: a list
as its items joined by commas (Trello's ``/organizations/bulk/{idOrganizations}``), a boolean as
``true``, a date as ISO 8601; never as a Python ``repr``."""

from __future__ import annotations

import datetime
import enum

import pytest
from aiwyn_client._path_values import path_value


class Colour(enum.Enum):
    DARK_RED = "dark red"


@pytest.mark.parametrize(
    ("value", "segment"),
    [
        (["a", "b"], "a,b"),
        (("x/y", "z"), "x%2Fy,z"),  # each item encoded, the commas kept as delimiters
        ([1, 2, 3], "1,2,3"),
        (True, "true"),
        (datetime.date(2024, 1, 2), "2024-01-02"),
        (datetime.datetime(2024, 1, 2, 3, 4, 5), "2024-01-02T03%3A04%3A05"),
        (Colour.DARK_RED, "dark%20red"),
        (42, "42"),
    ],
)
def test_a_value_becomes_its_simple_style_segment(value: object, segment: str) -> None:
    assert path_value(value) == segment
