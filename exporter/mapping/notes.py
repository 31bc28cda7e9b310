"""Concepts of note table lines that the label alone does not name, read with their table (`NoteTable`: its title
and lead-in, its lines and headings): the income tax provision's components ('Current', 'Deferred', 'Total' under a
'Federal:' heading), roll-forwards the topic names, the years of schedules by future year, the totals of measure
columns ('Total (Amortized Cost)'), deferred tax components by their side, a held-for-sale note's lines, the lines
of a breakdown its total places, and a few lines every note prints in the same words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..statements.model import UnitKind

_JURISDICTIONS = (
    ("Federal", re.compile(r"\b(federal|u\.?\s?s\.?|united states|domestic)\b")),
    ("State", re.compile(r"\bstate\b")),
    ("Foreign", re.compile(r"\b(foreign|international|non-u\.?\s?s\.?)\b")),
)
_COMPONENTS = (("Current", re.compile(r"\bcurrent\b")), ("Deferred", re.compile(r"\bdeferred\b")))
_TAX_CONCEPTS = {
    ("Current", "Federal"): "us-gaap:CurrentFederalTaxExpenseBenefit",
    ("Deferred", "Federal"): "us-gaap:DeferredFederalIncomeTaxExpenseBenefit",
    ("", "Federal"): "us-gaap:FederalIncomeTaxExpenseBenefitContinuingOperations",
    ("Current", "State"): "us-gaap:CurrentStateAndLocalTaxExpenseBenefit",
    ("Deferred", "State"): "us-gaap:DeferredStateAndLocalIncomeTaxExpenseBenefit",
    ("", "State"): "us-gaap:StateAndLocalIncomeTaxExpenseBenefitContinuingOperations",
    ("Current", "Foreign"): "us-gaap:CurrentForeignTaxExpenseBenefit",
    ("Deferred", "Foreign"): "us-gaap:DeferredForeignIncomeTaxExpenseBenefit",
    ("", "Foreign"): "us-gaap:ForeignIncomeTaxExpenseBenefitContinuingOperations",
    ("Current", ""): "us-gaap:CurrentIncomeTaxExpenseBenefit",
    ("Deferred", ""): "us-gaap:DeferredIncomeTaxExpenseBenefit",
}
_SHORT = re.compile(r"^total$|^(total\s+)?(current|deferred|federal|u\.?\s?s\.?( federal)?|united states|domestic|"
                    r"state( and local)?|foreign|international|non-u\.?\s?s\.?)(\s+(current|deferred|total))?\s*:?$")
_TAX_SECTION = re.compile(r"\b(current|deferred|federal|state|foreign|international)\b|income tax|provision")
# (label pattern, concept, unit): lines that read the same in every filer's note
_LINES = (
    (re.compile(r"^state (and local )?(income )?tax(es)?,? net of (the )?federal"),
     "us-gaap:IncomeTaxReconciliationStateAndLocalIncomeTaxes", UnitKind.MONETARY),
    (re.compile(r"^(income )?tax benefits? (related to|from|recognized for) (share|stock)[- ]based compensation"),
     "us-gaap:EmployeeServiceShareBasedCompensationTaxBenefitFromCompensationExpense", UnitKind.MONETARY),
    (re.compile(r"^(effect|impact) of dilutive (share|stock|securities|equity|options|awards|restricted|employee)|"
                r"^dilutive (effect|impact) of (outstanding )?(share|stock|equity|options|awards|restricted|employee)"),
     "us-gaap:IncrementalCommonSharesAttributableToShareBasedPaymentArrangements", UnitKind.SHARES),
    # the expense a note allocates to the income statement's lines, not the cash flow statement's add-back
    (re.compile(r"^(total )?(pre-?tax )?(share|stock)[- ]based compensation expense$"),
     "us-gaap:AllocatedShareBasedCompensationExpense", UnitKind.MONETARY),
    (re.compile(r"^net (income|earnings|loss|income \(loss\))\b.*\b(used in|available to|attributable to) "
                r"common\b.*\bbasic\b|^net (income|earnings)\b.*\bused in computing basic\b"),
     "us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic", UnitKind.MONETARY),
    (re.compile(r"^net (income|earnings|loss|income \(loss\))\b.*\b(used in|available to|attributable to) "
                r"common\b.*\bdiluted\b|^net (income|earnings)\b.*\bused in computing diluted\b"),
     "us-gaap:NetIncomeLossAvailableToCommonStockholdersDiluted", UnitKind.MONETARY),
    (re.compile(r"^restricted cash\b.*\b(non-?\s?current|long-term)\b"), "us-gaap:RestrictedCashNoncurrent",
     UnitKind.MONETARY),
    (re.compile(r"^restricted cash\b.*\bcurrent\b"), "us-gaap:RestrictedCashCurrent", UnitKind.MONETARY),
    (re.compile(r"^restricted cash and restricted cash equivalents$"), "us-gaap:RestrictedCashAndCashEquivalents",
     UnitKind.MONETARY),
    # the lease note's supplemental cash flow lines and lease cost (ASC 842, 2019)
    (re.compile(r"^operating cash (flows?|outflows?) (used )?(for|from) operating leases$"),
     "us-gaap:OperatingLeasePayments", UnitKind.MONETARY),
    (re.compile(r"^operating cash (flows?|outflows?) (used )?(for|from) finance leases\b"),
     "us-gaap:FinanceLeaseInterestPaymentOnLiability", UnitKind.MONETARY),
    (re.compile(r"^(cash received|proceeds) from (the )?(exercises? of )?(stock |share )?options?"
                r"( exercised| exercises)?$"),
     "us-gaap:ProceedsFromStockOptionsExercised", UnitKind.MONETARY),
    (re.compile(r"^operating lease (expense|cost)s?\b"), "us-gaap:OperatingLeaseCost", UnitKind.MONETARY),
    (re.compile(r"^interest (expense )?on (finance )?lease liabilit"), "us-gaap:FinanceLeaseInterestExpense",
     UnitKind.MONETARY),
    (re.compile(r"^amortization of (leased|right[- ]of[- ]use|finance lease( right[- ]of[- ]use)?) assets$"),
     "us-gaap:FinanceLeaseRightOfUseAssetAmortization", UnitKind.MONETARY),
)

# The roll-forward of the product warranty liability (FIN 45, 2002): balances, warranties issued, payments and
# changes in the estimate of earlier warranties; the opening balance is read at the period's start (mapper). The
# concepts are those of standard and extended warranties together, the ones most filers use.
_WARRANTY = "us-gaap:ProductWarrantyAccrual"
_WARRANTY_LINES = (
    (re.compile(r"\bpre-?\s?existing\b|changes? in (the )?estimates?"),
     "us-gaap:ProductWarrantyAccrualPreexistingIncreaseDecrease"),
    (re.compile(r"^(balance|accrued warranty|warranty (liability|accrual|reserve))|\b(beginning|end) of (the )?"
                r"(period|year)\b|^(beginning|ending|opening|closing) balance"), _WARRANTY),
    (re.compile(r"^(additions|provisions?|accruals?|warranties issued|charged to|warranty expense)\b|"
                r"^provision for warrant|accruals? for (new )?warrant"),
     "us-gaap:ProductWarrantyAccrualWarrantiesIssued"),
    (re.compile(r"^(utilization|usage|settlements?|payments?|claims? paid|warranty (costs|claims) (incurred|paid)|"
                r"costs? incurred|deductions|charges against)\b"), "us-gaap:ProductWarrantyAccrualPayments"),
)

# A roll-forward's opening and closing balance lines ('Balance at beginning of year', 'Ending balances', 'BEGINNING
# OF YEAR'), and the roll-forwards a note table's title or lead-in names: (topic, balance concept, steps).
_BALANCE = re.compile(r"\b(beginning|end|ending|opening|closing|start)\b.*\b(balances?|of (the )?(fiscal )?(year|"
                      r"period))\b|^(balances?|beginning|ending|end|opening|closing)\b.*\b(beginning|end|ending|"
                      r"opening|closing|start)\b|"
                      r"^(beginning|ending|opening|closing) (balances?|of (the )?(year|period))|"
                      r"^(beginning|end) of (the )?(fiscal )?(year|period)$|^balances?,? (beginning|end)")
_ROLL_FORWARDS = (
    (re.compile(r"unrecognized (income )?tax benefits|uncertain tax positions|unrecognized tax"),
     "us-gaap:UnrecognizedTaxBenefits", (
         (re.compile(r"^(increases?|additions?|gross increases?)\b.*\b(current|this) (fiscal )?(year|period)"),
          "us-gaap:UnrecognizedTaxBenefitsIncreasesResultingFromCurrentPeriodTaxPositions"),
         (re.compile(r"^(increases?|additions?|gross increases?)\b.*\b(prior|previous|earlier) (fiscal )?(years?|"
                     r"periods?)"), "us-gaap:UnrecognizedTaxBenefitsIncreasesResultingFromPriorPeriodTaxPositions"),
         (re.compile(r"^(decreases?|reductions?|gross decreases?)\b.*\b(prior|previous|earlier) (fiscal )?(years?|"
                     r"periods?)"), "us-gaap:UnrecognizedTaxBenefitsDecreasesResultingFromPriorPeriodTaxPositions"),
         (re.compile(r"\bsettlements?\b"),
          "us-gaap:UnrecognizedTaxBenefitsDecreasesResultingFromSettlementsWithTaxingAuthorities"),
         (re.compile(r"\bstatutes? of limitations?|\blapses?\b"),
          "us-gaap:UnrecognizedTaxBenefitsReductionsResultingFromLapseOfApplicableStatuteOfLimitations"),
     )),
    (re.compile(r"valuation allowances?"), "us-gaap:DeferredTaxAssetsValuationAllowance", ()),
    (re.compile(r"deferred revenue|contract liabilit|unearned revenue"), "us-gaap:ContractWithCustomerLiability", (
        (re.compile(r"^revenues? recognized"), "us-gaap:ContractWithCustomerLiabilityRevenueRecognized"),
    )),
)


# The shares an earnings per share note adds for each dilutive security (SFAS 128, 1997), under a heading such as
# 'Add effect of dilutive securities:'.
_DILUTIVE_SECTION = re.compile(r"\bdilut")
_INCREMENTAL = "us-gaap:IncrementalCommonSharesAttributableTo"
_SHARE_BASED_DILUTION = f"{_INCREMENTAL}ShareBasedPaymentArrangements"
_DILUTIVE_LINES = (
    (re.compile(r"convertible preferred|preferred (stock|shares)"), f"{_INCREMENTAL}ConversionOfPreferredStock"),
    (re.compile(r"convertible (senior |subordinated )*(notes|debt|debentures|bonds)"),
     f"{_INCREMENTAL}ConversionOfDebtSecurities"),
    (re.compile(r"\bwarrants?\b"), f"{_INCREMENTAL}CallOptionsAndWarrants"),
    (re.compile(r"\b(stock|share|equity)[- ]based (awards|compensation)|\b(stock|share) options?\b|"
                r"\b(unvested|restricted|equity) (stock|share|equity)? ?(awards|units|shares)\b|\bawards\b"),
     _SHARE_BASED_DILUTION),
)


_DILUTION = "us-gaap:WeightedAverageNumberDilutedSharesOutstandingAdjustment"
_AFS_SALES = re.compile(r"\b(sales?|maturit(y|ies))\b.*available[- ]for[- ]sale|"
                        r"available[- ]for[- ]sale.*\b(sales?|sold)\b")
_SHORT_MATURITY = re.compile(r"\b(90 days|three months) or less\b|\bless than (90 days|three months)")
_LONG_MATURITY = re.compile(r"\b(greater|more|longer) than (90 days|three months)")
_NET_FLOW = re.compile(r"proceeds from ?/ ?\(?repayments|\bnet$|, net\b")
_WARRANTY_WORD = re.compile(r"warrant(y|ies)")
_SHARE_BASED_TOPIC = re.compile(r"(share|stock|equity)[- ]based compensation|share-based (payment|award)s? expense")
_DILUTED_SHARES = re.compile(r"\bdilut.*\bshares\b|\bshares\b.*\bdilut")
_ANTI_DILUTIVE = re.compile(r"anti-?\s?dilut|excluded")
_SHARE_BASED_TOTAL = re.compile(r"^total( (share|stock|equity)[- ]based( compensation)?( expense| cost)?)?$")
_SHARE_BASED_TAX = re.compile(r"^(less:? )?(related )?(income )?tax benefits?( recognized)?$")
_DEFERRED_TAX_TOPIC = re.compile(r"deferred (income )?tax assets|temporary differences")
_DTL_TOTAL = re.compile(r"^(total |gross )+deferred (income )?tax liabilities$")
_DTA_TOTAL = re.compile(r"^(total |gross )+deferred (income )?tax assets$")
_DTA_NET = re.compile(r"^(total )?deferred (income )?tax assets,? (net\b|net of (the )?valuation allowances?)")
# The components of deferred tax assets (above their total or the valuation allowance, or under a heading naming
# them) and of deferred tax liabilities (below), by the words filers print for them.
_DTA = "us-gaap:DeferredTaxAssets"
_DTA_PARTS = tuple((re.compile(pattern), f"{_DTA}{name}") for pattern, name in (
    (r"operating loss|\bnols?\b", "OperatingLossCarryforwards"),
    (r"research.*credit|r&d credit", "TaxCreditCarryforwardsResearch"),
    (r"^other (tax )?credit", "TaxCreditCarryforwardsOther"),
    (r"\bcredit", "TaxCreditCarryforwards"),
    (r"deferred revenue|unearned revenue|deferred income", "DeferredIncome"),
    (r"(stock|share|equity)[- ]based|stock compensation|stock options",
     "TaxDeferredExpenseCompensationAndBenefitsShareBasedCompensationCost"),
    (r"inventor", "Inventory"),
    (r"self[- ]insurance", "TaxDeferredExpenseReservesAndAccrualsSelfInsurance"),
    (r"\baccru|\breserves\b", "TaxDeferredExpenseReservesAndAccruals"),
    (r"compensation|benefit plans|pension|retirement|employee benefits", "TaxDeferredExpenseCompensationAndBenefits"),
    (r"goodwill|intangible", "GoodwillAndIntangibleAssets"),
    (r"property|plant|equipment|depreciation", "PropertyPlantAndEquipment"),
    (r"derivative|hedg", "DerivativeInstruments"),
    (r"equity method", "EquityMethodInvestments"),
    (r"^state (income )?taxes", "StateTaxes"),
    (r"^other(,? net)?$|^other deferred tax assets$", "Other"),
))
_DTL = "us-gaap:DeferredTaxLiabilities"
_DTL_PARTS = tuple((re.compile(pattern), f"{_DTL}{name}") for pattern, name in (
    (r"right[- ]of[- ]use|lease assets", "LeasingArrangements"),
    (r"unremitted|undistributed|foreign earnings", "UndistributedForeignEarnings"),
    (r"goodwill|intangible", "GoodwillAndIntangibleAssets"),
    (r"depreciation|property|plant|equipment", "PropertyPlantAndEquipment"),
    (r"derivative|hedg", "Derivatives"),
    (r"capitalized software|software development", "DeferredExpenseCapitalizedSoftware"),
    (r"equity method|investments", "Investments"),
    (r"prepaid", "PrepaidExpenses"),
    (r"^other(,? net)?$|^other deferred tax liabilities$", "Other"),
))
# The assets and liabilities of a business held for sale (a disposal group), by the words of the balance sheet lines.
_DISPOSAL_TOPIC = re.compile(r"held for sale|disposal groups?|discontinued operations?")
_DISPOSAL = "us-gaap:DisposalGroupIncludingDiscontinuedOperation"
_DISPOSAL_LINES = tuple((re.compile(pattern), qname) for pattern, qname in (
    (r"^(total )?assets (held for sale|of (the )?(disposal group|discontinued operations?))",
     "us-gaap:AssetsOfDisposalGroupIncludingDiscontinuedOperation"),
    (r"^(total )?liabilities (held for sale|of (the )?(disposal group|discontinued operations?))",
     "us-gaap:LiabilitiesOfDisposalGroupIncludingDiscontinuedOperation"),
    (r"^cash\b", f"{_DISPOSAL}CashAndCashEquivalents"),
    (r"receivable", f"{_DISPOSAL}AccountsNotesAndLoansReceivableNet"),
    (r"^inventor", f"{_DISPOSAL}Inventory1"),
    (r"^prepaid", f"{_DISPOSAL}PrepaidAndOtherAssets"),
    (r"^property|^plant", f"{_DISPOSAL}PropertyPlantAndEquipment"),
    (r"^goodwill$", f"{_DISPOSAL}Goodwill1"),
    (r"intangible", f"{_DISPOSAL}IntangibleAssets"),
    (r"^deferred (income )?tax assets", f"{_DISPOSAL}DeferredTaxAssets"),
    (r"^other (non-?\s?current )?assets", f"{_DISPOSAL}OtherNoncurrentAssets"),
    (r"^accounts payable and accrued", f"{_DISPOSAL}AccountsPayableAndAccruedLiabilities"),
    (r"^accounts payable$", f"{_DISPOSAL}AccountsPayable"),
    (r"^accrued income tax", f"{_DISPOSAL}AccruedIncomeTaxPayable"),
    (r"^deferred (income )?tax liabilities", f"{_DISPOSAL}DeferredTaxLiabilities"),
    (r"^other (non-?\s?current |long-term )liabilities", f"{_DISPOSAL}OtherNoncurrentLiabilities"),
    (r"^other liabilities", f"{_DISPOSAL}OtherLiabilities"),
))
_DT_LINE = re.compile(r"^(total|gross)\b|^net (deferred|tax|assets|liabilities)\b")
_VALUATION_ALLOWANCE = re.compile(r"^(less:? )?valuation allowances?$")

# Schedules by future year (leases, debt, amortization, purchase obligations): a line per year and kind after the
# balance-sheet date ('2026 (Operating Leases)', 'Estimated amortization expense (2027)'); the first full year is
# year one, a remainder of the current fiscal year and the years after the fifth have concepts of their own.
_ORDINALS = ("rem", "1", "2", "3", "4", "5", "after")
_TO_BE_RECEIVED = ("RemainderOfFiscalYear", "NextTwelveMonths", "TwoYears", "ThreeYears", "FourYears", "FiveYears",
                   "Thereafter")  # a lessor's lease payments to be received, by year
_DUE = ("RemainderOfFiscalYear", "DueNextTwelveMonths", "DueYearTwo", "DueYearThree", "DueYearFour", "DueYearFive",
        "DueAfterYearFive")  # a lessee's lease payments due, by year
_FAMILIES: tuple[tuple[str, re.Pattern[str], tuple[str, ...], dict[str, str]], ...] = (
    ("sales-type", re.compile(r"sales-?\s?type|direct financing"),
     tuple(f"us-gaap:SalesTypeAndDirectFinancingLeasesLeaseReceivablePaymentsToBeReceived{suffix}"
           for suffix in _TO_BE_RECEIVED),
     {"total": "us-gaap:SalesTypeAndDirectFinancingLeasesLeaseReceivablePaymentsToBeReceived",
      "interest": "us-gaap:SalesTypeAndDirectFinancingLeasesLeaseReceivableUndiscountedExcessAmount"}),
    ("lessor", re.compile(r"\blessor\b|lease (payments )?receiv|receivables?\b.*\blease|to be received|leases? income"),
     tuple(f"us-gaap:LessorOperatingLeasePaymentsToBeReceived{suffix}" for suffix in _TO_BE_RECEIVED),
     {"total": "us-gaap:LessorOperatingLeasePaymentsToBeReceived"}),
    ("finance-lease", re.compile(r"\b(finance|capital) leases?\b"),
     tuple(f"us-gaap:FinanceLeaseLiabilityPayments{suffix}" for suffix in _DUE),
     {"total": "us-gaap:FinanceLeaseLiabilityPaymentsDue",
      "interest": "us-gaap:FinanceLeaseLiabilityUndiscountedExcessAmount",
      "present": "us-gaap:FinanceLeaseLiability"}),
    ("operating-lease", re.compile(r"\bleases?\b|\blease (liabilit|obligation|payment)"),
     tuple(f"us-gaap:LesseeOperatingLeaseLiabilityPayments{suffix}" for suffix in _DUE),
     {"total": "us-gaap:LesseeOperatingLeaseLiabilityPaymentsDue",
      "interest": "us-gaap:LesseeOperatingLeaseLiabilityUndiscountedExcessAmount",
      "present": "us-gaap:OperatingLeaseLiability"}),
    ("amortization", re.compile(r"\bamortization\b"),
     tuple(f"us-gaap:FiniteLivedIntangibleAssetsAmortizationExpense{suffix}" for suffix in (
         "RemainderOfFiscalYear", "NextTwelveMonths", "YearTwo", "YearThree", "YearFour", "YearFive", "AfterYearFive")),
     {"total": "us-gaap:FiniteLivedIntangibleAssetsNet"}),
    ("purchase", re.compile(r"purchase obligations?|purchase commitments?|\bcommitments\b"),
     tuple(f"us-gaap:PurchaseObligation{suffix}" for suffix in (
         "FutureMinimumPaymentsRemainderOfFiscalYear", "DueInNextTwelveMonths", "DueInSecondYear", "DueInThirdYear",
         "DueInFourthYear", "DueInFifthYear", "DueAfterFifthYear")),
     {"total": "us-gaap:PurchaseObligation"}),
    ("debt", re.compile(r"\bdebt\b|\bprincipal\b|\bborrowings\b|\bnotes\b"),
     tuple(f"us-gaap:LongTermDebtMaturitiesRepaymentsOfPrincipal{suffix}" for suffix in (
         "RemainderOfFiscalYear", "InNextTwelveMonths", "InYearTwo", "InYearThree", "InYearFour", "InYearFive",
         "AfterYearFive")),
     {}),
)
# rolling years ('1 year', '2 years', 'Over 5 years') where the taxonomy has them
_ROLLING = {"operating-lease": tuple(f"us-gaap:LesseeOperatingLeaseLiabilityPayments{suffix}" for suffix in (
    "", "DueNextRollingTwelveMonths", "DueInRollingYearTwo", "DueInRollingYearThree", "DueInRollingYearFour",
    "DueInRollingYearFive", "DueAfterRollingYearFive"))}
_KIND = re.compile(r"^(.*\S)\s+\(([^()]*(?:\([^()]*\)[^()]*)*)\)$")  # 'Total (Amortized Cost)': line and kind
_YEAR_ROW = re.compile(r"^(fiscal\s+(year\s+)?)?((19|20)\d\d)\b")
_ANY_YEAR = re.compile(r"\b(19|20)\d\d\b")
_THEREAFTER = re.compile(r"\bthereafter\b|^(after|beyond)\s+(fiscal\s+)?(19|20)\d\d|^later years")
_REMAINDER = re.compile(r"\b(remainder|rest|remaining|balance) of\b|\bexcluding\b|\bremaining\b")
_ROLLING_ROW = re.compile(r"^(\d|one|two|three|four|five) years?$|^(over|after|more than|thereafter,? )\s*"
                          r"(5|five) years$|^thereafter$")
_TOTALS_KIND = re.compile(r"^total\b")
_SCHEDULE_TOTAL = re.compile(r"^(total|gross)\b")
_SCHEDULE_INTEREST = re.compile(r"\b(imputed )?interest\b|\bdiscount\b|unearned (interest )?income")
_SCHEDULE_PRESENT = re.compile(r"^(total )?present value|^(total )?lease liabilit(y|ies)$|^total (operating |finance )?"
                               r"lease (liabilities|obligations)$")
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}

# Tables whose columns are measures of the same lines ('Amortized Cost', 'Unrealized Gain', 'Estimated Fair
# Value'; 'Gross Carrying Amount', 'Accumulated Amortization', 'Net Carrying Amount'), reshaped into a line per
# line and measure: the totals and the maturities are what the statements and the taxonomy name.
_SECURITIES_TOPIC = re.compile(r"securities|investments")
_SECURITY_MEASURES = (
    (re.compile(r"amortized cost|cost basis"), "AmortizedCost"),
    (re.compile(r"unrealized gains?|gross gains?"), "Gain"),
    (re.compile(r"unrealized loss(es)?|gross loss(es)?"), "Loss"),
    (re.compile(r"fair value"), "FairValue"),
)
_SECURITY_TOTALS = {"AmortizedCost": "us-gaap:AvailableForSaleDebtSecuritiesAmortizedCostBasis",
                    "Gain": "us-gaap:AvailableForSaleDebtSecuritiesAccumulatedGrossUnrealizedGainBeforeTax",
                    "Loss": "us-gaap:AvailableForSaleDebtSecuritiesAccumulatedGrossUnrealizedLossBeforeTax",
                    "FairValue": "us-gaap:AvailableForSaleSecuritiesDebtSecurities"}
_MATURITIES = (
    (re.compile(r"(less than|within|in) (one|1) years?|(one|1) years? or less|due in (one|1) year"), "WithinOneYear"),
    (re.compile(r"(1|one)\s*(-|to|through|\u2013)\s*(5|five) years|after (one|1) years? through (five|5)"),
     "AfterOneThroughFiveYears"),
    (re.compile(r"(5|five)\s*(-|to|through|\u2013)\s*(10|ten) years|after (five|5) years? through (ten|10)"),
     "AfterFiveThroughTenYears"),
    (re.compile(r"(after|over|more than|greater than) (ten|10) years"), "AfterTenYears"),
)
_SECURITIES_TOTAL = re.compile(r"^total( available[- ]for[- ]sale)?( debt)?( securities| investments)?\b")
_INTANGIBLE_MEASURES = (
    (re.compile(r"gross"), "Gross"),
    (re.compile(r"accumulated amortization"), "AccumulatedAmortization"),
    (re.compile(r"\bnet\b"), "Net"),
)
_INTANGIBLES_TOTAL = re.compile(r"^total\b")
_ALL_INTANGIBLES = re.compile(r"^total (identifiable |acquired |other )?intangible assets\b")


@dataclass(frozen=True)
class NoteTable:
    """What a note table's lines are read with: its title and lead-in and its lines' labels and sections,
    lower-cased."""

    topic: str
    labels: tuple[str, ...]
    sections: tuple[str, ...] = ()

    @classmethod
    def of(cls, topic: str, labels: list[str], sections: list[str] | None = None) -> NoteTable:
        return cls(_norm(topic), tuple(_norm(label) for label in labels), tuple(_norm(s) for s in sections or []))

    @cached_property
    def tax(self) -> bool:
        return "tax" in self.topic or any("tax" in label for label in self.labels)

    @cached_property
    def warranty(self) -> bool:
        """A roll-forward of the warranty liability: its title says so, or its lines open or close with a warranty
        balance ('Inventory and warranty reserves' among deferred tax assets is no roll-forward)."""
        if _WARRANTY_WORD.search(self.topic):  # not 'warrants' (shares)
            return True
        return any(_WARRANTY_WORD.search(label) for label in self.labels) and \
            any(_BALANCE.search(label) for label in self.labels)

    @cached_property
    def share_based(self) -> bool:
        """A note of share-based compensation expense (by line of the income statement, or by award)."""
        return bool(_SHARE_BASED_TOPIC.search(self.topic)) and not _DILUTIVE_SECTION.search(self.topic)

    @cached_property
    def dilutive(self) -> bool:
        """An earnings per share note reconciling basic to diluted shares (not one of awards left out of it)."""
        return bool(_DILUTED_SHARES.search(self.topic)) and not _ANTI_DILUTIVE.search(self.topic)

    def several_dilutive(self, text: str) -> bool:
        """Whether other lines than `text` name dilutive securities (awards, convertible notes, warrants)."""
        return any(pattern.search(label) for label in self.labels if label != text and not
                   _ANTI_DILUTIVE.search(label) for pattern, _ in _DILUTIVE_LINES)

    @cached_property
    def deferred_tax(self) -> bool:
        """A note of the deferred tax assets and liabilities' components."""
        named = sum("deferred tax" in label for label in self.labels)
        return bool(_DEFERRED_TAX_TOPIC.search(self.topic)) or named >= 2

    @cached_property
    def disposal(self) -> bool:
        """A note of the assets and liabilities of a business held for sale, that totals them as such."""
        return bool(_DISPOSAL_TOPIC.search(self.topic)) and any(
            pattern.search(label) for label in self.labels for pattern, _ in _DISPOSAL_LINES[:2])

    @cached_property
    def roll_forward(self) -> tuple[str, tuple[tuple[re.Pattern[str], str], ...]] | None:
        """The balance concept and steps of the roll-forward the title names, when the lines open or close with
        a balance."""
        if not any(_BALANCE.search(label) for label in self.labels):
            return None
        named = [(max(found.end() for found in topic.finditer(self.topic)), balance, steps)
                 for topic, balance, steps in _ROLL_FORWARDS if topic.search(self.topic)]
        return max(named, key=lambda found: found[0])[1:] if named else None  # the words nearest the table

    @cached_property
    def split(self) -> tuple[tuple[str, str], ...]:
        """Each label as line and measure ('Total (Amortized Cost)': 'total', 'amortized cost')."""
        return tuple((found.group(1), found.group(2)) if (found := _KIND.match(label)) else (label, "")
                     for label in self.labels)

    @cached_property
    def ordinals(self) -> dict[str, str]:
        """The year of each line of a schedule by future year ('rem', '1'..'5', 'after'), by its year part."""
        years: dict[str, int | None] = {}
        for line, kind in self.split:
            part = line if _is_year(line) else kind
            if _THEREAFTER.search(part):
                years[part] = None
            elif _REMAINDER.search(part) and _ANY_YEAR.search(part):
                years[part] = -1
            elif (found := _YEAR_ROW.match(part)) is not None:
                years[part] = int(found.group(3))
        full = sorted({year for year in years.values() if year and year > 0})
        if len(full) < 2 or full != list(range(full[0], full[0] + len(full))):
            return {}
        return {part: "after" if year is None and len(full) == 5 else "rem" if year == -1 else
                str(full.index(year) + 1) if year else "" for part, year in years.items()}

    def scheduled(self, label: str) -> bool:
        """Whether a line is a year or a kind of a schedule by future year, which no other statement's concept
        names ('2026 (Total)' of operating and finance leases)."""
        found = _KIND.match(_norm(label))
        return bool(self.ordinals) and bool(found or _norm(label) in self.ordinals)

    @cached_property
    def kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(kind for _, kind in self.split if kind))

    def family(self, kind: str) -> tuple[str, tuple[str, ...], dict[str, str]] | None:
        """The schedule's kind of obligation for a column kind: the one the kind names ('Operating Leases'), else
        (for a total or the only kind) the one the title names; None for a part of a total ('Recourse debt' beside
        'Non-recourse debt' and 'Total') and for the total of kinds of several ('Total' of operating and finance
        leases)."""
        parts = [other for other in self.kinds if not _TOTALS_KIND.match(other)]
        named = [found[0] for other in parts if (found := _family_of(other))]
        totalled = len(parts) < len(self.kinds)
        if kind and not _TOTALS_KIND.match(kind):
            own = _family_of(kind)
            if own is not None and not (totalled and named.count(own[0]) > 1):
                return own
            return _family_of(self.topic) if len(self.kinds) == 1 else None
        if len(set(named)) > 1:
            return None
        return _family_of(self.topic) or (_family_of(parts[0]) if parts else None)

    @cached_property
    def indefinite(self) -> bool:
        """Whether intangible assets not amortized are among the lines: 'indefinite' in a line or heading, or a
        line with a gross amount but no accumulated amortization."""
        if any("indefinite" in text for text in (*self.labels, *self.sections, self.topic)):
            return True
        measures: dict[str, set[str]] = {}
        for line, kind in self.split:
            measures.setdefault(line, set()).add(kind)
        return any("accumulated amortization" not in kinds and any("gross" in kind for kind in kinds)
                   for line, kinds in measures.items() if not line.startswith("total")) and \
            any("accumulated amortization" in kind for kind in self.kinds)


