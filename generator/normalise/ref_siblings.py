"""Keywords written beside a ``$ref`` that say something about the value.

OpenAPI 3.1 (JSON Schema 2020-12) applies the keywords beside a ``$ref`` together with it; 3.0
says they are ignored, yet descriptions write them meaning them (Square marks 821 references
``nullable``, Front's create bodies are ``{$ref: Account, required: [name]}``). openapi-python-client
reads the reference alone, so a null the description allows was typed as never coming (``parent:
Ref``, read as None all the same) and a create did not require what the description requires.
Two kinds are read as written:

- a null allowed beside the reference (``nullable: true``, or a ``type`` listing ``"null"``):
  the reference or null (``anyOf: [{$ref}, {type: "null"}]``, typed ``Ref | None``);
- object keywords beside a reference to a model (``required``, ``properties``...): an ``allOf``
  of the reference and them, which openapi-python-client merges into a model of its own (Lago's
  ``{$ref: AddOnBaseInput, required: [code, name]}`` makes both required).

The annotations beside it (``description``, ``readOnly``, ``default``...) stay beside the new
form. Anything else beside a reference is left as it was, read as before; so is a reference that
is itself a member of ``allOf``, ``anyOf`` or ``oneOf``, whose holder says what it is."""

from __future__ import annotations

import re

from generator.normalise.allof import OBJECT_KEYWORDS
from generator.normalise.description import (
    Normalised,
    allows_null,
    component_name,
    every_node,
    is_data,
    is_model,
    resolve,
)

COMPOSITION_MEMBER = re.compile(r"/(allOf|anyOf|oneOf)/\d+$")


def reference_siblings(result: Normalised) -> None:
    """Each schema ``$ref`` with a null allowed or object keywords beside it, rewritten as the
    module says, and noted."""
    spec = result.spec
    nullable: list[str] = []
    for where, node in list(every_node(spec, "#")):
        ref = node.get("$ref")
        if len(node) == 1 or component_name(ref) is None or is_data(where) or COMPOSITION_MEMBER.search(where):
            continue
        target = resolve(spec, node)
        own = {key: node[key] for key in OBJECT_KEYWORDS if key in node}
        constrains = isinstance(own.get("required"), list) or isinstance(own.get("properties"), dict)
        if constrains and isinstance(target, dict) and is_model(target):
            for key in own:
                del node[key]
            del node["$ref"]
            node["allOf"] = [{"$ref": ref}, {"type": "object", **own}]
            node.pop("type", None)
            result.changes.append(f"{where}: {', '.join(own)} beside $ref {ref} are read with it (an allOf of both)")
        if allows_null(node):
            reference = {"$ref": node.pop("$ref")} if "$ref" in node else {"allOf": node.pop("allOf")}
            node.pop("nullable", None)
            node.pop("type", None)
            node["anyOf"] = [reference, {"type": "null"}]
            nullable.append(where)
    if nullable:
        shown = ", ".join(nullable[:3]) + (f" and {len(nullable) - 3} more" if len(nullable) > 3 else "")
        result.changes.append(f"{shown}: a null allowed beside a $ref is read as the reference or null")
