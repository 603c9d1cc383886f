# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordBatchSummary")


@_attrs_define(repr=False)
class RecordBatchSummary(Model):
    """Batch counts; `failed` is documented, the others are inferred."""

    total: int | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    deleted: int | Unset = UNSET
    failed: int | Unset = UNSET
    """ Number of records that failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "total",
            "created",
            "updated",
            "deleted",
            "failed",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("total", "total", False, ""),
        ("created", "created", False, ""),
        ("updated", "updated", False, ""),
        ("deleted", "deleted", False, ""),
        ("failed", "failed", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        created = self.created

        updated = self.updated

        deleted = self.deleted

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total is not UNSET:
            field_dict["total"] = total
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is RecordBatchSummary and len(src_dict) >= 5:
            try:
                record_batch_summary = cls.__new__(cls)
                record_batch_summary.total = src_dict["total"]
                record_batch_summary.created = src_dict["created"]
                record_batch_summary.updated = src_dict["updated"]
                record_batch_summary.deleted = src_dict["deleted"]
                record_batch_summary.failed = src_dict["failed"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 5:
                    known = RecordBatchSummary._known_keys
                    record_batch_summary.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return record_batch_summary

        get = src_dict.get
        total = get("total", UNSET)
        created = get("created", UNSET)
        updated = get("updated", UNSET)
        deleted = get("deleted", UNSET)
        failed = get("failed", UNSET)
        record_batch_summary = cls(
            total,
            created,
            updated,
            deleted,
            failed,
        )

        known = RecordBatchSummary._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            record_batch_summary.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return record_batch_summary

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not RecordBatchSummary:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 5:
                try:
                    record_batch_summary = new(cls)
                    record_batch_summary.total = src_dict["total"]
                    record_batch_summary.created = src_dict["created"]
                    record_batch_summary.updated = src_dict["updated"]
                    record_batch_summary.deleted = src_dict["deleted"]
                    record_batch_summary.failed = src_dict["failed"]
                except (KeyError, TypeError):
                    record_batch_summary = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 5:
                        known = RecordBatchSummary._known_keys
                        record_batch_summary.additional_properties = {
                            k: v for k, v in src_dict.items() if k not in known
                        }
            else:
                record_batch_summary = cls.from_dict(src_dict)
            append(record_batch_summary)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        record_batch_summary = cls.__new__(cls)
        record_batch_summary.total = src_wire.total
        record_batch_summary.created = src_wire.created
        record_batch_summary.updated = src_wire.updated
        record_batch_summary.deleted = src_wire.deleted
        record_batch_summary.failed = src_wire.failed
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                record_batch_summary.additional_properties = found
        return record_batch_summary

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            record_batch_summary = new(cls)
            record_batch_summary.total = src_wire.total
            record_batch_summary.created = src_wire.created
            record_batch_summary.updated = src_wire.updated
            record_batch_summary.deleted = src_wire.deleted
            record_batch_summary.failed = src_wire.failed
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    record_batch_summary.additional_properties = found
            append(record_batch_summary)
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
