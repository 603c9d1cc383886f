"""A dlt source of the Aiwyn API: every list or search as a table, loaded by dlt into any warehouse.

``pip install 'aiwyn-client[warehouse]'`` (DuckDB; ``[postgres]`` for PostgreSQL, ``[lakehouse]``
for Delta tables in a directory). One dlt resource per resource that pages (its search when it
has one: keyset paging holds still under concurrent writes), primary key ``id``, merge write
disposition, so a record changed since the last run replaces its row (records without an ``id``
replace their table). Lists ``Aiwyn.paginate`` follows (JSON bodies paged by number, offset or
keyset) are read as raw records; the others (GET lists paged by query parameters, cursors, next
links) through their typed iterator, written back as the API's JSON. A list whose iterator needs
an argument (a parent's id, a tenant) takes it from ``arguments`` or is skipped, named. An entity with an update
time (``updatedAt`` or the like) loads incrementally: dlt's state keeps the latest value seen, and
the next run asks a search only for records updated since (a ``where`` on the cursor, sorted by it
then by ``id``); a list, which cannot be asked that, is read whole and dlt keeps only the records
updated since.

The tables' columns come from the description (``_schemas.TABLES``): timestamps, dates, decimals,
integers, booleans and text typed as it declares them, nulls taken in all but the key (servers
leave out and null what their descriptions require), names in
snake_case with collisions numbered (``partner_staff_id``, ``partner_staff_id_2``). Nested objects
are columns by their path, arrays of objects child tables, other arrays and free-form objects JSON
columns (``jsonb`` in PostgreSQL, ``JSON`` in DuckDB, a JSON string in Delta). Fields the
description lacks are kept, named by the same rule::

    import dlt
    from aiwyn_client import Aiwyn
    from aiwyn_client.dlt import aiwyn_source

    pipeline = dlt.pipeline("aiwyn", destination="duckdb", dataset_name="aiwyn_data")
    pipeline.run(aiwyn_source(Aiwyn(api_key="...")))
"""

from __future__ import annotations

import os

# dlt sends anonymous usage telemetry unless told not to; ours is off unless the user turns it on.
os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")

import contextlib  # noqa: E402
import datetime  # noqa: E402
import decimal  # noqa: E402
import json  # noqa: E402
import queue  # noqa: E402
import threading  # noqa: E402
import warnings  # noqa: E402
from collections.abc import Callable, Iterator, Sequence  # noqa: E402
from typing import Any  # noqa: E402

import dlt  # noqa: E402
from dlt.extract.source import DltSource  # noqa: E402

from . import _typed_lists  # noqa: E402
from ._catalog import CATALOG, MethodInfo, paged_methods  # noqa: E402
from ._client import Aiwyn  # noqa: E402
from ._columns import flat_name, unique  # noqa: E402
from ._iso8601 import parse_date, parse_datetime  # noqa: E402
from ._schemas import TABLES, Child, Column  # noqa: E402
from ._typed_lists import Arguments, as_json, iterator, own_arguments, raw_pages, typed_pager  # noqa: E402
from .where import fields as where_fields  # noqa: E402
from .where._expr import DateTimeField  # noqa: E402

CURSOR_NAMES = ("updatedAt", "updated_at", "modifiedAt", "lastModified", "lastModifiedAt", "updatedDate")
"""API names of an update time, in order of preference: the incremental cursor when a search has one."""
BATCH = 1000
DECIMAL = (38, 9)
"""Precision and scale of decimal columns: dlt's default, room for any amount to nine places."""

Progress = Callable[[str, int, "int | None"], None]
"""Called as records arrive: (resource, records so far, the total the server announced)."""


def _json(value: Any) -> Any:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


def _timestamp(value: Any) -> Any:
    if value is None or isinstance(value, datetime.datetime):
        return value
    parsed = parse_datetime(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.timezone.utc)


def _date(value: Any) -> Any:
    return None if value is None else parse_date(str(value)[:10])


def _decimal(value: Any) -> Any:
    if value is None:
        return None
    return decimal.Decimal(repr(value) if isinstance(value, float) else str(value))


_SCALE = decimal.Decimal(1).scaleb(-DECIMAL[1])
_PRECISION = decimal.Context(prec=DECIMAL[0])