def _deferred_tax_part(text: str, section: str, table: NoteTable, index: int | None) -> str | None:
    """A component of a deferred tax note: of the assets under a heading naming them or above their total (or
    the valuation allowance), of the liabilities under theirs or below it."""
    if _DT_LINE.match(text) or _DTA_NET.match(text):
        return None
    if "liabilit" in section:
        assets = False
    elif "asset" in section:
        assets = True
    elif index is None:
        return None
    else:
        first = next((k for k, label in enumerate(table.labels) if _DTA_TOTAL.match(label) or
                      _VALUATION_ALLOWANCE.match(label) or _DTA_NET.match(label)), None)
        if first is None:
            return None
        assets = index < first
    return next((qname for pattern, qname in (_DTA_PARTS if assets else _DTL_PARTS) if pattern.search(text)), None)


def _deferred_tax(text: str, table: NoteTable) -> str | None:
    """A total of a deferred tax note: the assets before the valuation allowance (gross) or after (net), the
    allowance, the liabilities (gross of the assets)."""
    if _DTL_TOTAL.match(text):
        return "us-gaap:DeferredIncomeTaxLiabilities"
    if _VALUATION_ALLOWANCE.match(text):
        return "us-gaap:DeferredTaxAssetsValuationAllowance"
    if _DTA_NET.match(text):
        return "us-gaap:DeferredTaxAssetsNet"
    if _DTA_TOTAL.match(text):
        if text.startswith("gross"):
            return "us-gaap:DeferredTaxAssetsGross"
        allowance = next((k for k, label in enumerate(table.labels) if _VALUATION_ALLOWANCE.match(label)), None)
        if allowance is None:
            return None
        before = text in table.labels and table.labels.index(text) < allowance
        return "us-gaap:DeferredTaxAssetsGross" if before else "us-gaap:DeferredTaxAssetsNet"
    return None


