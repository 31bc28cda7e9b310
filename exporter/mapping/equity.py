"""Statements of stockholders' equity laid out as a roll-forward: a column per component of equity (common stock,
paid-in capital, retained earnings, treasury stock, ...), a row per balance or event.

Each column is a member of us-gaap:StatementEquityComponentsAxis (the total has none) and counts money or shares;
each balance row is an instant at its printed date (us-gaap:StockholdersEquity, or the shares issued), and each event
row (net income, dividends, an issuance, a repurchase...) a roll-forward concept over the duration between the
balances around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..parse.model import Cell
from ..periods import MONTHS, YEAR, Period, parse_date
from ..statements.model import LineItem, Statement, UnitKind
from . import synonyms

EQUITY_AXIS = "us-gaap:StatementEquityComponentsAxis"
EQUITY_DOMAIN = "us-gaap:EquityComponentDomain"
COMMON, TREASURY = "us-gaap:CommonStockMember", "us-gaap:TreasuryStockMember"
NONCONTROLLING = "us-gaap:NoncontrollingInterestMember"
# the equity of a roll-forward with a column of the noncontrolling interests (a part of equity since SFAS 160): its
# balances are of the parent's owners and the interests together
_WITH_INTERESTS = "us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"
_BALANCE_CONCEPTS = {"money": "us-gaap:StockholdersEquity", "issued": "us-gaap:SharesIssued",
                     "treasury": "us-gaap:TreasuryStockShares"}

# A column's component by its heading, most specific first: None is the total (no member).
_COMPONENTS: list[tuple[re.Pattern[str], str | None]] = [(re.compile(pattern), member) for pattern, member in [
    (r"accumulated (other )?comprehensive|other comprehensive|cumulative (foreign|translation)|translation adj|"
     r"unrealized", "us-gaap:AccumulatedOtherComprehensiveIncomeMember"),
    (r"comprehensive (income|loss)", None),  # a memo column of comprehensive income: the company's totals
    (r"treasury", TREASURY),
    (r"retained|accumulated deficit|reinvested|earnings|deficit", "us-gaap:RetainedEarningsMember"),
    (r"common stock and (additional )?paid in|common stock and capital in excess",
     "us-gaap:CommonStockIncludingAdditionalPaidInCapitalMember"),
    (r"paid in|capital in excess|excess of par|surplus", "us-gaap:AdditionalPaidInCapitalMember"),
    (r"preferred", "us-gaap:PreferredStockMember"),
    (r"common|capital stock|ordinary shares|class [ab]\b", COMMON),
    (r"non ?controlling|minority", NONCONTROLLING),
    (r"\btotals?\b|equity", None),
]]
_SHARES = re.compile(r"\bshares\b|\bnumber\b|\bunits\b")
_AMOUNT = re.compile(r"\bamount\b|\bpar value\b|\bvalue\b|\bdollars\b")
_PERIOD_WORDS = re.compile(r"^.*\b(19|20)\d\d\b|^.*\b(months|weeks|years?) ended\b")
_BARE = re.compile(r"^(amount|amounts|shares|number of shares|par value|value|dollars|issued|outstanding)?$")
_BALANCE = re.compile(r"^(balances?|(beginning|ending|opening|closing) balances?)\b")
_AT_START = re.compile(r"\b(beginning|opening|start)\b")
_AT_END = re.compile(r"\b(end|ending|closing)\b")
_HEADING_TEXT = re.compile(r"[^a-z0-9 ]+")


@dataclass(frozen=True)
class Component:
    """What one column of a roll-forward holds."""

    member: str | None  # a us-gaap member; None: the total
    shares: bool  # the column counts shares, not money
    name: str = ""  # a component we have no us-gaap member for: the heading to name an extension member by


@dataclass(frozen=True)
class Event:
    """A roll-forward row the taxonomy names: its concept in money and in shares (None: an extension)."""

    concept: str | None
    shares: str | None
    reduces: bool = False  # a repurchase, a dividend: a positive value takes from equity


@dataclass
class EquityLine:
    """One row of a roll-forward, split by unit: the money columns' cells or the share columns'."""

    item: LineItem
    concept: str | None  # qname; None: an extension concept named from the label
    period: Period | None  # None: the statement column's period (no dated balance around the row)
    at: str | None  # a balance without a date: "start" (the first) or "end" of the statement column's period
    reduces: bool


# Events by their normalised label (a one-word label such as 'Common' read with its section: 'Dividends: Common').
_EVENTS: list[tuple[re.Pattern[str], Event]] = [(re.compile(pattern), event) for pattern, event in [
    (r"^net (income|earnings|loss|profit)( loss| income| earnings)?( for the (year|period))?$",
     Event("us-gaap:NetIncomeLoss", None)),
    (r"^(total )?other comprehensive (income|loss)", Event("us-gaap:OtherComprehensiveIncomeLossNetOfTax", None)),
    (r"^(total )?comprehensive (income|loss)", Event("us-gaap:ComprehensiveIncomeNetOfTax", None)),
    (r"translation", Event("us-gaap:OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustment"
                           "NetOfTax", None)),
    (r"unrealized (gain|loss|holding|appreciation|depreciation)",
     Event("us-gaap:OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax", None)),
    (r"dividend reinvestment", Event("us-gaap:StockIssuedDuringPeriodValueDividendReinvestmentPlan",
                                     "us-gaap:StockIssuedDuringPeriodSharesDividendReinvestmentPlan")),
    (r"stock dividend|stock split", Event(None, "us-gaap:StockIssuedDuringPeriodSharesStockSplits")),
    (r"dividends?\b.*\bpreferred|preferred\b.*\bdividends?", Event("us-gaap:DividendsPreferredStock", None, True)),
    # 'Cash dividends declared and paid ($0.16 per common share)', 'Cash dividends on common stock'
    (r"^cash dividends?( declared| paid| and)*( on| to)?( common)?( stock| shares?)?( ?holders)?"
     r"( \d+ \d+ per (common )?share)?$|^dividends? (declared and )?paid\b",  # paid: in cash
     Event("us-gaap:DividendsCommonStockCash", None, True)),
    (r"\bdividends?\b|distributions? to (share|stock)holders", Event("us-gaap:DividendsCommonStock", None, True)),
    (r"treasury\b.*\b(purchase|purchased|acquired|acquisition|repurchase|repurchased|bought)|"
     r"(purchase|purchases|acquisition|repurchase|repurchases)\b.*\btreasury",
     Event("us-gaap:TreasuryStockValueAcquiredCostMethod", "us-gaap:TreasuryStockSharesAcquired", True)),
    (r"(repurchase|repurchased|purchase|purchased|buyback|retirement|retired)\b.*\b(common|stock|shares)|"
     r"^(common )?(shares|stock) (repurchased|purchased|retired)",
     Event("us-gaap:StockRepurchasedDuringPeriodValue", "us-gaap:StockRepurchasedDuringPeriodShares", True)),
    (r"tax(es)? withh|withh\w* (for|related to) tax|net share settlement",
     Event("us-gaap:AdjustmentsRelatedToTaxWithholdingForShareBasedCompensation",
           "us-gaap:SharesPaidForTaxWithholdingForShareBasedCompensation", True)),
    (r"^(income )?tax (benefits?|effects?)|tax (benefits?|effects?) (from|of|on|related)",
     Event("us-gaap:AdjustmentsToAdditionalPaidInCapitalTaxEffectFromShareBasedCompensation", None)),
    (r"restricted stock", Event("us-gaap:StockIssuedDuringPeriodValueRestrictedStockAwardNetOfForfeitures",
                                "us-gaap:StockIssuedDuringPeriodSharesRestrictedStockAwardNetOfForfeitures")),
    (r"employee stock purchase|stock purchase plan",
     Event("us-gaap:StockIssuedDuringPeriodValueEmployeeStockPurchasePlan",
           "us-gaap:StockIssuedDuringPeriodSharesEmployeeStockPurchasePlans")),
    (r"exercise|exercised", Event("us-gaap:StockIssuedDuringPeriodValueStockOptionsExercised",
                                  "us-gaap:StockIssuedDuringPeriodSharesStockOptionsExercised")),
    (r"(employee|stock|option|benefit|retirement|savings|incentive) (stock )?plans?",
     Event("us-gaap:StockIssuedDuringPeriodValueShareBasedCompensation",
           "us-gaap:StockIssuedDuringPeriodSharesShareBasedCompensation")),
    (r"(stock|share) based compensation|stock compensation|(deferred|unearned) compensation|compensation related to|"
     r"grant of (common )?stock options|related to (the grant of )?(common )?stock options",
     Event("us-gaap:AdjustmentsToAdditionalPaidInCapitalSharebasedCompensationRequisiteServicePeriodRecognitionValue",
           None)),
    (r"conversion|converted", Event("us-gaap:StockIssuedDuringPeriodValueConversionOfConvertibleSecurities",
                                    "us-gaap:StockIssuedDuringPeriodSharesConversionOfConvertibleSecurities")),
    (r"acquisition|acquired|business combination", Event("us-gaap:StockIssuedDuringPeriodValueAcquisitions",
                                                         "us-gaap:StockIssuedDuringPeriodSharesAcquisitions")),
    (r"(issuance|issued|issue|sale|sold|offering)\b.*\b(stock|shares)|(stock|shares)\b.*\b(issued|issuance|sold)|"
     r"public offering", Event("us-gaap:StockIssuedDuringPeriodValueNewIssues",
                               "us-gaap:StockIssuedDuringPeriodSharesNewIssues")),
]]


def components(statement: Statement) -> list[Component] | None:
    """Each column's component, or None when the columns are not components (a column per period, say)."""
    if len(statement.columns) < 2:
        return None
    found: list[Component | None] = [_component(column.heading) for column in statement.columns]
    if sum(1 for component in found if component and component.member) < 2:
        return None  # a column per period ('1997', 'Year ended December 31, 1996'), or no components named
    seen: set[tuple[str | None, bool, str]] = set()
    for index, component in enumerate(found):
        heading = statement.columns[index].heading
        if component is None:  # 'Amount' under 'Common stock', beside its 'Shares'
            beside = next((c for c in reversed(found[:index]) if c is not None), None) or \
                next((c for c in found[index + 1:] if c is not None), None)
            shares = bool(_SHARES.search(_text(heading)))
            component = Component(beside.member if beside else None, shares, beside.name if beside else "")
        elif (component.member, component.shares, component.name) in seen:  # a second 'Preferred stock' (series B)
            name = " ".join(_SHARES.sub("", _AMOUNT.sub("", _own_words(heading))).split())
            component = Component(None, component.shares, name)
        found[index] = component
        seen.add((component.member, component.shares, component.name))
    result = [component for component in found if component is not None]
    if len({(c.member, c.shares, c.name) for c in result}) < len(result):
        return None  # two columns would report the same facts: the headings do not tell the components apart
    return result