def _decimal_at_scale(value: Any) -> Any:
    """A decimal rounded half to even at the column's scale, as the database's own
    ``DECIMAL(38,9)`` would round it (a float's ``0.30000000000000004`` is ``0.300000000``); for
    the values Arrow would not take as they are (a batch's first try leaves them unrounded)."""
    found = _decimal(value)
    if found is None:
        return None
    if not found.is_finite():
        raise ValueError(f"{found} is not a finite number")
    return found.quantize(_SCALE, context=_PRECISION)


_TRUE, _FALSE = frozenset({"true", "1", "yes"}), frozenset({"false", "0", "no"})


def _bool(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise ValueError(f"{value!r} is neither true nor false")


def _float(value: Any) -> Any:
    return value if value is None or isinstance(value, float) else float(value)


def _int(value: Any) -> Any:
    """An integer, from a number or text that is one (``12``, ``12.0``), never cut short (``1.5``)."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"{value!r} is not a whole number")
        return int(value)
    return int(str(value))


def _text(value: Any) -> Any:
    return value if value is None else _as_text(value)


AT_SCALE: dict[str, Callable[[Any], Any]] = {"decimal": _decimal_at_scale}
"""Where a value needs more than ``CONVERT`` to fit its column: used once the whole batch did not."""
CONVERT: dict[str, Callable[[Any], Any]] = {
    "double": _float,
    "bigint": _int,
    "text": _text,
    "timestamp": _timestamp,
    "date": _date,
    "decimal": _decimal,
    "json": _json,
    "bool": _bool,
}


def _arrow_type(pa: Any, data_type: str) -> Any:
    return {
        "text": pa.string(),
        "bigint": pa.int64(),
        "double": pa.float64(),
        "decimal": pa.decimal128(*DECIMAL),
        "bool": pa.bool_(),
        "timestamp": pa.timestamp("us", tz="UTC"),
        "date": pa.date32(),
        "json": pa.string(),
    }[data_type]


def _hints(columns: Sequence[Column], primary: tuple[str, ...] | None) -> dict[str, dict[str, Any]]:
    hints: dict[str, dict[str, Any]] = {}
    for column in columns:
        hint: dict[str, Any] = {"name": column.name, "data_type": column.data_type, "nullable": True}
        if column.data_type == "decimal":
            hint.update(precision=DECIMAL[0], scale=DECIMAL[1])
        if column.data_type == "timestamp":
            hint.update(timezone=True)
        if column.path == primary:
            hint.update(primary_key=True, nullable=False)
        hints[column.name] = hint
    return hints


def key_path(resource: str, info: MethodInfo | None = None) -> tuple[str, ...] | None:
    """Where a record's unique key is (the paging's key, ``id``), when the table declares it: its
    primary key. Without one a table is replaced on each run, not merged."""
    table = TABLES.get(resource)
    key = info.paging.key if info is not None and info.paging is not None else "id"
    if table is None or key is None:
        return None
    path = (key,)
    return path if any(column.path == path for column in table.columns) else None


def column_hints(resource: str, info: MethodInfo | None = None) -> dict[str, dict[str, Any]]:
    """dlt's column hints of a resource's table, from the description."""
    table = TABLES.get(resource)
    return _hints(table.columns, key_path(resource, info)) if table else {}


def nested_hints(resource: str) -> dict[str, Any]:
    """dlt's hints of a resource's child tables (arrays of objects), from the description."""
    table = TABLES.get(resource)
    return {child.name: {"columns": _hints(child.columns, None)} for child in (table.children if table else ())}


def _get(record: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = record
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


class Columns:
    """Turns a resource's records into Arrow tables (or rows) with the description's columns.

    Keys the description lacks (at the top, or inside an object it flattens) are kept as columns
    named by the same rule, typed as Arrow infers them (JSON for objects and arrays)."""

    def __init__(self, resource: str, key: tuple[str, ...] | None = ("id",), *, without_nul: bool = False) -> None:
        self.resource = resource
        self.key = key
        self.without_nul = without_nul
        """Take U+0000 out of every text (``aiwyn_source``'s ``text_without_nul``)."""
        self.nul_warned = False
        table = TABLES.get(resource)
        self.declared: tuple[Column, ...] = table.columns if table else ()
        self.children: tuple[Child, ...] = table.children if table else ()
        self.names: dict[tuple[str, ...], str] = {c.path: c.name for c in self.declared}
        self.used = set(self.names.values())
        # Each flattened object's path, with the keys declared in it (the top level is ()).
        self.objects: dict[tuple[str, ...], set[str]] = {}
        for column in (*self.declared, *(Column(c.path, c.name, "array") for c in self.children)):
            for depth in range(len(column.path)):
                self.objects.setdefault(column.path[:depth], set()).add(column.path[depth])
            self.used.add(column.name)
        self.variants: dict[tuple[str, str], str] = {}
        """Per (table, column): where its values of another type are kept (``kept_as_text``)."""
        self.child_names = {child.name: {c.name for c in child.columns} for child in self.children}

    def kept_as_text(self, where: str, column: Column, value: Any, table: str = "") -> str:
        """The column of ``table`` (a child table's name, or the resource's own) where values that
        ``column``'s type cannot hold are kept as their text, beside a null in the typed column:
        ``<name>_v_text`` (dlt's suffix for such a column), named on the first such value, which is
        warned about once. A real server breaks its own description now and then (an empty string
        for a date, a number too large for 64 bits): the rest of the table still loads, and nothing
        is lost. The key column is the exception: a record without its key cannot be merged."""
        if not table and column.path == self.key:
            raise ValueError(f"{where}.{'.'.join(column.path)}: {value!r} is not a {column.data_type} (the key)")
        found = self.variants.get((table, column.name))
        if found is None:
            used = self.child_names.setdefault(table, set()) if table else self.used
            found = self.variants[table, column.name] = unique(f"{column.name}_v_text", used)
            warnings.warn(
                f"{where}.{'.'.join(column.path)}: {value!r} is not a {column.data_type} as the description "
                f"declares; such values are kept as text in {found}",
                stacklevel=2,
            )
        return found

    def name_of(self, *path: str) -> str:
        """The column of a record key (a path into nested objects): declared, or named by the rule."""
        found = self.names.get(path)
        if found is None:
            found = self.names[path] = unique(flat_name(path), self.used)
        return found

    def undeclared(self, records: list[dict[str, Any]]) -> list[tuple[str, ...]]:
        """The paths of keys the description does not declare, in the order they first appear."""
        found: dict[tuple[str, ...], None] = {}
        for prefix, keys in self.objects.items():
            for record in records:
                value = _get(record, prefix) if prefix else record
                if isinstance(value, dict):
                    for key in value:
                        if key not in keys:
                            found[prefix + (key,)] = None
        return list(found)

    def _values(self, column: Column, records: list[dict[str, Any]], pa: Any) -> tuple[Any, Any]:
        """The column's values as an Arrow array of its type, and those it cannot hold as text
        (an array, or None when every value fits)."""
        convert = CONVERT.get(column.data_type)
        path = column.path
        if len(path) == 1:
            key = path[0]
            raw = [r.get(key) for r in records]
        else:
            raw = [_get(r, path) for r in records]
        kind = _arrow_type(pa, column.data_type)
        if column.data_type in ("text", "bigint", "double", "bool") or convert is None:
            with contextlib.suppress(pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
                return pa.array(raw, type=kind), None  # values of the declared type need no conversion
        if convert is not None:  # without one, the try above was this same try
            with contextlib.suppress(ValueError, TypeError, ArithmeticError, pa.ArrowInvalid, pa.ArrowTypeError):
                return pa.array(list(map(convert, raw)), type=kind), None
        values, texts = [], []  # some value does not fit: each is tried on its own
        convert = AT_SCALE.get(column.data_type, convert)
        for value in raw:
            typed = _fitting(value, convert, pa, kind)
            values.append(typed)
            texts.append(None if typed is not None or value is None else _as_text(value))
        misfit = next((value for value, text in zip(raw, texts, strict=True) if text is not None), None)
        if misfit is None:  # each fits on its own (a decimal past the scale, rounded): no text to keep
            return pa.array(values, type=kind), None
        self.kept_as_text(self.resource, column, misfit)
        return pa.array(values, type=kind), pa.array(texts, type=pa.string())

    def table(self, records: list[dict[str, Any]]) -> Any:
        """An Arrow table of the batch (dlt loads it without normalizing row by row); rows when the
        records hold arrays of objects (dlt makes their child tables) or pyarrow is missing."""
        if self.without_nul:
            records = self._nul_free(records)
        if self.children and records:  # none: the table's own columns, Arrow (``_table``'s empty batch)
            return self.rows(records)
        try:
            import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]
        except ImportError:
            return self.rows(records)
        arrays, fields = [], []
        for column in self.declared:
            kind = _arrow_type(pa, column.data_type)
            values, texts = self._values(column, records, pa)
            arrays.append(values)
            fields.append(pa.field(column.name, kind, nullable=column.path != self.key))
            if texts is not None:
                arrays.append(texts)
                fields.append(pa.field(self.variants["", column.name], pa.string()))
        for path in self.undeclared(records):
            values = [_get(r, path) for r in records]
            if any(isinstance(v, dict | list) for v in values):
                values = [_json(v) for v in values]
            try:
                array = pa.array(values)
            except (pa.ArrowInvalid, pa.ArrowTypeError):
                array = pa.array([None if v is None else str(v) for v in values])
            if pa.types.is_null(array.type):  # only nulls yet: text until a value says otherwise
                array = array.cast(pa.string())
            arrays.append(array)
            fields.append(pa.field(self.name_of(*path), array.type))
        return pa.Table.from_arrays(arrays, schema=pa.schema(fields))

    def _nul_free(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The records with U+0000 taken out of their text, at any depth; the first batch that held
        one is warned about. Looked for in one ``json.dumps`` of the batch (which spells it
        ``\\u0000``), so a batch without one, the usual case, is not walked."""
        if "\\u0000" not in json.dumps(records, default=str):
            return records
        if not self.nul_warned:
            self.nul_warned = True
            warnings.warn(
                f"{self.resource}: PostgreSQL cannot hold the NUL character (U+0000) in text or JSON; "
                "taken out of the values that held it",
                stacklevel=2,
            )
        cleaned: list[dict[str, Any]] = [_without_nul(record) for record in records]
        return cleaned

    def rows(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The records as rows of the same columns, values typed (``datetime``, ``Decimal``), JSON
        columns as they are (dlt's ``json`` hint keeps them whole) and arrays of objects as lists of
        typed items, which dlt loads into child tables."""
        extra = self.undeclared(records)
        out = []
        for record in records:
            row = self._typed(record, self.declared, self.resource, keep_json=True)
            for child in self.children:
                items = _get(record, child.path)
                if isinstance(items, list):
                    where = f"{self.resource}.{'.'.join(child.path)}"
                    row[child.name] = [
                        self._typed(item, child.columns, where, keep_json=False, table=child.name)
                        if isinstance(item, dict)
                        else item
                        for item in items
                    ]
                else:
                    row[child.name] = None
            for path in extra:
                value = _get(record, path)
                row[self.name_of(*path)] = _json(value) if isinstance(value, dict | list) else value
            out.append(row)
        return out

    def _typed(
        self, record: dict[str, Any], columns: Sequence[Column], where: str, *, keep_json: bool, table: str = ""
    ) -> dict[str, Any]:
        row: dict[str, Any] = {}
        for column in columns:
            value = _get(record, column.path)
            convert = AT_SCALE.get(column.data_type) or CONVERT.get(column.data_type)
            if convert is None or value is None or (keep_json and column.data_type == "json"):
                row[column.name] = value
                continue
            try:
                row[column.name] = convert(value)
            except (ValueError, TypeError, ArithmeticError):
                row[column.name] = None
                row[self.kept_as_text(where, column, value, table)] = _as_text(value)
        return row


def _without_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {key: _without_nul(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_without_nul(item) for item in value]
    return value


def _fitting(value: Any, convert: Callable[[Any], Any] | None, pa: Any, kind: Any) -> Any:
    """``value`` as its column's type takes it, or None if it cannot be."""
    try:
        typed = value if convert is None else convert(value)
        pa.array([typed], type=kind)
    except (ValueError, TypeError, ArithmeticError, pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    return typed


def _as_text(value: Any) -> str:
    """A value kept as text: a string as it is, an object or array as JSON, anything else as ``str``."""
    if isinstance(value, str):
        return value
    return _json(value) if isinstance(value, dict | list) else str(value)


PREFETCH = 2
"""Batches fetched ahead of the one being converted and written."""
_END = object()


def _prefetched(pager: Any) -> Iterator[list[dict[str, Any]]]:
    """The pager's records in batches of ``BATCH``, fetched by a thread; its error raised here."""
    batches: queue.Queue[Any] = queue.Queue(maxsize=PREFETCH)
    stop = threading.Event()

    def put(item: Any) -> bool:
        while not stop.is_set():
            try:
                batches.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def fetch() -> None:
        try:
            batch: list[dict[str, Any]] = []
            for record in pager:
                batch.append(record)
                if len(batch) >= BATCH:
                    if not put(batch):
                        return
                    batch = []
            if batch and not put(batch):
                return
            put(_END)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, which raises it
            put(exc)

    thread = threading.Thread(target=fetch, name="aiwyn-sync-fetch", daemon=True)
    thread.start()
    try:
        while True:
            item = batches.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        thread.join()


def pageable() -> dict[str, tuple[str, MethodInfo]]:
    """Each resource that pages, with the method its table is loaded by (the search if any)."""
    return {resource: next(iter(paged.items())) for resource in CATALOG if (paged := paged_methods(resource))}


def chosen_resources(resources: Sequence[str] | None) -> tuple[dict[str, tuple[str, MethodInfo]], list[str]]:
    """The resources that page (``pageable``) and those asked for among them, every one by default;
    a name that does not page is a ``ValueError`` naming those that do."""
    tables = pageable()
    if not tables:
        raise ValueError("nothing to load: no list or search of this API pages")
    chosen = list(resources) if resources else sorted(tables)
    unknown = [name for name in chosen if name not in tables]
    if unknown:
        raise ValueError(
            f"no list or search to load for {', '.join(unknown)}; resources that page: {', '.join(sorted(tables))}"
        )
    return tables, chosen


def needs(client: Any, resource: str, info: MethodInfo, given: Arguments | None = None) -> list[str]:
    """The arguments a resource's iterator cannot do without that ``given`` lacks: without them the
    resource is skipped, named (none for a list read as raw records)."""
    if raw_pages(info):
        return []
    found = _typed_lists.needs(iterator(client, resource, info), given)
    if info.headers:  # required headers the client's default_headers may give (a tenant)
        found += _typed_lists.headers_needed(info.headers, client.default_headers, given)
    return found


def skipped(client: Any, chosen: Sequence[str], given: Arguments | None = None) -> dict[str, str]:
    """The chosen resources a sync cannot load with ``given``, each with why (``needs``)."""
    tables = pageable()
    why = {}
    for resource in chosen:
        method, info = tables[resource]
        missing = needs(client, resource, info, given)
        if missing:
            options = " ".join(f"--param {name}=..." for name in missing)
            why[resource] = f"{resource}.{info.iterator} needs {', '.join(missing)} (give {options} to load it)"
    return why


def unused(client: Any, chosen: Sequence[str], given: Arguments) -> list[str]:
    """The names in ``given`` that no chosen resource's iterator takes (a misspelt ``--param``)."""
    tables = pageable()
    taken: set[str] = set()
    for resource in chosen:
        info = tables[resource][1]
        if not raw_pages(info):
            taken |= set(own_arguments(iterator(client, resource, info)))
    return [name for name in given if name not in taken]


def _typed_records(
    client: Any, resource: str, info: MethodInfo, page_size: int | None, given: Arguments | None = None
) -> Any:
    """The typed iterator's records as the API's JSON: a pager whose items are dicts."""
    size = page_size or (info.paging.size_max if info.paging else None)
    return _Dicts(typed_pager(iterator(client, resource, info), given, size))


class _Dicts:
    """A typed pager read as the API's JSON records (``as_json``), its ``total`` passed through."""

    def __init__(self, pager: Any) -> None:
        self.pager = pager

    @property
    def total(self) -> int | None:
        return getattr(self.pager, "total", None)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return map(as_json, self.pager)


def cursor_of(info: MethodInfo) -> Any:
    """The update-time field a search can filter and sort on, or None."""
    if info.kind != "search" or not info.fields:
        return None
    fields = getattr(where_fields, info.fields)
    members = {v.path[-1]: v for v in vars(fields).values() if isinstance(v, DateTimeField)}
    return next((members[name] for name in CURSOR_NAMES if name in members), None)


def _update_time(columns: Columns) -> str | None:
    """The column of a record's update time (a top-level timestamp named like ``CURSOR_NAMES``)."""
    stamps = {c.path[0]: c.name for c in columns.declared if len(c.path) == 1 and c.data_type == "timestamp"}
    return next((stamps[name] for name in CURSOR_NAMES if name in stamps), None)


def _table(
    client: Aiwyn,
    resource: str,
    method: str,
    info: MethodInfo,
    page_size: int | None,
    progress: Progress | None,
    table_format: str | None,
    arguments: Arguments | None = None,
    text_without_nul: bool = False,
) -> Any:
    paging = info.paging
    if paging is None:
        raise ValueError(f"{resource}.{method} does not page")
    key = key_path(resource, info)
    # Increments need a key to merge on; a search's cursor needs the raw pager's ``where``.
    cursor = cursor_of(info) if key and raw_pages(info) else None
    columns = Columns(resource, key, without_nul=text_without_nul)
    disposition: Any = "merge" if key else "replace"
    if table_format and key:  # Delta and Iceberg tables merge by upsert on the primary key
        disposition = {"disposition": "merge", "strategy": "upsert"}
    hints: dict[str, Any] = {
        "name": resource,
        "write_disposition": disposition,
        "columns": column_hints(resource, info),
    }
    if key:
        hints["primary_key"] = columns.name_of(*key)
    if columns.children:
        hints["nested_hints"] = nested_hints(resource)
    if table_format:
        hints["table_format"] = table_format

    def batches(options: dict[str, Any]) -> Iterator[Any]:
        # The records as the API sends them, through the typed iterator's paging plan, in the
        # largest pages the operation takes (a warehouse load wants few requests), fetched on a
        # thread while the batch before is converted and written (at most PREFETCH batches ahead,
        # so memory stays flat whatever the number of records).
        if raw_pages(info):
            pager = client.paginate(page_size=page_size or paging.size_max, **info.paginate_options(), **options)
        else:
            pager = _typed_records(client, resource, info, page_size, arguments)
        done = 0
        for batch in _prefetched(pager):
            done += len(batch)
            yield columns.table(batch)
            if progress:
                progress(resource, done, pager.total)
        if not done:  # dlt makes no table for a resource that yields nothing: an empty batch makes it
            yield columns.table([])
        if progress:
            progress(resource, done, done)

    if cursor is None:
        updated_column = _update_time(columns) if key else None
        if updated_column is None:

            def everything() -> Iterator[Any]:
                yield from batches({})

            return dlt.resource(everything, **hints)

        # A list cannot ask for what changed, but its records carry an update time: every record is
        # read and dlt keeps only those updated since the last run (records without one are kept).
        since_last: Any = dlt.sources.incremental(updated_column, on_cursor_value_missing="include")

        def updated(changed: Any = since_last) -> Iterator[Any]:
            yield from batches({})

        return dlt.resource(updated, **hints)

    fields = vars(getattr(where_fields, str(info.fields)))
    id_field = fields.get("id")
    order = [cursor.asc(), *([id_field.asc()] if id_field is not None else [])]
    cursor_column = columns.name_of(*cursor.path)

    def changed(updated: Any = dlt.sources.incremental(cursor_column)) -> Iterator[Any]:  # noqa: B008 - dlt declares cursors so
        since = updated.last_value
        if isinstance(since, datetime.datetime):
            since = since.isoformat()
        yield from batches({"where": cursor.gte(since) if since else None, "order_by": order})

    return dlt.resource(changed, **hints)


def aiwyn_source(
    client: Aiwyn,
    resources: Sequence[str] | None = None,
    *,
    page_size: int | None = None,
    progress: Progress | None = None,
    table_format: str | None = None,
    arguments: Arguments | None = None,
    text_without_nul: bool = False,
) -> DltSource:
    """The source: ``resources`` (names of the client's resources; every one that pages by default).
    ``progress`` is called as records arrive; ``table_format`` (``delta``, ``iceberg``) is for dlt's
    filesystem destination; ``arguments`` go to every iterator that takes them (``Arguments``);
    ``text_without_nul`` takes the NUL character (U+0000) out of every text, for PostgreSQL, whose
    text and JSON columns cannot hold it (one such character would fail the whole table)."""
    tables, chosen = chosen_resources(resources)

    @dlt.source(name="aiwyn")
    def source() -> Any:
        return [
            _table(client, name, *tables[name], page_size, progress, table_format, arguments, text_without_nul)
            for name in chosen
        ]

    return source()


def run_sync(*args: Any, **kwargs: Any) -> Any:
    """What ``aiwyn sync`` does (``aiwyn_client._warehouse.run_sync``): a ``SyncResult``."""
    from ._warehouse import run_sync as run

    return run(*args, **kwargs)
