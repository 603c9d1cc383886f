# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL as _NULL
from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import Model as _Model
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class DraftInvoiceReview(_Model):
    """One review step of a draft invoice."""

    id: int | Unset = UNSET
    reviewer_id: int | Unset = UNSET
    reviewer_name: str | Unset = UNSET
    review_date: datetime.datetime | None | Unset = UNSET
    status: str | Unset = UNSET
    comments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("id", "id", "scalar", False, type="int"),
            _F("reviewer_id", "reviewerId", "scalar", False, type="int"),
            _F("reviewer_name", "reviewerName", "scalar", False, type="str"),
            _F("review_date", "reviewDate", "datetime", False, nullable=True),
            _F("status", "status", "scalar", False, type="str"),
            _F("comments", "comments", "scalar", False, type="str"),
        ),
        extras="keep",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        reviewer_id = self.reviewer_id

        reviewer_name = self.reviewer_name

        review_date: None | str | Unset
        if isinstance(self.review_date, Unset):
            review_date = UNSET
        elif isinstance(self.review_date, datetime.datetime):
            review_date = _NULL if self.review_date is None else self.review_date.isoformat()

        else:
            review_date = self.review_date

        status = self.status

        comments = self.comments

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if reviewer_id is not UNSET:
            _field_dict["reviewerId"] = reviewer_id
        if reviewer_name is not UNSET:
            _field_dict["reviewerName"] = reviewer_name
        if review_date is not UNSET:
            _field_dict["reviewDate"] = review_date
        if status is not UNSET:
            _field_dict["status"] = status
        if comments is not UNSET:
            _field_dict["comments"] = comments

        return _field_dict

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
