"""String enums openapi-python-client refuses or misnames: values listed as numbers or booleans
under ``type: string`` (read as the strings the type says), and values that would give one member
name (``Queued``, ``QUEUED``; ``GMT+0``, ``GMT0``), which get ``x-enum-varnames``; and a ``const``
it cannot read at all (an object or an array), which is left out."""

from __future__ import annotations

import json
import re
from typing import Any

from openapi_python_client.strings import snake_case

from generator.normalise.description import Normalised, every_node, is_data


def string_enums(result: Normalised) -> None:
    """An enum declared ``type: string`` that lists numbers (``[4.1, 4, "3_lite"]``) or booleans (YAML's
    unquoted ``true``, ``false``) has them as the strings the type says, booleans as JSON spells
    them (openapi-python-client refuses mixed value types, and drops the schema)."""
    for where, node in every_node(result.spec, "#"):
        values, kind = node.get("enum"), node.get("type")
        is_string = kind == "string" or (isinstance(kind, list) and "string" in kind and "number" not in kind)
        if not is_string or not isinstance(values, list) or "/example" in where:
            continue
        numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
        if numbers:
            node["enum"] = [str(v) if v in numbers and not isinstance(v, bool) else v for v in values]
            shown = ", ".join(map(str, numbers))
            result.changes.append(f"{where}: a string enum lists numbers ({shown}): read as strings")
        if any(isinstance(v, bool) for v in node["enum"]):
            node["enum"] = [json.dumps(v) if isinstance(v, bool) else v for v in node["enum"]]
            shown = ", ".join(json.dumps(v) for v in values if isinstance(v, bool))
            result.changes.append(f"{where}: a string enum lists booleans ({shown}): read as strings")


def enum_names(result: Normalised) -> None:
    """An enum whose members the description names under another tool's key (NSwag's
    ``x-enumNames``, AutoRest's ``x-ms-enum`` values) gets them as ``x-enum-varnames``, the key
    openapi-python-client reads: an integer enum's members are otherwise ``VALUE_0``, ``VALUE_1``.
    A string enum two of whose values openapi-python-client would give one member name (it
    upper-cases a value and drops what is not a letter, digit or ``_``: ``Queued`` and ``QUEUED``,
    Stripe's ``GMT+0`` and ``GMT0``) gets ``x-enum-varnames`` too: it stops on some such clashes and
    silently keeps one member of the others."""
    for where, node in every_node(result.spec, "#"):
        values = node.get("enum")
        if not isinstance(values, list) or "x-enum-varnames" in node or is_data(where):
            continue
        listed = [v for v in values if v is not None]  # a null makes the enum nullable, not a member
        named = _names_given(node, listed)
        if named is not None:
            node["x-enum-varnames"] = named
            result.changes.append(f"{where}: enum members named as the description names them: {', '.join(named)}")
            continue
        if not listed or not all(isinstance(v, str) for v in listed):
            continue
        keys = [_member_key(value, i) for i, value in enumerate(listed)]
        if len(set(keys)) == len(keys):
            continue
        names = _member_names(listed)
        node["x-enum-varnames"] = names
        why = "differ only in case" if len({v.upper() for v in listed}) == len(set(keys)) else "make one member name"
        result.changes.append(f"{where}: enum values {why}; members named {', '.join(names)}")


NAMING_KEYS = ("x-enumNames", "x-enum-names", "x-enum-varNames")
"""Where other tools keep an enum's member names, one a value in the values' order."""


def _names_given(node: dict[str, Any], listed: list[Any]) -> list[str] | None:
    """The member names the description gives ``listed``, made identifiers, or None where it gives
    none, or gives them for other values, or two would make one member name."""
    names = next((node[key] for key in NAMING_KEYS if isinstance(node.get(key), list)), None)
    ms_enum = node.get("x-ms-enum")
    if names is None and isinstance(ms_enum, dict) and isinstance(ms_enum.get("values"), list):
        by_value = {json.dumps(v.get("value")): v.get("name") for v in ms_enum["values"] if isinstance(v, dict)}
        names = [by_value.get(json.dumps(value)) for value in listed]
    if names is None or len(names) != len(listed) or not all(isinstance(n, str) and n.strip() for n in names):
        return None
    made = [_identifier(name) for name in names]
    return made if len({snake_case(name).upper() for name in made}) == len(made) else None


def _member_key(value: str, index: int) -> str:
    """The member name openapi-python-client gives a string enum value (``values_from_list``)."""
    key = value.upper() if value[:1].isalpha() else f"VALUE_{index}"
    return snake_case(key).upper()


def _member_names(values: list[str]) -> list[str]:
    """Unique member names: the value in upper case with other characters as ``_`` (a value
    already so keeps the plain name; the others are numbered after it)."""
    bases = [_identifier(value.upper()) for value in values]
    order = sorted(range(len(values)), key=lambda i: values[i] != bases[i])
    names: list[str] = [""] * len(values)
    seen: set[str] = set()
    for i in order:
        name, number = bases[i], 1
        while snake_case(name).upper() in seen:
            number += 1
            name = f"{bases[i]}_{number}"
        seen.add(snake_case(name).upper())
        names[i] = name
    return names


def structured_consts(result: Normalised) -> None:
    """A ``const`` that is an object or an array (Mailchimp's ping answer: ``const: {PING: PONG!}``):
    openapi-python-client reads only a string, number or boolean there and refuses the whole
    description. The ``const`` is left out, the schema typed as what it was (an object, an array),
    so the value decodes as any such value; the server sends the one it documents anyway. So is
    an ``enum`` holding objects or arrays (Docker's ``ExposedPorts`` values: ``enum: [{}]``)."""
    for where, node in every_node(result.spec, "#"):
        if is_data(where) or where.endswith(("/properties", "/patternProperties")):
            continue  # data, or a map of property schemas (one may be named `const` or `enum`)
        value = node.get("const")
        if isinstance(value, (dict, list)):
            del node["const"]
            kind = "object" if isinstance(value, dict) else "array"
            node.setdefault("type", kind)
            result.changes.append(f"{where}: a const that is an {kind} is left out (read as any {kind})")
        values = node.get("enum")
        if isinstance(values, list) and any(isinstance(v, (dict, list)) for v in values):
            del node["enum"]  # Docker's ExposedPorts: {type: object, enum: [{}]}, "Unable to process schema"
            result.changes.append(f"{where}: an enum of objects or arrays is left out (read as its type)")


def _identifier(text: str) -> str:
    """``text`` as a member name: what is not a letter, digit or ``_`` as ``_``, led by a letter."""
    name = re.sub(r"\W+", "_", text).strip("_") or "VALUE"
    return name if name[:1].isalpha() else f"VALUE_{name}"
