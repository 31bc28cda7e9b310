"""Concepts a standard brought name a line only in a filing of its era (keyed on the filing's own fiscal year), and
modern statements' layouts: equity with noncontrolling interests, the change in cash above the exchange rate effect,
other comprehensive income by kind and part, share counts and lease costs."""

from decimal import Decimal

import pytest
from statement_fixtures import text_filing

from exporter.mapping import equity, oci, synonyms
from exporter.pipeline import convert
from exporter.statements.model import Area, LineItem, StatementKind, UnitKind

BS, IS, CF = StatementKind.BALANCE_SHEET, StatementKind.INCOME_STATEMENT, StatementKind.CASH_FLOW
MONEY, SHARES = UnitKind.MONETARY, UnitKind.SHARES


def concept(label, kind, year, area=Area.NONE, unit=MONEY):
    rule = synonyms.match(label, kind, area, unit, year)
    return rule.concept.split(":")[1] if rule else None


@pytest.mark.parametrize(("label", "kind", "area", "modern", "old"), [
    # ASC 606 (2018): deferred revenue became a contract liability
    ("Deferred revenue", BS, Area.CURRENT_LIABILITIES, "ContractWithCustomerLiabilityCurrent",
     "DeferredRevenueCurrent"),
    ("Deferred revenue, net of current portion", BS, Area.NONCURRENT_LIABILITIES,
     "ContractWithCustomerLiabilityNoncurrent", "DeferredRevenueNoncurrent"),
    # ASU 2016-18 (2018): the cash a cash flow statement explains holds the restricted cash
    ("Cash and cash equivalents at end of year", CF, Area.NONE,
     "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", "CashAndCashEquivalentsAtCarryingValue"),
    ("Cash and cash equivalents, beginning of period", CF, Area.NONE,
     "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", "CashAndCashEquivalentsAtCarryingValue"),
    ("Net increase (decrease) in cash and cash equivalents", CF, Area.NONE,
     "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect",
     "CashAndCashEquivalentsPeriodIncreaseDecrease"),
    ("Effect of exchange rate changes on cash and cash equivalents", CF, Area.NONE,
     "EffectOfExchangeRateOnCashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", None),
    # ASC 842 (2019): a lessee's lease costs and cash flows
    ("Operating lease cost", IS, Area.NONE, "OperatingLeaseCost", None),
    ("Interest on lease liabilities Interest expense", IS, Area.NONE, "FinanceLeaseInterestExpense", None),
    ("Operating cash flows - operating leases", CF, Area.NONE, "OperatingLeasePayments", None),
    ("Financing cash flows from finance leases", CF, Area.NONE, "FinanceLeasePrincipalPayments", None),
    ("Operating leases  Other non-current assets", BS, Area.NONE, "OperatingLeaseRightOfUseAsset", None),
    ("Finance leases  Property, plant and equipment, net", BS, Area.NONE, "FinanceLeaseRightOfUseAsset", None),
    ("Operating leases  Other current liabilities", BS, Area.NONE, "OperatingLeaseLiabilityCurrent", None),
    ("Finance leases  Other non-current liabilities", BS, Area.NONE, "FinanceLeaseLiabilityNoncurrent", None),
    # SFAS 123R (2006) and SFAS 160 (2009)
    ("Payments related to tax on restricted stock units", CF, Area.NONE,
     "PaymentsRelatedToTaxWithholdingForShareBasedCompensation", None),
    ("Payments related to employee stock plan taxes", CF, Area.NONE,
     "PaymentsRelatedToTaxWithholdingForShareBasedCompensation", None),
    ("Less: Restricted cash and restricted cash equivalents at end of year", CF, Area.NONE,
     "RestrictedCashAndCashEquivalents", None),
    ("Redeemable noncontrolling interests in subsidiaries", BS, Area.LIABILITIES,
     "RedeemableNoncontrollingInterestEquityCarryingAmount", None),
])
def test_a_standard_names_its_lines_only_from_its_year(label, kind, area, modern, old):
    assert concept(label, kind, 2020, area) == modern
    assert concept(label, kind, 1998, area) == old
    assert concept(label, kind, None, area) == old  # a filing of unknown date: read as before the standard


def test_the_dictionary_reads_an_exchange_effect_that_names_the_restricted_cash():
    label = "Effect of exchange rate changes on cash, cash equivalents and restricted cash"
    assert concept(label, CF, 2020) is None


