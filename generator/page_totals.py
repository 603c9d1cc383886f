"""Where a page keeps its total (the count of every record), found by the description's structure.

Beside the records, or at the top of an enveloped body, the first integer named like a total
(``generator.page_shapes.TOTAL_KEYS``; an unambiguous name before ``count``) or a Hasura aggregate
(``total``, ``aggregate`` or ``<name>_aggregate`` holding ``aggregate.count``) is the total, as it
always was; a ``count`` there is not, when a has-more flag sits beside it (Marqeta's ``{count,
is_more, data}``: a page that says whether more follow counts its own records). Only where none
is there, the objects beside the records (Lago's and DigitalOcean's ``meta``, ``pagination``,
``page_info``, whatever they are named) are looked into, one level down, and into their own
paging objects (``meta.pagination``), two: the total is the one integer there with an
unambiguous total name (``meta.total_count``), and none when two are found (two counts, and
nothing says which counts the list) or when the only one is a ``count`` (``PAGE_COUNT_KEYS``),
which as often counts the page. A wrong total is worse than
none: a page's count read as the list's would end the run after its first page. The records
themselves are never looked into.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from generator import page_shapes as shapes

if TYPE_CHECKING:
    from generator.spec import SpecIndex


def total_path(index: SpecIndex, levels: list[tuple[tuple[str, ...], Mapping[str, Any]]]) -> tuple[str, ...] | None:
    """The total's path (API names, outermost first) in a page whose records sit among the
    properties of ``levels[0]`` (each level: its path and its properties; the next ones are the
    levels above, up to the top of the body), or None when the page declares no single total."""
    for prefix, props in levels:
        found = _beside(index, prefix, props)
        if found is not None:
            return found
    held = [found for prefix, props in levels for found in _held(index, prefix, props)]
    return held[0] if len(held) == 1 else None


def _beside(index: SpecIndex, prefix: tuple[str, ...], props: Mapping[str, Any]) -> tuple[str, ...] | None:
    """A total among ``props``: an unambiguous name first, then a page count's, then an aggregate."""
    integers = [
        name for name, prop in props.items() if _is_integer(index, prop) and shapes.named(name, shapes.TOTAL_KEYS)
    ]
    plain = [name for name in integers if not shapes.named(name, shapes.PAGE_COUNT_KEYS)]
    if plain:
        return (*prefix, plain[0])
    if integers and not _says_more(index, props):  # Marqeta's {count, is_more, data}: the page's count
        return (*prefix, integers[0])
    for name, prop in props.items():
        is_aggregate = name in ("total", "aggregate") or name.endswith("_aggregate")
        aggregate = index.properties(prop).get("aggregate") if is_aggregate else None
        if aggregate is not None and "count" in index.properties(aggregate):
            return (*prefix, name, "aggregate", "count")
    return None


def _says_more(index: SpecIndex, props: Mapping[str, Any]) -> bool:
    """Whether a has-more flag sits among ``props``: a page that says whether more follow counts
    its own records in a ``count`` beside it, as a page with a total would have no need to."""
    for name, prop in props.items():
        schema = index.resolve(index.non_null(prop))
        if (
            isinstance(schema, Mapping)
            and schema.get("type") == "boolean"
            and shapes.named(name, shapes.HAS_MORE_FIELDS)
        ):
            return True
    return False


def _held(
    index: SpecIndex, prefix: tuple[str, ...], props: Mapping[str, Any], *, within: tuple[str, ...] = ()
) -> list[tuple[str, ...]]:
    """The unambiguous totals of the objects among ``props`` (never of an array's items), and of
    the paging objects inside those (Unit's ``meta.pagination.total``); ``within``, when given,
    names the only objects to look into."""
    found = []
    for holder, prop in props.items():
        if within and not shapes.named(holder, within):
            continue
        inner_props = index.properties(prop)
        for name, inner in inner_props.items():
            if (
                _is_integer(index, inner)
                and shapes.named(name, shapes.TOTAL_KEYS)
                and not shapes.named(name, shapes.PAGE_COUNT_KEYS)
            ):
                found.append((*prefix, holder, name))
        if not within:
            found += _held(index, (*prefix, holder), inner_props, within=shapes.CURSOR_HOLDERS)
    return found


def _is_integer(index: SpecIndex, prop: Any) -> bool:
    schema = index.resolve(index.non_null(prop))
    if not isinstance(schema, Mapping):
        return False
    declared = schema.get("type")
    return declared == "integer" or (isinstance(declared, list) and "integer" in declared)
