"""The DuckDB warehouse of a batch: dates as DATE, wide views from the concepts present, the README's queries."""

from __future__ import annotations

import contextlib
import io
import os
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from conftest import EXAMPLE, ROOT, SEED, printed_amounts
from exporter.cli import main

RETAINED = "0000912345-98-000011"  # the example with its retained earnings at the foot of the income statement


def _income_and_retained_earnings(folder: Path) -> Path:
    """The example as a statement of income and retained earnings: two instants under the durations."""
    text = EXAMPLE.read_text().replace("0000912345-98-000007", RETAINED)
    text = text.replace("STATEMENTS OF INCOME\n", "STATEMENTS OF INCOME AND RETAINED EARNINGS\n")
    last = "Weighted average shares outstanding.................     4,200        4,200\n"
    assert last in text
    text = text.replace(last, last + "Retained earnings, beginning of year................     1,995        1,245\n"
                                     "Retained earnings, end of year......................  $  3,020     $  1,995\n")
    path = folder / f"{RETAINED}.txt"
    path.write_text(text)
    return path


@pytest.fixture(scope="module")
def batch_folder(tmp_path_factory) -> Path:
    """A folder as the README's queries find it: `legacy-xbrl batch examples --out warehouse` run in it."""
    folder = tmp_path_factory.mktemp("querying")
    examples = folder / "examples"
    examples.mkdir()
    (examples / EXAMPLE.name).write_bytes(EXAMPLE.read_bytes())
    _income_and_retained_earnings(examples)
    if SEED.is_file():
        (examples / SEED.name).write_bytes(SEED.read_bytes())
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        assert main(["batch", "examples", "--out", "warehouse", "--workers", "1"]) == 0
    finally:
        os.chdir(cwd)
    return folder


@pytest.fixture
def warehouse(batch_folder):
    with duckdb.connect(str(batch_folder / "warehouse" / "warehouse.duckdb"), read_only=True) as connection:
        yield connection


def _types(connection, table: str) -> dict[str, str]:
    return {name: kind for name, kind, *_ in connection.execute(f"DESCRIBE {table}").fetchall()}


def test_periods_and_filing_dates_are_dates(warehouse):
    facts, filings = _types(warehouse, "facts"), _types(warehouse, "filings")
    assert (facts["period_start"], facts["period_end"]) == ("DATE", "DATE")
    assert (filings["period_of_report"], filings["filed"]) == ("DATE", "DATE")
    assert _types(warehouse, "income_statement_wide")["period_start"] == "DATE"
    filed = warehouse.execute("SELECT filed FROM filings WHERE filing_id = '0000912345-98-000007'").fetchone()[0]
    assert filed == date(1998, 3, 27)  # FILED AS OF DATE: 19980327
    instants = warehouse.execute("SELECT count(*) FROM facts WHERE period_type = 'instant' AND period_start IS NULL")
    assert instants.fetchone()[0] == warehouse.execute(
        "SELECT count(*) FROM facts WHERE period_type = 'instant'").fetchone()[0] > 0


def test_income_statement_wide_has_no_row_of_nulls(warehouse):
    columns = [name for name in _types(warehouse, "income_statement_wide") if name[0].isupper()]
    empty = " AND ".join(f'"{name}" IS NULL' for name in columns)
    assert warehouse.execute(f"SELECT count(*) FROM income_statement_wide WHERE {empty}").fetchone()[0] == 0
    rows = warehouse.execute("SELECT period_start, period_end, \"NetIncomeLoss\" FROM income_statement_wide "
                             "WHERE entity_name = 'PINE RIVER TOOL & DIE CORP' ORDER BY period_end").fetchall()
    assert [row[2] for row in rows] == sorted(amount * 1000 for amount in printed_amounts("Net income"))
    assert all(start is not None for start, _, _ in rows)


def test_wide_columns_are_the_concepts_present(warehouse):
    for view, statement, period_type in [("balance_sheet_wide", "balance-sheet", "instant"),
                                         ("income_statement_wide", "income-statement", "duration")]:
        present = {concept.partition(":")[2] for (concept,) in warehouse.execute(
            "SELECT DISTINCT concept FROM facts WHERE statement = ? AND period_type = ? AND dimensions = '' "
            "AND concept LIKE 'us-gaap:%'", [statement, period_type]).fetchall()}
        columns = {name for name in _types(warehouse, view) if name[0].isupper()}
        assert columns == present
    accrued = warehouse.execute('SELECT "AccruedLiabilitiesCurrent" FROM balance_sheet_wide '
                                "WHERE period_end = DATE '1997-12-31' AND cik = '0000912345'").fetchone()[0]
    assert accrued == printed_amounts("Accrued liabilities")[0] * 1000


def test_seed_accounts_payable_and_accrued_liabilities_is_a_column(warehouse, seed_path):
    line = next(line for line in seed_path.read_text().splitlines() if line.startswith("Accounts payable and Accrued"))
    historical = Decimal(line.split()[4].replace(",", ""))  # the first column of amounts: the historical company
    values = warehouse.execute('SELECT "AccountsPayableAndAccruedLiabilitiesCurrent" FROM balance_sheet_wide '
                               'WHERE "AccountsPayableAndAccruedLiabilitiesCurrent" IS NOT NULL').fetchall()
    assert historical in [value for (value,) in values]


def _readme_code(heading: str) -> list[str]:
    section = re.search(rf"## {heading}\n(.*?)\n## ", (ROOT / "README.md").read_text(), re.S).group(1)
    return re.findall(r"```python\n(.*?)```", section, re.S)


def _run(code: str, folder: Path, monkeypatch) -> str:
    monkeypatch.chdir(folder)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})
    return printed.getvalue()


def test_readme_duckdb_and_pyarrow_queries(batch_folder, monkeypatch):
    assert "legacy-xbrl batch examples --out warehouse" in (ROOT / "README.md").read_text()
    duckdb_query, pyarrow_read = _readme_code("Querying a batch")
    total = [amount * 1000 for amount in printed_amounts("Total assets")][0]
    rows = eval(_run(duckdb_query, batch_folder, monkeypatch), {"Decimal": Decimal, "datetime": __import__("datetime")})
    assert ("PINE RIVER TOOL & DIE CORP", date(1997, 12, 31), total, total) in rows
    printed = _run(pyarrow_read, batch_folder, monkeypatch)
    net_income = printed_amounts("Net income")
    for amount in net_income:
        assert re.search(rf"PINE RIVER TOOL & DIE CORP .* {amount * 1000}\n", printed)
