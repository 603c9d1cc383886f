# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value, strict_enums
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comparison_exp import ComparisonExp


T = TypeVar("T", bound="Where")


@_attrs_define(repr=False)
class Where(Model):
    """A Hasura boolean expression: `_and`, `_or`, `_not`, and per-field comparisons. A field
    that names a relationship takes a nested expression.

        Example:
            {'_and': [{'_or': [{'clientId': {'_in': [1001, 1002]}}, {'jobId': {'_in': [2001, 2002]}}]}, {'active': {'_eq':
                True}}, {'createdAt': {'_gte': '1900-01-01T00:00:00Z'}}, {'activityType': {'_in': ['DRAFT_INVOICE_CREATED',
                'DRAFT_INVOICE_RECONCILED']}}]}

    """

    field_and_: list[Where] | Unset = UNSET
    field_or_: list[Where] | Unset = UNSET
    field_not_: Where | Unset = UNSET
    """ A Hasura boolean expression: `_and`, `_or`, `_not`, and per-field comparisons. A field
    that names a relationship takes a nested expression.
     """
    additional_properties: dict[str, ComparisonExp | Where] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "_and",
            "_or",
            "_not",
        }
    )

    def to_dict(self) -> dict[str, Any]:
        field_and_: list[dict[str, Any]] | Unset = UNSET
        if self.field_and_ is None:
            field_and_ = NULL
        elif not isinstance(self.field_and_, Unset):
            field_and_ = []
            for field_and_item_data in self.field_and_:
                field_and_item = NULL if field_and_item_data is None else field_and_item_data.to_dict()

                field_and_.append(field_and_item)

        field_or_: list[dict[str, Any]] | Unset = UNSET
        if self.field_or_ is None:
            field_or_ = NULL
        elif not isinstance(self.field_or_, Unset):
            field_or_ = []
            for field_or_item_data in self.field_or_:
                field_or_item = NULL if field_or_item_data is None else field_or_item_data.to_dict()

                field_or_.append(field_or_item)

        field_not_: dict[str, Any] | Unset = UNSET
        if self.field_not_ is None:
            field_not_ = NULL
        elif not isinstance(self.field_not_, Unset):
            field_not_ = self.field_not_.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, ComparisonExp):
                field_dict[prop_name] = NULL if prop is None else prop.to_dict()

            else:
                field_dict[prop_name] = NULL if prop is None else prop.to_dict()

        if field_and_ is not UNSET:
            field_dict["_and"] = field_and_
        if field_or_ is not UNSET:
            field_dict["_or"] = field_or_
        if field_not_ is not UNSET:
            field_dict["_not"] = field_not_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is Where and len(src_dict) == 3:
            try:
                where = cls.__new__(cls)
                where.field_and_ = (
                    null_value(__name__, "_and")
                    if (_field_and_ := src_dict["_and"]) is None
                    else Where._list_from_dicts(_field_and_)
                )
                where.field_or_ = (
                    null_value(__name__, "_or")
                    if (_field_or_ := src_dict["_or"]) is None
                    else Where._list_from_dicts(_field_or_)
                )
                where.field_not_ = (
                    null_value(__name__, "_not")
                    if (_field_not_ := src_dict["_not"]) is None
                    else Where.from_dict(_field_not_)
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                return where

        get = src_dict.get
        _field_and_ = get("_and", UNSET)
        field_and_: list[Where] | Unset = (
            UNSET
            if _field_and_ is UNSET
            else null_value(__name__, "_and")
            if _field_and_ is None
            else Where._list_from_dicts(_field_and_)
        )

        _field_or_ = get("_or", UNSET)
        field_or_: list[Where] | Unset = (
            UNSET
            if _field_or_ is UNSET
            else null_value(__name__, "_or")
            if _field_or_ is None
            else Where._list_from_dicts(_field_or_)
        )

        _field_not_ = get("_not", UNSET)
        field_not_: Where | Unset = (
            UNSET
            if _field_not_ is UNSET
            else null_value(__name__, "_not")
            if _field_not_ is None
            else Where.from_dict(_field_not_)
        )

        where = cls(
            field_and_,
            field_or_,
            field_not_,
        )

        known = Where._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in known:
                    continue

                def _attempt_additional_property(data: object) -> ComparisonExp | Where:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _additional_property_type_0 = data
                        additional_property_type_0 = (
                            null_value(__name__, "AdditionalProperty_type_0")
                            if _additional_property_type_0 is None
                            else ComparisonExp.from_dict(_additional_property_type_0)
                        )

                        return additional_property_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    _additional_property_type_1 = data
                    additional_property_type_1 = (
                        null_value(__name__, "AdditionalProperty_type_1")
                        if _additional_property_type_1 is None
                        else Where.from_dict(_additional_property_type_1)
                    )

                    return additional_property_type_1

                def _parse_additional_property(data: object) -> ComparisonExp | Where:
                    # Override: the members are tried strictly first, so that an enum value the description does
                    # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                    with strict_enums():
                        try:
                            return _attempt_additional_property(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _attempt_additional_property(data)

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property

            where.additional_properties = additional_properties
        return where

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not Where:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) == 3:
                try:
                    where = new(cls)
                    where.field_and_ = (
                        null_value(__name__, "_and")
                        if (_field_and_ := src_dict["_and"]) is None
                        else Where._list_from_dicts(_field_and_)
                    )
                    where.field_or_ = (
                        null_value(__name__, "_or")
                        if (_field_or_ := src_dict["_or"]) is None
                        else Where._list_from_dicts(_field_or_)
                    )
                    where.field_not_ = (
                        null_value(__name__, "_not")
                        if (_field_not_ := src_dict["_not"]) is None
                        else Where.from_dict(_field_not_)
                    )
                except (KeyError, TypeError):
                    where = cls.from_dict(src_dict)
            else:
                where = cls.from_dict(src_dict)
            append(where)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """This model has no Struct (aiwyn_client._wire), so its records arrive as dicts."""
        return cls.from_dict(src_wire)

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """This model has no Struct (aiwyn_client._wire), so its items arrive as dicts."""
        return cls._list_from_dicts(items)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ComparisonExp | Where:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ComparisonExp | Where) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not TYPE_CHECKING:
    from ..models.comparison_exp import ComparisonExp
