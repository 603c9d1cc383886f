"""The dict path's shortcuts (aiwyn_client._compile) give what its general path gives.

A record that carries every declared key takes the fast path: each value read by subscript and
stored as it is when an in-line test says it is the usual one. On CPython a record that holds no
object or array (``aiwyn_client._containers``: the dict is not tracked by the cycle collector)
stores its scalar fields with no test each; a null in a nullable date, enum or nested model is
decided in line; undeclared keys are kept by deleting the declared ones from a copy. Each of
these must return exactly what the general path returns, errors included, on both kinds of
interpreter: here with the one-call test and without it (as on PyPy).
"""

from __future__ import annotations

import datetime
import gc
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from aiwyn_client import _compile, models
from aiwyn_client._containers import may_hold_containers
from aiwyn_client._decode import missing_key
from aiwyn_client._fields import Field, Plan
from aiwyn_client._instances import BATCH
from aiwyn_client._model import absent_fields
from aiwyn_client.models import Client, ClientList, DraftInvoiceHistory, Engagement, Invoice
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.naming import model_class
from generator.settings import Settings
from generator.spec import SpecIndex
from tests.support.documents import WRONG, Documents
from tests.support.fakes import CLIENT_RECORD

SETTINGS = Settings.load()
INDEX = SpecIndex.from_settings(SETTINGS)
DOCUMENTS = Documents(INDEX)

CLIENT = CLIENT_RECORD
SCALAR_KEYS = ["id", "pmsRef", "clientRef", "name", "clientKey", "active", "partnerStaffId"]
CONTAINERS = [{}, {"a": 1}, [], [1], [{}]]


@pytest.fixture(params=["one call", "each field"])
def shortcut(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test with the one-call test of a record's values and without it (PyPy's case),
    each with freshly compiled decoders."""
    monkeypatch.setattr(_compile, "_compiled", {})
    if request.param == "each field":
        monkeypatch.setattr(_compile, "may_hold_containers", None)
    return str(request.param)


def general(cls: type) -> Callable[[Any], Any]:
    """The general path of ``cls``'s decoders: what a record missing a declared key takes."""
    decode: Callable[[Any], Any] = _compile.decoders(cls).one.__globals__["_general"]
    return decode


def outcome(decode: Callable[[Any], Any], document: Any) -> tuple[Any, ...]:
    """What decoding ``document`` gives: every field's value, the fields noted absent and the
    undeclared keys kept; or the error and its message."""
    try:
        decoded = decode(document)
    except (TypeError, ValueError, KeyError) as exc:
        return ("raises", type(exc), str(exc))
    values = {field.attr: getattr(decoded, field.attr) for field in _compile.plan_of(type(decoded)).fields}
    return ("decodes", values, absent_fields(decoded), getattr(decoded, "additional_properties", {}))


def by_converters(cls: type, document: dict[str, Any]) -> tuple[Any, ...]:
    """What decoding ``document`` must give, each present value decided by its field's converter
    alone (an absent optional field None and noted, undeclared keys as the plan says): the
    semantics every compiled path keeps, in the form ``outcome`` gives."""
    plan = _compile.plan_of(cls)
    where = next(c for c in cls.__mro__ if "_plan" in c.__dict__).__module__
    names = _compile.namespace_of(cls)
    values: dict[str, Any] = {}
    absent: list[str] = []
    try:
        for field in plan.fields:
            if field.key in document:
                values[field.attr] = _compile.converter(field, where, names)(document[field.key])
            else:  # left out: None and noted, a required one logged too (outside a union)
                values[field.attr] = missing_key(where, field.key) if field.required else None
                absent.append(field.attr)
        known = {field.key for field in plan.fields}
        extra = {key: value for key, value in document.items() if key not in known}
        if isinstance(plan.extras, Field):
            each = _compile.converter(plan.extras, where, names, "additionalProperties")
            extra = {key: each(value) for key, value in extra.items()}
    except (TypeError, ValueError, KeyError) as exc:
        return ("raises", type(exc), str(exc))
    return ("decodes", values, tuple(absent), {} if plan.extras == "drop" else extra)


