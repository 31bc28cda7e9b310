"""Common wordings of statement lines (taxonomy/label_variants.csv) name their standard concepts in context."""

from __future__ import annotations

import pytest

from exporter.mapping import chooser
from exporter.mapping.taxonomy import load_taxonomy
from exporter.statements.model import Area, StatementKind, UnitKind

BS, IS, CF = StatementKind.BALANCE_SHEET, StatementKind.INCOME_STATEMENT, StatementKind.CASH_FLOW


def _choose(label: str, kind: StatementKind, area: Area = Area.NONE) -> str | None:
    choice = chooser.choose(chooser.Line(label, kind, area, "", UnitKind.MONETARY, False), load_taxonomy())
    return choice.concept.qname if choice else None


@pytest.mark.parametrize(("label", "kind", "area", "concept"), [
    ("Accrued compensation and benefits", BS, Area.CURRENT_LIABILITIES, "EmployeeRelatedLiabilitiesCurrent"),
    ("U.S. and foreign income taxes payable", BS, Area.CURRENT_LIABILITIES, "AccruedIncomeTaxesCurrent"),
    ("Minority interest in consolidated joint venture", BS, Area.LIABILITIES, "MinorityInterest"),
    ("Minority interest in consolidated joint venture", IS, Area.NONE,
     "NetIncomeLossAttributableToNoncontrollingInterest"),
    ("Provision for restructuring", IS, Area.NONE, "RestructuringCharges"),
    ("Equity in net income of affiliates", IS, Area.NONE, "IncomeLossFromEquityMethodInvestments"),
    ("Marketing, selling and administrative", IS, Area.NONE, "SellingGeneralAndAdministrativeExpense"),
    ("Advertising and product promotion", IS, Area.NONE, "AdvertisingExpense"),
    ("Effect of exchange rates on cash", CF, Area.NONE, "EffectOfExchangeRateOnCashAndCashEquivalents"),
    ("Issuances of common stock under stock plans", CF, Area.NONE, "ProceedsFromStockPlans"),
    ("Deferred revenue", CF, Area.NONE, "IncreaseDecreaseInContractWithCustomerLiability"),
    ("Insurance recoverable", BS, Area.NONCURRENT_ASSETS, "InsuranceSettlementsReceivableNoncurrent"),
    ("Short-term borrowings", BS, Area.CURRENT_LIABILITIES, "ShortTermBorrowings"),
    ("Short-term borrowings", CF, Area.NONE, "ProceedsFromRepaymentsOfShortTermDebt"),
    ("Accrued restructuring costs", BS, Area.CURRENT_LIABILITIES, "RestructuringReserveCurrent"),
    ("Cumulative translation adjustments", BS, Area.EQUITY,
     "AccumulatedOtherComprehensiveIncomeLossForeignCurrencyTranslationAdjustmentNetOfTax"),
    ("Amortization of deferred compensation", CF, Area.NONE, "ShareBasedCompensation"),
    ("Other operating items", CF, Area.NONE, "OtherOperatingActivitiesCashFlowStatement"),
    ("Prepaid expenses and other current assets", CF, Area.NONE,
     "IncreaseDecreaseInPrepaidDeferredExpenseAndOtherAssets"),
    ("Unearned revenue", BS, Area.CURRENT_LIABILITIES, "DeferredRevenueCurrent"),
    ("Amortization", CF, Area.NONE, "AdjustmentForAmortization"),
    ("Amortization", IS, Area.NONE, "AmortizationOfIntangibleAssets"),
    ("Acquired in-process research and development", IS, Area.NONE, "ResearchAndDevelopmentInProcess"),
    ("Direct costs", IS, Area.NONE, "CostOfRevenue"),
])
def test_common_wordings_name_their_concept(label, kind, area, concept):
    assert _choose(label, kind, area) == f"us-gaap:{concept}"


def test_a_variant_outweighs_a_total_one_filer_printed_beside_it():
    """One filer's EX-27 total matched 'Prepaid expenses and other current assets' by chance; the variant names
    the line itself."""
    assert _choose("Prepaid expenses and other current assets", BS, Area.CURRENT_ASSETS) == \
        "us-gaap:PrepaidExpenseCurrent"


def test_a_label_of_few_content_words_is_read_with_its_heading():
    """'Net gain on disposal' has four words but two that count: under 'Discontinued operations' it is the gain on
    disposing of the discontinued business."""
    choice = chooser.choose(chooser.Line("Net gain on disposal", IS, Area.NONE, "Discontinued Operations",
                                         UnitKind.MONETARY, False), load_taxonomy())
    assert choice is not None
    assert choice.concept.qname == "us-gaap:DiscontinuedOperationGainLossOnDisposalOfDiscontinuedOperationNetOfTax"
