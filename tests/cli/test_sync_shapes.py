"""``aiwyn sync`` on shapes other APIs' descriptions have, on small hand-made ones: no build needed.

A list paged by query parameters or cursors (most public APIs) is read through its typed iterator
and written as the API's JSON; a list under a parent's id cannot be loaded on its own and is named
with why; records without an ``id`` replace their table instead of merging; any property name
becomes a column name dlt keeps as it is, unique, also within PostgreSQL's 63 bytes.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dlt
import duckdb
import pytest
from aiwyn_client import _columns
from aiwyn_client import dlt as aiwyn_dlt
from aiwyn_client._catalog import MethodInfo
from aiwyn_client._paging import Paging
from aiwyn_client._schemas import Column, Table
from dlt.common.normalizers.naming.snake_case import NamingConvention

from generator.warehouse import column_names
from tests.support.postgres_server import PostgresServer

AWKWARD = (
    "$parent",
    "@odata.id",
    "@odata.nextLink",
    "partnerStaffId",
    "partner_staff_id",
    "PartnerStaffID",
    "from",
    "select",
    "order",
    "x-ms-request-id",
    "trailing_",
    "__dunder__",
    "123abc",
    "Ünïcödé",
    "名前",
    "$",
    "_dlt_id",
    "a_sixty_character_property_name_that_postgres_must_keep_apart_1",
    "a_sixty_character_property_name_that_postgres_must_keep_apart_2",
)


def test_any_property_name_becomes_a_column_name_dlt_keeps_as_it_is() -> None:
    dlt_naming = NamingConvention()
    names = column_names([(name,) for name in AWKWARD], _columns)
    assert len(set(names.values())) == len(AWKWARD)
    for name in names.values():
        assert dlt_naming.normalize_identifier(name) == name
    assert names[("$parent",)] == "parent" and names[("@odata.id",)] == "odata_id"
    assert names[("Ünïcödé",)] == "unicode" and names[("_dlt_id",)] == "dlt_id"  # never one of dlt's own


def test_long_nested_names_stay_unique_within_postgres_63_bytes() -> None:
    postgres = NamingConvention(max_length=63)
    paths = [("aVeryLongParentObjectName", name) for name in AWKWARD]
    names = column_names(paths, _columns)
    shortened = {postgres.normalize_identifier(name) for name in names.values()}
    assert len(shortened) == len(paths)
    assert all(len(name.encode()) <= 63 for name in shortened)


class Widget:
    """A decoded model as the typed iterator yields it: ``to_dict()`` is the API's JSON."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return dict(self.data)


