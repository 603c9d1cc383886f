# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define

from .._decode import NULL as _NULL
from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import Model as _Model
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class ComparisonExp(_Model):
    """Comparison operators for one field."""

    field_eq: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    field_neq: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    field_gt: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    field_gte: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    field_lt: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    field_lte: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    field_in_: list[bool | float | str] | Unset = UNSET
    field_nin: list[bool | float | str] | Unset = UNSET
    field_like: str | Unset = UNSET
    field_ilike: str | Unset = UNSET
    field_regex: str | Unset = UNSET
    field_is_null: bool | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        field_eq: bool | float | str | Unset
        if isinstance(self.field_eq, Unset):
            field_eq = UNSET
        else:
            field_eq = self.field_eq

        field_neq: bool | float | str | Unset
        if isinstance(self.field_neq, Unset):
            field_neq = UNSET
        else:
            field_neq = self.field_neq

        field_gt: bool | float | str | Unset
        if isinstance(self.field_gt, Unset):
            field_gt = UNSET
        else:
            field_gt = self.field_gt

        field_gte: bool | float | str | Unset
        if isinstance(self.field_gte, Unset):
            field_gte = UNSET
        else:
            field_gte = self.field_gte

        field_lt: bool | float | str | Unset
        if isinstance(self.field_lt, Unset):
            field_lt = UNSET
        else:
            field_lt = self.field_lt

        field_lte: bool | float | str | Unset
        if isinstance(self.field_lte, Unset):
            field_lte = UNSET
        else:
            field_lte = self.field_lte

        field_in_: list[bool | float | str] | Unset = UNSET
        if self.field_in_ is None:
            field_in_ = _NULL
        elif not isinstance(self.field_in_, Unset):
            field_in_ = []
            for _field_in_item_data in self.field_in_:
                field_in_item: bool | float | str
                field_in_item = _field_in_item_data
                field_in_.append(field_in_item)

        field_nin: list[bool | float | str] | Unset = UNSET
        if self.field_nin is None:
            field_nin = _NULL
        elif not isinstance(self.field_nin, Unset):
            field_nin = []
            for _field_nin_item_data in self.field_nin:
                field_nin_item: bool | float | str
                field_nin_item = _field_nin_item_data
                field_nin.append(field_nin_item)

        field_like = self.field_like

        field_ilike = self.field_ilike

        field_regex = self.field_regex

        field_is_null = self.field_is_null

        _field_dict: dict[str, Any] = {}

        if field_eq is not UNSET:
            _field_dict["_eq"] = field_eq
        if field_neq is not UNSET:
            _field_dict["_neq"] = field_neq
        if field_gt is not UNSET:
            _field_dict["_gt"] = field_gt
        if field_gte is not UNSET:
            _field_dict["_gte"] = field_gte
        if field_lt is not UNSET:
            _field_dict["_lt"] = field_lt
        if field_lte is not UNSET:
            _field_dict["_lte"] = field_lte
        if field_in_ is not UNSET:
            _field_dict["_in"] = field_in_
        if field_nin is not UNSET:
            _field_dict["_nin"] = field_nin
        if field_like is not UNSET:
            _field_dict["_like"] = field_like
        if field_ilike is not UNSET:
            _field_dict["_ilike"] = field_ilike
        if field_regex is not UNSET:
            _field_dict["_regex"] = field_regex
        if field_is_null is not UNSET:
            _field_dict["_is_null"] = field_is_null

        return _field_dict
