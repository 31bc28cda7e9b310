"""Signs a line takes from its role in the statement, not from its concept alone: a net of interest and other items
under a heading that prints expenses as positive, a change in deferred taxes, the other operating items, an equity
statement laid out by sections (a dividend, the treasury stock), and note lines deducted from a pre-tax amount or
kept under 'Treasury stock'."""

from decimal import Decimal
from pathlib import Path

import pytest
from disclosure_fixtures import BALANCE_SHEET, INCOME_STATEMENT, SEC_HEADER, _html_row, _html_table
from statement_fixtures import text_filing

from exporter.mapping import chooser, synonyms
from exporter.mapping.signs import (
    is_expense_line,
    is_note_deduction,
    is_signed_amount,
    is_tax_benefit_deduction,
    is_treasury_section,
    prints_net_expense,
)
from exporter.mapping.taxonomy import load_taxonomy
from exporter.pipeline import convert
from exporter.statements.model import Area, StatementKind, UnitKind

STATEMENTS = text_filing("0000999999-99-000011", "19981231", """\
                             TEST CO
               CONSOLIDATED STATEMENTS OF EARNINGS
                          (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                        1998         1997
<S>                                                  <C>          <C>
Net sales............................................    $ 9,000      $ 8,000
Cost of sales........................................      6,000        5,500
                                                      --------     --------
Operating income.....................................      3,000        2,500
Interest and other (income) expense:
  Interest income and other, net.....................        (40)         (30)
  Interest expense...................................        340          330
                                                      --------     --------
  Interest and other, net............................        300          300
                                                      --------     --------
Earnings before provision for income taxes...........      2,700        2,200
Provision for income taxes...........................      1,000          800
                                                      --------     --------
Net earnings.........................................    $ 1,700      $ 1,400
                                                      ========     ========
</TABLE>

                             TEST CO
               CONSOLIDATED STATEMENTS OF CASH FLOWS
                          (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                        1998         1997
<S>                                                  <C>          <C>
Cash flows from operating activities:
  Net earnings.......................................    $ 1,700      $ 1,400
  Depreciation and amortization......................        500          450
  Changes in deferred income taxes...................         15          (24)
  Other operating activities.........................         35           20
                                                      --------     --------
Net cash provided by operating activities............      2,250        1,846
Cash flows from financing activities:
  Cash dividends.....................................     (1,000)        (900)
                                                      --------     --------
Net cash used in financing activities................     (1,000)        (900)
                                                      --------     --------
Net increase in cash.................................      1,250          946
                                                      ========     ========
</TABLE>

                             TEST CO
          CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY
                          (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                        1998         1997
<S>                                                  <C>          <C>
Retained Earnings:
  Balance at beginning of year.......................    $ 5,000      $ 4,500
  Net earnings.......................................      1,700        1,400
  Cash dividends.....................................     (1,000)        (900)
                                                      --------     --------
  Balance at end of year.............................      5,700        5,000
Treasury Stock:
  Balance at beginning of year.......................     (2,000)      (1,500)
  Repurchases of common stock........................       (600)        (500)
                                                      --------     --------
  Balance at end of year.............................     (2,600)      (2,000)
                                                      ========     ========
</TABLE>
</TEXT>
</DOCUMENT>
""")


@pytest.fixture(scope="module")
def facts(tmp_path_factory):
    path = tmp_path_factory.mktemp("sign-roles") / "statements.txt"
    path.write_text(STATEMENTS)
    return {(statement.kind, f.label.strip(), f.context.period.end.year): f
            for statement in convert(path).mapped.statements for f in statement.facts}


@pytest.mark.parametrize(("kind", "label", "concept", "value"), [
    # a net expense printed positive under '(income) expense' is a negative net of income and expense
    ("income-statement", "Interest and other, net", "NonoperatingIncomeExpense", "-300000"),
    ("income-statement", "Interest expense", "InterestExpense", "340000"),
    # printed 15: the deferred tax asset decreased, a negative increase (the concept's weight is -1 in cash flows)
    ("cash-flow", "Changes in deferred income taxes", "IncreaseDecreaseInDeferredIncomeTaxes", "-15000"),
    ("cash-flow", "Cash dividends", None, "1000000"),
    # an equity statement by sections: a dividend is a positive roll-forward event
    ("stockholders-equity", "Cash dividends", "DividendsCommonStockCash", "1000000"),
    ("stockholders-equity", "Net earnings", "NetIncomeLoss", "1700000"),
])
def test_lines_take_the_sign_of_their_role(facts, kind, label, concept, value):
    fact = facts[kind, label, 1998]
    if concept:
        assert fact.concept.name == concept
    assert fact.value == Decimal(value)


def test_other_operating_activities_is_no_total_of_them(facts):
    fact = facts["cash-flow", "Other operating activities", 1998]
    assert fact.concept.name != "NetCashProvidedByUsedInOperatingActivities"
    assert fact.value == Decimal("-35000")  # other items added back: other noncash income, as a negative