def _is_year(text: str) -> bool:
    return bool(_YEAR_ROW.match(text) or _THEREAFTER.search(text) or _REMAINDER.search(text) and
                _ANY_YEAR.search(text))


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").replace("\u2014", " - ").split())


def _family_of(text: str) -> tuple[str, tuple[str, ...], dict[str, str]] | None:
    return next(((name, ordinals, others) for name, pattern, ordinals, others in _FAMILIES if pattern.search(text)),
                None)


def note_concept(label: str, section: str, table: NoteTable, index: int | None = None
                 ) -> tuple[str, UnitKind] | None:
    """The concept (and unit) of a note line named by its words, its section heading and its table (a tax
    component only in a table whose title or lines speak of taxes; a step of a roll-forward its title names; a year
    of a schedule by future year; a total of a measure's column), or None."""
    text = _norm(label)
    for pattern, qname, unit in _LINES:
        if pattern.search(text):
            if qname == _SHARE_BASED_DILUTION and not table.several_dilutive(text):
                return _DILUTION, unit  # the one line between basic and diluted shares: the whole adjustment
            return qname, unit
    if table.warranty:
        found = next((qname for pattern, qname in _WARRANTY_LINES if pattern.search(text)), None)
        return (found, UnitKind.MONETARY) if found else None
    if text == "proceeds" and _AFS_SALES.search(table.topic):
        return "us-gaap:ProceedsFromSaleAndMaturityOfAvailableForSaleSecurities", UnitKind.MONETARY
    if table.share_based and _SHARE_BASED_TOTAL.match(text):
        return "us-gaap:AllocatedShareBasedCompensationExpense", UnitKind.MONETARY
    if table.share_based and _SHARE_BASED_TAX.match(text):
        return "us-gaap:EmployeeServiceShareBasedCompensationTaxBenefitFromCompensationExpense", UnitKind.MONETARY
    if table.disposal:
        found = next((qname for pattern, qname in _DISPOSAL_LINES if pattern.search(text)), None)
        return (found, UnitKind.MONETARY) if found else None
    if table.deferred_tax and (found := _deferred_tax(text, table) or
                               _deferred_tax_part(text, _norm(section), table, index)):
        return found, UnitKind.MONETARY
    measured = _measured(text, table)
    if measured:
        return measured, UnitKind.MONETARY
    if table.roll_forward:
        balance, steps = table.roll_forward
        if _BALANCE.search(text):
            return balance, UnitKind.MONETARY
        found = next((qname for pattern, qname in steps if pattern.search(text)), None)
        if found:
            return found, UnitKind.MONETARY
    heading = _norm(section)
    if (found := _by_maturity(text, heading)) is not None:
        return found, UnitKind.MONETARY
    if _DILUTIVE_SECTION.search(heading) or table.dilutive:
        return next(((qname, UnitKind.SHARES) for pattern, qname in _DILUTIVE_LINES if pattern.search(text)), None)
    if not table.tax or not _SHORT.match(text) or not _TAX_SECTION.search(heading):
        return None
    words = f"{heading} {text}"
    component = next((name for name, pattern in _COMPONENTS if pattern.search(words)), "")
    jurisdiction = next((name for name, pattern in _JURISDICTIONS if pattern.search(words)), "")
    qname = _TAX_CONCEPTS.get((component, jurisdiction))
    return (qname, UnitKind.MONETARY) if qname else None


