"""The matching rules of bench/accuracy.py, pure functions: which filings and EX-27 columns are scored, periods
and amounts that agree, and why an EX-27 value is missed. Tested by tests/test_bench_accuracy.py.

`exporter` is imported from PYTHONPATH: the layout by stage (issue 13) or the flat one before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import MAX_PREC, ROUND_HALF_UP, Context, Decimal

try:  # the layout by stage (issue 13)
    from exporter.parse.ex27 import FinancialDataSchedule, ScheduleColumn, find_schedules, is_schedule_document
    from exporter.read.filing import parse_filing
    from exporter.read.source import decode_source
except ImportError:  # the flat layout before it
    from exporter.ex27 import FinancialDataSchedule, ScheduleColumn, find_schedules, is_schedule_document
    from exporter.filing import parse_filing
    from exporter.source import decode_source

__all__ = ["decode_source", "find_schedules", "parse_filing"]  # for accuracy.py, from the layout found here
EXACT = Context(prec=MAX_PREC)  # rounding never fails on a long digit run

# EX-27 tags scored, and the concepts that are right for each (a small set: the tag's plain meaning).
BALANCE_TAGS = {
    "CASH": {"Cash", "CashAndCashEquivalentsAtCarryingValue", "CashAndDueFromBanks",
             "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"},
    "INVENTORY": {"InventoryNet", "InventoryGross", "InventoryFinishedGoodsNetOfReserves"},
    "CURRENT-ASSETS": {"AssetsCurrent"},
    "TOTAL-ASSETS": {"Assets"},
    "CURRENT-LIABILITIES": {"LiabilitiesCurrent"},
    "TOTAL-LIABILITY-AND-EQUITY": {"LiabilitiesAndStockholdersEquity"},
}
DURATION_TAGS = {
    "TOTAL-REVENUES": {"Revenues", "SalesRevenueNet", "RevenueFromContractWithCustomerExcludingAssessedTax",
                       "SalesRevenueGoodsNet", "RevenueFromContractWithCustomerIncludingAssessedTax"},
    "CGS": {"CostOfGoodsAndServicesSold", "CostOfGoodsSold", "CostOfRevenue",
            "CostOfGoodsAndServiceExcludingDepreciationDepletionAndAmortization"},
    "INCOME-PRETAX": {"IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest",
                      "IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterestAndIncomeLossFromEquityMethod"
                      "Investments", "IncomeLossFromContinuingOperationsBeforeIncomeTaxesDomestic"},
    "INCOME-TAX": {"IncomeTaxExpenseBenefit", "IncomeTaxExpenseBenefitContinuingOperations"},
    "INCOME-CONTINUING": {"IncomeLossFromContinuingOperations", "NetIncomeLoss", "ProfitLoss"},
    "NET-INCOME": {"NetIncomeLoss", "ProfitLoss", "NetIncomeLossAvailableToCommonStockholdersBasic"},
    "EPS-PRIMARY": {"EarningsPerShareBasic", "EarningsPerShareBasicAndDiluted"},
    "EPS-BASIC": {"EarningsPerShareBasic", "EarningsPerShareBasicAndDiluted"},
    "EPS-DILUTED": {"EarningsPerShareDiluted", "EarningsPerShareBasicAndDiluted"},
}
PER_SHARE_TAGS = {"EPS-PRIMARY", "EPS-BASIC", "EPS-DILUTED"}
# Days a duration of so many months may last: 52/53-week years and 13-week quarters included.
DURATION_DAYS = {3: (80, 100), 6: (170, 195), 9: (260, 285), 12: (350, 380)}
END_SLACK_DAYS = 3  # a period may end this many days from PERIOD-END (a 52/53-week year printed as month-end)
MISS_REASONS = ("no statement", "scale", "period", "line absent", "conversion failed")
REPORT_FORM = re.compile(r"10-?(K|K405|KSB|Q|QSB)(/A)?")


def is_report_form(form: str | None) -> bool:
    """10-K, 10-K405, 10-KSB, 10-Q, 10-QSB and their /A amendments."""
    return bool(form and REPORT_FORM.fullmatch(form.upper().replace(" ", "")))


def strip_schedules(raw: bytes) -> bytes:
    """The filing without its EX-27 <DOCUMENT> blocks."""
    def keep(block: re.Match[bytes]) -> bytes:
        kind = re.search(rb"<TYPE>\s*(\S+)", block.group(), re.IGNORECASE)
        return b"" if kind and is_schedule_document(kind.group(1).decode("latin-1")) else block.group()
    return re.sub(rb"<DOCUMENT>.*?</DOCUMENT>[ \t]*\r?\n?", keep, raw, flags=re.IGNORECASE | re.DOTALL)


def report_columns(schedules: Iterable[FinancialDataSchedule], period_end: date
                   ) -> list[tuple[FinancialDataSchedule, ScheduleColumn]]:
    """The columns of the registrant's own schedules whose PERIOD-END is the filing's period of report (give or take
    the days of a 52/53-week year printed as a month's end)."""
    return [(schedule, column) for schedule in schedules if schedule.entity_group is None and schedule.convertible
            for column in schedule.columns
            if column.period is not None and abs((column.period.end - period_end).days) <= END_SLACK_DAYS]


def duration_days(months: int) -> tuple[int, int]:
    """The shortest and longest a duration of `months` months may last, in days."""
    return DURATION_DAYS.get(months, (round(months * 30.44) - 10, round(months * 30.44) + 10))


def period_matches(start: date | None, end: date, period_end: date, months: int | None) -> bool:
    """A fact period (start None: an instant) against a schedule column: the instant PERIOD-END when `months` is
    None, else a duration of about `months` months; either ending at PERIOD-END give or take END_SLACK_DAYS."""
    if abs((end - period_end).days) > END_SLACK_DAYS:
        return False
    if months is None or start is None:
        return months is None and start is None
    low, high = duration_days(months)
    return low <= (end - start).days + 1 <= high


def rounded(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP, context=EXACT)


def amounts_match(a: Decimal, a_decimals: int, b: Decimal, b_decimals: int) -> bool:
    """Equal in absolute value when both are rounded to the coarser of their two roundings."""
    coarser = min(a_decimals, b_decimals)
    return rounded(abs(a), coarser) == rounded(abs(b), coarser)


def schedule_amounts(tag: str, value: Decimal, decimals: int, scale: int, has_multiplier: bool
                     ) -> list[tuple[Decimal, int]]:
    """The amounts (value, decimals) a schedule value may stand for: scaled by its MULTIPLIER, or without one in
    units, thousands or millions; a per-share value is never scaled."""
    scales = (0,) if tag in PER_SHARE_TAGS else (scale,) if has_multiplier else (0, 3, 6)
    return [(value.scaleb(power, EXACT), decimals - power) for power in scales]


def truth_found(truth: Decimal, ours: Decimal, our_decimals: int) -> bool:
    """The truth rounded to our decimals equals our value, in absolute value."""
    return rounded(abs(truth), our_decimals) == abs(ours)


@dataclass(frozen=True)
class OurFact:
    concept: str  # local name
    start: date | None
    end: date
    value: Decimal
    decimals: int
    confidence: float


@dataclass
class TagScore:
    tag: str
    outcome: str  # "found" or one of MISS_REASONS
    concept_right: bool = False
    expected: str = ""


def score_tag(tag: str, amounts: list[tuple[Decimal, int]], period_end: date, months: int | None,
              facts: list[OurFact], kinds: set[str], printed: str, equal_tags: Iterable[str] = ()) -> TagScore:
    """Found (and with a right concept), or why not: no statement, scale, period, line absent.

    The concept is right when a fact of the value has one of the tag's concepts, or when every fact of the value
    has a concept of another tag of the same schedule column printed with the same value (`equal_tags`): a loss
    company without taxes prints one line, 'Net loss', for the schedule's INCOME-PRETAX and NET-INCOME, and a
    filing of one earnings per share prints it once for EPS-PRIMARY and EPS-DILUTED. A line of the value with
    any other concept keeps the tag wrong.

    A scale miss is a fact off by a power of 1000 with all the digits of the schedule's value: a coarser fact
    (44 against 44,169 thousand scaled down a million times) would match about any small number."""
    def same(fact: OurFact, power: int = 0) -> bool:
        return any(amounts_match(value.scaleb(power, EXACT), decimals - power, fact.value, fact.decimals)
                   and (power == 0 or fact.decimals >= decimals - power) for value, decimals in amounts)

    at_period = [fact for fact in facts if period_matches(fact.start, fact.end, period_end, months)]
    hits = [fact for fact in at_period if same(fact)]
    if hits:
        right = BALANCE_TAGS.get(tag) or DURATION_TAGS[tag]
        shared = set().union(*((BALANCE_TAGS.get(other) or DURATION_TAGS[other]) for other in equal_tags))
        return TagScore(tag, "found", any(fact.concept in right for fact in hits)
                        or all(fact.concept in shared for fact in hits), printed)
    kind = "balance-sheet" if months is None else "income-statement"
    if kind not in kinds:
        return TagScore(tag, "no statement", expected=printed)
    if any(same(fact, power) for fact in at_period for power in (-9, -6, -3, 3, 6, 9)):
        return TagScore(tag, "scale", expected=printed)
    if any(same(fact) for fact in facts):
        return TagScore(tag, "period", expected=printed)
    return TagScore(tag, "line absent", expected=printed)
