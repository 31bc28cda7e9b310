"""1990s wordings of statement lines that neither the synonym rules nor the label dictionary name, each on a made-up
label: the rule's concept in its statement, area and section, none outside them; a cash flow line of the operating
section naming a balance-sheet item is the change in it, with the sign of its cash effect."""

from pathlib import Path

import pytest

from exporter.mapping import synonyms, wordings
from exporter.mapping.taxonomy import load_taxonomy
from exporter.pipeline import convert
from exporter.statements.model import Area, StatementKind, UnitKind
from tests.statement_fixtures import text_filing

BS, IS, CF = StatementKind.BALANCE_SHEET, StatementKind.INCOME_STATEMENT, StatementKind.CASH_FLOW
OPERATING = "Adjustments to reconcile net income to net cash provided by operating activities:"
INVESTING = "Cash flows from investing activities:"
FINANCING = "Cash flows from financing activities:"
CL, CA, NCA, EQ = Area.CURRENT_LIABILITIES, Area.CURRENT_ASSETS, Area.NONCURRENT_ASSETS, Area.EQUITY


@pytest.mark.parametrize(("label", "kind", "area", "section", "concept"), [
    ("Loss on disposal of property and equipment", CF, Area.NONE, OPERATING, "GainLossOnSaleOfPropertyPlantEquipment"),
    ("(Gain) loss on sale of marketable securities", CF, Area.NONE, OPERATING, "GainLossOnInvestments"),
    ("Gains from sales of investment", IS, Area.NONE, "", "GainLossOnInvestments"),
    ("Write-off of acquired in-process research and development", CF, Area.NONE, OPERATING,
     "ResearchAndDevelopmentInProcess"),
    ("Charge for acquired in-process technology", IS, Area.NONE, "Operating expenses:",
     "ResearchAndDevelopmentInProcess"),
    ("Tax benefit from exercise of stock options", CF, Area.NONE, FINANCING,
     "ExcessTaxBenefitFromShareBasedCompensationFinancingActivities"),
    ("Equity in net loss of affiliates", CF, Area.NONE, OPERATING, "IncomeLossFromEquityMethodInvestments"),
    ("Undistributed income of joint venture", CF, Area.NONE, OPERATING,
     "IncomeLossFromEquityMethodInvestmentsNetOfDividendsOrDistributions"),
    ("Amortization of deferred compensation related to stock options", CF, Area.NONE, OPERATING,
     "ShareBasedCompensation"),
    ("Amortization of goodwill and other purchased intangibles", CF, Area.NONE, OPERATING,
     "AmortizationOfIntangibleAssets"),
    ("Amortization of debt discount and issue costs", CF, Area.NONE, OPERATING,
     "AmortizationOfFinancingCostsAndDiscounts"),
    ("Non-cash portion of restructuring charge", CF, Area.NONE, OPERATING, "RestructuringCharges"),
    ("Non-cash charge for impaired assets", CF, Area.NONE, OPERATING, "AssetImpairmentCharges"),
    ("Pension contribution", CF, Area.NONE, OPERATING, "PensionContributions"),
    ("Net change in short-term investments", CF, Area.NONE, INVESTING, "PaymentsForProceedsFromShortTermInvestments"),
    ("Additions to intangibles", CF, Area.NONE, INVESTING, "PaymentsToAcquireIntangibleAssets"),
    ("Capitalized software development costs", CF, Area.NONE, INVESTING, "PaymentsToDevelopSoftware"),
    ("Purchases of held-to-maturity investments", CF, Area.NONE, INVESTING,
     "PaymentsToAcquireHeldToMaturitySecurities"),
    ("Purchases of available-for-sale investments", CF, Area.NONE, INVESTING,
     "PaymentsToAcquireAvailableForSaleSecuritiesDebt"),
    ("Maturities of available-for-sale marketable securities", CF, Area.NONE, INVESTING,
     "ProceedsFromSaleMaturityAndCollectionsOfInvestments"),
    ("Investments in other companies", CF, Area.NONE, INVESTING, "PaymentsToAcquireInvestments"),
    ("Investment in affiliates, net", CF, Area.NONE, INVESTING, "PaymentsToAcquireEquityMethodInvestments"),
    ("Issuance of notes receivable", CF, Area.NONE, INVESTING, "PaymentsToAcquireNotesReceivable"),
    ("Proceeds from sale of business", CF, Area.NONE, INVESTING, "ProceedsFromDivestitureOfBusinesses"),
    ("Proceeds from sales of furniture and equipment", CF, Area.NONE, INVESTING,
     "ProceedsFromSaleOfPropertyPlantAndEquipment"),
    ("Long-term debt borrowings", CF, Area.NONE, FINANCING, "ProceedsFromIssuanceOfLongTermDebt"),
    ("Principal payments on long-term debt", CF, Area.NONE, FINANCING, "RepaymentsOfLongTermDebt"),
    ("Principal payments on long-term obligations", CF, Area.NONE, FINANCING,
     "RepaymentsOfDebtAndCapitalLeaseObligations"),
    ("Increase (decrease) in long-term borrowings", CF, Area.NONE, FINANCING,
     "ProceedsFromRepaymentsOfLongTermDebtAndCapitalSecurities"),
    ("Decrease in notes payable to banks", CF, Area.NONE, FINANCING, "ProceedsFromRepaymentsOfShortTermDebt"),
    ("Payments under capital leases", CF, Area.NONE, FINANCING, "FinanceLeasePrincipalPayments"),
    ("Collections on notes receivable from stockholders", CF, Area.NONE, FINANCING,
     "ProceedsFromCollectionOfNotesReceivable"),
    ("Financing costs", CF, Area.NONE, FINANCING, "PaymentsOfFinancingCosts"),
    ("Proceeds from reissuance of treasury stock", CF, Area.NONE, FINANCING, "ProceedsFromSaleOfTreasuryStock"),
    ("Proceeds from sales of shares through employee stock plans", CF, Area.NONE, FINANCING, "ProceedsFromStockPlans"),
    ("Gain on sales of businesses/product lines", IS, Area.NONE, "", "GainLossOnSaleOfBusiness"),
    ("Net gain on disposition of business unit", CF, Area.NONE, OPERATING, "GainLossOnSaleOfBusiness"),
    ("Gain on sale of affiliate", CF, Area.NONE, OPERATING, "EquityMethodInvestmentRealizedGainLossOnDisposal"),
    ("Depreciation and amortization of equipment and leasehold improvements", CF, Area.NONE, OPERATING,
     "DepreciationDepletionAndAmortization"),
    ("Amortization and write-off of capitalized software costs", CF, Area.NONE, OPERATING,
     "CapitalizedComputerSoftwareAmortization1"),
    ("Litigation settlement expense, net of recoveries", CF, Area.NONE, OPERATING, "LitigationSettlementExpense"),
    ("Litigation judgment", IS, Area.NONE, "Operating expenses:", "LitigationSettlementExpense"),
    ("Minority interest in net loss of subsidiary", CF, Area.NONE, OPERATING,
     "NetIncomeLossAttributableToNoncontrollingInterest"),
    ("Restructuring and other charges", IS, Area.NONE, "Costs and expenses:", "RestructuringCharges"),
    ("Gain on sale of facility", CF, Area.NONE, OPERATING, "GainLossOnSaleOfPropertyPlantEquipment"),
    ("Impairment charges and asset write-offs", CF, Area.NONE, OPERATING, "AssetImpairmentCharges"),
    ("Excess tax benefits from stock-based compensation", CF, Area.NONE, FINANCING,
     "ExcessTaxBenefitFromShareBasedCompensationFinancingActivities"),
    ("Net proceeds from issuance of convertible subordinated debentures", CF, Area.NONE, FINANCING,
     "ProceedsFromConvertibleDebt"),
    ("Redemption of 4 1/4% convertible subordinated notes due 2001", CF, Area.NONE, FINANCING,
     "RepaymentsOfConvertibleDebt"),
    ("Proceeds from issuance of notes", CF, Area.NONE, FINANCING, "ProceedsFromNotesPayable"),
    ("Proceeds from exercise of stock options", CF, Area.NONE, FINANCING, "ProceedsFromStockOptionsExercised"),
    ("Net proceeds from initial public offering of Class A common stock", CF, Area.NONE, FINANCING,
     "ProceedsFromIssuanceInitialPublicOffering"),
    ("Interest", CF, Area.NONE, "Cash paid during the year for:", "InterestPaidNet"),
    ("Interest paid", CF, Area.NONE, "Supplemental disclosure of cash flow information:", "InterestPaidNet"),
    ("Interest (net of amounts capitalized)", CF, Area.NONE, "Cash paid for:", "InterestPaidNet"),
    ("Income taxes", CF, Area.NONE, "Cash paid (refunded) during the year for:", "IncomeTaxesPaidNet"),
    ("Income taxes paid (net of refunds) during the year", CF, Area.NONE, "Supplemental information:",
     "IncomeTaxesPaidNet"),
    ("Product development", IS, Area.NONE, "Operating expenses:", "ResearchAndDevelopmentExpense"),
    ("Sales, marketing and support", IS, Area.NONE, "Operating expenses:", "SellingAndMarketingExpense"),
    ("Marketing, selling, administrative and other", IS, Area.NONE, "Expenses:",
     "SellingGeneralAndAdministrativeExpense"),
    ("Nonrecurring charges", IS, Area.NONE, "Costs and expenses:", "OtherNonrecurringExpense"),
    ("Unusual items", IS, Area.NONE, "", "OtherNonrecurringIncomeExpense"),
    ("Merger costs", IS, Area.NONE, "Operating expenses:", "BusinessCombinationAcquisitionRelatedCosts"),
    ("Deferred income taxes, net of valuation allowances", BS, CA, "Current assets:", "DeferredIncomeTaxAssetsNet"),
    ("Long-term deferred income taxes", BS, Area.NONCURRENT_LIABILITIES, "", "DeferredIncomeTaxLiabilitiesNet"),
    ("Accrued compensation and related liabilities", BS, CL, "Current liabilities:",
     "EmployeeRelatedLiabilitiesCurrent"),
    ("Wages and related benefits", BS, CL, "Current liabilities:", "EmployeeRelatedLiabilitiesCurrent"),
    ("Accrued salaries", BS, CL, "Current liabilities:", "AccruedSalariesCurrent"),
    ("Deferred income on shipments to distributors", BS, CL, "Current liabilities:", "DeferredRevenueCurrent"),
    ("Accrued restructuring costs", BS, CL, "Current liabilities:", "RestructuringReserveCurrent"),
    ("Accrued warranty", BS, CL, "Current liabilities:", "ProductWarrantyAccrualClassifiedCurrent"),
    ("Accrued litigation liabilities", BS, CL, "Current liabilities:", "LitigationReserveCurrent"),
    ("Notes payable to banks", BS, CL, "Current liabilities:", "ShortTermBankLoansAndNotesPayable"),
    ("Current portion of long-term obligations", BS, CL, "Current liabilities:",
     "LongTermDebtAndCapitalLeaseObligationsCurrent"),
    ("Long-term obligations", BS, Area.NONCURRENT_LIABILITIES, "", "LongTermDebtAndCapitalLeaseObligations"),
    ("Long-term borrowings", BS, Area.NONCURRENT_LIABILITIES, "", "LongTermDebtNoncurrent"),
    ("Trade receivables", BS, CA, "Current assets:", "AccountsReceivableNetCurrent"),
    ("Trade and notes receivable", BS, CA, "Current assets:", "AccountsAndNotesReceivableNet"),
    ("Other long-term assets", BS, NCA, "", "OtherAssetsNoncurrent"),
    ("Trade and other payables", BS, CL, "Current liabilities:", "AccountsPayableCurrent"),
    ("Excess of cost over net tangible assets received in business acquisitions", BS, NCA, "", "Goodwill"),
    ("Goodwill and other intangibles, net", BS, NCA, "", "IntangibleAssetsNetIncludingGoodwill"),
    ("Purchased intangibles, net", BS, NCA, "", "IntangibleAssetsNetExcludingGoodwill"),
    ("Property, equipment and leasehold improvements, net", BS, NCA, "", "PropertyPlantAndEquipmentNet"),
    ("Office furniture and equipment", BS, NCA, "Property, plant, and equipment:", "FurnitureAndFixturesGross"),
    ("Investment in joint venture", BS, NCA, "", "EquityMethodInvestments"),
    ("Long-term marketable securities", BS, NCA, "", "MarketableSecuritiesNoncurrent"),
    ("Notes payable and current portion of long-term debt", BS, CL, "Current liabilities:", "DebtCurrent"),
    ("3 1/4% Convertible subordinated notes due 2002", BS, Area.NONCURRENT_LIABILITIES, "",
     "ConvertibleSubordinatedDebtNoncurrent"),
    ("Treasury common stock at cost", BS, EQ, "Stockholders' equity:", "TreasuryStockValue"),
    ("Foreign currency translation adjustment", BS, EQ, "Stockholders' equity:",
     "AccumulatedOtherComprehensiveIncomeLossForeignCurrencyTranslationAdjustmentNetOfTax"),
    ("Deferred stock compensation", BS, EQ, "Stockholders' equity:", "DeferredCompensationEquity"),
    ("Notes receivable from stockholders", BS, EQ, "Stockholders' equity:",
     "StockholdersEquityNoteSubscriptionsReceivable"),
])
def test_a_1990s_wording_names_its_concept(label, kind, area, section, concept):
    wording = wordings.match(label, kind, area, section)
    assert wording is not None and wording.concept == f"us-gaap:{concept}"


