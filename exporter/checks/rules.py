"""Checks of our own on the fact table, beyond Arelle's, each naming the source lines involved.

a. calculation: every summation-item network (our taxonomy's and the filing's extension) on the facts, at
   the fewest decimals of each binding (XBRL 2.1); b. the balance identity Assets = Liabilities and equity;
c. cross-footing of pro forma columns; d. period types and lengths; e. earnings per share of net income's sign
and against net income and weighted shares; f. the same fact reported twice with different values.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..mapping.facts import Context, MappedFiling, MappedStatement
from ..mapping.mapper import DISPOSAL_AXIS, SCENARIO_AXIS, SUBTOTAL_MEMBER
from ..mapping.networks import Networks, filing_networks, standard_networks
from ..periods import period_columns
from ..statements.crossfoot import cross_foot
from ..statements.model import ColumnRole
from .calc import ImpliedTotal, agree, summations

if TYPE_CHECKING:
    import pandas as pd

ERROR, INCONSISTENCY, WARNING, INFO = "error", "inconsistency", "warning", "info"
FLOW_STATEMENTS = ("income-statement", "comprehensive-income", "cash-flow")
PERIOD_MONTHS = (3, 6, 9, 12)
SLACK_DAYS = 8  # a 52/53-week year, a 13/14-week quarter, a period ending a few days off a month end
_SCENARIO_ROLES = {"srt:ProFormaMember": ColumnRole.PRO_FORMA, "srt:ScenarioAdjustmentMember": ColumnRole.ADJUSTMENT}
_EPS = (  # (earnings per share, the weighted shares it divides by, in order of preference)
    ("us-gaap:EarningsPerShareBasic", ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic",)),
    ("us-gaap:EarningsPerShareDiluted", ("us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding",)),
    ("us-gaap:EarningsPerShareBasicAndDiluted", ("us-gaap:WeightedAverageNumberOfShareOutstandingBasicAndDiluted",
                                                 "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic")),
)
_EARNINGS = ("us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic", "us-gaap:NetIncomeLoss")


@dataclass(frozen=True)
class CheckMessage:
    """One finding, in the shape `legacy-xbrl validate --json` and report.json print (Arelle's messages too)."""

    code: str
    severity: str  # error, inconsistency, warning or info
    message: str
    source_lines: tuple[int, ...] = ()
    concept: str = ""
    period: str = ""
    dimensions: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "severity": self.severity, "message": self.message,
                "source_lines": list(self.source_lines), "concept": self.concept, "period": self.period,
                "dimensions": self.dimensions}


def tally(messages: Iterable[CheckMessage]) -> str:
    """'E errors, I inconsistencies' among the messages: how convert's summary line and validate count them."""
    severities = [message.severity for message in messages]
    return f"{severities.count(ERROR)} errors, {severities.count(INCONSISTENCY)} inconsistencies"


def is_ours(message: CheckMessage) -> bool:
    """A finding of our checks (code lx:...), not one of Arelle's."""
    return message.code.startswith("lx:")


@dataclass(frozen=True, slots=True)
class _Fact:
    """One row of the fact table, with its value as a Decimal."""

    concept: str
    period_type: str
    start: str
    end: str
    dimensions: str
    unit: str
    decimals: int
    value: Decimal
    source_line: int
    statement: str
    statement_index: int
    label: str

    @property
    def period(self) -> str:
        return self.end if self.period_type == "instant" else f"{self.start}--{self.end}"

    @property
    def context(self) -> tuple[str, str]:
        return self.period, self.dimensions

    @property
    def binding(self) -> tuple[str, str, str]:
        return self.period, self.dimensions, self.unit

    @property
    def where(self) -> str:
        return self.period + (f" [{self.dimensions}]" if self.dimensions else "")


