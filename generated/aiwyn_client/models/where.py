# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import ABSENT as _ABSENT
from .._model import Model as _Model

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

    field_and_: list[Where] | None = _ABSENT
    field_or_: list[Where] | None = _ABSENT
    field_not_: Where | None = _ABSENT
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
