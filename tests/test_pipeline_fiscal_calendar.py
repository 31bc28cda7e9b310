"""A 10-Q of a filer whose fiscal year runs to December 31 while its quarters end on a Friday: the year-to-date
columns of the statements printed before the balance sheet start on January 1, the day after the year end the
balance sheet prints, and the quarters start after the Friday thirteen weeks before."""

from pathlib import Path

from exporter.pipeline import convert
from exporter.statements.model import StatementKind
from html_fixtures import SEC_HEADER

HEADER = SEC_HEADER.replace("10-K", "10-Q").replace("19991231", "20250627")


def _row(label: str, *cells: str) -> str:
    return f"<tr><td>{label}</td>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>\n"


INCOME = ("<p>CONDENSED CONSOLIDATED STATEMENTS OF INCOME</p><p>(In millions)</p>\n<table>\n"
          + _row("", "Three Months Ended", "", "Six Months Ended", "")
          + _row("", "June 27, 2025", "June 28, 2024", "June 27, 2025", "June 28, 2024")
          + _row("Net operating revenues", "12,535", "12,363", "23,664", "23,823")
          + _row("Cost of goods sold", "4,697", "4,804", "9,020", "9,392")
          + _row("Net income", "3,812", "2,408", "7,142", "5,584") + "</table>\n")
BALANCE = ("<p>CONDENSED CONSOLIDATED BALANCE SHEETS</p><p>(In millions)</p>\n<table>\n"
           + _row("", "June 27, 2025", "December 31, 2024")
           + _row("Cash and cash equivalents", "10,560", "10,828") + _row("Total current assets", "30,108", "25,997")
           + _row("Total assets", "104,418", "100,549") + _row("Total current liabilities", "27,312", "25,249")
           + _row("Total liabilities", "72,124", "74,177")
           + _row("Total liabilities and equity", "104,418", "100,549") + "</table>\n")
FILING = HEADER + "<html><body>\n" + INCOME + BALANCE + "</body></html>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"


def test_year_to_date_starts_the_day_after_the_year_end_the_later_balance_sheet_prints():
    conversion = convert(Path("calendar-10q.txt"), raw=FILING.encode())
    income = next(s for s in conversion.statements if s.kind is StatementKind.INCOME_STATEMENT)
    assert [str(column.period) for column in income.columns] == [
        "2025-03-29--2025-06-27", "2024-03-30--2024-06-28", "2025-01-01--2025-06-27", "2024-01-01--2024-06-28"]
    balance = next(s for s in conversion.statements if s.kind is StatementKind.BALANCE_SHEET)
    assert [str(column.period) for column in balance.columns] == ["2025-06-27", "2024-12-31"]
    # the statements keep the order they are printed in
    assert [s.kind for s in conversion.statements] == [StatementKind.INCOME_STATEMENT, StatementKind.BALANCE_SHEET]
