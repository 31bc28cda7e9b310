"""A note table as a disclosure: a table that is no statement, whose columns are the filing's periods.

A column counts when its heading prints a period and nothing else ('2024', 'September 28, 2024', 'Three Months
Ended June 29, 2024'); its period is the one the statement stage gives it from the filing's statements (a year
column of a 10-K is that fiscal year). A column of changes or percentages is let go; any other column (before-tax
and net-of-tax amounts, a segment, a maturity year) means the columns are not periods and the table is skipped, as
are tables of segments, selected or quarterly data, and tables whose rows are years (maturities).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from ..parse.model import Cell, TextTable
from ..periods import MONTH_DAY, NUMERIC_DATE, SPAN, WORD_DATE, YEAR, CaseBlind, Period
from .build import statement_title
from .model import ColumnRole, Statement, StatementColumn, StatementKind, UnitKind
from .scale import Scale, names_scale

_SKIPPED = CaseBlind(r"\bsegments?\b|selected\s+(consolidated\s+)?(financial|balance\s+sheet|operating)|five.year|"
                     r"quarterly|pro\s*-?\s*forma|before.tax|net\s+of\s+tax|tax\s+effect",
                     needs="segment|selected|year|quarterly|forma|tax")
_PERIOD_WORDS = re.compile(r"\b(fiscal|years?|months?|weeks?|quarters?|periods?|ended|ending|as\s+of|at|for\s+the|"
                           r"three|six|nine|twelve|thirteen|twenty-six|thirty-nine|fifty-two|fifty-three|\d{1,2}|"
                           r"unaudited|restated|in\s+(thousands|millions|billions))\b", re.I)
_CHANGE = re.compile(r"^\W*(\$|%|percent(age)?|change|variance|increase|decrease|\(decrease\)|/|\s)*\W*$", re.I)
_MATURITY_ROW = re.compile(r"^\s*((19|20)\d\d|thereafter)\s*$|^\s*due\s+(with)?in\b|^\s*due\s+after\b", re.I)
_PERCENT = re.compile(r"%|\bpercent", re.I)
_CAPTION = re.compile(r"\([^()]*\b(thousands|millions|billions|except)\b[^()]*\)", re.I)  # '(In millions, ...)'
_SPAN_WORDS = re.compile(r"\b(months?|weeks?|years?|quarters?|ended|ending)\b", re.I)  # a duration, or an age
_CATEGORY_WORDS = 6  # 'Gross Carrying Amount', 'Reported as Cash Equivalents': a kind, not a sentence
_RATE = re.compile(r"%|\bpercent|\brates?\b|\byield|\blife\b|\blives\b|\bterm\b|\byears\b", re.I)
_DURATION = CaseBlind(r"years?\s+ended|months\s+ended|weeks\s+ended|\bfor\s+the\b|\bduring\b", needs="ended|for|during")
_INSTANT = CaseBlind(r"\bas\s+of\b|\bat\s+(the\s+)?(end|beginning|(19|20)\d\d|[a-z]+\s+\d)|\bbalances?\b",
                     needs="as|at|balance")
_MATURITY_ROWS = 2
_SCHEDULE_ROW = re.compile(r"^\s*(fiscal\s+(year\s+)?)?(19|20)\d\d\b(?!\s*[-\u2013]\s*\d)|^\s*thereafter\b", re.I)
_SCHEDULE_YEAR = re.compile(r"^\s*(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\b", re.I)
_SHARES = re.compile(r"\bshares\b(?!\s+of\b)", re.I)  # 'shares used in', not 'per share of common stock'



def is_note_table(table: TextTable) -> bool:
    """Whether a table that is no statement may be a disclosure: a note (not a summary, a segment table or a
    statement the statement stage did not take) whose columns of numbers are headed by periods, by changes or by
    kinds of amount under dates, and whose rows are not years (maturities); or a schedule by future year."""
    if _SKIPPED.search(" ".join(table.title_lines + table.heading_lines)) or \
            statement_title(table.title_lines, notes=True):
        return False
    used = {index for row in table.rows for index in row.cells}
    if any(index >= len(table.columns) for index in used):
        return False
    if _is_schedule(table):
        return True
    headings = [table.columns[index].heading for index in used]
    if not any(_is_period(heading) or _category(heading) for heading in headings):
        return False
    if any(not _is_period(heading) and not _is_change(heading) and not _category(heading) for heading in headings):
        return False
    return sum(bool(_MATURITY_ROW.match(row.label)) for row in table.rows) < _MATURITY_ROWS


def as_disclosure(statement: Statement, table: TextTable, scale: Scale | None,
                  ends: set[date] | None = None) -> Statement | None:
    """The statement (of kind OTHER, built from a table `is_note_table` accepts) as a disclosure over its period
    columns, or None when they have no periods of the filing's. Amounts are in the table's own scale, else in
    `scale`, the statements' (a note's '(in millions)' stands in the prose above it as often as in the table)."""
    used = [column for column in statement.columns if any(column.index in item.cells for item in statement.items)]
    future = [column for column in used if ends and column.period and column.period.end > max(ends)]
    if future and len(future) < len(used):
        return None  # years to come beside years past: not a table of the filing's periods
    if _is_schedule(table) or future:
        if not ends or not _as_of(statement, table, max(ends)):
            return None
    elif any(_category(statement.columns[index].heading) for item in statement.items for index in item.cells) and \
            not _split_categories(statement, ends or set(), {column.index: _category(column.heading)
                                                              for column in statement.columns}):
        return None
    kept = {index for item in statement.items for index in item.cells if _is_period(statement.columns[index].heading)}
    periods = [statement.columns[index].period for index in kept]
    if None in periods or len(set(periods)) < len(periods) or any(
            statement.columns[index].role is not ColumnRole.HISTORICAL for index in kept):
        return None  # a year the filing's statements do not resolve, or two columns of one period
    context = " ".join(table.title_lines + table.heading_lines)
    rates = any(_PERCENT.search(item.text) for item in statement.items) or _PERCENT.search(context)
    items = []
    for item in statement.items:
        if _PERCENT.search(item.text) or _PERCENT.search(item.label) or rates and item.unit is UnitKind.MONETARY \
                and any(cell.decimals > 0 for cell in item.cells.values()):
            continue  # a rate, printed with or without its '%' in a table of rates
        if item.unit is UnitKind.PER_SHARE and not any(cell.decimals > 0 for cell in item.cells.values()):
            # 'Net income used in computing net income per share', 'Shares used in computing ... per share'
            item.unit = UnitKind.SHARES if _SHARES.search(item.label) else UnitKind.MONETARY
        item.cells = {index: cell for index, cell in item.cells.items() if index in kept}
        items.append(item)
    if not any(item.cells for item in items):
        return None
    statement.kind = StatementKind.DISCLOSURE
    if scale is not None and not names_scale(table.title_lines + table.heading_lines +
                                             [item.label for item in statement.items[:3]]):
        statement.scale, statement.share_scale = scale.money, scale.shares
    statement.items = items
    statement.period_type = _period_type(context, [statement.columns[index].heading for index in kept])
    statement.title = statement.title or _first(table.title_lines) or table.lead_in or "Disclosure"
    statement.topic = " ".join([table.lead_in, *table.title_lines])  # in the order printed, nearest the table last
    return statement


@lru_cache(maxsize=4096)  # a note's headings are read for each column and again for the disclosure
def _is_period(heading: str) -> bool:
    """Whether a column heading prints a period (a date, a year, a span) and nothing else."""
    if not (YEAR.search(heading) or WORD_DATE.search(heading)):
        return False
    text = NUMERIC_DATE.sub(" ", _CAPTION.sub(" ", heading))
    text = WORD_DATE.pattern.sub(" ", text)
    text = MONTH_DAY.sub(" ", text)
    text = YEAR.sub(" ", text)
    text = SPAN.pattern.sub(" ", text)
    text = _PERIOD_WORDS.sub(" ", text)
    return not re.search(r"[A-Za-z0-9]", text)


@lru_cache(maxsize=4096)
def _category(heading: str) -> str:
    """What a column dated by its heading holds ('Jan 26, 2025 Gross Carrying Amount (In millions)': 'Gross
    Carrying Amount'), or '' for a heading without a date or year, a period alone, or a rate."""
    if not (YEAR.search(heading) or WORD_DATE.search(heading)) or _is_period(heading) or _SPAN_WORDS.search(heading):
        return ""
    text = NUMERIC_DATE.sub(" ", heading)
    text = WORD_DATE.pattern.sub(" ", text)
    text = MONTH_DAY.sub(" ", text)
    text = YEAR.sub(" ", text)
    text = _PERIOD_WORDS.sub(" ", _CAPTION.sub(" ", text))
    text = " ".join(re.sub(r"\(\s*\)|\(\d\)", " ", text).split()).strip(" ,:-")
    if not text or _RATE.search(text) or SPAN.search(text) or _is_change(text) or not re.search(r"[A-Za-z]", text) \
            or len(text.split()) > _CATEGORY_WORDS:
        return ""
    return text


def _is_schedule(table: TextTable) -> bool:
    """A schedule by future year ('2026', 'Fiscal 2027', '2031 and thereafter' down its rows) whose columns name
    no date or year: what is due after the balance-sheet date, by kind ('Operating Leases', 'Finance Leases')."""
    used = {index for row in table.rows for index in row.cells}
    if any(YEAR.search(table.columns[index].heading) or WORD_DATE.search(table.columns[index].heading)
           or _RATE.search(table.columns[index].heading) for index in used):
        return False
    return sum(bool(_SCHEDULE_ROW.match(row.label)) for row in table.rows if row.cells) >= _MATURITY_ROWS


def _as_of(statement: Statement, table: TextTable, latest: date) -> bool:
    """A schedule by future year (down its rows, or across its columns: 'Debt maturities' under '2026  2027'),
    reshaped as of the filing's latest period end (its balance-sheet date): a line per line and column kind (or
    year); False when a row's year is before that date's."""
    years = [int(found.group(1)) for row in table.rows if (found := _SCHEDULE_YEAR.match(row.label))]
    if any(year < latest.year for year in years):
        return False
    for column in statement.columns:
        column.period = Period(end=latest)
    return _split_categories(statement, {latest}, {column.index: " ".join(_CAPTION.sub(" ", column.heading).split())
                                                   for column in statement.columns}, dated=False)


def _split_categories(statement: Statement, ends: set[date], kinds_of: dict[int, str], dated: bool = True) -> bool:
    """A table whose columns are amounts of kinds at dates ('Gross Carrying Amount', 'Accumulated Amortization'
    under 'Jan 26, 2025' and 'Jan 28, 2024'), reshaped in place into a line per line and kind ('Total intangible
    assets (Gross Carrying Amount)') over a column per date; False when a kind has two columns of one date or a
    column has no date the statement stage reads among the period `ends` the filing's statements print."""
    groups: dict[tuple[str, date], list[StatementColumn]] = {}
    order: list[date] = []
    for column in statement.columns:
        if not any(column.index in item.cells for item in statement.items):
            continue
        kind = kinds_of[column.index]
        if column.period is None or column.period.end not in ends or \
                (dated and not kind and not _is_period(column.heading)):
            return False
        groups.setdefault((kind, column.period.end), []).append(column)
        if column.period.end not in order:
            order.append(column.period.end)
    if any(len(columns) > 1 for columns in groups.values()):
        return False
    kinds = list(dict.fromkeys(kind for kind, _ in groups))
    first_of = {end: next(column for (_, day), [column] in groups.items() if day == end) for end in order}
    statement.columns = [StatementColumn(k, _date_text(end), ColumnRole.HISTORICAL, first_of[end].period)
                         for k, end in enumerate(order)]
    deducted = {kind for kind in kinds if _all_negative([item.cells[column.index] for item in statement.items
                                                          for (other, _), [column] in groups.items()
                                                          if other == kind and column.index in item.cells])}
    items = []
    for item in statement.items:
        for kind in kinds:
            cells = {k: _positive(item.cells[column.index]) if kind in deducted else item.cells[column.index]
                     for k, end in enumerate(order)
                     for column in groups.get((kind, end), []) if column.index in item.cells}
            if cells:
                label = f"{item.label} ({kind})" if kind else item.label
                text = " ".join([label, *(cell.text for cell in cells.values())])
                items.append(replace(item, label=label, cells=cells, text=text))
    statement.items = items
    return True


def _all_negative(cells: list[Cell]) -> bool:
    """Whether a kind's amounts are all printed in parentheses: what is deducted ('Unrealized Loss',
    'Accumulated Amortization'), whose amounts are positive."""
    amounts = [cell.value for cell in cells if cell.value]
    return bool(amounts) and all(amount < 0 for amount in amounts)


def _positive(cell: Cell) -> Cell:
    return cell._replace(value=abs(cell.value))


def _date_text(end: date) -> str:
    return f"{end:%B} {end.day}, {end.year}"


def _is_change(heading: str) -> bool:
    return bool(heading.strip()) and bool(_CHANGE.match(heading))


def _period_type(context: str, headings: list[str]) -> str | None:
    """'duration' when the captions name a span, 'instant' when they read 'as of' or 'balance', or when every
    column heading is a date without a span; None when they do not say (years alone)."""
    if _DURATION.search(context) or any(SPAN.search(heading) for heading in headings):
        return "duration"
    if _INSTANT.search(context) or all(WORD_DATE.search(heading) for heading in headings):
        return "instant"
    return None


def _first(lines: list[str]) -> str:
    return next((" ".join(line.split()) for line in reversed(lines) if line.strip()), "")