def filing_checks(mapped: MappedFiling) -> list[CheckMessage]:
    """Every check on a mapped filing: its facts, its own and our taxonomy's calculation networks."""
    wheres: dict[int, tuple[str, str, str, str]] = {}  # by id() of a context its facts share: its four columns

    def where(context: Context) -> tuple[str, str, str, str]:
        found = wheres.get(id(context))
        if found is None:
            found = wheres[id(context)] = (*period_columns(context.period.start, context.period.end),
                                           context.dimensions_text)
        return found

    class Facts:
        """A statement's facts as _Facts, made anew each time they are read: a statement is never held as _Facts."""

        def __init__(self, statement: MappedStatement):
            self.statement = statement

        def __iter__(self) -> Iterator[_Fact]:
            kind = self.statement.kind
            for fact in self.statement.facts:
                yield _Fact(fact.concept.qname, *where(fact.context), fact.unit.label, fact.decimals, fact.value,
                            fact.source_line, kind, fact.statement, fact.label)

    def statements() -> Iterator[Facts]:
        return map(Facts, mapped.statements)

    return _run(statements, filing_networks(mapped), standard_networks())


def run_checks(frame: pd.DataFrame, extension: Networks, standard: Networks | None = None) -> list[CheckMessage]:
    """Checks a-f on a fact table (the columns of serialize/table.py), with the filing's extension calculation
    networks and our taxonomy's (by default the ones in taxonomy/stm), each by role."""
    by_statement: dict[int, list[_Fact]] = {}
    for fact in _facts({name: frame[name].tolist() for name in frame.columns}):
        by_statement.setdefault(fact.statement_index, []).append(fact)
    return _run(lambda: iter(by_statement.values()), extension, standard_networks() if standard is None else standard)


def _run(statements: Callable[[], Iterator[Iterable[_Fact]]], extension: Networks, standard: Networks
         ) -> list[CheckMessage]:
    """The checks on facts given a statement at a time (`statements` gives them anew for each pass, each statement's
    facts to be read twice).

    Cross-footing and periods are checked a statement at a time; the other checks on the distinct facts, the first
    of each concept, binding, value and decimals, which give them the same findings: a big filing may repeat a fact
    thousands of times, and is never held as one list. A second pass finds every fact of an inconsistent duplicate.
    A statement's facts are read twice and let go as read: the checks keep only the facts they look at (cross-footing
    those of its tables with a pro forma or sub-total column, the periods check those it finds wrong)."""
    cross_footing: list[CheckMessage] = []
    periods: list[CheckMessage] = []
    distinct: dict[tuple, _Fact] = {}
    for facts in statements():
        footed_tables = _footed_tables(facts)  # a first pass: which facts cross-footing needs
        footed: list[_Fact] = []
        dated: list[_Fact] = []
        for fact in facts:
            if footed_tables and _foots(fact) and (fact.period, fact.unit) in footed_tables:
                footed.append(fact)
            if _period_problem(fact):
                dated.append(fact)
            distinct.setdefault((fact.concept, *fact.binding, fact.value, fact.decimals), fact)
        cross_footing.extend(check_cross_footing(footed))
        periods.extend(check_periods(dated))
    facts = list(distinct.values())
    inconsistent = {key for key, found in _duplicates(facts).items() if not agree(found)}
    duplicated = [fact for facts in statements() for fact in facts if (fact.concept, *fact.binding) in inconsistent]
    return [*check_calculations(facts, extension, standard), *check_balance_identity(facts), *cross_footing,
            *periods, *check_earnings_per_share(facts), *check_duplicates(duplicated)]


def _facts(table: dict[str, list]) -> list[_Fact]:
    """The rows of a fact table given as lists by column name, with the columns it lacks at their defaults."""
    rows = len(table["concept"])

    def column(name: str, default: object) -> list:
        return table.get(name, [default] * rows)

    columns = zip(*(column(name, default) for name, default in (
        ("concept", ""), ("period_type", ""), ("period_start", ""), ("period_end", ""), ("dimensions", ""),
        ("unit", ""), ("decimals", 0), ("value", "0"), ("source_line", 0), ("statement", ""),
        ("statement_index", -1), ("label", ""))), strict=True)
    return [_Fact(concept, period_type, _text(start), _text(end), _text(dimensions), unit, int(decimals),
                  Decimal(str(value)), int(line or 0), _text(statement), int(index), _text(label))
            for concept, period_type, start, end, dimensions, unit, decimals, value, line, statement, index, label
            in columns]


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def _lines(facts: Iterable[_Fact]) -> tuple[int, ...]:
    return tuple(sorted({fact.source_line for fact in facts if fact.source_line > 0}))


def _at(fact: _Fact) -> str:
    return f" (line {fact.source_line})" if fact.source_line > 0 else ""


# -- a. calculation networks ---------------------------------------------------------------------------


