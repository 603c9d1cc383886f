"""Properties required on one side only: a ``readOnly`` one in answers, a ``writeOnly`` one in
requests (OpenAPI's Schema Object: "the required will take effect on the response only").

openapi-python-client reads neither mark, so a model both sent and read asked ``create()`` for
what the server assigns (``id``, ``created_at``), and typed as always there a password that no
answer holds. Here a schema that request bodies send has its required readOnly properties
optional, and one that answers hold its required writeOnly properties. A component read in
answers too is sent as a copy (``Pet`` → ``PetInput``), so answers keep ``id: int``; one only
sent, or only read, is changed in place.

Nothing is left out, only made optional: descriptions mark properties readOnly that requests
must still give (PagerDuty's references are ``{id, type}``, both readOnly and required), and a
readOnly property left unset is not sent."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from typing import Any

from generator.normalise.description import (
    Normalised,
    answers,
    component_name,
    escape,
    every_node,
    is_data,
    request_bodies,
    resolve,
)

SUFFIX = "Input"
"""The copy sent in requests is named like FastAPI's (``Item-Input``): the component and this."""


def required_on_one_side(result: Normalised) -> None:
    """Required readOnly properties optional in what requests send, required writeOnly ones in
    what answers hold; a component on both sides is sent as a copy."""
    spec = result.spec
    schemas = (spec.get("components") or {}).get("schemas")
    schemas = schemas if isinstance(schemas, dict) else {}
    bodies = [(where, schema) for where, body in request_bodies(spec) for schema in _media_schemas(body)]
    sent = _reached(schemas, [schema for _, schema in bodies])
    read = _reached(schemas, [_without_request_bodies(spec)])
    changed = _changed_when_sent(spec, schemas, sent, read)
    copies = _copies(schemas, changed & read)
    for name in sorted(changed, key=str):
        target = schemas[copies.get(name, name)]
        dropped = _unrequire(spec, target, "readOnly")
        _redirect(target, copies)
        if dropped:
            why = f"its required readOnly properties ({', '.join(dropped)}) are optional in requests"
        elif name in copies and _unrequire(spec, copy.deepcopy(target), "writeOnly"):
            why = "its required writeOnly properties are optional in answers only"
        else:
            why = "it refers to a schema sent as a copy"
        sent_as = f"sent as {copies[name]}: " if name in copies else ""
        result.changes.append(f"#/components/schemas/{escape(str(name))}: {sent_as}{why}")
    for label, schema in bodies:
        dropped = _unrequire(spec, schema, "readOnly")
        _redirect(schema, copies)
        if dropped:
            result.changes.append(
                f"{label}: its body's required readOnly properties ({', '.join(dropped)}) are optional"
            )
    components = [(f"#/components/schemas/{escape(str(name))}", schemas[name]) for name in sorted(read, key=str)]
    inline = [(where, schema) for where, _, answer in answers(spec) for schema in _media_schemas(answer)]
    for label, schema in [*components, *inline]:
        dropped = _unrequire(spec, schema, "writeOnly")
        if dropped:
            result.changes.append(
                f"{label}: its required writeOnly properties ({', '.join(dropped)}) are optional in answers"
            )


def _without_request_bodies(spec: dict[str, Any]) -> dict[str, Any]:
    """The description as answers and parameters reach it: its operations' request bodies and
    the component schemas left out (those are reached by ``$ref``)."""
    paths = {}
    for path, item in (spec.get("paths") or {}).items():
        if isinstance(item, dict):
            paths[path] = {
                key: {k: v for k, v in op.items() if k != "requestBody"} if isinstance(op, dict) else op
                for key, op in item.items()
            }
    components = spec.get("components") or {}
    others = (
        {k: v for k, v in components.items() if k not in ("schemas", "requestBodies")}
        if isinstance(components, dict)
        else {}
    )
    return {"paths": paths, "webhooks": spec.get("webhooks"), "components": others}


def _media_schemas(holder: Any) -> Iterator[dict[str, Any]]:
    content = holder.get("content") if isinstance(holder, dict) else None
    for media in content.values() if isinstance(content, dict) else ():
        if isinstance(media, dict) and isinstance(media.get("schema"), dict):
            yield media["schema"]


def _reached(schemas: dict[str, Any], roots: Iterable[Any]) -> set[str]:
    """The component schemas ``roots`` refer to, and those they refer to, to the end."""
    found: set[str] = set()
    todo = [name for root in roots for name in _refs(root)]
    while todo:
        name = todo.pop()
        if name not in found and name in schemas:
            found.add(name)
            todo.extend(_refs(schemas[name]))
    return found


