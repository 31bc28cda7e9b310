"""The mapped filing: facts with concept, context, unit and provenance, ready for the serializers."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from decimal import MAX_PREC, Decimal
from decimal import Context as DecimalContext
from functools import cache

from .periods import Period
from .taxonomy import Concept

# Fact values are exact: arithmetic on them (signs, scaling, rounding) never rounds to the default 28 digits.
EXACT = DecimalContext(prec=MAX_PREC)
CIK_SCHEME = "http://www.sec.gov/CIK"
FILE_NUMBER_SCHEME = "http://legacy-xbrl.org/entity/sec-file-number"
FILING_ID_SCHEME = "http://legacy-xbrl.org/entity/unidentified-filer"


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


@dataclass(frozen=True, slots=True)
class Fact:
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
    facts: list[Fact] = field(default_factory=list)
    relationships: list[CalcRelationship] = field(default_factory=list)
    column_roles: list[str] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)
    scale: int = 0
    headings: list[str] = field(default_factory=list)  # column headings as printed
    sections: list[tuple[int, str]] = field(default_factory=list)  # (line, row heading without numbers)


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
    def facts(self) -> list[Fact]:
        return [fact for statement in self.statements for fact in statement.facts]
