# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any, ClassVar
from typing import TypeVar as _TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL as _NULL
from .._decode import checked_items as _checked_items
from .._decode import null_value as _null_value
from .._decode import strict_enums as _strict_enums
from .._model import Model as _Model
from ..types import UNSET, Unset

if _TYPE_CHECKING:
    from ..models.comparison_exp import ComparisonExp


_T = _TypeVar("_T", bound="Where")


@_attrs_define(repr=False)
class Where(_Model):
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
            field_and_ = _NULL
        elif not isinstance(self.field_and_, Unset):
            field_and_ = []
            for _field_and_item_data in self.field_and_:
                field_and_item = _NULL if _field_and_item_data is None else _field_and_item_data.to_dict()

                field_and_.append(field_and_item)

        field_or_: list[dict[str, Any]] | Unset = UNSET
        if self.field_or_ is None:
            field_or_ = _NULL
        elif not isinstance(self.field_or_, Unset):
            field_or_ = []
            for _field_or_item_data in self.field_or_:
                field_or_item = _NULL if _field_or_item_data is None else _field_or_item_data.to_dict()

                field_or_.append(field_or_item)

        field_not_: dict[str, Any] | Unset = UNSET
        if self.field_not_ is None:
            field_not_ = _NULL
        elif not isinstance(self.field_not_, Unset):
            field_not_ = self.field_not_.to_dict()

        _field_dict: dict[str, Any] = {}
        for _key, _value in self.additional_properties.items():
            if isinstance(_value, ComparisonExp):
                _field_dict[_key] = _NULL if _value is None else _value.to_dict()

            else:
                _field_dict[_key] = _NULL if _value is None else _value.to_dict()

        if field_and_ is not UNSET:
            _field_dict["_and"] = field_and_
        if field_or_ is not UNSET:
            _field_dict["_or"] = field_or_
        if field_not_ is not UNSET:
            _field_dict["_not"] = field_not_

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) == 3:
            try:
                _instance = _cls.__new__(_cls)
                _instance.field_and_ = (
                    _null_value(__name__, "_and")
                    if (__field_and_ := _src_dict["_and"]) is None
                    else Where._list_from_dicts(
                        __field_and_ if type(__field_and_) is list else _checked_items(__field_and_, __name__, "_and")
                    )
                )
                _instance.field_or_ = (
                    _null_value(__name__, "_or")
                    if (__field_or_ := _src_dict["_or"]) is None
                    else Where._list_from_dicts(
                        __field_or_ if type(__field_or_) is list else _checked_items(__field_or_, __name__, "_or")
                    )
                )
                _instance.field_not_ = (
                    _null_value(__name__, "_not")
                    if (__field_not_ := _src_dict["_not"]) is None
                    else Where.from_dict(__field_not_)
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                return _instance

        _get = _src_dict.get
        __field_and_ = _get("_and", UNSET)
        field_and_: list[Where] | Unset = (
            UNSET
            if __field_and_ is UNSET
            else _null_value(__name__, "_and")
            if __field_and_ is None
            else Where._list_from_dicts(
                __field_and_ if type(__field_and_) is list else _checked_items(__field_and_, __name__, "_and")
            )
        )

        __field_or_ = _get("_or", UNSET)
        field_or_: list[Where] | Unset = (
            UNSET
            if __field_or_ is UNSET
            else _null_value(__name__, "_or")
            if __field_or_ is None
            else Where._list_from_dicts(
                __field_or_ if type(__field_or_) is list else _checked_items(__field_or_, __name__, "_or")
            )
        )

        __field_not_ = _get("_not", UNSET)
        field_not_: Where | Unset = (
            UNSET
            if __field_not_ is UNSET
            else _null_value(__name__, "_not")
            if __field_not_ is None
            else Where.from_dict(__field_not_)
        )

        _instance = _cls(
            field_and_,
            field_or_,
            field_not_,
        )

        _known = _cls._known_keys
        if not _known.issuperset(_src_dict):  # otherwise the empty dict the constructor made stays
            _extras = {}
            for _key, _value in _src_dict.items():
                if _key in _known:
                    continue

                def _attempt__additional_property(data: object) -> ComparisonExp | Where:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        __additional_property_type_0 = data
                        additional_property_type_0 = (
                            _null_value(__name__, "AdditionalProperty_type_0")
                            if __additional_property_type_0 is None
                            else ComparisonExp.from_dict(__additional_property_type_0)
                        )

                        return additional_property_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    __additional_property_type_1 = data
                    additional_property_type_1 = (
                        _null_value(__name__, "AdditionalProperty_type_1")
                        if __additional_property_type_1 is None
                        else Where.from_dict(__additional_property_type_1)
                    )

                    return additional_property_type_1

                def _parse__additional_property(data: object) -> ComparisonExp | Where:
                    # Override: the members are tried strictly first, so that an enum value the description does
                    # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                    with _strict_enums():
                        try:
                            return _attempt__additional_property(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _attempt__additional_property(data)

                additional_property = _parse__additional_property(_value)

                _extras[_key] = additional_property

            _instance.additional_properties = _extras
        return _instance

    @classmethod
    def _list_from_dicts(_cls: type[_T], _items: _Iterable[_Mapping[str, Any]]) -> list[_T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if _cls is not _Self:
            return [_cls.from_dict(_item) for _item in _items]
        _decoded: list[_T] = []
        _append, _new = _decoded.append, _cls.__new__
        for _src_dict in _items:
            if len(_src_dict) == 3:
                try:
                    _instance = _new(_cls)
                    _instance.field_and_ = (
                        _null_value(__name__, "_and")
                        if (__field_and_ := _src_dict["_and"]) is None
                        else Where._list_from_dicts(
                            __field_and_
                            if type(__field_and_) is list
                            else _checked_items(__field_and_, __name__, "_and")
                        )
                    )
                    _instance.field_or_ = (
                        _null_value(__name__, "_or")
                        if (__field_or_ := _src_dict["_or"]) is None
                        else Where._list_from_dicts(
                            __field_or_ if type(__field_or_) is list else _checked_items(__field_or_, __name__, "_or")
                        )
                    )
                    _instance.field_not_ = (
                        _null_value(__name__, "_not")
                        if (__field_not_ := _src_dict["_not"]) is None
                        else Where.from_dict(__field_not_)
                    )
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
            else:
                _instance = _cls.from_dict(_src_dict)
            _append(_instance)
        return _decoded

    @classmethod
    def _from_wire(_cls: type[_T], _src_wire: Any) -> _T:
        """This model has no Struct (aiwyn_client._wire), so its records arrive as dicts."""
        return _cls.from_dict(_src_wire)

    @classmethod
    def _list_from_wire(_cls: type[_T], _items: list[Any]) -> list[_T]:
        """This model has no Struct (aiwyn_client._wire), so its items arrive as dicts."""
        return _cls._list_from_dicts(_items)

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


_Self = Where  # the class, for its methods: a property of the same name would be a local there


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not _TYPE_CHECKING:
    from ..models.comparison_exp import ComparisonExp
