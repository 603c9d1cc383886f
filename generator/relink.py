"""A dereferenced description referred back to its components.

``redocly bundle --dereferenced`` replaces every ``$ref`` with a copy of what it pointed at and
keeps ``components``: the operations then hold inline copies of ``Client`` or ``ClientList``, from
which openapi-python-client would derive other class names (``GetClientsResponse200``), and the
generator, which finds records, keys and ``where`` fields through named schemas, would find no
iterator for most lists. Written as YAML, a part that repeats is an alias of its first place, and
a schema that contains itself (a Hasura ``where``) is an alias of one of its own ancestors: a
document that is no tree, which nothing after this step could walk.

So a description with component schemas whose paths refer to none of them, or only to those that
contain themselves (which a dereferencing tool may leave as ``$ref``s), has each inline copy of a
component schema that makes a class (an object, an enum, a union) replaced by a ``$ref`` to it,
in the paths and the other components alike; a copy is the same schema key for key, its parts
compared the same way (an alias is the same part; a part that contains itself is the same as
another that does so in the same places), and the annotations a ``$ref`` may have beside it
(``description``, ``x-`` extensions) stay beside the ``$ref``. Scalars are left inline: they make
no class. A description that still contains itself afterwards, dereferenced or not, is refused in
one line, since no step after this one could walk it.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

CLASS_KEYWORDS = frozenset({"properties", "additionalProperties", "enum", "allOf", "oneOf", "anyOf"})
"""A schema holding one of these makes a class of its own (a model, an enum, a union)."""
ANNOTATIONS = frozenset({"description", "summary", "example", "examples", "deprecated", "readOnly", "writeOnly"})
"""Keys that describe a use of a schema without changing it: the siblings a ``$ref`` may have
(``{$ref: Total, description: ...}``), which a dereferenced copy carries merged into it."""
DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
"""Keys whose values are data, never a schema (``x-`` extensions too)."""
NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
"""Keys whose values map names to schemas: a name there may be spelt like a data key."""


class SelfContainedError(ValueError):
    """A part of the description contains itself where no component names it."""


def relink(spec: dict[str, Any]) -> list[str]:
    """Refer a dereferenced description's inline copies of its component schemas back to them;
    returns the note saying so. A description whose paths use ``$ref`` is not dereferenced: an
    inline schema there that happens to repeat a component keeps the name it always had."""
    schemas = (spec.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict) or not schemas or not dereferenced(spec):
        refuse_self_containing(spec)
        return []
    named = {name: s for name, s in schemas.items() if isinstance(s, dict) and CLASS_KEYWORDS & s.keys()}
    counts = refer_copies(spec, named, schemas)
    refuse_self_containing(spec)
    for key, value in spec.items():  # what aliases still share becomes a copy in each place, as JSON has it
        spec[key] = json.loads(json.dumps(value))
    if not counts:
        return []
    names = ", ".join(sorted(counts))
    return [
        f"a dereferenced description: {sum(counts.values())} inline copies of {len(counts)} component schemas "
        f"referred to them again ({names})"
    ]


def refer_copies(spec: dict[str, Any], named: dict[str, dict[str, Any]], schemas: Any) -> Counter[str]:
    """Replace every copy of a ``named`` component schema in ``spec`` by a ``$ref`` to it (but the
    components themselves, in ``schemas``); returns how many copies of each."""
    by_shape: dict[tuple[Any, ...], list[str]] = {}
    for name, schema in named.items():
        by_shape.setdefault(_shape(_core(schema)), []).append(name)
    copies: list[tuple[Any, Any, str]] = []  # (holder, key, component): found first, replaced after
    seen: set[int] = set()
    stack: list[tuple[str, Any]] = [("", spec)]
    while stack:
        key, node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        slots = node.items() if isinstance(node, dict) else enumerate(node)
        for slot, child in slots:
            if not isinstance(child, (dict, list)) or _is_data(key, slot):
                continue
            copied = None if node is schemas else _copied_component(child, named, by_shape)
            if copied is not None:
                copies.append((node, slot, copied))
            else:
                stack.append((str(slot) if isinstance(node, dict) else key, child))
    counts: Counter[str] = Counter()
    for holder, slot, name in copies:
        holder[slot] = {"$ref": SCHEMAS + _escape(name), **_own_annotations(holder[slot], named[name])}
        counts[name] += 1
    return counts


SCHEMAS = "#/components/schemas/"


def dereferenced(spec: dict[str, Any]) -> bool:
    """Whether the description's paths refer to no component schema, or only to ones that contain
    themselves (which a dereferencing tool can leave as ``$ref``s); and to nothing else."""
    schemas = (spec.get("components") or {}).get("schemas")
    schemas = schemas if isinstance(schemas, dict) else {}
    refs = _references(spec.get("paths"))
    if any(not ref.startswith(SCHEMAS) for ref in refs):
        return False
    return all(_contains_itself(_name(ref), schemas) for ref in refs)


def _contains_itself(name: str, schemas: dict[str, Any]) -> bool:
    reached: set[str] = set()
    pending = [name]
    while pending:
        for ref in _references(schemas.get(pending.pop())):
            target = _name(ref) if ref.startswith(SCHEMAS) else None
            if target == name:
                return True
            if target is not None and target not in reached:
                reached.add(target)
                pending.append(target)
    return False


def _references(node: Any) -> set[str]:
    """The ``$ref``s ``node`` holds at any depth."""
    found: set[str] = set()
    seen: set[int] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if not isinstance(current, (dict, list)) or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                found.add(ref)
            stack.extend(current.values())
        else:
            stack.extend(current)
    return found


def _name(ref: str) -> str:
    return ref.removeprefix(SCHEMAS).replace("~1", "/").replace("~0", "~")


def _is_data(parent_key: str, key: Any) -> bool:
    """Whether the value under ``key`` is data (an example, a default) rather than description."""
    if parent_key in NAME_MAPS or not isinstance(key, str):
        return False
    return key in DATA_KEYS or key.startswith("x-")


def _core(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema without its annotations (and ``x-`` extensions): what a copy must repeat."""
    return {k: v for k, v in schema.items() if k not in ANNOTATIONS and not k.startswith("x-")}


