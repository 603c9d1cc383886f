# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import ABSENT as _ABSENT
from .._model import Model as _Model


@_attrs_define(repr=False)
class ComparisonExp(_Model):
    """Comparison operators for one field."""

    field_eq: bool | float | str | None = _ABSENT
    """ A value compared against a field. """
    field_neq: bool | float | str | None = _ABSENT
    """ A value compared against a field. """
    field_gt: bool | float | str | None = _ABSENT
    """ A value compared against a field. """
    field_gte: bool | float | str | None = _ABSENT
    """ A value compared against a field. """
    field_lt: bool | float | str | None = _ABSENT
    """ A value compared against a field. """
    field_lte: bool | float | str | None = _ABSENT
    """ A value compared against a field. """
    field_in_: list[bool | float | str] | None = _ABSENT
    field_nin: list[bool | float | str] | None = _ABSENT
    field_like: str | None = _ABSENT
    field_ilike: str | None = _ABSENT
    field_regex: str | None = _ABSENT
    field_is_null: bool | None = _ABSENT
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("field_eq", "_eq", "scalar", False, type="str", nullable=False),
            _F("field_neq", "_neq", "scalar", False, type="str", nullable=False),
            _F("field_gt", "_gt", "scalar", False, type="str", nullable=False),
            _F("field_gte", "_gte", "scalar", False, type="str", nullable=False),
            _F("field_lt", "_lt", "scalar", False, type="str", nullable=False),
            _F("field_lte", "_lte", "scalar", False, type="str", nullable=False),
            _F("field_in_", "_in", "list", False, item=_F(kind="scalar", type="str", nullable=False)),
            _F("field_nin", "_nin", "list", False, item=_F(kind="scalar", type="str", nullable=False)),
            _F("field_like", "_like", "scalar", False, type="str"),
            _F("field_ilike", "_ilike", "scalar", False, type="str"),
            _F("field_regex", "_regex", "scalar", False, type="str"),
            _F("field_is_null", "_is_null", "scalar", False, type="bool"),
        ),
        extras="drop",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """
