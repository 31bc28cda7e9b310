"""Note tables of newer HTML filings: an intangible-assets note whose columns are kinds of amount under each
balance-sheet date, a securities note of kinds under one date (its losses in parentheses), a schedule of lease
payments by future year, an inventory note brought in by a sentence that names the balance sheet, an
earnings-per-share note whose share counts end one grid column right of its money, and a property note with a
column of useful lives in words; and an equity statement by period whose total balances are rows."""

from pathlib import Path

import pytest

from exporter.parse.documents import find_tables
from exporter.pipeline import convert
from exporter.read.filing import parse_filing
from exporter.read.source import decode_source
from html_fixtures import BALANCE_SHEET, INCOME_STATEMENT, SEC_HEADER

INTANGIBLES_NOTE = """<P>The components of our amortizable intangible assets are as follows:</P>
<TABLE>
<TR><TD></TD><TD COLSPAN=3>December 31, 1999</TD><TD></TD><TD COLSPAN=3>December 31, 1998</TD></TR>
<TR><TD></TD><TD>Gross Carrying Amount</TD><TD>Accumulated Amortization</TD><TD>Net Carrying Amount</TD><TD></TD>
<TD>Gross Carrying Amount</TD><TD>Accumulated Amortization</TD><TD>Net Carrying Amount</TD></TR>
<TR><TD>Patents</TD><TD>$ 840</TD><TD>$ (310)</TD><TD>$ 530</TD><TD></TD><TD>$ 790</TD><TD>$ (260)</TD>
<TD>$ 530</TD></TR>
<TR><TD>Customer lists</TD><TD>420</TD><TD>(95)</TD><TD>325</TD><TD></TD><TD>420</TD><TD>(40)</TD><TD>380</TD></TR>
<TR><TD>Total intangible assets</TD><TD>$ 1,260</TD><TD>$ (405)</TD><TD>$ 855</TD><TD></TD><TD>$ 1,210</TD>
<TD>$ (300)</TD><TD>$ 910</TD></TR>
</TABLE>
"""

SECURITIES_NOTE = """<P>The following is a summary of our marketable securities:</P>
<TABLE>
<TR><TD></TD><TD COLSPAN=3>December 31, 1999</TD></TR>
<TR><TD></TD><TD>Amortized Cost</TD><TD>Unrealized Loss</TD><TD>Estimated Fair Value</TD></TR>
<TR><TD>Corporate bonds</TD><TD>$ 2,110</TD><TD>$ (14)</TD><TD>$ 2,096</TD></TR>
<TR><TD>Treasury bills</TD><TD>905</TD><TD>(3)</TD><TD>902</TD></TR>
<TR><TD>Total</TD><TD>$ 3,015</TD><TD>$ (17)</TD><TD>$ 2,998</TD></TR>
</TABLE>
"""

LEASE_MATURITIES_NOTE = """<P>Future lease payments under our leases were as follows:</P>
<TABLE>
<TR><TD>in thousands</TD><TD COLSPAN=2>Operating Leases</TD><TD COLSPAN=2>Finance Leases</TD></TR>
<TR><TD>Fiscal 2000</TD><TD>$</TD><TD>310</TD><TD>$</TD><TD>95</TD></TR>
<TR><TD>Fiscal 2001</TD><TD></TD><TD>290</TD><TD></TD><TD>90</TD></TR>
<TR><TD>Thereafter</TD><TD></TD><TD>1,140</TD><TD></TD><TD>415</TD></TR>
<TR><TD>Total lease payments</TD><TD></TD><TD>1,740</TD><TD></TD><TD>600</TD></TR>
<TR><TD>Less: imputed interest</TD><TD></TD><TD>(215)</TD><TD></TD><TD>(88)</TD></TR>
<TR><TD>Present value of lease liabilities</TD><TD>$</TD><TD>1,525</TD><TD>$</TD><TD>512</TD></TR>
</TABLE>
<P>Long-term debt maturities during the next three years are as follows:</P>
<TABLE>
<TR><TD>Years ending December 31</TD><TD>2000</TD><TD>2001</TD><TD>2002</TD></TR>
<TR><TD>Debt maturities</TD><TD>$ 400</TD><TD>$ 650</TD><TD>$ 275</TD></TR>
</TABLE>
<P>Debt payments due in prior years were as follows:</P>
<TABLE>
<TR><TD></TD><TD>Principal</TD></TR>
<TR><TD>1997</TD><TD>120</TD></TR>
<TR><TD>1998</TD><TD>130</TD></TR>
<TR><TD>Total</TD><TD>250</TD></TR>
</TABLE>
"""