def test_treasury_stock_in_an_equity_statement_by_sections_is_positive(facts):
    treasury = [f for (kind, label, year), f in facts.items()
                if kind == "stockholders-equity" and year == 1998 and f.value.copy_abs() in (2600000, 600000)]
    assert sorted(f.value for f in treasury) == [Decimal(600000), Decimal(2600000)]


STOCK_NOTE = _html_table(
    "Changes in the number of shares of common stock were as follows (in millions):", ["1999", "1998"],
    _html_row("Common stock", heading=True) + _html_row("Shares at beginning of year", "1,796", "1,794")
    + _html_row("Shares issued under employee stock plans", "4", "2")
    + _html_row("Shares at end of year", "1,800", "1,796") + _html_row("Treasury stock", heading=True)
    + _html_row("Shares at beginning of year", "(804)", "(778)") + _html_row("Shares repurchased", "(2)", "(26)")
    + _html_row("Shares at end of year", "(806)", "(804)"))
COMPENSATION_NOTE = _html_table(
    "Stock-based compensation (in thousands):", ["1999", "1998"],
    _html_row("Pre-tax stock-based compensation expense", "444", "382")
    + _html_row("Income tax benefit", "(92)", "(79)")
    + _html_row("After-tax stock-based compensation expense", "352", "303"))


