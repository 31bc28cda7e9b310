"""Each statement column's period, read from its own headings and the table's title.

Headings come in levels: a span ('Three Months Ended', 'Year Ended December 31,') printed over a group of
columns, and under it each column's date or year. A group of columns is told by its years falling from left to
right (1999 1998 | 1999 1998): a span or a month and day seen over any column of a group is the group's. A column
without a date or year of its own has no period, unless no column has one and the title gives the table's date.
A duration starts the day after the end of the same-length period one year (or quarter) earlier: an end printed
in the filing's headings when there is one (52/53-week years), the end of a fiscal year the filing describes in
words ('ends on the last Saturday of September'), else by month arithmetic for a month-end date and by whole weeks
for another day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..periods import MONTH_DAY, YEAR, Period, months_before, parse_date, span_months, word_dates
from .fiscal import FiscalYear

_NEAR = 7  # days between the end a month count gives and a printed end of a 52/53-week period
_YEAR_SPAN = 12


class KnownEnds:
    """The period ends printed in a filing's statement headings so far: where earlier periods really end; and
    the 52/53-week fiscal year the filing describes in words, if it does."""

    def __init__(self, fiscal: FiscalYear | None = None) -> None:
        self.days: set[date] = set()
        self.fiscal = fiscal
        self.last: tuple[str, list[Period | None], int] | None = None  # the last statement's kind, periods, scale

    def add(self, periods: list[Period | None]) -> None:
        self.days.update(period.end for period in periods if period is not None)

    def with_ends(self, ends: list[date]) -> KnownEnds:
        """A copy with more ends."""
        copy = KnownEnds(self.fiscal)
        copy.days = self.days | set(ends)
        return copy

    def near(self, day: date, weekday: int) -> date | None:
        """The printed end on the weekday nearest `day` (within a week), or None."""
        found = [known for known in self.days if abs((known - day).days) <= _NEAR and known.weekday() == weekday]
        return min(found, key=lambda known: abs((known - day).days)) if found else None

    def year_end_near(self, day: date, weekday: int) -> date | None:
        """A calendar fiscal year end within a week of `day`: a printed end on a month's last day ('December 31,
        2024' over a balance sheet) that falls on another weekday than the period ends (`weekday`), in `day`'s
        year or the one before or after (the year ends on that day every year), or None. A filer whose year runs to
        December 31 while its quarters end on a Friday starts its six months there; a 52/53-week year that ends
        on a month's last day by chance (Saturday, September 30) ends on the periods' own weekday."""
        found = set()
        for known in self.days:
            if known.day != calendar.monthrange(known.year, known.month)[1] or known.weekday() == weekday:
                continue
            for year in (day.year - 1, day.year, day.year + 1):
                same = date(year, known.month, known.day if known.month != 2 else calendar.monthrange(year, 2)[1])
                if abs((same - day).days) <= _NEAR:
                    found.add(same)
        return min(found, key=lambda known: abs((known - day).days)) if found else None


@dataclass
class _Heading:
    end: date | None  # a full date printed in the column's heading
    year: int | None  # a year printed alone
    month_day: str | None  # 'December 31' printed without a year
    months: int | None  # the span the column's heading names


def column_periods(headings: list[str], title: str, context: str, instant: bool,
                   known: KnownEnds | None = None, printed: set[date] | None = None) -> list[Period | None]:
    """The period of each column, from its `headings`, the table's `title` lines and all its caption text
    (`context`); instants for a balance sheet. `known`: the ends printed in the filing's earlier statements.
    `printed`, when given, gets the ends this table prints as whole dates (in a heading, or in its captions for a
    column headed by its year alone), not those worked out from a month and day or a year's length."""
    known = known.with_ends([]) if known is not None else KnownEnds()
    read = [_read(heading) for heading in headings]
    table_end = parse_date(title) or parse_date(context)
    table_months = span_months(context)
    table_month_day = MONTH_DAY.search(context)
    dated = any(item.end or item.year for item in read)
    by_year = _one_date_a_year(context)  # 'September 30, 1994, and September 24, 1993' over columns '1994  1993'
    ends: list[date | None] = []
    months: list[int | None] = []
    for group in _groups(read):
        group_months = next((read[k].months for k in group if read[k].months), None)
        group_day = next((read[k].month_day for k in group if read[k].month_day), None)
        for k in group:
            item = read[k]
            months.append(item.months or group_months or table_months)
            if whole := item.end or (by_year.get(item.year) if item.year else None):
                ends.append(whole)
                if printed is not None:
                    printed.add(whole)
            elif item.year:
                ends.append(_in_year(item.year, item.month_day or group_day, table_month_day, table_end, known)
                            or _fiscal_year_end(item.year, max(other.year or 0 for other in read), known))
            else:
                ends.append(None if dated else table_end)
    known.days.update(end for end in ends if end)
    periods: list[Period | None] = []
    for end, span in zip(ends, months, strict=True):
        if end is None:
            periods.append(None)
        elif instant:
            periods.append(Period(end=end))
        else:
            periods.append(Period(end=end, start=duration_start(end, span or _YEAR_SPAN, known)))
    return periods


