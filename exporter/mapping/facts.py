"""The mapped filing: facts with concept, context, unit and provenance, ready for the serializers."""

from __future__ import annotations

import hashlib
from abc import abstractmethod
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import MAX_PREC, Decimal
from decimal import Context as DecimalContext
from functools import cache
from itertools import islice
from typing import NamedTuple, TypeVar, overload

from ..parse.model import whole_int
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


T = TypeVar("T")
_ELSEWHERE = -128  # the exponent stored for a value kept whole in its StatementFacts' `_whole` (array 'b')


def _parts(value: Decimal) -> tuple[int, int] | None:
    """A value's coefficient (signed, int64) and exponent (-127..127), from which it reads back identical
    (Decimal(coefficient).scaleb(exponent): 1.50 as (150, -2), 1.234E+6 as (1234, 3)); None for a value that has
    no such parts: not finite, negative zero, or a coefficient or exponent too big."""
    if type(value) is not Decimal:
        return None
    coefficient = whole_int(value)  # the most common: a whole amount, exponent 0
    exponent = 0
    if coefficient is None:
        if not value.is_finite() or (value.is_zero() and value.is_signed()):  # -0 would read back as 0
            return None
        exponent = int(value.as_tuple().exponent)  # an int: the value is finite
        coefficient = int(value.scaleb(-exponent, EXACT))
    if not -2 ** 63 <= coefficient < 2 ** 63 or not _ELSEWHERE < exponent <= 127:
        return None
    return coefficient, exponent


def _read(coefficient: int, exponent: int, whole: dict[int, Decimal]) -> Decimal:
    """The value stored as these parts: a whole amount, a fraction, or (exponent _ELSEWHERE) the one kept whole by
    the fact's index, which `coefficient` then holds."""
    if not exponent:
        return Decimal(coefficient)
    return whole[coefficient] if exponent == _ELSEWHERE else Decimal(coefficient).scaleb(exponent, EXACT)


class _Stored(Sequence[T]):
    """A sequence stored by column whose items are made when read (`_item`, by index in range); a slice is a list."""

    @abstractmethod
    def _item(self, k: int) -> T: ...

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._item(k) for k in range(*index.indices(len(self)))]
        return self._item(range(len(self))[index])  # raises IndexError, and counts a negative index from the end