@pytest.mark.parametrize(("label", "kind", "area", "section"), [
    ("Tax benefit from stock options exercised", CF, Area.NONE, OPERATING),  # SFAS 123R's operating line deducts it
    ("Net change in short-term investments", CF, Area.NONE, FINANCING),  # its section says what it is
    ("Long-term debt", CF, Area.NONE, OPERATING),
    ("Deferred compensation", BS, CL, "Current liabilities:"),  # a liability, not the contra-equity
    ("Notes receivable from stockholders", BS, CA, "Current assets:"),  # an asset, not a deduction from equity
    ("Intangibles", BS, NCA, ""),  # with or without goodwill: the line does not tell
    ("Gain on disposal of business, net of tax", CF, Area.NONE, OPERATING),  # a discontinued operation's disposal
    ("Property, equipment and leasehold improvements", BS, NCA, ""),  # gross or net: the line does not tell
    ("Minority interest in net loss of subsidiary", IS, Area.NONE, "Costs and expenses:"),
    ("Income taxes", CF, Area.NONE, "Changes in operating assets and liabilities:"),  # the change, not taxes paid
    ("Accrued warranty", BS, CA, "Current assets:"),
    ("Purchase of Harbor Light Fibres", CF, Area.NONE, INVESTING),
])
def test_a_wording_outside_its_statement_area_or_section_names_nothing(label, kind, area, section):
    assert wordings.match(label, kind, area, section) is None


