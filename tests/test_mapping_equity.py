"""A statement of stockholders' equity with a column per component: each column a member of the equity components
axis (the total none), each balance an instant at its date, each event a roll-forward concept over the duration
between the balances around it, with XBRL's signs; the instance validates in Arelle."""

import json
from datetime import date
from decimal import Decimal

import pytest
from statement_fixtures import text_filing

from exporter.mapping.equity import EQUITY_AXIS, _event, _is_balance
from exporter.periods import Period
from exporter.pipeline import convert, write_outputs
from exporter.statements.model import Area, LineItem, UnitKind

EQUITY = text_filing("0000999999-98-000004", "19971231", """\
                             TEST CO
           CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY
                          (In thousands)
<TABLE>
<CAPTION>
                                  Common Stock      Additional                          Accumulated
                               ------------------    Paid-in     Retained    Treasury   Other Compre-
                                Shares    Amount     Capital     Earnings     Stock     hensive Loss      Total
                               --------  --------  ----------  ----------  ---------  -------------  ---------
<S>                            <C>       <C>       <C>         <C>         <C>        <C>            <C>
Balance, December 31, 1996....   4,000    $   40     $ 1,960     $ 3,500     $  (200)      $   (50)   $ 5,250
Net income....................      --        --          --         900          --            --        900
Translation adjustment........      --        --          --          --          --           (30)       (30)
Cash dividends ($.10 per share)     --        --          --        (400)         --            --       (400)
Issuance of common stock......     200         2         198          --          --            --        200
Purchase of treasury stock....      --        --          --          --        (150)           --       (150)
                               --------  --------  ----------  ----------  ---------  -------------  ---------
Balance, December 31, 1997....   4,200    $   42     $ 2,158     $ 4,000     $  (350)      $   (80)   $ 5,770
Net loss......................      --        --          --        (300)         --            --       (300)
                               --------  --------  ----------  ----------  ---------  -------------  ---------
Balance, December 31, 1998....   4,200    $   42     $ 2,158     $ 3,700     $  (350)      $   (80)   $ 5,470
                               ========  ========  ==========  ==========  =========  =============  =========
</TABLE>
</TEXT>
</DOCUMENT>
""")
MEMBERS = {"Common": "us-gaap:CommonStockMember", "APIC": "us-gaap:AdditionalPaidInCapitalMember",
           "Retained": "us-gaap:RetainedEarningsMember", "Treasury": "us-gaap:TreasuryStockMember",
           "AOCI": "us-gaap:AccumulatedOtherComprehensiveIncomeMember", "Total": None}
YEAR_1997 = Period(start=date(1997, 1, 1), end=date(1997, 12, 31))


@pytest.fixture(scope="module")
def equity(tmp_path_factory):
    folder = tmp_path_factory.mktemp("equity")
    path = folder / "equity.txt"
    path.write_text(EQUITY)
    conversion = convert(path)
    facts = {}
    for fact in conversion.mapped.facts:
        member = dict(fact.context.dimensions).get(EQUITY_AXIS)
        facts[fact.concept.qname, fact.context.period, member] = fact.value
    return conversion, facts, write_outputs(conversion, folder / "out")


@pytest.mark.parametrize(("concept", "period", "column", "value"), [
    # balances: instants at their printed dates, in every component's column
    ("us-gaap:StockholdersEquity", Period(end=date(1996, 12, 31)), "Common", "40000"),
    ("us-gaap:StockholdersEquity", Period(end=date(1996, 12, 31)), "Treasury", "-200000"),
    ("us-gaap:StockholdersEquity", Period(end=date(1997, 12, 31)), "Total", "5770000"),
    ("us-gaap:StockholdersEquity", Period(end=date(1997, 12, 31)), "AOCI", "-80000"),
    ("us-gaap:StockholdersEquity", Period(end=date(1998, 12, 31)), "Retained", "3700000"),
    ("us-gaap:SharesIssued", Period(end=date(1997, 12, 31)), "Common", "4200000"),
    # events: the year between two balances
    ("us-gaap:NetIncomeLoss", YEAR_1997, "Retained", "900000"),
    ("us-gaap:NetIncomeLoss", YEAR_1997, "Total", "900000"),
    ("us-gaap:OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax", YEAR_1997,
     "AOCI", "-30000"),  # an other comprehensive loss is negative
    ("us-gaap:DividendsCommonStock", YEAR_1997, "Retained", "400000"),  # printed (400): a dividend is positive
    ("us-gaap:StockIssuedDuringPeriodValueNewIssues", YEAR_1997, "APIC", "198000"),
    ("us-gaap:StockIssuedDuringPeriodSharesNewIssues", YEAR_1997, "Common", "200000"),
    ("us-gaap:TreasuryStockValueAcquiredCostMethod", YEAR_1997, "Treasury", "150000"),  # printed (150): positive
    ("us-gaap:NetIncomeLoss", Period(start=date(1998, 1, 1), end=date(1998, 12, 31)), "Total", "-300000"),
])
def test_rows_and_columns_are_concepts_members_and_periods(equity, concept, period, column, value):
    assert equity[1][concept, period, MEMBERS[column]] == Decimal(value)


def test_no_line_of_the_roll_forward_is_an_extension(equity):
    conversion = equity[0]
    assert conversion.mapped.extensions == []


