"""The mapped filing: facts with concept, context, unit and provenance, ready for the serializers."""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import MAX_PREC, Decimal
from decimal import Context as DecimalContext
from functools import cache
from itertools import islice
from typing import NamedTuple, overload

from ..periods import Period
from .taxonomy import Concept

# Fact values are exact: arithmetic on them (signs, scaling, rounding) never rounds to the default 28 digits.
EXACT = DecimalContext(prec=MAX_PREC)
CIK_SCHEME = "http://www.sec.gov/CIK"
FILE_NUMBER_SCHEME = "http://legacy-xbrl.org/entity/sec-file-number"
FILING_ID_SCHEME = "http://legacy-xbrl.org/entity/unidentified-filer"
NOTES_ROOT = "NotesToFinancialStatementsAbstract"  # the extension abstract the disclosures' concepts hang under


@dataclass(frozen=True)
class Unit:
    id: str
    measure: str
    per: str | None = None

    @property
    def label(self) -> str:
        return self.id if self.per is None else f"{self.measure.split(':')[1]}/{self.per.split(':')[1]}"


SHARES = Unit("shares", "xbrli:shares")


@cache
def currency_unit(code: str) -> Unit:
    return Unit(code, f"iso4217:{code}")


@cache
def per_share_unit(code: str) -> Unit:
    return Unit(f"{code}-per-share", f"iso4217:{code}", "xbrli:shares")


@dataclass(frozen=True)
class Context:
    period: Period
    dimensions: tuple[tuple[str, str], ...] = ()  # (axis qname, member qname), sorted by axis

    @property
    def id(self) -> str:
        base = f"I{self.period.end:%Y%m%d}" if self.period.is_instant else \
            f"D{self.period.start:%Y%m%d}-{self.period.end:%Y%m%d}"
        if not self.dimensions:
            return base
        digest = hashlib.sha1(";".join(f"{a}={m}" for a, m in self.dimensions).encode()).hexdigest()[:8]
        return f"{base}_{digest}"

    @property
    def dimensions_text(self) -> str:
        return ";".join(f"{axis}={member}" for axis, member in self.dimensions)


class Fact(NamedTuple):
    """One number of a statement as an XBRL fact, made from its statement's StatementFacts when read."""

    concept: Concept
    context: Context
    unit: Unit
    decimals: int
    value: Decimal
    statement: int
    column: int  # the statement column the number is printed in
    line_order: int
    label: str
    source_line: int
    source_text: str
    method: str
    confidence: float
    printed: str = ""  # the number as printed in the source, e.g. "(1,234)" or "--"

    @property
    def value_text(self) -> str:
        """The exact decimal value, without exponent and without trailing noise."""
        text = format(self.value, "f")
        return "0" if text in ("-0", "-0.0") else text


class FactLine(NamedTuple):
    """What the facts of one statement line share: its concept, unit and provenance."""

    concept: Concept
    unit: Unit
    line_order: int
    label: str
    source_text: str
    method: str
    confidence: float


class StatementFacts(Sequence[Fact]):
    """The facts of one statement, stored by column: each line's FactLine once, and per fact its context, column,
    decimals, value, source line and printed text. A Fact is made when one is read, so that a filing of 700,000
    facts never holds 700,000 fact objects (some 100 bytes each)."""

    def __init__(self, statement: int, facts: Iterable[Fact] = ()):
        self.statement = statement
        self._lines: list[FactLine] = []
        self._line = array("i")  # per fact: its FactLine, by index
        self._context: list[Context] = []
        self._column = array("i")
        self._decimals = array("i")
        self._value: list[Decimal] = []
        self._source_line = array("i")
        self._printed: list[str] = []
        for fact in facts:
            self.append(fact)

    def add_line(self, line: FactLine) -> int:
        """Start a line's facts; its number for `add`."""
        self._lines.append(line)
        return len(self._lines) - 1

    def add(self, line: int, context: Context, column: int, decimals: int, value: Decimal, source_line: int,
            printed: str) -> None:
        """One fact of the line numbered `line` (by add_line)."""
        self._line.append(line)
        self._context.append(context)
        self._column.append(column)
        self._decimals.append(decimals)
        self._value.append(value)
        self._source_line.append(source_line)
        self._printed.append(printed)

    def append(self, fact: Fact) -> None:
        """A whole fact: its line is the last one when they share every part of it."""
        if fact.statement != self.statement:
            raise ValueError(f"a fact of statement {fact.statement} added to statement {self.statement}")
        line = FactLine(fact.concept, fact.unit, fact.line_order, fact.label, fact.source_text, fact.method,
                        fact.confidence)
        number = len(self._lines) - 1 if self._lines and self._lines[-1] == line else self.add_line(line)
        self.add(number, fact.context, fact.column, fact.decimals, fact.value, fact.source_line, fact.printed)

    def __len__(self) -> int:
        return len(self._value)

    @overload
    def __getitem__(self, index: int) -> Fact: ...

    @overload
    def __getitem__(self, index: slice) -> list[Fact]: ...

    def __getitem__(self, index: int | slice) -> Fact | list[Fact]:
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        k = range(len(self))[index]  # raises IndexError, and counts a negative index from the end
        line = self._lines[self._line[k]]
        return Fact._make((line.concept, self._context[k], line.unit, self._decimals[k], self._value[k],
                           self.statement, self._column[k], line.line_order, line.label, self._source_line[k],
                           line.source_text, line.method, line.confidence, self._printed[k]))

    def __iter__(self) -> Iterator[Fact]:
        lines, statement, make = self._lines, self.statement, Fact._make
        for number, context, column, decimals, value, source_line, printed in zip(
                self._line, self._context, self._column, self._decimals, self._value, self._source_line,
                self._printed, strict=True):
            line = lines[number]
            yield make((line.concept, context, line.unit, decimals, value, statement, column, line.line_order,
                        line.label, source_line, line.source_text, line.method, line.confidence, printed))