def test_every_wording_and_change_concept_is_in_our_taxonomy_with_the_period_its_statement_reports():
    taxonomy = load_taxonomy()
    for wording in wordings.WORDINGS:
        concept = taxonomy.get(wording.concept)
        assert concept is not None, wording.concept
        assert (concept.period_type == "instant") == (StatementKind.BALANCE_SHEET in wording.kinds), wording.concept
    for item, change in wordings.CHANGES.items():
        assert taxonomy.get(item).period_type == "instant" and taxonomy.get(change).period_type == "duration"


CASH_FLOWS = """
                              HARBOR LIGHT SOFTWARE INC
                        CONSOLIDATED STATEMENTS OF CASH FLOWS
                                  (In thousands)
<TABLE>
<CAPTION>
                                                          Year Ended December 31,
                                                          1998             1997
                                                        --------         --------
<S>                                                     <C>              <C>
Cash flows from operating activities:
Net income                                              $  2,500         $  1,700
Adjustments to reconcile net income to net cash
provided by operating activities:
  Depreciation and amortization                              900              800
  Loss on disposal of property and equipment                  60               40
  Changes in assets and liabilities:
    Trade accounts receivable                               (700)            (300)
    Accrued compensation and benefits                        340             (120)
                                                        --------         --------
Net cash provided by operating activities                  3,100            2,120
Cash flows from investing activities:
  Net change in short-term investments                    (1,200)             500
  Additions to intangibles                                  (300)            (200)
                                                        --------         --------
Net cash (used in) provided by investing activities       (1,500)             300
                                                        --------         --------
Net increase in cash and cash equivalents                  1,600            2,420
Cash and cash equivalents at beginning of year             2,100            1,400
                                                        --------         --------
Cash and cash equivalents at end of year                $  3,700         $  3,820
                                                        ========         ========
</TABLE>
"""


