"""EX-27 Financial Data Schedules (1993-2001): the tagged summary exhibit, parsed into a small typed model.

A schedule is a list of `<TAG> value [value ...]` lines: metadata (ARTICLE, MULTIPLIER, CURRENCY, PERIOD-TYPE,
FISCAL-YEAR-END, PERIOD-START, PERIOD-END) and numbers, one value per column (restated schedules carry several
periods). Footnote marks (`<F1>`) and the `<LEGEND>` and `<FN>` text blocks are skipped. Nothing here raises:
what cannot be read becomes an issue with its line, and the rest of the schedule is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ..periods import MONTHS, Period, duration_ending
from ..read.filing import Document, Filing
from .model import TableIssue

_DOCUMENT_TYPE = re.compile(r"^EX-27(?![0-9])", re.IGNORECASE)
_TAG = re.compile(r"<(/?[A-Z][A-Z0-9&-]*)>", re.IGNORECASE)
_FOOTNOTE_MARK = re.compile(r"<F\d+>", re.IGNORECASE)
_NUMBER = re.compile(r"(\()?(-)?\$?((?:\d{1,3}(?:,\d{3})+|\d+)?)(?:\.(\d+))?(\))?")
_DATE = re.compile(r"([A-Z]{3})[A-Z]*-(\d{1,2})-(\d{4}|\d{2})", re.IGNORECASE)
_MONTHS = re.compile(r"(\d{1,2})-MOS?", re.IGNORECASE)
_DASHES = {"-", "--", "---"}
_SKIPPED = {"TYPE", "SEQUENCE", "DESCRIPTION", "FILENAME", "TEXT", "/TEXT", "TABLE", "/TABLE", "S", "C", "PAGE",
            "CAPTION", "/CAPTION", "DOCUMENT", "/DOCUMENT", "/LEGEND", "/FN", "RESTATED", "/SUBSIDIARY", "/SERIES"}
_PERIOD_TAGS = ("PERIOD-TYPE", "FISCAL-YEAR-END", "PERIOD-START", "PERIOD-END")
_GROUPS = {"SUBSIDIARY", "SERIES"}  # a schedule of another entity (a subsidiary) or of one fund series
_TEXT_TAGS = {"NAME", "NUMBER", "CIK", "EXCHANGE-RATE", "BOOK-VALUE"}
_CURRENCIES = {"U.S. DOLLARS": "USD", "US DOLLARS": "USD", "U.S. DOLLAR": "USD", "DOLLARS": "USD", "USD": "USD",
               "CANADIAN DOLLARS": "CAD", "CANADIAN DOLLAR": "CAD", "CAD": "CAD"}
MAX_COLUMNS = 12
_MAX_NUMBER_CHARS = 40
_MAX_MULTIPLIER_POWER = 12


def is_schedule_document(document_type: str | None) -> bool:
    """True for the document types of a Financial Data Schedule: EX-27, EX-27.1, EX-27.01, ..."""
    return bool(document_type and _DOCUMENT_TYPE.match(document_type.strip()))


@dataclass(frozen=True)
class ScheduleValue:
    """One value as printed in a column: the number (sign from parentheses or minus), its decimals and text."""

    value: Decimal
    decimals: int
    text: str
    start: int
    end: int
    dash: bool = False


@dataclass
class TaggedLine:
    """A numeric tag with its values by column index (a column without a readable value has none)."""

    tag: str
    line: int  # 1-based
    text: str
    values: dict[int, ScheduleValue] = field(default_factory=dict)


@dataclass
class ScheduleColumn:
    index: int
    period_type: str | None
    period: Period | None

    @property
    def heading(self) -> str:
        return f"{self.period_type or ''} {self.period or ''}".strip()


@dataclass
class FinancialDataSchedule:
    first_line: int  # 1-based, the document's first line
    last_line: int
    document_type: str
    article: str | None = None
    scale: int = 0  # the multiplier as a power of ten
    currency: str = "USD"
    legend: str = ""
    entity_group: str | None = None  # "SUBSIDIARY" or "SERIES": the schedule is not the registrant's own
    columns: list[ScheduleColumn] = field(default_factory=list)
    lines: list[TaggedLine] = field(default_factory=list)
    issues: list[TableIssue] = field(default_factory=list)
    convertible: bool = True  # False when multiplier or currency cannot be read: no value can be stated

    @property
    def multiplier(self) -> Decimal:
        return Decimal(10) ** self.scale

    def value(self, tag: str, column: int = 0) -> Decimal | None:
        """The value printed for `tag` in `column`, before the multiplier, or None."""
        found = next((line for line in self.lines if line.tag == tag), None)
        cell = found.values.get(column) if found else None
        return cell.value if cell else None


def find_schedules(filing: Filing) -> list[FinancialDataSchedule]:
    """Every Financial Data Schedule in the filing's EX-27 documents (a document may hold several)."""
    schedules: list[FinancialDataSchedule] = []
    for document in filing.documents:
        if is_schedule_document(document.type):
            schedules.extend(parse_schedules(filing.lines, document))
    return schedules


