"""The description as both openapi-python-client and the SpecIndex read it: the published one,
with what openapi-python-client cannot take settled in the least surprising way.

Each change is recorded (``Normalised.changes``) and printed by ``generate``, so nothing is
settled silently; the description on disk is never rewritten.

* An operation without an ``operationId`` gets one from its method and path
  (``GET /api/v1/departments/{id}`` → ``getApiV1DepartmentsById``).
* A response in a media type openapi-python-client cannot decode (``application/pdf``,
  ``text/csv``, ``image/png``: anything that is not JSON) is declared
  ``application/octet-stream``, which it decodes as a ``File`` of bytes: a download.
* A request body offered in JSON and other media types (XML, a form) is sent as JSON; one
  offered in no JSON type keeps only the types openapi-python-client can send.
* A string enum whose values differ only in case (``Queued``, ``QUEUED``) gets
  ``x-enum-varnames`` (``QUEUED_2``, ``QUEUED``: a value already in upper case keeps the plain
  name), since openapi-python-client names members by
  upper-casing values and stops on the clash.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass
class Normalised:
    spec: dict[str, Any]
    changes: list[str] = field(default_factory=list)


def normalise(spec: dict[str, Any]) -> Normalised:
    result = Normalised(copy.deepcopy(spec))
    _operation_ids(result)
    _success_responses(result)
    _downloads(result)
    _request_media(result)
    _enum_names(result)
    return result


SENDABLE = ("application/x-www-form-urlencoded", "multipart/form-data", "application/octet-stream")


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every operation of the description: (path, method, operation)."""
    for path, item in (spec.get("paths") or {}).items():
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    yield path, method, op


def _request_media(result: Normalised) -> None:
    for path, method, op in _operations(result.spec):
        body = op.get("requestBody")
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict):
            continue
        json_types = {t: v for t, v in content.items() if _is_json(t)}
        sendable = json_types or {t: v for t, v in content.items() if t in SENDABLE}
        if sendable and len(sendable) < len(content):
            dropped = ", ".join(sorted(set(content) - set(sendable)))
            content.clear()
            content.update(sendable)
            sent = ", ".join(sendable)
            result.changes.append(f"{method.upper()} {path}: the body is sent as {sent}, not {dropped}")


BINARY = "application/octet-stream"


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def _downloads(result: Normalised) -> None:
    for path, method, op in _operations(result.spec):
        for status, response in (op.get("responses") or {}).items():
            content = response.get("content") if isinstance(response, dict) else None
            if not isinstance(content, dict) or any(_is_json(t) for t in content) or not content:
                continue
            kinds = ", ".join(sorted(content))
            if set(content) != {BINARY}:
                response["content"] = {BINARY: {"schema": {"type": "string", "format": "binary"}}}
                result.changes.append(f"{method.upper()} {path} {status}: {kinds} is downloaded as bytes")


def operation_id(method: str, path: str) -> str:
    """``getApiV1DepartmentsById`` for ``GET /api/v1/departments/{id}``."""
    words = [method.lower()]
    for part in path.split("/"):
        if not part:
            continue
        if part.startswith("{"):
            words += ["by", *re.findall(r"[A-Za-z0-9]+", part)]
        else:
            words += re.findall(r"[A-Za-z0-9]+", part)
    return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])


def _operation_ids(result: Normalised) -> None:
    taken = {op["operationId"] for _, _, op in _operations(result.spec) if "operationId" in op}
    for path, method, op in _operations(result.spec):
        if not op.get("operationId"):
            name, n = operation_id(method, path), 2
            while name in taken:
                name, n = f"{operation_id(method, path)}{n}", n + 1
            op["operationId"] = name
            taken.add(name)
            result.changes.append(f"{method.upper()} {path} has no operationId: named it {name}")


def _success_responses(result: Normalised) -> None:
    """An operation documenting no 2xx takes its ``default`` response as the success; one with
    neither (only 4xx, say) cannot be given a return type, and is dropped."""
    for path, method, op in list(_operations(result.spec)):
        codes = [str(code) for code in op.get("responses") or {}]
        if any(code.startswith("2") for code in codes):
            continue
        label = f"{method.upper()} {path}"
        if "default" in codes:
            result.changes.append(f"{label}: documents no 2xx response; its default response is taken as the success")
            continue
        del result.spec["paths"][path][method]
        listed = ", ".join(codes) or "none"
        result.changes.append(
            f"dropped: {label} ({op.get('operationId')}): documents no success response (no 2xx or default; {listed})"
        )


def _schemas(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _schemas(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _schemas(value, f"{where}/{i}")


def _enum_names(result: Normalised) -> None:
    for where, node in _schemas(result.spec, "#"):
        values = node.get("enum")
        if not isinstance(values, list) or "x-enum-varnames" in node:
            continue
        strings = [v for v in values if isinstance(v, str)]
        upper = [v.upper() for v in strings]
        if len(set(upper)) == len(upper):
            continue
        bases = [re.sub(r"\W+", "_", str(value).upper()).strip("_") or "VALUE" for value in values]
        # A value already in upper case keeps the plain name; the others are numbered after it.
        order = sorted(range(len(values)), key=lambda i: str(values[i]) != bases[i])
        names: list[str] = [""] * len(values)
        seen: dict[str, int] = {}
        for i in order:
            seen[bases[i]] = seen.get(bases[i], 0) + 1
            names[i] = bases[i] if seen[bases[i]] == 1 else f"{bases[i]}_{seen[bases[i]]}"
        node["x-enum-varnames"] = names
        result.changes.append(f"{where}: enum values differ only in case; members named {', '.join(names)}")
