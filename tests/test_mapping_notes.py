"""Note table lines named by their table: roll-forwards a lead-in names, schedules by future year, totals of
measure columns; and the lead-in read above an HTML table."""

from exporter.mapping.notes import NoteTable, named_concepts, note_concept
from exporter.mapping.taxonomy import load_taxonomy
from exporter.parse import html_tables


def _concept(label: str, table: NoteTable, section: str = "", index: int | None = None) -> str | None:
    found = note_concept(label, section, table, index)
    return found[0] if found else None


def test_the_lead_in_is_the_last_sentence_of_the_prose_above_a_table():
    markup = ("<p>Our tax positions are reviewed each quarter by management and the audit committee of the board. "
              "A reconciliation of gross unrecognized tax benefits is as follows (in millions):</p>"
              "<p>(In millions)</p>")
    titles, lead_in = html_tables._title_lines(markup)
    assert titles == ["(In millions)"]
    assert lead_in == "A reconciliation of gross unrecognized tax benefits is as follows (in millions):"
    assert html_tables._title_lines("<p>NOTE 5 - INVENTORIES</p>") == (["NOTE 5 - INVENTORIES"], "")


def test_a_roll_forward_its_lead_in_names_takes_the_topic_concepts():
    labels = ["Balance at beginning of year", "Increases related to current year tax positions",
              "Increases related to prior year tax positions", "Decreases related to prior year tax positions",
              "Settlements", "Lapse of statute of limitations", "Balance at end of year"]
    table = NoteTable.of("A reconciliation of gross unrecognized tax benefits is as follows:", labels)
    benefits = "us-gaap:UnrecognizedTaxBenefits"
    assert [_concept(label, table) for label in labels] == [
        benefits, f"{benefits}IncreasesResultingFromCurrentPeriodTaxPositions",
        f"{benefits}IncreasesResultingFromPriorPeriodTaxPositions",
        f"{benefits}DecreasesResultingFromPriorPeriodTaxPositions",
        f"{benefits}DecreasesResultingFromSettlementsWithTaxingAuthorities",
        f"{benefits}ReductionsResultingFromLapseOfApplicableStatuteOfLimitations", benefits]
    deferred = NoteTable.of("Changes in deferred revenue were as follows:",
                            ["Beginning balance", "Revenue recognized", "Ending balance"])
    assert _concept("Ending balance", deferred) == "us-gaap:ContractWithCustomerLiability"
    assert _concept("Revenue recognized", deferred) == "us-gaap:ContractWithCustomerLiabilityRevenueRecognized"
    # without an opening or closing balance the table is no roll-forward
    assert _concept("Settlements", NoteTable.of("Unrecognized tax benefits", ["Settlements", "Total"])) is None


def test_a_warranty_roll_forward_without_a_title_is_read_by_its_lead_in():
    labels = ["Balance at beginning of period", "Additions", "Utilization", "Balance at end of period"]
    table = NoteTable.of("Product warranty liabilities changed as follows:", labels)
    assert [_concept(label, table) for label in labels] == [
        "us-gaap:ProductWarrantyAccrual", "us-gaap:ProductWarrantyAccrualWarrantiesIssued",
        "us-gaap:ProductWarrantyAccrualPayments", "us-gaap:ProductWarrantyAccrual"]


def test_a_schedule_by_future_year_names_each_year_by_its_place():
    labels = [f"{year} ({kind})" for year in ("2025", "2026", "2027", "2028", "2029", "Thereafter")
              for kind in ("Operating Leases", "Finance Leases")] + [
        "Total lease payments (Operating Leases)", "Less: imputed interest (Finance Leases)"]
    table = NoteTable.of("Maturities of lease liabilities were as follows:", labels)
    assert _concept("2025 (Operating Leases)", table) == \
        "us-gaap:LesseeOperatingLeaseLiabilityPaymentsDueNextTwelveMonths"
    assert _concept("2027 (Finance Leases)", table) == "us-gaap:FinanceLeaseLiabilityPaymentsDueYearThree"
    assert _concept("Thereafter (Operating Leases)", table) == \
        "us-gaap:LesseeOperatingLeaseLiabilityPaymentsDueAfterYearFive"
    assert _concept("Total lease payments (Operating Leases)", table) == \
        "us-gaap:LesseeOperatingLeaseLiabilityPaymentsDue"
    assert _concept("Less: imputed interest (Finance Leases)", table) == \
        "us-gaap:FinanceLeaseLiabilityUndiscountedExcessAmount"


