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
    from ..models.total_aggregate import TotalAggregate


T = TypeVar("T", bound="Total")


@_attrs_define(repr=False)
class Total(Model):
    """Hasura aggregate of every record matching the request."""

    aggregate: TotalAggregate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "aggregate",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("aggregate", "aggregate", False, "one:TotalAggregate"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        aggregate: dict[str, Any] | Unset = UNSET
        if self.aggregate is None:
            aggregate = NULL
        elif not isinstance(self.aggregate, Unset):
            aggregate = self.aggregate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if aggregate is not UNSET:
            field_dict["aggregate"] = aggregate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is Total and len(src_dict) >= 1:
            try:
                total = cls.__new__(cls)
                total.aggregate = (
                    null_value(__name__, "aggregate")
                    if (_aggregate := src_dict["aggregate"]) is None
                    else TotalAggregate.from_dict(_aggregate)
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 1:
                    known = Total._known_keys
                    total.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return total

        get = src_dict.get
        _aggregate = get("aggregate", UNSET)
        aggregate: TotalAggregate | Unset = (
            UNSET
            if _aggregate is UNSET
            else null_value(__name__, "aggregate")
            if _aggregate is None
            else TotalAggregate.from_dict(_aggregate)
        )

        total = cls(
            aggregate,
        )

        known = Total._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            total.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return total

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not Total:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 1:
                try:
                    total = new(cls)
                    total.aggregate = (
                        null_value(__name__, "aggregate")
                        if (_aggregate := src_dict["aggregate"]) is None
                        else TotalAggregate.from_dict(_aggregate)
                    )
                except (KeyError, TypeError):
                    total = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 1:
                        known = Total._known_keys
                        total.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                total = cls.from_dict(src_dict)
            append(total)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        total = cls.__new__(cls)
        _aggregate = src_wire.aggregate
        aggregate: TotalAggregate | Unset = (
            UNSET
            if _aggregate is UNSET
            else null_value(__name__, "aggregate")
            if _aggregate is None
            else TotalAggregate._from_wire(_aggregate)
        )

        total.aggregate = aggregate
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                total.additional_properties = found
        return total

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            total = new(cls)
            _aggregate = src_wire.aggregate
            aggregate: TotalAggregate | Unset = (
                UNSET
                if _aggregate is UNSET
                else null_value(__name__, "aggregate")
                if _aggregate is None
                else TotalAggregate._from_wire(_aggregate)
            )

            total.aggregate = aggregate
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    total.additional_properties = found
            append(total)
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
    from ..models.total_aggregate import TotalAggregate
