"""A total kept in an object beside the records (Lago's ``meta.total_count``, DigitalOcean's
``meta.total``: the path the generator renders into the iterator's ``PageSpec``) is read as any
total is: an async iterator on a page-number list asks for pages ahead, up to its concurrency, and
delivers each record once. Without that path the same list is read one page at a time."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

from aiwyn_client._resource_support import PageSpec
from aiwyn_client.pagination import Paging

PAGING = Paging(size_min=1, size_max=100, size_default=10, page_semantics="index", key="id")


@dataclass(frozen=True)
class Widget:
    id: int

    def to_dict(self) -> dict[str, int]:
        return {"id": self.id}


RECORDS = [Widget(n) for n in range(1, 96)]


class Widgets:
    """A ``GET /widgets?page=&per_page=`` answering ``{widgets, meta: {current_page, total}}``,
    counting the requests it holds at once."""

    def __init__(self) -> None:
        self.in_flight = self.most_in_flight = 0

    async def list(self, *, page: int, per_page: int) -> Callable[[], SimpleNamespace]:
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            for _ in range((7 - page) % 3):  # answered out of order
                await asyncio.sleep(0)
            chosen = RECORDS[page * per_page : (page + 1) * per_page]
            meta = SimpleNamespace(current_page=page, total=len(RECORDS))
            answer = SimpleNamespace(widgets=chosen, meta=meta)  # read by attribute, as a typed page is
            return lambda: answer
        finally:
            self.in_flight -= 1


def _read(total: tuple[str, ...] | None) -> tuple[list[int], int]:
    api = Widgets()
    spec = PageSpec(
        PAGING, items=("widgets",), total=total, size_arg="per_page", page_arg="page", key_attr="id", label="widgets"
    )

    async def main() -> list[int]:
        pager = spec.async_pager(api.list, {}, 4, 10, None, None)
        return [record.id async for record in pager]

    return asyncio.run(main()), api.most_in_flight


def test_a_list_whose_total_sits_in_its_meta_is_read_ahead() -> None:
    got, most_in_flight = _read(("meta", "total"))
    assert got == [r.id for r in RECORDS]
    assert 1 < most_in_flight <= 4


def test_the_same_list_without_its_total_is_read_page_after_page() -> None:
    got, most_in_flight = _read(None)
    assert got == [r.id for r in RECORDS]
    assert most_in_flight == 1
