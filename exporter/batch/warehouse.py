"""The embedded warehouse: DIR/warehouse.duckdb with the batch tables and a few views."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..serialize.table import COLUMNS, EXTRA_COLUMNS
from .store import FACTS

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

# The wide views: a statement's facts of one period type, one row per company and period.
WIDE_VIEWS = {"balance_sheet_wide": ("balance-sheet", "instant"),
              "income_statement_wide": ("income-statement", "duration")}
_DATES = ("period_start", "period_end")  # ISO text in Parquet ('' for an instant's start), DATE here
_FILING_DATES = ("period_of_report", "filed")


def build_duckdb(out: Path) -> Path:
    """(Re)build the DuckDB file from the Parquet tables, atomically."""
    import duckdb

    target = out / "warehouse.duckdb"
    temporary = out / ".warehouse.duckdb.tmp"
    for stale in (temporary, Path(f"{temporary}.wal")):
        stale.unlink(missing_ok=True)
    connection = duckdb.connect(str(temporary))
    try:
        if any((out / FACTS).rglob("*.parquet")):
            pattern = str(out / FACTS / "*" / "*" / "*.parquet")
            connection.execute(f"CREATE TABLE facts AS SELECT * {_as_dates(_DATES)} FROM read_parquet("
                               f"'{_sql(pattern)}', hive_partitioning = true, union_by_name = true)")
        else:
            columns = ", ".join(f'"{c}" {"DATE" if c in _DATES else "VARCHAR"}'
                                for c in COLUMNS + EXTRA_COLUMNS + ["year"])
            connection.execute(f"CREATE TABLE facts ({columns})")
        for table in ("filings", "concepts", "errors", "manifest"):
            path = _sql(str(out / f"{table}.parquet"))
            dates = _as_dates(_FILING_DATES) if table == "filings" else ""
            connection.execute(f"CREATE TABLE {table} AS SELECT * {dates} FROM read_parquet('{path}')")
        connection.execute(_LATEST)
        for name, (statement, period_type) in WIDE_VIEWS.items():
            connection.execute(_wide(connection, name, statement, period_type))
    finally:
        connection.close()
    os.replace(temporary, target)
    return target


def _sql(text: str) -> str:
    return text.replace("'", "''")


def _as_dates(columns: tuple[str, ...]) -> str:
    """A REPLACE clause reading these ISO date columns as DATE ('' as NULL)."""
    return f"REPLACE ({', '.join(f'CAST(nullif({c}, {chr(39) * 2}) AS DATE) AS {c}' for c in columns)})"


_LATEST = """
CREATE VIEW latest_facts AS
SELECT * EXCLUDE (rank) FROM (
    SELECT f.*, row_number() OVER (
        PARTITION BY f.cik, f.entity_name, f.concept, f.period_start, f.period_end, f.dimensions, f.unit
        ORDER BY fi.filed DESC NULLS LAST, fi.period_of_report DESC, f.filing_id DESC) AS rank
    FROM facts f JOIN filings fi USING (filing_id)
) WHERE rank = 1
"""


def _wide(connection: DuckDBPyConnection, name: str, statement: str, period_type: str) -> str:
    """A view with one row per company and period of the statement's undimensioned taxonomy facts, and a column per
    taxonomy concept they hold (named without its prefix, in the order of the statements' lines)."""
    facts = _WIDE_FACTS.format(statement=statement, period_type=period_type)
    concepts = [concept for (concept,) in connection.execute(
        f"SELECT concept FROM latest_facts WHERE {facts} GROUP BY concept ORDER BY avg(line_order), concept"
    ).fetchall()]
    names = [concept.partition(":")[2] for concept in concepts]
    columns = "".join(
        f",\n    max(CASE WHEN concept = '{_sql(concept)}' THEN CAST(value AS DECIMAL(38, 6)) END) AS "
        f'"{name if names.count(name) == 1 else concept}"' for concept, name in zip(concepts, names, strict=True))
    periods = "period_end" if period_type == "instant" else "period_start, period_end"
    return f"""
CREATE VIEW {name} AS
SELECT cik, entity_name, {periods}{columns}
FROM latest_facts
WHERE {facts}
GROUP BY cik, entity_name, {periods}
"""


_WIDE_FACTS = """(dimensions = '' OR dimensions IS NULL) AND statement = '{statement}' AND period_type = '{period_type}'
    AND concept IN (SELECT concept FROM concepts WHERE filing_id = '')"""
