"""A 52/53-week fiscal year as a filing describes it in words ('The Company's fiscal year is the 52- or 53-week
period that ends on the last Saturday of September', 'a 52- or 53-week year, ending on the Sunday nearest
January 31'): where each of its years ends, so that a duration starts the day after the year before it ends even
when the filing prints no date for that end."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..periods import MONTHS

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = "|".join(name for name in MONTHS if len(name) > 3)
_CONVENTION = re.compile(
    rf"\b(?:52|53|fifty-two|fifty-three)[- ]week\b[^.;]{{0,120}}?\b(?:ends?|ending|ended)\s+on\s+the\s+"
    rf"(?:(?P<which>last|first)\s+(?P<weekday>{'|'.join(_WEEKDAYS)})\s+(?:of|in)\s+(?P<month>{_MONTH})\b"
    rf"|(?P<near_weekday>{'|'.join(_WEEKDAYS)})\s+(?:nearest|closest)\s+(?:to\s+)?"
    rf"(?:(?:the\s+)?(?P<end>last\s+day|end)\s+of\s+(?P<end_month>{_MONTH})\b"
    rf"|(?P<near_month>{_MONTH})\s+(?P<day>\d{{1,2}})\b))",
    re.IGNORECASE)
_CLUE = re.compile(r"(?:52|53|fifty-two|fifty-three)[- ]$", re.IGNORECASE)  # just before 'week'
_CLUE_CHARS = len("fifty-three-")
_TAG = re.compile(r"<[^<>]*>")
_LINES_AROUND = 2  # a sentence wrapped over lines in a text filing
_WINDOW = 400  # characters either side of the clue that the sentence is looked for in
_BLOCK_LINES = 1000  # lines searched for 'week' at once before line by line (few lines hold it)


@dataclass(frozen=True)
class FiscalYear:
    """Years that end on the last (or first) `weekday` of `month` (`day` None), or on the `weekday` nearest `day`
    `month` (`day` 0: the month's last day)."""

    weekday: int  # Monday 0
    month: int
    day: int | None
    first: bool = False  # the first `weekday` of `month`, not the last

    def end_in(self, year: int) -> date:
        """The end of the fiscal year that ends in calendar `year`."""
        last = calendar.monthrange(year, self.month)[1]
        if self.day is None and self.first:
            start = date(year, self.month, 1)
            return start + timedelta(days=(self.weekday - start.weekday()) % 7)
        if self.day is None:
            end = date(year, self.month, last)
            return end - timedelta(days=(end.weekday() - self.weekday) % 7)
        target = date(year, self.month, min(self.day or last, last))
        ahead = (self.weekday - target.weekday()) % 7
        return target + timedelta(days=ahead if ahead <= 3 else ahead - 7)

    def end_near(self, day: date) -> date:
        """The fiscal year end nearest `day`."""
        return min((self.end_in(year) for year in (day.year - 1, day.year, day.year + 1)),
                   key=lambda end: abs((end - day).days))


def fiscal_year(lines: list[str]) -> FiscalYear | None:
    """The 52/53-week fiscal year the text describes, or None (a calendar year, or a year it does not describe)."""
    for block in range(0, len(lines), _BLOCK_LINES):
        if "week" not in "\n".join(lines[block : block + _BLOCK_LINES]):
            continue  # one search of the block: cheaper than a find on each of its lines
        for number in range(block, min(block + _BLOCK_LINES, len(lines))):
            if "week" in lines[number] and (found := _described_on(lines, number)) is not None:
                return found
    return None


def _described_on(lines: list[str], number: int) -> FiscalYear | None:
    """The fiscal year a sentence around a 'week' of line `number` describes, or None."""
    line = lines[number]
    at = line.find("week")
    while at >= 0:
        if _CLUE.search(line, max(0, at - _CLUE_CHARS), at):
            before = " ".join(lines[max(0, number - _LINES_AROUND):number])[-_WINDOW:]
            after = " ".join(lines[number + 1:number + 1 + _LINES_AROUND])[:_WINDOW]
            text = f"{before} {line[max(0, at - _WINDOW):at + _WINDOW]} {after}"
            if (found := _read(" ".join(_TAG.sub(" ", text).split()))) is not None:
                return found
        at = line.find("week", at + 4)
    return None


def _read(sentence: str) -> FiscalYear | None:
    match = _CONVENTION.search(sentence)
    if match is None:
        return None
    if match.group("weekday"):
        return FiscalYear(_WEEKDAYS.index(match.group("weekday").lower()), MONTHS[match.group("month").lower()], None,
                          first=match.group("which").lower() == "first")
    weekday = _WEEKDAYS.index(match.group("near_weekday").lower())
    if match.group("end"):
        return FiscalYear(weekday, MONTHS[match.group("end_month").lower()], 0)
    return FiscalYear(weekday, MONTHS[match.group("near_month").lower()], int(match.group("day")))
