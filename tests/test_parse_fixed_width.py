"""Statements printed as fixed-width text without <TABLE> tags, and headings printed above a <TABLE>, on small
hand-written fixtures in the styles of 1994-2000 EDGAR text filings (and <PRE> text in an HTML document)."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from exporter.parse.documents import find_tables, iter_tables
from exporter.periods import Period
from exporter.read.filing import parse_filing
from exporter.read.source import decode_source
from exporter.statements.build import build_statement
from exporter.statements.model import StatementKind

BALANCE_SHEET = """\
                         HARTWELL PUMP COMPANY
                       CONSOLIDATED BALANCE SHEET
                         (dollars in millions)

                                                        December 31,
                                                   ---------------------
                                                     1997        1996
                                                   -------     -------
Current Assets:
Cash and cash equivalents                          $   456     $   381
Receivables, net of allowances                         973         851
Inventories                                            799         669
                                                   -------     -------
  Total Current Assets                               2,228       1,901
Common stock, par value of $.10 per share:
  issued 108,253,703 in 1997 and
  108,249,016 in 1996                                   11          11
Property, Plant and Equipment                        1,156         964
                                                   -------     -------
  Total Assets                                     $ 3,395     $ 2,876
                                                   =======     =======

The accompanying notes are an integral part of these financial statements.

                                   12
"""

INCOME_STATEMENT = """\
                        Larkspur Devices, Inc. and Subsidiaries
                 Condensed Consolidated Statements of Operations
                                  (Unaudited)
                     (In millions, except per share amounts)

                                   Three Months Ended   Nine Months Ended
                                  Sept. 30,  Sept. 30,  Sept. 30,  Sept. 30,
                                     1998       1997       1998       1997

Net sales                          $ 1,023    $   921    $ 2,909    $ 2,663
Costs and expenses
  Cost of sales                        618        519      1,832      1,503
  Selling, general and
    administrative expenses            251        231        788        673
    Total costs and expenses           869        750      2,620      2,176
Earnings (loss) before income taxes    154        171        289        487
Income tax provision                    46         60        (87)       170
Net earnings                       $   108    $   111    $   376    $   317
Net earnings per share             $  1.08    $  1.11    $  3.76    $  3.17


See accompanying notes to condensed consolidated financial statements.
"""

CONTINUED = """\
                        OSPREY FOODS CORPORATION
                       CONSOLIDATED BALANCE SHEET
                         (in thousands of dollars)

                                                           March 31,
                                                      ------------------
                                                        1996      1995
                                                      --------  --------
ASSETS
Cash                                                  $  2,100  $  1,750
Receivables                                              2,300     1,900
Inventories                                              1,500     1,600
Prepaid expenses                                           500       400
                                                      --------  --------
  Total Assets                                        $  6,400  $  5,650
                                                      ========  ========



                                   - 4 -

<PAGE>

                        OSPREY FOODS CORPORATION
                 CONSOLIDATED BALANCE SHEET (Continued)
                         (in thousands of dollars)

                                                    March 31,
                                               ------------------
                                                 1996      1995
                                               --------  --------
LIABILITIES AND STOCKHOLDERS' EQUITY
Accounts payable                               $  1,400  $  1,150
Long-term debt                                    2,000     2,000
Stockholders' equity                              3,000     2,500
                                               --------  --------
  Total Liabilities and Stockholders' Equity   $  6,400  $  5,650
                                               ========  ========
"""

HEADINGS_ABOVE = """\
   Consolidated Condensed Balance Sheets           Sept. 27,  Dec. 28,
   (in millions)                                     1997       1996
                                                     ----       ----
<TABLE>
<S>                                               <C>        <C>
Cash and cash equivalents                            $ 412      $ 390
Accounts receivable                                    705        688
Inventories                                            301        277
Total assets                                       $ 1,418    $ 1,355
</TABLE>
"""

PRE_HTML = """\
<HTML><BODY>
<P>Annual report</P>
<pre>
<b>Fernbrook Ethanol, LLC

Statements of Operations</b>

                                              Year Ended        Year Ended
                                             September 30,     September 30,
                                                 2008              2007
                                           ---------------   ---------------
Revenues                                   $   12,880,410    $    9,004,115
Cost of goods sold                              9,640,200         7,311,902
                                           ---------------   ---------------
Gross profit                                    3,240,210         1,692,213
General &amp; administrative expenses           1,008,188           822,327
                                           ---------------   ---------------
Net income                                 $    2,232,022    $      869,886
                                           ===============   ===============
</pre>
</BODY></HTML>
"""

MD_AND_A = """\
ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS

Net sales rose 11% to $1,023 million in the third quarter of 1998 from $921 million in 1997, and
cost of sales rose to $618 million from $519 million, as described in the consolidated statements of
operations. Total costs and expenses were $869 million, against $750 million a year before; net
earnings were $108 million, or $1.08 per share, compared with $111 million, or $1.11 per share.

                          Selected Financial Data
                   (in millions, except per share amounts)

                                     1998      1997      1996      1995
