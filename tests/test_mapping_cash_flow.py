"""Cash flow statements print cash effects: each value takes the sign its concept gives to the change in cash."""

from decimal import Decimal

from statement_fixtures import text_filing

from exporter.pipeline import convert

CASH_FLOWS = text_filing("0000999999-99-000001", "19981231", """\
                             TEST CO
               CONSOLIDATED STATEMENTS OF CASH FLOWS
                          (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                        1998         1997
<S>                                                  <C>          <C>
Cash flows from operating activities:
  Net income.........................................    $ 1,025      $   880
  Depreciation and amortization......................        300          280
  (Increase) decrease in accounts receivable.........       (120)          45
  Increase in accounts payable.......................         95           10
                                                      --------     --------
Net cash provided by operating activities...........     1,300        1,215
Cash flows from investing activities:
  Purchases of property and equipment................       (270)        (210)
                                                      --------     --------
Net cash used in investing activities...............      (270)        (210)
Cash flows from financing activities:
  Repayments of long-term debt.......................       (815)        (700)
                                                      --------     --------
Net cash used in financing activities...............      (815)        (700)
                                                      --------     --------
Net increase in cash and cash equivalents...........       215          305
</TABLE>
</TEXT>
</DOCUMENT>
""")


def test_cash_flow_values_follow_their_concepts_not_the_printed_direction(tmp_path):
    path = tmp_path / "cash-flows.txt"
    path.write_text(CASH_FLOWS)
    facts = {(f.concept.qname, f.context.period.end.year): f.value for f in convert(path).mapped.facts}
    # printed 1,025 and (120): net income is a gain, and '(Increase)' in receivables is an increase of 120
    assert facts["us-gaap:NetIncomeLoss", 1998] == Decimal("1025000")
    assert facts["us-gaap:IncreaseDecreaseInAccountsReceivable", 1998] == Decimal("120000")
    assert facts["us-gaap:IncreaseDecreaseInAccountsReceivable", 1997] == Decimal("-45000")  # printed 45: a decrease
    assert facts["us-gaap:IncreaseDecreaseInAccountsPayable", 1998] == Decimal("95000")
    # payments printed in parentheses are positive payments; the net of investing keeps its printed sign
    assert facts["us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", 1998] == Decimal("270000")
    assert facts["us-gaap:NetCashProvidedByUsedInInvestingActivities", 1998] == Decimal("-270000")
    assert facts["us-gaap:CashAndCashEquivalentsPeriodIncreaseDecrease", 1997] == Decimal("305000")