class FilingFacts(Sequence[Fact]):
    """A filing's facts, statement after statement: a view over its statements' StatementFacts."""

    def __init__(self, statements: list[MappedStatement]):
        self._statements = statements

    def __len__(self) -> int:
        return sum(len(statement.facts) for statement in self._statements)

    @overload
    def __getitem__(self, index: int) -> Fact: ...

    @overload
    def __getitem__(self, index: slice) -> list[Fact]: ...

    def __getitem__(self, index: int | slice) -> Fact | list[Fact]:
        if isinstance(index, slice):
            return list(self)[index]
        k = range(len(self))[index]
        for statement in self._statements:
            if k < len(statement.facts):
                return statement.facts[k]
            k -= len(statement.facts)
        raise IndexError(index)  # not reached: k was in range

    def __iter__(self) -> Iterator[Fact]:
        for statement in self._statements:
            yield from statement.facts


def batches(facts: Iterable[Fact], size: int) -> Iterator[list[Fact]]:
    """The facts in lists of `size` (the last one shorter), so that a big filing's are never all made at once."""
    facts = iter(facts)
    while batch := list(islice(facts, size)):
        yield batch


@dataclass(frozen=True)
class CalcRelationship:
    parent: Concept
    child: Concept
    weight: int
    order: int


@dataclass(frozen=True)
class DimensionMember:
    axis: str  # qname
    domain: str  # qname
    member: Concept


ARITHMETIC_KINDS = ("arithmetic",)  # the filing's own numbers do not add up
DOUBTFUL_KINDS = ("low-confidence", "unconverted", "period")  # lines left unmapped or mapped with doubt


@dataclass(frozen=True)
class Issue:
    """Something a reviewer should look at: an unmapped or doubtful line, failed arithmetic, a parse problem."""

    kind: str
    line: int
    message: str
    label: str = ""


@dataclass
class MappedStatement:
    index: int
    kind: str
    title: str
    role: str  # short role name, e.g. "Statement1BalanceSheet"
    concepts: list[Concept]  # in presentation order, without duplicates
    facts: StatementFacts = field(init=False)
    relationships: list[CalcRelationship] = field(default_factory=list)
    column_roles: list[str] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)
    scale: int = 0
    headings: list[str] = field(default_factory=list)  # column headings as printed
    sections: list[tuple[int, str]] = field(default_factory=list)  # (line, row heading without numbers)

    def __post_init__(self) -> None:
        self.facts = StatementFacts(self.index)


@dataclass
class Entity:
    identifier: str
    scheme: str
    name: str | None
    cik: str | None


@dataclass
class MappedFiling:
    filing_id: str
    source_path: str
    form_type: str | None
    period_of_report: date | None
    entity: Entity
    extension_namespace: str
    statements: list[MappedStatement] = field(default_factory=list)
    extensions: list[Concept] = field(default_factory=list)
    members: list[DimensionMember] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    validation: str = ""  # Arelle's verdict, when it ran

    @property
    def facts(self) -> FilingFacts:
        return FilingFacts(self.statements)
