"""The page sizes an iterator asks for come from the size parameter's schema, and its default is
one of them: a documented default outside the range (Okta's ``limit: {default: -1, maximum:
200}``, -1 meaning "all") would refuse the iterator's own first call, with no argument given."""

from __future__ import annotations

import pytest

from generator.resources import _size_range


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"minimum": 1, "maximum": 100, "default": 25}, (1, 100, 25)),
        ({"maximum": 200, "default": -1}, (1, 200, 50)),
        ({"minimum": 0, "maximum": 20}, (1, 20, 20)),
        ({"default": 5000, "maximum": 500}, (1, 500, 50)),
        ({}, (1, 1000, 50)),
    ],
    ids=["documented", "a default meaning all", "a minimum of none", "a default past the maximum", "nothing said"],
)
def test_the_default_page_size_is_always_one_the_iterator_may_ask_for(
    schema: dict[str, int], expected: tuple[int, int, int]
) -> None:
    found = _size_range(schema, 1000)
    assert (found["size_min"], found["size_max"], found["size_default"]) == expected
