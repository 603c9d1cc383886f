# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_error import RecordError
    from ..models.record_result_system_ref import RecordResultSystemRef


T = TypeVar("T", bound="RecordResult")


@_attrs_define(repr=False)
class RecordResult(Model):
    status: str | Unset = UNSET
    """ `FAILED` is documented; success values such as `CREATED` and `UPDATED` are inferred. """
    error: None | RecordError | Unset = UNSET
    type_: str | Unset = UNSET
    system_ref: None | RecordResultSystemRef | Unset = UNSET
    id: int | Unset = UNSET
    """ Aiwyn ID of the written record. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "error",
            "type",
            "systemRef",
            "id",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("status", "status", False, ""),
        ("error", "error", False, "one:RecordError"),
        ("type_", "type", False, ""),
        ("system_ref", "systemRef", False, "one:RecordResultSystemRef"),
        ("id", "id", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, RecordError):
            error = NULL if self.error is None else self.error.to_dict()

        else:
            error = self.error

        type_ = self.type_

        system_ref: dict[str, Any] | None | Unset
        if isinstance(self.system_ref, Unset):
            system_ref = UNSET
        elif isinstance(self.system_ref, RecordResultSystemRef):
            system_ref = NULL if self.system_ref is None else self.system_ref.to_dict()

        else:
            system_ref = self.system_ref

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if cls is RecordResult and len(src_dict) >= 5:
            try:
                record_result = cls.__new__(cls)
                record_result.status = src_dict["status"]
                _error = src_dict["error"]
                error: None | RecordError | Unset
                if isinstance(_error, dict):
                    try:
                        error = RecordError.from_dict(_error)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        error = cast(None | RecordError | Unset, _error)
                else:
                    error = _error
                record_result.error = error
                record_result.type_ = src_dict["type"]
                _system_ref = src_dict["systemRef"]
                system_ref: None | RecordResultSystemRef | Unset
                if isinstance(_system_ref, dict):
                    try:
                        system_ref = RecordResultSystemRef.from_dict(_system_ref)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        system_ref = cast(None | RecordResultSystemRef | Unset, _system_ref)
                else:
                    system_ref = _system_ref
                record_result.system_ref = system_ref
                record_result.id = src_dict["id"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 5:
                    known = RecordResult._known_keys
                    record_result.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return record_result

        get = src_dict.get
        status = get("status", UNSET)
        _error = get("error", UNSET)
        if isinstance(_error, dict):
            try:
                error = RecordError.from_dict(_error)
            except (TypeError, ValueError, AttributeError, KeyError):
                error = cast(None | RecordError | Unset, _error)
        else:
            error = _error

        type_ = get("type", UNSET)
        _system_ref = get("systemRef", UNSET)
        if isinstance(_system_ref, dict):
            try:
                system_ref = RecordResultSystemRef.from_dict(_system_ref)
            except (TypeError, ValueError, AttributeError, KeyError):
                system_ref = cast(None | RecordResultSystemRef | Unset, _system_ref)
        else:
            system_ref = _system_ref

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

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not RecordResult:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 5:
                try:
                    record_result = new(cls)
                    record_result.status = src_dict["status"]
                    _error = src_dict["error"]
                    error: None | RecordError | Unset
                    if isinstance(_error, dict):
                        try:
                            error = RecordError.from_dict(_error)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            error = cast(None | RecordError | Unset, _error)
                    else:
                        error = _error
                    record_result.error = error
                    record_result.type_ = src_dict["type"]
                    _system_ref = src_dict["systemRef"]
                    system_ref: None | RecordResultSystemRef | Unset
                    if isinstance(_system_ref, dict):
                        try:
                            system_ref = RecordResultSystemRef.from_dict(_system_ref)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            system_ref = cast(None | RecordResultSystemRef | Unset, _system_ref)
                    else:
                        system_ref = _system_ref
                    record_result.system_ref = system_ref
                    record_result.id = src_dict["id"]
                except (KeyError, TypeError):
                    record_result = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 5:
                        known = RecordResult._known_keys
                        record_result.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                record_result = cls.from_dict(src_dict)
            append(record_result)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        record_result = cls.__new__(cls)
        record_result.status = src_wire.status
        _error = src_wire.error
        error: None | RecordError | Unset = (
            _error if _error is None or _error is UNSET else RecordError._from_wire(_error)
        )
        record_result.error = error
        record_result.type_ = src_wire.type_
        _system_ref = src_wire.system_ref
        system_ref: None | RecordResultSystemRef | Unset = (
            _system_ref
            if _system_ref is None or _system_ref is UNSET
            else RecordResultSystemRef._from_wire(_system_ref)
        )
        record_result.system_ref = system_ref
        record_result.id = src_wire.id
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                record_result.additional_properties = found
        return record_result

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            record_result = new(cls)
            record_result.status = src_wire.status
            _error = src_wire.error
            error: None | RecordError | Unset = (
                _error if _error is None or _error is UNSET else RecordError._from_wire(_error)
            )
            record_result.error = error
            record_result.type_ = src_wire.type_
            _system_ref = src_wire.system_ref
            system_ref: None | RecordResultSystemRef | Unset = (
                _system_ref
                if _system_ref is None or _system_ref is UNSET
                else RecordResultSystemRef._from_wire(_system_ref)
            )
            record_result.system_ref = system_ref
            record_result.id = src_wire.id
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    record_result.additional_properties = found
            append(record_result)
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
    from ..models.record_error import RecordError
    from ..models.record_result_system_ref import RecordResultSystemRef