Net sales                          $ 4,023   $ 3,921   $ 3,611   $ 3,345
Net earnings                           408       391       322       301
Balance sheet data:
  Working capital                    1,210     1,105       987       954
  Total assets                       6,395     5,876     5,402     5,013
  Long-term debt                     1,400     1,510     1,620     1,705
  Total stockholders' equity         3,020     2,811     2,540     2,302
"""


def _tables(text: str, name: str = "fixture.txt"):
    return find_tables(parse_filing(decode_source(Path(name), text.encode())))


def _statement(text: str, name: str = "fixture.txt"):
    tables = _tables(text, name)
    assert len(tables) == 1
    return tables[0], build_statement(tables[0])


def _rows(statement) -> dict[str, dict[int, Decimal]]:
    return {item.label: {column: cell.value for column, cell in item.cells.items()} for item in statement.items}


def test_a_fixed_width_balance_sheet_is_read_from_its_title_to_its_last_total():
    table, statement = _statement(BALANCE_SHEET)
    assert statement.kind is StatementKind.BALANCE_SHEET
    assert table.title_lines == ["HARTWELL PUMP COMPANY", "CONSOLIDATED BALANCE SHEET", "(dollars in millions)"]
    assert statement.scale == 6
    assert [column.period for column in statement.columns] == [Period(end=date(1997, 12, 31)),
                                                                Period(end=date(1996, 12, 31))]
    rows = _rows(statement)
    assert rows["Cash and cash equivalents"] == {0: Decimal(456), 1: Decimal(381)}
    assert rows["Total Assets"] == {0: Decimal(3395), 1: Decimal(2876)}
    assert table.last_line == 20  # the footnote and the page number below the last total are not rows


def test_numbers_inside_a_label_open_no_column_of_their_own():
    table, statement = _statement(BALANCE_SHEET)
    assert len(table.columns) == 2
    common = next(item for item in statement.items if item.label.startswith("issued"))
    assert common.label == "issued 108,253,703 in 1997 and 108,249,016 in 1996"
    assert {column: cell.value for column, cell in common.cells.items()} == {0: Decimal(11), 1: Decimal(11)}


def test_a_two_level_heading_gives_each_column_its_span_and_date():
    _, statement = _statement(INCOME_STATEMENT)
    assert statement.kind is StatementKind.INCOME_STATEMENT
    assert [column.heading for column in statement.columns] == [
        "Three Months Ended Sept. 30, 1998", "Three Months Ended Sept. 30, 1997",
        "Nine Months Ended Sept. 30, 1998", "Nine Months Ended Sept. 30, 1997"]
    assert [column.period for column in statement.columns] == [
        Period(start=date(1998, 7, 1), end=date(1998, 9, 30)), Period(start=date(1997, 7, 1), end=date(1997, 9, 30)),
        Period(start=date(1998, 1, 1), end=date(1998, 9, 30)), Period(start=date(1997, 1, 1), end=date(1997, 9, 30))]
    rows = _rows(statement)
    assert rows["Selling, general and administrative expenses"] == {
        0: Decimal(251), 1: Decimal(231), 2: Decimal(788), 3: Decimal(673)}
    assert rows["Income tax provision"][2] == Decimal(-87)
    assert rows["Net earnings per share"] == {0: Decimal("1.08"), 1: Decimal("1.11"), 2: Decimal("3.76"),
                                              3: Decimal("3.17")}


def test_a_statement_continued_over_a_page_is_one_table():
    table, statement = _statement(CONTINUED)
    assert statement.kind is StatementKind.BALANCE_SHEET
    assert [column.period for column in statement.columns] == [Period(end=date(1996, 3, 31)),
                                                                Period(end=date(1995, 3, 31))]
    rows = _rows(statement)
    assert rows["Total Assets"] == {0: Decimal(6400), 1: Decimal(5650)}
    assert rows["Long-term debt"] == {0: Decimal(2000), 1: Decimal(2000)}
    assert rows["Total Liabilities and Stockholders' Equity"] == {0: Decimal(6400), 1: Decimal(5650)}
    assert "4" not in rows and "" not in rows  # the page number '- 4 -' is no row
    assert (table.first_line, table.last_line) == (1, 37)


def test_headings_above_the_table_head_its_columns_and_the_title_keeps_the_rest():
    table, statement = _statement(HEADINGS_ABOVE)
    assert table.title_lines == ["Consolidated Condensed Balance Sheets", "(in millions)"]
    assert [column.heading for column in table.columns] == ["Sept. 27, 1997", "Dec. 28, 1996"]
    assert statement.kind is StatementKind.BALANCE_SHEET
    assert statement.scale == 6
    assert [column.period for column in statement.columns] == [Period(end=date(1997, 9, 27)),
                                                                Period(end=date(1996, 12, 28))]
    assert _rows(statement)["Total assets"] == {0: Decimal(1418), 1: Decimal(1355)}


def test_pre_text_in_an_html_document_is_read_as_fixed_width_text():
    table, statement = _statement(PRE_HTML, "fixture.htm")
    assert statement.kind is StatementKind.INCOME_STATEMENT
    assert table.title_lines == ["Statements of Operations"]
    assert [column.period for column in statement.columns] == [
        Period(start=date(2007, 10, 1), end=date(2008, 9, 30)), Period(start=date(2006, 10, 1), end=date(2007, 9, 30))]
    rows = _rows(statement)
    assert rows["General & administrative expenses"] == {0: Decimal(1008188), 1: Decimal(822327)}
    assert rows["Net income"] == {0: Decimal(2232022), 1: Decimal(869886)}
    assert rows["Revenues"][0] == Decimal(12880410)
    net_income = next(item for item in statement.items if item.label == "Net income")
    assert net_income.line == 18  # the source line, counted in the file


def test_statements_are_numbered_in_document_order_with_tagged_tables():
    tables = _tables(BALANCE_SHEET + "\n<PAGE>\n" + HEADINGS_ABOVE + "\n<PAGE>\n" + INCOME_STATEMENT)
    assert [table.index for table in tables] == [0, 1, 2]
    assert [build_statement(table).kind for table in tables] == [
        StatementKind.BALANCE_SHEET, StatementKind.BALANCE_SHEET, StatementKind.INCOME_STATEMENT]
    assert [table.first_line for table in tables] == sorted(table.first_line for table in tables)


def test_prose_and_selected_financial_data_are_no_statement():
    assert _tables(MD_AND_A) == []


def test_a_table_of_contents_naming_the_statements_is_no_statement():
    contents = """\
   Item 1   Financial Statements

            Condensed Consolidated Statements of Operations for the
            Three-Month Periods Ended March 28, 1998 and March 29, 1997        3

            Condensed Consolidated Balance Sheets at
            March 28, 1998 and December 31, 1997                               4

            Condensed Consolidated Statements of Cash Flows for the
            Three-Month Periods Ended March 28, 1998 and March 29, 1997        5

   Item 2   Management's Discussion and Analysis                               9
   Item 3   Legal Proceedings                                                 14
   Item 4   Exhibits and Reports on Form 8-K                                  15
