"""Read an API description as its JSON form would be: the one function that reads descriptions.

YAML is a superset of JSON with more types than JSON has. Published descriptions lean on that
by accident: ``example: 2024-01-01`` is a date to a YAML loader, ``200:`` an integer key, and
either breaks what comes later (writing the description out as JSON, looking a response up by
``"200"``). So a description is read the way a JSON tool reads it:

* timestamps stay the strings they were written as (the loader has no timestamp type), and
  scalars are typed by YAML 1.2's core schema, as JSON tools read YAML: ``on``/``off``/``yes``/
  ``no`` are strings (YAML 1.1 made them booleans), ``12:30`` is a string, ``010`` is ten;
* mapping keys are strings (``200`` → ``"200"``, ``true`` → ``"true"``, ``1.5`` → ``"1.5"``),
  as JSON keys always are;
* a ``.json`` file is read with ``json`` (so a JSON file never meets YAML's extra types at all).

PyYAML's C loader is used when it is built (a 3 MB description loads in a fraction of a
second rather than several seconds), else the pure-Python one with the same rules.

A Swagger 2.0 description is converted to OpenAPI 3.0 as soon as it is read (``generator.swagger2``),
so every entry point that loads a description takes one.

Anything that is not such a document raises ``LoadError`` with one line naming the file and the
place (line and column for syntax errors).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from generator import swagger2

_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LoadError(Exception):
    """The file is missing, unreadable, or not a YAML/JSON mapping; the message names it and where."""


class JsonLikeLoader(_Base):  # type: ignore[valid-type,misc]
    """A safe loader with JSON's types: no timestamps, and string mapping keys."""


# YAML 1.2's core schema, as JSON tools read YAML: no timestamps (``2024-01-01`` stays a string),
# booleans are only true/false (``on``, ``off``, ``yes``, ``no`` are strings: enum values, often),
# no sexagesimal numbers (``12:30`` is a string) and no octal from a leading zero.
_REPLACED = {
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
}
JsonLikeLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _REPLACED]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
JsonLikeLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
JsonLikeLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789")
)
JsonLikeLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+.0123456789"),
)