def _by_maturity(text: str, heading: str) -> str | None:
    """Short-term borrowings' cash flows under a heading of their maturity ('Maturities 90 days or less':
    a net; 'Maturities greater than 90 days': proceeds and repayments), which the cash flow statement shows apart."""
    if _SHORT_MATURITY.search(heading):
        return "us-gaap:ProceedsFromRepaymentsOfShortTermDebtMaturingInThreeMonthsOrLess" \
            if _NET_FLOW.search(text) else None
    if not _LONG_MATURITY.search(heading) or text.startswith("total"):
        return None
    if _NET_FLOW.search(text):
        return "us-gaap:ProceedsFromRepaymentsOfShortTermDebtMaturingInMoreThanThreeMonths"
    if text.startswith("proceeds"):
        return "us-gaap:ProceedsFromShortTermDebtMaturingInMoreThanThreeMonths"
    if text.startswith("repayments"):
        return "us-gaap:RepaymentsOfShortTermDebtMaturingInMoreThanThreeMonths"
    return None


def _schedule_other(line: str, others: dict[str, str]) -> str | None:
    """The concept of a schedule's line that is no year: its total, the interest that discounts it, the present
    value."""
    if _SCHEDULE_INTEREST.search(line):
        return others.get("interest")
    if _SCHEDULE_PRESENT.search(line):
        return others.get("present")
    if _SCHEDULE_TOTAL.match(line):
        return others.get("total")
    return None


