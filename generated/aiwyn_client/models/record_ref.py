from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.record_ref_system_ref import RecordRefSystemRef


T = TypeVar("T", bound="RecordRef")


@_attrs_define
class RecordRef:
    type_: str
    system_ref: RecordRefSystemRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        system_ref = self.system_ref.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "systemRef": system_ref,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_ref_system_ref import RecordRefSystemRef  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        system_ref = RecordRefSystemRef.from_dict(d.pop("systemRef"))

        record_ref = cls(
            type_=type_,
            system_ref=system_ref,
        )

        record_ref.additional_properties = d
        return record_ref

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
