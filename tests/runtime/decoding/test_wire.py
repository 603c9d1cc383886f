"""Model responses through msgspec Structs (aiwyn_client._wire): the same results as the dict
path, undeclared keys learnt once, and every other document left to the usual path."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import aiwyn_client._json as aiwyn_json
import attrs
import pytest
from aiwyn_client import Aiwyn, _wire
from aiwyn_client.models import Client, ClientList, Invoice, InvoiceList, LineItem, Record

from tests.support.fakes import CLIENT_RECORD
from tests.support.fakes import decode_without_msgspec as dict_path

pytestmark = pytest.mark.skipif(aiwyn_json.decoder is None, reason="msgspec is not installed")

CLIENT = CLIENT_RECORD


def body(document: Any) -> bytes:
    return json.dumps(document).encode()


@pytest.fixture(autouse=True)
def fresh_learning(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with nothing learnt."""
    monkeypatch.setattr(_wire, "_state", _wire.Learnt())


def test_an_exact_page_decodes_through_the_structs_as_through_dicts() -> None:
    data = body({"clients": [CLIENT, {**CLIENT, "id": 8}], "total": {"aggregate": {"count": 2}}})
    page = _wire.decode(ClientList, data)
    assert page is not None and page == dict_path(ClientList, data)
    assert page.clients[0].created_at.year == 2024  # type: ignore[index, union-attr]


def test_undeclared_keys_are_learnt_once_and_kept() -> None:
    data = body({"clients": [{**CLIENT, "region": "EMEA"}, {**CLIENT, "tags": ["a"]}]})
    page = _wire.decode(ClientList, data)
    assert page is not None and page == dict_path(ClientList, data)
    assert page.clients[0].additional_properties == {"region": "EMEA"}  # type: ignore[index]
    assert page.clients[1]["tags"] == ["a"]  # type: ignore[index]
    assert _wire._state.keys[Client] == ("region", "tags")
    generation = _wire._state.generation
    assert _wire.decode(ClientList, data) == page
    assert _wire._state.generation == generation  # nothing more to learn: no retry


def test_a_key_undeclared_deep_in_a_record_is_learnt_by_its_own_model() -> None:
    line = {"id": 1, "description": "Audit", "amount": 10.5, "glCode": "4000"}
    data = body({"invoices": [{"id": 1, "lineItems": [line]}]})
    page = _wire.decode(InvoiceList, data)
    assert page is not None and page == dict_path(InvoiceList, data)
    assert _wire._state.keys == {LineItem: ("glCode",)}
    assert page.invoices[0].line_items[0]["glCode"] == "4000"  # type: ignore[index]


def test_a_model_meeting_too_many_undeclared_keys_goes_back_to_dicts() -> None:
    records = [{**CLIENT, f"field{i}": i} for i in range(_wire.MAX_LEARNT + 5)]
    data = body({"clients": records})
    assert ClientList.from_json(data) == dict_path(ClientList, data)
    for _ in range(10):  # each call learns a few keys, until the model has seen too many
        ClientList.from_json(data)
    assert Client in _wire._state.saturated
    page = _wire.decode(ClientList, data)
    assert page is not None and page == dict_path(ClientList, data)  # the records came as dicts


@pytest.mark.parametrize(
    "data",
    [b"<html>", b"null", b"[1, 2]", b'{"clients": {"not": "a list"}}', b'{"clients": [{"id": "x"}], "total": 3}'],
)
def test_documents_the_structs_do_not_take_decode_the_usual_way(data: bytes) -> None:
    try:
        expected: Any = dict_path(ClientList, data)
    except Exception as exc:  # noqa: BLE001 - refused alike
        with pytest.raises(type(exc)):
            ClientList.from_json(data)
        return
    assert ClientList.from_json(data) == expected


def test_a_missing_required_field_decodes_as_on_the_dict_path() -> None:
    """msgspec refuses the record (its Struct requires the key): the dict path decodes it, the
    field None and noted absent."""
    required = [field.key for field in Record._plan.fields if field.required]
    assert required
    data = body({})
    assert _wire.decode(Record, data) is None
    assert Record.from_json(data) == dict_path(Record, data)
    assert Record.from_json(data).type_ is None