class _Texts(_Stored[str]):
    """A column of strings held as one UTF-8 buffer and where each ends: a statement's labels, source lines and
    printed numbers are copied here as its facts are made, so a long statement keeps no string object per fact
    (some 50 bytes each) and none of the parse's strings (which would pin the memory freed around them)."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._ends = array("q")

    def append(self, text: str) -> None:
        self._data += text.encode("utf-8", "surrogatepass")  # any str, a lone surrogate too, reads back as it was
        self._ends.append(len(self._data))

    def __len__(self) -> int:
        return len(self._ends)

    def _item(self, k: int) -> str:
        return self._data[self._ends[k - 1] if k else 0:self._ends[k]].decode("utf-8", "surrogatepass")


class StatementFacts(_Stored[Fact]):
    """The facts of one statement, stored by column: each line's parts once (concept, unit, label, ...), and per
    fact its line, context, column, decimals, value, source line and printed text. A Fact is made when one is
    read, so that a filing of 700,000 facts never holds 700,000 fact objects (some 100 bytes each); a value is
    stored as its coefficient and exponent (a Decimal object is ~104 bytes), and made again, identical, when read.
    A value without such parts (see _parts) is kept whole in `_whole`, by the fact's index."""

    def __init__(self, statement: int, facts: Iterable[Fact] = ()):
        self.statement = statement
        # per line
        self._concept: list[Concept] = []
        self._unit: list[Unit] = []
        self._line_order = array("i")
        self._label = _Texts()
        self._source_text = _Texts()
        self._method: list[str] = []
        self._confidence: list[float] = []  # a list: shares the mapper's few confidence objects, as it gave them
        # per fact
        self._line = array("i")  # its line, by number
        self._context: list[Context] = []
        self._column = array("i")
        self._decimals = array("i")
        self._coefficient = array("q")  # the value's (or, with exponent _ELSEWHERE, the fact's index in _whole)
        self._exponent = array("b")
        self._whole: dict[int, Decimal] = {}
        self._source_line = array("i")
        self._printed = _Texts()
        for fact in facts:
            self.append(fact)

    @property
    def line_count(self) -> int:
        return len(self._concept)

    def line(self, number: int) -> FactLine:
        """The line numbered `number` (by add_line)."""
        return FactLine(self._concept[number], self._unit[number], self._line_order[number], self._label[number],
                        self._source_text[number], self._method[number], self._confidence[number])

    def add_line(self, line: FactLine) -> int:
        """Start a line's facts; its number for `add`."""
        self._concept.append(line.concept)
        self._unit.append(line.unit)
        self._line_order.append(line.line_order)
        self._label.append(line.label)
        self._source_text.append(line.source_text)
        self._method.append(line.method)
        self._confidence.append(line.confidence)
        return len(self._concept) - 1

    def add(self, line: int, context: Context, column: int, decimals: int, value: Decimal, source_line: int,
            printed: str) -> None:
        """One fact of the line numbered `line` (by add_line)."""
        parts = _parts(value)
        if parts is None:
            parts = len(self._printed), _ELSEWHERE
            self._whole[parts[0]] = value
        self._line.append(line)
        self._context.append(context)
        self._column.append(column)
        self._decimals.append(decimals)
        self._coefficient.append(parts[0])
        self._exponent.append(parts[1])
        self._source_line.append(source_line)
        self._printed.append(printed)

    def append(self, fact: Fact) -> None:
        """A whole fact: its line is the last one when they share every part of it."""
        if fact.statement != self.statement:
            raise ValueError(f"a fact of statement {fact.statement} added to statement {self.statement}")
        line = FactLine(fact.concept, fact.unit, fact.line_order, fact.label, fact.source_text, fact.method,
                        fact.confidence)
        number = self.line_count - 1 if self._concept and self.line(self.line_count - 1) == line \
            else self.add_line(line)
        self.add(number, fact.context, fact.column, fact.decimals, fact.value, fact.source_line, fact.printed)

    def _value(self, k: int) -> Decimal:
        return _read(self._coefficient[k], self._exponent[k], self._whole)

    def __len__(self) -> int:
        return len(self._printed)

    def _item(self, k: int) -> Fact:
        n = self._line[k]
        return Fact._make((self._concept[n], self._context[k], self._unit[n], self._decimals[k], self._value(k),
                           self.statement, self._column[k], self._line_order[n], self._label[n],
                           self._source_line[k], self._source_text[n], self._method[n], self._confidence[n],
                           self._printed[k]))

    def __iter__(self) -> Iterator[Fact]:
        statement, make, whole = self.statement, Fact._make, self._whole
        concepts, units, orders, labels = self._concept, self._unit, self._line_order, self._label
        texts, methods, confidences = self._source_text, self._method, self._confidence
        last = -1
        for number, context, column, decimals, coefficient, exponent, source_line, printed in zip(
                self._line, self._context, self._column, self._decimals, self._coefficient, self._exponent,
                self._source_line, self._printed, strict=True):
            if number != last:  # a line's facts follow one another: its parts are read once
                last = number
                concept, unit, order, label = concepts[number], units[number], orders[number], labels[number]
                text, method, confidence = texts[number], methods[number], confidences[number]
            yield make((concept, context, unit, decimals, _read(coefficient, exponent, whole), statement, column,
                        order, label, source_line, text, method, confidence, printed))


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
            return list(self)[index]  # read through once, not statement by statement for each index
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


class Issues(_Stored[Issue]):
    """A filing's issues, stored by column and made into Issues when read: a long statement may give an issue for
    most of its lines, made while its parsed lines are let go, and Issue objects (and their strings) kept among
    those would hold on to all the memory freed around them."""

    def __init__(self, issues: Iterable[Issue] = ()):
        self._kind: list[str] = []  # a few distinct kinds, shared
        self._line = array("q")
        self._message = _Texts()
        self._label = _Texts()
        for issue in issues:
            self.append(issue)

    def append(self, issue: Issue) -> None:
        self._kind.append(issue.kind)
        self._line.append(issue.line)
        self._message.append(issue.message)
        self._label.append(issue.label)

    def __len__(self) -> int:
        return len(self._kind)

    def _item(self, k: int) -> Issue:
        return Issue(self._kind[k], self._line[k], self._message[k], self._label[k])


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
    issues: Issues = field(default_factory=Issues)
    validation: str = ""  # Arelle's verdict, when it ran

    @property
    def facts(self) -> FilingFacts:
        return FilingFacts(self.statements)
