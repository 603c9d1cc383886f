"""Models openapi-python-client (0.29) reads twice: a component that is a composition of one
``$ref`` alone is read as that reference, but the model it names has its properties read again,
so its inline models are made twice and clash, and the model is dropped with all that holds it.
Each inline model of a model so named is moved into components under its class name, so it is
made once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openapi_python_client.strings import ClassName

from generator.normalise.description import Normalised, component_name, is_model, pointer
from generator.normalise.hoisting import hoist


def models_read_twice(result: Normalised) -> None:
    """openapi-python-client (0.29) reads a component that is an ``allOf`` (or ``anyOf``, ``oneOf``)
    of one ``$ref`` alone as that reference, but queues the model it names to have its properties
    read once more: the inline models among them are then made a second time and clash with the
    first ("duplicate models", or "Invalid property in union" where one is nullable), and the model
    is dropped with all that holds it. DigitalOcean's ``kubernetes_node_pool_update: allOf: [{$ref:
    kubernetes_node_pool_base}]``, whose ``labels`` is a nullable object, dropped the node pool and
    cluster schemas and eight Kubernetes operations. Each inline model of a model so named (a
    property that is one, or holds one in its items or union members) is moved into components
    under the name its class has (``KubernetesNodePoolBaseLabels``), so it is made once and every
    class keeps its name."""
    spec = result.spec
    schemas = (spec.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    named: dict[str, None] = {}  # the models read twice, in the order first met
    for node in _read_with_components(schemas):
        key = _passed_through(schemas, node)
        if key is not None:
            named.setdefault(key, None)
    for key in named:
        model = schemas[key]
        owner = str(ClassName(str(model.get("title") or key), prefix=""))
        places = [(["components", "schemas", key, "properties"], model.get("properties"))]
        places += [
            (["components", "schemas", key, "allOf", str(i), "properties"], m.get("properties"))
            for i, m in enumerate(model.get("allOf") or ())
            if isinstance(m, dict) and "$ref" not in m
        ]
        for at, properties in places:
            for name, prop in list((properties or {}).items()) if isinstance(properties, dict) else ():
                if not makes_a_model(prop):
                    continue
                title = prop.get("title")
                base = str(title) if isinstance(title, str) else f"{owner}{ClassName(str(name), prefix='')}"
                new = hoist(spec, [*at, str(name)], "schemas", str(ClassName(base, prefix="")))
                result.changes.append(
                    f"{pointer([*at, str(name)])}: an inline model of {key}, which an allOf of one $ref makes "
                    f"openapi-python-client read twice: moved it to {new}, so it is made once"
                )


def _read_with_components(schemas: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The component schemas and what openapi-python-client reads with them, before any model's
    properties: their items and union members, through items and union members. Only there is a
    model named by a composition of one ``$ref`` read twice: one met later (in a property, a
    response) is queued after the queue has been read."""
    stack: list[Any] = list(schemas.values())
    while stack:
        node = stack.pop()
        if not isinstance(node, dict) or "$ref" in node:
            continue
        yield node
        stack += [node.get("items"), *(m for k in ("anyOf", "oneOf") for m in node.get(k) or ())]


def _passed_through(schemas: dict[str, Any], node: dict[str, Any]) -> str | None:
    """The model component ``node`` is read as, when it is a composition of one ``$ref`` alone
    (through such components: ``A: allOf: [{$ref: B}]``, ``B: allOf: [{$ref: C}]``), else None."""
    seen: set[str] = set()
    key: str | None = None
    while True:
        name = component_name(_only_reference(node))
        target = schemas.get(name) if name is not None else None
        if name is None or name in seen or not isinstance(target, dict):
            return key if key is not None and is_model(schemas[key]) else None
        seen.add(name)
        key, node = name, target


def _only_reference(node: dict[str, Any]) -> Any:
    """The ``$ref`` of a composition of one reference alone (``allOf: [{$ref: X}]``), else None."""
    members = [m for k in ("allOf", "anyOf", "oneOf") for m in node.get(k) or ()]
    return members[0].get("$ref") if len(members) == 1 and isinstance(members[0], dict) else None


def makes_a_model(node: Any) -> bool:
    """Whether openapi-python-client makes a model of ``node`` (not a ``$ref``), of its items or
    of one of its union members."""
    if not isinstance(node, dict) or "$ref" in node:
        return False
    if component_name(_only_reference(node)) is not None:
        return False  # read as the reference
    members = [m for k in ("anyOf", "oneOf") for m in node.get(k) or ()]
    return is_model(node) or makes_a_model(node.get("items")) or any(map(makes_a_model, members))
