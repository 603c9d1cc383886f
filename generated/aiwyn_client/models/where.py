# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL as _NULL
from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import Model as _Model
from ..types import UNSET, Unset

if _TYPE_CHECKING:
    from ..models.comparison_exp import ComparisonExp


@_attrs_define(repr=False)
class Where(_Model):
    """A Hasura boolean expression: `_and`, `_or`, `_not`, and per-field comparisons. A field
    that names a relationship takes a nested expression.

        Example:
            {'_and': [{'_or': [{'clientId': {'_in': [1001, 1002]}}, {'jobId': {'_in': [2001, 2002]}}]}, {'active': {'_eq':
                True}}, {'createdAt': {'_gte': '1900-01-01T00:00:00Z'}}, {'activityType': {'_in': ['DRAFT_INVOICE_CREATED',
                'DRAFT_INVOICE_RECONCILED']}}]}

    """

    field_and_: list[Where] | Unset = UNSET
    field_or_: list[Where] | Unset = UNSET
    field_not_: Where | Unset = UNSET
    """ A Hasura boolean expression: `_and`, `_or`, `_not`, and per-field comparisons. A field
    that names a relationship takes a nested expression.
     """
    additional_properties: dict[str, ComparisonExp | Where] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("field_and_", "_and", "list", False, item=_F(kind="model", ref="Where")),
            _F("field_or_", "_or", "list", False, item=_F(kind="model", ref="Where")),
            _F("field_not_", "_not", "model", False, ref="Where"),
        ),
        extras=_F(
            kind="union",
            members=(
                _F(kind="model", ref="ComparisonExp"),
                _F(kind="model", ref="Where"),
            ),
        ),
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

    def to_dict(self) -> dict[str, Any]:
        field_and_: list[dict[str, Any]] | Unset = UNSET
        if self.field_and_ is None:
            field_and_ = _NULL
        elif not isinstance(self.field_and_, Unset):
            field_and_ = []
            for _field_and_item_data in self.field_and_:
                field_and_item = _NULL if _field_and_item_data is None else _field_and_item_data.to_dict()

                field_and_.append(field_and_item)

        field_or_: list[dict[str, Any]] | Unset = UNSET
        if self.field_or_ is None:
            field_or_ = _NULL
        elif not isinstance(self.field_or_, Unset):
            field_or_ = []
            for _field_or_item_data in self.field_or_:
                field_or_item = _NULL if _field_or_item_data is None else _field_or_item_data.to_dict()

                field_or_.append(field_or_item)

        field_not_: dict[str, Any] | Unset = UNSET
        if self.field_not_ is None:
            field_not_ = _NULL
        elif not isinstance(self.field_not_, Unset):
            field_not_ = self.field_not_.to_dict()

        _field_dict: dict[str, Any] = {}
        for _key, _value in self.additional_properties.items():
            if isinstance(_value, ComparisonExp):
                _field_dict[_key] = _NULL if _value is None else _value.to_dict()

            else:
                _field_dict[_key] = _NULL if _value is None else _value.to_dict()

        if field_and_ is not UNSET:
            _field_dict["_and"] = field_and_
        if field_or_ is not UNSET:
            _field_dict["_or"] = field_or_
        if field_not_ is not UNSET:
            _field_dict["_not"] = field_not_

        return _field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ComparisonExp | Where:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ComparisonExp | Where) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not _TYPE_CHECKING:
    from ..models.comparison_exp import ComparisonExp