def test_the_equity_statement_validates_in_arelle(equity):
    report = json.loads((equity[2] / "report.json").read_text())
    assert report["arelle"]["errors"] == 0, report["arelle"]["messages"]
    assert not [check for check in report["checks"] if check["severity"] == "error"]


SERIES = text_filing("0000999999-99-000006", "19981231", """\
                             TEST CO
              STATEMENTS OF SHAREHOLDERS' EQUITY (DEFICIT)
<TABLE>
<CAPTION>
                           Series A Preferred  Series B Preferred     Common Stock      Deferred
                           ------------------  ------------------  ------------------   Compen-    Accumulated
                            Shares    Amount    Shares    Amount    Shares    Amount    sation       Deficit
                           --------  --------  --------  --------  --------  --------  ---------   ----------
<S>                        <C>       <C>       <C>       <C>       <C>       <C>       <C>         <C>
Balances at 12/31/97....     1,000    $1,000        --    $   --     2,000    $  200     $ (50)     $ (1,400)
Issuance of Series B
  preferred stock.........      --        --       500       900        --        --        --            --
Amortization of deferred
  compensation............      --        --        --        --        --        --        20            --
Net loss..................      --        --        --        --        --        --        --          (600)
                           --------  --------  --------  --------  --------  --------  ---------   ----------
Balances at 12/31/98....     1,000    $1,000       500    $  900     2,000    $  200     $ (30)     $ (2,000)
                           ========  ========  ========  ========  ========  ========  =========   ==========
</TABLE>
</TEXT>
</DOCUMENT>
""")


def test_a_second_series_and_an_unknown_component_get_extension_members_and_validate(tmp_path):
    path = tmp_path / "series.txt"
    path.write_text(SERIES)
    conversion = convert(path)
    members = {member.member.name for member in conversion.mapped.members}
    assert members == {"SeriesBPreferredMember", "DeferredCompensationMember"}
    facts = {(f.concept.qname, f.context.period.end.year, dict(f.context.dimensions).get(EQUITY_AXIS)): f.value
             for f in conversion.mapped.facts}
    assert facts["us-gaap:StockholdersEquity", 1998, "us-gaap:PreferredStockMember"] == Decimal("1000")
    assert facts["us-gaap:StockholdersEquity", 1998, "ext:SeriesBPreferredMember"] == Decimal("900")
    assert facts["us-gaap:SharesIssued", 1998, "ext:SeriesBPreferredMember"] == Decimal("500")
    assert facts["us-gaap:StockIssuedDuringPeriodValueNewIssues", 1998, "ext:SeriesBPreferredMember"] == Decimal("900")
    assert facts["us-gaap:StockholdersEquity", 1997, "ext:DeferredCompensationMember"] == Decimal("-50")
    assert facts["us-gaap:NetIncomeLoss", 1998, "us-gaap:RetainedEarningsMember"] == Decimal("-600")
    report = json.loads((write_outputs(conversion, tmp_path / "out") / "report.json").read_text())
    assert report["arelle"]["errors"] == 0, report["arelle"]["messages"]


@pytest.mark.parametrize(("label", "section", "balance", "concept"), [
    ("Balance, December 31, 1996", "", True, None),
    ("BALANCES AT 12/31/97", "", True, None),
    ("September 27, 1991", "Balance at", True, None),  # the date alone, under its 'Balance at' line
    ("Net earnings", "", False, "us-gaap:NetIncomeLoss"),
    ("related tax benefits", "Common stock issued under stock option plans and", False,
     "us-gaap:StockIssuedDuringPeriodValueShareBasedCompensation"),  # a label's last line, read with its first
    ("Common", "Dividends to shareholders:", False, "us-gaap:DividendsCommonStock"),
    ("Preferred", "Dividends to shareholders:", False, "us-gaap:DividendsPreferredStock"),
    ("Income tax benefit from stock options exercised", "", False,
     "us-gaap:AdjustmentsToAdditionalPaidInCapitalTaxEffectFromShareBasedCompensation"),
    ("Exercise of stock options", "", False, "us-gaap:StockIssuedDuringPeriodValueStockOptionsExercised"),
    ("Purchase of treasury stock", "", False, "us-gaap:TreasuryStockValueAcquiredCostMethod"),
    ("Repurchase of common stock", "", False, "us-gaap:StockRepurchasedDuringPeriodValue"),
    ("Unrealized loss on securities", "", False,
     "us-gaap:OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax"),
    ("Other transactions", "", False, None),
    ("Change in unrealized gain on derivative instruments, net of tax", "", False,
     "us-gaap:OtherComprehensiveIncomeLossCashFlowHedgeGainLossAfterReclassificationAndTax"),  # not securities'
    ("Deferred compensation related to stock options", "", False, None),  # granted: no expense yet
    ("Exercise of common stock warrants", "", False, None),  # not stock options
    ("Exercise of stock options and warrants", "", False, "us-gaap:StockIssuedDuringPeriodValueStockOptionsExercised"),
    ("deferred compensation", "Amortization of", False,
     "us-gaap:AdjustmentsToAdditionalPaidInCapitalSharebasedCompensationRequisiteServicePeriodRecognitionValue"),
])
def test_roll_forward_rows(label, section, balance, concept):
    item = LineItem(label, 10, {}, UnitKind.MONETARY, Area.NONE, section, None, label)
    assert _is_balance(item) is balance
    event = _event(item)
    assert (event.concept if event else None) == concept