def decodes_as_its_converters(cls: type, document: dict[str, Any]) -> None:
    """``one``, ``many`` of a short list and of a long one (whose instances are made first) and
    the general path all give what the converters give."""
    decoders = _compile.decoders(cls)
    expected = by_converters(cls, document)
    assert outcome(decoders.one, document) == expected
    assert outcome(lambda d: decoders.many([d])[0], document) == expected
    assert outcome(lambda d: decoders.many([d] * BATCH)[-1], document) == expected
    assert outcome(general(cls), document) == expected


# ---------------------------------------------------------------------- the one-call test
@pytest.mark.skipif(may_hold_containers is None, reason="this interpreter cannot tell in one call")
def test_a_record_of_scalars_is_told_from_one_that_may_hold_containers() -> None:
    assert not may_hold_containers(json.loads(json.dumps(CLIENT)))
    for container in CONTAINERS:
        assert may_hold_containers(json.loads(json.dumps({**CLIENT, "name": container})))
        assert may_hold_containers({**CLIENT, "name": container})
    assert may_hold_containers({**CLIENT, "tags": ["undeclared"]})  # an undeclared one too: then each field is tested


def test_the_usual_record_decodes_as_the_general_path_decodes_it(shortcut: str) -> None:
    decodes_as_its_converters(Client, CLIENT)
    decodes_as_its_converters(Client, json.loads(json.dumps(CLIENT)))
    client = Client.from_dict(CLIENT)
    assert client.created_at == datetime.datetime(2024, 1, 31, 9, tzinfo=datetime.timezone.utc)
    assert client.fields_set == {f.attr for f in Client._plan.fields} and client.additional_properties == {}


@pytest.mark.parametrize("key", SCALAR_KEYS)
@pytest.mark.parametrize("container", CONTAINERS, ids=repr)
def test_a_wrong_shape_hidden_in_an_otherwise_usual_record_is_refused(shortcut: str, key: str, container: Any) -> None:
    document = json.loads(json.dumps({**CLIENT, key: container}))
    with pytest.raises(TypeError, match=f"client: '{key}' is an? (object|array) where the description has a string"):
        Client.from_dict(document)
    with pytest.raises(TypeError, match=f"'{key}'"):
        ClientList.from_dict({"clients": [CLIENT, document, CLIENT]})
    decodes_as_its_converters(Client, document)


def test_undeclared_objects_and_arrays_neither_hide_a_wrong_shape_nor_refuse_a_good_record(shortcut: str) -> None:
    extras = {"tags": ["q3"], "customFields": {"tier": 2}}
    decodes_as_its_converters(Client, {**CLIENT, **extras})
    assert Client.from_dict({**CLIENT, **extras}).additional_properties == extras
    with pytest.raises(TypeError, match="'name' is an object"):
        Client.from_dict({**CLIENT, **extras, "name": {"first": "A"}})


def test_values_the_json_never_holds_are_kept_as_the_general_path_keeps_them(shortcut: str) -> None:
    """A dict built by hand may hold a tuple (untracked like a scalar) or any other object: the
    rule refuses only dicts and lists, so both paths keep them as they are."""
    for value in [(1, 2), ("a",), (), 7.5, object(), b"raw"]:
        decodes_as_its_converters(Client, {**CLIENT, "name": value})
        assert Client.from_dict({**CLIENT, "name": value}).name is value


def test_a_record_the_fast_path_leaves_halfway_is_made_again_by_the_general_path(shortcut: str) -> None:
    """In a long list the fast path stores into an instance made beforehand; a record it leaves
    after storing some fields (a date that does not parse, a wrong shape in the last field) or
    before (a key left out) is decoded into that same instance by the general path, which sets
    every field, so nothing of the first attempt shows."""
    leaving = [
        {**CLIENT, "createdAt": "yesterday"},
        {**CLIENT, "createdAt": "2024-13-45T99:00:00Z", "note": "undeclared"},
        {key: value for key, value in CLIENT.items() if key != "name"},
        {key: value for key, value in CLIENT.items() if key != "createdAt"} | {"tags": ["q3"]},
    ]
    records = [{**CLIENT, "id": n} for n in range(BATCH)]
    records[3:3] = leaving
    decoded = _compile.decoders(Client).many(records)
    assert [outcome(lambda d: d, each) for each in decoded] == [by_converters(Client, d) for d in records]
    assert decoded[3].created_at == "yesterday" and decoded[5].name is None and "name" not in decoded[5].fields_set
    assert decoded[4].additional_properties == {"note": "undeclared"}
    assert decoded[6].additional_properties == {"tags": ["q3"]} and "created_at" not in decoded[6].fields_set
    with pytest.raises(TypeError, match="'createdAt' is an array"):
        _compile.decoders(Client).many([*records, {**CLIENT, "createdAt": ["late"]}])