def _text(heading: str) -> str:
    joined = re.sub(r"(?<=[a-z])- +(?=[a-z])", "", heading.lower())  # 'compre- hensive', split over two lines
    return " ".join(_HEADING_TEXT.sub(" ", joined.replace("-", " ")).split())


def _own_words(heading: str) -> str:
    """A heading without the period it repeats: 'three months ended march 31 2025 common stock' -> 'common stock'."""
    text = _text(heading)
    return _PERIOD_WORDS.sub("", text).strip() or text


def _component(heading: str) -> Component | None:
    text = _own_words(heading)
    shares = bool(_SHARES.search(text)) and not _AMOUNT.search(text)
    for pattern, member in _COMPONENTS:
        if pattern.search(text):
            return Component(member, shares)
    name = _SHARES.sub("", _AMOUNT.sub("", text)).strip()
    if _BARE.match(name) or YEAR.search(name):
        return None  # 'Amount' beside its component's 'Shares'; a period, not a component
    return Component(None, False, name)


def lines(statement: Statement, columns: list[Component]) -> list[EquityLine]:
    """The statement's rows split by unit (money, shares), each with its concept and period."""
    periods = _row_periods(statement)
    result: list[EquityLine] = []
    used: set[tuple[str, Period | None, str | None, str]] = set()  # a concept once per period (then: an extension)
    events = 0
    balances = dict(_BALANCE_CONCEPTS)
    if any(column.member == NONCONTROLLING for column in columns):
        balances["money"] = _WITH_INTERESTS
    for item, period in zip(statement.items, periods, strict=True):
        balance_row = _is_balance(item)
        at = ("end" if events else "start") if balance_row and period is None else None
        events += not balance_row
        event = None if balance_row else _event(item)
        groups: dict[str, dict[int, Cell]] = {}  # money, shares issued, shares in treasury
        for index, cell in sorted(item.cells.items()):
            if index < len(columns):
                column = columns[index]
                group = "treasury" if column.shares and column.member == TREASURY else \
                    "issued" if column.shares else "money"
                groups.setdefault(group, {})[index] = cell
        for group, cells in groups.items():
            shares = group != "money"
            named = (event.shares if shares else event.concept) if event else None
            concept = balances[group] if balance_row else named
            if shares and concept is None and all(cell.dash for cell in cells.values()):
                continue  # dashes in the share columns of an event that issues no shares (net income)
            if concept:  # a balance or event printed twice for one date (a table continued under a second caption)
                if (concept, period, at, group) in used:
                    concept = None
                else:
                    used.add((concept, period, at, group))
            unit = UnitKind.SHARES if shares else UnitKind.MONETARY
            result.append(EquityLine(replace(item, cells=cells, unit=unit), concept, period, at,
                                     bool(event and event.reduces)))
    return result