def parse_schedules(lines: list[str], document: Document) -> list[FinancialDataSchedule]:
    """The schedules of one EX-27 document; a new `<ARTICLE>` after values starts another schedule."""
    reader = _Reader(document)
    for index in range(document.first, document.last + 1):
        reader.read_line(index + 1, lines[index])
    return reader.finish()


class _Reader:
    """Reads an EX-27 document line by line into schedules."""

    def __init__(self, document: Document):
        self.document = document
        self.schedules: list[FinancialDataSchedule] = []
        self.metadata: dict[str, tuple[int, list[str]]] = {}
        self.in_legend = False
        self.in_footnotes = False
        self.current = self._new()

    def _new(self) -> FinancialDataSchedule:
        return FinancialDataSchedule(self.document.first + 1, self.document.last + 1, self.document.type or "EX-27")

    def read_line(self, number: int, line: str) -> None:
        self._read(number, line, _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group()), line), 0)

    def _read(self, number: int, line: str, text: str, base: int) -> None:
        """The tags of `text` (the part of `line` from column `base` on); a block tag takes the rest of the line."""
        block = "LEGEND" if self.in_legend else "FN" if self.in_footnotes else None
        if block:
            closing = re.search(f"</{block}>", text, re.IGNORECASE)
            if block == "LEGEND":
                self.current.legend = f"{self.current.legend} {text[: closing.start() if closing else None]}".strip()
            if closing is None:
                return
            self.in_legend = self.in_footnotes = False
            self._read(number, line, text[closing.end():], base + closing.end())
            return
        tags = list(_TAG.finditer(text))
        for k, match in enumerate(tags):
            tag = match.group(1).upper()
            if tag in ("LEGEND", "FN"):
                self.in_legend, self.in_footnotes = tag == "LEGEND", tag == "FN"
                self._read(number, line, text[match.end():], base + match.end())
                return
            end = tags[k + 1].start() if k + 1 < len(tags) else len(text)
            self._tag(number, line, tag, text[match.end():end], base + match.end())

    def _tag(self, number: int, line: str, tag: str, value: str, offset: int) -> None:
        schedule = self.current
        if tag in _SKIPPED:  # footnote marks (<F1>) were blanked by read_line
            return
        if tag == "ARTICLE":
            if schedule.lines or schedule.article:
                self._close()
                schedule = self.current
            schedule.article = value.strip().upper() or None
        elif tag == "MULTIPLIER":
            self._multiplier(number, value)
        elif tag == "CURRENCY":
            code = _CURRENCIES.get(" ".join(value.upper().split()))
            if code is None:
                schedule.convertible = False
                schedule.issues.append(TableIssue(number, f"EX-27: currency '{value.strip()[:40]}' not known: "
                                                          "schedule not converted"))
            else:
                schedule.currency = code
        elif tag in _PERIOD_TAGS:
            self.metadata[tag] = (number, value.split())
        elif tag in _GROUPS:
            schedule.entity_group = tag
        elif tag not in _TEXT_TAGS:
            self._values(number, line, tag, value, offset)

    def _multiplier(self, number: int, text: str) -> None:
        found = _number(text.strip(), 0) if text.strip() else None
        power = len(str(int(found.value))) - 1 if found and found.value > 0 and found.value == int(found.value) \
            else -1
        if found is None or not 0 <= power <= _MAX_MULTIPLIER_POWER or found.value != 10 ** power:
            self.current.convertible = False
            self.current.issues.append(TableIssue(number, f"EX-27: multiplier '{text.strip()[:40]}' is not a power "
                                                          "of ten: schedule not converted"))
            return
        self.current.scale = power

    def _values(self, number: int, line: str, tag: str, text: str, offset: int) -> None:
        schedule = self.current
        if any(existing.tag == tag for existing in schedule.lines):
            schedule.issues.append(TableIssue(number, f"EX-27: <{tag}> given again; the first one is kept"))
            return
        tagged = TaggedLine(tag, number, line.rstrip())
        for column, chunk in enumerate(re.finditer(r"\S+", text)):
            if column >= MAX_COLUMNS:
                schedule.issues.append(TableIssue(number, f"EX-27: <{tag}> has more than {MAX_COLUMNS} values; "
                                                          "the rest are not read"))
                break
            cell = _number(chunk.group(), offset + chunk.start())
            if cell is None:
                schedule.issues.append(TableIssue(number, f"EX-27: <{tag}> column {column + 1}: "
                                                          f"'{chunk.group()[:40]}' is not a number"))
            else:
                tagged.values[column] = cell
        if not text.strip():
            schedule.issues.append(TableIssue(number, f"EX-27: <{tag}> has no value"))
        schedule.lines.append(tagged)

    def _close(self) -> None:
        schedule = self.current
        if schedule.lines or schedule.article:
            schedule.columns = _columns(schedule, self.metadata)
            self.schedules.append(schedule)
        self.current = self._new()
        self.metadata = {}

    def finish(self) -> list[FinancialDataSchedule]:
        self._close()
        return self.schedules


