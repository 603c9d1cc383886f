# Copied from overlays/aiwyn_client/_unread_pages.py: edit it there; `make generate` rewrites this file.
"""A list with no iterator, answered with a next page: the call read one page of several.

A description may leave out how a list pages while its server pages it anyway. Sentry's lists
answer with a ``Link: <...>; rel="next"`` header (RFC 8288) their description does not declare, so
the client has a plain method for them and no iterator, and a program reading such a list would
read its first page with nothing to say that the rest is missing. The first such answer of an
operation logs a warning that says how to declare the paging; once per operation and process.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

import httpx

from . import _extensions

if TYPE_CHECKING:
    from ._spec import OperationInfo

logger = logging.getLogger("aiwyn_client")
_warned: set[str] = set()


def note_unread_pages(response: httpx.Response, info: OperationInfo) -> None:
    """Warn, once per operation, when ``response`` (a list's answer) links a next page that no
    iterator of the client follows."""
    if "link" not in response.headers:
        return
    operation = response.request.extensions.get(_extensions.OPERATION)
    if operation is None or operation in _warned or operation in _iterated():
        return
    from .pagination.cursor import next_link  # what the Link-header iterator follows, read alike

    if next_link(response.headers) is None:
        return
    _warned.add(operation)
    logger.warning(
        '%s: the answer links a next page (a `Link` header, rel="next") that no iterator of this client follows, '
        "so this call read one page of several. Where the API description leaves the header out, mark the "
        "operation `x-aiwyn-link-header: true` in it, or give it `link_header: true` in the generator config's "
        "resources.overrides, and regenerate: it then has an iterator that follows the header.",
        info.operation_id,
    )


@functools.cache
def _iterated() -> frozenset[str]:
    """The operations (keys of ``_spec.OPERATIONS``) a resource iterator pages through."""
    from ._catalog import CATALOG  # the resource methods, read once a list answers with a Link header

    return frozenset(m.operation for methods in CATALOG.values() for m in methods.values() if m.iterator)
