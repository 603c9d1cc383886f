# Copied from overlays/aiwyn_client/_typed_lists.py: edit it there; `make generate` rewrites this file.
"""A list's typed iterator as the commands call it: arguments given by name, records read back as JSON.

``aiwyn export`` and ``aiwyn sync`` follow two kinds of list. Those ``Aiwyn.paginate`` pages (page
numbers, offsets or a keyset in a JSON body, under no path parameter) are read as raw records. Every
other list that pages (GET lists paged by query parameters, cursors, next links: most public APIs)
goes through its typed iterator, with its own paging plan, exactly-once guarantee and resume
tokens; its records are written back as the API's JSON (``to_dict()``). Such an iterator may need
arguments of its own (a parent's id in its path, a tenant header): the commands take them as
``--param NAME=VALUE`` (``Arguments``) and name what is missing rather than fail on it.
"""

from __future__ import annotations

import inspect
import re
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from ._catalog import MethodInfo

Arguments = Mapping[str, str]
"""Values for the iterators' own arguments, by their Python names (``--param xero_tenant_id=...``):
a tenant header or a company id every list of an API asks for."""

PAGING_OPTIONS = frozenset({"page_size", "max_items", "start_page", "resume", "concurrency"})
"""What every iterator takes for its paging: the commands' own options, never a ``--param``."""


def raw_pages(info: MethodInfo) -> bool:
    """Whether ``Aiwyn.paginate`` follows the method over raw records: a list or search paged by
    page numbers, offsets or a keyset in its JSON body, under no path parameter."""
    paging = info.paging
    return paging is not None and info.size_field is not None and not paging.style and not info.path_params


def iterator(client: Any, resource: str, info: MethodInfo) -> Callable[..., Any]:
    """The method's iterator on ``client`` (an ``Aiwyn`` or an ``AsyncAiwyn``)."""
    found: Callable[..., Any] = getattr(getattr(client, resource), str(info.iterator))
    return found


def _named(call: Callable[..., Any]) -> list[inspect.Parameter]:
    """``call``'s parameters that have names (not ``*args`` or ``**request_options``)."""
    variadic = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    return [p for p in inspect.signature(call).parameters.values() if p.kind not in variadic]


def needs(iterate: Callable[..., Any], given: Arguments | None = None) -> list[str]:
    """The arguments ``iterate`` cannot do without (a parent's id in its path, a required query
    parameter or header) that ``given`` lacks."""
    return [p.name for p in _named(iterate) if p.default is inspect.Parameter.empty and p.name not in (given or {})]


def headers_needed(
    headers: Sequence[tuple[str, str]], defaults: Mapping[str, str], given: Arguments | None = None
) -> list[str]:
    """The arguments of required ``headers`` ((argument, header) pairs) that neither ``given`` nor
    the client's ``defaults`` give: the methods take them as optional for the defaults' sake."""
    present = {name.lower() for name in defaults}
    return [argument for argument, header in headers if argument not in (given or {}) and header.lower() not in present]


def own_arguments(call: Callable[..., Any], by_command: Collection[str] = ()) -> list[str]:
    """The arguments of ``call`` a ``--param`` can give: not its paging options, nor those the
    command gives itself (a resource's ids, a search's ``where``), nor ``**request_options``."""
    return [p.name for p in _named(call) if p.name not in PAGING_OPTIONS and p.name not in by_command]


def checked_arguments(
    call: Callable[..., Any], given: Arguments, label: str, by_command: Collection[str] = ()
) -> dict[str, Any]:
    """``given`` typed as ``call`` declares them, for a command that calls it once: an argument it
    cannot do without and lacks, or a name it does not take, is a ``ValueError`` saying which."""
    missing = [name for name in needs(call, given) if name not in by_command]
    if missing:
        wanted = " ".join(f"--param {name}=..." for name in missing)
        raise ValueError(f"{label} needs {', '.join(missing)}: give {wanted}")
    own = own_arguments(call, by_command)
    unknown = [name for name in given if name not in own]
    if unknown:
        raise ValueError(f"{label} takes no {', '.join(unknown)} (--param takes {', '.join(own) or 'nothing here'})")
    accepted = inspect.signature(call).parameters
    return {name: _argument(accepted[name], value) for name, value in given.items()}


def typed_pager(iterate: Callable[..., Any], given: Arguments | None, page_size: int | None, **options: Any) -> Any:
    """``iterate`` called with what it takes of ``given`` (typed as it declares them), ``page_size``
    and ``options`` (``max_items``, ``resume``, ``concurrency``): its pager."""
    accepted = inspect.signature(iterate).parameters
    arguments = {name: _argument(accepted[name], value) for name, value in (given or {}).items() if name in accepted}
    if "page_size" in accepted and page_size:
        arguments["page_size"] = page_size
    arguments.update((name, value) for name, value in options.items() if name in accepted)
    positional = [
        arguments.pop(name) for name, p in accepted.items() if p.kind is p.POSITIONAL_ONLY and name in arguments
    ]
    return iterate(*positional, **arguments)


def as_json(record: Any) -> dict[str, Any]:
    """A typed record as the API's JSON: its ``to_dict()`` (a list of scalars' item as ``value``)."""
    to_dict = getattr(record, "to_dict", None)
    if callable(to_dict):
        found: dict[str, Any] = to_dict()
        return found
    return record if isinstance(record, dict) else {"value": record}


def _argument(parameter: inspect.Parameter, text: str) -> Any:
    """A ``--param`` value as its argument's annotation types it: int, float, UUID, bool, else text."""
    annotation = str(parameter.annotation)
    words = set(re.findall(r"[A-Za-z_]+", annotation))
    try:
        if "int" in words:
            return int(text)
        if "float" in words:
            return float(text)
        if "UUID" in words:
            return uuid.UUID(text)
    except ValueError:
        kind = "a UUID" if "UUID" in words else "a number"
        raise ValueError(f"--param {parameter.name}={text}: not {kind}, as {annotation} asks") from None
    if "bool" in words:
        answer = text.strip().lower()
        if answer not in ("true", "1", "yes", "false", "0", "no"):
            raise ValueError(f"--param {parameter.name}={text}: not true or false, as {annotation} asks")
        return answer in ("true", "1", "yes")
    return text