def check_calculations(facts: list[_Fact], extension: Networks, standard: Networks) -> list[CheckMessage]:
    """The extension networks as XBRL 2.1 binds them, then our taxonomy's for the totals they do not add up.

    In our taxonomy's networks an absent subtotal is implied by its items (a filing that prints no 'total
    noncurrent assets' still adds up to its assets). A total the filing's own lines add up is not checked
    against our taxonomy's structure again: that the filing groups its lines otherwise is no inconsistency."""
    def key(fact: _Fact) -> tuple[str, tuple[str, str, str]]:
        return fact.concept, fact.binding

    own = summations(facts, _distinct(extension), key)
    seen: set[tuple[Any, ...]] = {(found.total.concept, found.total.binding) for found in own}
    messages = []
    for found in [*own, *(s for s in summations(facts, standard, key, implied=True)
                          if (s.total.concept, s.total.binding) not in seen)]:
        total: _Fact = found.total
        signature = (total.concept, total.binding, frozenset(item.concept for _, item in found.items))
        if found.consistent or signature in seen:
            continue
        seen.add(signature)
        parts = " ".join(f"{'+' if weight > 0 else '-'} {_item_text(item)}" for weight, item in found.items)
        messages.append(CheckMessage(
            "lx:calculationInconsistency", INCONSISTENCY,
            f"{total.concept} {total.value}{_at(total)} at {total.where}: the items of "
            f"{found.role.rsplit('/', 1)[-1]} add up to {found.computed:f} at decimals {found.decimals} "
            f"(printed {found.printed:f}): {parts.removeprefix('+ ')}",
            _lines([total, *found.leaves()]), total.concept, total.period, total.dimensions))
    return messages


def _distinct(networks: Networks) -> Networks:
    """The networks without those whose arcs repeat an earlier one's (a filing may print one statement many times:
    the same sums bind to the same facts, and only the first role's findings would be kept)."""
    seen: set[tuple[tuple[str, str, int], ...]] = set()
    distinct: Networks = {}
    for role, arcs in networks.items():
        signature = tuple((arc.parent.qname, arc.child.qname, arc.weight) for arc in arcs)
        if signature not in seen:
            seen.add(signature)
            distinct[role] = arcs
    return distinct


def _item_text(item: _Fact | ImpliedTotal) -> str:
    if isinstance(item, ImpliedTotal):
        return f"{item.concept} {item.value} (not reported: the sum of its items)"
    return f"{item.concept} {item.value}{_at(item)}"


# -- b. balance identity ---------------------------------------------------------------------------------


def check_balance_identity(facts: list[_Fact]) -> list[CheckMessage]:
    messages = []
    assets = _by_binding(facts, "us-gaap:Assets")
    for binding, claims in _by_binding(facts, "us-gaap:LiabilitiesAndStockholdersEquity").items():
        if binding not in assets:
            continue
        total_assets, claims_total = assets[binding][0], claims[0]
        if not agree((total_assets, claims_total)):
            messages.append(CheckMessage(
                "lx:balanceIdentity", ERROR,
                f"Assets {total_assets.value}{_at(total_assets)} differ from LiabilitiesAndStockholdersEquity "
                f"{claims_total.value}{_at(claims_total)} at {total_assets.where} by "
                f"{total_assets.value - claims_total.value}",
                _lines([total_assets, claims_total]), "us-gaap:Assets", total_assets.period,
                total_assets.dimensions))
    return messages


def _by_binding(facts: list[_Fact], concept: str) -> dict[tuple[str, str, str], list[_Fact]]:
    found: dict[tuple[str, str, str], list[_Fact]] = defaultdict(list)
    for fact in facts:
        if fact.concept == concept:
            found[fact.binding].append(fact)
    return found


# -- c. cross-footing of pro forma columns ----------------------------------------------------------------


def _column_role(dimensions: str) -> ColumnRole | None:
    """The statement column a context stands for, from its dimension members (None: another kind of context)."""
    if not dimensions:
        return ColumnRole.HISTORICAL
    if ";" in dimensions:
        return None
    axis, _, member = dimensions.partition("=")
    if axis == DISPOSAL_AXIS:
        return ColumnRole.DISPOSAL
    if axis == SCENARIO_AXIS:
        return ColumnRole.SUBTOTAL if member.endswith(f":{SUBTOTAL_MEMBER}") else _SCENARIO_ROLES.get(member)
    return None