def _measured(text: str, table: NoteTable) -> str | None:
    """A line's concept by its place in a schedule by future year or in a table of measures, or None."""
    found = _KIND.match(text)
    line, kind = (found.group(1), found.group(2)) if found else (text, "")
    if table.ordinals:
        part, other = (line, kind) if line in table.ordinals else (kind, line) if kind in table.ordinals else ("", "")
        family = table.family(other if part else kind)
        if family is None:
            return None
        name, ordinals, others = family
        if part:
            ordinal = table.ordinals[part]
            return ordinals[_ORDINALS.index(ordinal)] if ordinal in _ORDINALS else None  # not a sixth year
        return _schedule_other(line, others)
    if sum(bool(_ROLLING_ROW.match(other)) for other in table.labels) >= 3:  # '1 year', '2 years', 'Over 5 years'
        family = table.family(kind)
        rolling = _ROLLING.get(family[0]) if family else None
        if rolling and _ROLLING_ROW.match(line):
            number = re.search(r"\d|one|two|three|four|five", line)
            value = int(number.group()) if number and number.group().isdigit() else \
                _NUMBERS.get(number.group(), 0) if number else 0
            over = bool(re.match(r"over|after|more|thereafter", line))
            return rolling[6] if over else rolling[value] if 1 <= value <= 5 else None
        if rolling:
            return _schedule_other(line, family[2])
        return None
    if not kind:
        return None
    measure = next((name for pattern, name in _SECURITY_MEASURES if pattern.search(kind)), None)
    if measure and any(_SECURITY_MEASURES[0][0].search(other) for other in table.kinds) and (
            _SECURITIES_TOPIC.search(table.topic) or any("securities" in label for label in table.labels)):
        total = _SECURITIES_TOTAL.match(line)
        if total and "equity" not in line and not (
                measure == "FairValue" and line == "total" and any("equity" in label for label in table.labels)):
            return _SECURITY_TOTALS[measure]
        maturity = next((name for pattern, name in _MATURITIES if pattern.search(line)), None)
        if maturity and measure in ("AmortizedCost", "FairValue"):
            return f"us-gaap:AvailableForSaleSecuritiesDebtMaturities{maturity}{measure}"
        return None
    if _INTANGIBLES_TOTAL.match(line) and ("intangible" in table.topic or "intangible" in line):
        measure = next((name for pattern, name in _INTANGIBLE_MEASURES if pattern.search(kind)), None)
        if measure is None:
            return None
        if table.indefinite and _ALL_INTANGIBLES.match(line) and measure != "AccumulatedAmortization":
            return f"us-gaap:IntangibleAssets{measure}ExcludingGoodwill"
        return f"us-gaap:FiniteLivedIntangibleAssets{measure}"
    return None