INVENTORY_NOTE = """<P>Certain balance sheet components are as follows:</P>
<TABLE>
<TR><TD></TD><TD>December 31, 1999</TD><TD>December 31, 1998</TD></TR>
<TR><TD>Inventories:</TD><TD>(In thousands)</TD><TD></TD></TR>
<TR><TD>Raw materials</TD><TD>$ 1,210</TD><TD>$ 1,105</TD></TR>
<TR><TD>Finished goods</TD><TD>1,800</TD><TD>1,655</TD></TR>
<TR><TD>Total inventories</TD><TD>$ 3,010</TD><TD>$ 2,760</TD></TR>
</TABLE>
"""

EARNINGS_PER_SHARE_NOTE = """<P>Net income per share was calculated as follows:</P>
<TABLE>
<TR><TD>Years ended December 31</TD><TD COLSPAN=2>1999</TD><TD COLSPAN=2>1998</TD></TR>
<TR><TD>Net income</TD><TD>$ 1,150</TD><TD></TD><TD>$ 980</TD><TD></TD></TR>
<TR><TD>Shares in thousands</TD></TR>
<TR><TD>Basic weighted average shares outstanding</TD><TD></TD><TD>4,210.5</TD><TD></TD><TD>4,180.2</TD></TR>
<TR><TD>Dilutive effect of stock options</TD><TD></TD><TD>61.3</TD><TD></TD><TD>48.9</TD></TR>
</TABLE>
"""

PROPERTY_NOTE = """<TABLE>
<TR><TD></TD><TD>December 31, 1999</TD><TD>December 31, 1998</TD><TD>Estimated Useful Life</TD></TR>
<TR><TD>Property and Equipment:</TD><TD>(In thousands)</TD><TD></TD><TD>(In years)</TD></TR>
<TR><TD>Machinery</TD><TD>12,400</TD><TD>11,900</TD><TD>3-7</TD></TR>
<TR><TD>Accumulated depreciation</TD><TD>(5,230)</TD><TD>(4,610)</TD><TD></TD></TR>
<TR><TD>Total property and equipment, net</TD><TD>7,170</TD><TD>7,290</TD><TD></TD></TR>
</TABLE>
"""

NOTES_10K = (SEC_HEADER + "<HTML>\n<BODY>\n" + BALANCE_SHEET + "<P><HR NOSHADE></P>\n" + INCOME_STATEMENT
             + "<P><B>NOTES TO CONSOLIDATED FINANCIAL STATEMENTS</B></P>\n<P><B>3. Intangible Assets</B></P>\n"
             + INTANGIBLES_NOTE + SECURITIES_NOTE + LEASE_MATURITIES_NOTE
             + "<P><B>4. Balance Sheet Components</B></P>\n" + INVENTORY_NOTE
             + "<P><B>5. Net Income per Share</B></P>\n" + EARNINGS_PER_SHARE_NOTE
             + "<P><B>6. Property and Equipment</B></P>\n" + PROPERTY_NOTE
             + "</BODY>\n</HTML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")


@pytest.fixture(scope="module")
def notes_10k():
    return convert(Path("notes-layouts-10k.txt"), raw=NOTES_10K.encode())


def _disclosed(conversion, label: str) -> dict[str, str]:
    """A disclosure line's values by period."""
    return {str(fact.context.period): fact.value_text for statement in conversion.mapped.statements
            if statement.kind == "disclosure" for fact in statement.facts if fact.label == label}


def test_kinds_of_amount_under_each_date_are_lines_of_their_own_at_that_date(notes_10k):
    assert _disclosed(notes_10k, "Total intangible assets (Gross Carrying Amount)") == \
        {"1999-12-31": "1260000", "1998-12-31": "1210000"}
    assert _disclosed(notes_10k, "Total intangible assets (Accumulated Amortization)") == \
        {"1999-12-31": "405000", "1998-12-31": "300000"}
    assert _disclosed(notes_10k, "Customer lists (Net Carrying Amount)") == \
        {"1999-12-31": "325000", "1998-12-31": "380000"}