def _foots(fact: _Fact) -> bool:
    """Whether cross-footing reads a fact: an amount of a column with a role (every column of most statements)."""
    return fact.unit != "shares" and "/" not in fact.unit and _column_role(fact.dimensions) is not None


def _footed_tables(facts: Iterable[_Fact]) -> set[tuple[str, str]]:
    """The (period, unit) tables of a statement's facts that cross-footing checks: with a historical column and a pro
    forma or sub-total one (most statements have none)."""
    roles: dict[tuple[str, str], set[ColumnRole]] = defaultdict(set)
    for fact in facts:
        if fact.unit != "shares" and "/" not in fact.unit and (role := _column_role(fact.dimensions)) is not None:
            roles[(fact.period, fact.unit)].add(role)
    return {key for key, found in roles.items()
            if ColumnRole.HISTORICAL in found and {ColumnRole.PRO_FORMA, ColumnRole.SUBTOTAL} & found}


def check_cross_footing(facts: Iterable[_Fact]) -> list[CheckMessage]:
    """Per period and concept of one statement's facts: historical - disposal (= sub-total) + adjustments = pro forma.

    The facts carry a disposed business with its own sign (the mapper turned a column printed negated),
    so the disposal is always subtracted."""
    tables: dict[tuple, dict[str, list[_Fact]]] = defaultdict(lambda: defaultdict(list))
    for fact in facts:
        if _foots(fact):
            tables[(fact.period, fact.unit)][fact.concept].append(fact)
    messages = []
    for rows in tables.values():
        columns = {role for row in rows.values() for fact in row if (role := _column_role(fact.dimensions))}
        if ColumnRole.HISTORICAL not in columns or not {ColumnRole.PRO_FORMA, ColumnRole.SUBTOTAL} & columns:
            continue
        for concept, row in rows.items():
            cells: dict[str, set[Decimal]] = defaultdict(set)
            for fact in row:
                cells[fact.dimensions].add(fact.value)
            if any(len(found) > 1 for found in cells.values()):
                continue  # inconsistent duplicates: check_duplicates reports them
            values: dict[ColumnRole, Decimal] = defaultdict(Decimal)
            for dimensions, (value,) in cells.items():
                if role := _column_role(dimensions):
                    values[role] += value
            for failure in cross_foot(columns, dict(values), printed_sign=-1):
                first = row[0]
                label = f" '{first.label}'" if first.label else ""
                messages.append(CheckMessage(
                    "lx:crossFooting", INCONSISTENCY,
                    f"{concept}{label}{_at(first)} for {first.period}: {failure.rule}: expected "
                    f"{failure.expected}, reported {failure.printed}"
                    + ("" if failure.role in values else " (blank)"),
                    _lines(row), concept, first.period, ""))
    return messages


# -- d. periods ----------------------------------------------------------------------------------------------


def _period_problem(fact: _Fact) -> str:
    """'type' for a balance sheet's fact for a duration, 'length' for a flow statement's for an unusual one, or ''."""
    if fact.statement == "balance-sheet" and fact.period_type != "instant":
        return "type"
    if fact.statement in FLOW_STATEMENTS and fact.period_type == "duration" and not _usual_length(fact):
        return "length"
    return ""


def check_periods(facts: Iterable[_Fact]) -> list[CheckMessage]:
    """A balance sheet reports instants; a flow statement durations of about 3, 6, 9 or 12 months."""
    wrong: dict[tuple[str, int, str, str], list[_Fact]] = defaultdict(list)
    for fact in facts:
        if problem := _period_problem(fact):
            wrong[(problem, fact.statement_index, fact.statement, fact.period)].append(fact)
    messages = []
    for (problem, _, statement, period), found in wrong.items():
        if problem == "type":
            messages.append(CheckMessage(
                "lx:periodType", ERROR, f"{statement}: {len(found)} facts for the duration {period}; a balance sheet "
                "reports instants", _lines(found), found[0].concept, period))
        else:
            start, end = date.fromisoformat(found[0].start), date.fromisoformat(found[0].end)
            messages.append(CheckMessage(
                "lx:periodLength", WARNING, f"{statement}: {len(found)} facts for {period}, {(end - start).days + 1} "
                f"days: not 3, 6, 9 or 12 months (within {SLACK_DAYS} days)", _lines(found), found[0].concept,
                period))
    return messages


