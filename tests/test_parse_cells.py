"""A row's cells held compactly (Cells): every cell reads back exactly as it was printed and placed, and a row of a
long table holds far less than a dict of Cells."""

import sys
from decimal import Decimal

import pytest

from exporter.parse.model import Cell, Cells
from exporter.parse.text_tables import parse_table

PRINTED = ["1,234", "(0)", "12.50", "(1,075)", "--", "1E+3", "9" * 40, "-980", "1245", "$1,245", "0", "(1,075"]
VALUES = [Decimal("1234"), Decimal("-0"), Decimal("12.50"), Decimal("-1075"), Decimal(0), Decimal("1E+3"),
          Decimal("9" * 40), Decimal(-980), Decimal(1245), Decimal(1245), Decimal(0), Decimal(-1075)]


def _given() -> list[Cell]:
    return [Cell(value, 2 if "." in text else 0, text, 40 + k, k * 2, 10 * k, 10 * k + len(text), text == "--")
            for k, (value, text) in enumerate(zip(VALUES, PRINTED, strict=True))]


def test_every_cell_reads_back_as_given_with_its_exponent_and_sign():
    cells = Cells(_given())
    read = list(cells.values())
    assert read == _given()
    assert [cell.value.as_tuple() for cell in read] == [value.as_tuple() for value in VALUES]  # 12.50, -0, 1E+3 kept
    assert all(isinstance(cell.value, Decimal) for cell in read)


def test_cells_are_a_mapping_by_column_in_the_order_given():
    cells = Cells(reversed(_given()))
    assert list(cells) == [22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2, 0]
    assert cells[8].text == "--" and cells[8].dash and cells[4].value == Decimal("12.50")
    assert 6 in cells and 7 not in cells and cells.get(7) is None
    with pytest.raises(KeyError):
        cells[1]  # noqa: B018
    assert cells == {cell.column: cell for cell in _given()}
    assert [column for column, _ in cells.items()] == list(cells)
    assert len(cells) == 12 and not Cells()


def test_a_row_of_two_amounts_holds_less_than_two_fifths_of_a_dict_of_cells():
    def size(*objects: object) -> int:  # each object once (the row's two cells share their line's int)
        return sum(sys.getsizeof(o) for o in {id(o): o for o in objects}.values())

    row = [Cell(Decimal(12_345), 0, "12,345", 900, 0, 40, 46), Cell(Decimal(-6_789), 0, "(6,789)", 900, 1, 52, 59)]
    as_dict = {cell.column: cell for cell in row}
    dict_bytes = size(as_dict, *row, *(cell.value for cell in row), *(cell.text for cell in row))
    cells = Cells(row)
    cells_bytes = size(cells, cells._fields, *(field for field in cells._fields if isinstance(field, str)
                                                or isinstance(field, int | Decimal) and not -5 <= field <= 256))
    assert cells_bytes < dict_bytes * 2 / 5  # the amounts' texts, as printed with commas and parentheses, not held
    assert list(cells.values()) == row


def test_a_text_table_row_reads_its_amounts_as_printed():
    lines = ["<TABLE>", "<S>                         <C>          <C>",
             "Cash.......................  $ 1,234.50   $ (1,075)", "</TABLE>"]
    table = parse_table(lines, 0, len(lines) - 1, 0)
    cells = table.rows[-1].cells
    assert isinstance(cells, Cells)
    assert [(cell.value, cell.text) for cell in cells.values()] == [(Decimal("1234.50"), "1,234.50"),
                                                                    (Decimal(-1075), "(1,075)")]