def _refs(node: Any) -> Iterator[str]:
    for where, found in every_node(node, "#"):
        if is_data(where):
            continue
        name = component_name(found.get("$ref"))
        if name is not None:
            yield name


def _changed_when_sent(spec: dict[str, Any], schemas: dict[str, Any], sent: set[str], read: set[str]) -> set[str]:
    """The sent components whose request version differs: one requiring a readOnly property (or,
    read too, a writeOnly one it keeps required when sent), and one referring to such a copy."""
    changed = {
        name
        for name in sent
        if _required_marked(spec, schemas[name], "readOnly")
        or (name in read and _required_marked(spec, schemas[name], "writeOnly"))
    }
    grown = True
    while grown:
        copied = changed & read
        more = {name for name in sent - changed if copied.intersection(_refs(schemas[name]))}
        changed |= more
        grown = bool(more)
    return changed


def _copies(schemas: dict[str, Any], names: set[str]) -> dict[str, str]:
    """A copy of each component, under a free name (``PetInput``); a title is suffixed alike,
    since openapi-python-client names the class after it."""
    copies: dict[str, str] = {}
    for name in sorted(names, key=str):
        new, n = f"{name}{SUFFIX}", 2
        while new in schemas:
            new, n = f"{name}{SUFFIX}{n}", n + 1
        schemas[new] = copy.deepcopy(schemas[name])
        if isinstance(schemas[new], dict) and isinstance(schemas[new].get("title"), str):
            schemas[new]["title"] = f"{schemas[new]['title']} {SUFFIX}"
        copies[name] = new
    return copies


def _redirect(node: Any, copies: dict[str, str]) -> None:
    """Every ``$ref`` in ``node`` to a copied component names its copy."""
    for where, found in every_node(node, "#"):
        name = component_name(found.get("$ref"))
        if name in copies and not is_data(where):
            found["$ref"] = f"#/components/schemas/{escape(copies[name])}"


def _required_marked(spec: dict[str, Any], node: Any, mark: str) -> bool:
    """Whether ``node``, or an inline schema in it, requires a property marked ``mark``."""
    return bool(_unrequire(spec, copy.deepcopy(node), mark))


def _unrequire(spec: dict[str, Any], node: Any, mark: str, inherited: frozenset[str] = frozenset()) -> list[str]:
    """Take the properties marked ``mark`` out of the ``required`` lists of ``node`` and of the
    inline schemas in it (``$ref``s are not followed): an inline ``allOf`` member's list by what
    every member declares, since one may require what another declares. Returns the names taken out."""
    if not isinstance(node, dict) or "$ref" in node:
        return []
    marked = inherited | _marked(spec, node, mark, set())
    dropped: list[str] = []
    required = node.get("required")
    if isinstance(required, list) and marked.intersection(required):
        dropped = [name for name in required if name in marked]
        kept = [name for name in required if name not in marked]
        if kept:
            node["required"] = kept
        else:
            del node["required"]
    for member in node.get("allOf") or [] if isinstance(node.get("allOf"), list) else []:
        dropped += _unrequire(spec, member, mark, marked)
    for sub in _subschemas(node):
        dropped += _unrequire(spec, sub, mark)
    return list(dict.fromkeys(dropped))


def _marked(spec: dict[str, Any], node: Any, mark: str, seen: set[int]) -> frozenset[str]:
    """The names of the properties ``node`` declares marked ``mark``, its ``allOf`` members' included."""
    node = resolve(spec, node)
    if not isinstance(node, dict) or id(node) in seen:
        return frozenset()
    seen.add(id(node))
    properties = node.get("properties")
    names = {
        str(name)
        for name, prop in (properties.items() if isinstance(properties, dict) else ())
        if isinstance(prop, dict) and (prop.get(mark) is True or (resolve(spec, prop) or {}).get(mark) is True)
    }
    for member in node.get("allOf") or [] if isinstance(node.get("allOf"), list) else []:
        names |= _marked(spec, member, mark, seen)
    return frozenset(names)


def _subschemas(node: dict[str, Any]) -> Iterator[Any]:
    """The inline schemas of a schema's properties, items and union members (each its own object)."""
    properties = node.get("properties")
    yield from properties.values() if isinstance(properties, dict) else ()
    for key in ("items", "additionalProperties", "not"):
        yield node.get(key)
    for key in ("anyOf", "oneOf", "prefixItems"):
        members = node.get(key)
        yield from members if isinstance(members, list) else ()
