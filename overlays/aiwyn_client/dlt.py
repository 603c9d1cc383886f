"""A dlt source of the Aiwyn API: every list or search as a table, loaded by dlt into any warehouse.

``pip install 'aiwyn-client[warehouse]'``. One dlt resource per resource that pages (its search
when it has one: keyset paging holds still under concurrent writes), primary key ``id``, merge
write disposition, so a record changed since the last run replaces its row. An entity with an
update time (``updatedAt`` or the like) loads incrementally: dlt's state keeps the latest value
seen, and the next run asks only for records updated since (a ``where`` on the cursor, sorted by
it then by ``id``). Nested objects become columns or child tables, as dlt makes them::

    import dlt
    from aiwyn_client import Aiwyn
    from aiwyn_client.dlt import aiwyn_source

    pipeline = dlt.pipeline("aiwyn", destination="duckdb", dataset_name="aiwyn_data")
    pipeline.run(aiwyn_source(Aiwyn(api_key="...")))
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import dlt
from dlt.extract.source import DltSource

from ._catalog import CATALOG, MethodInfo, paged_methods
from ._client import Aiwyn
from .where import fields as where_fields
from .where._expr import DateTimeField

CURSOR_NAMES = ("updatedAt", "updated_at", "modifiedAt", "lastModified", "lastModifiedAt", "updatedDate")
"""API names of an update time, in order of preference: the incremental cursor when a search has one."""
BATCH = 1000


def _arrow(batch: list[dict[str, Any]]) -> Any:
    """A batch as an Arrow table when pyarrow is there (dlt then skips normalizing row by row)."""
    try:
        import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]
    except ImportError:
        return batch
    return pa.Table.from_pylist(batch)


def pageable() -> dict[str, tuple[str, MethodInfo]]:
    """Each resource that pages, with the method its table is loaded by (the search if any)."""
    return {resource: next(iter(paged.items())) for resource in CATALOG if (paged := paged_methods(resource))}


def cursor_of(info: MethodInfo) -> Any:
    """The update-time field a search can filter and sort on, or None."""
    if info.kind != "search" or not info.fields:
        return None
    fields = getattr(where_fields, info.fields)
    members = {v.path[-1]: v for v in vars(fields).values() if isinstance(v, DateTimeField)}
    return next((members[name] for name in CURSOR_NAMES if name in members), None)


def _table(client: Aiwyn, resource: str, method: str, info: MethodInfo, page_size: int | None) -> Any:
    paging = info.paging
    if paging is None:
        raise ValueError(f"{resource}.{method} does not page")
    cursor = cursor_of(info)

    def batches(options: dict[str, Any]) -> Iterator[Any]:
        # The records as the API sends them, through the typed iterator's paging plan, in the
        # largest pages the operation takes (a warehouse load wants few requests).
        pager = client.paginate(page_size=page_size or paging.size_max, **info.paginate_options(), **options)
        batch: list[dict[str, Any]] = []
        for record in pager:
            batch.append(record)
            if len(batch) >= BATCH:
                yield _arrow(batch)
                batch = []
        if batch:
            yield _arrow(batch)

    if cursor is None:

        def everything() -> Iterator[Any]:
            yield from batches({})

        return dlt.resource(everything, name=resource, primary_key="id", write_disposition="merge")

    fields = vars(getattr(where_fields, str(info.fields)))
    id_field = fields.get("id")
    order = [cursor.asc(), *([id_field.asc()] if id_field is not None else [])]

    def changed(updated: Any = dlt.sources.incremental(cursor.dotted)) -> Iterator[Any]:  # noqa: B008 - dlt declares cursors so
        since = updated.last_value
        yield from batches({"where": cursor.gte(since) if since else None, "order_by": order})

    return dlt.resource(changed, name=resource, primary_key="id", write_disposition="merge")


def aiwyn_source(client: Aiwyn, resources: Sequence[str] | None = None, *, page_size: int | None = None) -> DltSource:
    """The source: ``resources`` (names of the client's resources; every one that pages by default)."""
    tables = pageable()
    chosen = list(resources) if resources else sorted(tables)
    unknown = [name for name in chosen if name not in tables]
    if unknown:
        raise ValueError(
            f"no list or search to load for {', '.join(unknown)}; resources that page: {', '.join(sorted(tables))}"
        )

    @dlt.source(name="aiwyn")
    def source() -> Any:
        return [_table(client, name, *tables[name], page_size) for name in chosen]

    return source()


def run_sync(
    client_options: dict[str, Any],
    resources: Sequence[str] | None,
    *,
    destination: str = "duckdb",
    dataset: str = "aiwyn_data",
    pipeline_name: str = "aiwyn",
    duckdb_file: str = "aiwyn.duckdb",
    full_refresh: bool = False,
    pipelines_dir: str | None = None,
) -> dict[str, int]:
    """What ``aiwyn sync`` does: run the source into ``destination``; rows loaded by table."""
    target: Any = dlt.destinations.duckdb(duckdb_file) if destination == "duckdb" else destination
    where: dict[str, Any] = {"pipelines_dir": pipelines_dir} if pipelines_dir else {}
    pipeline = dlt.pipeline(pipeline_name=pipeline_name, destination=target, dataset_name=dataset, **where)
    with Aiwyn(**client_options) as client:
        source = aiwyn_source(client, resources)
        # DuckDB loads Parquet files with one COPY each, several times faster than dlt's default
        # INSERT statements; other destinations keep the format dlt prefers for them.
        options: dict[str, Any] = {"loader_file_format": "parquet"} if destination == "duckdb" else {}
        if full_refresh:
            pipeline.run(source, refresh="drop_sources", **options)
        else:
            pipeline.run(source, **options)
    normalized = pipeline.last_trace.last_normalize_info if pipeline.last_trace else None
    counts = normalized.row_counts if normalized is not None else {}
    return {table: rows for table, rows in counts.items() if not table.startswith("_dlt")}
