# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_by_item import OrderByItem
    from ..models.where import Where


T = TypeVar("T", bound="PagedSearchRequest")


@_attrs_define(repr=False)
class PagedSearchRequest(Model):
    """A search with page selection."""

    page_size: int | Unset = 50
    """ Maximum number of records to return. """
    page: int | Unset = 0
    """ 0-based page number. """
    where: Where | Unset = UNSET
    """ A Hasura boolean expression: `_and`, `_or`, `_not`, and per-field comparisons. A field
    that names a relationship takes a nested expression.
     """
    order_by: list[OrderByItem] | Unset = UNSET
    """ Sort keys in priority order, each an object with one field and its direction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "pageSize",
            "page",
            "where",
            "orderBy",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("page_size", "pageSize", False, ""),
        ("page", "page", False, ""),
        ("where", "where", False, "one:Where"),
        ("order_by", "orderBy", False, "list:OrderByItem"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        page_size = self.page_size

        page = self.page

        where: dict[str, Any] | Unset = UNSET
        if self.where is None:
            where = NULL
        elif not isinstance(self.where, Unset):
            where = self.where.to_dict()

        order_by: list[dict[str, Any]] | Unset = UNSET
        if self.order_by is None:
            order_by = NULL
        elif not isinstance(self.order_by, Unset):
            order_by = []
            for componentsschemas_order_by_item_data in self.order_by:
                componentsschemas_order_by_item = (
                    NULL
                    if componentsschemas_order_by_item_data is None
                    else componentsschemas_order_by_item_data.to_dict()
                )

                order_by.append(componentsschemas_order_by_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if page is not UNSET:
            field_dict["page"] = page
        if where is not UNSET:
            field_dict["where"] = where
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is PagedSearchRequest and len(src_dict) >= 4:
            try:
                paged_search_request = cls.__new__(cls)
                paged_search_request.page_size = src_dict["pageSize"]
                paged_search_request.page = src_dict["page"]
                paged_search_request.where = (
                    null_value(__name__, "where") if (_where := src_dict["where"]) is None else Where.from_dict(_where)
                )
                paged_search_request.order_by = (
                    null_value(__name__, "orderBy")
                    if (_order_by := src_dict["orderBy"]) is None
                    else OrderByItem._list_from_dicts(_order_by)
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 4:
                    known = PagedSearchRequest._known_keys
                    paged_search_request.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return paged_search_request

        get = src_dict.get
        page_size = get("pageSize", UNSET)
        page = get("page", UNSET)
        _where = get("where", UNSET)
        where: Where | Unset = (
            UNSET if _where is UNSET else null_value(__name__, "where") if _where is None else Where.from_dict(_where)
        )

        _order_by = get("orderBy", UNSET)
        order_by: list[OrderByItem] | Unset = (
            UNSET
            if _order_by is UNSET
            else null_value(__name__, "orderBy")
            if _order_by is None
            else OrderByItem._list_from_dicts(_order_by)
        )

        paged_search_request = cls(
            page_size,
            page,
            where,
            order_by,
        )

        known = PagedSearchRequest._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            paged_search_request.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return paged_search_request

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not PagedSearchRequest:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 4:
                try:
                    paged_search_request = new(cls)
                    paged_search_request.page_size = src_dict["pageSize"]
                    paged_search_request.page = src_dict["page"]
                    paged_search_request.where = (
                        null_value(__name__, "where")
                        if (_where := src_dict["where"]) is None
                        else Where.from_dict(_where)
                    )
                    paged_search_request.order_by = (
                        null_value(__name__, "orderBy")
                        if (_order_by := src_dict["orderBy"]) is None
                        else OrderByItem._list_from_dicts(_order_by)
                    )
                except (KeyError, TypeError):
                    paged_search_request = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 4:
                        known = PagedSearchRequest._known_keys
                        paged_search_request.additional_properties = {
                            k: v for k, v in src_dict.items() if k not in known
                        }
            else:
                paged_search_request = cls.from_dict(src_dict)
            append(paged_search_request)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        paged_search_request = cls.__new__(cls)
        paged_search_request.page_size = src_wire.page_size
        paged_search_request.page = src_wire.page
        _where = src_wire.where
        where: Where | Unset = (
            UNSET if _where is UNSET else null_value(__name__, "where") if _where is None else Where._from_wire(_where)
        )

        paged_search_request.where = where
        _order_by = src_wire.order_by
        order_by: list[OrderByItem] | Unset = (
            UNSET
            if _order_by is UNSET
            else null_value(__name__, "orderBy")
            if _order_by is None
            else OrderByItem._list_from_wire(_order_by)
        )

        paged_search_request.order_by = order_by
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                paged_search_request.additional_properties = found
        return paged_search_request

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            paged_search_request = new(cls)
            paged_search_request.page_size = src_wire.page_size
            paged_search_request.page = src_wire.page
            _where = src_wire.where
            where: Where | Unset = (
                UNSET
                if _where is UNSET
                else null_value(__name__, "where")
                if _where is None
                else Where._from_wire(_where)
            )

            paged_search_request.where = where
            _order_by = src_wire.order_by
            order_by: list[OrderByItem] | Unset = (
                UNSET
                if _order_by is UNSET
                else null_value(__name__, "orderBy")
                if _order_by is None
                else OrderByItem._list_from_wire(_order_by)
            )

            paged_search_request.order_by = order_by
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    paged_search_request.additional_properties = found
            append(paged_search_request)
        return decoded

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
if not TYPE_CHECKING:
    from ..models.order_by_item import OrderByItem
    from ..models.where import Where
