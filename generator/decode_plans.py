"""How each property of a model decodes, computed from openapi-python-client's parse.

The model template writes the result out as data (``aiwyn_client._fields.Field`` calls); the
runtime compiles each model's decoding from it (``aiwyn_client._compile``). Deciding here, in
Python, what kind of value a property holds keeps the decoding rules in one place instead of
spread over Jinja macros whose output is compared as text.

A field's kind is one of:

- ``any``: any JSON, kept as it came (free-form objects, untyped values, files);
- ``scalar``: a JSON scalar or null (strings, numbers, booleans, and unions of them); ``type``
  names the Python type it usually holds, for a cheap identity check before the shape check;
- ``date``, ``datetime``, ``uuid``: a string parsed to that type (kept as it came if it does
  not parse);
- ``enum``: a member of the enum class ``ref`` (``type`` is its value type: ``str`` or ``int``);
- ``literal``: a value checked by the literal enum's ``ref`` function;
- ``const``: the value ``ref`` (a Python literal), checked;
- ``model``: a record of the model ``ref``;
- ``list``: an array of ``item``;
- ``union``: one of ``members`` (tried strictly, then leniently, as openapi-python-client does);
- ``none``: null (a union's member only).

``nullable`` says the description allows null (a union with null collapses into its one other
member): a null is None either way, but only a null the description does not allow is logged.
"""

from __future__ import annotations

from typing import Any

SCALAR_TYPES = {"StringProperty": "str", "IntProperty": "int", "FloatProperty": "float", "BooleanProperty": "bool"}
"""Plain scalar properties and the Python type a decoded value of theirs usually is."""
PARSED = {"DateProperty": "date", "DateTimeProperty": "datetime", "UuidProperty": "uuid"}
"""Scalar properties whose string is parsed to a Python value."""


def field_plan(prop: Any, *, top: bool = True) -> dict[str, Any]:
    """The plan of one property as keyword arguments of ``aiwyn_client._fields.Field``."""
    kind = type(prop).__name__
    plan: dict[str, Any] = {"attr": str(prop.python_name), "key": _text(prop.name)} if top else {}
    if top:
        plan["required"] = bool(prop.required)
    if kind in SCALAR_TYPES:
        return {**plan, "kind": "scalar", "type": SCALAR_TYPES[kind]}
    if kind in PARSED:
        return {**plan, "kind": PARSED[kind]}
    if kind == "EnumProperty":
        return {**plan, "kind": "enum", "ref": str(prop.class_info.name), "type": prop.value_type.__name__}
    if kind == "LiteralEnumProperty":
        return {**plan, "kind": "literal", "ref": f"check_{prop.get_class_name_snake_case()}"}
    if kind == "ConstProperty":
        return {**plan, "kind": "const", "ref": prop.value.python_code.as_unembedded_code()}
    if kind == "NoneProperty":
        return {**plan, "kind": "none"}
    if kind == "ModelProperty":
        return {**plan, "kind": "model", "ref": str(prop.class_info.name)}
    if kind == "ListProperty":
        return {**plan, "kind": "list", "item": field_plan(prop.inner_property, top=False)}
    if kind == "UnionProperty":
        members = [field_plan(inner, top=False) for inner in prop.inner_properties]
        others = [m for m in members if m["kind"] != "none"]
        if len(others) == 1 and len(others) < len(members):  # X or null: an X the description lets be null
            return {**plan, **others[0], "nullable": True}
        if all(m["kind"] in ("scalar", "none") for m in members):  # plain scalars: no decoding at all
            first = next((m["type"] for m in others if m.get("type")), "")
            return {**plan, "kind": "scalar", "type": first, "nullable": len(others) < len(members)}
        return {**plan, "kind": "union", "members": members}
    return {**plan, "kind": "any"}


def _text(name: Any) -> str:
    """A name of the description as it is (openapi-python-client wraps them as untrusted)."""
    return str(name.get_untrusted_value()) if hasattr(name, "get_untrusted_value") else str(name)


def render(plan: dict[str, Any]) -> str:
    """A plan as the Python expression that builds it (``_F(...)``), for the model template."""
    top = "attr" in plan  # a property: its names, kind and whether required, in that order
    parts = [repr(plan[name]) for name in ("attr", "key", "kind", "required")] if top else []
    for name, value in plan.items():
        if top and name in ("attr", "key", "kind", "required"):
            continue
        if name == "item":
            parts.append(f"item={render(value)}")
        elif name == "members":
            parts.append("members=(" + "".join(f"{render(m)}, " for m in value) + ")")
        else:
            parts.append(f"{name}={value!r}")
    return f"_F({', '.join(parts)})"


def model_plan(model: Any) -> list[str]:
    """Every property of ``model``, in the description's order, as ``_F(...)`` expressions."""
    return [render(field_plan(prop)) for prop in [*model.required_properties, *model.optional_properties]]


def extras_plan(model: Any) -> str:
    """What the model does with keys the description does not declare: ``"drop"`` them, ``"keep"``
    them as they came, or decode each value by a plan (``additionalProperties`` with a schema)."""
    extra = model.additional_properties
    if not extra:
        return repr("drop")
    if extra is True or type(extra).__name__ in ("AnyProperty",) or getattr(extra, "template", None) is None:
        return repr("keep")
    plan = field_plan(extra, top=False)
    return repr("keep") if plan["kind"] in ("any", "scalar") else render(plan)


def declaration(prop: Any) -> str:
    """How the model declares ``prop``: a required property as its type (with ``None`` only if
    the description lets it be null), any other as ``X | None``, defaulting to ``ABSENT`` (None
    once the model exists, and shown as None) or to the description's default, ``defaulted``:
    either way not sent until given (``aiwyn_client._model``)."""
    name = str(prop.python_name)
    kind = str(prop.get_type_string(no_optional=True).as_unembedded_code())
    default = prop.default.python_code.as_unembedded_code() if prop.default is not None else None
    if prop.required:
        return f"{name}: {kind}" + (f" = {default}" if default is not None else "")
    if "None" not in [part.strip() for part in kind.split("|")]:
        kind = f"{kind} | None"
    return f"{name}: {kind} = {f'_defaulted({default})' if default is not None else '_ABSENT'}"


def apply() -> None:
    """Give openapi-python-client's templates ``decode_plan``, ``decode_extras`` and ``declaration`` (in the
    process that renders them: ``python -m generator.opc`` imports this package)."""
    import openapi_python_client

    init = openapi_python_client.Project.__init__
    if getattr(init, "aiwyn_plans", False):
        return

    def project_init(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self.env.globals.update(decode_plan=model_plan, decode_extras=extras_plan, declaration=declaration)

    project_init.aiwyn_plans = True  # type: ignore[attr-defined]
    openapi_python_client.Project.__init__ = project_init  # type: ignore[method-assign]
