"""Real responses decode: nulls, enum values the description does not list, and no bare exceptions."""

from __future__ import annotations

import asyncio
import logging

import pytest
from aiwyn_client import ResponseValidationError, _decode
from aiwyn_client.models import DraftInvoice, DraftInvoiceHistory, DraftInvoiceStatus

from tests.support.fake_server import FakeAiwyn
from tests.support.stateful import async_client, sync_client

HISTORY = {
    "id": 1,
    "clientId": 7,
    "invoiceId": None,
    "jobId": 3,
    "client": None,
    "draftInvoice": {"approvedAt": None, "arTranId": None},
    "active": True,
    "createdAt": None,
    "activityType": "DRAFT_INVOICE_CREATED",
}


def test_nulls_decode_as_none_sync_and_async(fake: FakeAiwyn) -> None:
    fake.add("draft_invoice_histories", [HISTORY, {**HISTORY, "id": 2, "client": {"name": None, "active": None}}])
    with sync_client(fake) as aiwyn:
        got = list(aiwyn.draft_invoice_histories.iter_search(page_size=10))
    assert [h.id for h in got] == [1, 2]
    first = got[0]
    assert isinstance(first, DraftInvoiceHistory)
    assert first.client is None and first.created_at is None and first.invoice_id is None
    assert first.draft_invoice is not None and first.draft_invoice.approved_at is None  # type: ignore[union-attr]
    assert first.to_dict()["createdAt"] is None

    async def main() -> list[DraftInvoiceHistory]:
        async with async_client(fake) as aiwyn:
            return [h async for h in aiwyn.draft_invoice_histories.iter_search(page_size=1)]

    assert [h.id for h in asyncio.run(main())] == [1, 2]


def test_a_null_the_description_forbids_is_logged_once(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_decode, "_reported", set())  # once per process: forget earlier tests
    with caplog.at_level(logging.DEBUG, logger="aiwyn_client"):
        for _ in range(3):
            assert DraftInvoice.from_dict({"id": 3, "lineItems": None}).line_items is None
    assert caplog.text.count("'lineItems'") == 1


@pytest.mark.parametrize("length", [2, 40], ids=["short list", "long list, made in one go"])
def test_a_null_record_in_an_array_is_kept_as_none(length: int) -> None:
    """Xero answers ``Addresses: [null, {...}]``; refusing the null refused the whole answer."""
    items = [{"id": n, "description": f"line {n}"} for n in range(length)]
    items[1] = None  # type: ignore[call-overload]
    invoice = DraftInvoice.from_dict({"id": 3, "lineItems": items})
    assert invoice.line_items is not None
    assert [None if item is None else item.id for item in invoice.line_items] == [0, None, *range(2, length)]


def test_a_value_kept_once_is_still_refused_where_enums_are_strict() -> None:
    """A union tells its members apart by strict enums; the member made for an unlisted value was
    cached, and then taken in strict mode too (OpenAI's ``message`` item read as a ``call``)."""
    assert _decode.unknown_member(DraftInvoiceStatus, "SOME_NEW_STATUS").value == "SOME_NEW_STATUS"  # kept, cached
    with _decode.strict_enums(), pytest.raises(ValueError, match="SOME_NEW_STATUS"):
        _decode.unknown_member(DraftInvoiceStatus, "SOME_NEW_STATUS")


def test_an_enum_value_the_description_does_not_list_is_kept(fake: FakeAiwyn) -> None:
    fake.add("draft_invoice_histories", [{**HISTORY, "id": 5}])
    fake.on_request = None
    with sync_client(fake) as aiwyn:
        invoice = DraftInvoice.from_dict({"id": 9, "status": "ON_HOLD", "reviewStatus": "IN_REVIEW"})
        assert invoice.status == "ON_HOLD" and isinstance(invoice.status, DraftInvoiceStatus)
        assert invoice.status.name == "UNKNOWN" and invoice.to_dict()["status"] == "ON_HOLD"
        assert not invoice.status.is_known and DraftInvoiceStatus.DRAFT.is_known
        with pytest.raises(ValueError):
            DraftInvoiceStatus("ON_HOLD")  # what users build stays closed
        assert aiwyn.draft_invoice_histories.search(page_size=1).draft_invoices


@pytest.mark.parametrize("action", ["garbage", "deep"])
def test_a_body_that_does_not_decode_is_a_response_validation_error(fake: FakeAiwyn, action: str) -> None:
    fake.add("clients", [{"id": 1, "name": "A"}])
    fake.fault("/gql/v1/clients", action)
    with sync_client(fake) as aiwyn, pytest.raises(ResponseValidationError) as caught:
        aiwyn.clients.list()
    assert "getClients" in str(caught.value) and caught.value.status_code == 200


def test_a_wrong_shape_is_a_response_validation_error_not_a_type_error(fake: FakeAiwyn) -> None:
    fake.add("clients", ["not a record"])  # type: ignore[list-item]
    with sync_client(fake) as aiwyn, pytest.raises(ResponseValidationError, match="does not match"):
        aiwyn.clients.list()
