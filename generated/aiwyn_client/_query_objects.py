# Copied from overlays/aiwyn_client/_query_objects.py: edit it there; `make generate` rewrites this file.
"""How an object query parameter is sent: its keys at the top level, or in brackets under its name.

openapi-python-client sends a query parameter whose schema is an object as its keys, each a
parameter of its own (``?status=paid&since=2024-01-01``: ``style: form`` with ``explode``,
OpenAPI's default). A description that says ``style: deepObject`` means them in brackets under the
parameter's name (``?filter[status]=paid&filter[since]=2024-01-01``, Apideck's ``filter``,
Lago's ``group``), and a server reading those ignores top-level keys and answers unfiltered. The
endpoint functions hand each object to ``query_object`` with the operation's name; the
operation's ``deep_objects`` (``_spec``, from the description) say which are sent in brackets.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ._spec import OPERATIONS


def query_object(value: Any, name: str, operation: str) -> Any:
    """``value`` (an object parameter's JSON, a mapping) as the query keys it is sent as: as it is,
    or with every key in brackets under ``name`` (a nested object's under its own key too:
    ``filter[amount][gte]``) where the operation sends ``name`` as a deepObject."""
    info = OPERATIONS.get(operation)
    if info is None or name not in info.deep_objects or not isinstance(value, Mapping):
        return value
    return dict(_bracketed(name, value))


def _bracketed(prefix: str, value: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    for key, item in value.items():
        if isinstance(item, Mapping):
            yield from _bracketed(f"{prefix}[{key}]", item)
        else:
            yield f"{prefix}[{key}]", item
