# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any, ClassVar, cast
from typing import TypeVar as _TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import CONTAINERS as _CONTAINERS
from .._decode import NULL as _NULL
from .._decode import checked_items as _checked_items
from .._decode import null_value as _null_value
from .._decode import scalar as _scalar
from .._decode import unknown_member as _unknown_member
from .._decode import wrong_shape as _wrong_shape
from .._iso8601 import parse_datetime as _parse_datetime
from .._model import Model as _Model
from ..models.draft_invoice_review_status import DraftInvoiceReviewStatus
from ..models.draft_invoice_status import DraftInvoiceStatus
from ..types import UNSET, Unset

if _TYPE_CHECKING:
    from ..models.draft_invoice_review import DraftInvoiceReview
    from ..models.line_item import LineItem


_T = _TypeVar("_T", bound="DraftInvoice")


@_attrs_define(repr=False)
class DraftInvoice(_Model):
    id: int | Unset = UNSET
    """ Unique draft invoice identifier. """
    draft_number: str | Unset = UNSET
    """ Draft invoice number. """
    reference: str | Unset = UNSET
    """ Draft invoice reference or description. """
    status: DraftInvoiceStatus | None | Unset = UNSET
    """ Draft invoice status. """
    review_status: DraftInvoiceReviewStatus | None | Unset = UNSET
    """ Review status. """
    client_id: int | Unset = UNSET
    """ Associated client identifier. """
    client_name: str | Unset = UNSET
    """ Client name. """
    client_email: str | Unset = UNSET
    """ Client billing email. """
    project_id: int | Unset = UNSET
    """ Associated project identifier. """
    project_name: str | Unset = UNSET
    """ Project name. """
    prepared_date: datetime.datetime | None | Unset = UNSET
    """ Date when draft was prepared. """
    proposed_issue_date: datetime.datetime | None | Unset = UNSET
    """ Proposed invoice issue date. """
    proposed_due_date: datetime.datetime | None | Unset = UNSET
    """ Proposed invoice due date. """
    subtotal: float | Unset = UNSET
    """ Draft subtotal before tax. """
    tax_amount: float | Unset = UNSET
    """ Total tax amount. """
    total_amount: float | Unset = UNSET
    """ Total draft amount including tax. """
    currency: str | Unset = UNSET
    """ Draft currency code. """
    line_items: list[LineItem] | Unset = UNSET
    """ Draft invoice line items. """
    review_history: list[DraftInvoiceReview] | Unset = UNSET
    """ Review history for this draft invoice. """
    notes: str | Unset = UNSET
    """ Additional notes or terms. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Draft invoice creation timestamp. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Last update timestamp. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "draftNumber",
            "reference",
            "status",
            "reviewStatus",
            "clientId",
            "clientName",
            "clientEmail",
            "projectId",
            "projectName",
            "preparedDate",
            "proposedIssueDate",
            "proposedDueDate",
            "subtotal",
            "taxAmount",
            "totalAmount",
            "currency",
            "lineItems",
            "reviewHistory",
            "notes",
            "createdAt",
            "updatedAt",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, "scalar"),
        ("draft_number", "draftNumber", False, "scalar"),
        ("reference", "reference", False, "scalar"),
        ("status", "status", False, "scalar"),
        ("review_status", "reviewStatus", False, "scalar"),
        ("client_id", "clientId", False, "scalar"),
        ("client_name", "clientName", False, "scalar"),
        ("client_email", "clientEmail", False, "scalar"),
        ("project_id", "projectId", False, "scalar"),
        ("project_name", "projectName", False, "scalar"),
        ("prepared_date", "preparedDate", False, "scalar"),
        ("proposed_issue_date", "proposedIssueDate", False, "scalar"),
        ("proposed_due_date", "proposedDueDate", False, "scalar"),
        ("subtotal", "subtotal", False, "scalar"),
        ("tax_amount", "taxAmount", False, "scalar"),
        ("total_amount", "totalAmount", False, "scalar"),
        ("currency", "currency", False, "scalar"),
        ("line_items", "lineItems", False, "list:LineItem"),
        ("review_history", "reviewHistory", False, "list:DraftInvoiceReview"),
        ("notes", "notes", False, "scalar"),
        ("created_at", "createdAt", False, "scalar"),
        ("updated_at", "updatedAt", False, "scalar"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and what its values are (records: list:Model, one:Model; scalars: scalar, scalars; any JSON: ""). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        draft_number = self.draft_number

        reference = self.reference

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DraftInvoiceStatus):
            status = _NULL if self.status is None else self.status.value

        else:
            status = self.status

        review_status: None | str | Unset
        if isinstance(self.review_status, Unset):
            review_status = UNSET
        elif isinstance(self.review_status, DraftInvoiceReviewStatus):
            review_status = _NULL if self.review_status is None else self.review_status.value

        else:
            review_status = self.review_status

        client_id = self.client_id

        client_name = self.client_name

        client_email = self.client_email

        project_id = self.project_id

        project_name = self.project_name

        prepared_date: None | str | Unset
        if isinstance(self.prepared_date, Unset):
            prepared_date = UNSET
        elif isinstance(self.prepared_date, datetime.datetime):
            prepared_date = _NULL if self.prepared_date is None else self.prepared_date.isoformat()

        else:
            prepared_date = self.prepared_date

        proposed_issue_date: None | str | Unset
        if isinstance(self.proposed_issue_date, Unset):
            proposed_issue_date = UNSET
        elif isinstance(self.proposed_issue_date, datetime.datetime):
            proposed_issue_date = _NULL if self.proposed_issue_date is None else self.proposed_issue_date.isoformat()

        else:
            proposed_issue_date = self.proposed_issue_date

        proposed_due_date: None | str | Unset
        if isinstance(self.proposed_due_date, Unset):
            proposed_due_date = UNSET
        elif isinstance(self.proposed_due_date, datetime.datetime):
            proposed_due_date = _NULL if self.proposed_due_date is None else self.proposed_due_date.isoformat()

        else:
            proposed_due_date = self.proposed_due_date

        subtotal = self.subtotal

        tax_amount = self.tax_amount

        total_amount = self.total_amount

        currency = self.currency

        line_items: list[dict[str, Any]] | Unset = UNSET
        if self.line_items is None:
            line_items = _NULL
        elif not isinstance(self.line_items, Unset):
            line_items = []
            for _line_items_item_data in self.line_items:
                line_items_item = _NULL if _line_items_item_data is None else _line_items_item_data.to_dict()

                line_items.append(line_items_item)

        review_history: list[dict[str, Any]] | Unset = UNSET
        if self.review_history is None:
            review_history = _NULL
        elif not isinstance(self.review_history, Unset):
            review_history = []
            for _review_history_item_data in self.review_history:
                review_history_item = (
                    _NULL if _review_history_item_data is None else _review_history_item_data.to_dict()
                )

                review_history.append(review_history_item)

        notes = self.notes

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = _NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = _NULL if self.updated_at is None else self.updated_at.isoformat()

        else:
            updated_at = self.updated_at

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if id is not UNSET:
            _field_dict["id"] = id
        if draft_number is not UNSET:
            _field_dict["draftNumber"] = draft_number
        if reference is not UNSET:
            _field_dict["reference"] = reference
        if status is not UNSET:
            _field_dict["status"] = status
        if review_status is not UNSET:
            _field_dict["reviewStatus"] = review_status
        if client_id is not UNSET:
            _field_dict["clientId"] = client_id
        if client_name is not UNSET:
            _field_dict["clientName"] = client_name
        if client_email is not UNSET:
            _field_dict["clientEmail"] = client_email
        if project_id is not UNSET:
            _field_dict["projectId"] = project_id
        if project_name is not UNSET:
            _field_dict["projectName"] = project_name
        if prepared_date is not UNSET:
            _field_dict["preparedDate"] = prepared_date
        if proposed_issue_date is not UNSET:
            _field_dict["proposedIssueDate"] = proposed_issue_date
        if proposed_due_date is not UNSET:
            _field_dict["proposedDueDate"] = proposed_due_date
        if subtotal is not UNSET:
            _field_dict["subtotal"] = subtotal
        if tax_amount is not UNSET:
            _field_dict["taxAmount"] = tax_amount
        if total_amount is not UNSET:
            _field_dict["totalAmount"] = total_amount
        if currency is not UNSET:
            _field_dict["currency"] = currency
        if line_items is not UNSET:
            _field_dict["lineItems"] = line_items
        if review_history is not UNSET:
            _field_dict["reviewHistory"] = review_history
        if notes is not UNSET:
            _field_dict["notes"] = notes
        if created_at is not UNSET:
            _field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            _field_dict["updatedAt"] = updated_at

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if _cls is _Self and len(_src_dict) >= 22:
            try:
                _instance = _cls.__new__(_cls)
                _instance.id = _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                _instance.draft_number = (
                    _v
                    if type(_v := _src_dict["draftNumber"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "draftNumber")
                )
                _instance.reference = (
                    _v
                    if type(_v := _src_dict["reference"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "reference")
                )
                __status = _src_dict["status"]
                status: DraftInvoiceStatus | None | Unset
                if isinstance(__status, str):
                    try:
                        status = (
                            DraftInvoiceStatus.__members_by_value__[__status]
                            if __status in DraftInvoiceStatus.__members_by_value__
                            else _unknown_member(DraftInvoiceStatus, __status)
                        )
                    except (TypeError, ValueError, AttributeError, KeyError):
                        status = cast(DraftInvoiceStatus | None | Unset, __status)
                else:
                    status = (
                        __status if type(__status) not in _CONTAINERS else _wrong_shape(__name__, "status", __status)
                    )
                _instance.status = status
                __review_status = _src_dict["reviewStatus"]
                review_status: DraftInvoiceReviewStatus | None | Unset
                if isinstance(__review_status, str):
                    try:
                        review_status = (
                            DraftInvoiceReviewStatus.__members_by_value__[__review_status]
                            if __review_status in DraftInvoiceReviewStatus.__members_by_value__
                            else _unknown_member(DraftInvoiceReviewStatus, __review_status)
                        )
                    except (TypeError, ValueError, AttributeError, KeyError):
                        review_status = cast(DraftInvoiceReviewStatus | None | Unset, __review_status)
                else:
                    review_status = (
                        __review_status
                        if type(__review_status) not in _CONTAINERS
                        else _wrong_shape(__name__, "reviewStatus", __review_status)
                    )
                _instance.review_status = review_status
                _instance.client_id = (
                    _v if type(_v := _src_dict["clientId"]) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
                )
                _instance.client_name = (
                    _v
                    if type(_v := _src_dict["clientName"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "clientName")
                )
                _instance.client_email = (
                    _v
                    if type(_v := _src_dict["clientEmail"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "clientEmail")
                )
                _instance.project_id = (
                    _v
                    if type(_v := _src_dict["projectId"]) is int or _v is _NULL
                    else _scalar(_v, __name__, "projectId")
                )
                _instance.project_name = (
                    _v
                    if type(_v := _src_dict["projectName"]) is str or _v is _NULL
                    else _scalar(_v, __name__, "projectName")
                )
                __prepared_date = _src_dict["preparedDate"]
                prepared_date: datetime.datetime | None | Unset
                if isinstance(__prepared_date, str):
                    try:
                        prepared_date = _parse_datetime(__prepared_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        prepared_date = cast(datetime.datetime | None | Unset, __prepared_date)
                else:
                    prepared_date = (
                        __prepared_date
                        if type(__prepared_date) not in _CONTAINERS
                        else _wrong_shape(__name__, "preparedDate", __prepared_date)
                    )
                _instance.prepared_date = prepared_date
                __proposed_issue_date = _src_dict["proposedIssueDate"]
                proposed_issue_date: datetime.datetime | None | Unset
                if isinstance(__proposed_issue_date, str):
                    try:
                        proposed_issue_date = _parse_datetime(__proposed_issue_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        proposed_issue_date = cast(datetime.datetime | None | Unset, __proposed_issue_date)
                else:
                    proposed_issue_date = (
                        __proposed_issue_date
                        if type(__proposed_issue_date) not in _CONTAINERS
                        else _wrong_shape(__name__, "proposedIssueDate", __proposed_issue_date)
                    )
                _instance.proposed_issue_date = proposed_issue_date
                __proposed_due_date = _src_dict["proposedDueDate"]
                proposed_due_date: datetime.datetime | None | Unset
                if isinstance(__proposed_due_date, str):
                    try:
                        proposed_due_date = _parse_datetime(__proposed_due_date)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        proposed_due_date = cast(datetime.datetime | None | Unset, __proposed_due_date)
                else:
                    proposed_due_date = (
                        __proposed_due_date
                        if type(__proposed_due_date) not in _CONTAINERS
                        else _wrong_shape(__name__, "proposedDueDate", __proposed_due_date)
                    )
                _instance.proposed_due_date = proposed_due_date
                _instance.subtotal = (
                    _v
                    if type(_v := _src_dict["subtotal"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "subtotal")
                )
                _instance.tax_amount = (
                    _v
                    if type(_v := _src_dict["taxAmount"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "taxAmount")
                )
                _instance.total_amount = (
                    _v
                    if type(_v := _src_dict["totalAmount"]) is float or _v is _NULL
                    else _scalar(_v, __name__, "totalAmount")
                )
                _instance.currency = (
                    _v if type(_v := _src_dict["currency"]) is str or _v is _NULL else _scalar(_v, __name__, "currency")
                )
                _instance.line_items = (
                    _null_value(__name__, "lineItems")
                    if (__line_items := _src_dict["lineItems"]) is None
                    else LineItem._list_from_dicts(
                        __line_items
                        if type(__line_items) is list
                        else _checked_items(__line_items, __name__, "lineItems")
                    )
                )
                _instance.review_history = (
                    _null_value(__name__, "reviewHistory")
                    if (__review_history := _src_dict["reviewHistory"]) is None
                    else DraftInvoiceReview._list_from_dicts(
                        __review_history
                        if type(__review_history) is list
                        else _checked_items(__review_history, __name__, "reviewHistory")
                    )
                )
                _instance.notes = (
                    _v if type(_v := _src_dict["notes"]) is str or _v is _NULL else _scalar(_v, __name__, "notes")
                )
                __created_at = _src_dict["createdAt"]
                created_at: datetime.datetime | None | Unset
                if isinstance(__created_at, str):
                    try:
                        created_at = _parse_datetime(__created_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        created_at = cast(datetime.datetime | None | Unset, __created_at)
                else:
                    created_at = (
                        __created_at
                        if type(__created_at) not in _CONTAINERS
                        else _wrong_shape(__name__, "createdAt", __created_at)
                    )
                _instance.created_at = created_at
                __updated_at = _src_dict["updatedAt"]
                updated_at: datetime.datetime | None | Unset
                if isinstance(__updated_at, str):
                    try:
                        updated_at = _parse_datetime(__updated_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        updated_at = cast(datetime.datetime | None | Unset, __updated_at)
                else:
                    updated_at = (
                        __updated_at
                        if type(__updated_at) not in _CONTAINERS
                        else _wrong_shape(__name__, "updatedAt", __updated_at)
                    )
                _instance.updated_at = updated_at
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(_src_dict) > 22:
                    _known = _cls._known_keys
                    _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
                return _instance

        _get = _src_dict.get
        id = _v if type(_v := _get("id", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "id")
        draft_number = (
            _v if type(_v := _get("draftNumber", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "draftNumber")
        )
        reference = (
            _v if type(_v := _get("reference", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "reference")
        )
        __status = _get("status", UNSET)
        if isinstance(__status, str):
            try:
                status = (
                    DraftInvoiceStatus.__members_by_value__[__status]
                    if __status in DraftInvoiceStatus.__members_by_value__
                    else _unknown_member(DraftInvoiceStatus, __status)
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                status = cast(DraftInvoiceStatus | None | Unset, __status)
        else:
            status = __status if type(__status) not in _CONTAINERS else _wrong_shape(__name__, "status", __status)

        __review_status = _get("reviewStatus", UNSET)
        if isinstance(__review_status, str):
            try:
                review_status = (
                    DraftInvoiceReviewStatus.__members_by_value__[__review_status]
                    if __review_status in DraftInvoiceReviewStatus.__members_by_value__
                    else _unknown_member(DraftInvoiceReviewStatus, __review_status)
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                review_status = cast(DraftInvoiceReviewStatus | None | Unset, __review_status)
        else:
            review_status = (
                __review_status
                if type(__review_status) not in _CONTAINERS
                else _wrong_shape(__name__, "reviewStatus", __review_status)
            )

        client_id = (
            _v if type(_v := _get("clientId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "clientId")
        )
        client_name = (
            _v if type(_v := _get("clientName", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "clientName")
        )
        client_email = (
            _v if type(_v := _get("clientEmail", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "clientEmail")
        )
        project_id = (
            _v if type(_v := _get("projectId", UNSET)) is int or _v is _NULL else _scalar(_v, __name__, "projectId")
        )
        project_name = (
            _v if type(_v := _get("projectName", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "projectName")
        )
        __prepared_date = _get("preparedDate", UNSET)
        if isinstance(__prepared_date, str):
            try:
                prepared_date = _parse_datetime(__prepared_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                prepared_date = cast(datetime.datetime | None | Unset, __prepared_date)
        else:
            prepared_date = (
                __prepared_date
                if type(__prepared_date) not in _CONTAINERS
                else _wrong_shape(__name__, "preparedDate", __prepared_date)
            )

        __proposed_issue_date = _get("proposedIssueDate", UNSET)
        if isinstance(__proposed_issue_date, str):
            try:
                proposed_issue_date = _parse_datetime(__proposed_issue_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                proposed_issue_date = cast(datetime.datetime | None | Unset, __proposed_issue_date)
        else:
            proposed_issue_date = (
                __proposed_issue_date
                if type(__proposed_issue_date) not in _CONTAINERS
                else _wrong_shape(__name__, "proposedIssueDate", __proposed_issue_date)
            )

        __proposed_due_date = _get("proposedDueDate", UNSET)
        if isinstance(__proposed_due_date, str):
            try:
                proposed_due_date = _parse_datetime(__proposed_due_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                proposed_due_date = cast(datetime.datetime | None | Unset, __proposed_due_date)
        else:
            proposed_due_date = (
                __proposed_due_date
                if type(__proposed_due_date) not in _CONTAINERS
                else _wrong_shape(__name__, "proposedDueDate", __proposed_due_date)
            )

        subtotal = (
            _v if type(_v := _get("subtotal", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "subtotal")
        )
        tax_amount = (
            _v if type(_v := _get("taxAmount", UNSET)) is float or _v is _NULL else _scalar(_v, __name__, "taxAmount")
        )
        total_amount = (
            _v
            if type(_v := _get("totalAmount", UNSET)) is float or _v is _NULL
            else _scalar(_v, __name__, "totalAmount")
        )
        currency = (
            _v if type(_v := _get("currency", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "currency")
        )
        __line_items = _get("lineItems", UNSET)
        line_items: list[LineItem] | Unset = (
            UNSET
            if __line_items is UNSET
            else _null_value(__name__, "lineItems")
            if __line_items is None
            else LineItem._list_from_dicts(
                __line_items if type(__line_items) is list else _checked_items(__line_items, __name__, "lineItems")
            )
        )

        __review_history = _get("reviewHistory", UNSET)
        review_history: list[DraftInvoiceReview] | Unset = (
            UNSET
            if __review_history is UNSET
            else _null_value(__name__, "reviewHistory")
            if __review_history is None
            else DraftInvoiceReview._list_from_dicts(
                __review_history
                if type(__review_history) is list
                else _checked_items(__review_history, __name__, "reviewHistory")
            )
        )

        notes = _v if type(_v := _get("notes", UNSET)) is str or _v is _NULL else _scalar(_v, __name__, "notes")
        __created_at = _get("createdAt", UNSET)
        if isinstance(__created_at, str):
            try:
                created_at = _parse_datetime(__created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, __created_at)
        else:
            created_at = (
                __created_at
                if type(__created_at) not in _CONTAINERS
                else _wrong_shape(__name__, "createdAt", __created_at)
            )

        __updated_at = _get("updatedAt", UNSET)
        if isinstance(__updated_at, str):
            try:
                updated_at = _parse_datetime(__updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, __updated_at)
        else:
            updated_at = (
                __updated_at
                if type(__updated_at) not in _CONTAINERS
                else _wrong_shape(__name__, "updatedAt", __updated_at)
            )

        _instance = _cls(
            id,
            draft_number,
            reference,
            status,
            review_status,
            client_id,
            client_name,
            client_email,
            project_id,
            project_name,
            prepared_date,
            proposed_issue_date,
            proposed_due_date,
            subtotal,
            tax_amount,
            total_amount,
            currency,
            line_items,
            review_history,
            notes,
            created_at,
            updated_at,
        )

        _known = _cls._known_keys
        if not _known.issuperset(_src_dict):  # otherwise the empty dict the constructor made stays
            _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
        return _instance

    @classmethod
    def _list_from_dicts(_cls: type[_T], _items: _Iterable[_Mapping[str, Any]]) -> list[_T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if _cls is not _Self:
            return [_cls.from_dict(_item) for _item in _items]
        _decoded: list[_T] = []
        _append, _new = _decoded.append, _cls.__new__
        for _src_dict in _items:
            if len(_src_dict) >= 22:
                try:
                    _instance = _new(_cls)
                    _instance.id = (
                        _v if type(_v := _src_dict["id"]) is int or _v is _NULL else _scalar(_v, __name__, "id")
                    )
                    _instance.draft_number = (
                        _v
                        if type(_v := _src_dict["draftNumber"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "draftNumber")
                    )
                    _instance.reference = (
                        _v
                        if type(_v := _src_dict["reference"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "reference")
                    )
                    __status = _src_dict["status"]
                    status: DraftInvoiceStatus | None | Unset
                    if isinstance(__status, str):
                        try:
                            status = (
                                DraftInvoiceStatus.__members_by_value__[__status]
                                if __status in DraftInvoiceStatus.__members_by_value__
                                else _unknown_member(DraftInvoiceStatus, __status)
                            )
                        except (TypeError, ValueError, AttributeError, KeyError):
                            status = cast(DraftInvoiceStatus | None | Unset, __status)
                    else:
                        status = (
                            __status
                            if type(__status) not in _CONTAINERS
                            else _wrong_shape(__name__, "status", __status)
                        )
                    _instance.status = status
                    __review_status = _src_dict["reviewStatus"]
                    review_status: DraftInvoiceReviewStatus | None | Unset
                    if isinstance(__review_status, str):
                        try:
                            review_status = (
                                DraftInvoiceReviewStatus.__members_by_value__[__review_status]
                                if __review_status in DraftInvoiceReviewStatus.__members_by_value__
                                else _unknown_member(DraftInvoiceReviewStatus, __review_status)
                            )
                        except (TypeError, ValueError, AttributeError, KeyError):
                            review_status = cast(DraftInvoiceReviewStatus | None | Unset, __review_status)
                    else:
                        review_status = (
                            __review_status
                            if type(__review_status) not in _CONTAINERS
                            else _wrong_shape(__name__, "reviewStatus", __review_status)
                        )
                    _instance.review_status = review_status
                    _instance.client_id = (
                        _v
                        if type(_v := _src_dict["clientId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "clientId")
                    )
                    _instance.client_name = (
                        _v
                        if type(_v := _src_dict["clientName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "clientName")
                    )
                    _instance.client_email = (
                        _v
                        if type(_v := _src_dict["clientEmail"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "clientEmail")
                    )
                    _instance.project_id = (
                        _v
                        if type(_v := _src_dict["projectId"]) is int or _v is _NULL
                        else _scalar(_v, __name__, "projectId")
                    )
                    _instance.project_name = (
                        _v
                        if type(_v := _src_dict["projectName"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "projectName")
                    )
                    __prepared_date = _src_dict["preparedDate"]
                    prepared_date: datetime.datetime | None | Unset
                    if isinstance(__prepared_date, str):
                        try:
                            prepared_date = _parse_datetime(__prepared_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            prepared_date = cast(datetime.datetime | None | Unset, __prepared_date)
                    else:
                        prepared_date = (
                            __prepared_date
                            if type(__prepared_date) not in _CONTAINERS
                            else _wrong_shape(__name__, "preparedDate", __prepared_date)
                        )
                    _instance.prepared_date = prepared_date
                    __proposed_issue_date = _src_dict["proposedIssueDate"]
                    proposed_issue_date: datetime.datetime | None | Unset
                    if isinstance(__proposed_issue_date, str):
                        try:
                            proposed_issue_date = _parse_datetime(__proposed_issue_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            proposed_issue_date = cast(datetime.datetime | None | Unset, __proposed_issue_date)
                    else:
                        proposed_issue_date = (
                            __proposed_issue_date
                            if type(__proposed_issue_date) not in _CONTAINERS
                            else _wrong_shape(__name__, "proposedIssueDate", __proposed_issue_date)
                        )
                    _instance.proposed_issue_date = proposed_issue_date
                    __proposed_due_date = _src_dict["proposedDueDate"]
                    proposed_due_date: datetime.datetime | None | Unset
                    if isinstance(__proposed_due_date, str):
                        try:
                            proposed_due_date = _parse_datetime(__proposed_due_date)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            proposed_due_date = cast(datetime.datetime | None | Unset, __proposed_due_date)
                    else:
                        proposed_due_date = (
                            __proposed_due_date
                            if type(__proposed_due_date) not in _CONTAINERS
                            else _wrong_shape(__name__, "proposedDueDate", __proposed_due_date)
                        )
                    _instance.proposed_due_date = proposed_due_date
                    _instance.subtotal = (
                        _v
                        if type(_v := _src_dict["subtotal"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "subtotal")
                    )
                    _instance.tax_amount = (
                        _v
                        if type(_v := _src_dict["taxAmount"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "taxAmount")
                    )
                    _instance.total_amount = (
                        _v
                        if type(_v := _src_dict["totalAmount"]) is float or _v is _NULL
                        else _scalar(_v, __name__, "totalAmount")
                    )
                    _instance.currency = (
                        _v
                        if type(_v := _src_dict["currency"]) is str or _v is _NULL
                        else _scalar(_v, __name__, "currency")
                    )
                    _instance.line_items = (
                        _null_value(__name__, "lineItems")
                        if (__line_items := _src_dict["lineItems"]) is None
                        else LineItem._list_from_dicts(
                            __line_items
                            if type(__line_items) is list
                            else _checked_items(__line_items, __name__, "lineItems")
                        )
                    )
                    _instance.review_history = (
                        _null_value(__name__, "reviewHistory")
                        if (__review_history := _src_dict["reviewHistory"]) is None
                        else DraftInvoiceReview._list_from_dicts(
                            __review_history
                            if type(__review_history) is list
                            else _checked_items(__review_history, __name__, "reviewHistory")
                        )
                    )
                    _instance.notes = (
                        _v if type(_v := _src_dict["notes"]) is str or _v is _NULL else _scalar(_v, __name__, "notes")
                    )
                    __created_at = _src_dict["createdAt"]
                    created_at: datetime.datetime | None | Unset
                    if isinstance(__created_at, str):
                        try:
                            created_at = _parse_datetime(__created_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            created_at = cast(datetime.datetime | None | Unset, __created_at)
                    else:
                        created_at = (
                            __created_at
                            if type(__created_at) not in _CONTAINERS
                            else _wrong_shape(__name__, "createdAt", __created_at)
                        )
                    _instance.created_at = created_at
                    __updated_at = _src_dict["updatedAt"]
                    updated_at: datetime.datetime | None | Unset
                    if isinstance(__updated_at, str):
                        try:
                            updated_at = _parse_datetime(__updated_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            updated_at = cast(datetime.datetime | None | Unset, __updated_at)
                    else:
                        updated_at = (
                            __updated_at
                            if type(__updated_at) not in _CONTAINERS
                            else _wrong_shape(__name__, "updatedAt", __updated_at)
                        )
                    _instance.updated_at = updated_at
                except (KeyError, TypeError):
                    _instance = _cls.from_dict(_src_dict)
                else:
                    if len(_src_dict) > 22:
                        _known = _cls._known_keys
                        _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
            else:
                _instance = _cls.from_dict(_src_dict)
            _append(_instance)
        return _decoded

    @classmethod
    def _from_wire(_cls: type[_T], _src_wire: Any) -> _T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(_src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return _cls.from_dict(_src_wire)
        _extra = _src_wire.aiwyn_extra_
        _instance = _cls.__new__(_cls)
        _instance.id = _src_wire.id
        _instance.draft_number = _src_wire.draft_number
        _instance.reference = _src_wire.reference
        __status = _src_wire.status
        status: DraftInvoiceStatus | None | Unset
        if isinstance(__status, str):
            try:
                status = (
                    DraftInvoiceStatus.__members_by_value__[__status]
                    if __status in DraftInvoiceStatus.__members_by_value__
                    else _unknown_member(DraftInvoiceStatus, __status)
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                status = cast(DraftInvoiceStatus | None | Unset, __status)
        else:
            status = __status if type(__status) not in _CONTAINERS else _wrong_shape(__name__, "status", __status)

        _instance.status = status
        __review_status = _src_wire.review_status
        review_status: DraftInvoiceReviewStatus | None | Unset
        if isinstance(__review_status, str):
            try:
                review_status = (
                    DraftInvoiceReviewStatus.__members_by_value__[__review_status]
                    if __review_status in DraftInvoiceReviewStatus.__members_by_value__
                    else _unknown_member(DraftInvoiceReviewStatus, __review_status)
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                review_status = cast(DraftInvoiceReviewStatus | None | Unset, __review_status)
        else:
            review_status = (
                __review_status
                if type(__review_status) not in _CONTAINERS
                else _wrong_shape(__name__, "reviewStatus", __review_status)
            )

        _instance.review_status = review_status
        _instance.client_id = _src_wire.client_id
        _instance.client_name = _src_wire.client_name
        _instance.client_email = _src_wire.client_email
        _instance.project_id = _src_wire.project_id
        _instance.project_name = _src_wire.project_name
        __prepared_date = _src_wire.prepared_date
        prepared_date: datetime.datetime | None | Unset
        if isinstance(__prepared_date, str):
            try:
                prepared_date = _parse_datetime(__prepared_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                prepared_date = cast(datetime.datetime | None | Unset, __prepared_date)
        else:
            prepared_date = (
                __prepared_date
                if type(__prepared_date) not in _CONTAINERS
                else _wrong_shape(__name__, "preparedDate", __prepared_date)
            )

        _instance.prepared_date = prepared_date
        __proposed_issue_date = _src_wire.proposed_issue_date
        proposed_issue_date: datetime.datetime | None | Unset
        if isinstance(__proposed_issue_date, str):
            try:
                proposed_issue_date = _parse_datetime(__proposed_issue_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                proposed_issue_date = cast(datetime.datetime | None | Unset, __proposed_issue_date)
        else:
            proposed_issue_date = (
                __proposed_issue_date
                if type(__proposed_issue_date) not in _CONTAINERS
                else _wrong_shape(__name__, "proposedIssueDate", __proposed_issue_date)
            )

        _instance.proposed_issue_date = proposed_issue_date
        __proposed_due_date = _src_wire.proposed_due_date
        proposed_due_date: datetime.datetime | None | Unset
        if isinstance(__proposed_due_date, str):
            try:
                proposed_due_date = _parse_datetime(__proposed_due_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                proposed_due_date = cast(datetime.datetime | None | Unset, __proposed_due_date)
        else:
            proposed_due_date = (
                __proposed_due_date
                if type(__proposed_due_date) not in _CONTAINERS
                else _wrong_shape(__name__, "proposedDueDate", __proposed_due_date)
            )

        _instance.proposed_due_date = proposed_due_date
        _instance.subtotal = _src_wire.subtotal
        _instance.tax_amount = _src_wire.tax_amount
        _instance.total_amount = _src_wire.total_amount
        _instance.currency = _src_wire.currency
        __line_items = _src_wire.line_items
        line_items: list[LineItem] | Unset = (
            UNSET
            if __line_items is UNSET
            else _null_value(__name__, "lineItems")
            if __line_items is None
            else LineItem._list_from_wire(
                __line_items if type(__line_items) is list else _checked_items(__line_items, __name__, "lineItems")
            )
        )

        _instance.line_items = line_items
        __review_history = _src_wire.review_history
        review_history: list[DraftInvoiceReview] | Unset = (
            UNSET
            if __review_history is UNSET
            else _null_value(__name__, "reviewHistory")
            if __review_history is None
            else DraftInvoiceReview._list_from_wire(
                __review_history
                if type(__review_history) is list
                else _checked_items(__review_history, __name__, "reviewHistory")
            )
        )

        _instance.review_history = review_history
        _instance.notes = _src_wire.notes
        __created_at = _src_wire.created_at
        created_at: datetime.datetime | None | Unset
        if isinstance(__created_at, str):
            try:
                created_at = _parse_datetime(__created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, __created_at)
        else:
            created_at = (
                __created_at
                if type(__created_at) not in _CONTAINERS
                else _wrong_shape(__name__, "createdAt", __created_at)
            )

        _instance.created_at = created_at
        __updated_at = _src_wire.updated_at
        updated_at: datetime.datetime | None | Unset
        if isinstance(__updated_at, str):
            try:
                updated_at = _parse_datetime(__updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, __updated_at)
        else:
            updated_at = (
                __updated_at
                if type(__updated_at) not in _CONTAINERS
                else _wrong_shape(__name__, "updatedAt", __updated_at)
            )

        _instance.updated_at = updated_at
        if _extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            _found = _extra(_src_wire)
            if _found:
                _instance.additional_properties = _found
        return _instance

    @classmethod
    def _list_from_wire(_cls: type[_T], _items: list[Any]) -> list[_T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not _items or type(_items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return _cls._list_from_dicts(_items)
        _extra = _items[0].aiwyn_extra_  # one Struct type for every item
        _decoded: list[_T] = []
        _append, _new = _decoded.append, _cls.__new__
        for _src_wire in _items:
            _instance = _new(_cls)
            _instance.id = _src_wire.id
            _instance.draft_number = _src_wire.draft_number
            _instance.reference = _src_wire.reference
            __status = _src_wire.status
            status: DraftInvoiceStatus | None | Unset
            if isinstance(__status, str):
                try:
                    status = (
                        DraftInvoiceStatus.__members_by_value__[__status]
                        if __status in DraftInvoiceStatus.__members_by_value__
                        else _unknown_member(DraftInvoiceStatus, __status)
                    )
                except (TypeError, ValueError, AttributeError, KeyError):
                    status = cast(DraftInvoiceStatus | None | Unset, __status)
            else:
                status = __status if type(__status) not in _CONTAINERS else _wrong_shape(__name__, "status", __status)

            _instance.status = status
            __review_status = _src_wire.review_status
            review_status: DraftInvoiceReviewStatus | None | Unset
            if isinstance(__review_status, str):
                try:
                    review_status = (
                        DraftInvoiceReviewStatus.__members_by_value__[__review_status]
                        if __review_status in DraftInvoiceReviewStatus.__members_by_value__
                        else _unknown_member(DraftInvoiceReviewStatus, __review_status)
                    )
                except (TypeError, ValueError, AttributeError, KeyError):
                    review_status = cast(DraftInvoiceReviewStatus | None | Unset, __review_status)
            else:
                review_status = (
                    __review_status
                    if type(__review_status) not in _CONTAINERS
                    else _wrong_shape(__name__, "reviewStatus", __review_status)
                )

            _instance.review_status = review_status
            _instance.client_id = _src_wire.client_id
            _instance.client_name = _src_wire.client_name
            _instance.client_email = _src_wire.client_email
            _instance.project_id = _src_wire.project_id
            _instance.project_name = _src_wire.project_name
            __prepared_date = _src_wire.prepared_date
            prepared_date: datetime.datetime | None | Unset
            if isinstance(__prepared_date, str):
                try:
                    prepared_date = _parse_datetime(__prepared_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    prepared_date = cast(datetime.datetime | None | Unset, __prepared_date)
            else:
                prepared_date = (
                    __prepared_date
                    if type(__prepared_date) not in _CONTAINERS
                    else _wrong_shape(__name__, "preparedDate", __prepared_date)
                )

            _instance.prepared_date = prepared_date
            __proposed_issue_date = _src_wire.proposed_issue_date
            proposed_issue_date: datetime.datetime | None | Unset
            if isinstance(__proposed_issue_date, str):
                try:
                    proposed_issue_date = _parse_datetime(__proposed_issue_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    proposed_issue_date = cast(datetime.datetime | None | Unset, __proposed_issue_date)
            else:
                proposed_issue_date = (
                    __proposed_issue_date
                    if type(__proposed_issue_date) not in _CONTAINERS
                    else _wrong_shape(__name__, "proposedIssueDate", __proposed_issue_date)
                )

            _instance.proposed_issue_date = proposed_issue_date
            __proposed_due_date = _src_wire.proposed_due_date
            proposed_due_date: datetime.datetime | None | Unset
            if isinstance(__proposed_due_date, str):
                try:
                    proposed_due_date = _parse_datetime(__proposed_due_date)
                except (TypeError, ValueError, AttributeError, KeyError):
                    proposed_due_date = cast(datetime.datetime | None | Unset, __proposed_due_date)
            else:
                proposed_due_date = (
                    __proposed_due_date
                    if type(__proposed_due_date) not in _CONTAINERS
                    else _wrong_shape(__name__, "proposedDueDate", __proposed_due_date)
                )

            _instance.proposed_due_date = proposed_due_date
            _instance.subtotal = _src_wire.subtotal
            _instance.tax_amount = _src_wire.tax_amount
            _instance.total_amount = _src_wire.total_amount
            _instance.currency = _src_wire.currency
            __line_items = _src_wire.line_items
            line_items: list[LineItem] | Unset = (
                UNSET
                if __line_items is UNSET
                else _null_value(__name__, "lineItems")
                if __line_items is None
                else LineItem._list_from_wire(
                    __line_items if type(__line_items) is list else _checked_items(__line_items, __name__, "lineItems")
                )
            )

            _instance.line_items = line_items
            __review_history = _src_wire.review_history
            review_history: list[DraftInvoiceReview] | Unset = (
                UNSET
                if __review_history is UNSET
                else _null_value(__name__, "reviewHistory")
                if __review_history is None
                else DraftInvoiceReview._list_from_wire(
                    __review_history
                    if type(__review_history) is list
                    else _checked_items(__review_history, __name__, "reviewHistory")
                )
            )

            _instance.review_history = review_history
            _instance.notes = _src_wire.notes
            __created_at = _src_wire.created_at
            created_at: datetime.datetime | None | Unset
            if isinstance(__created_at, str):
                try:
                    created_at = _parse_datetime(__created_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    created_at = cast(datetime.datetime | None | Unset, __created_at)
            else:
                created_at = (
                    __created_at
                    if type(__created_at) not in _CONTAINERS
                    else _wrong_shape(__name__, "createdAt", __created_at)
                )

            _instance.created_at = created_at
            __updated_at = _src_wire.updated_at
            updated_at: datetime.datetime | None | Unset
            if isinstance(__updated_at, str):
                try:
                    updated_at = _parse_datetime(__updated_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    updated_at = cast(datetime.datetime | None | Unset, __updated_at)
            else:
                updated_at = (
                    __updated_at
                    if type(__updated_at) not in _CONTAINERS
                    else _wrong_shape(__name__, "updatedAt", __updated_at)
                )

            _instance.updated_at = updated_at
            if (
                _extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                _found = _extra(_src_wire)
                if _found:
                    _instance.additional_properties = _found
            _append(_instance)
        return _decoded

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


_Self = DraftInvoice  # the class, for its methods: a property of the same name would be a local there


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not _TYPE_CHECKING:
    from ..models.draft_invoice_review import DraftInvoiceReview
    from ..models.line_item import LineItem
