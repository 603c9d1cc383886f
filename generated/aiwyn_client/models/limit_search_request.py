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
    from ..models.order_by_item import OrderByItem
    from ..models.where import Where


@_attrs_define(repr=False)
class LimitSearchRequest(_Model):
    """A search whose page documents `limit` as its page-size field."""

    limit: int | Unset = UNSET
    """ Maximum number of records to return. """
    page_size: int | Unset = UNSET
    """ The page size as the page's own example sends it. """
    where: Where | Unset = UNSET
    """ A Hasura boolean expression: `_and`, `_or`, `_not`, and per-field comparisons. A field
    that names a relationship takes a nested expression.
     """
    order_by: list[OrderByItem] | Unset = UNSET
    """ Sort keys in priority order, each an object with one field and its direction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("limit", "limit", "scalar", False, type="int"),
            _F("page_size", "pageSize", "scalar", False, type="int"),
            _F("where", "where", "model", False, ref="Where"),
            _F("order_by", "orderBy", "list", False, item=_F(kind="model", ref="OrderByItem")),
        ),
        extras="keep",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        page_size = self.page_size

        where: dict[str, Any] | Unset = UNSET
        if self.where is None:
            where = _NULL
        elif not isinstance(self.where, Unset):
            where = self.where.to_dict()

        order_by: list[dict[str, Any]] | Unset = UNSET
        if self.order_by is None:
            order_by = _NULL
        elif not isinstance(self.order_by, Unset):
            order_by = []
            for _componentsschemas_order_by_item_data in self.order_by:
                componentsschemas_order_by_item = (
                    _NULL
                    if _componentsschemas_order_by_item_data is None
                    else _componentsschemas_order_by_item_data.to_dict()
                )

                order_by.append(componentsschemas_order_by_item)

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if limit is not UNSET:
            _field_dict["limit"] = limit
        if page_size is not UNSET:
            _field_dict["pageSize"] = page_size
        if where is not UNSET:
            _field_dict["where"] = where
        if order_by is not UNSET:
            _field_dict["orderBy"] = order_by

        return _field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not _TYPE_CHECKING:
    from ..models.order_by_item import OrderByItem
    from ..models.where import Where
