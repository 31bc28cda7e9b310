"""Layout parsing of <TABLE> blocks, on small hand-written fixtures in the style of 1990s EDGAR filings."""

from decimal import Decimal
from pathlib import Path

from exporter.parse.documents import find_tables
from exporter.parse.model import MAX_LINE_CHARS, RowKind
from exporter.read.filing import parse_filing
from exporter.read.source import decode_source

PRO_FORMA = """\
                       UNAUDITED PRO FORMA BALANCE SHEET
                                June 30,1999
<TABLE>
<CAPTION>
                                        Historical        (Less)Sale of     Pro Forma     Pro Forma
                                        Company           Widget Unit       Adjustments   Combined
<S>                                        <C>             <C>            <C>        <C>
Cash                                          10,500.00        4,500.00        0.00      6,000.00
Savings                                        2,000.00                                  2,000.00
Receivables (net of
allowances $1,200)                            $3,000.00       $1,000.00       --        2,000.00
Deficit                                      (7,000.00      (1,000.00)(250.00)(6,250.00)
Current Net Loss                                (100.00)          -                       (100.00)
                                          -------------        -------- ----------- -------------
Total                                         8,400.00        4,500.00     (250.00)      3,650.00
                                          =============        ======== =========== =============
                                                   0.00            0.00        0.00          0.00
</TABLE>
"""


def _table(text: str):
    filing = parse_filing(decode_source(Path("fixture.txt"), text.encode()))
    tables = find_tables(filing)
    assert len(tables) == 1
    return tables[0]


def _values(row) -> dict[int, Decimal]:
    return {column: cell.value for column, cell in row.cells.items()}


def test_columns_and_headings_come_from_the_caption():
    table = _table(PRO_FORMA)
    assert [c.heading for c in table.columns] == [
        "Historical Company", "(Less)Sale of Widget Unit", "Pro Forma Adjustments", "Pro Forma Combined"]
    assert table.title_lines == ["UNAUDITED PRO FORMA BALANCE SHEET", "June 30,1999"]


def test_blank_cells_stay_blank_by_position():
    rows = {row.label: row for row in _table(PRO_FORMA).rows}
    assert _values(rows["Savings"]) == {0: Decimal("2000.00"), 3: Decimal("2000.00")}


def test_wrapped_label_with_a_number_inside_is_one_row_and_dollar_signs_are_dropped():
    rows = [row for row in _table(PRO_FORMA).rows if row.label.startswith("Receivables")]
    assert len(rows) == 1
    assert rows[0].label == "Receivables (net of allowances $1,200)"
    assert _values(rows[0]) == {0: Decimal("3000.00"), 1: Decimal("1000.00"), 2: Decimal(0), 3: Decimal("2000.00")}
    assert rows[0].cells[2].dash


def test_missing_parenthesis_and_cells_run_together():
    rows = {row.label: row for row in _table(PRO_FORMA).rows}
    assert _values(rows["Deficit"]) == {
        0: Decimal("-7000.00"), 1: Decimal("-1000.00"), 2: Decimal("-250.00"), 3: Decimal("-6250.00")}
    assert _values(rows["Current Net Loss"]) == {0: Decimal("-100.00"), 1: Decimal(0), 3: Decimal("-100.00")}


def test_rule_lines_are_not_rows_and_the_zero_check_line_is_marked():
    table = _table(PRO_FORMA)
    kinds = [(row.kind, row.label) for row in table.rows]
    assert kinds[-1] == (RowKind.CHECK, "")
    total = next(row for row in table.rows if row.label == "Total")
    assert total.rule_above == "-"
    data = [row for row in table.rows if row.kind is RowKind.DATA]
    assert sum(len(row.cells) for row in data) == 4 + 2 + 4 + 4 + 3 + 4


def test_label_first_then_continuation_with_the_numbers():
    text = """\
<TABLE>
<S>                                       <C>          <C>
Revenues                                    1,000        900
Net income (loss) per common share -
assuming dilution                             .12       (.03)
</TABLE>
"""
    rows = [row for row in _table(text).rows if row.kind is RowKind.DATA]
    assert rows[1].label == "Net income (loss) per common share - assuming dilution"
    assert _values(rows[1]) == {0: Decimal(".12"), 1: Decimal("-.03")}
    assert rows[1].cells[1].decimals == 2


def test_columns_without_marks_are_found_from_number_edges():
    text = """\
<TABLE>
                                           1998         1997
Net sales                              $ 12,000     $ 10,500
Cost of sales                             8,000
Gross profit                              4,000        2,500
</TABLE>
"""
    table = _table(text)
    rows = {row.label: row for row in table.rows if row.kind is RowKind.DATA}
    assert _values(rows["Cost of sales"]) == {0: Decimal(8000)}
    assert _values(rows["Gross profit"]) == {0: Decimal(4000), 1: Decimal(2500)}
    assert [c.heading for c in table.columns] == ["1998", "1997"]


def test_a_megabyte_line_is_read_up_to_the_longest_line_a_statement_has():
    """A damaged filing with a table's rows on one line: that line is read up to MAX_LINE_CHARS (its first row),
    with an issue, instead of holding a token per word and copying the line into every fact (70x its size)."""
    rows = "Cash                                          10,500.00        4,500.00        0.00      6,000.00 "
    line = rows * (2**20 // len(rows))
    table = _table(PRO_FORMA.replace(PRO_FORMA.splitlines()[7], line))
    cash = next(row for row in table.rows if row.label == "Cash")
    assert _values(cash) == {0: Decimal("10500.00"), 1: Decimal("4500.00"), 2: Decimal("0.00"), 3: Decimal("6000.00")}
    assert len(cash.text) <= MAX_LINE_CHARS
    cut = [issue for issue in table.issues if issue.line == 8 and "characters" in issue.message]
    assert [issue.message for issue in cut] == [f"a line of {len(line):,} characters: read up to character 2,000"]
    assert len(table.issues) < MAX_LINE_CHARS // 10  # the stray numbers of the first 2,000 characters at most
