"""Every value takes XBRL's sign for its concept, whatever the statement prints: a cash flow line no us-gaap
concept names yet is held as the us-gaap concept it would be (payments positive, increases in assets positive,
gains positive), and equity lines by their concept's balance."""

from decimal import Decimal
from pathlib import Path

import pytest
from statement_fixtures import text_filing

from exporter.mapping.signs import cash_flow_sign, comprehensive_income_balance, is_note_deduction
from exporter.pipeline import convert

CASH_FLOWS = text_filing("0000999999-99-000002", "19981231", """\
                             TEST CO
               CONSOLIDATED STATEMENTS OF CASH FLOWS
                          (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                        1998         1997
<S>                                                  <C>          <C>
Cash flows from operating activities:
  Net loss...........................................    $  (125)     $   880
  Depreciation and amortization......................        300          280
  (Gain) loss on sale of equipment...................        (40)          12
  Changes in operating assets and liabilities:
    Trade receivables................................       (120)          45
    Inventories......................................         30          (25)
    Customer deposits payable........................         95           10
                                                      --------     --------
Net cash provided by operating activities...........       140        1,202
Cash flows from investing activities:
  Purchases of marketable securities.................       (270)        (210)
  Sales of marketable securities.....................        100           50
                                                      --------     --------
Net cash used in investing activities...............      (170)        (160)
Cash flows from financing activities:
  Dividends paid.....................................       (115)        (100)
  Purchase of treasury stock.........................        (60)          --
                                                      --------     --------
Net cash used in financing activities...............      (175)        (100)
                                                      --------     --------
Net increase (decrease) in cash and cash equivalents       (205)         942
                                                      ========     ========
Supplemental disclosure of noncash investing activities:
  Purchases of equipment included in accounts payable         45           30
</TABLE>
</TEXT>
</DOCUMENT>
""")


@pytest.fixture(scope="module")
def cash_flow_facts(tmp_path_factory):
    path = tmp_path_factory.mktemp("signs") / "cash-flows.txt"
    path.write_text(CASH_FLOWS)
    conversion = convert(path)
    return conversion, {(f.label.strip(), f.context.period.end.year): f.value for f in conversion.mapped.facts}


@pytest.mark.parametrize(("label", "year", "value"), [
    ("Net loss", 1998, "-125000"),  # a net loss is negative
    ("(Gain) loss on sale of equipment", 1998, "40000"),  # printed (40): a gain, added back as negative
    ("(Gain) loss on sale of equipment", 1997, "-12000"),  # printed 12: a loss is a negative gain
    ("Trade receivables", 1998, "120000"),  # printed (120): receivables increased
    ("Trade receivables", 1997, "-45000"),
    ("Inventories", 1997, "25000"),
    ("Customer deposits payable", 1998, "95000"),  # a liability's increase adds cash: as printed
    ("Purchases of marketable securities", 1998, "270000"),  # payments are positive
    ("Sales of marketable securities", 1998, "100000"),
    ("Dividends paid", 1998, "115000"),
    ("Purchase of treasury stock", 1998, "60000"),  # repurchases are positive
    ("Net cash used in investing activities", 1998, "-170000"),  # a net amount keeps its printed sign
    ("Purchases of equipment included in accounts payable", 1998, "45000"),  # disclosed, not a cash effect
])
def test_cash_flow_lines_without_a_us_gaap_concept_take_xbrl_signs(cash_flow_facts, label, year, value):
    assert cash_flow_facts[1][label, year] == Decimal(value)


def test_the_signed_lines_still_add_up_to_their_printed_totals(cash_flow_facts):
    conversion = cash_flow_facts[0]
    assert conversion.inconsistencies == []
    assert not [issue for issue in conversion.mapped.issues if issue.kind == "arithmetic"]


