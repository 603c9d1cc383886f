# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._decode import NULL, null_value
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComparisonExp")


@_attrs_define
class ComparisonExp:
    """Comparison operators for one field."""

    eq: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    neq: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    gt: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    gte: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    lt: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    lte: bool | float | str | Unset = UNSET
    """ A value compared against a field. """
    in_: list[bool | float | str] | Unset = UNSET
    nin: list[bool | float | str] | Unset = UNSET
    like: str | Unset = UNSET
    ilike: str | Unset = UNSET
    regex: str | Unset = UNSET
    is_null: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq: bool | float | str | Unset
        if isinstance(self.eq, Unset):
            eq = UNSET
        else:
            eq = self.eq

        neq: bool | float | str | Unset
        if isinstance(self.neq, Unset):
            neq = UNSET
        else:
            neq = self.neq

        gt: bool | float | str | Unset
        if isinstance(self.gt, Unset):
            gt = UNSET
        else:
            gt = self.gt

        gte: bool | float | str | Unset
        if isinstance(self.gte, Unset):
            gte = UNSET
        else:
            gte = self.gte

        lt: bool | float | str | Unset
        if isinstance(self.lt, Unset):
            lt = UNSET
        else:
            lt = self.lt

        lte: bool | float | str | Unset
        if isinstance(self.lte, Unset):
            lte = UNSET
        else:
            lte = self.lte

        in_: list[bool | float | str] | Unset = UNSET
        if self.in_ is None:
            in_ = NULL
        elif not isinstance(self.in_, Unset):
            in_ = []
            for in_item_data in self.in_:
                in_item: bool | float | str
                in_item = in_item_data
                in_.append(in_item)

        nin: list[bool | float | str] | Unset = UNSET
        if self.nin is None:
            nin = NULL
        elif not isinstance(self.nin, Unset):
            nin = []
            for nin_item_data in self.nin:
                nin_item: bool | float | str
                nin_item = nin_item_data
                nin.append(nin_item)

        like = self.like

        ilike = self.ilike

        regex = self.regex

        is_null = self.is_null

        field_dict: dict[str, Any] = {}

        if eq is not UNSET:
            field_dict["_eq"] = eq
        if neq is not UNSET:
            field_dict["_neq"] = neq
        if gt is not UNSET:
            field_dict["_gt"] = gt
        if gte is not UNSET:
            field_dict["_gte"] = gte
        if lt is not UNSET:
            field_dict["_lt"] = lt
        if lte is not UNSET:
            field_dict["_lte"] = lte
        if in_ is not UNSET:
            field_dict["_in"] = in_
        if nin is not UNSET:
            field_dict["_nin"] = nin
        if like is not UNSET:
            field_dict["_like"] = like
        if ilike is not UNSET:
            field_dict["_ilike"] = ilike
        if regex is not UNSET:
            field_dict["_regex"] = regex
        if is_null is not UNSET:
            field_dict["_is_null"] = is_null

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get

        def _parse_eq(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        eq = _parse_eq(get("_eq", UNSET))

        def _parse_neq(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        neq = _parse_neq(get("_neq", UNSET))

        def _parse_gt(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        gt = _parse_gt(get("_gt", UNSET))

        def _parse_gte(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        gte = _parse_gte(get("_gte", UNSET))

        def _parse_lt(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        lt = _parse_lt(get("_lt", UNSET))

        def _parse_lte(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        lte = _parse_lte(get("_lte", UNSET))

        _in_ = get("_in", UNSET)
        in_: list[bool | float | str] | Unset = UNSET
        if _in_ is None:
            in_ = null_value(__name__, "_in")
        elif _in_ is not UNSET:
            in_ = []
            for in_item_data in _in_:

                def _parse_in_item(data: object) -> bool | float | str:
                    return cast(bool | float | str, data)

                in_item = _parse_in_item(in_item_data)

                in_.append(in_item)

        _nin = get("_nin", UNSET)
        nin: list[bool | float | str] | Unset = UNSET
        if _nin is None:
            nin = null_value(__name__, "_nin")
        elif _nin is not UNSET:
            nin = []
            for nin_item_data in _nin:

                def _parse_nin_item(data: object) -> bool | float | str:
                    return cast(bool | float | str, data)

                nin_item = _parse_nin_item(nin_item_data)

                nin.append(nin_item)

        like = get("_like", UNSET)
        ilike = get("_ilike", UNSET)
        regex = get("_regex", UNSET)
        is_null = get("_is_null", UNSET)
        comparison_exp = cls(
            eq,
            neq,
            gt,
            gte,
            lt,
            lte,
            in_,
            nin,
            like,
            ilike,
            regex,
            is_null,
        )

        return comparison_exp

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``."""
        return [cls.from_dict(item) for item in items]
