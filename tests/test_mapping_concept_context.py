"""Context rules of the concept choice, each on a made-up snippet: a balance sheet printed as two tables (the second
opens with the current liabilities), a label read with its side of the balance sheet, and a heading left above the
lines after its total."""

from pathlib import Path

import pytest

from exporter.mapping import chooser
from exporter.mapping.taxonomy import load_taxonomy
from exporter.pipeline import convert
from exporter.statements.model import Area, StatementKind, UnitKind
from tests.statement_fixtures import text_filing

BS = StatementKind.BALANCE_SHEET

BALANCE_SHEET_IN_TWO_TABLES = """
                              HARBOR LIGHT SOFTWARE INC
                        CONDENSED CONSOLIDATED BALANCE SHEET
                                      ASSETS
                                  (In thousands)
<TABLE>
<CAPTION>
                                                       July 31, 1998     January 31, 1998
                                                       -------------     ----------------
<S>                                                    <C>               <C>
Current assets:
    Cash and cash equivalents                            $  4,100            $  3,900
    Accounts receivable, net                                2,200               2,000
    Deferred income taxes                                     700                 650
                                                         --------            --------
        Total current assets                                7,000               6,550
                                                         --------            --------
Property and equipment, net                                 1,500               1,400
Deferred income taxes                                         300                 250
Other assets                                                  200                 200
                                                         --------            --------
                                                         $  9,000            $  8,400
                                                         ========            ========
</TABLE>

                              HARBOR LIGHT SOFTWARE INC
                        CONDENSED CONSOLIDATED BALANCE SHEET
                        LIABILITIES AND STOCKHOLDERS' EQUITY
                                  (In thousands)
<TABLE>
<CAPTION>
                                                       July 31, 1998     January 31, 1998
                                                       -------------     ----------------
<S>                                                    <C>               <C>
Current liabilities:
    Accounts payable                                     $  1,000            $    900
    Accrued liabilities                                     1,500               1,300
                                                         --------            --------
        Total current liabilities                           2,500               2,200
                                                         --------            --------
Deferred income taxes                                         400                 350
Other liabilities                                             100                  50
Stockholders' equity:
    Common stock                                            4,000               4,000
    Retained earnings                                       2,000               1,800
                                                         --------            --------
        Total stockholders' equity                          6,000               5,800
                                                         --------            --------
                                                         $  9,000            $  8,400
                                                         ========            ========
</TABLE>
"""


@pytest.fixture(scope="module")
def balance_sheet() -> list[tuple[str, str]]:
    """(label, concept) of each balance sheet line, in source order."""
    filing = text_filing("0000999999-98-000031", "19980731", BALANCE_SHEET_IN_TWO_TABLES)
    mapped = convert(Path("harbor-light-10q-1998.txt"), filing.encode()).mapped
    return [(fact.label, fact.concept.qname) for statement in mapped.statements if statement.kind == "balance-sheet"
            for fact in statement.facts if fact.column == 0]


def test_a_table_that_opens_with_current_liabilities_holds_liabilities(balance_sheet):
    assert ("Accounts payable", "us-gaap:AccountsPayableCurrent") in balance_sheet
    assert ("Total current liabilities", "us-gaap:LiabilitiesCurrent") in balance_sheet


def test_deferred_income_taxes_are_an_asset_among_the_assets_and_a_liability_among_the_liabilities(balance_sheet):
    assert [concept for label, concept in balance_sheet if label == "Deferred income taxes"] == [
        "us-gaap:DeferredIncomeTaxAssetsNet", "us-gaap:DeferredIncomeTaxAssetsNet",
        "us-gaap:DeferredIncomeTaxLiabilitiesNet"]


def test_the_unlabelled_totals_of_both_tables_are_named_by_their_parts(balance_sheet):
    assert [concept for label, concept in balance_sheet if not label] == [
        "us-gaap:Assets", "us-gaap:LiabilitiesAndStockholdersEquity"]


