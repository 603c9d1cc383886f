# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define

from .._decode import NULL, null_value, strict_enums
from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComparisonExp")


@_attrs_define(repr=False)
class ComparisonExp(Model):
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
        ("field_eq", "_eq", False, ""),
        ("field_neq", "_neq", False, ""),
        ("field_gt", "_gt", False, ""),
        ("field_gte", "_gte", False, ""),
        ("field_lt", "_lt", False, ""),
        ("field_lte", "_lte", False, ""),
        ("field_in_", "_in", False, ""),
        ("field_nin", "_nin", False, ""),
        ("field_like", "_like", False, ""),
        ("field_ilike", "_ilike", False, ""),
        ("field_regex", "_regex", False, ""),
        ("field_is_null", "_is_null", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

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
            field_in_ = NULL
        elif not isinstance(self.field_in_, Unset):
            field_in_ = []
            for field_in_item_data in self.field_in_:
                field_in_item: bool | float | str
                field_in_item = field_in_item_data
                field_in_.append(field_in_item)

        field_nin: list[bool | float | str] | Unset = UNSET
        if self.field_nin is None:
            field_nin = NULL
        elif not isinstance(self.field_nin, Unset):
            field_nin = []
            for field_nin_item_data in self.field_nin:
                field_nin_item: bool | float | str
                field_nin_item = field_nin_item_data
                field_nin.append(field_nin_item)

        field_like = self.field_like

        field_ilike = self.field_ilike

        field_regex = self.field_regex

        field_is_null = self.field_is_null

        field_dict: dict[str, Any] = {}

        if field_eq is not UNSET:
            field_dict["_eq"] = field_eq
        if field_neq is not UNSET:
            field_dict["_neq"] = field_neq
        if field_gt is not UNSET:
            field_dict["_gt"] = field_gt
        if field_gte is not UNSET:
            field_dict["_gte"] = field_gte
        if field_lt is not UNSET:
            field_dict["_lt"] = field_lt
        if field_lte is not UNSET:
            field_dict["_lte"] = field_lte
        if field_in_ is not UNSET:
            field_dict["_in"] = field_in_
        if field_nin is not UNSET:
            field_dict["_nin"] = field_nin
        if field_like is not UNSET:
            field_dict["_like"] = field_like
        if field_ilike is not UNSET:
            field_dict["_ilike"] = field_ilike
        if field_regex is not UNSET:
            field_dict["_regex"] = field_regex
        if field_is_null is not UNSET:
            field_dict["_is_null"] = field_is_null

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get

        def _attempt_field_eq(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        def _parse_field_eq(data: object) -> bool | float | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with strict_enums():
                try:
                    return _attempt_field_eq(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt_field_eq(data)

        field_eq = _parse_field_eq(get("_eq", UNSET))

        def _attempt_field_neq(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        def _parse_field_neq(data: object) -> bool | float | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with strict_enums():
                try:
                    return _attempt_field_neq(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt_field_neq(data)

        field_neq = _parse_field_neq(get("_neq", UNSET))

        def _attempt_field_gt(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        def _parse_field_gt(data: object) -> bool | float | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with strict_enums():
                try:
                    return _attempt_field_gt(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt_field_gt(data)

        field_gt = _parse_field_gt(get("_gt", UNSET))

        def _attempt_field_gte(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        def _parse_field_gte(data: object) -> bool | float | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with strict_enums():
                try:
                    return _attempt_field_gte(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt_field_gte(data)

        field_gte = _parse_field_gte(get("_gte", UNSET))

        def _attempt_field_lt(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        def _parse_field_lt(data: object) -> bool | float | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with strict_enums():
                try:
                    return _attempt_field_lt(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt_field_lt(data)

        field_lt = _parse_field_lt(get("_lt", UNSET))

        def _attempt_field_lte(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        def _parse_field_lte(data: object) -> bool | float | str | Unset:
            # Override: the members are tried strictly first, so that an enum value the description does
            # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
            with strict_enums():
                try:
                    return _attempt_field_lte(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return _attempt_field_lte(data)

        field_lte = _parse_field_lte(get("_lte", UNSET))

        _field_in_ = get("_in", UNSET)
        field_in_: list[bool | float | str] | Unset = UNSET
        if _field_in_ is None:
            field_in_ = null_value(__name__, "_in")
        elif _field_in_ is not UNSET:
            field_in_ = []
            for field_in_item_data in _field_in_:

                def _attempt_field_in_item(data: object) -> bool | float | str:
                    return cast(bool | float | str, data)

                def _parse_field_in_item(data: object) -> bool | float | str:
                    # Override: the members are tried strictly first, so that an enum value the description does
                    # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                    with strict_enums():
                        try:
                            return _attempt_field_in_item(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _attempt_field_in_item(data)

                field_in_item = _parse_field_in_item(field_in_item_data)

                field_in_.append(field_in_item)

        _field_nin = get("_nin", UNSET)
        field_nin: list[bool | float | str] | Unset = UNSET
        if _field_nin is None:
            field_nin = null_value(__name__, "_nin")
        elif _field_nin is not UNSET:
            field_nin = []
            for field_nin_item_data in _field_nin:

                def _attempt_field_nin_item(data: object) -> bool | float | str:
                    return cast(bool | float | str, data)

                def _parse_field_nin_item(data: object) -> bool | float | str:
                    # Override: the members are tried strictly first, so that an enum value the description does
                    # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                    with strict_enums():
                        try:
                            return _attempt_field_nin_item(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _attempt_field_nin_item(data)

                field_nin_item = _parse_field_nin_item(field_nin_item_data)

                field_nin.append(field_nin_item)

        field_like = get("_like", UNSET)
        field_ilike = get("_ilike", UNSET)
        field_regex = get("_regex", UNSET)
        field_is_null = get("_is_null", UNSET)
        comparison_exp = cls(
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

        return comparison_exp

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``."""
        return [cls.from_dict(item) for item in items]

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        comparison_exp = cls.__new__(cls)
        comparison_exp.field_eq = src_wire.field_eq
        comparison_exp.field_neq = src_wire.field_neq
        comparison_exp.field_gt = src_wire.field_gt
        comparison_exp.field_gte = src_wire.field_gte
        comparison_exp.field_lt = src_wire.field_lt
        comparison_exp.field_lte = src_wire.field_lte
        _field_in_ = src_wire.field_in_
        field_in_: list[bool | float | str] | Unset = UNSET
        if _field_in_ is None:
            field_in_ = null_value(__name__, "_in")
        elif _field_in_ is not UNSET:
            field_in_ = []
            for field_in_item_data in _field_in_:

                def _attempt_field_in_item(data: object) -> bool | float | str:
                    return cast(bool | float | str, data)

                def _parse_field_in_item(data: object) -> bool | float | str:
                    # Override: the members are tried strictly first, so that an enum value the description does
                    # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                    with strict_enums():
                        try:
                            return _attempt_field_in_item(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _attempt_field_in_item(data)

                field_in_item = _parse_field_in_item(field_in_item_data)

                field_in_.append(field_in_item)

        comparison_exp.field_in_ = field_in_
        _field_nin = src_wire.field_nin
        field_nin: list[bool | float | str] | Unset = UNSET
        if _field_nin is None:
            field_nin = null_value(__name__, "_nin")
        elif _field_nin is not UNSET:
            field_nin = []
            for field_nin_item_data in _field_nin:

                def _attempt_field_nin_item(data: object) -> bool | float | str:
                    return cast(bool | float | str, data)

                def _parse_field_nin_item(data: object) -> bool | float | str:
                    # Override: the members are tried strictly first, so that an enum value the description does
                    # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                    with strict_enums():
                        try:
                            return _attempt_field_nin_item(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _attempt_field_nin_item(data)

                field_nin_item = _parse_field_nin_item(field_nin_item_data)

                field_nin.append(field_nin_item)

        comparison_exp.field_nin = field_nin
        comparison_exp.field_like = src_wire.field_like
        comparison_exp.field_ilike = src_wire.field_ilike
        comparison_exp.field_regex = src_wire.field_regex
        comparison_exp.field_is_null = src_wire.field_is_null
        return comparison_exp

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            comparison_exp = new(cls)
            comparison_exp.field_eq = src_wire.field_eq
            comparison_exp.field_neq = src_wire.field_neq
            comparison_exp.field_gt = src_wire.field_gt
            comparison_exp.field_gte = src_wire.field_gte
            comparison_exp.field_lt = src_wire.field_lt
            comparison_exp.field_lte = src_wire.field_lte
            _field_in_ = src_wire.field_in_
            field_in_: list[bool | float | str] | Unset = UNSET
            if _field_in_ is None:
                field_in_ = null_value(__name__, "_in")
            elif _field_in_ is not UNSET:
                field_in_ = []
                for field_in_item_data in _field_in_:

                    def _attempt_field_in_item(data: object) -> bool | float | str:
                        return cast(bool | float | str, data)

                    def _parse_field_in_item(data: object) -> bool | float | str:
                        # Override: the members are tried strictly first, so that an enum value the description does
                        # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                        with strict_enums():
                            try:
                                return _attempt_field_in_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        return _attempt_field_in_item(data)

                    field_in_item = _parse_field_in_item(field_in_item_data)

                    field_in_.append(field_in_item)

            comparison_exp.field_in_ = field_in_
            _field_nin = src_wire.field_nin
            field_nin: list[bool | float | str] | Unset = UNSET
            if _field_nin is None:
                field_nin = null_value(__name__, "_nin")
            elif _field_nin is not UNSET:
                field_nin = []
                for field_nin_item_data in _field_nin:

                    def _attempt_field_nin_item(data: object) -> bool | float | str:
                        return cast(bool | float | str, data)

                    def _parse_field_nin_item(data: object) -> bool | float | str:
                        # Override: the members are tried strictly first, so that an enum value the description does
                        # not list (kept by a lenient decode) cannot make the wrong member fit; then leniently.
                        with strict_enums():
                            try:
                                return _attempt_field_nin_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        return _attempt_field_nin_item(data)

                    field_nin_item = _parse_field_nin_item(field_nin_item_data)

                    field_nin.append(field_nin_item)

            comparison_exp.field_nin = field_nin
            comparison_exp.field_like = src_wire.field_like
            comparison_exp.field_ilike = src_wire.field_ilike
            comparison_exp.field_regex = src_wire.field_regex
            comparison_exp.field_is_null = src_wire.field_is_null
            append(comparison_exp)
        return decoded