@pytest.mark.parametrize(("label", "unit", "expected"), [
    ("Basic weighted average common shares", SHARES, "WeightedAverageNumberOfSharesOutstandingBasic"),
    ("Diluted weighted average common shares", SHARES, "WeightedAverageNumberOfDilutedSharesOutstanding"),
    ("Effect of dilutive securities", SHARES, "WeightedAverageNumberDilutedSharesOutstandingAdjustment"),
])
def test_share_counts(label, unit, expected):
    assert concept(label, IS, 1999, unit=unit) == expected


def test_other_lines_of_any_era():
    assert concept("Consolidated net income", CF, 2012) == "ProfitLoss"
    assert concept("Commitments and contingencies - see Note 12", BS, 1997, Area.LIABILITIES) == \
        "CommitmentsAndContingencies"
    assert concept("Net income attributable to noncontrolling interests and redeemable noncontrolling interests in "
                   "subsidiaries", IS, 2015) == "NetIncomeLossAttributableToNoncontrollingInterest"
    assert concept("Proceeds related to employee stock plans", CF, 1997) == "ProceedsFromStockPlans"
    assert concept("Proceeds from issuance of common stock under stock plans", CF, 1997) == "ProceedsFromStockPlans"
    assert concept("Proceeds from issuance of common stock", CF, 1997) == "ProceedsFromIssuanceOfCommonStock"
    assert concept("Short-term investments", BS, 1997, Area.CURRENT_ASSETS) == "ShortTermInvestments"
    assert concept("Other items, net", CF, 1997) == "OtherNoncashIncomeExpense"
    assert concept("Other", CF, 1997) is None  # in any section: left to the dictionary and the section


@pytest.mark.parametrize(("label", "expected"), [
    ("Cash dividends declared and paid ($0.16 per common share)", "us-gaap:DividendsCommonStockCash"),
    ("Cash dividends to stockholders", "us-gaap:DividendsCommonStockCash"),
    ("Dividends paid to shareowners", "us-gaap:DividendsCommonStockCash"),
    ("Dividends declared", "us-gaap:DividendsCommonStock"),
    ("Cash dividends on preferred stock", "us-gaap:DividendsPreferredStock"),
])
def test_cash_dividends_in_an_equity_statement(label, expected):
    item = LineItem(label, 1, {}, MONEY, Area.EQUITY, "", None, label)
    assert equity.event_concept(item) == (expected, True)


@pytest.mark.parametrize(("label", "section", "total", "reclassified_below", "expected"), [
    ("Net change in unrealized gain", "Cash flow hedges:", False, True,
     "OtherComprehensiveIncomeLossCashFlowHedgeGainLossBeforeReclassificationAfterTax"),
    ("Reclassification adjustments for net realized gain included in net income", "Cash flow hedges:", False, False,
     "OtherComprehensiveIncomeLossCashFlowHedgeGainLossReclassificationAfterTax"),
    ("Net change in unrealized gain", "Cash flow hedges:", False, False,  # below the reclassification: their total
     "OtherComprehensiveIncomeLossCashFlowHedgeGainLossAfterReclassificationAndTax"),
    ("Net change in unrealized gains (losses) on available-for-sale debt securities", "", False, False,
     "OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax"),
    ("Foreign currency translation adjustment", "Other comprehensive income:", False, True,
     "OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax"),
    ("Income tax effect", "Cash flow hedges:", False, True, None),
    ("Total other comprehensive income", "Cash flow hedges:", True, False, None),
])
def test_other_comprehensive_income_by_kind_and_part(label, section, total, reclassified_below, expected):
    found = oci.line_concept(label, section, total, reclassified_below)
    assert (found.split(":")[1] if found else None) == expected


def test_a_filer_variant_of_the_same_item_is_kept():
    assert oci.same_item("us-gaap:OtherComprehensiveIncomeAvailableforsaleSecuritiesAdjustmentNetOfTaxPortionAttribu"
                         "tableToParent", oci.CONCEPTS[oci.AFS, oci.TOTAL])
    assert not oci.same_item(oci.CONCEPTS[oci.HEDGE, oci.ARISING], oci.CONCEPTS[oci.HEDGE, oci.TOTAL])


def _filing(year: str, body: str) -> str:
    return text_filing(f"0000999999-{year[2:]}-000001", f"{year}1231", body)


