"""EX-27 tags as concepts, and a Financial Data Schedule as a Statement the mapper turns into facts.

Each article (5: commercial and industrial companies, 7: insurance, 9: bank holding companies) has its own tag
list. A tag names a us-gaap concept where one fits, otherwise an extension concept named after the tag's label,
so no number is dropped; balance sheet tags are instants at the period end, the others durations over the period.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..parse.ex27 import FinancialDataSchedule, ScheduleValue
from ..parse.model import Cell, TableIssue
from ..statements.model import (
    Area,
    ColumnRole,
    LineItem,
    NamedConcept,
    Statement,
    StatementColumn,
    StatementKind,
    UnitKind,
)

METHOD = "ex27-tag"
EXTENSION_METHOD = "ex27-tag+extension"


@dataclass(frozen=True)
class TagRule:
    label: str
    concept: str | None = None  # us-gaap local name; None: an extension concept named after the label
    at: str | None = "end"  # "end"/"start": an instant at the period's end/start; None: the period's duration
    unit: UnitKind = UnitKind.MONETARY
    contra: bool = False  # a deduction the concept holds as a positive amount, whatever sign is printed
    confidence: float = 0.95


def _duration(label: str, concept: str | None = None, confidence: float = 0.95) -> TagRule:
    return TagRule(label, concept, None, confidence=confidence)


def _per_share(label: str, concept: str, confidence: float = 0.95) -> TagRule:
    return TagRule(label, concept, None, UnitKind.PER_SHARE, confidence=confidence)


# Tags of every article's equity and income summary.
_COMMON = {
    "TOTAL-ASSETS": TagRule("Total assets", "Assets"),
    "PREFERRED-MANDATORY": TagRule("Preferred stock subject to mandatory redemption",
                                   "TemporaryEquityCarryingAmountAttributableToParent", confidence=0.8),
    "PREFERRED": TagRule("Preferred stock", "PreferredStockValue"),
    "COMMON": TagRule("Common stock", "CommonStockValue", confidence=0.8),
    "OTHER-SE": TagRule("Other stockholders equity"),
    "INCOME-PRETAX": _duration("Income before income taxes",
                               "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"),
    "INCOME-TAX": _duration("Income tax expense", "IncomeTaxExpenseBenefit"),
    "INCOME-CONTINUING": _duration("Income from continuing operations", "IncomeLossFromContinuingOperations"),
    "DISCONTINUED": _duration("Discontinued operations", "IncomeLossFromDiscontinuedOperationsNetOfTax"),
    "EXTRAORDINARY": _duration("Extraordinary items"),
    "CHANGES": _duration("Cumulative effect of accounting changes"),
    "NET-INCOME": _duration("Net income", "NetIncomeLoss"),
    "EPS-PRIMARY": _per_share("Earnings per share primary", "EarningsPerShareBasic", confidence=0.8),
    "EPS-BASIC": _per_share("Earnings per share basic", "EarningsPerShareBasic"),
    "EPS-DILUTED": _per_share("Earnings per share diluted", "EarningsPerShareDiluted"),
}

ARTICLE_5 = _COMMON | {
    "CASH": TagRule("Cash and cash items", "CashAndCashEquivalentsAtCarryingValue"),
    "SECURITIES": TagRule("Marketable securities", "MarketableSecuritiesCurrent"),
    "RECEIVABLES": TagRule("Notes and accounts receivable trade", "AccountsReceivableGrossCurrent", confidence=0.7),
    "ALLOWANCES": TagRule("Allowances for doubtful accounts", "AllowanceForDoubtfulAccountsReceivableCurrent",
                          contra=True),
    "INVENTORY": TagRule("Inventory", "InventoryNet"),
    "CURRENT-ASSETS": TagRule("Total current assets", "AssetsCurrent"),
    "PP&E": TagRule("Property plant and equipment", "PropertyPlantAndEquipmentGross"),
    "DEPRECIATION": TagRule("Accumulated depreciation",
                            "AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment", contra=True),
    "CURRENT-LIABILITIES": TagRule("Total current liabilities", "LiabilitiesCurrent"),
    "BONDS": TagRule("Bonds mortgages and similar debt", "LongTermDebtNoncurrent", confidence=0.8),
    "TOTAL-LIABILITY-AND-EQUITY": TagRule("Total liabilities and stockholders equity",
                                          "LiabilitiesAndStockholdersEquity"),
    "SALES": _duration("Net sales of tangible products", "RevenueFromContractWithCustomerExcludingAssessedTax", 0.7),
    "TOTAL-REVENUES": _duration("Total revenues", "Revenues"),
    "CGS": _duration("Cost of tangible goods sold", "CostOfGoodsAndServicesSold"),
    "TOTAL-COSTS": _duration("Total costs applicable to revenues", "CostOfRevenue", 0.8),
    "OTHER-EXPENSES": _duration("Other operating costs and expenses", "OtherCostAndExpenseOperating", 0.8),
    "LOSS-PROVISION": _duration("Provision for doubtful accounts and notes", "ProvisionForDoubtfulAccounts"),
    "INTEREST-EXPENSE": _duration("Interest expense", "InterestExpense"),
}

ARTICLE_7 = _COMMON | {
    "DEBT-HELD-FOR-SALE": TagRule("Fixed maturities available for sale"),
    "DEBT-CARRYING-VALUE": TagRule("Fixed maturities held to maturity carrying value"),
    "DEBT-MARKET-VALUE": TagRule("Fixed maturities held to maturity market value"),
    "EQUITIES": TagRule("Equity securities"),
    "MORTGAGE": TagRule("Mortgage loans on real estate"),
    "REAL-ESTATE": TagRule("Real estate investments"),
    "TOTAL-INVEST": TagRule("Total investments"),
    "CASH": TagRule("Cash", "Cash"),
    "RECOVER-REINSURE": TagRule("Reinsurance recoverable on paid losses"),
    "DEFERRED-ACQUISITION": TagRule("Deferred policy acquisition costs"),
    "POLICY-LOSSES": TagRule("Future policy benefits losses claims and loss expenses"),
    "UNEARNED-PREMIUMS": TagRule("Unearned premiums"),
    "POLICY-OTHER": TagRule("Other policy claims and benefits payable"),
    "POLICY-HOLDER-FUNDS": TagRule("Other policyholder funds"),
    "NOTES-PAYABLE": TagRule("Notes payable bonds mortgages and similar obligations"),
    "TOTAL-LIABILITY-AND-EQUITY": TagRule("Total liabilities and stockholders equity",
                                          "LiabilitiesAndStockholdersEquity"),
    "PREMIUMS": _duration("Premiums", "PremiumsEarnedNet", 0.8),
    "INVESTMENT-INCOME": _duration("Net investment income", "NetInvestmentIncome"),
    "INVESTMENT-GAINS": _duration("Realized investment gains and losses"),
    "OTHER-INCOME": _duration("Other income"),
    "BENEFITS": _duration("Benefits claims losses and settlement expenses", "PolicyholderBenefitsAndClaimsIncurredNet",
                          0.8),
    "UNDERWRITING-AMORTIZATION": _duration("Amortization of deferred policy acquisition costs"),
    "UNDERWRITING-OTHER": _duration("Other operating costs and expenses"),
    "RESERVE-OPEN": TagRule("Reserve for unpaid claims at beginning of period", at="start"),
    "PROVISION-CURRENT": _duration("Provision for claims of the current year"),
    "PROVISION-PRIOR": _duration("Provision for claims of prior years"),
    "PAYMENTS-CURRENT": _duration("Payments of claims of the current year"),
    "PAYMENTS-PRIOR": _duration("Payments of claims of prior years"),
    "RESERVE-CLOSE": TagRule("Reserve for unpaid claims at end of period"),
    "CUMULATIVE-DEFICIENCY": _duration("Cumulative deficiency of reserves"),
}

ARTICLE_9 = _COMMON | {
    "CASH": TagRule("Cash and due from banks", "CashAndDueFromBanks"),
    "INT-BEARING-DEPOSITS": TagRule("Interest bearing deposits in other banks", "InterestBearingDepositsInBanks"),
    "FED-FUNDS-SOLD": TagRule("Federal funds sold and securities purchased under resale agreements"),
    "TRADING-ASSETS": TagRule("Trading account assets"),
    "INVESTMENTS-HELD-FOR-SALE": TagRule("Investment securities available for sale"),
    "INVESTMENTS-CARRYING": TagRule("Investment securities held to maturity carrying value"),
    "INVESTMENTS-MARKET": TagRule("Investment securities held to maturity market value"),
    "LOANS": TagRule("Loans"),
    "ALLOWANCE": TagRule("Allowance for loan losses", contra=True),
    "DEPOSITS": TagRule("Deposits"),
    "SHORT-TERM": TagRule("Short term borrowings", "ShortTermBorrowings"),
    "LIABILITIES-OTHER": TagRule("Other liabilities"),
    "LONG-TERM": TagRule("Long term debt"),
    "TOTAL-LIABILITIES-AND-EQUITY": TagRule("Total liabilities and stockholders equity",
                                            "LiabilitiesAndStockholdersEquity"),
    "INTEREST-LOAN": _duration("Interest and fees on loans", "InterestAndFeeIncomeLoansAndLeases"),
    "INTEREST-INVEST": _duration("Interest and dividends on investment securities"),
    "INTEREST-OTHER": _duration("Other interest income"),
    "INTEREST-TOTAL": _duration("Total interest income"),
    "INTEREST-DEPOSIT": _duration("Interest on deposits", "InterestExpenseDeposits"),
    "INTEREST-EXPENSE": _duration("Total interest expense", "InterestExpense"),
    "INTEREST-INCOME-NET": _duration("Net interest income"),
    "LOAN-LOSSES": _duration("Provision for loan losses", "ProvisionForLoanAndLeaseLosses"),
    "SECURITIES-GAINS": _duration("Investment securities gains and losses"),
    "EXPENSE-OTHER": _duration("Other expenses"),
    "INCOME-PRE-EXTRAORDINARY": _duration("Income before extraordinary items"),
    "LOANS-NON": TagRule("Nonaccrual loans"),
    "LOANS-PAST": TagRule("Loans past due 90 days or more"),
    "LOANS-TROUBLED": TagRule("Troubled debt restructurings"),
    "LOANS-PROBLEM": TagRule("Potential problem loans"),
    "ALLOWANCE-OPEN": TagRule("Allowance for loan losses at beginning of period", at="start"),
    "CHARGE-OFFS": _duration("Loans charged off"),
    "RECOVERIES": _duration("Recoveries of loans charged off"),
    "ALLOWANCE-CLOSE": TagRule("Allowance for loan losses at end of period"),
    "ALLOWANCE-DOMESTIC": TagRule("Allowance for loan losses domestic"),
    "ALLOWANCE-FOREIGN": TagRule("Allowance for loan losses foreign"),
    "ALLOWANCE-UNALLOCATED": TagRule("Allowance for loan losses unallocated"),
}

ARTICLES = {"5": ARTICLE_5, "7": ARTICLE_7, "9": ARTICLE_9}
PERCENT_TAGS = {"YIELD-ACTUAL"}  # ratios, not amounts: no concept type for them here


def rules_for(article: str | None) -> dict[str, TagRule]:
    """The tag rules of an article; an article without its own list gets the tags every article shares."""
    return ARTICLES.get(article or "", _COMMON)


def _cell(value: ScheduleValue, line: int, column: int, contra: bool) -> Cell:
    number = abs(value.value) if contra else value.value
    return Cell(number, value.decimals, value.text, line, column, value.start, value.end, value.dash)


def schedule_statement(schedule: FinancialDataSchedule, index: int) -> Statement:
    """The schedule as a statement: one line item per tag, one column per period, the multiplier as scale.

    A schedule that cannot be stated (unreadable multiplier or currency, another entity's schedule) becomes a
    statement without line items that carries the reason as an issue."""
    issues = list(schedule.issues)
    statement = Statement(
        index=index,
        kind=StatementKind.FINANCIAL_DATA_SCHEDULE,
        title=f"Financial Data Schedule ({schedule.document_type}, Article {schedule.article or 'unknown'})",
        columns=[StatementColumn(c.index, c.heading, ColumnRole.HISTORICAL, c.period) for c in schedule.columns],
        items=[],
        scale=schedule.scale,
        currency=schedule.currency,
        first_line=schedule.first_line,
        last_line=schedule.last_line,
        issues=issues,
    )
    if schedule.entity_group:
        issues.append(TableIssue(schedule.first_line, f"EX-27: schedule of a {schedule.entity_group.lower()} "
                                                      "(another entity than the registrant): not converted"))
        return statement
    if not schedule.convertible:
        return statement
    rules = rules_for(schedule.article)
    unknown = []
    for tagged in schedule.lines:
        rule = rules.get(tagged.tag)
        if rule is None:
            unknown.append(tagged)
            continue
        cells = {column: _cell(value, tagged.line, column, rule.contra)
                 for column, value in tagged.values.items() if column < len(schedule.columns)}
        if not cells:
            continue
        named = NamedConcept(f"us-gaap:{rule.concept}" if rule.concept else None, rule.at,
                             METHOD if rule.concept else EXTENSION_METHOD, rule.confidence)
        statement.items.append(LineItem(rule.label, tagged.line, cells, rule.unit, Area.NONE, "", None,
                                        tagged.text, [tagged.line], named))
    for tagged in unknown:
        reason = "a ratio" if tagged.tag in PERCENT_TAGS else f"not a tag of article {schedule.article or '?'}"
        issues.append(TableIssue(tagged.line, f"EX-27: <{tagged.tag}> not converted ({reason})"))
    return statement