def _bool(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> bool:
    return str(loader.construct_scalar(node)).lower() == "true"


def _int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    value = str(loader.construct_scalar(node))
    if value.startswith("0x"):
        return int(value[2:], 16)
    if value.startswith("0o"):
        return int(value[2:], 8)
    return int(value)


def _float(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> float:
    value = str(loader.construct_scalar(node)).lower()
    if value.endswith("inf"):
        return float("-inf") if value.startswith("-") else float("inf")
    return float("nan") if value == ".nan" else float(value)


JsonLikeLoader.add_constructor("tag:yaml.org,2002:bool", _bool)
JsonLikeLoader.add_constructor("tag:yaml.org,2002:int", _int)
JsonLikeLoader.add_constructor("tag:yaml.org,2002:float", _float)


def _string_key(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    return str(key)


def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    loader.flatten_mapping(node)
    pairs = loader.construct_pairs(node, deep=True)
    result: dict[str, Any] = {}
    for key, value in pairs:
        if isinstance(key, (list, dict)):
            mark = node.start_mark
            raise yaml.constructor.ConstructorError(None, None, "a mapping key that is a list or mapping", mark)
        result[key if isinstance(key, str) else _string_key(key)] = value
    return result


JsonLikeLoader.add_constructor("tag:yaml.org,2002:map", _mapping)


SCALARS: dict[str, Any] = {
    "tag:yaml.org,2002:str": None,
    "tag:yaml.org,2002:null": None,
    "tag:yaml.org,2002:bool": _bool,
    "tag:yaml.org,2002:int": _int,
    "tag:yaml.org,2002:float": _float,
}
"""The scalar tags a description's values resolve to, and how each is read (``None``: as it is)."""


def _built(loader: yaml.SafeLoader, node: yaml.Node, made: dict[int, Any]) -> Any:
    """The value of ``node``, as the loader's constructors above make it, without their per-node
    bookkeeping (most of the time a large description took to load): mappings and sequences are
    walked here, plain scalars read here; any other tag goes to the loader's own constructors.
    ``made`` holds what anchored nodes became, so an alias is the same object (and a recursive
    one ends)."""
    if isinstance(node, yaml.ScalarNode):
        if node.tag not in SCALARS:  # an explicit tag (``!!binary``, ``!!timestamp``): the text as written
            value = loader.construct_object(node, deep=True)
            return value if value is None or isinstance(value, (str, int, float, bool)) else node.value
        read = SCALARS[node.tag]
        if read is None:
            return node.value if node.tag == "tag:yaml.org,2002:str" else None
        return read(loader, node)
    if id(node) in made:
        return made[id(node)]
    if isinstance(node, yaml.SequenceNode) and node.tag == "tag:yaml.org,2002:seq":
        items: list[Any] = []
        made[id(node)] = items
        items.extend(_built(loader, item, made) for item in node.value)
        return items
    if isinstance(node, yaml.MappingNode) and node.tag == "tag:yaml.org,2002:map":
        loader.flatten_mapping(node)
        result: dict[str, Any] = {}
        made[id(node)] = result
        for key_node, value_node in node.value:
            key = _built(loader, key_node, made)
            if isinstance(key, (list, dict)):
                mark = node.start_mark
                raise yaml.constructor.ConstructorError(None, None, "a mapping key that is a list or mapping", mark)
            result[key if isinstance(key, str) else _string_key(key)] = _built(loader, value_node, made)
        return result
    value = loader.construct_object(node, deep=True)
    if not isinstance(value, (list, dict)):  # ``!!set``, ``!!omap``, ``!!pairs``: no JSON value
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise yaml.constructor.ConstructorError(
            None, None, f"a {tag} value, which JSON has no form for", node.start_mark
        )
    return value


def loads(text: str | bytes, name: str = "<description>") -> Any:
    """Parse YAML (JSON included) text with JSON's types; ``LoadError`` names ``name`` and the place."""
    try:
        loader = JsonLikeLoader(text)
        try:
            node = loader.get_single_node()
            return None if node is None else _built(loader, node, {})
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = exc.problem or exc.context or "invalid YAML"
        raise LoadError(f"{name}:{where}: not YAML or JSON ({problem})") from exc
    except yaml.YAMLError as exc:
        raise LoadError(f"{name}: not YAML or JSON ({' '.join(str(exc).split())})") from exc


def load_document(path: Path, name: str | None = None) -> Any:
    """The document in ``path`` (YAML or JSON), read as JSON would read it; messages call the file
    ``name`` (default: the path)."""
    shown = name or str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise LoadError(f"{shown}: no such file") from exc
    except IsADirectoryError as exc:
        raise LoadError(f"{shown}: is a directory, not a description") from exc
    except OSError as exc:
        raise LoadError(f"{shown}: cannot be read ({exc.strerror or exc})") from exc
    if path.suffix.lower() == ".json":
        try:
            return json.loads(raw)
        except UnicodeDecodeError as exc:
            raise LoadError(f"{shown}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
        except json.JSONDecodeError as exc:
            raise LoadError(f"{shown}: line {exc.lineno}, column {exc.colno}: not JSON ({exc.msg})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(f"{shown}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    return loads(text, shown)


def load_description(path: Path, name: str | None = None) -> dict[str, Any]:
    """An OpenAPI 3 description from ``path``, a Swagger 2.0 one converted to OpenAPI 3.0 first
    (``generator.swagger2``); ``LoadError`` for anything else (a dangling or circular ``$ref`` names
    where it sits; a conversion that cannot be made says why)."""
    shown = name or str(path)
    document = load_document(path, shown)
    if not isinstance(document, dict):
        raise LoadError(f"{shown}: not an OpenAPI description (the document is not a mapping)")
    data: dict[str, Any] = document
    properties_named_ref(data)
    unknown_property_types(data)
    if swagger2.is_swagger2(data):
        check_references(data, shown)  # where the publisher wrote it, before the converter moves it
        try:
            data = swagger2.convert(data)
        except swagger2.ConversionError as exc:
            raise LoadError(f"{shown}: Swagger 2.0 not converted to OpenAPI 3: {exc}") from exc
    elif "swagger" in data:
        raise LoadError(
            f"{shown}: Swagger {data['swagger']} is not supported (Swagger 2.0, OpenAPI 3.0, 3.1 and 3.2 only)"
        )
    version = data.get("openapi")
    if version is None or "paths" not in data and "webhooks" not in data:
        raise LoadError(f"{shown}: not an OpenAPI description (no 'openapi' and 'paths' keys)")
    if not str(version).startswith("3."):
        raise LoadError(f"{shown}: OpenAPI {version} is not supported (OpenAPI 3.0, 3.1 and 3.2 only)")
    data["openapi"] = str(version)  # `openapi: 3.0` unquoted is a number to YAML
    data.setdefault("paths", {})
    check_references(data, shown)
    return data


MISSING = object()
"""What ``pointer_target`` returns for a pointer that leads nowhere."""


def pointer_parts(ref: str) -> list[str]:
    """The unescaped parts of a local JSON pointer (``#/a~1b/0`` → ``["a/b", "0"]``)."""
    pointer = unquote(ref[1:])
    if not pointer:
        return []
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer.lstrip("/").split("/")]


def pointer_target(document: Any, ref: str) -> Any:
    """The node a local ``$ref`` (``#/...``) points at, or ``MISSING``."""
    target = document
    for part in pointer_parts(ref):
        if isinstance(target, Mapping) and part in target:
            target = target[part]
        elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
            target = target[int(part)]
        else:
            return MISSING
    return target


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


FREE_FORM = frozenset({"example", "default", "const", "enum"})
"""Keys whose values are data, not description: a ``$ref`` in them is a value like any other."""


def references(node: Any, where: str = "#") -> list[tuple[str, Any]]:
    """Every ``$ref`` in a document: (the JSON pointer of the object holding it, its value). Values
    that are data (examples, defaults, enums, ``x-`` extensions) are not looked into. A part that
    YAML aliases put in several places is looked into at the first (so one that contains itself,
    as Redocly's ``--dereferenced`` writes a recursive schema, ends)."""
    found: list[tuple[str, Any]] = []
    stack: list[tuple[str, str, Any]] = [(where, "", node)]
    seen: set[int] = set()
    while stack:
        at, key, current = stack.pop()
        if isinstance(current, (dict, list)):
            if id(current) in seen:
                continue
            seen.add(id(current))
        if isinstance(current, dict):
            if "$ref" in current:
                found.append((at, current["$ref"]))
            names = key in ("properties", "patternProperties")  # keys here are names, not keywords
            in_example = at.rsplit("/", 2)[-2:-1] == ["examples"]
            for k, v in current.items():
                data = (k in FREE_FORM or k.startswith("x-") or (in_example and k == "value")) and not names
                if k != "$ref" and not data:
                    stack.append((f"{at}/{_escape(str(k))}", str(k), v))
        elif isinstance(current, list):
            stack.extend((f"{at}/{i}", key, v) for i, v in enumerate(current))
    return sorted(found, key=lambda pair: pair[0])


UNRESOLVED = "x-aiwyn-unresolved"
"""The mark ``unknown_property_types`` leaves where it took out a dangling ``$ref``: its value."""


def unknown_property_types(data: dict[str, Any]) -> int:
    """A property whose schema is a ``$ref`` to nothing (Square's five catalog overrides name
    ``CatalogModifierToggleOverrideType``, which its description lacks) is read as a value of any
    type: the ``$ref`` is taken out and its value kept under ``x-aiwyn-unresolved``, which
    ``generator.normalise`` prints as a warning. One field of one model whose type the publisher
    forgot should not deny the whole client; it decodes as the JSON it is. A dangling ``$ref``
    anywhere else (a body, a response, a parameter, a component) still refuses the file
    (``check_references``): there the operation itself is unknown. Returns how many it took out."""
    taken_out = 0
    for at, ref in references(data):
        parts = pointer_parts(at)
        in_property = any(part == "properties" and i > 0 for i, part in enumerate(parts[:-1]))
        if not (in_property and isinstance(ref, str) and ref.startswith("#")):
            continue
        holder = pointer_target(data, at)
        if pointer_target(data, ref) is MISSING and isinstance(holder, dict):
            del holder["$ref"]
            holder[UNRESOLVED] = ref
            taken_out += 1
    return taken_out


LEFT_OUT = "x-aiwyn-left-out"
"""The mark ``properties_named_ref`` leaves on a schema whose property it took out: its names."""


def properties_named_ref(data: dict[str, Any]) -> int:
    """A property named ``$ref`` (Okta's and Kubernetes' JSON-schema models describe a schema's own
    ``$ref``) is read by every OpenAPI tool as a reference whose value is not a string, refusing the
    file. It is taken out (its value then arrives among the record's undeclared keys) and its schema
    marked ``x-aiwyn-left-out``, which ``generator.normalise`` prints. Returns how many."""
    taken_out = 0
    for at, ref in references(data):
        parts = pointer_parts(at)
        if isinstance(ref, str) or not parts or parts[-1] not in ("properties", "patternProperties"):
            continue
        holder = pointer_target(data, at)
        schema = pointer_target(data, "#/" + "/".join(_escape(part) for part in parts[:-1]))
        if not (isinstance(holder, dict) and isinstance(schema, dict)):
            continue
        del holder["$ref"]
        if isinstance(schema.get("required"), list):
            schema["required"] = [name for name in schema["required"] if name != "$ref"]
        schema[LEFT_OUT] = [*schema.get(LEFT_OUT, ()), "$ref"]
        taken_out += 1
    return taken_out


def check_references(data: dict[str, Any], name: str) -> None:
    """Every ``$ref`` points inside the document at something that is there, and no chain of
    ``$ref``s (or of ``allOf`` members) leads back to itself; else ``LoadError`` naming the file
    and the ``$ref``'s place."""
    found = references(data)
    _check_each(data, name, found)
    _check_all_of_cycles(name, found)


def _check_all_of_cycles(name: str, found: list[tuple[str, Any]]) -> None:
    """A schema that is, through ``allOf``, part of itself has no properties to list: refused."""
    edges: dict[tuple[str, ...], list[tuple[tuple[str, ...], str, str]]] = {}
    for at, ref in found:
        parts = pointer_parts(at)
        if len(parts) >= 2 and parts[-2] == "allOf" and isinstance(ref, str):
            edges.setdefault(tuple(parts[:-2]), []).append((tuple(pointer_parts(ref)), at, ref))
    done: set[tuple[str, ...]] = set()
    for start in sorted(edges):
        path: list[tuple[tuple[str, ...], str]] = []
        stack = [(start, iter(edges.get(start, ())))]
        on_path = {start}
        while stack:
            node, pending = stack[-1]
            step = next(pending, None)
            if step is None:
                stack.pop()
                on_path.discard(node)
                done.add(node)
                if path:
                    path.pop()
                continue
            target, at, ref = step
            if target in on_path:
                first = "#" + "".join(f"/{_escape(part)}" for part in start)
                chain = " -> ".join([first, *(r for _, r in [*path, (target, ref)])])
                raise LoadError(f"{name}: circular allOf at {at}: {chain} (a schema cannot be part of itself)")
            if target in done:
                continue
            path.append((target, ref))
            on_path.add(target)
            stack.append((target, iter(edges.get(target, ()))))


def _check_each(data: dict[str, Any], name: str, found: list[tuple[str, Any]]) -> None:
    for at, ref in found:
        if not isinstance(ref, str):
            raise LoadError(f"{name}: a $ref that is not a string at {at}")
        if not ref.startswith("#"):
            raise LoadError(
                f"{name}: $ref {ref!r} at {at} points outside the file: bundle the description into one file "
                "first (e.g. with redocly bundle)"
            )
        seen = [ref]
        target = pointer_target(data, ref)
        while True:
            if target is MISSING:
                missing = seen[-1]
                via = f" (reached through {' -> '.join(seen[:-1])})" if len(seen) > 1 else ""
                raise LoadError(f"{name}: dangling $ref {missing!r} at {at}{via}: nothing is at that place")
            if not (isinstance(target, dict) and isinstance(target.get("$ref"), str)):
                break
            following = target["$ref"]
            if following in seen:
                raise LoadError(
                    f"{name}: circular $ref at {at}: {' -> '.join([*seen, following])} never reaches a schema"
                )
            seen.append(following)
            target = pointer_target(data, following) if following.startswith("#") else {}