# ---------------------------------------------------------------------- nulls and undeclared keys
def test_a_null_in_a_nullable_date_enum_or_nested_model_is_none_and_present(shortcut: str) -> None:
    history = {
        "id": 1,
        "clientId": 7,
        "invoiceId": 2,
        "jobId": 3,
        "client": None,
        "draftInvoice": None,
        "active": True,
        "createdAt": None,
        "activityType": "DRAFT_INVOICE_CREATED",
    }
    decoded = DraftInvoiceHistory.from_dict(history)
    assert decoded.client is None and decoded.draft_invoice is None and decoded.created_at is None
    assert {"client", "draft_invoice", "created_at"} <= decoded.fields_set
    decodes_as_its_converters(DraftInvoiceHistory, history)
    engagement = {f.key: None for f in Engagement._plan.fields}
    decodes_as_its_converters(Engagement, engagement)
    invoice = {**{f.key: None for f in Invoice._plan.fields}, "lineItems": None, "payments": [None]}
    decodes_as_its_converters(Invoice, invoice)  # a null inside a list of models is refused on both


def test_undeclared_keys_keep_their_order_and_the_document_is_left_as_it_came(shortcut: str) -> None:
    document = {"z": 1, **CLIENT, "a": [1], "m": {"n": None}}
    before = json.dumps(document)
    decoded = Client.from_dict(document)
    assert list(decoded.additional_properties.items()) == [("z", 1), ("a", [1]), ("m", {"n": None})]
    assert decoded.additional_properties["a"] is document["a"]
    assert json.dumps(document) == before
    decodes_as_its_converters(Client, document)


# ---------------------------------------------------------------------- every model, drawn documents
def _planned() -> Iterator[Any]:
    for name in sorted(INDEX.spec.get("components", {}).get("schemas", {})):
        cls = getattr(models, model_class(SETTINGS, name), None)
        if isinstance(getattr(cls, "_plan", None), Plan):
            yield pytest.param(cls, {"$ref": f"#/components/schemas/{name}"}, id=name)


PLANNED = list(_planned())
UNDECLARED = st.dictionaries(
    st.sampled_from(["extra_a", "extra_b", "tags"]),
    st.one_of(st.none(), st.integers(), st.text(max_size=3), WRONG["object"], WRONG["array"]),
    max_size=2,
)


def _broken(schema: Any) -> st.SearchStrategy[tuple[str, Any]] | None:
    """One property of ``schema`` and a value of a shape it cannot hold, or None."""
    wrong = {key: s for key, prop in INDEX.properties(schema).items() if (s := DOCUMENTS.wrong(prop)) is not None}
    if not wrong:
        return None
    return st.sampled_from(sorted(wrong)).flatmap(lambda key: st.tuples(st.just(key), wrong[key]))


def test_models_with_a_plan_are_all_drawn() -> None:
    assert len(PLANNED) > 40


@pytest.mark.parametrize(("cls", "schema"), PLANNED)
def test_drawn_records_decode_as_their_converters_decide(shortcut: str, cls: type, schema: Any) -> None:
    """Complete records (the fast path), records missing keys (the general path), with undeclared
    keys and with one value of a wrong shape, as the JSON decoder makes them."""
    broken = _broken(schema)
    wrong_or_not = st.none() if broken is None else st.one_of(st.none(), broken)

    @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
    @given(DOCUMENTS.valid(schema, complete=True), UNDECLARED, wrong_or_not, st.data())
    def check(document: Any, undeclared: dict[str, Any], wrong: tuple[str, Any] | None, data: st.DataObject) -> None:
        if not isinstance(document, dict):
            return
        left_out = data.draw(st.sets(st.sampled_from(sorted(document))) if document else st.just(set()))
        document = {k: v for k, v in document.items() if k not in left_out}
        document |= {k: v for k, v in undeclared.items() if k not in document}
        if wrong is not None:
            document[wrong[0]] = wrong[1]
        decodes_as_its_converters(cls, json.loads(json.dumps(document)))

    check()
    gc.collect()
