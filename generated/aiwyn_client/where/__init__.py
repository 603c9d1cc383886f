# Copied from overlays/aiwyn_client/where/__init__.py: edit it there; `make generate` rewrites this file.
"""Typed ``where`` filters and ``orderBy`` keys for the search operations.

    from aiwyn_client.where import ClientFields as C, and_, or_, not_, order_by

    where = (C.name.ilike("%acme%") | C.client_ref.eq("41664")) & C.active.eq(True)
    order = order_by(C.name.asc(), C.created_at.desc())
    where.to_dict()   # the JSON the API documents

A misspelt field, an operator that does not fit the field's type or a value of the wrong type
raises ``QueryError`` as the expression is built; ``Expr.raw({...})`` takes hand-written JSON,
checked structurally.
"""

from ._expr import (
    BooleanField,
    DateField,
    DateTimeField,
    EnumField,
    Expr,
    Field,
    NumberField,
    OrderItem,
    QueryError,
    Relation,
    StringField,
    UnknownFieldError,
    UnsupportedOperatorError,
    and_,
    not_,
    or_,
    order_by,
)
from .fields import *  # noqa: F403 - the rendered <Entity>Fields classes
from .fields import __all__ as _entity_fields

Where = Expr
"""``Where.raw({...})`` is the escape hatch the docs mention; ``Where`` and ``Expr`` are one class."""

__all__ = [
    "BooleanField",
    "DateField",
    "DateTimeField",
    "EnumField",
    "Expr",
    "Field",
    "NumberField",
    "OrderItem",
    "QueryError",
    "Relation",
    "StringField",
    "UnknownFieldError",
    "UnsupportedOperatorError",
    "Where",
    "and_",
    "not_",
    "or_",
    "order_by",
    *_entity_fields,
]