@pytest.fixture(scope="module")
def cash_flow_facts() -> dict[str, tuple[str, str]]:
    """label -> (concept, value) of the first column's facts."""
    filing = text_filing("0000999999-99-000021", "19981231", CASH_FLOWS)
    mapped = convert(Path("harbor-light-10k-1998.txt"), filing.encode()).mapped
    return {fact.label: (fact.concept.name, str(fact.value)) for statement in mapped.statements
            for fact in statement.facts if fact.column == 0}


def test_a_balance_sheet_item_in_the_operating_section_is_the_change_in_it_with_its_cash_effects_sign(
        cash_flow_facts):
    # an asset that grew took cash: its increase is positive; a liability that grew gave cash: its increase too
    assert cash_flow_facts["Trade accounts receivable"] == ("IncreaseDecreaseInAccountsReceivable", "700000")
    assert cash_flow_facts["Accrued compensation and benefits"] == ("IncreaseDecreaseInEmployeeRelatedLiabilities",
                                                                    "340000")


def test_a_loss_added_back_is_a_negative_gain(cash_flow_facts):
    assert cash_flow_facts["Loss on disposal of property and equipment"] == (
        "GainLossOnSaleOfPropertyPlantEquipment", "-60000")


def test_a_wordings_concept_outside_the_cash_flow_network_takes_its_sign_from_its_balance(cash_flow_facts):
    # 'Payments for (proceeds from) short-term investments' is a credit: cash paid out is positive
    assert cash_flow_facts["Net change in short-term investments"] == (
        "PaymentsForProceedsFromShortTermInvestments", "1200000")
    assert cash_flow_facts["Additions to intangibles"] == ("PaymentsToAcquireIntangibleAssets", "300000")


