# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL
from .._iso8601 import parse_datetime
from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="DraftInvoiceReview")


@_attrs_define(repr=False)
class DraftInvoiceReview(Model):
    """One review step of a draft invoice."""

    id: int | Unset = UNSET
    reviewer_id: int | Unset = UNSET
    reviewer_name: str | Unset = UNSET
    review_date: datetime.datetime | None | Unset = UNSET
    status: str | Unset = UNSET
    comments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "reviewerId",
            "reviewerName",
            "reviewDate",
            "status",
            "comments",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("reviewer_id", "reviewerId", False, ""),
        ("reviewer_name", "reviewerName", False, ""),
        ("review_date", "reviewDate", False, ""),
        ("status", "status", False, ""),
        ("comments", "comments", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        reviewer_id = self.reviewer_id

        reviewer_name = self.reviewer_name

        review_date: None | str | Unset
        if isinstance(self.review_date, Unset):
            review_date = UNSET
        elif isinstance(self.review_date, datetime.datetime):
            review_date = NULL if self.review_date is None else self.review_date.isoformat()

        else:
            review_date = self.review_date

        status = self.status

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if reviewer_id is not UNSET:
            field_dict["reviewerId"] = reviewer_id
        if reviewer_name is not UNSET:
            field_dict["reviewerName"] = reviewer_name
        if review_date is not UNSET:
            field_dict["reviewDate"] = review_date
        if status is not UNSET:
            field_dict["status"] = status
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is DraftInvoiceReview and len(src_dict) >= 6:
            try:
                draft_invoice_review = cls.__new__(cls)
                draft_invoice_review.id = src_dict["id"]
                draft_invoice_review.reviewer_id = src_dict["reviewerId"]
                draft_invoice_review.reviewer_name = src_dict["reviewerName"]
                _review_date = src_dict["reviewDate"]
                review_date: datetime.datetime | None | Unset
                if isinstance(_review_date, str):
                    try:
                        review_date = parse_datetime(_review_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        review_date = cast(datetime.datetime | None | Unset, _review_date)
                else:
                    review_date = _review_date
                draft_invoice_review.review_date = review_date
                draft_invoice_review.status = src_dict["status"]
                draft_invoice_review.comments = src_dict["comments"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 6:
                    known = DraftInvoiceReview._known_keys
                    draft_invoice_review.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return draft_invoice_review

        get = src_dict.get
        id = get("id", UNSET)
        reviewer_id = get("reviewerId", UNSET)
        reviewer_name = get("reviewerName", UNSET)
        _review_date = get("reviewDate", UNSET)
        if isinstance(_review_date, str):
            try:
                review_date = parse_datetime(_review_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                review_date = cast(datetime.datetime | None | Unset, _review_date)
        else:
            review_date = _review_date

        status = get("status", UNSET)
        comments = get("comments", UNSET)
        draft_invoice_review = cls(
            id,
            reviewer_id,
            reviewer_name,
            review_date,
            status,
            comments,
        )

        known = DraftInvoiceReview._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            draft_invoice_review.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return draft_invoice_review

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not DraftInvoiceReview:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 6:
                try:
                    draft_invoice_review = new(cls)
                    draft_invoice_review.id = src_dict["id"]
                    draft_invoice_review.reviewer_id = src_dict["reviewerId"]
                    draft_invoice_review.reviewer_name = src_dict["reviewerName"]
                    _review_date = src_dict["reviewDate"]
                    review_date: datetime.datetime | None | Unset
                    if isinstance(_review_date, str):
                        try:
                            review_date = parse_datetime(_review_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            review_date = cast(datetime.datetime | None | Unset, _review_date)
                    else:
                        review_date = _review_date
                    draft_invoice_review.review_date = review_date
                    draft_invoice_review.status = src_dict["status"]
                    draft_invoice_review.comments = src_dict["comments"]
                except (KeyError, TypeError):
                    draft_invoice_review = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 6:
                        known = DraftInvoiceReview._known_keys
                        draft_invoice_review.additional_properties = {
                            k: v for k, v in src_dict.items() if k not in known
                        }
            else:
                draft_invoice_review = cls.from_dict(src_dict)
            append(draft_invoice_review)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        draft_invoice_review = cls.__new__(cls)
        draft_invoice_review.id = src_wire.id
        draft_invoice_review.reviewer_id = src_wire.reviewer_id
        draft_invoice_review.reviewer_name = src_wire.reviewer_name
        _review_date = src_wire.review_date
        review_date: datetime.datetime | None | Unset
        if isinstance(_review_date, str):
            try:
                review_date = parse_datetime(_review_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                review_date = cast(datetime.datetime | None | Unset, _review_date)
        else:
            review_date = _review_date

        draft_invoice_review.review_date = review_date
        draft_invoice_review.status = src_wire.status
        draft_invoice_review.comments = src_wire.comments
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                draft_invoice_review.additional_properties = found
        return draft_invoice_review

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            draft_invoice_review = new(cls)
            draft_invoice_review.id = src_wire.id
            draft_invoice_review.reviewer_id = src_wire.reviewer_id
            draft_invoice_review.reviewer_name = src_wire.reviewer_name
            _review_date = src_wire.review_date
            review_date: datetime.datetime | None | Unset
            if isinstance(_review_date, str):
                try:
                    review_date = parse_datetime(_review_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    review_date = cast(datetime.datetime | None | Unset, _review_date)
            else:
                review_date = _review_date

            draft_invoice_review.review_date = review_date
            draft_invoice_review.status = src_wire.status
            draft_invoice_review.comments = src_wire.comments
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    draft_invoice_review.additional_properties = found
            append(draft_invoice_review)
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