def _own_annotations(copy: dict[str, Any], component: dict[str, Any]) -> dict[str, Any]:
    """The annotations a copy has that its component does not: the ``$ref``'s siblings."""
    return {
        k: v
        for k, v in copy.items()
        if (k in ANNOTATIONS or k.startswith("x-")) and (k not in component or not _same(v, component[k], set()))
    }


def _shape(core: dict[str, Any]) -> tuple[Any, ...]:
    """What two copies of a schema share at the top, cheaply: to compare only likely copies."""
    return (frozenset(core), repr(core.get("type")), repr(core.get("title")))


def _copied_component(
    node: Any, named: dict[str, dict[str, Any]], by_shape: dict[tuple[Any, ...], list[str]]
) -> str | None:
    """The component ``node`` is a copy of: one it repeats with its annotations, else the first it
    repeats without them (a ``$ref`` with a ``description`` of its own), else None."""
    if not isinstance(node, dict):
        return None
    core = _core(node)
    found = [name for name in by_shape.get(_shape(core), ()) if _same(core, _core(named[name]), set())]
    return next((name for name in found if _same(node, named[name], set())), found[0] if found else None)


def _same(a: Any, b: Any, assumed: set[tuple[int, int]]) -> bool:
    """Whether ``a`` and ``b`` are the same schema: equal scalars, and containers whose parts are
    the same in turn; a pair already being compared further up counts as the same (so parts that
    contain themselves compare in finite time, and equal when they do so alike)."""
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        if a.keys() != b.keys():
            return False
        pair = (id(a), id(b))
        if pair in assumed:
            return True
        assumed.add(pair)
        return all(_same(a[k], b[k], assumed) for k in a)
    if isinstance(a, list):
        if len(a) != len(b):
            return False
        pair = (id(a), id(b))
        if pair in assumed:
            return True
        assumed.add(pair)
        return all(_same(x, y, assumed) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def refuse_self_containing(spec: dict[str, Any]) -> None:
    """``SelfContainedError`` naming the first part found inside itself (a YAML alias of a part
    around it), if any: no step after this one could walk the description."""
    on_path: set[int] = set()
    keys: list[str] = []
    stack: list[tuple[Any, str, bool]] = [(spec, "#", False)]
    while stack:
        node, key, leaving = stack.pop()
        if leaving:
            on_path.discard(id(node))
            keys.pop()
            continue
        if id(node) in on_path:
            at = "/".join([*keys[1:], key])
            raise SelfContainedError(
                f"#/{at} contains itself (a YAML alias of a part around it) and no component schema is a copy "
                "of it to refer to: bundle the description without --dereferenced"
            )
        on_path.add(id(node))
        keys.append(key)
        stack.append((node, key, True))
        items = node.items() if isinstance(node, dict) else enumerate(node)
        stack.extend((child, _escape(str(k)), False) for k, child in items if isinstance(child, (dict, list)))


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")
