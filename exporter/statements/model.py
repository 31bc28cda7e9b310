"""What the statement stage hands on: a Statement of a kind, with its columns (period, role, sign), scale and
line items (label, cells, unit, area, section)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from ..parse.model import Cell, TableIssue
from ..periods import Period

_TOTAL = re.compile(r"total\b", re.I)


class StatementKind(Enum):
    __hash__ = object.__hash__  # by identity: Enum's own hash (of the name) is Python code, slow in hot lookups
    BALANCE_SHEET = "balance-sheet"
    INCOME_STATEMENT = "income-statement"
    COMPREHENSIVE_INCOME = "comprehensive-income"
    CASH_FLOW = "cash-flow"
    EQUITY = "stockholders-equity"
    FINANCIAL_DATA_SCHEDULE = "financial-data-schedule"  # an EX-27 exhibit: tags name their concepts
    DISCLOSURE = "disclosure"  # a note table whose columns are the filing's periods
    OTHER = "other"


class ColumnRole(Enum):
    __hash__ = object.__hash__  # by identity: Enum's own hash (of the name) is Python code, slow in hot lookups
    HISTORICAL = "historical"
    DISPOSAL = "disposal"
    SUBTOTAL = "subtotal"
    ADJUSTMENT = "adjustment"
    PRO_FORMA = "pro-forma"


class UnitKind(Enum):
    __hash__ = object.__hash__  # by identity: Enum's own hash (of the name) is Python code, slow in hot lookups
    MONETARY = "monetary"
    SHARES = "shares"
    PER_SHARE = "per-share"


class Area(Enum):
    """Where a balance-sheet line sits; `NONE` outside balance sheets."""

    __hash__ = object.__hash__  # by identity: Enum's own hash (of the name) is Python code, slow in hot lookups

    CURRENT_ASSETS = "current-assets"
    NONCURRENT_ASSETS = "noncurrent-assets"
    ASSETS = "assets"
    CURRENT_LIABILITIES = "current-liabilities"
    NONCURRENT_LIABILITIES = "noncurrent-liabilities"
    LIABILITIES = "liabilities"
    EQUITY = "equity"
    NONE = "none"


@dataclass
class StatementColumn:
    index: int
    heading: str
    role: ColumnRole
    period: Period | None
    entity: str | None = None  # the disposed business a disposal column speaks of
    sign: int = 1  # multiplies printed values into the natural sign of what the column describes


@dataclass(frozen=True)
class NamedConcept:
    """The concept a source names for a line (an EX-27 tag), so that the mapper need not match the label."""

    qname: str | None  # a taxonomy concept, or None for an extension concept named after the label
    at: str | None  # "start"/"end": an instant at the start or end of the column's duration; None: the duration
    method: str
    confidence: float


@dataclass(slots=True)
class LineItem:
    label: str
    line: int
    cells: Mapping[int, Cell]
    unit: UnitKind
    area: Area
    section: str
    rule_above: str | None
    text: str
    named: NamedConcept | None = None
    scale: int | None = None  # a share scale its section's caption gives ('Shares used ... (in thousands):')

    @property
    def is_total(self) -> bool:
        return bool(_TOTAL.match(self.label)) or (not self.label and bool(self.rule_above))


@dataclass(frozen=True)
class ArithmeticFailure:
    """A printed number that does not agree with the numbers it should add up from."""

    line: int
    label: str
    check: str
    expected: Decimal
    printed: Decimal
    detail: str


@dataclass
class Statement:
    index: int
    kind: StatementKind
    title: str
    columns: list[StatementColumn]
    items: list[LineItem]
    scale: int
    currency: str
    first_line: int
    last_line: int
    headings: list[tuple[int, str]] = field(default_factory=list)
    check_lines: list[int] = field(default_factory=list)
    failures: list[ArithmeticFailure] = field(default_factory=list)
    issues: list[TableIssue] = field(default_factory=list)
    share_scale: int | None = None  # the power of ten of share counts when a caption gives theirs; None: `scale`
    period_type: str | None = None  # a disclosure's, as its captions read: "instant" ('as of'), "duration", None
    scale_printed: bool = False  # whether the table prints a scale caption (else its scale is the filing's)
    topic: str = ""  # a disclosure's title lines and lead-in, which say what its lines are ('warranty activity')

    @property
    def cell_count(self) -> int:
        return sum(len(item.cells) for item in self.items)

    def outline(self) -> StatementOutline:
        return StatementOutline(self.index, self.kind, self.title, self.columns, self.scale, self.currency,
                                self.first_line, self.last_line, len(self.items), self.cell_count, self.check_lines)


@dataclass(frozen=True)
class StatementOutline:
    """What the report tells of a statement, kept after its line items and cells are mapped and let go."""

    index: int
    kind: StatementKind
    title: str
    columns: list[StatementColumn]
    scale: int
    currency: str
    first_line: int
    last_line: int
    line_items: int
    cell_count: int
    check_lines: list[int]
