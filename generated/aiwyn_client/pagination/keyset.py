# Copied from overlays/aiwyn_client/pagination/keyset.py: edit it there; `make generate` rewrites this file.
"""Keyset paging, for searches that filter and sort (Hasura ``where`` / ``orderBy``).

Order by the caller's keys and then by the unique key (``id``), and ask each time for the records
after the last one delivered (combined with the caller's ``where`` by ``_and``). Records inserted
or deleted during the run are neither repeated nor skipped among those that existed at the start.
Null sort values are placed as the server places them (Hasura: ``asc`` puts nulls last, ``desc``
first; ``*_nulls_first`` / ``*_nulls_last`` as written) through ``_is_null`` branches. A page that
does not move the cursor, or records without their sort keys, end the run with
``PaginationError`` instead of looping.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

import httpx

from .._exceptions import InvalidArgumentError
from ._plan import ItemT, PageRequest, PageT, ResumeToken, SearchPlan, _Retry

# Hasura's order directions; the bare ones put nulls last (asc) or first (desc).
DIRECTIONS: Final = frozenset(
    {"asc", "desc", "asc_nulls_first", "asc_nulls_last", "desc_nulls_first", "desc_nulls_last"}
)
_MISSING: Final[Any] = object()


class KeysetPlan(SearchPlan[PageT, ItemT]):
    """Keyset paging on the caller's sort keys and the unique key."""

    def __init__(self, *args: Any, start_page: int = 0, **kwargs: Any) -> None:
        """``SearchPlan``'s arguments, and the page to start at."""
        super().__init__(*args, **kwargs)
        if start_page:
            raise InvalidArgumentError("start_page needs a page field; this search pages by keyset (use resume=)")
        for order in self.order:
            _check_order(order)
        key = self.paging.key
        if key and not any(_path(o) == [key] for o in self.order):
            self.order.append({key: "asc"})
        self.position(kwargs.get("resume") or ResumeToken())

    def position(self, start: ResumeToken) -> None:
        super().position(start)
        self._after = start.after

    def request_for(self, page_index: int) -> PageRequest:
        return PageRequest(self.size, None, self._keyset_where(), self.order or None)

    def _keyset_where(self) -> dict[str, Any] | None:
        after = self.after
        if after is None:
            return self.where
        branches = []
        unique = [self.paging.key]
        for i, (order, value) in enumerate(zip(self.order, after, strict=False)):
            beyond = _beyond(order, value, nullable=_path(order) != unique)
            if beyond is None:
                continue  # nothing sorts after a null that sorts last
            equal = [_equal(o, v) for o, v in zip(self.order[:i], after[:i], strict=True)]
            branches.append({"_and": [*equal, beyond]} if equal else beyond)
        keyset = branches[0] if len(branches) == 1 else {"_or": branches}
        return {"_and": [self.where, keyset]} if self.where else keyset

    def accept(self, page_index: int, page: PageT, headers: httpx.Headers | None = None) -> list[ItemT] | _Retry:
        items, reported = self.items_and_total(page)
        if reported is not None:
            # A Hasura aggregate counts what the page's own `where` matches: what is left.
            self.total = self._counted + reported
        if items is None:
            return self.short(page_index, "without its records array")
        if not items:
            if reported not in (None, 0, self._counted):  # a total counting the whole set also fits
                return self.short(page_index, "empty")
            self.done = True
            self._fresh = []
            return []
        last = self._key_values(items[-1])
        if last is None:
            raise self._keyless(items)
        if self._after is not None and last == self._after:
            raise self.stop(
                f"{self.label}: the server answered the records after {self._after!r} with records that end "
                "at the same sort key: it does not apply the keyset condition, and paging would loop"
            )
        fresh = self.capped(items)
        # A short page ends the run only when its total agrees (or there is none); otherwise the
        # next request, for the records after this page's last, settles it.
        short = len(items) < self.size
        self.done = short and (reported is None or len(items) >= reported or self._counted + len(items) == reported)
        self.taken = 0
        self._fresh = fresh
        return fresh

    def _keyless(self, items: list[ItemT]) -> Exception:
        """The page's last record lacks a sort key: nothing can be asked for after it. The run stops
        before the page, whose records a resume then asks for again, and says which key."""
        missing = next(".".join(_path(o)) for o in self.order if _lookup(self.key_of(items[-1]), _path(o)) is _MISSING)
        return self.stop(
            f"{self.label}: the records do not carry the sort key {missing}, so paging by keyset cannot continue "
            "after them; order by fields the records return (resume=error.resume_token asks for this page again)"
        )

    def page_finished(self) -> None:
        taken = self.taken
        if taken:
            found = self._key_values(self._fresh[taken - 1])
            self._after = found if found is not None else self._after
        self._counted += taken
        self.taken, self._fresh = 0, ()
        if self.max_items is not None and self._counted >= self.max_items:
            self.done = True

    def _key_values(self, item: ItemT) -> tuple[Any, ...] | None:
        """The item's sort-key values, or None when it lacks one."""
        values = self.key_of(item)
        found = []
        for order in self.order:
            value = _lookup(values, _path(order))
            if value is _MISSING:
                return None
            found.append(value)
        return tuple(found)

    @property
    def after(self) -> tuple[Any, ...] | None:
        """Sort-key values of the last delivered item that has them (keyset paging)."""
        for item in reversed(self._fresh[: self.taken]):
            found = self._key_values(item)
            if found is not None:
                return found
        return self._after

    @property
    def token(self) -> ResumeToken:
        return ResumeToken(self.page, 0, self.after, self.count, None)


def _path(order: Mapping[str, Any]) -> list[str]:
    path, node = [], order
    while isinstance(node, Mapping):
        ((key, node),) = node.items()
        path.append(key)
    return path


def _direction(order: Mapping[str, Any]) -> str:
    node: Any = order
    while isinstance(node, Mapping):
        ((_, node),) = node.items()
    return str(node)


def _check_order(order: Mapping[str, Any]) -> None:
    node: Any = order
    while isinstance(node, Mapping):
        if len(node) != 1:
            raise InvalidArgumentError(f"each orderBy item names one field, not {dict(order)!r}")
        ((_, node),) = node.items()
    if node not in DIRECTIONS:
        raise InvalidArgumentError(
            f"orderBy direction {node!r} is not one of {', '.join(sorted(DIRECTIONS))}, so keyset paging "
            "cannot tell where nulls sort"
        )


def _lookup(document: Any, path: Sequence[str]) -> Any:
    for key in path:
        if not isinstance(document, Mapping) or key not in document:
            return _MISSING
        document = document[key]
    return document


def _leaf(order: Mapping[str, Any], op: str, value: Any) -> dict[str, Any]:
    node: Any = {op: value}
    for key in reversed(_path(order)):
        node = {key: node}
    result: dict[str, Any] = node
    return result


def _equal(order: Mapping[str, Any], value: Any) -> dict[str, Any]:
    return _leaf(order, "_is_null", True) if value is None else _leaf(order, "_eq", value)


def _beyond(order: Mapping[str, Any], value: Any, *, nullable: bool) -> dict[str, Any] | None:
    """What sorts strictly after ``value`` on this key, nulls placed as the server places them
    (the unique key is never null, so it needs no null branch)."""
    direction = _direction(order)
    nulls_first = direction == "desc" or direction.endswith("nulls_first")
    if value is None:
        return _leaf(order, "_is_null", False) if nulls_first else None
    strict = _leaf(order, "_gt" if direction.startswith("asc") else "_lt", value)
    return strict if nulls_first or not nullable else {"_or": [strict, _leaf(order, "_is_null", True)]}