@pytest.mark.parametrize(("label", "section", "sign"), [
    ("Accounts receivable", "Changes in operating assets and liabilities:", -1),
    ("Accrued liabilities", "Changes in operating assets and liabilities:", 1),
    ("Change in other operating assets and liabilities", "", -1),
    ("Loss (gain) on disposal of assets", "", -1),
    ("Inventory write-downs", "", 1),
    ("Repayments of long-term debt", "Financing activities:", -1),
    ("Additions to long-term debt", "Financing activities:", 1),
    ("Additions to property and equipment", "Investing activities:", -1),
    ("Other", "Investing activities:", -1),
    ("Cash paid for interest", "Supplemental disclosures:", 1),
    ("Repayments of commercial paper, net", "Financing activities:", 1),  # net proceeds
    ("Foreign currency adjustments", "", -1),  # a foreign currency gain, added back as negative
    ("Changes in deferred income taxes", "", -1),  # a change in the deferred tax asset
    ("Investments and other, net", "Investing activities:", -1),
    ("Deferred income taxes", "", 1),
])
def test_cash_flow_sign_rules(label, section, sign):
    assert cash_flow_sign(label, section) == sign


INCOME_AND_BALANCE = text_filing("0000999999-99-000005", "19981231", """\
                             TEST CO
               CONSOLIDATED STATEMENTS OF OPERATIONS
                          (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                        1998         1997
<S>                                                  <C>          <C>
Net sales............................................    $ 2,000      $ 2,400
Cost of sales........................................     (1,500)      (1,600)
Research and development expense.....................       (700)        (600)
                                                      --------     --------
Net income (loss)....................................    $  (200)     $   200
                                                      ========     ========
</TABLE>

                    CONSOLIDATED BALANCE SHEETS
                          (In thousands)
<TABLE>
<CAPTION>
                                                          December 31,
                                                        1998         1997
<S>                                                  <C>          <C>
Cash.................................................    $ 1,000      $ 1,100
                                                      --------     --------
Total assets.........................................    $ 1,000      $ 1,100
                                                      ========     ========
Accounts payable.....................................    $   300      $   200
Common stock.........................................        500          500
Retained earnings....................................        400          600
Less treasury stock, at cost.........................       (200)        (200)
                                                      --------     --------
Total stockholders' equity...........................        700          900
                                                      --------     --------
Total liabilities and stockholders' equity...........    $ 1,000      $ 1,100
                                                      ========     ========
</TABLE>
</TEXT>
</DOCUMENT>
""")


@pytest.fixture(scope="module")
def income_and_balance_facts(tmp_path_factory):
    path = tmp_path_factory.mktemp("signs") / "income-balance.txt"
    path.write_text(INCOME_AND_BALANCE)
    return {(f.label.strip(), f.context.period.end.year): f.value for f in convert(path).mapped.facts}


@pytest.mark.parametrize(("label", "year", "value"), [
    ("Cost of sales", 1998, "1500000"),  # an expense printed in parentheses is positive
    ("Research and development expense", 1997, "600000"),  # an extension expense too
    ("Net income (loss)", 1998, "-200000"),  # a net loss is negative
    ("Net income (loss)", 1997, "200000"),
    ("Less treasury stock, at cost", 1998, "200000"),  # treasury stock is positive (a debit, subtracted)
    ("Total stockholders' equity", 1998, "700000"),
])
def test_income_statement_and_balance_sheet_signs(income_and_balance_facts, label, year, value):
    assert income_and_balance_facts[label, year] == Decimal(value)


@pytest.mark.parametrize(("label", "balance"), [
    ("Adjustment for net (gains)/losses realized and included in net income", "debit"),  # reclassified gains
    ("Reclassification adjustment for losses included in net income", "debit"),
    ("Net change in pension and other postretirement benefit liabilities", "debit"),
    ("Foreign currency translation adjustment", "credit"),
    ("Change in unrealized gains on marketable securities", "credit"),
])
def test_other_comprehensive_income_balances(label, balance):
    assert comprehensive_income_balance(label) == balance


COMPREHENSIVE_INCOME = CASH_FLOWS[:CASH_FLOWS.index("                             TEST CO")] + """\
                             TEST CO
          CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME
                          (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                        1998         1997
<S>                                                  <C>          <C>
Net income...........................................    $ 1,025      $   880
Other comprehensive income (loss):
  Change in unrealized gains on securities...........         80          (20)
  Adjustment for net gains realized and included
    in net income....................................        (30)          15
                                                      --------     --------
  Total other comprehensive income (loss)............         50           (5)
                                                      --------     --------
Comprehensive income.................................    $ 1,075      $   875
                                                      ========     ========
</TABLE>
</TEXT>
</DOCUMENT>
"""


