# Copied from overlays/aiwyn_client/_postgres.py: edit it there; `make generate` rewrites this file.
"""``aiwyn sync --destination postgres``: dlt's PostgreSQL destination, its CSV files copied so that
an empty string stays an empty string.

``aiwyn sync`` loads Arrow batches into PostgreSQL as CSV through ``COPY``, the fastest way dlt
offers that keeps its column types. dlt's own copy reads every nullable column with
``FORCE_NULL``, which takes a quoted empty field (``""``, an empty string) for a null like an
unquoted one: an empty ``reference`` and no ``reference`` would arrive alike, and no CSV setting
changes that. Its Arrow CSV writer quotes every string and leaves a null unquoted and empty, so a
plain ``COPY ... (FORMAT CSV, NULL '')`` reads each value as it was written: this destination copies
so and is dlt's in everything else. dlt's other formats keep empty strings but cost more: INSERT
statements made the bench's sync of 100,000 records 1.8x as long, and Parquet goes through ADBC
(another dependency), which cannot write the ``jsonb`` columns dlt makes for CSV.

Imported only once PostgreSQL is chosen: dlt's PostgreSQL client needs psycopg2 (the ``[postgres]``
extra).
"""

from __future__ import annotations

import csv

import dlt
from dlt.common.data_writers.escape import escape_postgres_literal
from dlt.common.destination import PreparedTableSchema
from dlt.common.destination.client import LoadJob
from dlt.common.destination.configuration import CsvFormatConfiguration
from dlt.common.destination.exceptions import DestinationInvalidFileFormat
from dlt.common.destination.reference import DestinationReference
from dlt.common.storages import ParsedLoadJobFileName
from dlt.common.storages.file_storage import FileStorage
from dlt.destinations.impl.postgres.postgres import PostgresClient, PostgresCsvCopyJob

COPY_BUFFER = 8192
"""Bytes sent to the server at a time, as dlt's own copy sends them."""


class _CsvCopyJob(PostgresCsvCopyJob):
    """A CSV file dlt wrote from Arrow batches copied into its table: its columns named by its
    header, a null the unquoted empty field and nothing else. Only such files are loaded as CSV
    (``aiwyn sync`` sends rows with child tables as INSERT statements): dlt's writer of Python rows
    spells a null ``""``, which this copy would read as an empty string."""

    def run(self) -> None:
        client = self._job_client.sql_client
        csv_format = self._job_client.config.csv_format or CsvFormatConfiguration()
        if not csv_format.include_header:
            raise DestinationInvalidFileFormat(
                "postgres",
                "csv",
                self._file_path,
                "aiwyn sync reads a CSV file's columns from its header: leave data_writer.include_header on",
            )
        with FileStorage.open_zipsafe_ro(self._file_path, "rb") as file:
            first_line = file.readline().decode(csv_format.encoding)
            header = next(csv.reader([first_line], delimiter=csv_format.delimiter))
            columns = ", ".join(client.escape_column_name(name, quote=True) for name in header)
            table = client.make_qualified_table_name(self.load_table_name)
            delimiter = escape_postgres_literal(csv_format.delimiter)
            encoding = escape_postgres_literal(csv_format.encoding)
            copy = (
                f"COPY {table} ({columns}) FROM STDIN "
                f"WITH (FORMAT CSV, DELIMITER {delimiter}, NULL '', ENCODING {encoding})"
            )
            with client.begin_transaction(), client.native_connection.cursor() as cursor:
                cursor.copy_expert(copy, file, size=COPY_BUFFER)


class _Client(PostgresClient):
    def create_load_job(
        self, table: PreparedTableSchema, file_path: str, load_id: str, restore: bool = False
    ) -> LoadJob:
        if ParsedLoadJobFileName.parse(file_path).file_format == "csv":
            return _CsvCopyJob(file_path)
        return super().create_load_job(table, file_path, load_id, restore)


class postgres(dlt.destinations.postgres):  # noqa: N801 - named as dlt names its destinations
    """dlt's PostgreSQL destination, configured as it is (``DESTINATION__POSTGRES__CREDENTIALS``),
    whose CSV files keep their empty strings. Its type is dlt's, so a pipeline state dlt's own
    destination wrote carries on without a warning, and back."""

    @property
    def destination_type(self) -> str:
        return DestinationReference.normalize_type("postgres")

    @property
    def client_class(self) -> type[_Client]:
        return _Client
