"""A ``default`` its own schema refuses ("Cannot convert [] to enum" drops the schema and what holds
it): one written as the string of its value is read as that value, any other is left out (the
server applies its own default to what the client leaves out)."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

from generator.load import MISSING
from generator.normalise.description import Normalised, every_node, is_data, resolve

_JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer()),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
}


def defaults_outside_the_schema(result: Normalised) -> None:
    """A ``default`` its own schema refuses (OpenAI's ``TranscriptionInclude``: ``type: string,
    enum: [logprobs], default: []``) makes openapi-python-client drop the schema and what holds
    it ("Cannot convert [] to enum"). A default written as the string of its value (Xero's
    ``type: boolean, default: "false"``) is read as that value; any other is left out: the server
    applies its own default to what the client leaves out, which is what a default describes. A
    null default is kept (it says no more than leaving the value out). An object default on a
    union is left out too (Airbyte's ``credentials: {type: object, oneOf: [...], default: {}}``, a
    nullable object's): openapi-python-client refuses one there, as no model takes a default, and
    drops the schema and what holds it (20 of Airbyte's connector configurations, so a union of
    them read another connector's model), and so is one beside ``allOf`` (OpenMeter's
    ``alignment: {allOf: [{$ref: Alignment}], default: {type: subscription}}``: "ModelProperty
    cannot have a default value", which dropped its billing profiles). A model alone ignores its
    default."""
    for where, node in every_node(result.spec, "#"):
        if node.get("default") is None or "$ref" in node or is_data(where):
            continue
        value = node["default"]
        kind, values, format_ = _constraints(result.spec, node)
        kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
        if isinstance(value, dict) and (_a_union(node) or isinstance(node.get("allOf"), list)):  # none on either
            del node["default"]
            result.changes.append(f"{where}: default {json.dumps(value, default=str)} is an object: left out")
            continue
        if _fits(value, kinds, values, format_):
            continue
        read = _read_as(value, kinds, values)
        if read is not MISSING and _fits(read, kinds, values):
            node["default"] = read
            result.changes.append(f"{where}: default {json.dumps(value)} is read as {json.dumps(read)}")
            continue
        del node["default"]
        shown = json.dumps(value, default=str)
        result.changes.append(f"{where}: default {shown} is not a value of its schema: left out")


def _constraints(spec: dict[str, Any], node: dict[str, Any]) -> tuple[Any, Any, Any]:
    """The type, enum and format a default must fit: the node's own, or where it has none, those of
    the one member of its ``oneOf``, ``anyOf`` or ``allOf`` (utoipa's ``oneOf: [{$ref: LogMode}]``
    beside a default, a way to give the reference a description)."""
    own = (node.get("type"), node.get("enum"), node.get("format"))
    if any(value is not None for value in own):
        return own
    members = [node[key] for key in ("oneOf", "anyOf", "allOf") if isinstance(node.get(key), list)]
    if len(members) != 1 or len(members[0]) != 1 or not isinstance(target := resolve(spec, members[0][0]), dict):
        return own
    return target.get("type"), target.get("enum"), target.get("format")


def _a_union(node: dict[str, Any]) -> bool:
    """Whether openapi-python-client reads ``node`` as a union: members, several types, or null too."""
    kinds = node.get("type")
    several = isinstance(kinds, list) and len(kinds) > 1
    return several or node.get("nullable") is True or any(isinstance(node.get(k), list) for k in ("oneOf", "anyOf"))


def _fits(value: Any, kinds: list[Any], values: Any, format_: Any = None) -> bool:
    fits_type = not kinds or any(_JSON_TYPES.get(k, lambda _: True)(value) for k in kinds)
    return fits_type and (not isinstance(values, list) or value in values) and _fits_format(value, format_)


def _fits_format(value: Any, format_: Any) -> bool:
    """A date or date-time default that is one (Okta's ``created: {format: date-time, default:
    "Assigned"}`` is not, and openapi-python-client drops the schema: "Invalid datetime")."""
    if format_ not in ("date", "date-time") or not isinstance(value, str):
        return True
    parse = datetime.date.fromisoformat if format_ == "date" else datetime.datetime.fromisoformat
    try:
        parse(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _read_as(value: Any, kinds: list[Any], values: Any) -> Any:
    """A string default as the scalar it spells, for a schema of that type, or as the one value of
    its enum spelt alike but for case (Meilisearch's ``Human`` for ``human``); MISSING otherwise."""
    if isinstance(value, str) and isinstance(values, list):
        alike = [v for v in values if isinstance(v, str) and v.lower() == value.lower()]
        if len(alike) == 1:
            return alike[0]
    if not isinstance(value, str) or "string" in kinds:
        return MISSING
    try:
        read = json.loads(value)
    except ValueError:
        return MISSING
    return read if isinstance(read, (bool, int, float)) else MISSING