@pytest.mark.parametrize(("label", "unit", "concept"), [
    ("Net income per weighted average share, primary", UnitKind.PER_SHARE, "EarningsPerShareBasic"),
    ("Net income per weighted average share, fully diluted", UnitKind.PER_SHARE, "EarningsPerShareDiluted"),
    ("Shares used to compute net income per share - basic", UnitKind.SHARES,
     "WeightedAverageNumberOfSharesOutstandingBasic"),
    ("Shares used to compute net income per share - diluted", UnitKind.SHARES,
     "WeightedAverageNumberOfDilutedSharesOutstanding"),
])
def test_per_share_lines_of_the_1990s_name_their_basis(label, unit, concept):
    rule = synonyms.match(label, IS, Area.NONE, unit)
    assert rule is not None and rule.concept == f"us-gaap:{concept}"


def test_taxes_and_interest_paid_are_named_before_the_label_dictionary_names_the_expense():
    """The dictionary reads 'Interest paid' as the interest expense and 'Income taxes' in a cash flow as the change in
    taxes payable; under 'Cash paid during the year for:' both are amounts paid."""
    filing = text_filing("0000999999-99-000022", "19981231", CASH_FLOWS.replace(
        "</TABLE>", "Cash paid during the year for:\n"
                    "  Interest                                                  120              110\n"
                    "  Income taxes                                              640              510\n</TABLE>"))
    mapped = convert(Path("harbor-light-10k-1998.txt"), filing.encode()).mapped
    paid = {fact.label: (fact.concept.name, str(fact.value)) for statement in mapped.statements
            for fact in statement.facts if fact.column == 0 and fact.label in ("Interest", "Income taxes")}
    assert paid == {"Interest": ("InterestPaidNet", "120000"), "Income taxes": ("IncomeTaxesPaidNet", "640000")}


CONFLICTS = """
                              HARBOR LIGHT SOFTWARE INC
                        CONSOLIDATED STATEMENTS OF OPERATIONS
                                  (In thousands)
<TABLE>
<CAPTION>
                                                          Year Ended December 31,
                                                          1998             1997
                                                        --------         --------
<S>                                                     <C>              <C>
Net revenues                                            $ 12,400         $ 10,100
Restructuring costs                                        2,600            2,400
                                                        --------         --------
Net income                                              $  9,800         $  7,700
                                                        ========         ========
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
Net income                                              $  9,800         $  7,700
Adjustments to reconcile net income to net cash
provided by operating activities:
  Non-cash restructuring                                   1,200              400
  Changes in assets and liabilities:
    Deferred tax assets                                     (300)            (200)
    Deferred tax liabilities                                 500              100
                                                        --------         --------
Net cash provided by operating activities                 11,200            8,000
                                                        --------         --------
Net increase in cash and cash equivalents                 11,200            8,000
Cash and cash equivalents at beginning of year             2,100            1,400
                                                        --------         --------
Cash and cash equivalents at end of year                $ 13,300         $  9,400
                                                        ========         ========
</TABLE>
"""