def test_a_quarter_schedule_starts_with_the_rest_of_the_year_and_a_title_names_a_bare_one():
    labels = ["Remainder of 2025", "2026", "2027", "2028", "Total"]
    table = NoteTable.of("Estimated future amortization expense of intangible assets:", labels)
    assert _concept("Remainder of 2025", table) == \
        "us-gaap:FiniteLivedIntangibleAssetsAmortizationExpenseRemainderOfFiscalYear"
    assert _concept("2026", table) == "us-gaap:FiniteLivedIntangibleAssetsAmortizationExpenseNextTwelveMonths"
    assert _concept("2028", table) == "us-gaap:FiniteLivedIntangibleAssetsAmortizationExpenseYearThree"
    debt = NoteTable.of("Scheduled principal maturities of debt are as follows:",
                        [f"{year} ({kind})" for year in ("2025", "2026") for kind in ("Recourse", "Total")])
    assert _concept("2026 (Total)", debt) == "us-gaap:LongTermDebtMaturitiesRepaymentsOfPrincipalInYearTwo"
    assert _concept("2026 (Recourse)", debt) is None  # a part of the total the title names


def test_the_totals_of_measure_columns_take_the_measure_concepts():
    labels = [f"{line} ({measure})" for line in ("Corporate bonds", "Total", "Less than one year", "Due in 1 - 5 years")
              for measure in ("Amortized Cost", "Unrealized Gain", "Unrealized Loss", "Estimated Fair Value")]
    table = NoteTable.of("The following is a summary of our marketable securities:", labels)
    assert _concept("Total (Amortized Cost)", table) == "us-gaap:AvailableForSaleDebtSecuritiesAmortizedCostBasis"
    assert _concept("Total (Unrealized Loss)", table) == \
        "us-gaap:AvailableForSaleDebtSecuritiesAccumulatedGrossUnrealizedLossBeforeTax"
    assert _concept("Total (Estimated Fair Value)", table) == "us-gaap:AvailableForSaleSecuritiesDebtSecurities"
    assert _concept("Due in 1 - 5 years (Estimated Fair Value)", table) == \
        "us-gaap:AvailableForSaleSecuritiesDebtMaturitiesAfterOneThroughFiveYearsFairValue"
    assert _concept("Corporate bonds (Amortized Cost)", table) is None
    measures = ("Gross Carrying Amount", "Accumulated Amortization", "Net Carrying Amount")
    intangibles = NoteTable.of("The components of our intangible assets are as follows:",
                               [f"{line} ({measure})" for line in ("Patents", "Total intangible assets")
                                for measure in measures])
    assert _concept("Total intangible assets (Net Carrying Amount)", intangibles) == \
        "us-gaap:FiniteLivedIntangibleAssetsNet"
    # beside trade names that are not amortized (no accumulated amortization), the grand total is of all
    mixed = NoteTable.of("Intangible assets:", [*(f"Patents ({measure})" for measure in measures),
                                                "Trade names (Gross Carrying Amount)",
                                                *(f"Total intangible assets ({measure})" for measure in measures)])
    assert _concept("Total intangible assets (Gross Carrying Amount)", mixed) == \
        "us-gaap:IntangibleAssetsGrossExcludingGoodwill"


def test_every_concept_the_rules_name_is_in_our_taxonomy():
    taxonomy = load_taxonomy()
    assert [qname for qname in sorted(named_concepts()) if taxonomy.get(qname) is None] == []


def test_a_share_based_compensation_note_names_its_total_and_tax_benefit():
    labels = ["Cost of revenue", "Research and development", "Total", "Income tax benefit"]
    table = NoteTable.of("The following table summarizes stock-based compensation expense by line item:", labels)
    assert _concept("Total", table) == "us-gaap:AllocatedShareBasedCompensationExpense"
    assert _concept("Income tax benefit", table) == \
        "us-gaap:EmployeeServiceShareBasedCompensationTaxBenefitFromCompensationExpense"
    assert _concept("Total", NoteTable.of("Inventories consisted of the following:", labels)) is None


def test_an_earnings_per_share_reconciliation_names_the_dilutive_securities_by_its_lead_in():
    labels = ["Net income used in computing basic net income per share", "Weighted average shares, basic",
              "Stock-based awards", "Convertible senior notes", "Warrants", "Weighted average shares, diluted"]
    table = NoteTable.of("The following table presents the reconciliation of basic to diluted shares:", labels)
    assert _concept(labels[0], table) == "us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic"
    assert _concept("Warrants", table) == "us-gaap:IncrementalCommonSharesAttributableToCallOptionsAndWarrants"
    assert _concept("Convertible senior notes", table) == \
        "us-gaap:IncrementalCommonSharesAttributableToConversionOfDebtSecurities"
    excluded = NoteTable.of("Potentially dilutive shares excluded because their effect was anti-dilutive:", labels)
    assert _concept("Warrants", excluded) is None


