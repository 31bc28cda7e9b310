"""What legacy filings call each US-GAAP concept: label patterns, with the statement and area they apply in.

Patterns match the normalised label (lower case, '&' as 'and', punctuation as spaces, a leading 'less',
'add' or 'plus' dropped). Rules are tried in order; the first whose statement kind, area and unit fit wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..statements.model import Area, StatementKind, UnitKind

BS, IS, CF, EQ = (StatementKind.BALANCE_SHEET, StatementKind.INCOME_STATEMENT, StatementKind.CASH_FLOW,
                  StatementKind.EQUITY)
CURRENT_ASSETS = frozenset({Area.CURRENT_ASSETS})
NONCURRENT_ASSETS = frozenset({Area.NONCURRENT_ASSETS})
ASSETS = frozenset({Area.CURRENT_ASSETS, Area.NONCURRENT_ASSETS, Area.ASSETS})
CURRENT_LIABILITIES = frozenset({Area.CURRENT_LIABILITIES})
NONCURRENT_LIABILITIES = frozenset({Area.NONCURRENT_LIABILITIES})
LIABILITIES = frozenset({Area.CURRENT_LIABILITIES, Area.NONCURRENT_LIABILITIES, Area.LIABILITIES})
EQUITY = frozenset({Area.EQUITY})


@dataclass(frozen=True)
class Synonym:
    concept: str  # prefixed name
    pattern: re.Pattern[str]
    kinds: frozenset[StatementKind]
    areas: frozenset[Area] | None = None
    unit: UnitKind = UnitKind.MONETARY
    confidence: float = 0.95
    at: str | None = None  # "start" or "end": an instant at the start or end of the statement's duration
    since: int | None = None  # the first fiscal year the rule names the line in: a concept a standard brought


# The shares a per share amount is computed on: 'Weighted average shares outstanding', 'Shares used in computing net
# income per share', 'Average number of common shares'.
_SHARE_COUNT = r"weighted average|^shares used in|^average (number of )?(common )?shares"


_CASH_AT_START = r"^cash.*beginning|^(beginning|opening) (balance of )?cash( and (cash )?equivalents)?$"
_CASH_AT_END = r"^cash.*\b(end|ending)\b|^(ending|closing) (balance of )?cash( and (cash )?equivalents)?$"
_CASH_CHANGE = (r"^net (increase|decrease).* in cash|^(net )?(increase|decrease|change)( increase| decrease)* in "
                r"cash( and| cash| equivalents| restricted)*( during the (year|period))?$")
_RESTRICTED_CASH = r"^restricted cash( and (restricted )?cash equivalents)?"
_EXCHANGE_EFFECT = r"^effects? of (foreign )?(currency )?exchange rates?( changes?)? on cash(?!.*\brestricted\b)"
# 'Deferred revenue, net of current portion', 'Long-term deferred revenue', 'Deferred revenue, noncurrent'
_DEFERRED_REVENUE_NONCURRENT = (r"^(long term |noncurrent )?deferred revenues?( net of current portion| less current "
                                r"portion| noncurrent| long term)?$")


def _rule(concept: str, pattern: str, kinds, areas=None, unit=UnitKind.MONETARY, confidence=0.95, at=None,
          since=None):
    kinds = frozenset(kinds if isinstance(kinds, (set, frozenset, tuple)) else {kinds})
    return Synonym(f"us-gaap:{concept}", re.compile(pattern), kinds, areas, unit, confidence, at, since)


# Fiscal years from which standards renamed what a line reports: ASC 606 (ASU 2014-09) made deferred revenue a
# contract liability, ASU 2016-18 put restricted cash into the cash a cash flow statement explains; both took
# effect for public companies' fiscal years beginning after 15 December 2017.
ASC_606 = ASU_2016_18 = 2018
SFAS_160 = 2009  # noncontrolling interests: a part of equity, or temporary equity when redeemable
ASC_842 = 2019  # leases: right-of-use assets, lease liabilities and their costs and cash flows (fiscal years from 2019)
SFAS_123R = 2006  # share-based payment: awards expensed, and the taxes paid on withheld shares a financing outflow


RULES: list[Synonym] = [
    # balance sheet totals
    _rule("AssetsCurrent", r"^total current assets$", BS),
    _rule("Assets", r"^total assets$", BS, confidence=0.98),
    _rule("LiabilitiesCurrent", r"^total current liabilities$", BS),
    _rule("LiabilitiesNoncurrent", r"^total (long term|noncurrent|non current) liabilities$", BS),
    _rule("Liabilities", r"^total liabilities$", BS, confidence=0.98),
    _rule("LiabilitiesAndStockholdersEquity",
          r"^total liab(ilities)?( and| and the)? (stockholders |shareholders |shareowners |owners )?"
          r"(equity|capital|deficit|"
          r"deficiency|investment)", BS, confidence=0.98),
    _rule("StockholdersEquity", r"^total (stockholders|shareholders|shareowners|owners) "
          r"(equity|deficit|deficiency|investment)"
          r"( deficit| deficiency)?$|^total equity$", BS),
    _rule("PropertyPlantAndEquipmentNet", r"^(total )?(net )?property( plant)? and equipment( net)?$|"
          r"^total net property|^(total )?(net )?(fixed assets|equipment)( net)?$", BS, ASSETS, confidence=0.9),
    _rule("OtherAssetsNoncurrent", r"^total other assets$", BS, ASSETS, confidence=0.8),
    # current assets
    _rule("CashAndCashEquivalentsAtCarryingValue", r"^cash and (cash )?equivalents$", BS, ASSETS),
    _rule("Cash", r"^cash( in bank| on hand| and due from banks)?$", BS, ASSETS),
    _rule("AccountsReceivableNetCurrent", r"^(trade )?accounts receivable( trade)?(( net| less| after)\b.*)?$", BS,
          ASSETS, confidence=0.9),
    _rule("AllowanceForDoubtfulAccountsReceivableCurrent", r"^allowance for (doubtful|bad|uncollectible)", BS, ASSETS),
    _rule("InventoryNet", r"^(merchandise )?inventor(y|ies)( net)?$", BS, ASSETS),
    _rule("PrepaidExpenseCurrent", r"^prepaid expenses?( and other)?$", BS, ASSETS, confidence=0.9),
    _rule("OtherReceivablesNetCurrent", r"^other receivables?$", BS, CURRENT_ASSETS, confidence=0.9),
    _rule("NontradeReceivablesNoncurrent", r"^other receivables?$", BS, NONCURRENT_ASSETS, confidence=0.85),
    _rule("OtherAssetsCurrent", r"^other current assets$", BS, ASSETS),
    _rule("ShortTermInvestments", r"^short term investments$", BS, CURRENT_ASSETS, confidence=0.9),
    _rule("AssetsNoncurrent", r"^total (noncurrent|non current|long term) assets$", BS),
    # property and other assets
    _rule("FurnitureAndFixturesGross", r"^furniture and (fixtures|equipment)$", BS, ASSETS, confidence=0.9),
    _rule("MachineryAndEquipmentGross", r"^machinery and equipment$", BS, ASSETS, confidence=0.9),
    _rule("LeaseholdImprovementsGross", r"^leasehold improvements$", BS, ASSETS, confidence=0.9),
    _rule("AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment",
          r"^accumulated depreciation( and amortization)?$", BS, ASSETS),
    _rule("Goodwill", r"^goodwill( net.*)?$", BS, ASSETS, confidence=0.9),
    _rule("SecurityDeposit", r"^(security )?deposits?$", BS, ASSETS, confidence=0.85),
    _rule("OtherAssetsNoncurrent", r"^other assets$", BS, NONCURRENT_ASSETS, confidence=0.9),
    # liabilities
    _rule("AccountsPayableAndAccruedLiabilitiesCurrent", r"^accounts payable and accrued", BS, LIABILITIES),
    _rule("AccountsPayableCurrent", r"^(trade )?accounts payable( trade)?$", BS, LIABILITIES),
    _rule("AccruedLiabilitiesCurrent", r"^accrued (expenses|liabilities)( and other)?$", BS, LIABILITIES),
    _rule("LineOfCredit", r"^(bank )?(credit line|line of credit|lines of credit)$", BS, LIABILITIES, confidence=0.9),
    _rule("ContractWithCustomerLiabilityCurrent", r"^(current )?deferred revenues?( current)?$", BS,
          CURRENT_LIABILITIES, confidence=0.85, since=ASC_606),
    _rule("ContractWithCustomerLiabilityNoncurrent", _DEFERRED_REVENUE_NONCURRENT, BS, NONCURRENT_LIABILITIES,
          confidence=0.85, since=ASC_606),
    _rule("DeferredRevenueCurrent", r"^deferred (sales|revenues?|income)$", BS, CURRENT_LIABILITIES, confidence=0.85),
    _rule("DeferredRevenueNoncurrent", _DEFERRED_REVENUE_NONCURRENT, BS, NONCURRENT_LIABILITIES, confidence=0.85),
    _rule("NotesPayableRelatedPartiesClassifiedCurrent",
          r"^notes? payable (to )?(shareholders?|stockholders?|officers?|related part|affiliates?)", BS,
          CURRENT_LIABILITIES, confidence=0.9),
    _rule("ConvertibleNotesPayableCurrent", r"^(notes? payable )?convertible (notes|debt|debentures)|"
          r"^notes payable convertible", BS, CURRENT_LIABILITIES, confidence=0.85),
    _rule("ConvertibleLongTermNotesPayable", r"^(notes? payable )?convertible (notes|debt|debentures)|"
          r"^notes payable convertible", BS, NONCURRENT_LIABILITIES, confidence=0.85),
    _rule("LongTermNotesPayable", r"^notes? payable( net of| less)( the)? current (portion|maturities)", BS,
          LIABILITIES, confidence=0.9),
    _rule("LongTermDebtNoncurrent", r"^long term (debt|borrowings)( net of| less)( the)? current", BS, LIABILITIES),
    _rule("LongTermDebtCurrent", r"^current (portion|maturities) of long term (debt|notes)", BS, LIABILITIES),
    _rule("NotesPayableCurrent", r"^notes? payable$", BS, CURRENT_LIABILITIES, confidence=0.9),
    _rule("LongTermNotesPayable", r"^notes? payable$", BS, NONCURRENT_LIABILITIES, confidence=0.85),
    _rule("LongTermDebtNoncurrent", r"^long term debt$", BS, NONCURRENT_LIABILITIES, confidence=0.9),
    # a lessee's right-of-use assets and lease liabilities (ASC 842), by the kind of lease and, in a lease note's table,
    # the balance sheet line they are in ('Operating leases  Other current liabilities')
    _rule("OperatingLeaseRightOfUseAsset", r"^operating leases? (right of use assets?|.*\bassets)$", BS,
          confidence=0.85, since=ASC_842),
    _rule("FinanceLeaseRightOfUseAsset", r"^finance leases? (right of use assets?|.*\bassets|.*\bproperty plant and "
          r"equipment( net)?)$", BS, confidence=0.85, since=ASC_842),
    _rule("OperatingLeaseLiabilityNoncurrent", r"^operating leases? .*\b(non current|noncurrent|long term) "
          r"liabilities$", BS, confidence=0.85, since=ASC_842),
    _rule("OperatingLeaseLiabilityCurrent", r"^operating leases? .*\bcurrent liabilities$", BS, confidence=0.85,
          since=ASC_842),
    _rule("FinanceLeaseLiabilityNoncurrent", r"^finance leases? .*\b(non current|noncurrent|long term) liabilities$",
          BS, confidence=0.85, since=ASC_842),
    _rule("FinanceLeaseLiabilityCurrent", r"^finance leases? .*\bcurrent liabilities$", BS, confidence=0.85,
          since=ASC_842),
    # the caption a balance sheet prints between its liabilities and equity, with a dash or no amount
    _rule("CommitmentsAndContingencies", r"^commitments and contingenc(ies|y)\b", BS, confidence=0.9),
    # noncontrolling interests the holders may make the company buy out: temporary equity, between the liabilities and
    # equity (since SFAS 160 made the other noncontrolling interests a part of equity)
    _rule("RedeemableNoncontrollingInterestEquityCarryingAmount", r"^redeemable (noncontrolling|non controlling|"
          r"minority) interests?\b", BS, confidence=0.9, since=SFAS_160),
    # equity
    _rule("CommonStockValue", r"^common stock", BS, EQUITY, confidence=0.9),
    # 0.85: a preferred stock line most often prints no shares outstanding (a dash), the value of many lines
    _rule("PreferredStockValue", r"^preferred stock", BS, EQUITY, confidence=0.85),
    _rule("AdditionalPaidInCapitalPreferredStock", r"^(additional )?paid in capital preferred", BS, EQUITY),
    _rule("AdditionalPaidInCapitalCommonStock", r"^(additional )?paid in capital common", BS, EQUITY),
    _rule("AdditionalPaidInCapital", r"^(additional )?paid in capital$|^capital in excess of par", BS, EQUITY),
    _rule("RetainedEarningsAccumulatedDeficit",
          r"^(retained earnings|accumulated deficit|deficit|earnings retained)( accumulated( deficit)?)?$", BS, EQUITY),
    _rule("StockholdersEquityNoteSubscriptionsReceivable", r"subscriptions? receivable", BS, EQUITY, confidence=0.9),
    _rule("TreasuryStockValue", r"^(less )?treasury stock", BS, EQUITY, confidence=0.9),
    # income statement
    _rule("Revenues", r"^(total |net )?(revenues?|sales|net sales|operating revenues?)( net)?$|^income$", IS,
          confidence=0.9),
    _rule("CostOfGoodsAndServicesSold", r"^(total )?cost of (goods sold|sales|products sold|goods)$", IS),
    _rule("CostOfRevenue", r"^(total )?cost of revenues?$", IS),
    _rule("GrossProfit", r"^gross (profit|margin)( loss)?$", IS),
    _rule("SellingGeneralAndAdministrativeExpense", r"^selling general and administrative", IS),
    _rule("GeneralAndAdministrativeExpense", r"^general and administrative( expenses?)?$", IS),
    _rule("DepreciationAndAmortization", r"^depreciation and amortization$", IS),
    _rule("Depreciation", r"^depreciation( expense)?$", IS),
    _rule("InterestExpense", r"^interest expense$", IS),
    _rule("InvestmentIncomeInterest", r"^interest income$", IS, confidence=0.9),
    _rule("CostsAndExpenses", r"^total costs and expenses$", IS),
    _rule("OperatingExpenses", r"^total (operating )?expenses$", IS, confidence=0.85),
    _rule("OperatingIncomeLoss", r"^(income|loss|profit|earnings)( loss| income)? from operations$|"
          r"^operating (income|loss)( loss| income)?$", IS),
    _rule("NonoperatingIncomeExpense", r"^total other income( expenses?)?( net)?$", IS),
    # interest and other items netted: income and expense together, not the interest expense
    _rule("NonoperatingIncomeExpense", r"^interest and other( income( and)?( expenses?)?| expenses?( and)? income| "
          r"expenses?)?( net)?$",
          IS, confidence=0.85),
    _rule("OtherNonoperatingIncomeExpense", r"^other income( expenses?)?( net)?$|^other (expense|income) net$", IS,
          confidence=0.85),
    _rule("OtherNonoperatingIncomeExpense", r"^other net$", IS, confidence=0.8),  # beside interest, before pretax
    _rule("IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest",
          r"^(income|loss|earnings)( loss| income)? (from continuing operations )?before (provision for )?"
          r"(income )?taxes", IS),
    _rule("IncomeTaxExpenseBenefit", r"^(provision for |benefit from )?income tax(es)?( expense| provision| benefit)?$",
          IS, confidence=0.9),
    _rule("IncomeLossFromContinuingOperations",
          r"^(net )?(income|loss|earnings)( loss| income)? from continuing operations$", IS),
    _rule("GainLossOnSaleOfPropertyPlantEquipment", r"(gain|loss).* on (the )?(sale|disposal) of (property|equipment|"
          r"fixed assets)", IS, confidence=0.85),
    _rule("DiscontinuedOperationGainLossOnDisposalOfDiscontinuedOperationNetOfTax",
          r"^(gain |loss |gain loss |loss gain )?on (the )?(disposal|sale) of ", IS, confidence=0.85),
    _rule("IncomeLossFromDiscontinuedOperationsNetOfTax",
          r"^(income|loss|earnings)( loss| income)? from discontinued operations", IS),
    _rule("NetIncomeLoss", r"^net (income|loss|earnings)( loss| income)?$", (IS, CF), confidence=0.97),
    # after SFAS 160 (2009): the consolidated result, then its shares
    _rule("NetIncomeLossAttributableToNoncontrollingInterest", r"^net (income|loss|earnings)( loss| income)? "
          r"attributable to (the )?(redeemable )?(noncontrolling|non controlling|minority) interests?"
          r"( and (redeemable )?(noncontrolling|non controlling|minority) interests?)?"
          r"( in (consolidated )?subsidiaries)?$", IS, confidence=0.85),
    _rule("NetIncomeLoss", r"^net (income|loss|earnings)( loss| income)? attributable to (?!.*\b(noncontrolling|"
          r"non controlling|minority|common|preferred)\b)", IS, confidence=0.9),
    _rule("ProfitLoss", r"^consolidated net (income|loss|earnings)( loss| income)?$", (IS, CF), confidence=0.9),
    _rule("NetIncomeLossAvailableToCommonStockholdersBasic", r"^net (income|loss|earnings)( loss| income)? "
          r"(attributable|available|applicable) to common (stock|share)(holders)?", IS, confidence=0.85),
    _rule("EarningsPerShareBasicAndDiluted", r"per (common )?share.*basic and diluted|basic and diluted.*per share",
          IS, unit=UnitKind.PER_SHARE),
    _rule("EarningsPerShareDiluted", r"per (common )?share.*(assuming dilution|diluted)|^(fully )?diluted\b|"
          r"\bfully diluted\b.*per (common )?share", IS, unit=UnitKind.PER_SHARE),
    # primary earnings per share (APB 15, before 1997: 'per common and common equivalent share') became basic
    _rule("EarningsPerShareBasic", r"per (common )?share|per common and common equivalent share|^basic|^primary", IS,
          unit=UnitKind.PER_SHARE, confidence=0.9),
    _rule("WeightedAverageNumberOfDilutedSharesOutstanding", rf"({_SHARE_COUNT}).*(diluted|dilution)|"
          r"^(fully )?diluted (weighted )?average\b", IS,
          unit=UnitKind.SHARES),
    _rule("WeightedAverageNumberDilutedSharesOutstandingAdjustment", r"^(net )?(effect|dilutive effect) of "
          r"(potentially )?dilutive", IS, unit=UnitKind.SHARES, confidence=0.9),
    _rule("WeightedAverageNumberOfSharesOutstandingBasic", _SHARE_COUNT, IS,
          unit=UnitKind.SHARES, confidence=0.9),
    _rule("RetainedEarningsAccumulatedDeficit", r"(accumulated deficit|retained earnings|deficit).*beginning",
          (IS, EQ), at="start"),
    _rule("RetainedEarningsAccumulatedDeficit", r"(accumulated deficit|retained earnings|deficit).*\b(end|ending)\b",
          (IS, EQ), at="end"),
    _rule("StockholdersEquity", r"^total (stockholders|shareholders|shareowners) (equity|deficit) (at )?"
          r"(beginning|opening)( balances?| of (the )?(period|year))?$", EQ, at="start"),
    _rule("StockholdersEquity", r"^total (stockholders|shareholders|shareowners) (equity|deficit) (at )?"
          r"(end|ending|closing)( balances?| of (the )?(period|year))?$", EQ, at="end"),
    # a lessee's lease costs (ASC 842), in a table of them the statements stage reads as an income statement; the
    # patterns read the start of the label only, which may go on with the line item the cost is in
    _rule("OperatingLeaseCost", r"^operating lease (cost|expense)", IS, confidence=0.9, since=ASC_842),
    _rule("VariableLeaseCost", r"^variable lease (cost|expense)", IS, confidence=0.9, since=ASC_842),
    _rule("ShortTermLeaseCost", r"^short term lease (cost|expense)", IS, confidence=0.9, since=ASC_842),
    _rule("FinanceLeaseRightOfUseAssetAmortization", r"^amortization of (leased|right of use|finance lease)( right of "
          r"use)? assets", IS, confidence=0.9, since=ASC_842),
    _rule("FinanceLeaseInterestExpense", r"^interest on (finance )?lease liabilit", IS, confidence=0.9, since=ASC_842),
    _rule("LeaseCost", r"^total lease (cost|expense)", IS, confidence=0.9, since=ASC_842),
    _rule("SubleaseIncome", r"^sublease income", IS, confidence=0.9, since=ASC_842),
    # cash flow
    _rule("OperatingLeasePayments", r"^operating cash (out)?flows?( used)?( from| for| in)? operating leases", CF,
          confidence=0.9, since=ASC_842),
    _rule("FinanceLeaseInterestPaymentOnLiability", r"^operating cash (out)?flows?( used)?( from| for| in)? finance "
          r"leases", CF, confidence=0.9, since=ASC_842),
    _rule("FinanceLeasePrincipalPayments", r"^financing cash (out)?flows?( used)?( from| for| in)? finance leases", CF,
          confidence=0.9, since=ASC_842),
    _rule("DepreciationDepletionAndAmortization", r"^depreciation( and amortization)?$", CF),
    # the rest of the adjustments from net income to operating cash flow
    _rule("OtherNoncashIncomeExpense", r"^other (non ?cash )?(items|adjustments|charges)( net)?$|^other non ?cash "
          r"(income expense|expense income|expenses?|income)( net)?$", CF, confidence=0.85),
    _rule("NetCashProvidedByUsedInOperatingActivities", r"^net cash .*operating activities$", CF),
    _rule("NetCashProvidedByUsedInInvestingActivities", r"^net cash .*investing activities$", CF),
    _rule("NetCashProvidedByUsedInFinancingActivities", r"^net cash .*financing activities$", CF),
    # 0.85: capital expenditures are also the productive assets' and a non-cash section's additions
    _rule("PaymentsToAcquirePropertyPlantAndEquipment", r"^(purchases?|acquisitions?|additions?) (of|to) "
          r"(property|equipment|fixed assets)|^capital expenditures$", CF, confidence=0.85),
    _rule("ProceedsFromNotesPayable", r"^proceeds from (notes|borrowings|loans|bank)", CF, confidence=0.85),
    _rule("RepaymentsOfNotesPayable", r"^(re)?payments? (of|on) (notes|borrowings|loans|long term debt)", CF,
          confidence=0.85),
    # 'Proceeds related to employee stock plans', 'Proceeds from issuance of common stock under stock plans'
    _rule("ProceedsFromStockPlans", r"^proceeds (from|related to|of) (the )?((issuance|sale) of (common )?"
          r"(stock|shares) (under|from|related to|through) )?(our )?(employee )?(stock|share|equity) (based )?"
          r"(plans?|compensation plans?|incentive plans?)( net)?$", CF, confidence=0.9),
    _rule("ProceedsFromIssuanceOfCommonStock", r"^proceeds from (the )?(issuance|sale) of common stock", CF),
    # the employees' taxes a company pays when it withholds shares of their vesting awards (net share settlement,
    # common since SFAS 123R of 2006)
    _rule("PaymentsRelatedToTaxWithholdingForShareBasedCompensation", r"^(payments?|cash paid|taxes paid)\b.*\btax(es)?"
          r"\b.*\b(restricted stock|(stock|share|equity) (plans?|awards?|units?|compensation|options?)|share based|"
          r"vesting|net share settlement)|^(employee )?(withholding )?tax(es)? (withheld|withholding|paid)\b.*\b(stock|"
          r"share|equity|vesting)|^payments? (related to|for) .*\b(stock|share|equity)\b.*\btax(es)?$", CF,
          confidence=0.9, since=SFAS_123R),
    _rule("IncreaseDecreaseInAccountsReceivable", r"(increase|decrease).*accounts receivable", CF),
    _rule("IncreaseDecreaseInInventories", r"(increase|decrease).*inventor", CF),
    _rule("IncreaseDecreaseInPrepaidExpense", r"(increase|decrease).*prepaid", CF),
    _rule("IncreaseDecreaseInAccountsPayable", r"(increase|decrease).*accounts payable", CF),
    _rule("IncreaseDecreaseInAccruedLiabilities", r"(increase|decrease).*accrued", CF),
    _rule("CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRate"
          "Effect", r"^net (increase|decrease).* in cash.*\brestricted cash", CF),  # ASU 2016-18's cash
    _rule("CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRate"
          "Effect", _CASH_CHANGE, CF, since=ASU_2016_18),
    _rule("CashAndCashEquivalentsPeriodIncreaseDecrease", _CASH_CHANGE, CF),
    # (a label that names the restricted cash is left to the label dictionary, which knows the filers' variants)
    _rule("EffectOfExchangeRateOnCashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", _EXCHANGE_EFFECT, CF,
          since=ASU_2016_18),
    _rule("CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", r"^cash.*restricted cash.*beginning", CF,
          at="start"),
    _rule("CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", r"^cash.*restricted cash.*\b(end|ending)\b",
          CF, at="end"),
    # the restricted cash a cash flow statement's cash holds, taken out again to reach the balance sheet's cash
    _rule("RestrictedCashAndCashEquivalents", _RESTRICTED_CASH + r"\b.*\bbeginning\b", CF, at="start", confidence=0.85,
          since=ASU_2016_18),
    _rule("RestrictedCashAndCashEquivalents", _RESTRICTED_CASH + r"\b.*\b(end|ending)\b", CF, at="end", confidence=0.85,
          since=ASU_2016_18),
    # since ASU 2016-18 the cash a cash flow statement opens and closes with holds the restricted cash, however
    # the line is worded
    _rule("CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", _CASH_AT_START, CF, at="start",
          since=ASU_2016_18),
    _rule("CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", _CASH_AT_END, CF, at="end",
          since=ASU_2016_18),
    _rule("CashAndCashEquivalentsAtCarryingValue", _CASH_AT_START, CF, at="start"),
    _rule("CashAndCashEquivalentsAtCarryingValue", _CASH_AT_END, CF, at="end"),
]

# An unlabelled subtotal takes the concept its components add up to.
_GROSS_PROFIT = "us-gaap:GrossProfit"
SUM_RULES: list[tuple[str, frozenset[str]]] = [
    ("us-gaap:PropertyPlantAndEquipmentGross", frozenset({
        "us-gaap:FurnitureAndFixturesGross", "us-gaap:MachineryAndEquipmentGross", "us-gaap:LeaseholdImprovementsGross",
        "us-gaap:LandAndImprovements", "us-gaap:BuildingsAndImprovementsGross",
        "us-gaap:ConstructionInProgressGross"})),
    ("us-gaap:AccountsReceivableNetCurrent", frozenset({
        "us-gaap:AccountsReceivableGrossCurrent", "us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent"})),
    ("us-gaap:PropertyPlantAndEquipmentNet", frozenset({
        "us-gaap:PropertyPlantAndEquipmentGross",
        "us-gaap:AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment"})),
    ("us-gaap:GrossProfit", frozenset({
        "us-gaap:Revenues", "us-gaap:CostOfGoodsAndServicesSold", "us-gaap:CostOfRevenue"})),
]

_LEADING = re.compile(r"^(less|add|plus|deduct)\b\s*")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4096)
def normalise(label: str) -> str:
    text = label.lower().replace("&", " and ").replace("'", "")
    text = _NON_WORD.sub(" ", text).strip()
    return _LEADING.sub("", text).strip()


@lru_cache(maxsize=4096)
def match(label: str, kind: StatementKind, area: Area, unit: UnitKind, year: int | None = None) -> Synonym | None:
    """The first rule that names this label in this statement kind, area and unit, in a filing of fiscal `year`
    (None: unknown, read as before any standard a rule waits for)."""
    text = normalise(label)
    if not text:
        return None
    for rule in RULES:
        if kind in rule.kinds and rule.unit is unit and (rule.areas is None or area in rule.areas) \
                and (rule.since is None or year is not None and year >= rule.since) and rule.pattern.search(text):
            return rule
    return None


def concept_for_sum(children: set[str]) -> str | None:
    """The concept an unlabelled subtotal stands for, judged by the standard concepts it adds up."""
    standard = {child for child in children if child.startswith("us-gaap:")}
    for parent, parts in SUM_RULES:
        if parent == _GROSS_PROFIT and not ("us-gaap:Revenues" in standard and len(standard) > 1):
            continue  # revenues less their cost: a sum of revenues alone is a revenue total
        if len(standard & parts) >= min(2, len(standard)) and standard <= parts and standard:
            return parent
    return None
