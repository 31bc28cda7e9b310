"""Real filings of ../shared/corpus/dev converted end to end, with facts checked by hand against the source text.

Each case names the filing's layout; the values, dates and units are read off the printed statements (line numbers
in the comments)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from conftest import CORPUS
from exporter.periods import Period
from exporter.pipeline import convert

REVENUES = {"us-gaap:Revenues", "us-gaap:SalesRevenueNet", "us-gaap:SalesRevenueGoodsNet",
            "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"}
EPS_BASIC = {"us-gaap:EarningsPerShareBasic", "us-gaap:EarningsPerShareBasicAndDiluted"}
CASH = {"us-gaap:CashAndCashEquivalentsAtCarryingValue", "us-gaap:Cash"}


def _facts(name: str) -> list:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} is not here: the real-filing tests need ../shared/corpus/dev beside the project")
    mapped = convert(path).mapped  # the statements' facts, not the EX-27 schedule's (it repeats the headline values)
    return [fact for statement in mapped.statements if statement.kind != "financial-data-schedule"
            for fact in statement.facts if not fact.context.dimensions]


def _find(facts: list, concepts: set[str], end: date, start: date | None, value: str) -> list:
    """The facts of one of `concepts` at the period and with the value (any sign: a check of what was read)."""
    return [fact for fact in facts if fact.concept.qname in concepts and fact.context.period.end == end
            and fact.context.period.start == start and abs(fact.value) == Decimal(value)]


def test_text_tables_of_a_10k_with_dated_balance_sheet_columns_and_unlabelled_totals():
    """Apple 10-K 1994: "(Dollars in thousands)" above <TABLE>; the 1993 column's date is its own (September 24);
    the assets total and the liabilities-and-equity total are unlabelled rows (lines 1709, 1732)."""
    facts = _facts("0000320193-94-000016.txt")
    assert _find(facts, CASH, date(1994, 9, 30), None, "1203488000")
    assert _find(facts, CASH, date(1993, 9, 24), None, "676413000")
    assert _find(facts, {"us-gaap:Assets"}, date(1994, 9, 30), None, "5302746000")
    assert _find(facts, {"us-gaap:LiabilitiesAndStockholdersEquity"}, date(1993, 9, 24), None, "5171412000")
    # "Three fiscal years ended September 30, 1994" (line 1751): fiscal 1994 began the day after fiscal 1993 ended
    assert _find(facts, REVENUES, date(1994, 9, 30), date(1993, 9, 25), "9188748000")
    assert _find(facts, {"us-gaap:NetIncomeLoss"}, date(1994, 9, 30), date(1993, 9, 25), "310178000")
    eps = [fact for fact in facts if fact.concept.qname in EPS_BASIC | {"us-gaap:EarningsPerShareDiluted"}
           and fact.context.period == Period(date(1994, 9, 30), date(1993, 9, 25))]
    assert [fact.value for fact in eps] and all(fact.value == Decimal("2.61") for fact in eps)  # never scaled
    # "Common and common equivalent shares used in the calculations of earnings per share 118,735": shares, in
    # thousands like the money, never a per-share amount
    shares = [fact for fact in facts if fact.context.period == Period(date(1994, 9, 30), date(1993, 9, 25))
              and "shares used in the calculations" in fact.label]
    assert [(fact.unit.id, fact.value) for fact in shares] == [("shares", Decimal("118735000"))]


def test_fixed_width_statements_without_table_tags_in_millions():
    """Bristol-Myers Squibb 10-K 1997 (filed 1998), Item 8: fixed-width statements, no <TABLE> tags; "(in millions,
    except per share amounts)"; a combined statement of earnings, comprehensive income and retained earnings
    (line 1992); basic and diluted under "Earnings Per Common Share:" (lines 2023-2025)."""
    facts = _facts("0000014272-98-000002.txt")
    year = (date(1997, 12, 31), date(1997, 1, 1))
    assert _find(facts, REVENUES, *year, "16701000000")
    assert _find(facts, {"us-gaap:NetIncomeLoss"}, *year, "3205000000")
    assert _find(facts, {"us-gaap:EarningsPerShareBasic"}, *year, "3.22")
    assert _find(facts, {"us-gaap:EarningsPerShareDiluted"}, *year, "3.14")
    assert _find(facts, {"us-gaap:Assets"}, date(1997, 12, 31), None, "14977000000")
    assert _find(facts, CASH, date(1996, 12, 31), None, "1681000000")


def test_10q_with_two_level_headings_and_13_week_quarters():
    """Apple 10-Q for the quarter ended June 26, 1999: "Three Months Ended | Nine Months Ended" over dates (line 118);
    "(in millions, except share and per share amounts)" with shares "(in thousands)" (line 151); the balance sheet's
    second column is September 25, 1998 (line 167)."""
    facts = _facts("0000320193-99-000009.txt")
    quarter = (date(1999, 6, 26), date(1999, 3, 28))
    assert _find(facts, REVENUES, *quarter, "1558000000")
    assert _find(facts, REVENUES, date(1998, 6, 26), date(1998, 3, 28), "1402000000")
    assert _find(facts, {"us-gaap:EarningsPerShareBasic"}, *quarter, "1.41")
    assert _find(facts, {"us-gaap:EarningsPerShareDiluted"}, *quarter, "1.20")
    assert _find(facts, {"us-gaap:WeightedAverageNumberOfSharesOutstandingBasic"}, *quarter, "144054000")
    assert _find(facts, {"us-gaap:Assets"}, date(1998, 9, 25), None, "4289000000")
    assert _find(facts, {"us-gaap:LiabilitiesAndStockholdersEquity"}, date(1999, 6, 26), None, "5019000000")