def test_a_deferred_tax_note_names_its_totals_by_their_place_around_the_valuation_allowance():
    labels = ["Net operating losses", "Total deferred tax assets", "Valuation allowance",
              "Deferred tax assets, net of valuation allowance", "Depreciation", "Total deferred tax liabilities"]
    table = NoteTable.of("The tax effects of temporary differences were as follows:", labels)
    assert [_concept(label, table) for label in labels[1:]] == [
        "us-gaap:DeferredTaxAssetsGross", "us-gaap:DeferredTaxAssetsValuationAllowance",
        "us-gaap:DeferredTaxAssetsNet", None, "us-gaap:DeferredIncomeTaxLiabilities"]
    after = NoteTable.of("Deferred tax assets and liabilities:",
                         ["Gross deferred tax assets", "Less valuation allowance", "Total deferred tax assets"])
    assert _concept("Total deferred tax assets", after) == "us-gaap:DeferredTaxAssetsNet"


def test_the_nearest_words_above_a_roll_forward_name_it():
    labels = ["Balance at beginning of period", "Revenue recognized", "Balance at end of period"]
    table = NoteTable.of("We recognized no unrecognized tax benefits. The following table shows the changes in "
                         "deferred revenue:", labels)
    assert _concept("Balance at end of period", table) == "us-gaap:ContractWithCustomerLiability"


def test_lines_every_note_words_alike():
    table = NoteTable.of("Other information related to leases was as follows:", [])
    assert _concept("Operating cash flows used for operating leases", table) == "us-gaap:OperatingLeasePayments"
    assert _concept("Restricted cash included in other non-current assets", table) == "us-gaap:RestrictedCashNoncurrent"
    assert _concept("Restricted cash included in prepaid expenses and other current assets", table) == \
        "us-gaap:RestrictedCashCurrent"
    assert _concept("Stock-based compensation expense", table) == "us-gaap:AllocatedShareBasedCompensationExpense"


def test_a_schedule_of_more_than_five_years_names_only_the_first_five():
    labels = [str(year) for year in range(2005, 2012)]
    table = NoteTable.of("Future minimum lease payments under operating leases:", labels)
    assert _concept("2009", table) == "us-gaap:LesseeOperatingLeaseLiabilityPaymentsDueYearFive"
    assert _concept("2010", table) is None


def test_a_single_dilution_line_is_the_whole_adjustment_and_one_of_several_a_security():
    single = NoteTable.of("Net income per share:", ["Basic weighted average shares",
                                                    "Dilutive impact of outstanding equity awards",
                                                    "Anti-dilutive equity awards excluded from diluted shares"])
    assert _concept("Dilutive impact of outstanding equity awards", single) == \
        "us-gaap:WeightedAverageNumberDilutedSharesOutstandingAdjustment"
    several = NoteTable.of("Net income per share:", ["Effect of dilutive stock options", "Convertible notes"])
    assert _concept("Effect of dilutive stock options", several) == \
        "us-gaap:IncrementalCommonSharesAttributableToShareBasedPaymentArrangements"


def test_a_lease_cost_note_names_the_finance_lease_interest_and_amortization():
    table = NoteTable.of("The components of lease expense are as follows:", [])
    assert _concept("Interest on lease liabilities", table) == "us-gaap:FinanceLeaseInterestExpense"
    assert _concept("Amortization of leased assets", table) == "us-gaap:FinanceLeaseRightOfUseAssetAmortization"