def _usual_length(fact: _Fact) -> bool:
    start, end = date.fromisoformat(fact.start), date.fromisoformat(fact.end)
    return any(abs((_add_months(start, months) - timedelta(days=1) - end).days) <= SLACK_DAYS
               for months in PERIOD_MONTHS)


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# -- e. earnings per share -------------------------------------------------------------------------------


def check_earnings_per_share(facts: list[_Fact]) -> list[CheckMessage]:
    """EPS of the sign of net income, in each context that gives both; and within rounding of net income /
    weighted average shares, in each context that gives all three."""
    by_context: dict[tuple[str, str], dict[str, _Fact]] = defaultdict(dict)
    for fact in facts:
        by_context[fact.context].setdefault(fact.concept, fact)
    messages = []
    for concepts in by_context.values():
        earnings = next((concepts[c] for c in _EARNINGS if c in concepts), None)
        for eps_concept, share_concepts in _EPS:
            eps = concepts.get(eps_concept)
            shares = next((concepts[c] for c in share_concepts if c in concepts), None)
            if earnings is None or eps is None:
                continue
            if eps.value * earnings.value < 0:
                messages.append(CheckMessage(
                    "lx:earningsPerShareSign", INCONSISTENCY,
                    f"{eps_concept} {eps.value}{_at(eps)} at {eps.where} is {_sign(eps.value)} but "
                    f"{earnings.concept} {earnings.value}{_at(earnings)} is {_sign(earnings.value)}",
                    _lines([eps, earnings]), eps_concept, eps.period, eps.dimensions))
                continue
            if shares is None:
                continue
            low, high = _quotient_range(_interval(earnings), _interval(shares))
            eps_low, eps_high = _interval(eps)
            if low is None or high is None or (eps_high >= low and eps_low <= high):
                continue
            messages.append(CheckMessage(
                "lx:earningsPerShare", INCONSISTENCY,
                f"{eps_concept} {eps.value}{_at(eps)} at {eps.where}: {earnings.concept} {earnings.value}"
                f"{_at(earnings)} / {shares.concept} {shares.value}{_at(shares)} is between {low:.4f} and "
                f"{high:.4f} within rounding", _lines([eps, earnings, shares]), eps_concept, eps.period,
                eps.dimensions))
    return messages


def _sign(value: Decimal) -> str:
    return "negative" if value < 0 else "positive"


def _interval(fact: _Fact) -> tuple[Decimal, Decimal]:
    """The values that round to the fact at its decimals."""
    half = Decimal(5).scaleb(-fact.decimals - 1)
    return fact.value - half, fact.value + half


def _quotient_range(numerator: tuple[Decimal, Decimal], denominator: tuple[Decimal, Decimal]
                    ) -> tuple[Decimal | None, Decimal | None]:
    if denominator[0] <= 0:
        return None, None
    quotients = [n / d for n in numerator for d in denominator]
    return min(quotients), max(quotients)


# -- f. inconsistent duplicates -------------------------------------------------------------------------------


def check_duplicates(facts: list[_Fact]) -> list[CheckMessage]:
    """The same concept, period, dimensions and unit with values that differ at their fewest decimals."""
    messages = []
    for (concept, period, dimensions, _), found in _duplicates(facts).items():
        if agree(found):
            continue
        where = "; ".join(f"{fact.value} in {fact.statement or 'a statement'}"
                          f"{f' {fact.statement_index + 1}' if fact.statement_index >= 0 else ''}{_at(fact)}"
                          for fact in found)
        messages.append(CheckMessage(
            "lx:inconsistentDuplicate", INCONSISTENCY,
            f"{concept} at {found[0].where} is reported {len(found)} times with different values: {where}",
            _lines(found), concept, period, dimensions))
    return messages


def _duplicates(facts: list[_Fact]) -> dict[tuple[str, str, str, str], list[_Fact]]:
    """The facts by concept and binding (period, dimensions and unit)."""
    groups: dict[tuple[str, str, str, str], list[_Fact]] = defaultdict(list)
    for fact in facts:
        groups[(fact.concept, *fact.binding)].append(fact)
    return groups