def test_a_reclassification_of_gains_out_of_other_comprehensive_income_is_positive(tmp_path):
    path = tmp_path / "comprehensive.txt"
    path.write_text(COMPREHENSIVE_INCOME)
    conversion = convert(path)
    facts = {(f.label.strip(), f.context.period.end.year): f.value for f in conversion.mapped.facts}
    label = "Adjustment for net gains realized and included in net income"
    assert facts[label, 1998] == Decimal("30000")  # printed (30): gains of 30 taken out of other comprehensive income
    assert facts[label, 1997] == Decimal("-15000")  # printed 15: losses reclassified
    assert facts["Change in unrealized gains on securities", 1997] == Decimal("-20000")
    assert conversion.inconsistencies == []


TAX_BENEFIT_YEAR = CASH_FLOWS[:CASH_FLOWS.index("                             TEST CO")] + """\
                             TEST CO
               CONSOLIDATED STATEMENTS OF INCOME
                          (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                        1998         1997         1996
<S>                                                  <C>          <C>          <C>
Net sales............................................    $ 1,000      $ 1,000      $ 1,000
Cost of sales........................................        600          600          600
                                                      --------     --------     --------
Income before income taxes...........................        400          400          400
Income tax expense (benefit).........................        (30)          40           50
                                                      --------     --------     --------
Net income...........................................    $   430      $   360      $   350
                                                      ========     ========     ========
</TABLE>
</TEXT>
</DOCUMENT>
"""


def test_a_tax_benefit_in_one_year_keeps_its_sign_beside_years_of_expense(tmp_path):
    path = tmp_path / "tax-benefit.txt"
    path.write_text(TAX_BENEFIT_YEAR)
    facts = {(f.label.strip(), f.context.period.end.year): f.value for f in convert(path).mapped.facts}
    assert facts["Income tax expense (benefit)", 1998] == Decimal("-30000")
    assert facts["Income tax expense (benefit)", 1997] == Decimal("40000")
    assert facts["Cost of sales", 1998] == Decimal("600000")


@pytest.mark.parametrize(("label", "deduction"), [
    ("Utilization", True),  # a warranty roll-forward's payments
    ("Warranty costs incurred", True),
    ("Settlements", True),
    ("Payments", True),
    ("Income tax benefit related to share-based compensation expense", True),
    ("Total deferred tax liabilities", True),  # deducted from the deferred tax assets
    ("Unearned interest income", True),
    ("Repayments of commercial paper, net", False),  # a net change holds its printed sign
    ("Income tax expense (benefit)", False),
    ("Additions", False),
])
def test_note_lines_printed_in_parentheses_that_hold_a_positive_amount(label, deduction):
    assert is_note_deduction(label) is deduction


def test_a_warranty_roll_forward_holds_its_utilization_positive():
    from disclosure_fixtures import BALANCE_SHEET, INCOME_STATEMENT, SEC_HEADER, _html_row, _html_table
    note = _html_table("Changes in the product warranty liability were as follows:", ["1999", "1998"],
                       _html_row("Balance at beginning of year", "$ 30", "$ 25") + _html_row("Additions", "40", "35")
                       + _html_row("Utilization", "(38)", "(30)") + _html_row("Balance at end of year", "$ 32", "$ 30"))
    html = (SEC_HEADER + "<HTML>\n<BODY>\n" + BALANCE_SHEET + "<P><HR NOSHADE></P>\n" + INCOME_STATEMENT
            + "<P><B>NOTES TO CONSOLIDATED FINANCIAL STATEMENTS</B></P>\n<P><B>7. Product Warranties</B></P>\n"
            + note + "</BODY>\n</HTML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    facts = {(f.label.strip(), f.context.period.end.year): f.value
             for statement in convert(Path("warranty-10k.txt"), raw=html.encode()).mapped.statements
             if statement.kind == "disclosure" for f in statement.facts}
    assert facts["Utilization", 1999] == Decimal("38000")
    assert facts["Utilization", 1998] == Decimal("30000")
    assert facts["Additions", 1999] == Decimal("40000")
