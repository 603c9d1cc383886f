"""``--where 'name ilike "%acme%" and active = true'``: a small filter language for the command line.

Parsed into the typed ``where`` builder of the entity (``ClientFields.name.ilike(...)``), so a
field, operator or value the entity cannot take fails with the builder's own messages::

    expression  := term ("or" term)*
    term        := factor ("and" factor)*
    factor      := "not" factor | "(" expression ")" | condition
    condition   := field OP value | field ["not"] "in" "(" value ("," value)* ")"
                 | field "is" ["not"] "null"
    field       := name ("." name)*            API names (createdAt) or Python names (created_at)
    OP          := = | != | < | <= | > | >= | like | ilike
    value       := "text" | 'text' | number | true | false | 2024-01-31 | 2024-01-31T09:00:00Z
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import QueryError
from ..where import Expr
from ..where._expr import Field, Relation, api_name

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
      | (?P<op><=|>=|!=|<>|=|<|>|\(|\)|,)
      | (?P<word>[A-Za-z_0-9][\w.:+\-]*)
    )""",
    re.VERBOSE,
)
_COMPARISONS = {"=": "eq", "!=": "neq", "<>": "neq", "<": "lt", "<=": "lte", ">": "gt", ">=": "gte"}
_KEYWORDS = {"and", "or", "not", "in", "is", "null", "like", "ilike"}


def _tokens(text: str) -> list[tuple[str, str]]:
    found, position = [], 0
    text = text.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise QueryError(f"--where: cannot read {text[position : position + 20]!r} (at character {position + 1})")
        kind = match.lastgroup or "word"
        value = match.group(kind)
        if kind == "word" and value.lower() in _KEYWORDS:
            kind, value = "keyword", value.lower()
        found.append((kind, value))
        position = match.end()
    return found


def _literal(kind: str, text: str) -> Any:
    if kind == "string":
        return re.sub(r"\\(.)", r"\1", text[1:-1])
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d*(?:[eE][-+]?\d+)?", text):
        return float(text)
    return text  # a bare date, date-time or enum value: the field checks it


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _member(owner: Any, name: str) -> Any:
    """The field or relation ``name`` (an API or Python name) of a Fields class or relation."""
    members = {api_name(v): v for v in vars(owner).values() if isinstance(v, (Field, Relation))}
    if name in members:
        return members[name]
    return getattr(owner, name if name in vars(owner) else _snake(name))  # unknown: the builder's error


class _Parser:
    def __init__(self, text: str, fields: Any) -> None:
        self.tokens, self.at, self.fields = _tokens(text), 0, fields

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self, kind: str | None = None, value: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if token is None or (kind and token[0] != kind) or (value and token[1] != value):
            wanted = value or kind or "more"
            got = "the end" if token is None else repr(token[1])
            raise QueryError(f"--where: expected {wanted} but found {got}")
        self.at += 1
        return token

    def accept(self, value: str) -> bool:
        token = self.peek()
        if token is not None and token[1] == value and token[0] in ("keyword", "op"):
            self.at += 1
            return True
        return False

    def expression(self) -> Expr:
        expr = self.term()
        while self.accept("or"):
            expr = expr | self.term()
        return expr

    def term(self) -> Expr:
        expr = self.factor()
        while self.accept("and"):
            expr = expr & self.factor()
        return expr

    def factor(self) -> Expr:
        if self.accept("not"):
            return ~self.factor()
        if self.accept("("):
            expr = self.expression()
            self.take("op", ")")
            return expr
        return self.condition()

    def value(self) -> Any:
        if self.peek() is None:
            raise QueryError("--where: expected a value but found the end")
        kind, text = self.take()
        if kind not in ("string", "word"):
            raise QueryError(f"--where: expected a value but found {text!r}")
        return _literal(kind, text)

    def condition(self) -> Expr:
        _, name = self.take("word")
        field: Any = self.fields
        for part in name.split("."):
            field = _member(field, part)
        if not isinstance(field, Field):
            raise QueryError(f"--where: {name} is a relation; name one of its fields ({name}.<field>)")
        if self.accept("is"):
            negated = self.accept("not")
            self.take("keyword", "null")
            return field.is_null(not negated)
        negated = self.accept("not")
        if self.accept("in"):
            self.take("op", "(")
            values = [self.value()]
            while self.accept(","):
                values.append(self.value())
            self.take("op", ")")
            return getattr(field, "nin" if negated else "in_")(values)  # type: ignore[no-any-return]
        if negated:
            raise QueryError("--where: 'not' goes before a condition, or before 'in'")
        kind, op = self.take()
        if kind == "keyword" and op in ("like", "ilike"):
            return getattr(field, op)(self.value())  # type: ignore[no-any-return]
        if kind != "op" or op not in _COMPARISONS:
            raise QueryError(f"--where: expected an operator (=, !=, <, <=, >, >=, like, ilike, in, is) after {name}")
        return getattr(field, _COMPARISONS[op])(self.value())  # type: ignore[no-any-return]


def parse_where(text: str, fields: Any) -> Expr:
    """The ``where`` a filter expression means, built with ``fields`` (an entity's Fields class)."""
    parser = _Parser(text, fields)
    if parser.peek() is None:
        raise QueryError("--where: the filter is empty")
    expr = parser.expression()
    if parser.peek() is not None:
        raise QueryError(f"--where: unexpected {parser.peek()[1]!r} after a complete filter")  # type: ignore[index]
    return expr


def parse_order(text: str, fields: Any) -> list[Any]:
    """``name,-createdAt``: sort keys, a leading ``-`` for descending."""
    keys = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        field: Any = fields
        for name in part.lstrip("-+").split("."):
            field = _member(field, name)
        if not isinstance(field, Field):
            raise QueryError(f"--order-by: {part} is a relation; name one of its fields")
        keys.append(field.desc() if part.startswith("-") else field.asc())
    return keys