def _full_label(item: LineItem) -> str:
    """The normalised label, after its section when it only ends it: 'Common' under 'Dividends to shareholders:',
    'related tax benefits' under 'Common stock issued under stock option plans, net of shares repurchased, and'."""
    text = synonyms.normalise(item.label)
    continues = not item.label[:1].isupper() or len(text.split()) == 1
    return f"{synonyms.normalise(item.section)} {text}" if item.section and continues else text


def _is_balance(item: LineItem) -> bool:
    """A balance row: 'Balance, December 31, 1996', or a date alone under a 'Balance at' heading."""
    text = _full_label(item)
    if _BALANCE.search(text):
        return True
    words = synonyms.normalise(item.label).split()
    return len(words) <= 4 and parse_date(item.label) is not None and words[0] in MONTHS


def event_concept(item: LineItem) -> tuple[str, bool] | None:
    """The roll-forward concept of an event row of an equity statement laid out by sections rather than columns
    ('Retained earnings:' then 'Cash dividends', a column per year) in the row's unit, and whether a positive value
    takes from equity; None for a balance row or an event the taxonomy does not name."""
    event = None if _is_balance(item) else _event(item)
    concept = event and (event.shares if item.unit is UnitKind.SHARES else event.concept)
    return (concept, event.reduces) if event and concept else None


