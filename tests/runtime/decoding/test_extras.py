"""Undeclared keys decoded through the Structs are kept as they came and made into
``additional_properties`` when first read (aiwyn_client._extras): whatever reads them sees the
dict the dict path makes, and a change to it stays."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import aiwyn_client._json as aiwyn_json
import attrs
import pytest
from aiwyn_client import _wire
from aiwyn_client._extras import RAW, ExtrasSlot
from aiwyn_client.models import Client, ClientList

from tests.support.fakes import CLIENT_RECORD
from tests.support.fakes import decode_without_msgspec as dict_path

pytestmark = pytest.mark.skipif(aiwyn_json.decoder is None, reason="msgspec is not installed")

PAGE = json.dumps(
    {
        "clients": [
            {**CLIENT_RECORD, "region": "EMEA", "tags": ["a", "b"]},
            {**CLIENT_RECORD, "id": 8, "customFields": {"tier": 2}},
            {**CLIENT_RECORD, "id": 9},
        ]
    }
).encode()


@pytest.fixture(autouse=True)
def fresh_learning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_wire, "_state", _wire.Learnt())


def _records() -> list[Client]:
    _wire.decode(ClientList, PAGE)  # learns the keys
    page = _wire.decode(ClientList, PAGE)
    assert page is not None and page.clients is not None
    return page.clients


def _kept(record: Client) -> Any:
    return getattr(type(record), RAW).__get__(record)


def test_the_keys_are_kept_as_they_came_until_read_then_are_the_dict_path_s() -> None:
    first, second, third = _records()
    assert type(_kept(first)) is tuple  # nothing made yet
    assert first.additional_properties == {"region": "EMEA", "tags": ["a", "b"]}
    assert type(_kept(first)) is dict  # made once, then held
    assert second["customFields"] == {"tier": 2}
    assert third.additional_properties == {}  # a record that carried none keeps nothing
    with pytest.raises(AttributeError):
        _kept(_records()[2])
    assert _records() == dict_path(ClientList, PAGE).clients


def test_a_change_to_the_made_dict_stays_and_assigning_replaces_it() -> None:
    first, second, _ = _records()
    first.additional_properties["region"] = "APAC"
    assert first.additional_properties["region"] == "APAC"
    assert first.to_dict()["region"] == "APAC"
    second.additional_properties = {"replaced": True}
    assert second.additional_properties == {"replaced": True}


@pytest.mark.parametrize(
    "read",
    [
        lambda r: r.to_dict(),
        lambda r: r.to_dict(names="python"),
        lambda r: attrs.asdict(r),
        lambda r: repr(r),
        lambda r: pickle.loads(pickle.dumps(r)).additional_properties,
        lambda r: copy.copy(r).additional_properties,
        lambda r: copy.deepcopy(r).additional_properties,
        lambda r: r == dict_path(ClientList, PAGE).clients[0],  # type: ignore[index]
        lambda r: list(r.additional_keys),
    ],
    ids=["to_dict", "to_dict_python", "attrs_asdict", "repr", "pickle", "copy", "deepcopy", "eq", "keys"],
)
def test_every_way_of_reading_a_record_sees_its_undeclared_keys(read: Any) -> None:
    kept = _records()[0]
    made = dict_path(ClientList, PAGE).clients[0]  # type: ignore[index]
    assert read(kept) == read(made)


def test_the_descriptor_is_on_every_model_that_keeps_undeclared_keys_and_subclasses_inherit_it() -> None:
    assert isinstance(Client.__dict__["additional_properties"], ExtrasSlot)

    @attrs.define
    class Mine(Client):
        pass

    assert "additional_properties" not in Mine.__dict__ and isinstance(Mine.additional_properties, ExtrasSlot)
    mine = Mine(id=1, name="x")
    mine.additional_properties["k"] = 1
    assert mine.to_dict()["k"] == 1
