"""Query arrays the description sends as one value, its items joined: ``?status=a,b``; and query
objects it sends in brackets, ``?filter[status]=paid`` (``deep_objects``).

openapi-python-client reads a parameter's ``style`` and ``explode`` but sends every query array
as its key repeated (``?status=a&status=b``: ``style: form``, ``explode: true``, OpenAPI 3's
default and Swagger 2.0's ``collectionFormat: multi``). An array whose description says otherwise
(``explode: false`` with ``form``: Swagger 2.0's ``csv``, its default; ``spaceDelimited``: ``ssv``;
``pipeDelimited``: ``pipes``) is listed here, by operation, with the separator its style gives;
the client's httpx client joins its values so (``OperationInfo.joined_query``, ``_http``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from generator.normalise.description import is_array

FORM = "application/x-www-form-urlencoded"

if TYPE_CHECKING:
    from generator.spec import Operation, SpecIndex

SEPARATORS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}
"""The separator of each style that can send an array as one value (OpenAPI 3's style values)."""


def joined_query(index: SpecIndex, op: Operation) -> tuple[tuple[str, str], ...]:
    """The operation's query arrays sent as one value: (the parameter's API name, the separator),
    in name order; empty for an operation whose arrays all repeat their key."""
    found: list[tuple[str, str]] = []
    for param in index.parameters(op):
        if param.get("in") != "query" or not _is_array(index, param.get("schema")):
            continue
        style = str(param.get("style") or "form")
        explode = bool(param.get("explode", style == "form"))  # OpenAPI 3: only form explodes by default
        if style in SEPARATORS and not explode:
            found.append((str(param.get("name")), SEPARATORS[style]))
    return tuple(sorted(found))


def _is_array(index: SpecIndex, schema: Any) -> bool:
    return is_array(index.resolve(index.non_null(schema or {})))


def deep_objects(index: SpecIndex, op: Operation) -> tuple[str, ...]:
    """The operation's query objects sent in brackets (``style: deepObject``: ``?filter[status]=paid``,
    ``?group[cloud]=aws``), by API name: openapi-python-client sends every query object's keys at
    the top level (``?status=paid``, ``style: form`` with ``explode``, OpenAPI's default), which a
    server reading ``filter[...]`` ignores, answering unfiltered. The endpoint functions hand
    such an object to ``aiwyn_client._query_objects``, which reads this list from ``_spec``.
    A form body's fields its ``encoding`` sends as deepObjects are listed too (Stripe's
    ``address[city]``): ``form_fields`` sends them in brackets."""
    queried = {
        str(param.get("name"))
        for param in index.parameters(op)
        if param.get("in") == "query" and param.get("style") == "deepObject"
    }
    body = index.resolve(op.raw.get("requestBody") or {})
    form = (body.get("content") or {}).get(FORM) if isinstance(body, Mapping) else None
    encoding = form.get("encoding") if isinstance(form, Mapping) else None
    fields = {
        str(name)
        for name, how in (encoding.items() if isinstance(encoding, Mapping) else ())
        if isinstance(how, Mapping) and how.get("style") == "deepObject"
    }
    return tuple(sorted(queried | fields))