def _event(item: LineItem) -> Event | None:
    text = _full_label(item)
    return next((event for pattern, event in _EVENTS if pattern.search(text)), None)


def _row_periods(statement: Statement) -> list[Period | None]:
    """Per row, its period: a balance the instant of its date, an event the duration from the balance above it to
    the one below it; None where the rows do not tell (the statement column's period then)."""
    items = statement.items
    fallback = statement.columns[0].period if statement.columns else None
    dates: list[date | None] = []
    for item in items:
        label = synonyms.normalise(item.label)
        if not _is_balance(item):
            dates.append(None)
            continue
        found = parse_date(item.label)
        if found is not None and found.day == 1:  # 'Balance, July 1, 1997': the opening balance, at June 30
            found -= timedelta(days=1)
        if found is None and fallback is not None and fallback.start is not None:
            found = fallback.start - timedelta(days=1) if _AT_START.search(label) else \
                fallback.end if _AT_END.search(label) else None
        dates.append(found)
    periods: list[Period | None] = []
    for index, item in enumerate(items):
        if _is_balance(item):
            periods.append(Period(end=dates[index]) if dates[index] else None)
            continue
        before = next((d for d in reversed(dates[:index]) if d), None)
        after = next((d for d in dates[index + 1:] if d), None)
        periods.append(Period(end=after, start=before + timedelta(days=1)) if before and after and before < after
                       else None)
    return periods
