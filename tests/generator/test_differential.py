"""Our model templates decode exactly as openapi-python-client's stock templates do.

Random schema-valid documents (hypothesis strategies built from the spec's schemas, unknown
keys included where the schema allows them) go through both packages' ``from_dict``; every
field, nested models and ``additional_properties`` included, must come out equal, and
``to_dict(from_dict(x)) == x`` must hold for ours.
"""

from __future__ import annotations

import enum
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
from aiwyn_client import _json as aiwyn_json
from aiwyn_client import _wire as wire
from aiwyn_client import models as ours
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.naming import model_class
from generator.samples import RecordMaker
from generator.settings import Settings
from generator.spec import SpecIndex
from generator.stock import import_stock
from tests.support.documents import Documents
from tests.support.fakes import decode_without_msgspec

SETTINGS = Settings.load()
INDEX = SpecIndex.from_settings(SETTINGS)
SCHEMAS: dict[str, Any] = INDEX.spec["components"]["schemas"]
DOCUMENTS = Documents(INDEX)
strategy = DOCUMENTS.valid


def _references_where(name: str, seen: frozenset[str] = frozenset()) -> bool:
    """Schemas whose union of ComparisonExp | Where is lossy by construction (stock and ours alike)."""
    if name == "Where":
        return True
    text = repr(SCHEMAS[name])
    refs = {part.split("'")[0] for part in text.split("#/components/schemas/")[1:]}
    return any(r not in seen and _references_where(r, seen | {name}) for r in refs)


# Every schema that became a model class (unions and scalars do not).
OBJECT_SCHEMAS = sorted(
    name for name in SCHEMAS if hasattr(ours, model_class(SETTINGS, name)) and "enum" not in SCHEMAS[name]
)


@pytest.fixture(scope="module")
def stock(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return import_stock(SETTINGS, Path(tmp_path_factory.mktemp("stock")))


def normalise(value: Any) -> Any:
    if attrs.has(type(value)):
        # ours keeps an absent field as None and says so in fields_set; the stock models hold UNSET
        present = getattr(value, "fields_set", None)
        fields = {
            f.name: "<UNSET>"
            if present is not None and f.init and f.name not in present
            else normalise(getattr(value, f.name))
            for f in attrs.fields(type(value))
        }
        return (type(value).__name__, fields)
    if isinstance(value, enum.Enum):
        return ("enum", value.value)
    if type(value).__name__ == "Unset":
        return "<UNSET>"
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    return value


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_ours_and_stock_decode_alike(name: str, stock: ModuleType) -> None:
    cls = model_class(SETTINGS, name)
    ours_cls, stock_cls = getattr(ours, cls), getattr(stock, cls)
    lossless = not _references_where(name)
    ref = {"$ref": f"#/components/schemas/{name}"}

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.one_of(strategy(ref), strategy(ref, complete=True)))
    def check(document: dict[str, Any]) -> None:
        mine, theirs = ours_cls.from_dict(document), stock_cls.from_dict(document)
        assert normalise(mine) == normalise(theirs)
        assert mine.to_dict() == theirs.to_dict()
        if lossless:
            assert mine.to_dict() == document

    check()


# Values no member of their union can hold (a string or an array where the description has an
# object or null): the stock templates keep them as they came, in a field whose type does not
# allow them; ours refuse them, on the dict path and through the Structs alike (issue #23).
UNDECODABLE = [
    ("RecordResult", {"status": "created", "error": "not an object", "type": "x", "systemRef": 5, "id": "1"}),
    ("RecordResult", {"error": {"unexpected": True}, "systemRef": [1]}),
    ("ErrorEnvelope", {"error": ["a", "list"]}),
]


@pytest.mark.parametrize(("name", "document"), UNDECODABLE)
def test_values_no_union_member_holds_are_refused_where_stock_keeps_them(
    name: str, document: dict[str, Any], stock: ModuleType
) -> None:
    cls = model_class(SETTINGS, name)
    getattr(stock, cls).from_dict(document)  # kept as it came
    with pytest.raises(TypeError, match="where the description has"):
        getattr(ours, cls).from_dict(document)
    with pytest.raises(TypeError, match="where the description has"):
        getattr(ours, cls).from_json(json.dumps(document))