def _one_date_a_year(text: str) -> dict[int, date]:
    """The dates written in a table's captions, by year, for the years that have exactly one."""
    found: dict[int, set[date]] = {}
    for day in word_dates(text):
        found.setdefault(day.year, set()).add(day)
    return {year: days.pop() for year, days in found.items() if len(days) == 1}


def duration_start(end: date, months: int, known: KnownEnds | None = None) -> date:
    """The first day of a `months`-long period ending on `end`: the day after the earlier period's end."""
    by_months = months_before(end, months)
    before = by_months - timedelta(days=1)
    if known is not None and known.fiscal is not None and end.weekday() == known.fiscal.weekday and \
            abs(((year_end := known.fiscal.end_near(before)) - before).days) <= _NEAR:
        return year_end + timedelta(days=1)  # a duration from the start of a fiscal year the filing describes
    if known is not None and before not in known.days and (printed := known.near(before, end.weekday())
                                                            or known.year_end_near(before, end.weekday())):
        return printed + timedelta(days=1)
    if end.day == calendar.monthrange(end.year, end.month)[1] or (known is not None and before in known.days):
        return by_months
    weeks = min(range(-3, 4), key=lambda shift: ((before + timedelta(days=shift)).weekday() != end.weekday(),
                                                 abs(shift)))
    return before + timedelta(days=weeks + 1)


def _read(heading: str) -> _Heading:
    end = parse_date(heading)
    if end is not None:
        return _Heading(end, None, f"{end:%B} {end.day}", span_months(heading))
    years = YEAR.findall(heading)
    month_day = MONTH_DAY.search(heading)
    return _Heading(None, int(years[0]) if len(years) == 1 else None, month_day.group() if month_day else None,
                    span_months(heading))


def _groups(read: list[_Heading]) -> list[list[int]]:
    """Columns in groups: a new group where the year rises again or another span is named."""
    groups: list[list[int]] = []
    last_year: int | None = None
    group_months: int | None = None
    for k, item in enumerate(read):
        year = item.end.year if item.end else item.year
        rises = year is not None and last_year is not None and year >= last_year
        other_span = item.months is not None and group_months is not None and item.months != group_months
        if not groups or rises or other_span:
            groups.append([])
            group_months = None
        groups[-1].append(k)
        group_months = group_months or item.months
        last_year = year if year is not None else last_year
    return groups


def _in_year(year: int, month_day: str | None, table_month_day: re.Match[str] | None, table_end: date | None,
             known: KnownEnds) -> date | None:
    """A column headed by a year alone: the month and day printed over it, else the table's, in that year. With
    the table's ('Fiscal 1998' under 'Years ended January 30'), a printed end within a week (a 52/53-week year's)."""
    text = month_day or (table_month_day.group() if table_month_day else None)
    if text is None and table_end is not None:
        text = f"{table_end:%B} {table_end.day}"
    found = parse_date(f"{text}, {year}") if text else None
    if found is None or month_day or found in known.days:
        return found
    near = [day for day in known.days if abs((day - found).days) <= _NEAR]
    return min(near, key=lambda day: abs((day - found).days)) if near else found


def _fiscal_year_end(year: int, latest_year: int, known: KnownEnds) -> date | None:
    """'Fiscal 2024' with no month and day printed anywhere over the table: the latest column is the year ending
    on the latest end the filing prints (a balance sheet's date), each year before it ends a year (52 or 53 weeks)
    before the end of the year after it: a printed end near that day, else the same weekday nearest it."""
    if not known.days:
        return None
    latest = max(known.days)
    offset = latest.year - latest_year
    if offset not in (0, 1) or year > latest_year:
        return None
    end = latest
    for _ in range(latest_year - year):
        end = _year_before(end, latest, known)
    return end


def _year_before(end: date, latest: date, known: KnownEnds) -> date:
    """The end of the year before the one ending on `end`, in a filing whose latest printed end is `latest`."""
    guess = date(end.year - 1, end.month, min(end.day, calendar.monthrange(end.year - 1, end.month)[1]))
    if known.fiscal is not None and latest.weekday() == known.fiscal.weekday:
        return known.fiscal.end_near(guess)
    if (printed := known.near(guess, latest.weekday())) is not None:
        return printed
    if latest.day == calendar.monthrange(latest.year, latest.month)[1]:
        return date(guess.year, guess.month, calendar.monthrange(guess.year, guess.month)[1])
    return guess + timedelta(days=min(range(-3, 4), key=lambda shift: (
        (guess + timedelta(days=shift)).weekday() != latest.weekday(), abs(shift))))