# The lines of a breakdown that take their side (current or not, asset or liability) from the total below them:
# 'Other' above 'Total inventories', 'Operating leases' above 'Total accrued and other current liabilities',
# 'Income tax payable' above 'Total other long-term liabilities'.
_ACCRUED = ("us-gaap:AccruedLiabilitiesCurrent", "us-gaap:OtherLiabilitiesCurrent", "us-gaap:LiabilitiesCurrent",
            "us-gaap:AccountsPayableAndAccruedLiabilitiesCurrent")
_LONG_TERM = ("us-gaap:OtherLiabilitiesNoncurrent", "us-gaap:LiabilitiesNoncurrent")
_PARTS_BY_TOTAL = (
    (re.compile(r"^(all )?others?( items)?,?( net)?$"), {
        "us-gaap:InventoryNet": "us-gaap:OtherInventoryNetOfReserves",
        "us-gaap:AccruedLiabilitiesCurrent": "us-gaap:OtherAccruedLiabilitiesCurrent",
        "us-gaap:OtherAssetsNoncurrent": "us-gaap:OtherAssetsMiscellaneousNoncurrent",
        "us-gaap:OtherAssetsCurrent": "us-gaap:OtherAssetsMiscellaneousCurrent",
        "us-gaap:OtherLiabilitiesNoncurrent": "us-gaap:OtherSundryLiabilitiesNoncurrent",
        "us-gaap:OtherLiabilitiesCurrent": "us-gaap:OtherSundryLiabilitiesCurrent"}),
    (re.compile(r"^(operating )?leases?( liabilit(y|ies))?$|^operating lease liabilit(y|ies)$"), {
        **dict.fromkeys(_ACCRUED, "us-gaap:OperatingLeaseLiabilityCurrent"),
        **dict.fromkeys(_LONG_TERM, "us-gaap:OperatingLeaseLiabilityNoncurrent")}),
    (re.compile(r"^(deferred|unearned) revenues?$|^contract liabilit(y|ies)$"), {
        **dict.fromkeys(_ACCRUED, "us-gaap:ContractWithCustomerLiabilityCurrent"),
        **dict.fromkeys(_LONG_TERM, "us-gaap:ContractWithCustomerLiabilityNoncurrent")}),
    (re.compile(r"^(accrued )?income tax(es)? payable$"), {
        **dict.fromkeys(_ACCRUED, "us-gaap:AccruedIncomeTaxesCurrent"),
        **dict.fromkeys(_LONG_TERM, "us-gaap:AccruedIncomeTaxesNoncurrent")}),
    (re.compile(r"^derivative liabilit(y|ies)$"), {
        **dict.fromkeys(_ACCRUED, "us-gaap:DerivativeLiabilitiesCurrent"),
        **dict.fromkeys(_LONG_TERM, "us-gaap:DerivativeLiabilitiesNoncurrent")}),
    (re.compile(r"^accrued interest( payable)?$|^interest payable$"), dict.fromkeys(_ACCRUED,
                                                                                  "us-gaap:InterestPayableCurrent")),
    (re.compile(r"^restructuring (reserves?|accruals?|liabilit(y|ies))$"), {
        **dict.fromkeys(_ACCRUED, "us-gaap:RestructuringReserveCurrent"),
        **dict.fromkeys(_LONG_TERM, "us-gaap:RestructuringReserveNoncurrent")}),
    (re.compile(r"^pension (benefit )?(obligations|liabilit(y|ies))$"),
     dict.fromkeys(_LONG_TERM, "us-gaap:DefinedBenefitPensionPlanLiabilitiesNoncurrent")),
    (re.compile(r"^other (retiree|postretirement) benefit (obligations|liabilit(y|ies))$"),
     dict.fromkeys(_LONG_TERM, "us-gaap:OtherPostretirementDefinedBenefitPlanLiabilitiesNoncurrent")),
    (re.compile(r"^income tax(es)? receivable$"),
     {"us-gaap:OtherAssetsNoncurrent": "us-gaap:IncomeTaxesReceivableNoncurrent"}),
)
_FOOTNOTE = re.compile(r"(\s*\(\d\)|\s*\*+)+$")


