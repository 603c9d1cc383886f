# Copied from overlays/aiwyn_client/where/_expr.py: edit it there; `make generate` rewrites this file.
"""Hasura ``where`` expressions and ``orderBy`` keys, checked as they are built.

Fields are typed (``StringField``, ``NumberField``, ``DateTimeField``, …) and offer only the
operators their type allows, so a wrong operator fails in the type checker and again at run
time, where the message names the entity, the field and the operators it has. Values are
checked against the field's type (and enum values) and serialised as the API expects: dates
and date-times in ISO 8601, UTC date-times with a ``Z``. Nothing is sent until an expression
is complete and valid.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, NoReturn

from .._exceptions import QueryError, UnknownFieldError, UnsupportedOperatorError

__all__ = [
    "BooleanField",
    "DateField",
    "DateTimeField",
    "EnumField",
    "Expr",
    "Field",
    "FieldsMeta",
    "NumberField",
    "OrderItem",
    "QueryError",
    "Relation",
    "StringField",
    "UnknownFieldError",
    "UnsupportedOperatorError",
    "and_",
    "check_order",
    "check_where",
    "not_",
    "or_",
    "order_by",
]

# Python method name -> Hasura operator.
OPERATORS: dict[str, str] = {
    "eq": "_eq",
    "neq": "_neq",
    "gt": "_gt",
    "gte": "_gte",
    "lt": "_lt",
    "lte": "_lte",
    "in_": "_in",
    "nin": "_nin",
    "like": "_like",
    "ilike": "_ilike",
    "is_null": "_is_null",
}
LOGICAL = ("_and", "_or", "_not")
LIST_OPERATORS = frozenset({"_in", "_nin"})


def _fail_unknown(entity: str, dotted: str, name: str, known: Iterable[str]) -> NoReturn:
    where = f"{entity}.{dotted}" if dotted else entity
    raise UnknownFieldError(f"{where} has no field {name!r}; fields: {', '.join(sorted(known))}")


# ---------------------------------------------------------------------- expressions
class Expr:
    """A boolean expression; combine with ``&``, ``|``, ``~`` or ``and_``, ``or_``, ``not_``."""

    __slots__ = ("_node",)

    def __init__(self, node: dict[str, Any]) -> None:
        self._node = node

    def to_dict(self) -> dict[str, Any]:
        """The JSON the API takes as ``where``."""
        node: dict[str, Any] = _copy(self._node)
        return node

    def __and__(self, other: Expr) -> Expr:
        return and_(self, other)

    def __or__(self, other: Expr) -> Expr:
        return or_(self, other)

    def __invert__(self) -> Expr:
        return not_(self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Expr) and other._node == self._node

    def __hash__(self) -> int:
        return hash(repr(self._node))

    def __bool__(self) -> bool:
        raise QueryError("an expression has no truth value: combine with & | ~, not `and`, `or`, `not`")

    def __repr__(self) -> str:
        return f"Expr({self._node!r})"

    @classmethod
    def raw(cls, document: Mapping[str, Any]) -> Expr:
        """An expression written as JSON, checked structurally (the escape hatch)."""
        _check_raw(document, "where")
        return cls(_copy(dict(document)))


def _copy(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _copy(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_copy(v) for v in node]
    return node


def _combine(key: str, exprs: Sequence[Expr]) -> Expr:
    if not exprs:
        raise QueryError(f"{key} needs at least one expression")
    parts: list[dict[str, Any]] = []
    for expr in exprs:
        if not isinstance(expr, Expr):
            raise QueryError(f"{key} takes expressions built from fields, not {type(expr).__name__}")
        node = expr.to_dict()
        parts.extend(node[key] if list(node) == [key] else [node])
    return Expr(parts[0]) if len(parts) == 1 else Expr({key: parts})


def and_(*exprs: Expr) -> Expr:
    """All of ``exprs``; nested ``_and`` lists are flattened."""
    return _combine("_and", exprs)


def or_(*exprs: Expr) -> Expr:
    """Any of ``exprs``; nested ``_or`` lists are flattened."""
    return _combine("_or", exprs)


def not_(expr: Expr) -> Expr:
    if not isinstance(expr, Expr):
        raise QueryError(f"not_ takes an expression built from fields, not {type(expr).__name__}")
    return Expr({"_not": expr.to_dict()})


def _check_raw(node: Any, where: str) -> None:
    if not isinstance(node, Mapping) or not node:
        raise QueryError(f"{where}: an expression must be a non-empty object, not {node!r}")
    for key, value in node.items():
        here = f"{where}.{key}"
        if key in ("_and", "_or"):
            if not isinstance(value, list) or not value:
                raise QueryError(f"{here}: must be a non-empty list of expressions")
            for i, item in enumerate(value):
                _check_raw(item, f"{here}[{i}]")
        elif key == "_not":
            _check_raw(value, here)
        elif not isinstance(key, str) or key.startswith("_"):
            raise QueryError(f"{here}: unknown logical operator; use _and, _or, _not or a field name")
        elif isinstance(value, Mapping) and value and all(str(k).startswith("_") for k in value):
            for op, operand in value.items():
                if op not in OPERATORS.values() and op != "_regex":
                    raise QueryError(f"{here}: unknown operator {op!r}; operators: {', '.join(OPERATORS.values())}")
                if op in LIST_OPERATORS and not isinstance(operand, list):
                    raise QueryError(f"{here}.{op}: takes a list")
                if op == "_is_null" and not isinstance(operand, bool):
                    raise QueryError(f"{here}.{op}: takes true or false")
        else:
            _check_raw(value, here)  # a relationship: a nested expression


# ---------------------------------------------------------------------- ordering
class OrderItem:
    """One ``orderBy`` key: ``{field: "asc" | "desc"}``, nested for relationship fields."""

    __slots__ = ("direction", "path")

    def __init__(self, path: tuple[str, ...], direction: str) -> None:
        self.path, self.direction = path, direction

    def to_dict(self) -> dict[str, Any]:
        node: Any = self.direction
        for key in reversed(self.path):
            node = {key: node}
        result: dict[str, Any] = node
        return result

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OrderItem) and (other.path, other.direction) == (self.path, self.direction)

    def __hash__(self) -> int:
        return hash((self.path, self.direction))

    def __repr__(self) -> str:
        return f"OrderItem({'.'.join(self.path)} {self.direction})"


def order_by(*items: OrderItem) -> list[dict[str, Any]]:
    """The JSON the API takes as ``orderBy``, keys kept in the given order."""
    for item in items:
        if not isinstance(item, OrderItem):
            raise QueryError(f"order_by takes field.asc() / field.desc(), not {type(item).__name__}")
    return [item.to_dict() for item in items]


# ---------------------------------------------------------------------- fields
class Field:
    """A field of an entity; its subclasses carry the operators that fit its type."""

    kind: ClassVar[str] = "field"
    operators: ClassVar[tuple[str, ...]] = ("eq", "neq", "is_null")

    def __init__(self, entity: str, path: tuple[str, ...], name: str) -> None:
        self.entity, self.path, self.name = entity, path, name

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    @property
    def label(self) -> str:
        """``Entity.apiPath``, with the Python name where it differs: what error messages name."""
        where = f"{self.entity}.{self.dotted}"
        return where if self.name == self.path[-1] else f"{where} ({self.name})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.entity}.{self.dotted})"

    if not TYPE_CHECKING:  # at run time only, so type checkers still flag unknown names

        def __getattr__(self, name: str) -> NoReturn:
            if name in OPERATORS:
                raise UnsupportedOperatorError(
                    f"{self.label} is a {self.kind} field: {name} does not apply; "
                    f"operators: {', '.join(self.operators)}"
                )
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")

    # -- values
    def _value(self, value: Any) -> Any:
        raise NotImplementedError

    def _bad(self, value: Any, expected: str) -> NoReturn:
        raise QueryError(f"{self.label} takes {expected}, not {value!r}")

    def _cond(self, op: str, operand: Any) -> Expr:
        node: dict[str, Any] = {OPERATORS[op]: operand}
        for key in reversed(self.path):
            node = {key: node}
        return Expr(node)

    def _values(self, values: Iterable[Any]) -> list[Any]:
        if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
            self._bad(values, "a list of values")
        return [self._value(v) for v in values]

    # -- operators every type has
    def eq(self, value: Any) -> Expr:
        return self._cond("eq", self._value(value))

    def neq(self, value: Any) -> Expr:
        return self._cond("neq", self._value(value))

    def is_null(self, value: bool = True) -> Expr:
        if not isinstance(value, bool):
            self._bad(value, "True or False")
        return self._cond("is_null", value)

    def asc(self) -> OrderItem:
        return OrderItem(self.path, "asc")

    def desc(self) -> OrderItem:
        return OrderItem(self.path, "desc")


class _Listable(Field):
    def in_(self, values: Iterable[Any]) -> Expr:
        return self._cond("in_", self._values(values))

    def nin(self, values: Iterable[Any]) -> Expr:
        return self._cond("nin", self._values(values))


class _Ordered(_Listable):
    operators = ("eq", "neq", "gt", "gte", "lt", "lte", "in_", "nin", "is_null")

    def gt(self, value: Any) -> Expr:
        return self._cond("gt", self._value(value))

    def gte(self, value: Any) -> Expr:
        return self._cond("gte", self._value(value))

    def lt(self, value: Any) -> Expr:
        return self._cond("lt", self._value(value))

    def lte(self, value: Any) -> Expr:
        return self._cond("lte", self._value(value))


class StringField(_Listable):
    kind = "string"
    operators = ("eq", "neq", "in_", "nin", "like", "ilike", "is_null")

    def _value(self, value: Any) -> str:
        if not isinstance(value, str):
            self._bad(value, "a string")
        return value

    def like(self, pattern: str) -> Expr:
        return self._cond("like", self._value(pattern))

    def ilike(self, pattern: str) -> Expr:
        return self._cond("ilike", self._value(pattern))


class EnumField(_Listable):
    kind = "enum"
    operators = ("eq", "neq", "in_", "nin", "is_null")

    def __init__(self, entity: str, path: tuple[str, ...], name: str, values: tuple[str | int | float, ...]) -> None:
        super().__init__(entity, path, name)
        self.values = values

    def _value(self, value: Any) -> str | int | float:
        """The value as the description lists it: strings stay strings, integer enums integers
        (``2``, not ``"2"``, and never ``True`` for ``1``)."""
        raw = getattr(value, "value", value)  # accepts the generated enum members too
        if isinstance(raw, bool) or not any(raw == v and type(raw) is type(v) for v in self.values):
            self._bad(value, f"one of {', '.join(map(str, self.values))}")
        return raw  # type: ignore[no-any-return]


class NumberField(_Ordered):
    kind = "number"

    def _value(self, value: Any) -> int | float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self._bad(value, "a number")
        return value


class BooleanField(Field):
    kind = "boolean"

    def _value(self, value: Any) -> bool:
        if not isinstance(value, bool):
            self._bad(value, "True or False")
        return value


class DateField(_Ordered):
    kind = "date"

    def _value(self, value: Any) -> str:
        if isinstance(value, datetime.datetime):
            self._bad(value, "a date (datetime.date or 'YYYY-MM-DD'), not a date-time")
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, str):
            try:
                datetime.date.fromisoformat(value)
            except ValueError:
                self._bad(value, "an ISO 8601 date ('YYYY-MM-DD')")
            return value
        self._bad(value, "a datetime.date or an ISO 8601 date string")


class DateTimeField(_Ordered):
    kind = "date-time"

    def _value(self, value: Any) -> str:
        if isinstance(value, datetime.datetime):
            text = value.isoformat()
            return text[:-6] + "Z" if text.endswith("+00:00") else text
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, str):
            try:
                from dateutil.parser import isoparse  # only a date-time filter needs it

                isoparse(value)
            except (ValueError, OverflowError):
                self._bad(value, "an ISO 8601 date-time (e.g. '2024-01-31T09:00:00Z')")
            return value
        self._bad(value, "a datetime, a date or an ISO 8601 string")


class Relation:
    """A related object's fields (``Fields.draft_invoice.approved_at``), for filters across relations.

    Its own attributes start with ``_``, as no field's name can: a field may be called ``path``
    or ``entity``."""

    _entity: ClassVar[str] = ""

    def __init__(self, path: tuple[str, ...]) -> None:
        self._path = path

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> NoReturn:
            if name.startswith("__"):
                raise AttributeError(name)
            known = [k for k, v in vars(self).items() if isinstance(v, (Field, Relation))]
            _fail_unknown(self._entity, ".".join(self._path), name, known)


class FieldsMeta(type):
    """Makes ``Fields.misspelt`` name the entity and list its fields."""

    _entity: str  # underscored, as a field's name cannot be

    if not TYPE_CHECKING:

        def __getattr__(cls, name: str) -> NoReturn:
            if name.startswith("__"):
                raise AttributeError(name)
            known = [k for k, v in vars(cls).items() if isinstance(v, (Field, Relation))]
            _fail_unknown(cls._entity, "", name, known)


def api_name(member: Field | Relation) -> str:
    """The API name of a field or relation of a Fields class (the last key of its path)."""
    return member.path[-1] if isinstance(member, Field) else member._path[-1]


# ---------------------------------------------------------------------- raw JSON against an entity
_METHODS: dict[str, str] = {op: method for method, op in OPERATORS.items()}


def _members(fields: Any) -> dict[str, Field | Relation]:
    """An entity's (or relation's) fields by their API name."""
    return {api_name(v): v for v in vars(fields).values() if isinstance(v, (Field, Relation))}


def _entity(fields: Any) -> str:
    return str(getattr(fields, "_entity", "the entity"))


def check_where(document: Mapping[str, Any], fields: Any, where: str = "where") -> None:
    """Check a hand-written ``where`` against an entity's fields, as the builder would have.

    ``fields`` is a generated ``<Entity>Fields`` class. An unknown field, an operator that does
    not fit the field's type and an operand of the wrong type raise ``QueryError`` naming the
    place in the document, the entity and what is allowed.
    """
    _check_raw(document, where)
    members = _members(fields)
    for key, value in document.items():
        here = f"{where}.{key}"
        if key in ("_and", "_or"):
            for i, item in enumerate(value):
                check_where(item, fields, f"{here}[{i}]")
            continue
        if key == "_not":
            check_where(value, fields, here)
            continue
        target = members.get(key)
        if target is None:
            raise UnknownFieldError(
                f"{here}: {_entity(fields)} has no field {key!r}; fields: {', '.join(sorted(members))}"
            )
        if isinstance(target, Relation):
            if not isinstance(value, Mapping):
                raise QueryError(f"{here}: a relation takes a nested expression, not {value!r}")
            check_where(value, target, here)
            continue
        if not isinstance(value, Mapping) or not all(str(k).startswith("_") for k in value):
            raise QueryError(f"{here}: takes an object of operators such as {{'_eq': ...}}, not {value!r}")
        for op, operand in value.items():
            if op == "_regex" and isinstance(target, StringField):
                target._value(operand)
                continue
            method = _METHODS.get(op)
            if method is None or method not in target.operators:
                allowed = ", ".join(OPERATORS[m] for m in target.operators)
                raise UnsupportedOperatorError(
                    f"{here}.{op}: {target.label} is a {target.kind} field; operators: {allowed}"
                )
            try:
                getattr(target, method)(operand)
            except QueryError as exc:
                raise QueryError(f"{here}.{op}: {exc}") from None


def check_order(items: Sequence[Mapping[str, Any]], fields: Any, directions: Sequence[str] | None) -> None:
    """Check hand-written ``orderBy`` items: known fields, one per item, allowed directions."""
    for i, item in enumerate(items):
        here, node, scope = f"orderBy[{i}]", item, fields
        while True:
            if not isinstance(node, Mapping) or len(node) != 1:
                raise QueryError(f"{here}: each orderBy item names one field, such as {{'name': 'asc'}}, not {item!r}")
            ((key, node),) = node.items()
            here = f"{here}.{key}"
            if scope is None:  # no fields to check against: the shape and the direction only
                if isinstance(node, Mapping):
                    continue
                break
            target = _members(scope).get(key)
            if target is None:
                raise UnknownFieldError(
                    f"{here}: {_entity(scope)} has no field {key!r}; fields: {', '.join(sorted(_members(scope)))}"
                )
            if isinstance(target, Relation):
                scope = target
                continue
            break
        if not isinstance(node, str) or (directions is not None and node not in directions):
            allowed = ", ".join(directions) if directions is not None else "a direction string"
            raise QueryError(f"{here}: direction {node!r} is not allowed; directions: {allowed}")
