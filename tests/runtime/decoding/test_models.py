"""Generated models: the fast decoding path gives what the field-by-field path gives."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs
from aiwyn_client.models import Client, ClientList

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
    assert partial.name is None and fields(partial) == {**fields(complete), "name": None}
    assert "name" not in partial.fields_set and "name" not in partial.to_dict()

    extra = Client.from_dict({**{k: v for k, v in COMPLETE.items() if k != "name"}, "region": "EU"})
    assert extra.name is None and extra.additional_properties == {"region": "EU"}


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


def test_a_decoded_model_says_which_fields_the_answer_carried() -> None:
    partial = Client.from_dict({"id": 7, "name": None})
    assert partial.fields_set == {"id", "name"}  # a null is there; an absent key is not
    assert partial.client_ref is None and partial.to_dict() == {"id": 7, "name": None}
    assert repr(partial) == "Client(id=7, name=None)"


def test_a_model_you_build_sends_what_you_gave_including_none() -> None:
    from aiwyn_client.types import UNSET

    sparse = Client(name="Acme")
    assert sparse.fields_set == {"name"} and sparse.to_dict() == {"name": "Acme"}
    assert Client(name="Acme", active=None).to_dict() == {"name": "Acme", "active": None}
    assert Client(name="Acme", id=UNSET).to_dict() == {"name": "Acme"}  # type: ignore[arg-type]  # UNSET: left out
    sparse.id = 9  # assigned since: sent
    assert sparse.to_dict() == {"id": 9, "name": "Acme"}


def test_a_field_at_its_documented_default_is_held_but_sent_only_when_given() -> None:
    """An update must not set a field back to its default unasked (a description's ``default:
    false`` on an update's flag): the server applies its own default to what is not sent."""
    from aiwyn_client.models import ListRequest

    defaults = ListRequest()
    assert (defaults.page_size, defaults.page) == (50, 0) and defaults.to_dict() == {}
    assert ListRequest(page_size=None).to_dict() == {"pageSize": None}  # null, as given
    assert ListRequest(page=0).to_dict() == {"page": 0}  # given at the default's value: sent
    defaults.page = 3  # assigned another value since: sent
    assert defaults.fields_set == {"page"} and defaults.to_dict() == {"page": 3}
    assert repr(ListRequest()) == "ListRequest(page_size=50, page=0)"


def test_help_shows_none_not_a_sentinel() -> None:
    import pydoc

    text = pydoc.render_doc(Client, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
    assert "name: 'str | None' = None" in text and "Unset" not in text and "object at 0x" not in text


def test_to_dict_takes_python_names_and_native_dates() -> None:
    client = Client.from_dict(COMPLETE)
    assert client.to_dict()["createdAt"] == "2024-03-05T09:30:00+00:00"
    native = client.to_dict(names="python", dates="native")
    assert native["created_at"] == datetime.datetime(2024, 3, 5, 9, 30, tzinfo=datetime.timezone.utc)
    assert set(native) == {f.name for f in attrs.fields(Client) if f.init}
    assert client.to_json(names="python").startswith('{"id": 7, "pms_ref"')


def test_to_dict_encodes_nested_models_enums_and_lists_with_the_same_options() -> None:
    from aiwyn_client.models import DraftInvoice

    draft = DraftInvoice.from_dict(
        {"id": 1, "status": "APPROVED", "proposedDueDate": "2025-01-15T00:00:00Z", "lineItems": [{"unitPrice": 2.5}]}
    )
    assert draft.to_dict() == {
        "id": 1,
        "status": "APPROVED",
        "proposedDueDate": "2025-01-15T00:00:00+00:00",
        "lineItems": [{"unitPrice": 2.5}],
    }
    python = draft.to_dict(names="python", dates="native")
    assert python["line_items"] == [{"unit_price": 2.5}] and python["status"] == "APPROVED"
    assert isinstance(python["proposed_due_date"], datetime.datetime)


def _closed_enums() -> list[tuple[str, str]]:
    """(schema, property) of every component property whose values are a closed list."""
    from generator.settings import Settings
    from generator.spec import SpecIndex

    index = SpecIndex.from_settings(Settings.load())
    found = []
    for schema, body in index.spec["components"]["schemas"].items():
        for name, prop in index.properties(body).items():
            resolved = index.resolve(index.non_null(prop))
            if isinstance(resolved, Mapping) and "enum" in resolved:
                found.append((schema, name))
    return found


def test_every_closed_list_of_the_description_decodes_to_an_enum() -> None:
    import aiwyn_client.models as models
    from openapi_python_client.strings import ClassName

    closed = _closed_enums()
    assert ("DraftInvoice", "status") in closed and ("Invoice", "status") not in closed  # an open string
    for schema, name in closed:
        model = getattr(models, str(ClassName(schema, prefix="")))
        kinds = {field.key: field.kind for field in model._plan.fields}
        assert kinds[name] == "enum", (schema, name)
