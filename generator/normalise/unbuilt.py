"""Components openapi-python-client could not build, taken out of the unions that name them
(``leave_out_unbuilt``, from ``build.settled_parse`` once no clash is left).

It leaves out such a component and every model that holds it through a property, but a union
naming it keeps naming it (it parses members without their holder), so the models would name a
class that is never written."""

from __future__ import annotations

from typing import Any

from generator.load import pointer_parts, pointer_target, references
from generator.normalise.description import escape, pointer

UNION_KEYS = ("oneOf", "anyOf")
FREE_FORM_OBJECT: dict[str, Any] = {"type": "object", "additionalProperties": True}


def leave_out_unbuilt(spec: dict[str, Any], changes: list[str], unbuilt: frozenset[str]) -> bool:
    """Take out of every union the components openapi-python-client could not build (``unbuilt``).

    openapi-python-client leaves out a component it cannot build, and with it every model that
    uses it through a property, but it parses a union's members without their holder (0.29), so a
    union that names such a component keeps naming it: models and resource methods then name a
    class that is never written. So a union member that is a ``$ref`` to an unbuilt component is
    taken out (and out of the discriminator's mapping); one whose union would keep nothing but
    null, and one deeper inside a member (an array of it), becomes a free-form object (a dict).
    One line per component, naming the unions; False when no union names one."""
    refs = {f"#/components/schemas/{escape(name)}": name for name in unbuilt}
    places: dict[str, list[str]] = {}
    found = [(pointer_parts(at), at, ref) for at, ref in references(spec) if ref in refs]
    found.sort(key=lambda item: [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in item[0]], reverse=True)
    for parts, at, ref in found:  # the last member of a list first: taking one out moves those after it
        member = next((i for i in range(len(parts) - 1, 0, -1) if parts[i - 1] in UNION_KEYS), None)
        if member is None or not parts[member].isdigit():
            continue  # not inside a union: openapi-python-client leaves out what holds it itself
        union = pointer_target(spec, pointer(parts[: member - 1]))
        node = pointer_target(spec, at)
        members = union[parts[member - 1]]
        direct = member == len(parts) - 1
        if direct and any(m is not node and not _null_schema(m) for key in UNION_KEYS for m in union.get(key) or ()):
            del members[int(parts[member])]
            mapping = (union.get("discriminator") or {}).get("mapping")
            if isinstance(mapping, dict):
                for value, target in list(mapping.items()):
                    if target == ref:
                        del mapping[value]
        else:
            node.clear()
            node.update(FREE_FORM_OBJECT)
        places.setdefault(refs[ref], []).append(pointer(parts[: member - 1]))
    for name, unions in sorted(places.items()):
        shown = ", ".join(sorted(set(unions))[:5]) + (", ..." if len(set(unions)) > 5 else "")
        changes.append(
            f"#/components/schemas/{escape(name)} is not built (see its line), so the unions that name it leave it "
            f"out or take a dict in its place: {shown}"
        )
    return bool(places)


def _null_schema(node: Any) -> bool:
    return isinstance(node, dict) and (node.get("type") == "null" or node.get("enum") == [None])