def test_a_current_heading_left_above_the_lines_after_its_total_does_not_name_them():
    line = chooser.Line("Other liabilities", BS, Area.NONCURRENT_LIABILITIES, "Current liabilities:",
                        UnitKind.MONETARY, False)
    choice = chooser.choose(line, load_taxonomy())
    assert choice is not None and choice.concept.qname == "us-gaap:OtherLiabilitiesNoncurrent"


STATEMENTS_OF_1995 = """
                               NORTH FORK INSTRUMENTS CORP
                               CONSOLIDATED BALANCE SHEETS
                                     (In thousands)
<TABLE>
<CAPTION>
                                                           December 31,
                                                     -----------------------
                                                        1995         1994
                                                     ----------   ----------
<S>                                                  <C>          <C>
Current assets:
  Cash..............................................  $  1,200     $  1,000
  Accounts receivable...............................     2,300        2,100
                                                      --------     --------
      Total current assets..........................     3,500        3,100
Property and equipment, net.........................     1,500        1,400
                                                      --------     --------
                                                      $  5,000     $  4,500
                                                      ========     ========
Current liabilities:
  Accounts payable..................................  $  1,100     $    900
                                                      --------     --------
      Total current liabilities.....................     1,100          900
Stockholders' equity:
  Common stock......................................       400          400
  Retained earnings.................................     3,300        3,000
                                                      --------     --------
                                                      $  5,000     $  4,500
                                                      ========     ========
</TABLE>

                               NORTH FORK INSTRUMENTS CORP
                           CONSOLIDATED STATEMENTS OF INCOME
                       (In thousands, except per share amounts)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                     -----------------------
                                                        1995         1994
                                                     ----------   ----------
<S>                                                  <C>          <C>
Revenues:
  Net sales.........................................  $  9,000     $  8,000
  Service and rental................................     1,000          900
                                                      --------     --------
                                                        10,000        8,900
Cost of sales and service...........................     6,000        5,400
Selling, general and administrative.................     2,000        1,900
                                                      --------     --------
Income before income taxes..........................     2,000        1,600
Provision for income taxes..........................       800          640
                                                      --------     --------
Net income..........................................  $  1,200     $    960
                                                      ========     ========
Earnings per common and common equivalent share.....  $   1.20     $    .96
Fully diluted earnings per share....................  $   1.18     $    .95
</TABLE>
"""


@pytest.fixture(scope="module")
def statements_of_1995() -> dict[str, list[tuple[str, str]]]:
    """Per statement kind, (label, concept) of each line, in source order."""
    filing = text_filing("0000999999-96-000012", "19951231", STATEMENTS_OF_1995)
    mapped = convert(Path("north-fork-10k-1995.txt"), filing.encode()).mapped
    found: dict[str, list[tuple[str, str]]] = {}
    for statement in mapped.statements:
        found.setdefault(statement.kind, []).extend(
            (fact.label, fact.concept.qname) for fact in statement.facts if fact.column == 0)
    return found


def test_an_unlabelled_line_with_the_amounts_of_total_assets_is_total_liabilities_and_equity(statements_of_1995):
    """The equity lines do not add up to the last line (no total of equity is printed, the liabilities are left
    out of it): the balance identity names it."""
    unlabelled = [concept for label, concept in statements_of_1995["balance-sheet"] if not label]
    assert unlabelled == ["us-gaap:Assets", "us-gaap:LiabilitiesAndStockholdersEquity"]


def test_an_unlabelled_total_of_revenues_is_revenues_and_its_sales_part_the_sales_revenue(statements_of_1995):
    lines = statements_of_1995["income-statement"]
    assert ("", "us-gaap:Revenues") in lines
    assert ("Net sales", "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax") in lines
    assert "us-gaap:GrossProfit" not in {concept for _, concept in lines}


def test_primary_earnings_per_share_is_basic_and_fully_diluted_is_diluted(statements_of_1995):
    lines = dict(statements_of_1995["income-statement"])
    assert lines["Earnings per common and common equivalent share"] == "us-gaap:EarningsPerShareBasic"
    assert lines["Fully diluted earnings per share"] == "us-gaap:EarningsPerShareDiluted"