BALANCE_SHEET = """\
                             TEST CO
                    CONSOLIDATED BALANCE SHEETS
                          (In thousands)
<TABLE>
<CAPTION>
                                                         December 31,
                                                     {year}        {prior}
<S>                                                <C>          <C>
Cash and cash equivalents.........................  $ 1,000      $   900
                                                    -------      -------
Total current assets..............................    1,000          900
                                                    -------      -------
Total assets......................................  $ 1,000      $   900
                                                    =======      =======
Accounts payable..................................  $   200      $   150
Deferred revenue..................................      100           90
                                                    -------      -------
Total current liabilities.........................      300          240
Common stock......................................       10           10
Retained earnings.................................      640          610
                                                    -------      -------
Total stockholders' equity........................      650          620
Noncontrolling interests..........................       50           40
                                                    -------      -------
Total equity......................................      700          660
                                                    -------      -------
Total liabilities and equity......................  $ 1,000      $   900
                                                    =======      =======
</TABLE>
</TEXT>
</DOCUMENT>
"""


def _concepts(tmp_path, text):
    path = tmp_path / "filing.txt"
    path.write_text(text)
    return {(f.concept.name, f.context.period.end.year): f.value for f in convert(path).mapped.facts
            if not f.context.dimensions}


def test_equity_below_the_noncontrolling_interests_includes_them(tmp_path):
    facts = _concepts(tmp_path, _filing("2019", BALANCE_SHEET.format(year=2019, prior=2018)))
    assert facts["StockholdersEquity", 2019] == Decimal("650000")
    assert facts["StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", 2019] == Decimal("700000")
    assert facts["ContractWithCustomerLiabilityCurrent", 2019] == Decimal("100000")


def test_before_sfas_160_and_asc_606_the_same_lines_keep_their_old_concepts(tmp_path):
    facts = _concepts(tmp_path, _filing("1998", BALANCE_SHEET.format(year=1998, prior=1997)))
    assert "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest" not in {name for name, _ in facts}
    assert facts["DeferredRevenueCurrent", 1998] == Decimal("100000")


CASH_FLOWS = """\
                             TEST CO
               CONSOLIDATED STATEMENTS OF CASH FLOWS
                          (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                        2020         2019
<S>                                                  <C>          <C>
Net income.........................................    $ 1,000      $   800
                                                      --------     --------
Net cash provided by operating activities..........      1,000          800
Capital expenditures...............................       (300)        (200)
                                                      --------     --------
Net cash used in investing activities..............       (300)        (200)
                                                      --------     --------
Change in cash and cash equivalents................        700          600
Effect of exchange rate changes on cash and cash
  equivalents......................................        (20)          10
Cash and cash equivalents at beginning of year.....      2,610        2,000
                                                      --------     --------
Cash and cash equivalents at end of year...........    $ 3,290      $ 2,610
                                                      ========     ========
</TABLE>
</TEXT>
</DOCUMENT>
"""


def test_the_change_in_cash_above_the_exchange_rate_effect_excludes_it(tmp_path):
    facts = _concepts(tmp_path, _filing("2020", CASH_FLOWS))
    excluding = "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseExcludingExchange" \
                "RateEffect"
    assert facts[excluding, 2020] == Decimal("700000")
    assert facts["CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", 2020] == Decimal("3290000")
    assert facts["CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", 2019] == Decimal("2610000")


ROLL_FORWARD = """\
                             TEST CO
           CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY
                          (In thousands)
<TABLE>
<CAPTION>
                                   Common      Retained    Noncontrolling
                                    Stock      Earnings      Interests       Total
<S>                               <C>         <C>          <C>             <C>
Balance, December 31, 2018......   $   10      $   610        $   40        $   660
Net income......................       --           90            10            100
Cash dividends declared and paid
  ($0.60 per common share)......       --          (60)           --            (60)
Balance, December 31, 2019......   $   10      $   640        $   50        $   700
</TABLE>
</TEXT>
</DOCUMENT>
"""


def test_the_balances_of_a_roll_forward_with_noncontrolling_interests_include_them(tmp_path):
    facts = _concepts(tmp_path, _filing("2019", ROLL_FORWARD))
    assert facts["StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", 2019] == Decimal("700000")
    assert facts["DividendsCommonStockCash", 2019] == Decimal("60000")


COMPREHENSIVE_INCOME = """\
                             TEST CO
          CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME
                          (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                        2020         2019
<S>                                                  <C>          <C>
Net income.........................................    $ 1,000      $   800
Available-for-sale securities:
  Net change in unrealized gain (loss).............         30          (10)
Cash flow hedges:
  Net change in unrealized gain....................         25           15
  Reclassification adjustments for net realized
    gain included in net income....................         (5)          (3)
  Net change in unrealized gain....................         20           12
                                                      --------     --------
Other comprehensive income, net of tax.............         50            2
                                                      --------     --------
Total comprehensive income.........................    $ 1,050      $   802
                                                      ========     ========
</TABLE>
</TEXT>
</DOCUMENT>
"""