def test_note_lines_under_treasury_stock_and_a_deducted_tax_benefit_are_positive():
    html = (SEC_HEADER + "<HTML>\n<BODY>\n" + BALANCE_SHEET + "<P><HR NOSHADE></P>\n" + INCOME_STATEMENT
            + "<P><B>NOTES TO CONSOLIDATED FINANCIAL STATEMENTS</B></P>\n<P><B>8. Capital Stock</B></P>\n"
            + STOCK_NOTE + "<P><B>9. Stock-Based Compensation</B></P>\n" + COMPENSATION_NOTE
            + "</BODY>\n</HTML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    values = {}
    for statement in convert(Path("equity-note-10k.txt"), raw=html.encode()).mapped.statements:
        if statement.kind == "disclosure":
            for f in statement.facts:
                values.setdefault((f.label.strip(), f.context.period.end.year), []).append(f.value)
    assert values["Shares at end of year", 1999] == [Decimal(1800000000), Decimal(806000000)]
    assert values["Shares repurchased", 1998] == [Decimal(26000000)]
    assert values["Income tax benefit", 1999] == [Decimal(92000)]
    assert values["After-tax stock-based compensation expense", 1999] == [Decimal(352000)]


@pytest.mark.parametrize(("concept", "section", "expected"), [
    ("NonoperatingIncomeExpense", "Interest and other (income) expense:", True),
    ("OtherNonoperatingIncomeExpense", "Other expense (income):", True),
    ("OtherNonoperatingIncomeExpense", "Costs and expenses:", True),
    ("NonoperatingIncomeExpense", "Other income (expense):", False),  # income printed as positive
    ("InvestmentIncomeInterest", "Interest and other (income) expense:", False),  # no net: its printed sign tells
])
def test_net_expense_sections(concept, section, expected):
    assert prints_net_expense(concept, section) is expected


@pytest.mark.parametrize(("section", "expected"), [
    ("Treasury Stock", True), ("Treasury stock, at cost:", True), ("Common stock held in treasury", True),
    ("Common stock", False), ("Retained earnings", False),
])
def test_treasury_sections(section, expected):
    assert is_treasury_section(section) is expected


@pytest.mark.parametrize(("label", "following", "expected"), [
    ("Income tax benefit", "After-tax stock-based compensation expense", True),
    ("Less: tax benefit", "Stock-based compensation, net of tax", True),
    ("Income tax benefit", "Total", False),  # a tax note's total benefit keeps its printed sign
    ("Income tax expense (benefit)", "Net income after tax", False),
])
def test_tax_benefit_deductions(label, following, expected):
    assert is_tax_benefit_deduction(label, following) is expected


@pytest.mark.parametrize(("label", "kind", "concept"), [
    ("Changes in deferred income taxes", StatementKind.CASH_FLOW, "IncreaseDecreaseInDeferredIncomeTaxes"),
    # a words match that adds 'comprehensive' names another measure
    ("Less: Net income (loss) attributable to noncontrolling interests", StatementKind.INCOME_STATEMENT,
     "NetIncomeLossAttributableToNoncontrollingInterest"),
    # 'Total operating activities' shares its words but is a total; 'Other' makes the line the rest of a section
    ("Other operating activities", StatementKind.CASH_FLOW, None),
])
def test_the_label_dictionary_reads_words_that_change_a_line_s_meaning(label, kind, concept):
    choice = chooser.choose(chooser.Line(label, kind, Area.NONE, "", UnitKind.MONETARY, False),
                            load_taxonomy())
    assert (choice.concept.name if choice else None) == concept


DEDUCTIONS = text_filing("0000999999-99-000012", "19981231", """\
                             TEST CO
               CONSOLIDATED STATEMENTS OF OPERATIONS
                          (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                        1998         1997
<S>                                                  <C>          <C>
Net sales............................................    $ 4,000      $ 3,600
Costs and expenses:
  Cost of sales......................................     (2,500)      (2,300)
  Store pre-opening..................................        (60)         (45)
  Warehouse and distribution.........................       (400)        (380)
                                                      --------     --------
Income before income taxes...........................      1,040          875
Income taxes.........................................        400          340
                                                      --------     --------
Net income...........................................    $   640      $   535
                                                      ========     ========
</TABLE>
</TEXT>
</DOCUMENT>
""")


def test_lines_deducted_under_a_heading_of_costs_are_positive_expenses(tmp_path):
    path = tmp_path / "deductions.txt"
    path.write_text(DEDUCTIONS)
    conversion = convert(path)
    values = {(f.label.strip(), f.context.period.end.year): f for f in conversion.mapped.facts}
    assert values["Store pre-opening", 1998].value == Decimal(60000)
    assert values["Store pre-opening", 1998].concept.balance == "debit"
    assert values["Warehouse and distribution", 1997].value == Decimal(380000)
    assert conversion.inconsistencies == []


@pytest.mark.parametrize(("label", "section", "deducted", "expected"), [
    ("Cost of sales", "", False, True),  # an expense by its name
    ("Other income (expense), net", "", False, False),
    ("Store pre-opening", "Costs and expenses:", True, True),
    ("Store pre-opening", "Costs and expenses:", False, False),  # printed positive among deductions: a credit
    ("Gain on sale of stores", "Costs and expenses:", True, False),
    ("Store pre-opening", "Revenues and other income:", True, False),
])
def test_expense_lines(label, section, deducted, expected):
    assert is_expense_line(label, section, deducted) is expected


@pytest.mark.parametrize(("label", "deduction"), [
    ("Gross losses", True),  # an amount of losses, positive
    ("Gross unrealized losses", True),
    ("IP-related and legal settlement costs", True),  # a reconciling item of costs
    ("Restructuring charges", True),
    ("Nondeductible expenses", False),  # a tax rate reconciliation's item lowers or raises the tax
    ("Other income and expenses", False),
    ("Cost of goods sold", False),  # a derivatives note's line of the income statement it affects holds a gain
])
def test_note_lines_of_losses_and_costs_are_positive(label, deduction):
    assert is_note_deduction(label) is deduction


@pytest.mark.parametrize(("label", "signed"), [
    ("Less: Net gains (losses) recognized during the period related to equity securities sold", True),
    ("Less: Net income (loss) attributable to noncontrolling interests", True),
    ("Less: accumulated depreciation", False),
    ("Less: unrealized losses", False),
])
def test_a_deduction_of_a_signed_amount_keeps_its_printed_sign(label, signed):
    assert is_signed_amount(label) is signed


@pytest.mark.parametrize(("label", "kind", "section", "concept"), [
    # 'Other' takes the concept of its section's activity
    ("Other", StatementKind.CASH_FLOW, "Cash flows from financing activities",
     "ProceedsFromPaymentsForOtherFinancingActivities"),
    ("Other", StatementKind.CASH_FLOW, "Cash flows from investing activities",
     "PaymentsForProceedsFromOtherInvestingActivities"),
    ("Other", StatementKind.CASH_FLOW, "Adjustments to reconcile net income to net cash provided by operating "
     "activities", "OtherNoncashIncomeExpense"),
])
def test_a_cash_flow_line_takes_a_concept_of_its_section_s_activity(label, kind, section, concept):
    choice = chooser.choose(chooser.Line(label, kind, Area.NONE, section, UnitKind.MONETARY, False), load_taxonomy())
    assert choice is not None and choice.concept.name == concept


def test_a_net_of_other_items_is_no_expense(facts):
    assert facts["income-statement", "Interest and other, net", 1998].concept.balance == "credit"
    choice = chooser.choose(chooser.Line("Other, net", StatementKind.INCOME_STATEMENT, Area.NONE, "",
                                         UnitKind.MONETARY, False), load_taxonomy())
    assert choice is None or choice.concept.name != "OtherExpenses"


@pytest.mark.parametrize(("label", "concept"), [
    ("Other, net", "us-gaap:OtherNonoperatingIncomeExpense"),
    ("Interest and other, net", "us-gaap:NonoperatingIncomeExpense"),
    ("Interest and other (income) expense, net", "us-gaap:NonoperatingIncomeExpense"),
    ("Interest expense", "us-gaap:InterestExpense"),
])
def test_income_statement_nets_of_income_and_expense(label, concept):
    rule = synonyms.match(label, StatementKind.INCOME_STATEMENT, Area.NONE, UnitKind.MONETARY)
    assert rule is not None and rule.concept == concept
