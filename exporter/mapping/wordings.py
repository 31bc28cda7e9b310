"""How 1990s filers word statement lines that neither the synonym rules nor the label dictionary name.

Each wording is a pattern on the normalised label (synonyms.normalise) with the statement kinds, balance-sheet
areas and section headings it holds in; the mapper asks here only for a line no other rule names. A cash flow
line of the operating section that names a balance-sheet item ('Accrued compensation and benefits' under
'Changes in assets and liabilities') is the change in that item: its balance-sheet concept, by these wordings or
the label dictionary, gives the change concept (CHANGES).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..statements.model import Area, StatementKind
from .synonyms import (
    ASSETS,
    BS,
    CF,
    CURRENT_ASSETS,
    CURRENT_LIABILITIES,
    EQUITY,
    IS,
    LIABILITIES,
    NONCURRENT_ASSETS,
    normalise,
)

# Section headings of a cash flow statement's parts (read lower case).
_OPERATING = r"operat|adjust|reconcil|changes? in|assets and liabilities|working capital|^$"
_INVESTING = r"invest"
_FINANCING = r"financ"
# The supplemental disclosures' heading: 'Cash paid during the year for:', 'Supplemental cash flow information'.
_PAID = r"supplement|\bpaid\b|refunded|disclosures?|information"
_NOT_OPERATING = re.compile(r"invest|financ|supplement|non-?cash|paid")


@dataclass(frozen=True)
class Wording:
    concept: str  # prefixed name
    pattern: re.Pattern[str]
    kinds: frozenset[StatementKind]
    areas: frozenset[Area] | None = None
    section: re.Pattern[str] | None = None  # the line's section heading (lower case) must match
    confidence: float = 0.8
    first: bool = False  # before the label dictionary, whose concept for these words is another statement's


def _w(concept: str, pattern: str, kinds, areas=None, section: str | None = None, confidence: float = 0.8,
       first: bool = False) -> Wording:
    kinds = frozenset(kinds if isinstance(kinds, (set, frozenset, tuple)) else {kinds})
    return Wording(f"us-gaap:{concept}", re.compile(pattern), kinds, areas, re.compile(section) if section else None,
                   confidence, first)


_PPE = (r"(property|plant|equipment|fixed assets|capital assets|furniture|leasehold improvements|facilit(y|ies)|"
        r"buildings?|land)")
_GAIN = r"^(net )?(gains?|loss(es)?|gains? loss(es)?|loss(es)? gains?)( net)?"
_SECURITIES = (r"(marketable |short term |long term |available for sale |held to maturity |trading |equity |debt )*"
               r"(securities|investments?)")
_STOCK_PLANS = (r"(employee )?(stock|share)( based)?( options?| purchase| incentive| compensation)?( plans?)?"
                r"( and (employee )?stock purchase plans?)?")

WORDINGS: list[Wording] = [
    # ---- cash flow: amounts paid, disclosed below the statement ('Interest', 'Income taxes' under 'Cash paid
    # during the year for:'), not the expense nor the change in the liability the label dictionary names
    _w("InterestPaidNet", r"^(cash paid (during the (year|period|quarter) )?(for )?)?interest( paid)?( on .+)?"
       r"( net of (amounts )?capitali[sz]ed( interest)?| net)?$", CF, section=_PAID, first=True),
    _w("IncomeTaxesPaidNet", r"^(cash paid (received )?(during the (year|period|quarter) )?(for )?)?(income )?taxes"
       r"( on income)?( paid)?( net of refunds| net)?( during the (year|period|quarter))?$", CF, section=_PAID,
       first=True),
    # ---- cash flow: adjustments of net income (operating section)
    _w("GainLossOnSaleOfPropertyPlantEquipment", rf"{_GAIN} (on|from) (the )?(sales?|disposals?|dispositions?|"
       rf"retirements?)( and retirements?)? of {_PPE}", (CF, IS)),
    # a business sold (not a discontinued operation's disposal, net of its tax); an affiliate's shares sold
    _w("GainLossOnSaleOfBusiness", rf"^(?!.*(discontinued|net of (income )?tax)){_GAIN} (on|from) (the )?(sales?|"
       r"disposals?|dispositions?|divestitures?) of (a |the )?(business(es)?|product lines?|business(es)? product "
       r"lines?|business units?|divisions?|subsidiar(y|ies))\b", (CF, IS)),
    _w("EquityMethodInvestmentRealizedGainLossOnDisposal", rf"{_GAIN} (on|from) (the )?(sales?|disposals?|"
       r"dispositions?) of (an |the )?(affiliates?|equity (method )?investees?|investments? in affiliates?)$",
       (CF, IS)),
    _w("GainLossOnInvestments", rf"{_GAIN} (realized )?(on|from) (the )?(sales?|dispositions?) of {_SECURITIES}$",
       (CF, IS)),
    _w("GainLossOnInvestments", rf"{_GAIN} (realized )?(on|from) {_SECURITIES}( net)?$", (CF, IS)),
    _w("ResearchAndDevelopmentInProcess", r"^(write off of |charges? for |provision for )?(the )?(acquired |purchased )"
       r"in process (research and development|technology|r and d)$|"
       r"^(write off of |charges? for )?(acquired |purchased )research and development$|"
       r"^in process research and development( charges?| costs?)?$", (CF, IS)),
    # the 1990s' tax benefit of stock options in the financing section (added to the operating cash before SFAS 123R,
    # whose operating line deducts it: that one is left an extension)
    _w("ExcessTaxBenefitFromShareBasedCompensationFinancingActivities",
       rf"^(excess )?(income )?tax benefits? (from|of|on|related to|realized from) (the )?(exercises? of )?"
       rf"{_STOCK_PLANS}( exercises?| exercised| transactions| dispositions)?$", CF, section=_FINANCING),
    _w("IncomeLossFromEquityMethodInvestments", r"^equity in (the )?(net )?(income|earnings|loss(es)?|profits?)"
       r"( loss(es)?| income| earnings)? (of|from) (unconsolidated |equity method )?(affiliates?|affiliated companies|"
       r"investees?|joint ventures?|equity method investees|associated companies)$", (CF, IS)),
    _w("IncomeLossFromEquityMethodInvestmentsNetOfDividendsOrDistributions", r"^undistributed (net )?(income|earnings|"
       r"loss(es)?)( loss(es)?| income| earnings)? of (unconsolidated )?(affiliates?|investees?|joint ventures?)"
       r"( net)?$", CF),
    _w("ShareBasedCompensation", r"^(amortization of )?(deferred|unearned) (stock )?(based )?compensation"
       r"( expense)?( related to stock options)?$|^(non ?cash )?compensation (expense )?(recognized )?"
       rf"(under|related to|from) {_STOCK_PLANS}$|^amortization of (deferred|unearned) (stock based |stock )?"
       r"compensation", CF, section=_OPERATING),
    _w("AmortizationOfIntangibleAssets", r"^amortization of (goodwill|intangibles?|intangible assets|purchased "
       r"intangibles?|acquired intangibles?)( and (other )?(purchased |acquired )?(intangibles?|intangible assets|"
       r"goodwill))?$", (CF, IS)),
    _w("DepreciationDepletionAndAmortization", rf"^depreciation( and amortization)? (of|on) (the )?({_PPE}|and|"
       r"\s)+$", (CF, IS)),
    _w("CapitalizedComputerSoftwareAmortization1", r"^amortization (and write ?offs? )?of (the )?(capitalized |"
       r"purchased )?(computer )?software( development)?( costs)?$", (CF, IS)),
    _w("LitigationSettlementExpense", r"^(charges? for |provision for )?litigation (settlements?|judgments?|charges?)"
       r"( charges?| expenses?| costs?)?( net of (insurance )?recoveries)?$", (CF, IS), confidence=0.75),
    # the minority holders' share of the subsidiaries' result, added back to the parent's net income
    _w("NetIncomeLossAttributableToNoncontrollingInterest", r"^minority interests? in (the )?(net )?(income|loss|"
       r"earnings|losses|results)( loss| income)? of (consolidated )?(subsidiar(y|ies)|joint ventures?)$|"
       r"^minority interests?$", CF, section=_OPERATING, confidence=0.75),
    _w("AmortizationOfDebtDiscountPremium", r"^amortization of (the )?(debt|bond) discount$", CF),
    _w("AmortizationOfFinancingCostsAndDiscounts", r"^amortization of (the )?(debt|bond) discount and (debt )?"
       r"(issue|issuance|financing) costs$", CF),
    _w("RestructuringCharges", r"^(non ?cash )?(portion of )?(provision for |charges? for )?(restructuring|"
       r"reorganization)( and other( special| related)?)?( charges?| costs?| expenses?)?$|"
       r"^non ?cash (portion of )?restructuring", (CF, IS)),
    _w("AssetImpairmentCharges", r"^(non ?cash )?(charges? for |write ?downs? of )?impair(ed|ment of) (long lived )?"
       r"assets$|^(asset )?impairment (charges?|losses?)( and (asset )?write ?offs?)?$", (CF, IS)),
    _w("PensionContributions", r"^pension (plan )?contributions?( to .*)?$", CF, section=_OPERATING),
    # ---- cash flow: investing
    _w("PaymentsForProceedsFromShortTermInvestments", r"^(net )?(change|decrease increase|increase decrease) in "
       r"short term investments( net)?$|^short term investments( net)?$", CF, section=_INVESTING),
    _w("PaymentsToAcquireIntangibleAssets", r"^(additions to |purchases? of |acquisitions? of |payments? for "
       r"(the )?(acquisition of )?|investments? in )?(purchased |other )?(intangibles|intangible assets|patents|"
       r"patents and trademarks|licenses)$", CF, section=_INVESTING),
    _w("PaymentsToDevelopSoftware", r"^(additions to |capitalization of |capitalized )?(capitalized )?software "
       r"(development )?costs( capitalized)?$", CF, section=_INVESTING),
    _w("PaymentsToAcquireHeldToMaturitySecurities", r"^(purchases?|acquisitions?) of held to maturity "
       r"(investments|securities)$", CF, section=_INVESTING),
    _w("PaymentsToAcquireAvailableForSaleSecuritiesDebt", r"^(purchases?|acquisitions?) of available for sale "
       r"(investments|securities)$", CF, section=_INVESTING, confidence=0.75),
    _w("ProceedsFromSaleMaturityAndCollectionsOfInvestments", r"^(proceeds from )?(the )?(maturities|maturity|sales?|"
       r"liquidations?|redemptions?)( and (other )?(maturities|maturity|sales?|redemptions?))? of (available for sale |"
       r"held to maturity |short term |long term |marketable )*(investments|securities)$|^maturities and "
       r"(sales|other redemptions)$", CF, section=_INVESTING),
    _w("PaymentsToAcquireInvestments", r"^(purchases? of |acquisitions? of |investments? in )(other |long term )?"
       r"(investments|equity investments|companies|entities|equity securities)$|^(equity|long term|other long term) "
       r"investments$", CF, section=_INVESTING, confidence=0.75),
    _w("PaymentsToAcquireEquityMethodInvestments", r"^(investments? in|advances to) (unconsolidated )?"
       r"(affiliates?|affiliated companies|joint ventures?)( net)?$", CF, section=_INVESTING, confidence=0.75),
    _w("PaymentsToAcquireNotesReceivable", r"^(issuance|issuances|origination) of notes receivable$|^(loans|advances) "
       r"to (officers|employees|stockholders|shareholders)$", CF, section=_INVESTING),
    _w("ProceedsFromDivestitureOfBusinesses", r"^proceeds from (the )?(sales?|dispositions?|divestitures?) of "
       r"(a )?(business|businesses|product lines?|business units?|divisions?|subsidiar(y|ies))( and product lines?)?$|"
       r"^proceeds from (product|business) divestitures?$", CF, section=_INVESTING),
    _w("ProceedsFromSaleOfPropertyPlantAndEquipment", rf"^proceeds from (the )?(sales?|disposals?|dispositions?) of "
       rf"{_PPE}( and {_PPE})?$", CF, section=_INVESTING),
    # ---- cash flow: financing
    _w("ProceedsFromIssuanceOfLongTermDebt", r"^(long term (debt|borrowings?|obligations) (borrowings|issued|"
       r"proceeds)|(proceeds from |net proceeds from )?(the )?(issuance|issuances|issue) of long term (debt|notes|"
       r"borrowings|obligations)|proceeds from long term (debt|notes|borrowings|obligations))$", CF,
       section=_FINANCING),
    _w("RepaymentsOfLongTermDebt", r"^(principal )?(re)?payments? (of|on|under) long term (debt|notes|borrowings)$|"
       r"^(reductions?|retirements?) (of|in) long term (debt|borrowings)$", CF, section=_FINANCING),
    _w("RepaymentsOfDebtAndCapitalLeaseObligations", r"^(principal )?(re)?payments? (of|on|under) (long term )?"
       r"(debt and (capital )?lease )?obligations$|^(reductions?|retirements?) (of|in) long term obligations$", CF,
       section=_FINANCING),
    _w("ProceedsFromRepaymentsOfLongTermDebtAndCapitalSecurities", r"^(net )?(increase decrease|decrease increase|"
       r"increase|decrease|change) in long term (debt|borrowings)$|^long term (debt|borrowings)( net)?$", CF,
       section=_FINANCING, confidence=0.75),
    _w("ProceedsFromRepaymentsOfShortTermDebt", r"^(net )?(increase decrease|decrease increase|increase|decrease|"
       r"change) in (short term (debt|borrowings)|notes payable( to banks)?|bank (borrowings|loans))$", CF,
       section=_FINANCING, confidence=0.75),
    _w("FinanceLeasePrincipalPayments", r"^(principal )?(re)?payments? (of|on|under) (capital|capitalized) lease"
       r"( obligations)?s?$", CF, section=_FINANCING),
    _w("ProceedsFromCollectionOfNotesReceivable", r"^(collections?|repayments?|payments? received) (of|on) notes? "
       r"receivables?( from (stockholders?|shareholders?|officers?|employees?))?$", CF),
    _w("PaymentsOfFinancingCosts", r"^(payments? (of|for) )?(debt )?(financing|issuance) costs$", CF,
       section=_FINANCING),
    _w("ProceedsFromConvertibleDebt", r"^(net )?(proceeds from )?(the )?(issuance|sale) of ([\d ]+ )?(convertible "
       r"(subordinated )?(notes|debentures|debt)|(subordinated )?convertible (notes|debentures))\b", CF,
       section=_FINANCING),
    _w("RepaymentsOfConvertibleDebt", r"^(redemptions?|repayments?|retirements?|repurchases?) of ([\d ]+ )?"
       r"convertible (subordinated )?(notes|debentures|debt)\b", CF, section=_FINANCING),
    _w("ProceedsFromNotesPayable", r"^(net )?proceeds from (the )?(issuance|sale) of notes( payable)?$", CF,
       section=_FINANCING),
    _w("ProceedsFromStockOptionsExercised", r"^(net )?proceeds from (the )?exercises? of (employee )?stock "
       r"options$", CF, section=_FINANCING),
    _w("ProceedsFromIssuanceInitialPublicOffering", r"^(net )?proceeds from (the |our |an )?initial public "
       r"offering\b", CF, section=_FINANCING),
    _w("ProceedsFromSaleOfTreasuryStock", r"^(proceeds from )?(the )?(sale|reissuance|reissue) of treasury (stock|"
       r"shares)$", CF, section=_FINANCING),
    _w("ProceedsFromStockPlans", rf"^(net )?proceeds from (the )?(sales?|issuances?) of (common )?(stock|shares) "
       rf"(under|through) {_STOCK_PLANS}$", CF, section=_FINANCING),
    # ---- income statement
    _w("ResearchAndDevelopmentExpense", r"^(research and )?product development( costs| expenses?)?$|"
       r"^(software |product )?(engineering|research) and development$", IS),
    _w("SellingAndMarketingExpense", r"^(sales|selling) (and )?marketing( and (support|service))?$|"
       r"^marketing and (sales|selling)( and (support|service))?$", IS),
    _w("SellingGeneralAndAdministrativeExpense", r"^(marketing|selling|sales) (and )?(general )?(and )?"
       r"administrative( and other)?$|^marketing selling (and )?administrative( and other)?$", IS),
    _w("OtherNonrecurringExpense", r"^(other )?(nonrecurring|non recurring|special|unusual) (charges?|costs?)$", IS,
       confidence=0.75),
    _w("OtherNonrecurringIncomeExpense", r"^(other )?(nonrecurring|non recurring|special|unusual) items?( net)?$", IS,
       confidence=0.75),  # gains or charges
    _w("BusinessCombinationAcquisitionRelatedCosts", r"^(merger|acquisition)( transaction)?( related)? (costs|"
       r"expenses|charges)$", IS, confidence=0.75),
    # ---- balance sheet
    _w("DeferredIncomeTaxAssetsNet", r"^(current portion of |long term portion of |long term |net )?deferred "
       r"(income )?tax(es)?( assets?)?( net)?( of valuation allowances?)?$", BS, ASSETS),
    _w("DeferredIncomeTaxLiabilitiesNet", r"^(long term )?deferred (income )?tax(es)?( liabilit(y|ies))?( net)?$", BS,
       LIABILITIES),
    _w("AccruedSalariesCurrent", r"^accrued (salaries|wages)$", BS, CURRENT_LIABILITIES),
    _w("EmployeeRelatedLiabilitiesCurrent", r"^accrued (employee |payroll )?(compensation|payroll|salaries|wages)"
       r"( and (related|employee)?( ?benefits| liabilities| expenses| costs| taxes)| and benefits)?$|^(wages|salaries|"
       r"payroll|compensation) and (related )?(benefits|expenses)$|^(employee )?compensation and (related )?"
       r"benefits$", BS, CURRENT_LIABILITIES),
    _w("DeferredRevenueCurrent", r"^deferred (income|revenues?) on (shipments|sales) to distributors$", BS,
       CURRENT_LIABILITIES),
    _w("RestructuringReserveCurrent", r"^accrued (restructuring|reorganization)( costs| charges| expenses)?$|"
       r"^restructuring (accruals?|reserves?|liabilit(y|ies))$", BS, CURRENT_LIABILITIES),
    _w("ProductWarrantyAccrualClassifiedCurrent", r"^accrued (product )?warrant(y|ies)( costs| expenses)?$", BS,
       CURRENT_LIABILITIES),
    _w("LitigationReserveCurrent", r"^(accrued )?litigation( settlements?)?( accruals?| liabilit(y|ies)| reserves?)?$",
       BS, CURRENT_LIABILITIES, confidence=0.75),
    _w("ShortTermBankLoansAndNotesPayable", r"^(notes payable|loans|borrowings) (to|from) banks?$|^bank (loans|"
       r"borrowings|notes payable)$", BS, CURRENT_LIABILITIES),
    _w("LongTermDebtCurrent", r"^current (portion|maturities) of long term borrowings$", BS, CURRENT_LIABILITIES),
    _w("LongTermDebtNoncurrent", r"^long term borrowings$", BS, frozenset({Area.NONCURRENT_LIABILITIES})),
    # 'obligations': debt and capital leases
    _w("LongTermDebtAndCapitalLeaseObligationsCurrent", r"^current (portion|maturities) of long term obligations$", BS,
       CURRENT_LIABILITIES),
    _w("LongTermDebtAndCapitalLeaseObligations", r"^long term obligations$", BS,
       frozenset({Area.NONCURRENT_LIABILITIES})),
    _w("AccountsReceivableNetCurrent", r"^trade (accounts )?receivables?( net)?$", BS, CURRENT_ASSETS),
    _w("AccountsAndNotesReceivableNet", r"^(trade )?(accounts )?and notes receivables?( net)?$|^notes and accounts "
       r"receivables?( net)?$", BS, CURRENT_ASSETS),
    _w("OtherAssetsNoncurrent", r"^other (long term|noncurrent|non current) assets$", BS, NONCURRENT_ASSETS),
    _w("AccountsPayableCurrent", r"^trade and other (accounts )?payables?$", BS, CURRENT_LIABILITIES, confidence=0.75),
    _w("Goodwill", r"^(the )?excess of (the )?(purchase price|costs?) over (the )?(fair value of )?net (tangible )?"
       r"assets (of businesses )?(acquired|received|purchased)", BS, ASSETS, confidence=0.85),
    _w("IntangibleAssetsNetIncludingGoodwill", r"^goodwill and (other )?(purchased )?intangibles?( assets)?( net)?$",
       BS, ASSETS),
    _w("IntangibleAssetsNetExcludingGoodwill", r"^(purchased|acquired|other) intangibles?( assets)?( net)?$", BS,
       NONCURRENT_ASSETS | frozenset({Area.ASSETS})),
    _w("PropertyPlantAndEquipmentNet", r"^(net )?property( plant)?( and)? equipment( and leasehold improvements)? "
       r"net$|^(net )?(furniture )?(and )?equipment and leasehold improvements net$", BS, ASSETS, confidence=0.85),
    _w("FurnitureAndFixturesGross", r"^office furniture and (fixtures|equipment)$|^furniture fixtures and "
       r"equipment$", BS, ASSETS),
    _w("EquityMethodInvestments", r"^investments? in (and advances to )?(unconsolidated )?(affiliates?|affiliated "
       r"companies|joint ventures?|associated companies)( net)?$", BS, ASSETS),
    _w("MarketableSecuritiesNoncurrent", r"^long term (marketable securities|investments in marketable securities)$",
       BS, ASSETS),
    _w("DebtCurrent", r"^(short term )?(notes payable|borrowings|debt) and current (portion|maturities) of long term "
       r"(debt|borrowings)$", BS, CURRENT_LIABILITIES),
    _w("ConvertibleSubordinatedDebtNoncurrent", r"^([\d ]+ )?convertible subordinated (notes|debentures|debt)\b", BS,
       frozenset({Area.NONCURRENT_LIABILITIES})),
    _w("TreasuryStockValue", r"^treasury (common |capital )?(stock|shares)\b", BS, EQUITY),
    _w("AccumulatedOtherComprehensiveIncomeLossForeignCurrencyTranslationAdjustmentNetOfTax", r"^(cumulative |"
       r"accumulated )?(foreign currency )?translation adjustments?( net)?$", BS, EQUITY),
    _w("DeferredCompensationEquity", r"^(deferred|unearned) (stock )?(based )?compensation$", BS, EQUITY),
    _w("StockholdersEquityNoteSubscriptionsReceivable", r"^notes? receivables? (from|due from) (stockholders?|"
       r"shareholders?|officers?|employees?)( for (the )?(purchase of )?(common )?stock)?$", BS, EQUITY),
]

# The change in a balance-sheet item, as a cash flow line of the operating section reports it.
CHANGES: dict[str, str] = {f"us-gaap:{item}": f"us-gaap:{change}" for item, change in [
    ("AccountsReceivableNetCurrent", "IncreaseDecreaseInAccountsReceivable"),
    ("AccountsReceivableGrossCurrent", "IncreaseDecreaseInAccountsReceivable"),
    ("AccountsAndNotesReceivableNet", "IncreaseDecreaseInAccountsAndNotesReceivable"),
    ("ReceivablesNetCurrent", "IncreaseDecreaseInReceivables"),
    ("OtherReceivablesNetCurrent", "IncreaseDecreaseInOtherReceivables"),
    ("InventoryNet", "IncreaseDecreaseInInventories"),
    ("PrepaidExpenseCurrent", "IncreaseDecreaseInPrepaidExpense"),
    ("OtherAssetsCurrent", "IncreaseDecreaseInOtherCurrentAssets"),
    ("OtherAssetsNoncurrent", "IncreaseDecreaseInOtherNoncurrentAssets"),
    ("DeferredIncomeTaxAssetsNet", "IncreaseDecreaseInDeferredIncomeTaxes"),
    ("DeferredIncomeTaxLiabilitiesNet", "IncreaseDecreaseInDeferredIncomeTaxes"),
    ("AccountsPayableCurrent", "IncreaseDecreaseInAccountsPayable"),
    ("AccountsPayableTradeCurrent", "IncreaseDecreaseInAccountsPayableTrade"),
    ("AccountsPayableAndAccruedLiabilitiesCurrent", "IncreaseDecreaseInAccountsPayableAndAccruedLiabilities"),
    ("AccruedLiabilitiesCurrent", "IncreaseDecreaseInAccruedLiabilities"),
    ("EmployeeRelatedLiabilitiesCurrent", "IncreaseDecreaseInEmployeeRelatedLiabilities"),
    ("AccruedSalariesCurrent", "IncreaseDecreaseInAccruedSalaries"),
    ("TaxesPayableCurrent", "IncreaseDecreaseInAccruedIncomeTaxesPayable"),
    ("AccruedIncomeTaxesCurrent", "IncreaseDecreaseInAccruedIncomeTaxesPayable"),
    ("DeferredRevenueCurrent", "IncreaseDecreaseInContractWithCustomerLiability"),
    ("ContractWithCustomerLiabilityCurrent", "IncreaseDecreaseInContractWithCustomerLiability"),
    ("RestructuringReserveCurrent", "IncreaseDecreaseInRestructuringReserve"),
    ("InterestPayableCurrent", "IncreaseDecreaseInInterestPayableNet"),
    ("OtherLiabilitiesCurrent", "IncreaseDecreaseInOtherCurrentLiabilities"),
    ("OtherLiabilitiesNoncurrent", "IncreaseDecreaseInOtherNoncurrentLiabilities"),
    ("ProductWarrantyAccrualClassifiedCurrent", "ProductWarrantyAccrualPeriodIncreaseDecrease"),
    ("DeferredCompensationLiabilityCurrent", "IncreaseDecreaseInDeferredCompensation"),
    ("DeferredCompensationLiabilityClassifiedNoncurrent", "IncreaseDecreaseInDeferredCompensation"),
]}


def is_operating(section: str) -> bool:
    """Whether a cash flow line's section heading is one of the operating activities (or none)."""
    heading = section.lower().strip()
    return not _NOT_OPERATING.search(heading)


@lru_cache(maxsize=4096)
def match(label: str, kind: StatementKind, area: Area, section: str) -> Wording | None:
    """The first wording that names this label in this statement kind, area and section heading (one that comes
    `first` is to be taken before the label dictionary's choice, the others only when it has none)."""
    text = normalise(label)
    if not text:
        return None
    heading = section.lower().strip()
    for wording in WORDINGS:
        if kind in wording.kinds and (wording.areas is None or area in wording.areas) \
                and (wording.section is None or wording.section.search(heading)) and wording.pattern.search(text):
            return wording
    return None


CHANGE_CONFIDENCE = 0.75
_BALANCE_AREAS = (Area.CURRENT_ASSETS, Area.CURRENT_LIABILITIES, Area.NONCURRENT_ASSETS, Area.NONCURRENT_LIABILITIES)


@lru_cache(maxsize=4096)
def balance_item(label: str) -> str | None:
    """The balance-sheet concept a label's wording names on either side of the balance sheet (None: no wording)."""
    for area in _BALANCE_AREAS:
        wording = match(label, BS, area, "")
        if wording is not None:
            return wording.concept
    return None


CONCEPTS = frozenset(wording.concept for wording in WORDINGS) | frozenset(CHANGES.values())  # all they may name