def test_items_of_other_comprehensive_income_by_their_section_heading(tmp_path):
    facts = _concepts(tmp_path, _filing("2020", COMPREHENSIVE_INCOME))
    assert facts["OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax", 2020] == Decimal("30000")
    assert facts["OtherComprehensiveIncomeLossCashFlowHedgeGainLossBeforeReclassificationAfterTax", 2020] == \
        Decimal("25000")
    assert facts["OtherComprehensiveIncomeLossCashFlowHedgeGainLossAfterReclassificationAndTax", 2020] == \
        Decimal("20000")
    assert abs(facts["OtherComprehensiveIncomeLossCashFlowHedgeGainLossReclassificationAfterTax", 2020]) == \
        Decimal("5000")


OPERATIONS = """\
                             TEST CO
               CONSOLIDATED STATEMENTS OF OPERATIONS
                          (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                        2020         2019
<S>                                                  <C>          <C>
Revenue............................................    $ 5,000      $ 4,000
Cost of revenue....................................      3,000        2,500
                                                      --------     --------
Operating income...................................      2,000        1,500
Interest income....................................        100           80
Interest expense...................................        (40)         (30)
Other, net.........................................         10            5
                                                      --------     --------
Other income (expense), net........................         70           55
                                                      --------     --------
Income before income taxes.........................      2,070        1,555
                                                      ========     ========
</TABLE>
</TEXT>
</DOCUMENT>
"""


def test_other_income_that_adds_up_the_nonoperating_lines_is_their_total(tmp_path):
    facts = _concepts(tmp_path, _filing("2020", OPERATIONS))
    assert facts["NonoperatingIncomeExpense", 2020] == Decimal("70000")
    assert facts["OtherNonoperatingIncomeExpense", 2020] == Decimal("10000")


def test_interest_and_other_income_nets_the_nonoperating_items_and_is_no_interest_expense():
    assert concept("Interest and other income, net", IS, 1997) == "NonoperatingIncomeExpense"
    assert concept("Interest and other income and expense, net", IS, 1997) == "NonoperatingIncomeExpense"


NONOPERATING_IN_PARENTHESES = """\
                             TEST CO
               CONSOLIDATED STATEMENTS OF OPERATIONS
                          (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                        2020         2019
<S>                                                  <C>          <C>
Revenue............................................    $ 5,000      $ 4,000
Cost of revenue....................................      3,000        2,500
                                                      --------     --------
Operating income...................................      2,000        1,500
Interest and other (income) expense:
  Interest income..................................       (100)         (80)
  Interest expense.................................         40           30
                                                      --------     --------
  Interest and other, net..........................        (60)         (50)
                                                      --------     --------
Income before income taxes.........................      2,060        1,550
                                                      ========     ========
</TABLE>
</TEXT>
</DOCUMENT>
"""


def test_income_printed_in_parentheses_where_the_heading_says_so_is_income(tmp_path):
    facts = _concepts(tmp_path, _filing("2020", NONOPERATING_IN_PARENTHESES))
    assert facts["InvestmentIncomeInterest", 2020] == Decimal("100000")
    assert facts["NonoperatingIncomeExpense", 2020] == Decimal("60000")
    assert facts["IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest", 2020] \
        == Decimal("2060000")  # a result below the section keeps its printed sign


LEASE_CASH_FLOWS = """\
                             TEST CO
               CONSOLIDATED STATEMENTS OF CASH FLOWS
                          (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                        2020         2019
<S>                                                  <C>          <C>
Operating cash flows - operating leases............      1,600        1,300
Operating cash flows - finance leases..............        118          126
Financing cash flows - finance leases..............        380          271
</TABLE>
</TEXT>
</DOCUMENT>
"""


def test_cash_paid_for_leases_is_held_as_printed(tmp_path):
    facts = _concepts(tmp_path, _filing("2020", LEASE_CASH_FLOWS))
    assert facts["OperatingLeasePayments", 2020] == Decimal("1600000")
    assert facts["FinanceLeaseInterestPaymentOnLiability", 2020] == Decimal("118000")
    assert facts["FinanceLeasePrincipalPayments", 2020] == Decimal("380000")
