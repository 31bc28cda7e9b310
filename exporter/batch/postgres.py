"""Load the batch tables into PostgreSQL (`legacy-xbrl batch ... --db postgresql://USER@HOST:PORT/DB`).

The tables facts, filings and concepts get the Parquet tables' columns; `value` is numeric (exact decimals).
Filings are loaded in batches, one transaction each: delete the batch's filings' rows from every table, then COPY
them in, so that loading a filing again (a second run, a resumed run) replaces its rows instead of adding a second
copy. The taxonomy's concepts (filing_id '') are loaded like one more filing.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
from psycopg import sql

from ..errors import ConversionError
from ..serialize.table import COLUMNS, EXTRA_COLUMNS
from .store import CONCEPT_COLUMNS, FACTS, FILING_COLUMNS

TEXT = "text"
FACT_TYPES = {**dict.fromkeys(COLUMNS + EXTRA_COLUMNS + ["year"], TEXT), "decimals": "integer", "value": "numeric",
              "source_line": "integer", "confidence": "double precision", "statement_index": "integer",
              "line_order": "integer", "year": "integer"}
FILING_TYPES = {**dict.fromkeys(FILING_COLUMNS, TEXT),
                **dict.fromkeys(["statements", "facts", "extension_concepts", "arithmetic_failures", "low_confidence",
                                 "calculation_inconsistencies"], "integer")}
CONCEPT_TYPES = {**dict.fromkeys(CONCEPT_COLUMNS, TEXT), "abstract": "boolean"}
TABLES = {"facts": FACT_TYPES, "filings": FILING_TYPES, "concepts": CONCEPT_TYPES}
PARTITIONS = ds.partitioning(pa.schema([("form_type", pa.string()), ("year", pa.int32())]), flavor="hive")
LOCK = 0x6C78_6272_6C00  # pg_advisory_xact_lock key: one loader at a time per database
FILINGS_PER_TRANSACTION = 200


def load_postgres(out: Path, url: str, filings_per_transaction: int = FILINGS_PER_TRANSACTION) -> dict[str, int]:
    """Load DIR's facts, filings and concepts into the database at `url`; return the rows loaded per table."""
    where = f"--db {_without_password(url)}"
    if urlsplit(url).scheme not in ("postgresql", "postgres"):
        raise ConversionError(where, "postgres", "expected a URL of the form postgresql://USER@HOST:PORT/DB")
    try:
        connection = psycopg.connect(url, connect_timeout=10, autocommit=True)
    except psycopg.Error as error:
        raise ConversionError(where, "postgres", f"cannot connect ({_first_line(error)}); start the server or correct "
                              "the URL, then run the same batch command again (it loads without converting again)"
                              ) from None
    loaded = dict.fromkeys(TABLES, 0)
    try:
        with connection:
            _create_tables(connection)
            source = _BatchTables(out)
            for batch in source.batches(filings_per_transaction):
                with connection.transaction():
                    connection.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK,))
                    for table in TABLES:
                        connection.execute(sql.SQL("DELETE FROM {} WHERE filing_id = ANY(%s)").format(
                            sql.Identifier(table)), (batch,))
                        loaded[table] += _copy(connection, table, source.rows(table, batch))
    except psycopg.Error as error:
        raise ConversionError(where, "postgres", f"loading failed ({_first_line(error)}); the filings loaded before "
                              "stay, run the same batch command again to load the rest") from None
    return loaded


class _BatchTables:
    """The consolidated Parquet tables of a batch folder, read one batch of filings at a time."""

    def __init__(self, out: Path):
        self.facts_root = out / FACTS
        self.tables = {name: pq.read_table(out / f"{name}.parquet") for name in ("filings", "concepts")}
        self.fact_files: dict[str, list[Path]] = defaultdict(list)
        files = sorted(self.facts_root.rglob("*.parquet")) if self.facts_root.is_dir() else []
        for path in files:
            for filing_id in pq.read_table(path, columns=["filing_id"]).column(0).unique().to_pylist():
                self.fact_files[filing_id].append(path)

    def batches(self, size: int) -> list[list[str]]:
        """Every filing id of the tables, those sharing fact files next to each other."""
        ids = set(self.fact_files)
        for table in self.tables.values():
            ids.update(table.column("filing_id").unique().to_pylist())
        ordered = sorted(ids, key=lambda i: (str(self.fact_files[i][0]) if i in self.fact_files else "", i))
        return [ordered[start : start + size] for start in range(0, len(ordered), size)]

    def rows(self, table: str, batch: list[str]) -> pa.Table:
        wanted = pa.array(batch, pa.string())
        if table != "facts":
            frame = self.tables[table]
            return frame.filter(pc.is_in(frame.column("filing_id").cast(pa.string()), value_set=wanted))
        files = sorted({str(path) for filing_id in batch for path in self.fact_files.get(filing_id, [])})
        if not files:
            return pa.table({column: pa.array([], pa.string()) for column in FACT_TYPES})
        dataset = ds.dataset(files, format="parquet", partitioning=PARTITIONS, partition_base_dir=str(self.facts_root))
        return dataset.to_table(filter=ds.field("filing_id").isin(wanted))


def _create_tables(connection: psycopg.Connection) -> None:
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK,))
        for table, types in TABLES.items():
            columns = sql.SQL(", ").join(sql.SQL("{} {}").format(sql.Identifier(name), sql.SQL(kind))
                                         for name, kind in types.items())
            key = sql.SQL(", PRIMARY KEY (filing_id)") if table == "filings" else sql.SQL("")
            connection.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {} ({}{})").format(
                sql.Identifier(table), columns, key))
            if table != "filings":
                connection.execute(sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} (filing_id)").format(
                    sql.Identifier(f"{table}_filing_id"), sql.Identifier(table)))


def _copy(connection: psycopg.Connection, table: str, rows: pa.Table) -> int:
    """COPY the rows in; values go as text, so a decimal string arrives in numeric exactly."""
    columns = list(TABLES[table])
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)))
    with connection.cursor() as cursor, cursor.copy(statement) as copy:
        for row in zip(*(rows.column(name).to_pylist() for name in columns), strict=True):
            copy.write_row(row)
    return rows.num_rows


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@", 1)))


def _first_line(error: Exception) -> str:
    return next((line.strip() for line in str(error).splitlines() if line.strip()), type(error).__name__)
