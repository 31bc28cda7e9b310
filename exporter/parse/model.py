"""What the parse stage hands on: a table of a filing as title lines, heading lines, columns and rows of cells.

Every reader (text <TABLE> blocks, HTML tables) makes these; the statement stage reads them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
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


class Cells(Mapping[int, Cell]):
    """A row's cells by column, in the order given, held as one flat tuple of their fields and made into Cells as
    they are read: a row of a long table holds one object and one tuple instead of a dict and a tuple per cell.
    A whole value (exponent 0, as most printed amounts) is held as its exact int and read back as the same Decimal,
    and its text, when printed as _printed gives it ('1,245', '(980)'), is made again, not held: a row of two amounts
    holds some 260 bytes instead of 750. values() and items() give lists, made at once."""

    __slots__ = ("_fields",)
    _WIDTH = len(Cell._fields)
    _COLUMN = Cell._fields.index("column")

    def __init__(self, cells: Iterable[Cell] = ()):
        self._fields: tuple[object, ...] = tuple(field for cell in cells for field in _packed(cell))

    def __getitem__(self, column: int) -> Cell:
        fields, width = self._fields, self._WIDTH
        for start in range(0, len(fields), width):
            if fields[start + self._COLUMN] == column:
                return _unpacked(fields[start : start + width])
        raise KeyError(column)

    def __iter__(self) -> Iterator[int]:
        return iter(self._fields[self._COLUMN :: self._WIDTH])  # type: ignore[arg-type]  # the columns are ints

    def __len__(self) -> int:
        return len(self._fields) // self._WIDTH

    def __contains__(self, column: object) -> bool:
        return column in self._fields[self._COLUMN :: self._WIDTH]

    def values(self) -> list[Cell]:  # type: ignore[override]  # a list: a view would make each cell twice as slowly
        fields, width = self._fields, self._WIDTH
        return [_unpacked(fields[start : start + width]) for start in range(0, len(fields), width)]

    def items(self) -> list[tuple[int, Cell]]:  # type: ignore[override]
        return [(cell.column, cell) for cell in self.values()]

    def __repr__(self) -> str:
        return f"Cells({dict(self.items())!r})"


_ONE = Decimal(1)


def whole_int(value: Decimal) -> int | None:
    """A value of exponent 0 (most printed amounts) as the int that Decimal() makes it again, identical; None for
    any other (a fraction, 1E+3, -0, not finite)."""
    if not value.same_quantum(_ONE) or (value.is_zero() and value.is_signed()):
        return None
    return int(value)


def _printed(whole: int) -> str:
    """A whole amount as most tables print it: thousands commas, a negative one in parentheses."""
    return f"({-whole:,})" if whole < 0 else f"{whole:,}"


def _packed(cell: Cell) -> tuple[object, ...]:
    """A cell's fields, a whole value as its int (28 bytes, not a Decimal's 104) and its text as None when it is
    _printed(value) (a string is some 50 bytes); any other cell as it is."""
    whole = whole_int(cell.value)
    if whole is None:
        return cell
    return whole, cell.decimals, None if cell.text == _printed(whole) else cell.text, *cell[3:]


def _unpacked(fields: tuple[object, ...]) -> Cell:
    value = fields[0]
    if type(value) is not int:
        return tuple.__new__(Cell, fields)
    text = fields[2]
    return tuple.__new__(Cell, (Decimal(value), fields[1], _printed(value) if text is None else text, *fields[3:]))


@dataclass(slots=True)
class TableRow:
    kind: RowKind
    label: str
    line: int
    indent: int
    cells: Mapping[int, Cell] = field(default_factory=Cells)
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
