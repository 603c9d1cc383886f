"""Generated models: the fast decoding path gives what the field-by-field path gives."""

from __future__ import annotations

import datetime
from typing import Any

import attrs
from aiwyn_client.models import Client, ClientList
from aiwyn_client.types import UNSET

COMPLETE: dict[str, Any] = {
    "id": 7,
    "pmsRef": "100007",
    "clientRef": "C-0000007",
    "name": "Client 7 Holdings LLC",
    "clientKey": "000000000007 f",
    "active": True,
    "partnerStaffId": 41,
    "createdAt": "2024-03-05T09:30:00+00:00",
}


def fields(client: Client) -> dict[str, Any]:
    return attrs.asdict(client, recurse=False)


def test_complete_partial_and_extra_documents_decode_field_for_field() -> None:
    complete = Client.from_dict(COMPLETE)
    assert complete.created_at == datetime.datetime(2024, 3, 5, 9, 30, tzinfo=datetime.timezone.utc)
    assert complete.additional_properties == {}

    partial = Client.from_dict({k: v for k, v in COMPLETE.items() if k != "name"})
    assert partial.name is UNSET and fields(partial) == {**fields(complete), "name": UNSET}

    extra = Client.from_dict({**{k: v for k, v in COMPLETE.items() if k != "name"}, "region": "EU"})
    assert extra.name is UNSET and extra.additional_properties == {"region": "EU"}


def test_lists_decode_each_item_by_its_own_path() -> None:
    documents = [COMPLETE, {"id": 8}, {**COMPLETE, "id": 9, "region": "EU"}]
    page = ClientList.from_dict({"clients": documents, "total": {"aggregate": {"count": 3}}})
    assert isinstance(page.clients, list)
    assert [fields(c) for c in page.clients] == [fields(Client.from_dict(d)) for d in documents]
    assert page.clients[2].additional_properties == {"region": "EU"}


class MyClient(Client):
    """A subclass must still be built through its own constructor."""


def test_subclasses_are_built_as_themselves() -> None:
    one = MyClient.from_dict(COMPLETE)
    partial = MyClient.from_dict({"id": 8})  # the general path too
    assert type(one) is MyClient and type(partial) is MyClient
    assert fields(one) == fields(Client.from_dict(COMPLETE))


def test_a_model_shows_its_set_fields_and_goes_to_and_from_json() -> None:
    from aiwyn_client.models import Client, ClientList

    client = Client.from_dict({"id": 1, "name": "Acme", "undeclared": 2})
    assert repr(client) == "Client(id=1, name='Acme', additional_properties={'undeclared': 2})"
    assert "Unset" not in repr(ClientList.from_dict({"clients": [{"id": 1}]}))
    assert Client.from_json(client.to_json()) == client
    assert client.to_json(sort_keys=True) == '{"id": 1, "name": "Acme", "undeclared": 2}'
    assert not hasattr(client, "__dict__")  # still slotted