def part_by_total(label: str, total: str) -> str | None:
    """The concept of a breakdown's line that its total (of concept `total`) places, or None."""
    text = _FOOTNOTE.sub("", _norm(label))
    return next((parts.get(total) for pattern, parts in _PARTS_BY_TOTAL if pattern.match(text)), None)


_GENERIC = re.compile(r"^(all\s+)?(other|others|total|totals|subtotal|net|gross|current|deferred|miscellaneous|"
                      r"balance|amount|amounts)(,?\s+net)?\W*$", re.I)


def is_generic(label: str) -> bool:
    """Whether a note line's label names nothing on its own ('Other', 'Total', 'Net')."""
    return bool(_GENERIC.match(label.strip()))


def named_concepts() -> set[str]:
    """Every concept the rules above name (the taxonomy carries them: taxonomy/build.py)."""
    names = {qname for _, qname, _ in _LINES} | {qname for _, qname in _WARRANTY_LINES} | set(_TAX_CONCEPTS.values())
    names |= {qname for _, qname in _DILUTIVE_LINES} | set(_SECURITY_TOTALS.values())
    for _, balance, steps in _ROLL_FORWARDS:
        names |= {balance} | {qname for _, qname in steps}
    for _, _, ordinals, others in _FAMILIES:
        names |= set(ordinals) | set(others.values())
    names |= {qname for rolling in _ROLLING.values() for qname in rolling if not qname.endswith("Payments")}
    names |= {f"us-gaap:AvailableForSaleSecuritiesDebtMaturities{maturity}{measure}" for _, maturity in _MATURITIES
              for measure in ("AmortizedCost", "FairValue")}
    names |= {f"us-gaap:FiniteLivedIntangibleAssets{measure}" for _, measure in _INTANGIBLE_MEASURES}
    names |= {f"us-gaap:IntangibleAssets{measure}ExcludingGoodwill" for measure in ("Gross", "Net")}
    names |= {qname for _, qname in _DISPOSAL_LINES}
    names |= {qname for _, parts in _PARTS_BY_TOTAL for qname in parts.values()}
    names |= {qname for _, qname in (*_DTA_PARTS, *_DTL_PARTS)}
    names |= {"us-gaap:ProceedsFromSaleAndMaturityOfAvailableForSaleSecurities",
              "us-gaap:ProceedsFromRepaymentsOfShortTermDebtMaturingInThreeMonthsOrLess",
              "us-gaap:ProceedsFromRepaymentsOfShortTermDebtMaturingInMoreThanThreeMonths",
              "us-gaap:ProceedsFromShortTermDebtMaturingInMoreThanThreeMonths",
              "us-gaap:RepaymentsOfShortTermDebtMaturingInMoreThanThreeMonths"}
    names |= {_DILUTION, "us-gaap:AllocatedShareBasedCompensationExpense", "us-gaap:DeferredIncomeTaxLiabilities",
              "us-gaap:DeferredTaxAssetsValuationAllowance", "us-gaap:DeferredTaxAssetsNet",
              "us-gaap:DeferredTaxAssetsGross"}
    return names