def test_a_kind_printed_in_parentheses_throughout_is_what_is_deducted_a_positive_amount(notes_10k):
    assert _disclosed(notes_10k, "Total (Unrealized Loss)") == {"1999-12-31": "17000"}
    assert _disclosed(notes_10k, "Total (Estimated Fair Value)") == {"1999-12-31": "2998000"}


def test_a_schedule_by_future_year_is_as_of_the_balance_sheet_date(notes_10k):
    """Rows of future years under columns of kinds that name no date: each amount as of December 31, 1999, the
    latest date the statements print; a schedule whose years are past gives nothing."""
    assert _disclosed(notes_10k, "Fiscal 2001 (Finance Leases)") == {"1999-12-31": "90000"}
    assert _disclosed(notes_10k, "Total lease payments (Operating Leases)") == {"1999-12-31": "1740000"}
    assert _disclosed(notes_10k, "Present value of lease liabilities (Finance Leases)") == {"1999-12-31": "512000"}
    assert _disclosed(notes_10k, "Total (Principal)") == {}
    # years to come across the columns: as of the same date, not durations of years to come
    assert _disclosed(notes_10k, "Debt maturities (2001)") == {"1999-12-31": "650000"}
    assert _disclosed(notes_10k, "Debt maturities") == {}


def test_a_sentence_naming_the_balance_sheet_over_a_note_is_no_statement_title(notes_10k):
    assert _disclosed(notes_10k, "Raw materials") == {"1999-12-31": "1210000", "1998-12-31": "1105000"}


def test_share_counts_one_grid_column_right_of_the_money_are_the_same_years_column(notes_10k):
    [table] = [table for table in find_tables(parse_filing(decode_source(Path("eps.htm"), (
        "<html><body>" + EARNINGS_PER_SHARE_NOTE + "</body></html>").encode())))]
    assert [column.heading for column in table.columns] == ["1999", "1998"]
    shares = next(row for row in table.rows if row.label.startswith("Basic weighted"))
    assert {index: cell.text for index, cell in shares.cells.items()} == {0: "4,210.5", 1: "4,180.2"}
    assert _disclosed(notes_10k, "Dilutive effect of stock options") == \
        {"1999-01-01--1999-12-31": "61300", "1998-01-01--1998-12-31": "48900"}


def test_the_heading_of_a_column_of_words_right_of_the_numbers_heads_none_of_them(notes_10k):
    assert _disclosed(notes_10k, "Machinery") == {"1999-12-31": "12400000", "1998-12-31": "11900000"}


EQUITY_BY_PERIOD = """<P ALIGN="CENTER"><B>CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY</B><BR>(In thousands)</P>
<TABLE>
<TR><TD></TD><TD COLSPAN=2>Years Ended December 31,</TD></TR>
<TR><TD></TD><TD>1999</TD><TD>1998</TD></TR>
<TR><TD>Total shareholders&#8217; equity, beginning balances</TD><TD>$ 6,020</TD><TD>$ 5,480</TD></TR>
<TR><TD>Net income</TD><TD>1,150</TD><TD>980</TD></TR>
<TR><TD>Dividends declared</TD><TD>(470)</TD><TD>(440)</TD></TR>
<TR><TD>Total shareholders&#8217; equity, ending balances</TD><TD>$ 6,700</TD><TD>$ 6,020</TD></TR>
</TABLE>
"""


def test_an_equity_statement_by_period_gives_its_total_balances_at_the_periods_start_and_end():
    conversion = convert(Path("equity-by-period-10k.txt"), raw=(
        SEC_HEADER + "<HTML>\n<BODY>\n" + BALANCE_SHEET + INCOME_STATEMENT + EQUITY_BY_PERIOD
        + "</BODY>\n</HTML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n").encode())
    balances = {str(fact.context.period): fact.value_text for statement in conversion.mapped.statements
                if statement.kind == "stockholders-equity" for fact in statement.facts
                if fact.concept.qname == "us-gaap:StockholdersEquity" and not fact.context.dimensions}
    assert balances == {"1998-12-31": "6020000", "1999-12-31": "6700000", "1997-12-31": "5480000"}