def test_a_wording_whose_facts_would_contradict_facts_already_reported_with_its_concept_is_left_an_extension():
    """'Deferred tax liabilities' would be a second change in deferred income taxes beside 'Deferred tax assets', and
    the cash flow's noncash restructuring another restructuring charge than the income statement's: neither is
    reported with a concept whose fact says otherwise."""
    filing = text_filing("0000999999-99-000023", "19981231", CONFLICTS)
    mapped = convert(Path("harbor-light-10k-1998.txt"), filing.encode()).mapped
    concepts = {(statement.kind, fact.label): fact.concept.qname for statement in mapped.statements
                for fact in statement.facts}
    assert concepts["income-statement", "Restructuring costs"] == "us-gaap:RestructuringCharges"
    assert concepts["cash-flow", "Non-cash restructuring"].startswith("ext:")
    assert concepts["cash-flow", "Deferred tax assets"] == "us-gaap:IncreaseDecreaseInDeferredIncomeTaxes"
    assert concepts["cash-flow", "Deferred tax liabilities"].startswith("ext:")


def test_an_amount_per_weighted_average_share_is_per_share_and_named_by_its_basis():
    statement = """
                              HARBOR LIGHT SOFTWARE INC
                        CONSOLIDATED STATEMENTS OF INCOME
                      (In thousands, except per share amounts)
<TABLE>
<CAPTION>
                                                          Year Ended December 31,
                                                          1998             1997
                                                        --------         --------
<S>                                                     <C>              <C>
Net revenues                                            $ 12,400         $ 10,100
Operating expenses                                         9,900            8,400
                                                        --------         --------
Net income                                              $  2,500         $  1,700
                                                        ========         ========
Net income per weighted average share, primary          $   0.50         $   0.35
Net income per weighted average share, fully diluted    $   0.46         $   0.32
</TABLE>
"""
    filing = text_filing("0000999999-99-000024", "19981231", statement)
    mapped = convert(Path("harbor-light-10k-1998.txt"), filing.encode()).mapped
    per_share = [(fact.concept.name, str(fact.value), fact.unit.id) for statement in mapped.statements
                 for fact in statement.facts if fact.column == 0 and "per weighted" in fact.label]
    assert [(name, value) for name, value, _ in per_share] == [("EarningsPerShareBasic", "0.50"),
                                                               ("EarningsPerShareDiluted", "0.46")]
    assert all(unit != "USD" for _, _, unit in per_share)


def test_an_unlabelled_total_of_expenses_without_a_heading_above_them_is_named_by_its_parts():
    """No 'Costs and expenses:' heading tells that the lines are expenses: the unlabelled total below them is tried
    as a debit as well as a credit, adds them up as a debit, and is named by them."""
    statement = """
                              HARBOR LIGHT SOFTWARE INC
                        CONSOLIDATED STATEMENTS OF EARNINGS
                                  (In thousands)
<TABLE>
<CAPTION>
                                                          Year Ended June 30,
                                                          1998             1997
                                                        --------         --------
<S>                                                     <C>              <C>
Revenue                                                 $ 12,400         $ 10,100
Operating expenses                                         6,200            5,300
General, administrative and selling expenses               3,100            2,600
Depreciation and amortization                                700              600
                                                        --------         --------
                                                          10,000            8,500
                                                        --------         --------
Earnings before income taxes                               2,400            1,600
</TABLE>
"""
    filing = text_filing("0000999999-99-000025", "19980630", statement)
    mapped = convert(Path("harbor-light-10k-1998.txt"), filing.encode()).mapped
    totals = [(fact.concept.qname, str(fact.value)) for statement in mapped.statements for fact in statement.facts
              if fact.column == 0 and not fact.label]
    assert totals == [("us-gaap:CostsAndExpenses", "10000000")]
