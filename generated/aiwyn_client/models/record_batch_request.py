# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value
from .._model import Model

if TYPE_CHECKING:
    from ..models.record import Record


T = TypeVar("T", bound="RecordBatchRequest")


@_attrs_define(repr=False)
class RecordBatchRequest(Model):
    records: list[Record]
    """ Records to write; at most 100 per request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "records",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (("records", "records", True, "list:Record"),)
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        if self.records is None:
            records = NULL
        else:
            records = []
            for records_item_data in self.records:
                records_item = NULL if records_item_data is None else records_item_data.to_dict()

                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is RecordBatchRequest and len(src_dict) >= 1:
            try:
                record_batch_request = cls.__new__(cls)
                record_batch_request.records = (
                    null_value(__name__, "records")
                    if (_records := src_dict["records"]) is None
                    else Record._list_from_dicts(_records)
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 1:
                    known = RecordBatchRequest._known_keys
                    record_batch_request.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return record_batch_request

        _records = src_dict["records"]
        records = null_value(__name__, "records") if _records is None else Record._list_from_dicts(_records)

        record_batch_request = cls(
            records,
        )

        known = RecordBatchRequest._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            record_batch_request.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return record_batch_request

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not RecordBatchRequest:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 1:
                try:
                    record_batch_request = new(cls)
                    record_batch_request.records = (
                        null_value(__name__, "records")
                        if (_records := src_dict["records"]) is None
                        else Record._list_from_dicts(_records)
                    )
                except (KeyError, TypeError):
                    record_batch_request = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 1:
                        known = RecordBatchRequest._known_keys
                        record_batch_request.additional_properties = {
                            k: v for k, v in src_dict.items() if k not in known
                        }
            else:
                record_batch_request = cls.from_dict(src_dict)
            append(record_batch_request)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        record_batch_request = cls.__new__(cls)
        _records = src_wire.records
        records = null_value(__name__, "records") if _records is None else Record._list_from_wire(_records)

        record_batch_request.records = records
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                record_batch_request.additional_properties = found
        return record_batch_request

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            record_batch_request = new(cls)
            _records = src_wire.records
            records = null_value(__name__, "records") if _records is None else Record._list_from_wire(_records)

            record_batch_request.records = records
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    record_batch_request.additional_properties = found
            append(record_batch_request)
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
    from ..models.record import Record
