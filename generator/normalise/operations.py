"""Operations as openapi-python-client needs them: in path items that are not references, each
with a unique ``operationId``, security requirements whose scopes are lists, responses that are
responses, and a success response.

It keys an operation's function by its ``operationId`` (so ids that differ only in spelling
clash), refuses the whole description for scopes that are not a list, omits a response given as
a request body component, and cannot give a return type to an operation documenting no success:
each is settled here, and an operation documenting no answer at all is dropped (``dropped: ...``)."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from generator.normalise.description import Normalised, operations, resolve


def path_item_references(result: Normalised) -> None:
    """A path item that is a ``$ref`` (OpenAPI 3.1's ``#/components/pathItems/...``) is a copy of
    what it names, its own fields beside the ``$ref`` kept: openapi-python-client reads no such
    reference, and the path's operations were left out without a word. One that names nothing is
    dropped, and says so."""
    paths = result.spec.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in list(paths.items()):
        if not (isinstance(item, dict) and isinstance(item.get("$ref"), str)):
            continue
        target = resolve(result.spec, item)
        if not isinstance(target, dict):
            del paths[path]
            result.changes.append(f"dropped: {path}: its path item's $ref {item['$ref']} names nothing")
            continue
        own = {key: value for key, value in item.items() if key != "$ref"}
        paths[path] = {**copy.deepcopy(target), **own}
        result.changes.append(f"{path}: its path item is the one {item['$ref']} names, copied in")


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


def operation_ids(result: Normalised) -> None:
    """An operation without an operationId, or whose operationId an earlier one has, is named from
    its method and path. OpenAPI requires them unique, and the client keys its operations by the
    function name openapi-python-client derives from them, so ids that differ only in spelling
    (``getById``, ``get_by_id``, ``get-by-id``) count as the same; the first keeps it."""
    given = {_function_name(op["operationId"]) for _, _, op in operations(result.spec) if op.get("operationId")}
    kept: dict[str, str] = {}  # function name -> the operation that has it
    for path, method, op in operations(result.spec):
        label = f"{method.upper()} {path}"
        current = op.get("operationId")
        if current and _function_name(current) not in kept:
            kept[_function_name(current)] = label
            continue
        name, n = operation_id(method, path), 2
        while _function_name(name) in kept or _function_name(name) in given:
            name, n = f"{operation_id(method, path)}{n}", n + 1
        op["operationId"] = name
        why = "has no operationId"
        if current:
            why = f"has operationId {current!r} as {kept[_function_name(current)]} does"
        kept[_function_name(name)] = label
        result.changes.append(f"{label} {why}: named it {name}")


def _function_name(operation_id: Any) -> str:
    """The name openapi-python-client gives an operation's function (its prefix aside)."""
    return str(PythonIdentifier(str(operation_id), prefix="op"))


REDIRECT_MARK = "x-aiwyn-redirect"
"""On an operation, the redirect statuses it documents in place of a success: its method returns
the URL the server redirects to, unfollowed (``generator.spec.Operation.redirect``)."""


def success_responses(result: Normalised) -> None:
    """An operation documenting no 2xx takes its ``default`` response as the success. One with
    neither but errors (PagerDuty's revocation status documents only 4xx) is still an operation the
    API has: its success is taken to be any JSON (the method returns what the server sends, None
    for an empty answer), and ``x-aiwyn-inferred`` says so. One documenting redirects in place of a
    success (Twilio's deactivations list: a 307 to a file elsewhere; GitHub's archive downloads:
    a 302) answers where to go: its method returns that URL, the ``Location`` header's (a 200
    holding it, inferred, and ``x-aiwyn-redirect`` listing the statuses it replaces)."""
    for path, method, op in list(operations(result.spec)):
        codes = [str(code) for code in op.get("responses") or {}]
        if any(code.startswith("2") for code in codes):
            continue
        label = f"{method.upper()} {path}"
        if "default" in codes:
            result.changes.append(f"{label}: documents no 2xx response; its default response is taken as the success")
            continue
        redirects = [code for code in codes if code[:1] == "3"]
        if codes and all(code[:1] in ("3", "4", "5") for code in codes):
            _inferred_success(op, redirects)
            said = (
                f"documents only redirects ({', '.join(redirects)}); it returns the URL redirected to, unfollowed"
                if redirects
                else f"documents only errors ({', '.join(codes)}); its success is taken as any JSON"
            )
            result.changes.append(f"{label}: {said}")
            continue
        del result.spec["paths"][path][method]
        listed = ", ".join(codes) or "none"
        result.changes.append(
            f"dropped: {label} ({op.get('operationId')}): documents no success response (no 2xx or default; {listed})"
        )


def _inferred_success(op: dict[str, Any], redirects: list[str]) -> None:
    """A 200 for an operation that documents none: the URL a redirect gives, in place of the
    redirects, or else any JSON; marked inferred."""
    if redirects:
        answer = {
            "description": "The URL the server redirects to, from its Location header (inferred)",
            "content": {"application/json": {"schema": {"type": "string", "format": "uri"}}},
        }
        op["responses"] = {code: r for code, r in op["responses"].items() if str(code)[:1] != "3"}
        op[REDIRECT_MARK] = redirects
    else:
        answer = {"description": "Not documented: any JSON (inferred)", "content": {"application/json": {"schema": {}}}}
    op["responses"] = {"200": answer, **op["responses"]}
    op["x-aiwyn-inferred"] = [*op.get("x-aiwyn-inferred", ()), "responses.200"]


def responses_given_as_request_bodies(result: Normalised) -> None:
    """A response that is a ``$ref`` to a request body component (PagerDuty's cache variable
    updates answer ``#/components/requestBodies/OrchestrationCacheVariableDataPutResponse``) is one
    openapi-python-client omits, dropping the operation; both are a description and a content map,
    so the response is that component's copy (without a request body's ``required``)."""
    spec = result.spec
    for path, method, op in operations(spec):
        responses = op.get("responses")
        if not isinstance(responses, dict):
            continue
        for code, response in list(responses.items()):
            ref = response.get("$ref") if isinstance(response, dict) else None
            if not (isinstance(ref, str) and ref.startswith("#/components/requestBodies/")):
                continue
            target = resolve(spec, response)
            if not isinstance(target, dict):
                continue
            copied = {k: copy.deepcopy(v) for k, v in target.items() if k != "required"}
            copied.setdefault("description", "")
            responses[code] = copied
            result.changes.append(
                f"{method.upper()} {path} {code}: a response given as the request body {ref}: read as one"
            )


def security_scopes(result: Normalised) -> None:
    """A security requirement whose scopes are not a list (Square's ``POST /oauth2/revoke``:
    ``security: [{oauth2: null}]``) makes openapi-python-client refuse the whole description; it
    is read as asking for no particular scope (``[]``), as a requirement without scopes is written."""
    spec = result.spec
    places = [("#/security", spec.get("security"))]
    places += [(f"{method.upper()} {path}", op.get("security")) for path, method, op in operations(spec)]
    for where, requirements in places:
        for requirement in requirements if isinstance(requirements, list) else ():
            if not isinstance(requirement, dict):
                continue
            for scheme, scopes in requirement.items():
                if not isinstance(scopes, list):
                    requirement[scheme] = []
                    result.changes.append(f"{where}: security {scheme}: {json.dumps(scopes)} is read as no scopes ([])")