def test_an_unknown_enum_value_is_kept_where_stock_raises_on_both_paths(stock: ModuleType) -> None:
    complete = RecordMaker(INDEX, null_rate=0).value({"$ref": "#/components/schemas/Payment"})
    for document in ({**complete, "paymentMethod": "BITCOIN"}, {"paymentMethod": "BITCOIN"}):
        with pytest.raises(ValueError):
            stock.Payment.from_dict(document)
        payment = ours.Payment.from_dict(document)
        method = payment.payment_method
        assert isinstance(method, ours.PaymentMethod)
        assert method.value == "BITCOIN" and method.name == "UNKNOWN" and method == "BITCOIN"
        assert payment.to_dict()["paymentMethod"] == "BITCOIN"
        assert ours.Payment.from_dict(document).payment_method is method  # one member per value
    with pytest.raises(ValueError):
        ours.PaymentMethod("BITCOIN")  # the enum itself stays closed for what users build


@pytest.mark.parametrize(
    ("schema", "field"), [("ClientList", "total"), ("DraftInvoice", "lineItems"), ("EventSubscription", "operations")]
)
def test_a_null_the_description_does_not_allow_decodes_as_none_where_stock_raises(
    schema: str, field: str, stock: ModuleType
) -> None:
    cls = model_class(SETTINGS, schema)
    complete = RecordMaker(INDEX, null_rate=0).value({"$ref": f"#/components/schemas/{schema}"})
    for document in ({**complete, field: None}, {field: None}):
        with pytest.raises((TypeError, ValueError, AttributeError)):
            getattr(stock, cls).from_dict(document)
        decoded = getattr(ours, cls).from_dict(document)
        assert decoded.to_dict()[field] is None
        rest = {k: v for k, v in document.items() if k != field}
        assert normalise(getattr(ours, cls).from_dict(rest)) == normalise(getattr(stock, cls).from_dict(rest))


# ---------------------------------------------------------------------- msgspec Structs vs dicts
def roughened(document: Any, rnd: Any, depth: int = 0) -> Any:
    """``document`` as real servers send it: some values null whatever the schema says, and
    objects with keys the description does not declare (a few names, reused, as a server's are)."""
    if isinstance(document, dict):
        out = {k: None if rnd.random() < 0.15 else roughened(v, rnd, depth + 1) for k, v in document.items()}
        for key in rnd.sample(["externalId", "tags", "syncedAt"], rnd.randint(0, 2)):
            out.setdefault(key, rnd.choice(["x", 3, None, ["a"], {"nested": True}]))
        return out
    if isinstance(document, list):
        return [roughened(v, rnd, depth + 1) for v in document]
    return document


@pytest.mark.skipif(aiwyn_json.decoder is None, reason="msgspec is not installed")
@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_the_struct_path_decodes_as_thedecode_without_msgspec(name: str) -> None:
    """Exact, partial, extra-key and null-bearing documents: ``from_json`` through msgspec
    Structs (aiwyn_client._wire) must give what ``from_dict`` of the parsed document gives,
    field by field, ``additional_properties`` included, or fall back to it."""
    cls = getattr(ours, model_class(SETTINGS, name))
    ref = {"$ref": f"#/components/schemas/{name}"}

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.one_of(strategy(ref), strategy(ref, complete=True)), st.randoms(use_true_random=False), st.booleans())
    def check(document: dict[str, Any], rnd: Any, rough: bool) -> None:
        if rough:
            document = roughened(document, rnd)
        body = json.dumps(document).encode()
        try:
            expected = normalise(decode_without_msgspec(cls, body))
        except Exception as exc:  # noqa: BLE001 - a document the model refuses: refused alike
            with pytest.raises(type(exc)):
                cls.from_json(body)
            assert wire.decode(cls, body) is None
            return
        assert normalise(cls.from_json(body)) == expected
        wired = wire.decode(cls, body)
        if wired is not None:
            assert normalise(wired) == expected

    check()


@pytest.mark.skipif(aiwyn_json.decoder is None, reason="msgspec is not installed")
def test_pages_take_the_struct_path_extra_keys_and_nulls_included() -> None:
    """Not a fallback in disguise: exact and realistic pages of every list operation decode
    through the Structs, and match the dict path."""
    from bench.bodies import list_pages

    for page in list_pages(SETTINGS, INDEX, 50):
        cls = getattr(ours, page.model)
        for body in (page.exact, page.realistic):
            wired = wire.decode(cls, body)
            assert wired is not None, page.operation
            assert normalise(wired) == normalise(decode_without_msgspec(cls, body))