INCOME_STATEMENT_OF_2010 = """
                               CEDAR POINT HOLDINGS INC
                          CONSOLIDATED STATEMENTS OF INCOME
                       (In thousands, except per share amounts)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                     -----------------------
                                                        2010         2009
                                                     ----------   ----------
<S>                                                  <C>          <C>
Net sales...........................................  $ 20,000     $ 18,000
Cost of sales.......................................    12,000       11,000
                                                      --------     --------
Gross profit........................................     8,000        7,000
Selling, general and administrative.................     5,000        4,600
                                                      --------     --------
Operating income....................................     3,000        2,400
Other income (expense), net.........................      (200)        (150)
                                                      --------     --------
Income before income taxes..........................     2,800        2,250
Provision for income taxes..........................     1,000          800
                                                      --------     --------
Net income..........................................     1,800        1,450
Less: Net income attributable to noncontrolling
  interests.........................................       100           90
                                                      --------     --------
Net income attributable to Cedar Point Holdings.....  $  1,700     $  1,360
                                                      ========     ========
</TABLE>
"""


@pytest.fixture(scope="module")
def income_statement_of_2010() -> dict[str, str]:
    """Label -> concept of each income statement line."""
    filing = text_filing("0000999999-11-000007", "20101231", INCOME_STATEMENT_OF_2010)
    mapped = convert(Path("cedar-point-10k-2010.txt"), filing.encode()).mapped
    return {fact.label: fact.concept.qname for statement in mapped.statements
            if statement.kind == "income-statement" for fact in statement.facts}


def test_other_income_alone_between_operating_income_and_pretax_income_is_all_nonoperating_income(
        income_statement_of_2010):
    assert income_statement_of_2010["Other income (expense), net"] == "us-gaap:NonoperatingIncomeExpense"


def test_net_income_before_the_noncontrolling_interests_share_is_consolidated(income_statement_of_2010):
    assert income_statement_of_2010["Net income"] == "us-gaap:ProfitLoss"
    assert income_statement_of_2010["Net income attributable to Cedar Point Holdings"] == "us-gaap:NetIncomeLoss"
    noncontrolling = next(concept for label, concept in income_statement_of_2010.items() if "noncontrolling" in label)
    assert noncontrolling == "us-gaap:NetIncomeLossAttributableToNoncontrollingInterest"


def _chosen(label: str, kind: StatementKind, section: str = "") -> str | None:
    choice = chooser.choose(chooser.Line(label, kind, Area.NONE, section, UnitKind.MONETARY, False), load_taxonomy())
    return choice.concept.qname if choice else None


def test_changes_in_a_balance_sheet_line_read_as_its_increase_or_decrease():
    assert _chosen("Changes in receivables, net", StatementKind.CASH_FLOW, "Reconciliation of net earnings") == \
        "us-gaap:IncreaseDecreaseInReceivables"


def test_a_label_the_dictionary_names_is_not_read_with_its_heading():
    """'Total comprehensive income' under an 'Other comprehensive income:' heading is not another OCI line."""
    assert _chosen("Total comprehensive income", StatementKind.COMPREHENSIVE_INCOME,
                   "Other comprehensive income:") == "us-gaap:ComprehensiveIncomeNetOfTax"


def test_an_income_statement_line_is_never_an_oci_item_nor_a_cash_flow_line_an_equity_event():
    chosen = _chosen("Other income (loss) - net", StatementKind.INCOME_STATEMENT)
    assert chosen is None or not chosen.startswith("us-gaap:OtherComprehensive")
    assert _chosen("Stock-based compensation", StatementKind.CASH_FLOW, "Adjustments to reconcile net income") == \
        "us-gaap:ShareBasedCompensation"