class Widgets:
    """A resource of a GET list paged by a cursor, and one under a parent's id."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.records = records
        self.page_sizes: list[int | None] = []

    def iter(self, *, page_size: int | None = None, max_items: int | None = None) -> Iterator[Widget]:
        self.page_sizes.append(page_size)
        return iter([Widget(r) for r in self.records])

    def iter_parts(self, parent_id: str, *, company_id: int, page_size: int | None = None) -> Iterator[Widget]:
        return iter([Widget({"sid": f"{parent_id}/{company_id + 1}"})])


class Client:
    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.widgets = Widgets(records)


CURSOR = Paging(size_min=1, size_max=200, size_default=20, page_semantics=None, key=None, style="cursor")
LIST = MethodInfo("widgets_list", "list", "iter", None, False, (), "Widget", False, CURSOR)
PARTS = MethodInfo("widget_parts", "list", "iter_parts", None, False, (("parent_id", "str"),), "Part", False, CURSOR)
TABLE = Table(
    "list",
    "Widget",
    (
        Column(("sid",), "sid", "text"),
        Column(("@odata.id",), "odata_id", "text"),
        Column(("createdAt",), "created_at", "timestamp"),
        Column(("size",), "size", "json"),  # a union: JSON
    ),
)
RECORDS = [
    {"sid": "W1", "@odata.id": "/widgets/W1", "createdAt": "2024-01-01T00:00:00Z", "size": 3},
    {"sid": "W2", "@odata.id": "/widgets/W2", "createdAt": "2024-01-02T00:00:00Z", "size": {"w": 1, "h": 2}},
]


def test_a_list_under_a_parent_is_named_with_what_it_needs() -> None:
    client = Client(RECORDS)
    assert not aiwyn_dlt.raw_pages(LIST)
    assert aiwyn_dlt.needs(client, "widgets", LIST) == []
    assert aiwyn_dlt.needs(client, "widgets", PARTS) == ["parent_id", "company_id"]
    assert aiwyn_dlt.needs(client, "widgets", PARTS, {"company_id": "7"}) == ["parent_id"]


def test_params_reach_the_iterators_that_take_them_typed_as_they_declare() -> None:
    """``aiwyn sync --param company_id=7``: a tenant or company every list of an API asks for."""
    client = Client(RECORDS)
    given = {"parent_id": "P1", "company_id": "7"}
    assert list(aiwyn_dlt._typed_records(client, "widgets", PARTS, None, given)) == [{"sid": "P1/8"}]
    assert list(aiwyn_dlt._typed_records(client, "widgets", LIST, None, given)) == RECORDS  # takes neither
    with pytest.raises(ValueError, match="company_id=seven: not a number"):
        aiwyn_dlt._typed_records(client, "widgets", PARTS, None, {**given, "company_id": "seven"})


@pytest.fixture
def widgets_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(aiwyn_dlt.TABLES, "widgets", TABLE)


@pytest.mark.usefixtures("widgets_table")
def test_a_cursor_list_without_ids_loads_through_its_iterator_and_a_second_run_replaces_it(tmp_path: Path) -> None:
    client = Client(RECORDS)
    database = tmp_path / "w.duckdb"
    pipeline = dlt.pipeline("widgets", destination=dlt.destinations.duckdb(str(database)), pipelines_dir=str(tmp_path))
    for _ in range(2):
        resource = aiwyn_dlt._table(client, "widgets", "list", LIST, None, None, None)  # type: ignore[arg-type]
        pipeline.run(resource, dataset_name="data", loader_file_format="parquet")
    assert client.widgets.page_sizes == [200, 200]  # the largest page the list takes
    with duckdb.connect(str(database), read_only=True) as con:
        rows = con.execute("select sid, odata_id, created_at, size from data.widgets order by sid").fetchall()
    assert [(r[0], r[1], r[2].year, r[3]) for r in rows] == [
        ("W1", "/widgets/W1", 2024, "3"),
        ("W2", "/widgets/W2", 2024, '{"w": 1, "h": 2}'),
    ]


PARENT = "someRatherLongParentObjectName"
AWKWARD_PATHS = [(name,) for name in AWKWARD] + [(PARENT, name) for name in AWKWARD[-2:]]
AWKWARD_NAMES = column_names(AWKWARD_PATHS, _columns)
AWKWARD_TABLE = Table(
    "list",
    "Awkward",
    (Column(("sid",), "sid", "text"), *(Column(p, n, "text") for p, n in AWKWARD_NAMES.items())),
)
AWKWARD_RECORD = {"sid": "A1", **{name: name for name in AWKWARD}, PARENT: {name: name for name in AWKWARD[-2:]}}


@pytest.mark.postgres
def test_awkward_and_long_names_load_into_postgres_each_in_its_own_column(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import psycopg2

    from tests.support.postgres_server import postgres

    monkeypatch.setitem(aiwyn_dlt.TABLES, "widgets", AWKWARD_TABLE)
    client = Client([AWKWARD_RECORD])
    with postgres() as server:
        destination = dlt.destinations.postgres(server.dsn)
        pipeline = dlt.pipeline("awkward", destination=destination, pipelines_dir=str(tmp_path))
        for _ in range(2):
            resource = aiwyn_dlt._table(client, "widgets", "list", LIST, None, None, None)  # type: ignore[arg-type]
            pipeline.run(resource, dataset_name="data", loader_file_format="csv")
        with contextlib.closing(psycopg2.connect(server.dsn)) as con, con.cursor() as cur:  # closed: the server stops
            cur.execute("select * from data.widgets")
            names = [d[0] for d in cur.description or ()]
            rows = cur.fetchall()
    values = {name: value for name, value in zip(names, rows[0], strict=True) if not name.startswith("_dlt")}
    assert len(rows) == 1  # replaced, not appended
    assert sorted(values.values()) == sorted(["A1", *AWKWARD, *AWKWARD[-2:]])  # every value in a column of its own
    assert all(len(name.encode()) <= 63 for name in names)


BROKEN_TABLE = Table(
    "list",
    "Widget",
    (
        Column(("sid",), "sid", "text"),
        Column(("createdAt",), "created_at", "timestamp"),
        Column(("count",), "count", "bigint"),
        Column(("amount",), "amount", "decimal"),
        Column(("paid",), "paid", "bool"),
    ),
)
BROKEN = [
    {"sid": "W1", "createdAt": "2024-01-01T00:00:00Z", "count": 3, "amount": "12.50", "paid": True},
    {"sid": "W2", "createdAt": "0000-00-00 00:00:00", "count": 2**70, "amount": 0.30000000000000004, "paid": "maybe"},
    {"sid": "W3", "createdAt": "/Date(1573755038314+0000)/", "count": 1.5, "amount": "1e400", "paid": "false"},
    {"sid": "W4", "createdAt": "", "count": "", "amount": "", "paid": ""},
]
"""Records a real server sends against its own description: MySQL's zero date and a .NET date for
a date-time, an integer beyond 64 bits, a number cut short, a float's rounding noise, an amount no
decimal column holds, a boolean that is neither, and an empty string for each (kept as one)."""


def _load_broken(destination: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_format: str) -> None:
    monkeypatch.setitem(aiwyn_dlt.TABLES, "widgets", BROKEN_TABLE)
    pipeline = dlt.pipeline("broken", destination=destination, pipelines_dir=str(tmp_path))
    resource = aiwyn_dlt._table(Client(BROKEN), "widgets", "list", LIST, None, None, None)  # type: ignore[arg-type]
    with pytest.warns(UserWarning) as warned:
        pipeline.run(resource, dataset_name="data", loader_file_format=file_format)  # as aiwyn sync loads each
    assert sorted(str(w.message).split(":")[0] for w in warned) == [
        "widgets.amount",
        "widgets.count",
        "widgets.createdAt",
        "widgets.paid",
    ]  # fmt: skip: once a column


BROKEN_ROWS = [
    ("W1", "2024-01-01", None, 3, None, "12.500000000", None, True, None),
    ("W2", None, "0000-00-00 00:00:00", None, "1180591620717411303424", "0.300000000", None, None, "maybe"),
    ("W3", None, "/Date(1573755038314+0000)/", None, "1.5", None, "1e400", False, None),
    ("W4", None, "", None, "", None, "", None, ""),
]
BROKEN_QUERY = (
    "select sid, cast(created_at as date), created_at_v_text, count, count_v_text, cast(amount as text),"
    " amount_v_text, paid, paid_v_text from data.widgets order by sid"
)


def _rows(found: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [tuple(str(v) if isinstance(v, datetime.date) else v for v in row) for row in found]


def test_values_that_break_the_description_load_beside_a_null_as_text_and_nothing_is_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One value of the wrong type no longer fails its whole table: its typed column holds a null
    and ``<column>_v_text`` (dlt's suffix) the value as it came; each such column is warned about once."""
    database = tmp_path / "w.duckdb"
    _load_broken(dlt.destinations.duckdb(str(database)), tmp_path, monkeypatch, "parquet")
    with duckdb.connect(str(database), read_only=True) as con:
        assert _rows(con.execute(BROKEN_QUERY).fetchall()) == BROKEN_ROWS


