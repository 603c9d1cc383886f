from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_error import RecordError
    from ..models.record_result_system_ref import RecordResultSystemRef


T = TypeVar("T", bound="RecordResult")


@_attrs_define
class RecordResult:
    status: str | Unset = UNSET
    """ `FAILED` is documented; success values such as `CREATED` and `UPDATED` are inferred. """
    error: None | RecordError | Unset = UNSET
    type_: str | Unset = UNSET
    system_ref: None | RecordResultSystemRef | Unset = UNSET
    id: int | Unset = UNSET
    """ Aiwyn ID of the written record. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "error",
            "type",
            "systemRef",
            "id",
        }
    )

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, RecordError):
            error = self.error.to_dict()
        else:
            error = self.error

        type_ = self.type_

        system_ref: dict[str, Any] | None | Unset
        if isinstance(self.system_ref, Unset):
            system_ref = UNSET
        elif isinstance(self.system_ref, RecordResultSystemRef):
            system_ref = self.system_ref.to_dict()
        else:
            system_ref = self.system_ref

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if type_ is not UNSET:
            field_dict["type"] = type_
        if system_ref is not UNSET:
            field_dict["systemRef"] = system_ref
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is RecordResult and len(src_dict) == 5:
            try:
                record_result = cls.__new__(cls)
                record_result.status = src_dict["status"]
                record_result.error = None if (_error := src_dict["error"]) is None else RecordError.from_dict(_error)
                record_result.type_ = src_dict["type"]
                record_result.system_ref = (
                    None
                    if (_system_ref := src_dict["systemRef"]) is None
                    else RecordResultSystemRef.from_dict(_system_ref)
                )
                record_result.id = src_dict["id"]
                record_result.additional_properties = {}
            except KeyError:
                pass
            else:
                return record_result

        get = src_dict.get
        status = get("status", UNSET)

        def _parse_error(data: object) -> None | RecordError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = RecordError.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordError | Unset, data)

        error = _parse_error(get("error", UNSET))

        type_ = get("type", UNSET)

        def _parse_system_ref(data: object) -> None | RecordResultSystemRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                system_ref_type_0 = RecordResultSystemRef.from_dict(data)

                return system_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordResultSystemRef | Unset, data)

        system_ref = _parse_system_ref(get("systemRef", UNSET))

        id = get("id", UNSET)
        record_result = cls(
            status,
            error,
            type_,
            system_ref,
            id,
        )

        known = RecordResult._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            record_result.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return record_result

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
    from ..models.record_error import RecordError
    from ..models.record_result_system_ref import RecordResultSystemRef