def test_end_to_end_a_lead_in_names_a_roll_forward_and_a_total_names_the_other_line():
    from pathlib import Path

    from disclosure_fixtures import _html_row, _html_table

    from exporter.pipeline import convert
    from html_fixtures import BALANCE_SHEET, INCOME_STATEMENT, SEC_HEADER
    prose = ("Our products carry a standard warranty of one to three years, and we accrue its estimated cost when "
             "we recognize the revenue. Product warranty liabilities changed as follows (in thousands):")
    warranty = _html_table(prose, ["1999", "1998"], _html_row("Balance at beginning of period", "$ 40", "$ 30")
                           + _html_row("Additions", "25", "20") + _html_row("Utilization", "(15)", "(10)")
                           + _html_row("Balance at end of period", "$ 50", "$ 40"))
    inventory = _html_table("Inventories consisted of the following:", ["1999", "1998"],
                            _html_row("Raw materials", "2,990", "2,745") + _html_row("Other", "20", "15")
                            + _html_row("Total inventories", "$ 3,010", "$ 2,760"))  # the balance sheet's
    filing = (SEC_HEADER + "<HTML>\n<BODY>\n" + BALANCE_SHEET + "<P><HR NOSHADE></P>\n" + INCOME_STATEMENT
              + "<P><B>NOTES</B></P>\n" + warranty + inventory + "</BODY>\n</HTML>\n</TEXT>\n</DOCUMENT>\n"
              "</SEC-DOCUMENT>\n")
    mapped = convert(Path("topics-10k.txt"), raw=filing.encode()).mapped
    concepts = {fact.label: fact.concept.qname for statement in mapped.statements if statement.kind == "disclosure"
                for fact in statement.facts}
    assert concepts["Balance at end of period"] == "us-gaap:ProductWarrantyAccrual"
    assert concepts["Utilization"] == "us-gaap:ProductWarrantyAccrualPayments"
    assert concepts["Total inventories"] == "us-gaap:InventoryNet"
    assert concepts["Other"] == "us-gaap:OtherInventoryNetOfReserves"


def test_the_parts_of_a_totalled_schedule_are_left_to_the_total():
    labels = [f"{year} ({kind})" for year in ("2025", "2026", "2027")
              for kind in ("Recourse debt", "Non-recourse debt", "Total")]
    table = NoteTable.of("The future scheduled principal maturities of debt were as follows:", labels)
    assert _concept("2025 (Total)", table) == "us-gaap:LongTermDebtMaturitiesRepaymentsOfPrincipalInNextTwelveMonths"
    assert _concept("2025 (Recourse debt)", table) is None
    leases = NoteTable.of("Maturities:", [f"{year} ({kind})" for year in ("2025", "2026")
                                          for kind in ("Operating Leases", "Finance Leases", "Total")])
    assert _concept("2026 (Finance Leases)", leases) == "us-gaap:FinanceLeaseLiabilityPaymentsDueYearTwo"
    assert _concept("2026 (Total)", leases) is None


def test_deferred_tax_components_take_their_side_from_their_place():
    labels = ["Net operating loss carryforwards", "Inventory and warranty reserves", "Other",
              "Total deferred tax assets", "Valuation allowance", "Depreciation and amortization", "Other",
              "Total deferred tax liabilities", "Net deferred tax assets"]
    table = NoteTable.of("Deferred tax assets (liabilities) consisted of the following:", labels)
    concepts = [_concept(label, table, index=k) for k, label in enumerate(labels)]
    assert concepts[:3] == ["us-gaap:DeferredTaxAssetsOperatingLossCarryforwards", "us-gaap:DeferredTaxAssetsInventory",
                            "us-gaap:DeferredTaxAssetsOther"]
    assert concepts[5:7] == ["us-gaap:DeferredTaxLiabilitiesPropertyPlantAndEquipment",
                             "us-gaap:DeferredTaxLiabilitiesOther"]
    assert concepts[8] is None
    assert not table.warranty  # a warranty reserve among the assets makes no roll-forward


def test_a_held_for_sale_note_names_the_disposal_group_lines():
    labels = ["Inventories", "Property, plant and equipment - net", "Assets held for sale",
              "Deferred income tax liabilities", "Liabilities held for sale"]
    table = NoteTable.of("The major classes of assets and liabilities classified as held for sale were:", labels)
    assert [_concept(label, table) for label in labels] == [
        "us-gaap:DisposalGroupIncludingDiscontinuedOperationInventory1",
        "us-gaap:DisposalGroupIncludingDiscontinuedOperationPropertyPlantAndEquipment",
        "us-gaap:AssetsOfDisposalGroupIncludingDiscontinuedOperation",
        "us-gaap:DisposalGroupIncludingDiscontinuedOperationDeferredTaxLiabilities",
        "us-gaap:LiabilitiesOfDisposalGroupIncludingDiscontinuedOperation"]
    # a note that only mentions discontinued operations is no disposal group's
    other = NoteTable.of("Income from discontinued operations was as follows:", ["Inventories", "Net sales"])
    assert _concept("Inventories", other) is None


