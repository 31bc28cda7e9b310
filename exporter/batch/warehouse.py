"""The embedded warehouse: DIR/warehouse.duckdb with the batch tables and a few views."""

from __future__ import annotations

import os
from pathlib import Path

from ..serialize.table import COLUMNS, EXTRA_COLUMNS
from .store import FACTS

BALANCE_SHEET = ["Cash", "CashAndCashEquivalentsAtCarryingValue", "AccountsReceivableNetCurrent", "InventoryNet",
                 "AssetsCurrent", "PropertyPlantAndEquipmentNet", "Goodwill", "Assets", "AccountsPayableCurrent",
                 "LiabilitiesCurrent", "LongTermDebtNoncurrent", "Liabilities", "RetainedEarningsAccumulatedDeficit",
                 "StockholdersEquity", "LiabilitiesAndStockholdersEquity"]
INCOME_STATEMENT = ["Revenues", "CostOfGoodsAndServicesSold", "GrossProfit", "OperatingExpenses",
                    "OperatingIncomeLoss", "InterestExpense", "IncomeTaxExpenseBenefit",
                    "IncomeLossFromContinuingOperations", "NetIncomeLoss", "EarningsPerShareBasic",
                    "EarningsPerShareDiluted"]


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
            connection.execute(f"CREATE TABLE facts AS SELECT * FROM read_parquet('{_sql(pattern)}', "
                               "hive_partitioning = true, union_by_name = true)")
        else:
            columns = ", ".join(f'"{c}" VARCHAR' for c in COLUMNS + EXTRA_COLUMNS + ["year"])
            connection.execute(f"CREATE TABLE facts ({columns})")
        for table in ("filings", "concepts", "errors", "manifest"):
            path = _sql(str(out / f"{table}.parquet"))
            connection.execute(f"CREATE TABLE {table} AS SELECT * FROM read_parquet('{path}')")
        connection.execute(_LATEST)
        connection.execute(_wide("balance_sheet_wide", "balance-sheet", BALANCE_SHEET))
        connection.execute(_wide("income_statement_wide", "income-statement", INCOME_STATEMENT))
    finally:
        connection.close()
    os.replace(temporary, target)
    return target


def _sql(text: str) -> str:
    return text.replace("'", "''")


_LATEST = """
CREATE VIEW latest_facts AS
SELECT * EXCLUDE (rank) FROM (
    SELECT f.*, row_number() OVER (
        PARTITION BY f.cik, f.entity_name, f.concept, f.period_start, f.period_end, f.dimensions, f.unit
        ORDER BY fi.filed DESC NULLS LAST, fi.period_of_report DESC, f.filing_id DESC) AS rank
    FROM facts f JOIN filings fi USING (filing_id)
) WHERE rank = 1
"""


def _wide(name: str, statement: str, concepts: list[str]) -> str:
    """One row per company and period, one column per common concept (undimensioned facts only)."""
    columns = ",\n    ".join(
        f"max(CASE WHEN concept = 'us-gaap:{c}' THEN CAST(value AS DECIMAL(38, 6)) END) AS \"{c}\"" for c in concepts)
    return f"""
CREATE VIEW {name} AS
SELECT cik, entity_name, period_start, period_end,
    {columns}
FROM latest_facts
WHERE (dimensions = '' OR dimensions IS NULL) AND statement = '{statement}'
GROUP BY cik, entity_name, period_start, period_end
"""
