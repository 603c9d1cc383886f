"""Which paths name a procedure rather than a collection: RPC-style paths (``/item/get``,
``/accounts/balance/get``, ``/transactions/sync``), read from how the description uses its words.

A REST path ends in a collection (``/clients``) or a record (``/clients/{id}``); an RPC-style one
ends in what the call does, and the same verbs then end paths under many parents. So a last
segment after another literal one is a procedure when that word ends paths under
``RECURRING_PARENTS`` parents or more (a collection is not named again under unrelated parents
without an id between them). When such paths are at least half of the description, it is
RPC-style throughout, and every path ending in two literal segments is a procedure
(``/item/public_token/exchange``, whose verb is used once). ``generator.resources`` then names
the resource after the segments before the procedure and the method after the procedure.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

PATH_PREFIXES = re.compile(r"^(gql|api|rest|v?\d+(\.\d+)*)$")
"""Segments that version or route an API rather than name a resource."""
RECURRING_PARENTS = 3


def segments(path: str) -> list[str]:
    """The segments of a path that may name something: no version or routing prefix, no fragment."""
    return [p for p in path.partition("#")[0].split("/") if p and not PATH_PREFIXES.match(p)]


DOTTED = re.compile(r"[A-Za-z][\w-]*(\.[A-Za-z][\w-]*)+(?<!\.json)(?<!\.xml)")
"""A last segment of dotted words: a namespace and its procedure (Slack's ``/chat.postMessage``,
Unkey's ``/v2/keys.createKey``)."""


def dotted_procedures(paths: Iterable[str]) -> bool:
    """Whether the description calls its procedures by dotted names throughout: at least half its
    paths end in one (never a few: Kubernetes' ``events.k8s.io`` is a group, Ory's ``webauthn.js`` a file)."""
    every = list(paths)
    dotted = [path for path in every if DOTTED.fullmatch(path.partition("#")[0].rstrip("/").rsplit("/", 1)[-1])]
    return len(dotted) >= RECURRING_PARENTS and 2 * len(dotted) >= len(every)


def undotted(path: str) -> str:
    """``path`` with its last segment's dotted words as segments (``/chat.postMessage``: ``/chat/postMessage``)."""
    head, _, last = path.rpartition("/")
    return f"{head}/{last.replace('.', '/')}" if DOTTED.fullmatch(last) else path


def _ends_in_a_word(parts: list[str]) -> bool:
    """Two literal segments at the end, the last a word (not ``{id}`` nor ``:id``)."""
    return len(parts) >= 2 and not parts[-2].startswith("{") and parts[-1][:1].isalpha()


def procedure_paths(paths: Iterable[str], *, dotted: bool = False) -> frozenset[str]:
    """The paths among ``paths`` whose last segment names the procedure they call; ``dotted``: the
    description calls them by dotted names (``paths`` are ``undotted``), so it is RPC-style throughout."""
    every = set(paths)
    candidates = {path: parts for path in every for parts in [segments(path)] if _ends_in_a_word(parts)}
    if dotted:
        return frozenset(candidates)
    parents: defaultdict[str, set[tuple[str, ...]]] = defaultdict(set)
    for parts in candidates.values():
        parents[parts[-1]].add(tuple(parts[:-1]))
    verbs = {word for word, under in parents.items() if len(under) >= RECURRING_PARENTS}
    found = {path for path, parts in candidates.items() if parts[-1] in verbs}
    if found and 2 * len(found) >= len(every):  # RPC-style throughout
        return frozenset(candidates)
    return frozenset(found)
