"""Query objects are sent as the description's ``style`` says: their keys at the top level
(``style: form``, exploded: OpenAPI's default, and what openapi-python-client does for every
object), or in brackets under the parameter's name where it says ``deepObject``
(``?filter[status]=paid``: Apideck's ``filter``, Lago's ``group``), nested objects' keys too."""

from __future__ import annotations

import pytest
from aiwyn_client import _query_objects
from aiwyn_client._spec import OperationInfo

LEDGER = OperationInfo(
    "listLedger", "GET", "/ledger", "ledger", "list", idempotent=True, envelope=False, batch_field=None,
    batch_max=None, deep_objects=("filter", "group"),
)  # fmt: skip


@pytest.fixture(autouse=True)
def ledger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_query_objects, "OPERATIONS", {"list_ledger": LEDGER})


def test_a_deep_object_is_sent_in_brackets_nested_keys_too() -> None:
    sent = _query_objects.query_object({"status": "paid", "amount": {"gte": 5}}, "filter", "list_ledger")
    assert sent == {"filter[status]": "paid", "filter[amount][gte]": 5}


def test_another_object_sends_its_keys_as_they_are() -> None:
    fields = {"currency": "GBP"}
    assert _query_objects.query_object(fields, "fields", "list_ledger") is fields
    assert _query_objects.query_object(fields, "filter", "an_operation_it_does_not_know") is fields


def test_a_form_body_sends_a_deep_object_field_in_brackets_and_its_lists_indexed() -> None:
    """Stripe's form bodies: ``encoding: {metadata: {style: deepObject}}``; httpx would send a
    nested object as its Python repr (``metadata={'order': '1'}``), which no server reads."""
    body = {"amount": 5, "filter": {"ids": ["a", "b"], "lines": [{"price": "p_1"}]}, "tags": ["x", "y"]}
    assert _query_objects.form_fields(body, "list_ledger") == {
        "amount": 5,
        "filter[ids][0]": "a",
        "filter[ids][1]": "b",
        "filter[lines][0][price]": "p_1",
        "tags": ["x", "y"],  # a list of scalars: its key repeated, as httpx sends it
    }


def test_a_form_body_sends_another_object_by_its_keys_and_a_list_of_objects_indexed() -> None:
    body = {"shipping": {"city": "Paris", "geo": {"lat": 1}}, "items": [{"price": "p_1", "quantity": 2}]}
    assert _query_objects.form_fields(body, "list_ledger") == {
        "city": "Paris",  # style: form, exploded: OpenAPI's default for a form body's object
        "geo[lat]": 1,
        "items[0][price]": "p_1",
        "items[0][quantity]": 2,
    }


def test_a_query_union_sends_an_object_as_one_and_a_plain_value_as_it_is() -> None:
    assert _query_objects.query_values({"gt": 5}, "filter", "list_ledger") == {"filter[gt]": 5}
    assert _query_objects.query_values(7, "filter", "list_ledger") == {"filter": 7}
