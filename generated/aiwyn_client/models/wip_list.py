from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.total import Total
    from ..models.wip import Wip


T = TypeVar("T", bound="WipList")


@_attrs_define
class WipList:
    wip: list[Wip] | Unset = UNSET
    total: Total | Unset = UNSET
    """ Hasura aggregate of every record matching the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wip: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wip, Unset):
            wip = []
            for wip_item_data in self.wip:
                wip_item = wip_item_data.to_dict()
                wip.append(wip_item)

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wip is not UNSET:
            field_dict["wip"] = wip
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.total import Total  # noqa: PLC0415
        from ..models.wip import Wip  # noqa: PLC0415

        d = dict(src_dict)
        _wip = d.pop("wip", UNSET)
        wip: list[Wip] | Unset = UNSET
        if _wip is not UNSET:
            wip = []
            for wip_item_data in _wip:
                wip_item = Wip.from_dict(wip_item_data)

                wip.append(wip_item)

        _total = d.pop("total", UNSET)
        total: Total | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = Total.from_dict(_total)

        wip_list = cls(
            wip=wip,
            total=total,
        )

        wip_list.additional_properties = d
        return wip_list

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
