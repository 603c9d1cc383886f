# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import Any, ClassVar, cast
from typing import TypeVar as _TypeVar

from attrs import define as _attrs_define

from .._decode import CONTAINERS as _CONTAINERS
from .._decode import NULL as _NULL
from .._decode import checked_items as _checked_items
from .._decode import null_value as _null_value
from .._decode import scalar as _scalar
from .._decode import strict_enums as _strict_enums
from .._decode import wrong_shape as _wrong_shape
from .._model import Model as _Model
from ..types import UNSET, Unset

_T = _TypeVar("_T", bound="ComparisonExp")


@_attrs_define(repr=False)
class ComparisonExp(_Model):
    """Comparison operators for one field."""

    field_eq: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    field_neq: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    field_gt: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    field_gte: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    field_lt: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    field_lte: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    field_in_: list[bool | float | str] | Unset = UNSET
    field_nin: list[bool | float | str] | Unset = UNSET
    field_like: str | Unset = UNSET
    field_ilike: str | Unset = UNSET
    field_regex: str | Unset = UNSET
    field_is_null: bool | Unset = UNSET
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("field_eq", "_eq", False, "scalar"),
        ("field_neq", "_neq", False, "scalar"),
        ("field_gt", "_gt", False, "scalar"),
        ("field_gte", "_gte", False, "scalar"),
        ("field_lt", "_lt", False, "scalar"),
        ("field_lte", "_lte", False, "scalar"),
        ("field_in_", "_in", False, "scalars"),
        ("field_nin", "_nin", False, "scalars"),
        ("field_like", "_like", False, "scalar"),
        ("field_ilike", "_ilike", False, "scalar"),
        ("field_regex", "_regex", False, "scalar"),
        ("field_is_null", "_is_null", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

    def to_dict(self) -> dict[str, Any]:
        field_eq: bool | float | str | Unset
        if isinstance(self.field_eq, Unset):
            field_eq = UNSET
        else:
            field_eq = self.field_eq

        field_neq: bool | float | str | Unset
        if isinstance(self.field_neq, Unset):
            field_neq = UNSET
        else:
            field_neq = self.field_neq

        field_gt: bool | float | str | Unset
        if isinstance(self.field_gt, Unset):
            field_gt = UNSET
        else:
            field_gt = self.field_gt

        field_gte: bool | float | str | Unset
        if isinstance(self.field_gte, Unset):
            field_gte = UNSET
        else:
            field_gte = self.field_gte

        field_lt: bool | float | str | Unset
        if isinstance(self.field_lt, Unset):
            field_lt = UNSET
        else:
            field_lt = self.field_lt

        field_lte: bool | float | str | Unset
        if isinstance(self.field_lte, Unset):
            field_lte = UNSET
        else:
            field_lte = self.field_lte

        field_in_: list[bool | float | str] | Unset = UNSET
        if self.field_in_ is None:
            field_in_ = _NULL
        elif not isinstance(self.field_in_, Unset):
            field_in_ = []
            for _field_in_item_data in self.field_in_:
                field_in_item: bool | float | str
                field_in_item = _field_in_item_data
                field_in_.append(field_in_item)

        field_nin: list[bool | float | str] | Unset = UNSET
        if self.field_nin is None:
            field_nin = _NULL
        elif not isinstance(self.field_nin, Unset):
            field_nin = []
            for _field_nin_item_data in self.field_nin:
                field_nin_item: bool | float | str
                field_nin_item = _field_nin_item_data
                field_nin.append(field_nin_item)

        field_like = self.field_like

        field_ilike = self.field_ilike

        field_regex = self.field_regex

        field_is_null = self.field_is_null

        _field_dict: dict[str, Any] = {}

        if field_eq is not UNSET:
            _field_dict["_eq"] = field_eq
        if field_neq is not UNSET:
            _field_dict["_neq"] = field_neq
        if field_gt is not UNSET:
            _field_dict["_gt"] = field_gt
        if field_gte is not UNSET:
            _field_dict["_gte"] = field_gte
        if field_lt is not UNSET:
            _field_dict["_lt"] = field_lt
        if field_lte is not UNSET:
            _field_dict["_lte"] = field_lte
        if field_in_ is not UNSET:
            _field_dict["_in"] = field_in_
        if field_nin is not UNSET:
            _field_dict["_nin"] = field_nin
        if field_like is not UNSET:
            _field_dict["_like"] = field_like
        if field_ilike is not UNSET:
            _field_dict["_ilike"] = field_ilike
        if field_regex is not UNSET:
            _field_dict["_regex"] = field_regex
        if field_is_null is not UNSET:
            _field_dict["_is_null"] = field_is_null

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        _get = _src_dict.get

        def _attempt__field_eq(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(
                bool | float | str | Unset,
                data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "_eq", data),
            )

        def _parse__field_eq(data: object) -> bool | float | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with _strict_enums():
                try:
                    return _attempt__field_eq(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt__field_eq(data)

        field_eq = _parse__field_eq(_get("_eq", UNSET))

        def _attempt__field_neq(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(
                bool | float | str | Unset,
                data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "_neq", data),
            )

        def _parse__field_neq(data: object) -> bool | float | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with _strict_enums():
                try:
                    return _attempt__field_neq(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt__field_neq(data)

        field_neq = _parse__field_neq(_get("_neq", UNSET))

        def _attempt__field_gt(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(
                bool | float | str | Unset,
                data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "_gt", data),
            )

        def _parse__field_gt(data: object) -> bool | float | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with _strict_enums():
                try:
                    return _attempt__field_gt(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt__field_gt(data)

        field_gt = _parse__field_gt(_get("_gt", UNSET))

        def _attempt__field_gte(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(
                bool | float | str | Unset,
                data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "_gte", data),
            )

        def _parse__field_gte(data: object) -> bool | float | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with _strict_enums():
                try:
                    return _attempt__field_gte(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt__field_gte(data)

        field_gte = _parse__field_gte(_get("_gte", UNSET))

        def _attempt__field_lt(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(
                bool | float | str | Unset,
                data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "_lt", data),
            )

        def _parse__field_lt(data: object) -> bool | float | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with _strict_enums():
                try:
                    return _attempt__field_lt(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt__field_lt(data)

        field_lt = _parse__field_lt(_get("_lt", UNSET))

        def _attempt__field_lte(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(
                bool | float | str | Unset,
                data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "_lte", data),
            )

        def _parse__field_lte(data: object) -> bool | float | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with _strict_enums():
                try:
                    return _attempt__field_lte(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt__field_lte(data)

        field_lte = _parse__field_lte(_get("_lte", UNSET))

        __field_in_ = _checked_items(_get("_in", UNSET), __name__, "_in")
        field_in_: list[bool | float | str] | Unset = UNSET
        if __field_in_ is None:
            field_in_ = _null_value(__name__, "_in")
        elif __field_in_ is not UNSET:
            field_in_ = []
            for _field_in_item_data in __field_in_:

                def _attempt__field_in_item(data: object) -> bool | float | str:
                    return cast(
                        bool | float | str,
                        data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "_in_item", data),
                    )

                def _parse__field_in_item(data: object) -> bool | float | str:
                    # Override: the members are tried strictly first, so that an enum value the description does
                    # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                    with _strict_enums():
                        try:
                            return _attempt__field_in_item(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _attempt__field_in_item(data)

                field_in_item = _parse__field_in_item(_field_in_item_data)

                field_in_.append(field_in_item)

        __field_nin = _checked_items(_get("_nin", UNSET), __name__, "_nin")
        field_nin: list[bool | float | str] | Unset = UNSET
        if __field_nin is None:
            field_nin = _null_value(__name__, "_nin")
        elif __field_nin is not UNSET:
            field_nin = []
            for _field_nin_item_data in __field_nin:

                def _attempt__field_nin_item(data: object) -> bool | float | str:
                    return cast(
                        bool | float | str,
                        data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "_nin_item", data),
                    )

                def _parse__field_nin_item(data: object) -> bool | float | str:
                    # Override: the members are tried strictly first, so that an enum value the description does
                    # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                    with _strict_enums():
                        try:
                            return _attempt__field_nin_item(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _attempt__field_nin_item(data)

                field_nin_item = _parse__field_nin_item(_field_nin_item_data)

                field_nin.append(field_nin_item)

        field_like = _v if type(_v := _get("_like", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "_like")
        field_ilike = _v if type(_v := _get("_ilike", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "_ilike")
        field_regex = _v if type(_v := _get("_regex", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "_regex")
        field_is_null = (
            _v if type(_v := _get("_is_null", UNSET)) is bool or _v is _NULL else _scalar(_v, __name__, "_is_null")
        )
        _instance = _cls(
            field_eq,
            field_neq,
            field_gt,
            field_gte,
            field_lt,
            field_lte,
            field_in_,
            field_nin,
            field_like,
            field_ilike,
            field_regex,
            field_is_null,
        )

        return _instance

    @classmethod
    def _list_from_dicts(_cls: type[_T], _items: _Iterable[_Mapping[str, Any]]) -> list[_T]:
        """``[cls.from_dict(item) for item in items]``."""
        return [_cls.from_dict(_item) for _item in _items]

    @classmethod
    def _from_wire(_cls: type[_T], _src_wire: Any) -> _T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(_src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return _cls.from_dict(_src_wire)
        _instance = _cls.__new__(_cls)
        _instance.field_eq = _src_wire.field_eq
        _instance.field_neq = _src_wire.field_neq
        _instance.field_gt = _src_wire.field_gt
        _instance.field_gte = _src_wire.field_gte
        _instance.field_lt = _src_wire.field_lt
        _instance.field_lte = _src_wire.field_lte
        __field_in_ = _checked_items(_src_wire.field_in_, __name__, "_in")
        field_in_: list[bool | float | str] | Unset = UNSET
        if __field_in_ is None:
            field_in_ = _null_value(__name__, "_in")
        elif __field_in_ is not UNSET:
            field_in_ = []
            for _field_in_item_data in __field_in_:

                def _attempt__field_in_item(data: object) -> bool | float | str:
                    return cast(
                        bool | float | str,
                        data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "_in_item", data),
                    )

                def _parse__field_in_item(data: object) -> bool | float | str:
                    # Override: the members are tried strictly first, so that an enum value the description does
                    # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                    with _strict_enums():
                        try:
                            return _attempt__field_in_item(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _attempt__field_in_item(data)

                field_in_item = _parse__field_in_item(_field_in_item_data)

                field_in_.append(field_in_item)

        _instance.field_in_ = field_in_
        __field_nin = _checked_items(_src_wire.field_nin, __name__, "_nin")
        field_nin: list[bool | float | str] | Unset = UNSET
        if __field_nin is None:
            field_nin = _null_value(__name__, "_nin")
        elif __field_nin is not UNSET:
            field_nin = []
            for _field_nin_item_data in __field_nin:

                def _attempt__field_nin_item(data: object) -> bool | float | str:
                    return cast(
                        bool | float | str,
                        data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "_nin_item", data),
                    )

                def _parse__field_nin_item(data: object) -> bool | float | str:
                    # Override: the members are tried strictly first, so that an enum value the description does
                    # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                    with _strict_enums():
                        try:
                            return _attempt__field_nin_item(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _attempt__field_nin_item(data)

                field_nin_item = _parse__field_nin_item(_field_nin_item_data)

                field_nin.append(field_nin_item)

        _instance.field_nin = field_nin
        _instance.field_like = _src_wire.field_like
        _instance.field_ilike = _src_wire.field_ilike
        _instance.field_regex = _src_wire.field_regex
        _instance.field_is_null = _src_wire.field_is_null
        return _instance

    @classmethod
    def _list_from_wire(_cls: type[_T], _items: list[Any]) -> list[_T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not _items or type(_items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return _cls._list_from_dicts(_items)
        _decoded: list[_T] = []
        _append, _new = _decoded.append, _cls.__new__
        for _src_wire in _items:
            _instance = _new(_cls)
            _instance.field_eq = _src_wire.field_eq
            _instance.field_neq = _src_wire.field_neq
            _instance.field_gt = _src_wire.field_gt
            _instance.field_gte = _src_wire.field_gte
            _instance.field_lt = _src_wire.field_lt
            _instance.field_lte = _src_wire.field_lte
            __field_in_ = _checked_items(_src_wire.field_in_, __name__, "_in")
            field_in_: list[bool | float | str] | Unset = UNSET
            if __field_in_ is None:
                field_in_ = _null_value(__name__, "_in")
            elif __field_in_ is not UNSET:
                field_in_ = []
                for _field_in_item_data in __field_in_:

                    def _attempt__field_in_item(data: object) -> bool | float | str:
                        return cast(
                            bool | float | str,
                            data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "_in_item", data),
                        )

                    def _parse__field_in_item(data: object) -> bool | float | str:
                        # Override: the members are tried strictly first, so that an enum value the description does
                        # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                        with _strict_enums():
                            try:
                                return _attempt__field_in_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        return _attempt__field_in_item(data)

                    field_in_item = _parse__field_in_item(_field_in_item_data)

                    field_in_.append(field_in_item)

            _instance.field_in_ = field_in_
            __field_nin = _checked_items(_src_wire.field_nin, __name__, "_nin")
            field_nin: list[bool | float | str] | Unset = UNSET
            if __field_nin is None:
                field_nin = _null_value(__name__, "_nin")
            elif __field_nin is not UNSET:
                field_nin = []
                for _field_nin_item_data in __field_nin:

                    def _attempt__field_nin_item(data: object) -> bool | float | str:
                        return cast(
                            bool | float | str,
                            data if type(data) not in _CONTAINERS else _wrong_shape(__name__, "_nin_item", data),
                        )

                    def _parse__field_nin_item(data: object) -> bool | float | str:
                        # Override: the members are tried strictly first, so that an enum value the description does
                        # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                        with _strict_enums():
                            try:
                                return _attempt__field_nin_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        return _attempt__field_nin_item(data)

                    field_nin_item = _parse__field_nin_item(_field_nin_item_data)

                    field_nin.append(field_nin_item)

            _instance.field_nin = field_nin
            _instance.field_like = _src_wire.field_like
            _instance.field_ilike = _src_wire.field_ilike
            _instance.field_regex = _src_wire.field_regex
            _instance.field_is_null = _src_wire.field_is_null
            _append(_instance)
        return _decoded


_Self = ComparisonExp  # the class, for its methods: a property of the same name would be a local there
