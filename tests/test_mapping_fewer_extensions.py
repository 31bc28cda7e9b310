"""Context rules that give statement lines a standard concept where they used to get an extension, each on a
made-up snippet: cash flow lines in the filer's wording ('Purchase of ...', 'Principal payments on ...') read in the
taxonomy's ('Payments to acquire ...', 'Repayments of ...'); the shares used for the basic and for the diluted
amount per share told apart by the amount above them; the cash balances a cash flow statement ends with."""

from pathlib import Path

import pytest

from exporter.mapping import chooser
from exporter.mapping.taxonomy import load_taxonomy
from exporter.pipeline import convert
from exporter.statements.model import Area, StatementKind, UnitKind
from tests.statement_fixtures import text_filing

CF = StatementKind.CASH_FLOW


@pytest.mark.parametrize(("label", "section", "concept"), [
    ("Purchase of long-term investments", "Cash flows from investing activities:",
     "PaymentsToAcquireLongtermInvestments"),
    ("Purchases of short-term investments", "Investing activities:", "PaymentsToAcquireShortTermInvestments"),
    ("Principal payments on long-term debt", "Financing activities:", "RepaymentsOfLongTermDebt"),
    ("Purchase of common stock", "Financing activities:", "PaymentsForRepurchaseOfCommonStock"),
])
def test_a_cash_flow_line_in_the_filers_wording_is_read_in_the_taxonomys(label, section, concept):
    choice = chooser.choose(chooser.Line(label, CF, Area.NONE, section, UnitKind.MONETARY, False), load_taxonomy())
    assert choice is not None and choice.concept.name == concept
    assert choice.method == "dictionary+cash" and choice.confidence <= 0.85


def test_a_purchase_of_something_the_taxonomy_does_not_name_stays_unmatched():
    line = chooser.Line("Purchase of Harbor Light Fibres", CF, Area.NONE, "Investing activities:", UnitKind.MONETARY,
                        False)
    assert chooser.choose(line, load_taxonomy()) is None


STATEMENTS = """
                              HARBOR LIGHT SOFTWARE INC
                        CONSOLIDATED STATEMENTS OF OPERATIONS
                      (In thousands, except per share amounts)
<TABLE>
<CAPTION>
                                                          Year Ended December 31,
                                                          1998             1997
                                                        --------         --------
<S>                                                     <C>              <C>
Net revenues                                            $ 12,400         $ 10,100
Cost of revenues                                           5,200            4,300
                                                        --------         --------
Gross profit                                               7,200            5,800
Operating expenses                                         4,700            4,100
                                                        --------         --------
Net income                                              $  2,500         $  1,700
                                                        ========         ========
Basic net income per share ...........................  $   0.50         $   0.35
Shares used in per share amounts .....................     5,000            4,860
Diluted net income per share .........................  $   0.46         $   0.32
Shares used in per share amounts .....................     5,400            5,300
WEIGHTED SHARES OUTSTANDING
  Basic                                                    5,000            4,860
</TABLE>

                              HARBOR LIGHT SOFTWARE INC
                        CONSOLIDATED STATEMENTS OF CASH FLOWS
                                  (In thousands)
<TABLE>
<CAPTION>
                                                          Year Ended December 31,
                                                          1998             1997
                                                        --------         --------
<S>                                                     <C>              <C>
Net income                                              $  2,500         $  1,700
Net cash provided by operating activities                  3,100            2,000
Purchases of short-term investments                       (1,200)          (1,000)
Net cash used in investing activities                     (1,200)          (1,000)
Principal payments on long-term debt                        (400)            (300)
Net cash used in financing activities                       (400)            (300)
                                                        --------         --------
Net increase in cash and cash equivalents                  1,500              700
Beginning cash and cash equivalents                        2,100            1,400
                                                        --------         --------
Ending cash and cash equivalents                        $  3,600         $  2,100
                                                        ========         ========
</TABLE>
"""


@pytest.fixture(scope="module")
def facts() -> list[tuple[str, str, str, str, str]]:
    """(statement kind, label, concept, period, unit) of each fact of the first column, in source order."""
    filing = text_filing("0000999999-99-000012", "19981231", STATEMENTS)
    mapped = convert(Path("harbor-light-10k-1998.txt"), filing.encode()).mapped
    return [(statement.kind, fact.label, fact.concept.qname, str(fact.context.period), fact.unit.id)
            for statement in mapped.statements for fact in statement.facts if fact.column == 0]


def test_the_shares_used_under_the_diluted_amount_per_share_are_the_diluted_count(facts):
    counts = [(concept, unit) for _, label, concept, _, unit in facts if label == "Shares used in per share amounts"]
    assert counts == [("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "shares"),
                      ("us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", "shares")]


def test_basic_under_weighted_shares_outstanding_is_a_count_of_shares(facts):
    assert [(concept, unit) for _, label, concept, _, unit in facts if label == "Basic"] == [
        ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "shares")]


def test_the_beginning_and_ending_cash_are_the_balances_at_the_start_and_end_of_the_year(facts):
    balances = [(label, concept, period) for kind, label, concept, period, _ in facts
                if kind == "cash-flow" and label.endswith("cash and cash equivalents") and "increase" not in label]
    assert balances == [
        ("Beginning cash and cash equivalents", "us-gaap:CashAndCashEquivalentsAtCarryingValue", "1997-12-31"),
        ("Ending cash and cash equivalents", "us-gaap:CashAndCashEquivalentsAtCarryingValue", "1998-12-31")]
