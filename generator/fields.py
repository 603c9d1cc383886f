"""The ``where`` field classes to render: one per entity a search returns, from its schema.

Each property becomes a typed field (string, enum, number, boolean, date, date-time) or, for
a nested object, a relation with its own fields. Python names follow openapi-python-client's
rules, including its fallback when two properties snake-case to the same name, so a field
reads like the model attribute it filters on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.spec import SpecIndex

MAX_RELATION_DEPTH = 3


@dataclass(frozen=True)
class FieldSpec:
    attr: str
    api: str
    cls: str
    values: tuple[str | int | float, ...] | None = None


@dataclass
class FieldsClass:
    name: str
    entity: str
    path: tuple[str, ...]
    fields: list[FieldSpec] = field(default_factory=list)
    relations: list[FieldSpec] = field(default_factory=list)

    @property
    def top_level(self) -> bool:
        return not self.path


def _attr_names(names: list[str]) -> dict[str, str]:
    snake = {name: str(PythonIdentifier(name, prefix="")) for name in names}
    clashing = {s for s in snake.values() if list(snake.values()).count(s) > 1}
    return {
        name: str(PythonIdentifier(name, prefix="", skip_snake_case=True)) if attr in clashing else attr
        for name, attr in snake.items()
    }


def _scalar_class(schema: Mapping[str, Any]) -> tuple[str, tuple[str | int | float, ...] | None] | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if "enum" in schema:
        return "EnumField", tuple(v for v in schema["enum"] if v is not None)  # integers stay integers
    if kind == "string":
        fmt = schema.get("format")
        return {"date-time": "DateTimeField", "date": "DateField"}.get(str(fmt), "StringField"), None
    if kind in ("integer", "number"):
        return "NumberField", None
    if kind == "boolean":
        return "BooleanField", None
    return None


def search_entities(index: SpecIndex) -> list[str]:
    """Schema names of the items that search operations return."""
    found: list[str] = []
    for op in index.operations:
        page = index.page_items(op) if op.kind == "search" else None
        if page is not None and page[1] is not None and page[1] not in found:
            found.append(page[1])
    return found


def fields_classes(index: SpecIndex) -> list[FieldsClass]:
    """Every class to render, nested relations before the classes that use them."""
    classes: list[FieldsClass] = []
    for entity in search_entities(index):
        schema = {"$ref": f"#/components/schemas/{entity}"}
        _build(index, entity, schema, (), f"{ClassName(entity, prefix='')}Fields", classes, (entity,))
    return classes


def _build(
    index: SpecIndex,
    entity: str,
    schema: Any,
    path: tuple[str, ...],
    name: str,
    out: list[FieldsClass],
    seen: tuple[str, ...],
) -> None:
    cls = FieldsClass(name=name, entity=entity, path=path)
    props = index.properties(schema)
    attrs = _attr_names(list(props))
    for api_name, raw in props.items():
        prop = index.non_null(raw)
        resolved = index.resolve(prop)
        if not isinstance(resolved, Mapping):
            continue
        ref = prop.get("$ref") if isinstance(prop, Mapping) else None
        target = ref.rsplit("/", 1)[1] if isinstance(ref, str) else api_name
        is_object = resolved.get("type") == "object" or "allOf" in resolved
        if is_object and index.properties(resolved):
            if len(path) + 1 > MAX_RELATION_DEPTH or target in seen:
                continue
            child = f"{name.removesuffix('Fields')}{ClassName(api_name, prefix='')}Fields"
            _build(index, entity, resolved, (*path, api_name), child, out, (*seen, target))
            cls.relations.append(FieldSpec(attrs[api_name], api_name, child))
            continue
        scalar = _scalar_class(resolved)
        if scalar is not None:
            cls.fields.append(FieldSpec(attrs[api_name], api_name, scalar[0], scalar[1]))
    out.append(cls)