"""
    assert _tables(contents) == []


def test_tables_read_a_table_at_a_time_letting_lines_go_are_the_same():
    text = BALANCE_SHEET + "\n<PAGE>\n" + HEADINGS_ABOVE + "\n<PAGE>\n" + CONTINUED

    def read(let_go: bool) -> list[tuple]:
        filing = parse_filing(decode_source(Path("fixture.txt"), text.encode()))
        return [(table.index, table.title_lines, [column.heading for column in table.columns],
                 [(row.label, dict(row.cells)) for row in table.rows]) for table in iter_tables(filing, let_go)]

    kept, let_go = read(False), read(True)
    assert len(kept) == 3
    assert let_go == kept


def test_one_column_under_a_wide_underline_and_a_year_with_a_footnote_mark():
    text = """\
                                 TAMARACK HOLDINGS INC.
                                     BALANCE SHEET
                                   December 31, 2007

Current Assets
     Cash and cash equivalents                                 $      28,604
     Prepaid expenses                                                  1,396
                                                              ------------------
     Total current assets                                             30,000
Common stock, $.001 par value; 100,000,000 shares
     authorized, 1,245,000 issued                                      1,245
Accumulated deficit                                                  (11,245)
                                                              ------------------
     Total shareholders' equity                                      (10,000)
                                                              ==================

            UNAUDITED CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                    (IN THOUSANDS, EXCEPT PER SHARE AMOUNTS)

                                                 Three Months Ended
                                                       March 31,
                                               ------------------------
                                                 2000           1999(1)
                                               --------        --------
Revenue                                        $191,347        $ 99,980
Cost of revenue                                  78,992          40,815
                                               --------        --------
Gross profit                                    112,355          59,165
Net income                                       48,836          22,283
"""
    balance_sheet, income = [build_statement(table) for table in _tables(text)]
    assert len(balance_sheet.columns) == 1  # '$.001' and '100,000,000' stand in a label, left of the underline
    common = "Common stock, $.001 par value; 100,000,000 shares authorized, 1,245,000 issued"
    assert _rows(balance_sheet)[common] == {0: Decimal(1245)}
    assert _rows(balance_sheet)["Accumulated deficit"] == {0: Decimal(-11245)}
    assert [column.period for column in income.columns] == [
        Period(start=date(2000, 1, 1), end=date(2000, 3, 31)), Period(start=date(1999, 1, 1), end=date(1999, 3, 31))]
    assert _rows(income)["Revenue"] == {0: Decimal(191347), 1: Decimal(99980)}
    assert "" not in _rows(income)  # the year line is a heading, not a row of 2000 and 1999
