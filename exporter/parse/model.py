"""What the parse stage hands on: a table of a filing as title lines, heading lines, columns and rows of cells.

Every reader (text <TABLE> blocks, HTML tables) makes these; the statement stage reads them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import NamedTuple

TITLE_LINES = 8  # title and period lines read above a table
MAX_CELL_CHARS = 40  # a longer run of digits is not an amount
MAX_LINE_CHARS = 2_000  # a text table's line is read up to here (statements are printed some 80 to 250 wide)
YEAR = re.compile(r"(?:19|20)\d\d")  # a column heading year, not an amount


class RowKind(Enum):
    __hash__ = object.__hash__  # by identity: Enum's own hash (of the name) is Python code, slow in hot lookups
    DATA = "data"
    HEADING = "heading"
    CHECK = "check"


class Cell(NamedTuple):
    """A number as printed: sign from parentheses or minus, before any scaling; a dash is zero.

    A named tuple, not a frozen dataclass: as immutable, and made 3x faster (a filing has a cell per number)."""

    value: Decimal
    decimals: int
    text: str
    line: int
    column: int
    start: int
    end: int
    dash: bool = False


@dataclass(slots=True)
class TableRow:
    kind: RowKind
    label: str
    line: int
    indent: int
    cells: dict[int, Cell] = field(default_factory=dict)
    rule_above: str | None = None
    text: str = ""


@dataclass
class TableColumn:
    index: int
    left: int
    right: int
    heading: str = ""


@dataclass(frozen=True)
class TableIssue:
    line: int
    message: str


@dataclass
class TextTable:
    """One <TABLE> block: title lines above it, heading lines, columns and rows; lines are 1-based."""

    index: int
    first_line: int
    last_line: int
    title_lines: list[str]
    heading_lines: list[str]
    columns: list[TableColumn]
    rows: list[TableRow]
    issues: list[TableIssue] = field(default_factory=list)
    document_type: str | None = None
    lead_in: str = ""  # the last sentence of the prose just above the title lines ('Accrued warranty activity
    # consisted of the following (in millions):'), which names what a note table holds; "" when none is read

    @property
    def cell_count(self) -> int:
        return sum(len(row.cells) for row in self.rows if row.kind is RowKind.DATA)


@dataclass(frozen=True)
class TableOutline:
    """What the report tells of a table, kept after its rows are let go."""

    index: int
    first_line: int
    title_lines: list[str]