def _number(text: str, start: int) -> ScheduleValue | None:
    if text in _DASHES:
        return ScheduleValue(Decimal(0), 0, text, start, start + len(text), dash=True)
    match = _NUMBER.fullmatch(text) if len(text) <= _MAX_NUMBER_CHARS else None
    if not match or not (match.group(3) or match.group(4)) or bool(match.group(1)) != bool(match.group(5)):
        return None
    opened, minus, whole, fraction, _ = match.groups()
    value = Decimal(f"{whole.replace(',', '') or '0'}.{fraction or '0'}")
    if opened or minus:
        value = -value
    return ScheduleValue(value, len(fraction or ""), text, start, start + len(text))


def _columns(schedule: FinancialDataSchedule, metadata: dict[str, tuple[int, list[str]]]) -> list[ScheduleColumn]:
    """One column per PERIOD-END value (or per value of the widest tag), with its reporting period."""
    ends = metadata.get("PERIOD-END", (0, []))[1]
    count = max([len(ends)] + [max(line.values, default=-1) + 1 for line in schedule.lines])
    count = min(count, MAX_COLUMNS)
    return [ScheduleColumn(c, _at(metadata, "PERIOD-TYPE", c), _period(schedule, metadata, c)) for c in range(count)]


def _at(metadata: dict[str, tuple[int, list[str]]], tag: str, column: int) -> str | None:
    """A metadata tag's value for a column; a single value applies to every column."""
    values = metadata.get(tag, (0, []))[1]
    if len(values) == 1:
        return values[0]
    return values[column] if column < len(values) else None


def _period(schedule: FinancialDataSchedule, metadata: dict[str, tuple[int, list[str]]], column: int) -> Period | None:
    line = metadata.get("PERIOD-END", metadata.get("FISCAL-YEAR-END", (schedule.first_line, [])))[0]
    period_type = _at(metadata, "PERIOD-TYPE", column)
    months = _months(period_type)
    end = _date(_at(metadata, "PERIOD-END", column))
    if end is None and months == 12:
        end = _date(_at(metadata, "FISCAL-YEAR-END", column))
    if end is None:
        schedule.issues.append(TableIssue(line, f"EX-27: column {column + 1} has no readable PERIOD-END"))
        return None
    start_text = _at(metadata, "PERIOD-START", column)
    start = _date(start_text)
    if start is not None and start <= end:
        return Period(end=end, start=start)
    if start_text is not None:
        schedule.issues.append(TableIssue(line, f"EX-27: column {column + 1}: PERIOD-START '{start_text[:40]}' "
                                                "is not a date before PERIOD-END: taken from the period type"))
    if months is None:
        schedule.issues.append(TableIssue(line, f"EX-27: column {column + 1}: period type '{period_type}' "
                                                "not known and no PERIOD-START: assumed twelve months"))
    return duration_ending(end, months or 12)


def _months(period_type: str | None) -> int | None:
    if not period_type:
        return None
    if period_type.upper().startswith("YEAR"):
        return 12
    found = _MONTHS.fullmatch(period_type)
    return int(found.group(1)) if found and 1 <= int(found.group(1)) <= 12 else None


def _date(text: str | None) -> date | None:
    """'DEC-31-1997' (or 'DEC-31-97') as a date."""
    found = _DATE.fullmatch(text or "")
    month = MONTHS.get(found.group(1).lower()) if found else None
    if not found or month is None:
        return None
    year = int(found.group(3))
    year += (1900 if year >= 50 else 2000) if year < 100 else 0
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, int(found.group(2)))
    except ValueError:
        return None
