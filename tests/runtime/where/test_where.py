"""The where / orderBy builder: the docs' example, operators per type, errors, and a property test."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
from aiwyn_client.where import (
    ClientFields as C,
)
from aiwyn_client.where import (
    DraftInvoiceHistoryFields as H,
)
from aiwyn_client.where import (
    EngagementFields,
    Expr,
    QueryError,
    UnknownFieldError,
    UnsupportedOperatorError,
    Where,
    and_,
    not_,
    or_,
    order_by,
)
from aiwyn_client.where import (
    WipFields as W,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.settings import Settings
from generator.spec import SpecIndex

INDEX = SpecIndex.from_settings(Settings.load())


def _documented_example(operation_id: str) -> dict[str, Any]:
    op = next(o for o in INDEX.operations if o.operation_id == operation_id)
    example: dict[str, Any] = INDEX.resolve(op.raw["requestBody"])["content"]["application/json"]["example"]
    return example


def _canonical(document: Any) -> str:
    return json.dumps(document, sort_keys=True, separators=(",", ":"))


def test_the_docs_draft_invoice_history_example_comes_out_byte_for_byte() -> None:
    example = _documented_example("filterDraftInvoiceHistoriesDynamic")
    where = and_(
        or_(H.client_id.in_([1001, 1002]), H.job_id.in_([2001, 2002])),
        H.active.eq(True),
        H.created_at.gte("1900-01-01T00:00:00Z"),
        H.activity_type.in_(["DRAFT_INVOICE_CREATED", "DRAFT_INVOICE_RECONCILED"]),
    )
    assert _canonical(where.to_dict()) == _canonical(example["where"])
    assert _canonical(order_by(H.client_id.asc(), H.created_at.desc())) == _canonical(example["orderBy"])


def test_the_operator_forms_build_the_same_json() -> None:
    by_functions = and_(H.client_id.in_([1]), H.active.eq(True), H.job_id.eq(2))
    by_operators = H.client_id.in_([1]) & H.active.eq(True) & H.job_id.eq(2)
    assert by_operators == by_functions
    assert by_operators.to_dict() == {
        "_and": [{"clientId": {"_in": [1]}}, {"active": {"_eq": True}}, {"jobId": {"_eq": 2}}]
    }
    assert (H.client_id.eq(1) | H.job_id.eq(2) | H.invoice_id.eq(3)).to_dict() == {
        "_or": [{"clientId": {"_eq": 1}}, {"jobId": {"_eq": 2}}, {"invoiceId": {"_eq": 3}}]
    }
    assert (~H.active.eq(True)).to_dict() == not_(H.active.eq(True)).to_dict() == {"_not": {"active": {"_eq": True}}}


def test_nested_relations_use_dotted_access() -> None:
    where = H.draft_invoice.approved_at.gte(datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc))
    assert where.to_dict() == {"draftInvoice": {"approvedAt": {"_gte": "2024-01-01T00:00:00Z"}}}
    assert order_by(H.draft_invoice.approved_at.desc()) == [{"draftInvoice": {"approvedAt": "desc"}}]


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        (C.name.eq("Acme"), {"name": {"_eq": "Acme"}}),
        (C.name.neq("Acme"), {"name": {"_neq": "Acme"}}),
        (C.name.in_(["a", "b"]), {"name": {"_in": ["a", "b"]}}),
        (C.name.nin(("a",)), {"name": {"_nin": ["a"]}}),
        (C.name.like("A%"), {"name": {"_like": "A%"}}),
        (C.name.ilike("%a%"), {"name": {"_ilike": "%a%"}}),
        (C.name.is_null(), {"name": {"_is_null": True}}),
        (C.id.eq(1), {"id": {"_eq": 1}}),
        (C.id.neq(1), {"id": {"_neq": 1}}),
        (C.id.gt(1), {"id": {"_gt": 1}}),
        (C.id.gte(1.5), {"id": {"_gte": 1.5}}),
        (C.id.lt(1), {"id": {"_lt": 1}}),
        (C.id.lte(1), {"id": {"_lte": 1}}),
        (C.id.in_([1, 2]), {"id": {"_in": [1, 2]}}),
        (C.id.nin([3]), {"id": {"_nin": [3]}}),
        (C.id.is_null(False), {"id": {"_is_null": False}}),
        (C.active.eq(True), {"active": {"_eq": True}}),
        (C.active.neq(False), {"active": {"_neq": False}}),
        (C.active.is_null(), {"active": {"_is_null": True}}),
        (C.created_at.gt("2024-01-31T09:00:00+02:00"), {"createdAt": {"_gt": "2024-01-31T09:00:00+02:00"}}),
        (C.created_at.lt(datetime.date(2024, 2, 1)), {"createdAt": {"_lt": "2024-02-01"}}),
        (
            C.created_at.in_([datetime.datetime(2024, 1, 1, 8, 30)]),
            {"createdAt": {"_in": ["2024-01-01T08:30:00"]}},
        ),
        (EngagementFields.start_dt.gte(datetime.date(2024, 3, 15)), {"start_dt": {"_gte": "2024-03-15"}}),
        (EngagementFields.end_dt.lte("2024-04-30"), {"end_dt": {"_lte": "2024-04-30"}}),
    ],
)
def test_every_operator_per_type(expr: Expr, expected: dict[str, Any]) -> None:
    assert expr.to_dict() == expected


def test_enum_fields_check_their_values() -> None:
    from aiwyn_client.where import EnumField

    status = EnumField("DraftInvoice", ("status",), "status", ("DRAFT", "APPROVED"))
    assert status.in_(["DRAFT"]).to_dict() == {"status": {"_in": ["DRAFT"]}}
    with pytest.raises(QueryError, match="one of DRAFT, APPROVED"):
        status.eq("SENT")
    with pytest.raises(UnsupportedOperatorError):
        status.gt("DRAFT")  # type: ignore[attr-defined]


def test_integer_enum_fields_send_integers() -> None:
    from enum import IntEnum

    from aiwyn_client.where import EnumField

    class Level(IntEnum):
        ONE = 1
        TWO = 2

    level = EnumField("Department", ("level",), "level", (1, 2, 3))
    assert level.eq(2).to_dict() == {"level": {"_eq": 2}}
    assert level.in_([Level.ONE, 3]).to_dict() == {"level": {"_in": [1, 3]}}
    for wrong in ("2", True, 2.5, 4):
        with pytest.raises(QueryError, match="one of 1, 2, 3"):
            level.eq(wrong)


def test_a_misspelt_field_names_the_entity_and_the_fields() -> None:
    with pytest.raises(UnknownFieldError, match=r"Client has no field 'nmae'; fields: active, client_key"):
        C.nmae  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(UnknownFieldError, match=r"DraftInvoiceHistory.draftInvoice has no field 'aproved_at'"):
        H.draft_invoice.aproved_at  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(C, "nmae")


def test_an_operator_that_does_not_fit_the_type_says_which_fit() -> None:
    with pytest.raises(UnsupportedOperatorError, match="Client.active is a boolean field: gt does not apply"):
        C.active.gt(True)  # type: ignore[attr-defined]
    with pytest.raises(UnsupportedOperatorError, match="operators: eq, neq, gt, gte"):
        C.id.like("1%")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: C.id.eq("1"), "Client.id takes a number"),
        (lambda: C.id.eq(True), "Client.id takes a number"),
        (lambda: C.name.eq(5), "Client.name takes a string"),
        (lambda: C.active.eq("yes"), "Client.active takes True or False"),
        (lambda: C.created_at.gte("yesterday"), r"Client.createdAt \(created_at\) takes an ISO 8601 date-time"),
        (lambda: EngagementFields.start_dt.gte("15/03/2024"), "takes an ISO 8601 date"),
        (lambda: EngagementFields.start_dt.gte(datetime.datetime(2024, 1, 1)), "not a date-time"),
        (lambda: C.id.in_(5), "takes a list of values"),
        (lambda: C.name.in_("abc"), "takes a list of values"),
        (lambda: C.name.is_null("no"), "True or False"),
        (lambda: and_(), "at least one"),
        (lambda: and_({"name": {"_eq": 1}}), "expressions built from fields"),
        (lambda: order_by("name"), "field.asc"),
        (lambda: bool(C.id.eq(1)), "no truth value"),
    ],
)
def test_wrong_values_raise_at_build_time(build: Any, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        build()


def test_raw_expressions_are_checked_structurally() -> None:
    document = {"_and": [{"name": {"_ilike": "%a%"}}, {"client": {"contacts": {"email": {"_is_null": False}}}}]}
    assert Where.raw(document).to_dict() == document
    for bad, message in [
        ({}, "non-empty object"),
        ({"_and": {}}, "non-empty list"),
        ({"_xor": []}, "unknown logical operator"),
        ({"name": {"_equals": 1}}, "unknown operator '_equals'"),
        ({"name": {"_in": 1}}, "takes a list"),
        ({"name": {"_is_null": "yes"}}, "true or false"),
    ]:
        with pytest.raises(QueryError, match=message):
            Where.raw(bad)


# ---------------------------------------------------------------------- property test
WHERE_VALIDATOR = Draft202012Validator(
    {"$ref": "urn:spec#/components/schemas/Where"},
    registry=Registry().with_resource(
        "urn:spec", Resource.from_contents(INDEX.spec, default_specification=DRAFT202012)
    ),
)

texts = st.text(max_size=8)
numbers = st.one_of(st.integers(-(10**6), 10**6), st.floats(allow_nan=False, allow_infinity=False, width=32))
datetimes = st.datetimes(min_value=datetime.datetime(1900, 1, 1), max_value=datetime.datetime(2100, 1, 1))

leaves = st.one_of(
    st.builds(lambda v: C.name.eq(v), texts),
    st.builds(lambda v: C.name.ilike(v), texts),
    st.builds(lambda v: C.client_ref.in_(v), st.lists(texts, max_size=3)),
    st.builds(lambda v: C.id.gt(v), numbers),
    st.builds(lambda v: C.id.nin(v), st.lists(numbers, max_size=3)),
    st.builds(lambda v: C.active.eq(v), st.booleans()),
    st.builds(lambda v: C.created_at.lte(v), datetimes),
    st.builds(lambda v: W.logged_date.gte(v), st.dates()),
    st.builds(lambda v: H.draft_invoice.approved_at.is_null(v), st.booleans()),
    st.builds(lambda v: H.client.name.like(v), texts),
)
expressions = st.recursive(
    leaves,
    lambda children: st.one_of(
        st.builds(lambda a, b: a & b, children, children),
        st.builds(lambda a, b: a | b, children, children),
        st.builds(lambda a: ~a, children),
        st.builds(lambda xs: and_(*xs), st.lists(children, min_size=1, max_size=3)),
        st.builds(lambda xs: or_(*xs), st.lists(children, min_size=1, max_size=3)),
    ),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(expressions)
def test_random_expressions_serialise_into_json_valid_against_the_where_schema(expr: Expr) -> None:
    document = json.loads(json.dumps(expr.to_dict()))
    errors = [e.message for e in WHERE_VALIDATOR.iter_errors(document)]
    assert not errors
    assert Where.raw(document).to_dict() == document
    assert "_and" not in [key for part in document.get("_and", []) for key in part]  # flattened