def test_nulls_decode_as_on_the_dict_path() -> None:
    nulls = {key: None for key in CLIENT}
    data = body({"clients": [nulls], "total": None})
    page = _wire.decode(ClientList, data)
    assert page is not None and page == dict_path(ClientList, data)
    invoice = body({"id": 1, "lineItems": None, "payments": [], "issueDate": "not a date", "status": None})
    assert Invoice.from_json(invoice) == dict_path(Invoice, invoice)


def test_without_msgspec_the_structs_are_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aiwyn_json, "decoder", None)
    assert _wire.decode(ClientList, body({"clients": [CLIENT]})) is None


def test_additional_properties_is_made_on_first_use() -> None:
    client = Client.from_dict(CLIENT)
    with pytest.raises(AttributeError):
        object.__getattribute__(client, "additional_properties")
    assert client.additional_properties == {}
    client["x"] = 1
    assert client.to_dict()["x"] == 1
    assert Client.from_dict(CLIENT) == Client.from_dict(CLIENT)
    assert attrs.asdict(Client(id=1))["additional_properties"] == {}
    with pytest.raises(AttributeError):
        client.nonexistent  # type: ignore[attr-defined]  # noqa: B018 - other names fail as usual


def test_importing_the_package_imports_no_endpoint_or_model() -> None:
    code = (
        "import sys, aiwyn_client\n"
        "loaded = [m for m in sys.modules if m.startswith(('aiwyn_client.models.', 'aiwyn_client.api.'))]\n"
        "assert not loaded and 'aiwyn_client.resources.clients' not in sys.modules, loaded\n"
        "from aiwyn_client.models import Client\n"
        "assert 'aiwyn_client.models.invoice' not in sys.modules\n"
        "assert 'Invoice' in dir(sys.modules['aiwyn_client.models'])\n"
        "assert 'msgspec' not in sys.modules and 'aiwyn_client.where' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_resources_are_looked_up_on_first_use() -> None:
    from aiwyn_client.resources import SyncResources
    from aiwyn_client.resources.clients import ClientsResource

    assert Aiwyn.clients is vars(SyncResources)["clients"]
    with Aiwyn(token="t", base_url="https://api.example.test") as aiwyn:
        assert isinstance(aiwyn.clients, ClientsResource)
        assert aiwyn.clients is aiwyn.clients
        assert "clients" in dir(aiwyn)


def test_a_key_undeclared_in_a_nested_object_is_learnt_by_its_model() -> None:
    from aiwyn_client.models import Address, Contact, ContactList

    contact = {"id": 1, "firstName": "Ada", "address": {"street": "1 Main St", "plusCode": "8FVC9G8F+6X"}}
    data = body({"contacts": [contact, {"id": 2, "address": None}]})
    page = _wire.decode(ContactList, data)
    assert page is not None and page == dict_path(ContactList, data)
    assert _wire._state.keys == {Address: ("plusCode",)}
    assert isinstance(page.contacts[0], Contact)  # type: ignore[index]
    assert page.contacts[0].address["plusCode"] == "8FVC9G8F+6X"  # type: ignore[index, union-attr]


def test_the_usual_record_is_decoded_by_a_struct_that_requires_every_key_and_types_dates() -> None:
    data = body({"clients": [CLIENT], "total": {"aggregate": {"count": 1}}})
    page = _wire.decode(ClientList, data)
    assert page is not None and page == dict_path(ClientList, data)
    assert _wire._state.generation == 0  # nothing to learn: the first Struct took it
    assert page.clients[0].fields_set == dict_path(ClientList, data).clients[0].fields_set  # type: ignore[index]


def test_records_leaving_out_optional_keys_teach_their_model_to_allow_it() -> None:
    data = body({"clients": [CLIENT, {"id": 8, "name": "Fabrikam"}]})
    page = _wire.decode(ClientList, data)
    expected = dict_path(ClientList, data)
    assert page is not None and page == expected
    assert Client in _wire._state.partial
    assert [c.fields_set for c in page.clients] == [c.fields_set for c in expected.clients]  # type: ignore[union-attr]
    assert page.clients[1].fields_set == {"id", "name"}  # type: ignore[index]


@pytest.mark.parametrize(
    "stamp",
    [
        "2024-01-31T09:00",  # no seconds: Python reads it, msgspec does not
        "2024-01-31",  # a date where the description has a date-time
        "20240131T090000Z",  # ISO 8601's basic format
        "2024-01-31T09:00:00,5Z",  # a decimal comma
        "yesterday",  # no date at all: kept as it came
    ],
)
def test_a_date_form_msgspec_does_not_read_is_parsed_in_python_as_on_the_dict_path(stamp: str) -> None:
    data = body({"clients": [CLIENT, {**CLIENT, "createdAt": stamp}]})
    page = _wire.decode(ClientList, data)
    assert page is not None and page == dict_path(ClientList, data)
    assert (Client, "created_at") in _wire._state.textual
    assert page.clients[0].created_at == dict_path(ClientList, data).clients[0].created_at  # type: ignore[index]


def test_rfc_3339_forms_read_alike_on_both_paths() -> None:
    for stamp in (
        "2024-01-31T09:00:00Z",
        "2024-01-31t09:00:00z",
        "2024-01-31 09:00:00+05:30",
        "2024-01-31T09:00:00.25-00:00",
    ):
        data = body({"clients": [{**CLIENT, "createdAt": stamp}]})
        page = _wire.decode(ClientList, data)
        assert page is not None and page == dict_path(ClientList, data), stamp
        assert not _wire._state.textual


def test_a_fraction_finer_than_a_microsecond_is_rounded_on_the_msgspec_path_and_dropped_on_the_dict_path() -> None:
    """The one documented difference between the paths (the module docstring of aiwyn_client._wire)."""
    data = body({"clients": [{**CLIENT, "createdAt": "2024-01-31T09:00:00.1234567Z"}]})
    page = _wire.decode(ClientList, data)
    assert page is not None and page.clients[0].created_at.microsecond == 123457  # type: ignore[index, union-attr]
    assert dict_path(ClientList, data).clients[0].created_at.microsecond == 123456  # type: ignore[index, union-attr]


def test_an_enum_value_the_description_does_not_list_is_a_member_as_on_the_dict_path() -> None:
    from aiwyn_client.models import Payment, PaymentList, PaymentMethod

    data = body({"payments": [{"id": 1, "paymentMethod": "CHECK"}, {"id": 2, "paymentMethod": "FAX"}]})
    page = _wire.decode(PaymentList, data)
    assert page is not None and page == dict_path(PaymentList, data)
    assert page.payments[0].payment_method is PaymentMethod.CHECK  # type: ignore[index]
    assert page.payments[1].payment_method.value == "FAX"  # type: ignore[index, union-attr]
    assert not page.payments[1].payment_method.is_known  # type: ignore[index, union-attr]
    assert (Payment, "payment_method") in _wire._state.textual


def test_a_pages_instances_are_made_in_one_go_as_cls_new_makes_them() -> None:
    from aiwyn_client._instances import blanks

    make = blanks(Client)
    assert make is not None
    made = make(20)
    assert len(made) == 20 and all(type(each) is Client for each in made)
    assert len({id(each) for each in made}) == 20
    with pytest.raises(AttributeError):
        object.__getattribute__(made[0], "id")  # no __init__ ran: the copy fills every slot

    @attrs.define
    class Local:  # not findable by its module and name: made one by one by the copy
        x: int = 0

    assert blanks(Local) is None


def test_long_and_short_lists_of_records_decode_alike_on_both_paths() -> None:
    from aiwyn_client._instances import BATCH

    for count in (0, 1, BATCH - 1, BATCH, BATCH + 1):
        records = [{**CLIENT, "id": n} for n in range(count)]
        if count > 2:  # one record the fast path leaves to the general one, in the middle of the list
            records[count // 2] = {key: value for key, value in records[count // 2].items() if key != "name"}
        one_by_one = [Client.from_dict(record) for record in records]
        data = body({"clients": records, "total": None})
        page = _wire.decode(ClientList, data)
        assert page is not None and page.clients == one_by_one
        assert dict_path(ClientList, data).clients == one_by_one
