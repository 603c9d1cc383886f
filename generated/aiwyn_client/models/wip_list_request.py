# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="WipListRequest")


@_attrs_define(repr=False)
class WipListRequest(Model):
    """Page selection and filters of the WIP list."""

    page_size: int | Unset = 50
    """ Maximum number of records to return. """
    page: int | Unset = 0
    """ 0-based page number. """
    client_id: int | Unset = UNSET
    """ Filter by client ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "pageSize",
            "page",
            "clientId",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("page_size", "pageSize", False, ""),
        ("page", "page", False, ""),
        ("client_id", "clientId", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        page_size = self.page_size

        page = self.page

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if page is not UNSET:
            field_dict["page"] = page
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is WipListRequest and len(src_dict) >= 3:
            try:
                wip_list_request = cls.__new__(cls)
                wip_list_request.page_size = src_dict["pageSize"]
                wip_list_request.page = src_dict["page"]
                wip_list_request.client_id = src_dict["clientId"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 3:
                    known = WipListRequest._known_keys
                    wip_list_request.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return wip_list_request

        get = src_dict.get
        page_size = get("pageSize", UNSET)
        page = get("page", UNSET)
        client_id = get("clientId", UNSET)
        wip_list_request = cls(
            page_size,
            page,
            client_id,
        )

        known = WipListRequest._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            wip_list_request.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return wip_list_request

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not WipListRequest:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 3:
                try:
                    wip_list_request = new(cls)
                    wip_list_request.page_size = src_dict["pageSize"]
                    wip_list_request.page = src_dict["page"]
                    wip_list_request.client_id = src_dict["clientId"]
                except (KeyError, TypeError):
                    wip_list_request = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 3:
                        known = WipListRequest._known_keys
                        wip_list_request.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                wip_list_request = cls.from_dict(src_dict)
            append(wip_list_request)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        wip_list_request = cls.__new__(cls)
        wip_list_request.page_size = src_wire.page_size
        wip_list_request.page = src_wire.page
        wip_list_request.client_id = src_wire.client_id
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                wip_list_request.additional_properties = found
        return wip_list_request

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            wip_list_request = new(cls)
            wip_list_request.page_size = src_wire.page_size
            wip_list_request.page = src_wire.page
            wip_list_request.client_id = src_wire.client_id
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    wip_list_request.additional_properties = found
            append(wip_list_request)
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