def test_the_combined_total_of_a_schedule_is_left_to_an_extension():
    labels = [f"{line} ({kind})" for line in ("2025", "2026", "Total lease liabilities")
              for kind in ("Operating Leases", "Finance Leases", "Total")]
    table = NoteTable.of("Lease liability maturities are as follows:", labels)
    assert _concept("Total lease liabilities (Total)", table) is None
    assert table.scheduled("Total lease liabilities (Total)")
    assert not NoteTable.of("Inventories:", ["Raw materials"]).scheduled("Raw materials")


def test_a_net_income_reconciliation_is_no_share_reconciliation():
    table = NoteTable.of("The reconciliation of net income to net income used in computing basic and diluted net "
                         "income per share:", ["Less: Dilutive convertible debt"])
    assert _concept("Less: Dilutive convertible debt", table) is None


def test_a_schedule_by_rolling_years_names_its_years_and_totals():
    labels = ["1 year", "2 years", "3 years", "4 years", "5 years", "Over 5 years", "Total lease payments",
              "Less: Interest", "Present value of lease liabilities"]
    table = NoteTable.of("Future payments of operating lease liabilities were as follows:", labels)
    assert [_concept(label, table) for label in labels[::3]] == [
        "us-gaap:LesseeOperatingLeaseLiabilityPaymentsDueNextRollingTwelveMonths",
        "us-gaap:LesseeOperatingLeaseLiabilityPaymentsDueInRollingYearFour",
        "us-gaap:LesseeOperatingLeaseLiabilityPaymentsDue"]
    assert _concept("Less: Interest", table) == "us-gaap:LesseeOperatingLeaseLiabilityUndiscountedExcessAmount"
    assert _concept("Present value of lease liabilities", table) == "us-gaap:OperatingLeaseLiability"


def test_a_breakdown_line_takes_its_side_from_its_total():
    from exporter.mapping.notes import part_by_total
    assert part_by_total("Income tax payable (1)", "us-gaap:OtherLiabilitiesNoncurrent") == \
        "us-gaap:AccruedIncomeTaxesNoncurrent"
    assert part_by_total("Operating leases", "us-gaap:AccruedLiabilitiesCurrent") == \
        "us-gaap:OperatingLeaseLiabilityCurrent"
    assert part_by_total("Deferred revenue", "us-gaap:OtherLiabilitiesNoncurrent") == \
        "us-gaap:ContractWithCustomerLiabilityNoncurrent"
    assert part_by_total("Other", "us-gaap:OtherAssetsNoncurrent") == "us-gaap:OtherAssetsMiscellaneousNoncurrent"
    assert part_by_total("Operating leases", "us-gaap:InventoryNet") is None
    assert part_by_total("Prepaid taxes", "us-gaap:OtherAssetsNoncurrent") is None


def test_proceeds_of_sales_of_securities_and_of_options_exercised():
    table = NoteTable.of("The sale and/or maturity of available-for-sale debt securities resulted in the following:",
                         ["Gross gains", "Gross losses", "Proceeds"])
    assert _concept("Proceeds", table) == "us-gaap:ProceedsFromSaleAndMaturityOfAvailableForSaleSecurities"
    assert _concept("Proceeds", NoteTable.of("Sales of property:", ["Proceeds"])) is None
    assert _concept("Cash received from options exercised", table) == "us-gaap:ProceedsFromStockOptionsExercised"


def test_short_term_borrowings_by_maturity_heading():
    table = NoteTable.of("A summary of cash flows of commercial paper:", [])
    assert _concept("Proceeds from/(Repayments of) commercial paper, net", table, "Maturities 90 days or less:") == \
        "us-gaap:ProceedsFromRepaymentsOfShortTermDebtMaturingInThreeMonthsOrLess"
    assert _concept("Repayments of commercial paper", table, "Maturities greater than 90 days:") == \
        "us-gaap:RepaymentsOfShortTermDebtMaturingInMoreThanThreeMonths"
    assert _concept("Total proceeds from commercial paper, net", table, "Maturities greater than 90 days:") is None


def test_more_breakdown_lines_take_their_side_from_their_total():
    from exporter.mapping.notes import part_by_total
    assert part_by_total("Derivative liabilities", "us-gaap:AccruedLiabilitiesCurrent") == \
        "us-gaap:DerivativeLiabilitiesCurrent"
    assert part_by_total("Pension benefit obligations", "us-gaap:OtherLiabilitiesNoncurrent") == \
        "us-gaap:DefinedBenefitPensionPlanLiabilitiesNoncurrent"
    assert part_by_total("Pension benefit obligations", "us-gaap:AccruedLiabilitiesCurrent") is None
