"""Iterators over every list and search: pages or items, sync or async, resumable, exactly once.

One small strategy per paging style, chosen from the description (``Paging.style``):

* ``numbered``: page numbers (``page``, from 0 or 1) and offsets (``offset``), in the body or the
  query, with the shift check and de-duplication;
* ``keyset``: searches that filter and sort, by the records after the last one delivered;
* ``cursor``: cursors and page tokens, the last record's id (``starting_after``), ``next`` links
  in the body and ``Link`` headers, each page saying how to ask for the next.

What they share (``_plan``): the stop rule (a page short of the reported total is asked for once
more, then ``PaginationError`` says where the run stands), de-duplication by the unique key,
``max_items`` and resume tokens: a page that fails (after the client's retries) raises its own
error, ``resume_token`` then says where to continue, and ``iter(..., resume=token)`` continues
without repeating items. The pagers (``_pager``) drive any strategy, sync or async.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .._exceptions import InvalidArgumentError, PaginationError
from .._paging import Paging
from ._pager import AsyncPager, Pager
from ._pages import MoreOf
from ._plan import PageRequest, Plan, ResumeToken
from .cursor import CursorPlan, NextOf
from .keyset import KeysetPlan
from .numbered import NumberedPlan

__all__ = [
    "AsyncPager",
    "PageRequest",
    "PaginationError",
    "Pager",
    "Paging",
    "Plan",
    "ResumeToken",
    "plan_for",
]


def plan_for(
    paging: Paging,
    items_of: Callable[[Any], Sequence[Any] | None],
    total_of: Callable[[Any], int | None] | None,
    key_of: Callable[[Any], Mapping[str, Any]],
    *,
    page_size: int | None,
    max_items: int | None,
    start_page: int = 0,
    where: Mapping[str, Any] | None = None,
    order_by: Sequence[Mapping[str, Any]] | None = None,
    resume: ResumeToken | None,
    id_of: Callable[[Any], Any] | None = None,
    next_of: NextOf | None = None,
    more_of: MoreOf | None = None,
    label: str = "the iteration",
) -> Plan[Any, Any]:
    """The strategy ``paging`` names, set up for one run (``total_of`` None: the pages report no
    total; ``more_of`` None: they say nothing of whether more follow)."""
    common: dict[str, Any] = {"page_size": page_size, "max_items": max_items, "resume": resume, "id_of": id_of}
    style = paging.strategy
    if style == "cursor":
        if next_of is None:
            raise InvalidArgumentError(f"{label}: cursor paging needs to know where a page names the next one")
        if start_page:
            raise InvalidArgumentError("start_page needs page numbers; this list pages by cursor (use resume=)")
        return CursorPlan(paging, items_of, total_of, key_of, next_of=next_of, label=label, **common)
    common.update(start_page=start_page, where=where, order_by=order_by, label=label)
    if style == "keyset":
        return KeysetPlan(paging, items_of, total_of, key_of, **common)
    return NumberedPlan(paging, items_of, total_of, key_of, more_of=more_of, **common)
