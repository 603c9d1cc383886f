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