def test_a_batch_whose_only_misfit_is_a_decimal_past_the_scale_is_rounded_with_no_text_column(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Arrow refuses the batch as it came, each value fits once rounded: nothing is kept as text."""
    monkeypatch.setitem(aiwyn_dlt.TABLES, "widgets", BROKEN_TABLE)
    table = aiwyn_dlt.Columns("widgets", ("sid",)).table([{"sid": "W1", "amount": 0.30000000000000004}])
    assert table.column_names == ["sid", "created_at", "count", "amount", "paid"]
    assert str(table.column("amount")[0].as_py()) == "0.300000000"


@pytest.mark.postgres
def test_values_that_break_the_description_load_into_postgres_too(
    pg: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import psycopg2
    from aiwyn_client._postgres import postgres

    _load_broken(postgres(pg.dsn), tmp_path, monkeypatch, "csv")
    with contextlib.closing(psycopg2.connect(pg.dsn)) as con, con.cursor() as cur:  # closed: the server stops
        cur.execute(BROKEN_QUERY)
        assert _rows(cur.fetchall()) == BROKEN_ROWS


@pytest.mark.postgres
def test_nul_characters_are_taken_out_for_postgres_which_cannot_hold_them(
    pg: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One U+0000 in any text or JSON value failed the whole table in PostgreSQL (``invalid byte
    sequence``); ``aiwyn sync --destination postgres`` takes it out, with one warning."""
    import psycopg2
    from aiwyn_client._postgres import postgres

    monkeypatch.setitem(aiwyn_dlt.TABLES, "widgets", TABLE)
    records = [
        {"sid": "W1", "@odata.id": "a\x00b", "size": {"note": "c\x00d"}, "comment": "e\x00f"},
        {"sid": "W2", "@odata.id": "/widgets/W2", "size": 3},
        {"sid": "W3", "@odata.id": "\x00", "size": "\x00", "comment": "\x00"},
    ]
    pipeline = dlt.pipeline("nulls", destination=postgres(pg.dsn), pipelines_dir=str(tmp_path))
    resource = aiwyn_dlt._table(Client(records), "widgets", "list", LIST, None, None, None, None, True)  # type: ignore[arg-type]
    with pytest.warns(UserWarning, match="widgets: PostgreSQL cannot hold the NUL character"):
        pipeline.run(resource, dataset_name="data", loader_file_format="csv")
    with contextlib.closing(psycopg2.connect(pg.dsn)) as con, con.cursor() as cur:  # closed: the server stops
        cur.execute("select sid, odata_id, size::text, comment from data.widgets order by sid")
        assert cur.fetchall() == [
            ("W1", "ab", '{"note": "cd"}', "ef"),
            ("W2", "/widgets/W2", "3", None),
            ("W3", "", '""', ""),  # nothing left but an empty string: still not a null
        ]


TEXTS = {
    "T01": "",
    "T02": None,
    "T03": "a,b",
    "T04": 'say "hi"',
    "T05": '""',
    "T06": "two\nlines",
    "T07": "carriage\r\nreturn",
    "T08": "back\\slash",
    "T09": "\\N",
    "T10": "NULL",
    "T11": " ",
    "T12": "\\.",
}
"""An empty string beside a null, and what CSV and ``COPY`` read specially: the delimiter, a
quote, a line break, a backslash, the text format's null (``\\N``) and end of data (``\\.``)."""
TEXT_TABLE = Table(
    "list",
    "Widget",
    (
        Column(("sid",), "sid", "text"),
        Column(("reference",), "reference", "text"),
        Column(("size",), "size", "json"),
    ),
)


def _load_texts(destination: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_format: str) -> None:
    monkeypatch.setitem(aiwyn_dlt.TABLES, "widgets", TEXT_TABLE)
    records = [{"sid": sid, "reference": text, "size": text} for sid, text in TEXTS.items()]
    records.append({"sid": "T13"})  # no reference at all: a null too
    pipeline = dlt.pipeline("texts", destination=destination, pipelines_dir=str(tmp_path))
    for _ in range(2):  # loaded, then merged over itself
        resource = aiwyn_dlt._table(Client(records), "widgets", "list", LIST, None, None, None, None, True)  # type: ignore[arg-type]
        pipeline.run(resource, dataset_name="data", loader_file_format=file_format)  # as aiwyn sync loads each


TEXT_QUERY = "select sid, reference, size from data.widgets order by sid"
TEXT_ROWS = [
    *[(sid, text, None if text is None else json.dumps(text)) for sid, text in TEXTS.items()],
    ("T13", None, None),
]


def test_text_loads_into_duckdb_exactly_and_an_empty_string_is_not_a_null(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "t.duckdb"
    _load_texts(dlt.destinations.duckdb(str(database)), tmp_path, monkeypatch, "parquet")
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute(TEXT_QUERY).fetchall() == TEXT_ROWS


@pytest.mark.postgres
def test_text_loads_into_postgres_exactly_and_an_empty_string_is_not_a_null(
    pg: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """dlt's own copy of a CSV file read ``""`` as a null in every nullable column; ``aiwyn sync``'s
    (``aiwyn_client._postgres``) reads only an unquoted empty field so, which is how a null is written."""
    import psycopg2
    from aiwyn_client._postgres import postgres

    _load_texts(postgres(pg.dsn), tmp_path, monkeypatch, "csv")
    with contextlib.closing(psycopg2.connect(pg.dsn)) as con, con.cursor() as cur:  # closed: the server stops
        cur.execute(TEXT_QUERY.replace(", size from", ", size::text from"))
        assert cur.fetchall() == TEXT_ROWS


def test_dlts_warning_that_json_arrives_as_text_is_not_passed_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table's arrow batches carry its JSON columns as text, and dlt warns on every sync that
    their hints differ ("It is up to destination to coerce the differences"); it then loads them as
    the JSON they are hinted. For a table with JSON columns that warning is the only difference
    the batches can have, so it is not passed on; for one without, it still is."""
    from aiwyn_client import _warehouse

    with_json = Table("list", "Widget", (Column(("sid",), "sid", "text"), Column(("tags",), "tags", "json")))
    monkeypatch.setitem(_warehouse.TABLES, "widgets", with_json)
    monkeypatch.setitem(_warehouse.TABLES, "gadgets", Table("list", "Gadget", (Column(("sid",), "sid", "text"),)))
    collected: list[str] = []
    handler = _warehouse._Collect(collected)
    for resource in ("widgets", "gadgets"):
        message = (
            f"In resource: {resource}, when merging arrow schema with dlt schema, several column hints were "
            "different. dlt schema hints were kept and arrow schema and data were unmodified."
        )
        handler.emit(logging.makeLogRecord({"msg": message, "levelno": logging.WARNING}))
    assert [m.split(",")[0] for m in collected] == ["In resource: gadgets"]


def test_a_required_header_is_needed_unless_given_or_in_the_clients_default_headers() -> None:
    """A method takes a header its description requires (Xero's tenant) as optional, for the
    client's ``default_headers`` to give it; ``aiwyn sync`` skips the resource, saying which
    ``--param`` loads it, only where neither the run nor the client gives it."""
    from aiwyn_client._typed_lists import headers_needed

    tenant = (("xero_tenant_id", "xero-tenant-id"),)
    assert headers_needed(tenant, {"User-Agent": "aiwyn"}) == ["xero_tenant_id"]
    assert headers_needed(tenant, {"Xero-Tenant-Id": "T"}) == []
    assert headers_needed(tenant, {}, {"xero_tenant_id": "T"}) == []
