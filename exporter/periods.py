"""Dates and reporting periods as legacy filings print them."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache


class CaseBlind:
    """A case-insensitive pattern, written in lower case, that reads ASCII text lowered with a case-sensitive copy
    of itself: re.IGNORECASE tries the pattern at every position (it has no quick scan for a first letter) and is
    several times slower. In ASCII text a match is of the lowered text: its positions are the text's, its letters
    are lower case. Other text is searched with re.IGNORECASE, whose case-blind matching of other letters is
    subtler than str.lower.

    `needs`, for a pattern that begins with \\b (which also stops the quick scan), is an alternation of words one of
    which every match holds: lowered text without any of them is not searched."""

    def __init__(self, pattern: str, needs: str | None = None) -> None:
        if re.sub(r"\\.", "", pattern) != re.sub(r"\\.", "", pattern).lower():
            raise ValueError(f"a case-blind pattern is written in lower case: {pattern!r}")
        self.pattern = re.compile(pattern, re.IGNORECASE)
        self._lowered = re.compile(pattern)
        self._needs = re.compile(needs) if needs else None

    def search(self, text: str) -> re.Match[str] | None:
        if not text.isascii():
            return self.pattern.search(text)
        lowered = text.lower()
        if self._needs and not self._needs.search(lowered):
            return None
        return self._lowered.search(lowered)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._lowered.finditer(text.lower()) if text.isascii() else self.pattern.finditer(text)


MONTHS = {
    name: number
    for number, names in enumerate(
        [
            (),
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# "March 31,2001", "March 31, 2001", "Dec. 31 2000"
WORD_DATE = CaseBlind(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})\s*,?\s*((?:19|20)\d\d)\b")
# "March 31" without a year (the year is in another heading line)
MONTH_DAY = re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})\b", re.IGNORECASE)
NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)?\d\d)\b")
YEAR = re.compile(r"(?<![\d,.$])((?:19|20)\d\d)(?![\d,.])")
_SPAN_WORDS = {
    "three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9, "twelve": 12, "12": 12,
    "thirteen": 3, "twenty-six": 6, "thirty-nine": 9, "fifty-two": 12,
}
SPAN = CaseBlind(
    r"\b(three|six|nine|twelve|3|6|9|12)[- ]months?\b|\b(quarter|year|fiscal year)s?\s+ended\b|\b(years)\b",
    needs="month|ended|years",
)


_DAYS_PER_MONTH = 365.25 / 12


@dataclass(frozen=True)
class Period:
    """An XBRL period: an instant (start is None) or a duration from start to end, both inclusive."""

    end: date
    start: date | None = None

    @property
    def is_instant(self) -> bool:
        return self.start is None

    @property
    def months(self) -> int | None:
        """The length of a duration in whole months, rounded: a 39-week period from September 27 to June 26 is 9
        (counting calendar months, as printed headings do not, would make it 10)."""
        if self.start is None:
            return None
        return round(((self.end - self.start).days + 1) / _DAYS_PER_MONTH)

    def __str__(self) -> str:
        return self.end.isoformat() if self.start is None else f"{self.start.isoformat()}--{self.end.isoformat()}"


def parse_date(text: str) -> date | None:
    """The first calendar date written in `text`, or None."""
    written = next(word_dates(text), None)
    if written is not None:
        return written
    for match in NUMERIC_DATE.finditer(text) if "/" in text else ():
        year = int(match.group(3))
        year += 1900 if year >= 50 and year < 100 else 2000 if year < 100 else 0
        found = _safe_date(year, int(match.group(1)), int(match.group(2)))
        if found:
            return found
    return None


def word_dates(text: str) -> Iterator[date]:
    """The calendar dates written out in `text` ('September 24, 1993', 'Sept. 30, 1994'), in order."""
    for match in WORD_DATE.finditer(text) if "19" in text or "20" in text else ():  # it needs a year
        found = _safe_date(int(match.group(3)), MONTHS[match.group(1).lower()], int(match.group(2)))
        if found:
            yield found


def span_months(text: str) -> int | None:
    """Length in months of a period described as 'three months ended', 'year ended', ..."""
    match = SPAN.search(text)
    if not match:
        return None
    if match.group(1):
        return _SPAN_WORDS[match.group(1).lower()]
    word = (match.group(2) or match.group(3)).lower()
    return 3 if word == "quarter" else 12


def duration_ending(end: date, months: int) -> Period:
    """The duration of `months` months that ends on `end` (month-end aware)."""
    return Period(end=end, start=months_before(end, months))


def months_before(end: date, months: int) -> date:
    """The first day of the `months` calendar months that end on `end` (month-end aware)."""
    year, month = end.year, end.month - months
    while month <= 0:
        month += 12
        year -= 1
    if end.day == calendar.monthrange(end.year, end.month)[1]:
        start = date(year, month, calendar.monthrange(year, month)[1]) + timedelta(days=1)
    else:
        start = (_safe_date(year, month, end.day) or date(year, month, 28)) + timedelta(days=1)
    return start


def day_before(day: date) -> date:
    return day - timedelta(days=1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=1024)
def period_columns(start: date | None, end: date) -> tuple[str, str, str]:
    """period_type, period_start and period_end of a period."""
    return ("instant", "", end.isoformat()) if start is None else ("duration", start.isoformat(), end.isoformat())