WARRANTY_NOTE_OF_2004 = """
                               BAYSIDE MOTOR WORKS INC
                          CONSOLIDATED STATEMENTS OF INCOME
                                  (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                     -----------------------
                                                        2004         2003
                                                     ----------   ----------
<S>                                                  <C>          <C>
Net sales...........................................  $ 30,000     $ 27,000
Cost of sales.......................................    20,000       18,000
                                                      --------     --------
Net income..........................................  $ 10,000     $  9,000
                                                      ========     ========
</TABLE>

NOTE 6 - PRODUCT WARRANTIES

Changes in the accrued warranty liability were as follows (in thousands):

<TABLE>
<CAPTION>
                                                        2004         2003
                                                     ----------   ----------
<S>                                                  <C>          <C>
Accrued warranty - beginning of period..............  $  1,200     $  1,000
Provision for warranty..............................       900          800
Warranty costs incurred.............................      (700)        (600)
Net changes in liability for pre-existing warranties        50            0
                                                      --------     --------
Accrued warranty - end of period....................  $  1,450     $  1,200
                                                      ========     ========
</TABLE>
"""


def test_a_warranty_roll_forward_names_its_steps():
    filing = text_filing("0000999999-05-000004", "20041231", WARRANTY_NOTE_OF_2004)
    mapped = convert(Path("bayside-10k-2004.txt"), filing.encode()).mapped
    lines = {fact.label: (fact.concept.qname, str(fact.context.period)) for statement in mapped.statements
             if statement.kind == "disclosure" for fact in statement.facts if fact.column == 0}
    warranty = "us-gaap:ProductWarrantyAccrual"  # standard and extended warranties, as most filers tag them
    assert lines["Provision for warranty"][0] == f"{warranty}WarrantiesIssued"
    assert lines["Warranty costs incurred"][0] == f"{warranty}Payments"
    assert lines["Net changes in liability for pre-existing warranties"][0] == f"{warranty}PreexistingIncreaseDecrease"
    assert lines["Accrued warranty - beginning of period"] == (warranty, "2003-12-31")
    assert lines["Accrued warranty - end of period"] == (warranty, "2004-12-31")


EARNINGS_PER_SHARE_NOTE_OF_1999 = """
                               GULL ISLAND FOODS INC
                          CONSOLIDATED STATEMENTS OF INCOME
                       (In thousands, except per share amounts)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                     -----------------------
                                                        1999         1998
                                                     ----------   ----------
<S>                                                  <C>          <C>
Net sales...........................................  $ 50,000     $ 46,000
Cost of sales.......................................    30,000       28,000
                                                      --------     --------
Net income..........................................     5,000        4,500
Preferred stock dividends...........................       200          200
                                                      --------     --------
Net income applicable to common stock...............  $  4,800     $  4,300
                                                      ========     ========
</TABLE>

NOTE 9 - EARNINGS PER SHARE

<TABLE>
<CAPTION>
                                                        1999         1998
                                                     ----------   ----------
<S>                                                  <C>          <C>
Weighted average common shares outstanding..........    10,000        9,800
Add effect of dilutive securities:
  Stock options.....................................       300          250
  Convertible preferred stock.......................       500          500
                                                      --------     --------
Diluted weighted average shares outstanding.........    10,800       10,550
                                                      ========     ========
</TABLE>
"""


@pytest.fixture(scope="module")
def earnings_per_share_of_1999() -> dict[str, str]:
    filing = text_filing("0000999999-00-000003", "19991231", EARNINGS_PER_SHARE_NOTE_OF_1999)
    mapped = convert(Path("gull-island-10k-1999.txt"), filing.encode()).mapped
    return {fact.label: fact.concept.qname for statement in mapped.statements for fact in statement.facts}


def test_the_dilutive_securities_of_an_earnings_per_share_note_are_incremental_shares(earnings_per_share_of_1999):
    assert earnings_per_share_of_1999["Stock options"] == \
        "us-gaap:IncrementalCommonSharesAttributableToShareBasedPaymentArrangements"
    assert earnings_per_share_of_1999["Convertible preferred stock"] == \
        "us-gaap:IncrementalCommonSharesAttributableToConversionOfPreferredStock"


def test_net_income_applicable_to_common_stock_is_what_common_holders_get(earnings_per_share_of_1999):
    assert earnings_per_share_of_1999["Net income applicable to common stock"] == \
        "us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic"
