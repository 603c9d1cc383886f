"""Records nested in a page's records are kept as they were decoded (msgspec's Structs, or on the
dict path the plain objects themselves) and made into models when first read
(aiwyn_client._deferred): whatever reads them sees what is made at once, a change stays, and
nothing that could fail is put off past the decode."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import aiwyn_client._json as aiwyn_json
import attrs
import pytest
from aiwyn_client import _wire
from aiwyn_client._containers import may_hold_containers
from aiwyn_client._deferred import DeferredSlot, defers, plain, plain_records, raw_name
from aiwyn_client.models import EventSubscription, Invoice, InvoiceList, InvoicePayment, LineItem, RecordBatchEnvelope

from tests.support.fakes import decode_without_msgspec as dict_path

needs_msgspec = pytest.mark.skipif(aiwyn_json.decoder is None, reason="msgspec is not installed")
needs_cpython = pytest.mark.skipif(may_hold_containers is None, reason="the dict path leaves records only on CPython")

LINES = [{"id": 1, "description": "Audit", "amount": 10.5}, {"id": 2, "description": "Tax", "amount": 3.0}]
INVOICE = {"id": 7, "invoiceNumber": "INV-7", "lineItems": LINES, "payments": []}
PAGE = json.dumps({"invoices": [INVOICE, {**INVOICE, "id": 8, "lineItems": None}]}).encode()


@pytest.fixture(autouse=True)
def fresh_learning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_wire, "_state", _wire.Learnt())


def _invoices() -> list[Invoice]:
    page = InvoiceList.from_json(PAGE)
    assert page.invoices is not None
    return page.invoices


def _held(record: Any, attr: str) -> Any:
    """What the slot holds, past the descriptor."""
    return getattr(type(record), raw_name(type(record), attr)).__get__(record)


@needs_msgspec
def test_nested_records_are_kept_as_decoded_until_first_read_then_held() -> None:
    first, second = _invoices()
    assert type(_held(first, "line_items")) is tuple  # msgspec's Structs, nothing made yet
    assert _held(first, "payments") == [] and _held(second, "line_items") is None  # nothing to put off
    lines = first.line_items
    assert lines == [LineItem(id=1, description="Audit", amount=10.5), LineItem(id=2, description="Tax", amount=3.0)]
    assert _held(first, "line_items") is lines and first.line_items is lines  # made once, then held
    assert [first, second] == dict_path(InvoiceList, PAGE).invoices


@needs_msgspec
def test_a_change_to_the_made_list_stays_and_assigning_before_reading_replaces_it() -> None:
    first, second = _invoices()
    assert first.line_items is not None
    first.line_items.append(LineItem(id=3))
    assert [line.id for line in first.line_items] == [1, 2, 3]
    assert first.to_dict()["lineItems"][-1] == {"id": 3}
    fresh = _invoices()[0]
    fresh.line_items = []
    assert fresh.line_items == [] and second.line_items is None


@needs_msgspec
@pytest.mark.parametrize(
    "read",
    [
        lambda r: r.to_dict(),
        lambda r: r.to_dict(names="python", dates="native"),
        lambda r: attrs.asdict(r),
        lambda r: repr(r),
        lambda r: pickle.loads(pickle.dumps(r)).line_items,
        lambda r: copy.copy(r).line_items,
        lambda r: copy.deepcopy(r).line_items,
        lambda r: attrs.evolve(r, id=9).line_items,
        lambda r: r == dict_path(InvoiceList, PAGE).invoices[0],  # type: ignore[index]
    ],
    ids=["to_dict", "to_dict_python", "attrs_asdict", "repr", "pickle", "copy", "deepcopy", "evolve", "eq"],
)
def test_every_way_of_reading_a_record_sees_its_nested_records(read: Any) -> None:
    kept = _invoices()[0]
    made = dict_path(InvoiceList, PAGE).invoices[0]  # type: ignore[index]
    assert read(kept) == read(made)


@needs_msgspec
def test_the_document_s_own_records_and_theirs_are_made_at_once() -> None:
    """What a decode returns is models all the way down to its records' own fields: a page's
    records, and the nested records of a document that is one record."""
    page = InvoiceList.from_json(PAGE)
    assert type(_held(page, "invoices")) is list
    one = Invoice.from_json(json.dumps(INVOICE).encode())
    assert type(_held(one, "line_items")) is list and type(one.line_items[0]) is LineItem  # type: ignore[index]


@needs_msgspec
def test_nested_records_whose_copy_could_fail_are_made_while_decoding() -> None:
    """A record whose copy leaves a value to a converter that may raise (here, custom records'
    free-form ``attributes``) is copied while decoding, so its error is the decode's, not a read's."""
    document = {
        "data": {
            "summary": {"total": 1, "created": 1},
            "records": [{"status": "created", "type": "matter", "id": "m-1"}],
        }
    }
    envelope = RecordBatchEnvelope.from_json(json.dumps(document).encode())
    assert envelope.data is not None
    assert type(_held(envelope.data, "records")) is list
    assert type(_held(envelope.data, "summary")).__name__.endswith("Wire")  # a summary cannot fail: put off
    assert envelope == dict_path(RecordBatchEnvelope, json.dumps(document).encode())


def test_every_field_holding_records_has_the_descriptor_and_subclasses_inherit_it() -> None:
    assert isinstance(Invoice.__dict__["line_items"], DeferredSlot)
    assert "id" in Invoice.__dict__ and not isinstance(Invoice.__dict__["id"], DeferredSlot)

    @attrs.define
    class Mine(Invoice):
        pass

    mine = Mine(id=1, line_items=[LineItem(id=1)])
    assert "line_items" not in Mine.__dict__ and mine.line_items == [LineItem(id=1)]
    assert mine.to_dict()["lineItems"] == [{"id": 1}]


def test_a_subclass_declaring_a_field_holding_records_again_shares_the_slot_and_its_descriptor() -> None:
    """attrs gives a field declared again the base's slot, through the class attribute, which is
    the descriptor: what the decoders store is what a read finds."""

    @attrs.define(repr=False)
    class Redeclared(Invoice):
        line_items: list[LineItem] | None = None

    assert isinstance(Redeclared.__dict__["line_items"], DeferredSlot)
    assert defers(Redeclared, "line_items") and raw_name(Redeclared, "line_items") != "line_items"
    one = Redeclared.from_dict(INVOICE)
    assert one.line_items == [
        LineItem(id=1, description="Audit", amount=10.5),
        LineItem(id=2, description="Tax", amount=3.0),
    ]


@needs_cpython
def test_on_the_dict_path_plain_nested_records_are_left_as_they_came_until_read() -> None:
    first, second = dict_path(InvoiceList, PAGE).invoices
    assert _held(first, "line_items") == tuple(LINES)  # the objects themselves, in a tuple
    assert _held(first, "payments") == [] and second.line_items is None
    lines = first.line_items
    assert lines == [LineItem(id=1, description="Audit", amount=10.5), LineItem(id=2, description="Tax", amount=3.0)]
    assert first.line_items is lines and first == Invoice.from_dict(INVOICE)  # a record alone: made at once
    assert type(_held(Invoice.from_dict(INVOICE), "line_items")) is list


@needs_cpython
@pytest.mark.parametrize(
    "line",
    [{"id": 1, "amount": {"value": 10.5}}, {"id": 1, "notes": ["a"]}, "Audit"],
    ids=["object-in-a-scalar", "array-in-a-scalar", "not-an-object"],
)
def test_on_the_dict_path_a_nested_record_that_might_not_decode_fails_the_decode(line: Any) -> None:
    """Only records holding no object or array are left (a scalar field's value can then only be
    kept or decoded); any other is made while decoding, and a wrong shape fails there."""
    page = json.dumps({"invoices": [{**INVOICE, "lineItems": [LINES[0], line]}]}).encode()
    with pytest.raises(TypeError):
        dict_path(InvoiceList, page)


def test_only_records_of_plain_fields_are_left_on_the_dict_path() -> None:
    """Scalars, dates and UUIDs decode without fail from anything but an object or an array; an
    enum (strict inside a union), a nested record or a list of them may not."""
    assert plain(LineItem) and plain(InvoicePayment)
    assert not plain(Invoice) and not plain(EventSubscription)


@needs_cpython
def test_a_list_is_left_when_each_record_holds_no_object_or_array_and_every_required_key() -> None:
    assert plain_records([{"id": 1, "name": "a"}, {"id": 2}], frozenset({"id"}))
    assert not plain_records([{"id": 1}, {"name": "b"}], frozenset({"id"}))  # a key left out
    assert not plain_records([{"id": 1, "tags": []}], frozenset())
    assert not plain_records([{"id": 1}, 2], frozenset())
    assert not plain_records([], frozenset())  # an empty list is made at once: [] either way
