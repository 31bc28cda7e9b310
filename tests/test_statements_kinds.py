"""Statement kinds from titles (condensed, over several lines, combined) and from lines when the title is on
another page; summaries, segment and note tables are not statements."""

from decimal import Decimal
from pathlib import Path

import pytest
from statement_fixtures import statements, text_filing

from exporter.read.filing import parse_filing
from exporter.read.source import decode_source
from exporter.statements.model import StatementKind

BODY = """\
<TABLE>
<CAPTION>
                                          Year Ended December 31,
                                     1997          1996          1995
<S>                                <C>           <C>           <C>
Net sales                          $52,110       $47,305       $40,012
Net income                           4,210         3,118         2,504
Total assets                        90,000        80,000        70,000
Total current liabilities           20,000        18,000        15,000
</TABLE>
"""


@pytest.mark.parametrize(("title", "kind"), [
    ("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", StatementKind.INCOME_STATEMENT),
    ("CONSOLIDATED STATEMENTS OF\n                 EARNINGS", StatementKind.INCOME_STATEMENT),
    ("STATEMENT OF CONSOLIDATED NET INCOME", StatementKind.INCOME_STATEMENT),
    ("CONSOLIDATED STATEMENTS OF FINANCIAL POSITION", StatementKind.BALANCE_SHEET),
    ("CONSOLIDATED STATEMENTS OF EARNINGS, COMPREHENSIVE INCOME\n          AND RETAINED EARNINGS",
     StatementKind.INCOME_STATEMENT),
    ("CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", StatementKind.COMPREHENSIVE_INCOME),
    ("CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY AND COMPREHENSIVE INCOME", StatementKind.EQUITY),
    ("ITEM 6.  SELECTED FINANCIAL DATA", StatementKind.OTHER),
    ("FIVE-YEAR SUMMARY OF OPERATIONS", StatementKind.OTHER),
    ("NOTE 9.  BUSINESS SEGMENTS", StatementKind.OTHER),
    ("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS\n    4. BALANCE SHEET INFORMATION", StatementKind.OTHER),
    ("Item\n1. Financial Statements\nCONDENSED CONSOLIDATED STATEMENTS\nOF OPERATIONS (Unaudited)",
     StatementKind.INCOME_STATEMENT),
    ("See accompanying\nnotes to condensed consolidated financial statements.\n2\nCONDENSED CONSOLIDATED\n"
     "BALANCE SHEETS (Unaudited)", StatementKind.BALANCE_SHEET),
    ("MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION", StatementKind.OTHER),
    ("Balance Sheet Detail", StatementKind.OTHER),
    ("SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS", StatementKind.OTHER),
    ("See accompanying\nNotes to Consolidated Financial Statements.\nVERISIGN,\nINC. AND SUBSIDIARIES\n"
     "CONSOLIDATED STATEMENTS OF CASH FLOWS", StatementKind.CASH_FLOW),
])
def test_kind_by_title(title, kind):
    [statement] = statements(f"                 {title}\n                 (In thousands)\n{BODY}")
    assert statement.kind is kind


CONTINUED = """\
<TABLE>
<CAPTION>
                                        September 30,     December 31,
                                            1999              1998
<S>                                     <C>               <C>
Accounts payable                          $12,400           $10,150
Total current liabilities                  32,400            30,150
Common stock                               50,000            50,000
Total liabilities and stockholders'
  equity                                  108,300           101,977
</TABLE>
"""

CASH_FLOW_ON_ITS_OWN_PAGE = """\
<TABLE>
<CAPTION>
                                                      Six Months Ended
                                                March 28, 1997   March 29, 1996
<S>                                                <C>              <C>
Net income                                           $ (708)           $ (33)
Net cash provided by (used in) operating activities     (54)             (11)
Cash and cash equivalents, end of the period             952              758
</TABLE>
"""


def test_a_balance_sheet_continued_on_the_next_page_is_one_by_its_lines():
    [statement] = statements(CONTINUED)
    assert statement.kind is StatementKind.BALANCE_SHEET
    assert [str(column.period) for column in statement.columns] == ["1999-09-30", "1998-12-31"]


def test_a_cash_flow_statement_without_its_title_is_one_by_its_lines():
    [statement] = statements(CASH_FLOW_ON_ITS_OWN_PAGE)
    assert statement.kind is StatementKind.CASH_FLOW
    assert [str(column.period) for column in statement.columns] == ["1996-09-28--1997-03-28",
                                                                     "1995-09-30--1996-03-29"]


def test_the_entity_name_of_an_html_document_comes_from_its_cover_page():
    html = """<html><head><title>10-K</title></head><body>
<p align="center">UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</p>
<p align="center">FORM 10-K</p>
<p>For the fiscal year ended December 31, 2004</p>
<table><tr><td><b>WIDGET HOLDINGS, INC.</b></td></tr>
<tr><td>(Exact name of registrant as specified in its charter)</td></tr></table>
</body></html>
"""
    header = parse_filing(decode_source(Path("fixture.htm"), html.encode())).header
    assert (header.company_name, header.form_type, str(header.period_of_report)) == (
        "WIDGET HOLDINGS, INC.", "10-K", "2004-12-31")


def test_a_title_with_a_tabbed_gap_before_unaudited_is_read_as_a_title():
    """'STATEMENTS OF CASH FLOWS<tabs>(Unaudited)' is wider than a prose line once its tabs are expanded, but its
    words are a short phrase: it stays the table's title."""
    title = "CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS  \t\t\t\t\t\t(Unaudited)\n\t\t\t(In millions)\n"
    found = statements(title + BODY.replace("Net sales", "Net cash provided by operations"))
    assert [statement.kind for statement in found] == [StatementKind.CASH_FLOW]


def test_a_rule_under_the_title_does_not_end_it():
    """A full-width rule at the margin between the title and the scale ('- -----...') is no prose: the title above
    it is still the table's."""
    title = "STATEMENTS OF CASH FLOWS\nFOR THE THREE YEARS ENDED MARCH 31, 1999\n- " + "-" * 78 + "\n(Thousands)\n\n"
    found = statements(title + BODY.replace("Net sales", "Net cash provided by operations"))
    assert [statement.kind for statement in found] == [StatementKind.CASH_FLOW]


PERCENT_OF_SALES = """\
                 RESULTS OF OPERATIONS
<TABLE>
<CAPTION>
                                   Second         Second
                                  Quarter        Quarter
                                     1996           1995    Change
<S>                             <C>            <C>          <C>
Net revenues                    $   1,310      $   1,120     17.0%
Gross profit                    $     402      $     371      8.4%
  Percentage of net revenues        30.7%          33.1%
Operating expenses              $     288      $     275      4.7%
  Percentage of net revenues        22.0%          24.6%
Net income                      $      71      $      60     18.3%
</TABLE>
"""

PERCENT_HEADING = """\
                 RESULTS OF OPERATIONS
<TABLE>
<CAPTION>
                                   Percent of Net Sales
                                  1997      1996      1995
<S>                             <C>       <C>       <C>
Net sales                       100.0     100.0     100.0
Cost of sales                    61.2      62.0      63.5
Net income                        4.1       3.8       3.0
</TABLE>
"""


@pytest.mark.parametrize("text", [PERCENT_OF_SALES, PERCENT_HEADING])
def test_a_table_of_percentages_is_not_a_statement(text):
    [table] = statements(text)
    assert table.kind is StatementKind.OTHER


def test_a_statement_with_one_rate_line_stays_a_statement():
    body = BODY.replace("Net income ", "Effective tax rate                    38.0%         37.5%         36.9%\n"
                                       "Net income ")
    [statement] = statements(f"                 STATEMENTS OF INCOME\n{body}")
    assert statement.kind is StatementKind.INCOME_STATEMENT


def test_a_table_with_a_percentage_of_sales_line_is_not_a_statement():
    """The '%' may stand in a cell of its own (dropped with the dollar signs): the line's label still says it."""
    text = PERCENT_OF_SALES.replace("%", "").replace("    Change", "").replace("     17.0", "")
    [table] = statements(text)
    assert table.kind is StatementKind.OTHER


def test_a_balance_sheet_continued_in_a_second_table_takes_its_dates():
    """Liabilities printed in a second <TABLE> under 'LIABILITIES AND SHAREHOLDERS' EQUITY', without dates: a
    balance sheet (not an equity statement) at the first table's dates."""
    assets = """\
                     CONDENSED CONSOLIDATED BALANCE SHEETS
<TABLE>
<CAPTION>
                                         June 26, 1999      September 25,1998
<S>                                                  <C>                    <C>
Cash and cash equivalents                        $1,773                 $1,481
         Total assets                            $5,019                 $4,289
</TABLE>
<TABLE>
<CAPTION>
                     LIABILITIES AND SHAREHOLDERS' EQUITY
<S>                                                  <C>                    <C>
    Accounts payable                             $  792                 $  719
         Total liabilities and
           shareholders' equity                  $5,019                 $4,289
</TABLE>
"""
    first, second = statements(assets)
    assert second.kind is StatementKind.BALANCE_SHEET
    assert [column.period for column in second.columns] == [column.period for column in first.columns]
    assert [str(column.period) for column in first.columns] == ["1999-06-26", "1998-09-25"]


STOCK_PRICES = """\
                 RESULTS OF OPERATIONS BY QUARTER AND MARKET PRICES (Unaudited)
<TABLE>
<CAPTION>
                                     First      Second      Third     Fourth
                                    Quarter     Quarter    Quarter    Quarter
<S>                                 <C>         <C>        <C>        <C>
1997
Net sales                           $12,110     $13,305    $14,012    $15,220
Net income                            1,210       1,318      1,504      1,622
Common stock price:
  High                               24 1/2      26 3/4     28         27 1/4
  Low                                19          21 1/8     23 1/2     22
</TABLE>
"""

SELECTED_DATA = """\
    The selected financial data below should be read with the consolidated financial statements and the results
of operations presented below.
<TABLE>
<CAPTION>
                                          Year Ended December 31,
                                     1997          1996          1995
<S>                                <C>           <C>           <C>
Net sales                          $52,110       $47,305       $40,012
Net income                           4,210         3,118         2,504
Working capital                     31,000        28,000        25,000
Total assets                        90,000        80,000        70,000
</TABLE>
"""


def test_a_table_of_stock_prices_is_not_a_statement_whatever_its_title():
    """Quarterly data with the stock's 'High' and 'Low' prices: no statement prints them."""
    [table] = statements(STOCK_PRICES)
    assert table.kind is StatementKind.OTHER


def test_operations_beside_total_assets_and_working_capital_are_selected_data_not_an_income_statement():
    """Net sales and net income beside working capital and total assets, under prose that names the results of
    operations: a summary, not an income statement; the same lines without the balance sheet ones are one."""
    [table] = statements(SELECTED_DATA)
    assert table.kind is StatementKind.OTHER
    text = SELECTED_DATA.replace("Working capital ", "Cost of sales   ").replace("Total assets ", "Gross profit ")
    [statement] = statements(text)
    assert statement.kind is StatementKind.INCOME_STATEMENT


def test_a_balance_sheet_without_title_or_labelled_total_of_assets_is_one_by_its_headings():
    """The title printed as a picture, the total of assets under a rule without a label: the lines 'Total current
    assets' and the heading 'LIABILITIES AND STOCKHOLDERS' EQUITY' make it a balance sheet at the columns' dates."""
    text = """\
See accompanying notes

14
<PAGE>
<TABLE>
<CAPTION>
March 28, 1999 and March 29, 1998
(Thousands)                                          1999             1998
- ---------------------------------------------------------------------------
<S>                                            <C>              <C>
ASSETS
     Cash and cash equivalents                     $ 21,908         $ 24,658
     Inventories                                      7,075            6,517
                                                   ------------------------
          Total current assets                       28,983           31,175
     Property, plant and equipment, net              42,468           39,689
                                                   ------------------------
                                                   $ 71,451         $ 70,864
                                                   ========================
LIABILITIES AND STOCKHOLDERS' EQUITY
     Accounts payable                              $ 13,975         $ 15,536
     Common stock                                    57,476           55,328
                                                   ------------------------
                                                   $ 71,451         $ 70,864
                                                   ========================
</TABLE>
"""
    [statement] = statements(text)
    assert statement.kind is StatementKind.BALANCE_SHEET
    assert [str(column.period) for column in statement.columns] == ["1999-03-28", "1998-03-29"]
    cash = next(item for item in statement.items if item.label == "Cash and cash equivalents")
    assert [cell.value for cell in cash.cells.values()] == [Decimal("21908"), Decimal("24658")]


COMBINED_BLOCK = """\
         STATEMENTS OF OPERATIONS & SHAREHOLDERS' EQUITY
<TABLE>
<CAPTION>
OPERATIONS
                                                  Year Ended December 31
                                          ------------------------------------
    (In thousands, except per share amounts)      1996        1995        1994
    ----------------------------------------  --------    --------    --------
    <S>                                       <C>         <C>         <C>
    Sales                                     $210,450    $158,300    $121,075
    Cost of sales                               90,120      70,410      55,980
    Net income                                $ 41,318    $ 30,215    $ 22,740
    Net income per share                      $   1.12    $   0.84    $   0.65
<CAPTION>
SHAREHOLDERS' EQUITY
                                                           Common     Retained
    (In thousands)                                          Stock     Earnings
    ----------------------------------------------------  -------     --------
    <S>                                                   <C>         <C>
    Balance, December 31, 1995                            $60,210     $ 75,380
    Issuance of 120,000 shares                              1,650
    Net income                                                          41,318
    Balance, December 31, 1996                            $61,860     $116,698
</TABLE>
"""


# The same two statements in two <TABLE> blocks, each part named by a heading line above its first amounts.
COMBINED_TABLES = COMBINED_BLOCK.replace("<CAPTION>\nOPERATIONS\n", "<CAPTION>\n").replace(
    "    <S>                                       <C>         <C>         <C>\n",
    "    <S>                                       <C>         <C>         <C>\n    Operations\n").replace(
    "<CAPTION>\nSHAREHOLDERS' EQUITY\n", "</TABLE>\n\n<TABLE>\n<CAPTION>\n").replace(
    "    <S>                                                   <C>         <C>\n",
    "    <S>                                                   <C>         <C>\n    Shareholders' Equity\n")


@pytest.mark.parametrize("text", [COMBINED_BLOCK, COMBINED_TABLES])
def test_a_title_naming_two_statements_printed_in_two_parts_gives_both(text):
    """A title naming two statements, each printed under a caption with its own columns (in one <TABLE> block, or
    in two with the part's name heading its lines): an income statement over three years, then a statement of
    equity by its two components."""
    income, equity = statements(text)
    assert (income.kind, equity.kind) == (StatementKind.INCOME_STATEMENT, StatementKind.EQUITY)
    assert [str(column.period) for column in income.columns] == [
        "1996-01-01--1996-12-31", "1995-01-01--1995-12-31", "1994-01-01--1994-12-31"]
    sales = next(item for item in income.items if item.label == "Sales")
    assert [cell.value for cell in sales.cells.values()] == [Decimal("210450"), Decimal("158300"), Decimal("121075")]
    assert [column.heading for column in equity.columns] == ["Common Stock", "Retained Earnings"]
    issuance = next(item for item in equity.items if item.label.startswith("Issuance"))
    assert {k: cell.value for k, cell in issuance.cells.items()} == {0: Decimal("1650")}


def test_the_figures_of_a_chart_printed_without_line_labels_are_no_statement():
    """An annual report's bar chart printed as its data: a title naming a statement, years over the columns, and one
    line of figures without a label."""
    chart = """\
                              Shareholders' Equity
                              (dollars in millions)
<TABLE>
<CAPTION>
1996                  1997                  1998                  1999
- ----                  ----                  ----                  ----
<S>                   <C>                   <C>                   <C>
 310                   402                   611                   795
</TABLE>
"""
    [table] = statements(chart)
    assert table.kind is StatementKind.OTHER
    assert statements(chart.replace("\n 310 ", "\nTotal 310 "))[0].kind is StatementKind.EQUITY


def test_an_untitled_table_of_sales_beside_assets_and_liabilities_is_not_a_balance_sheet():
    """Net sales and net income beside total assets and total liabilities, with no title (restated figures in
    MD&A): a balance sheet never prints 'Net sales'; without that line the same table is one by its lines."""
    body = SELECTED_DATA.split("\n", 2)[2].replace("Working capital   ", "Total liabilities ")
    [table] = statements(body)
    assert table.kind is StatementKind.OTHER
    [statement] = statements(body.replace("Net sales", "Cash     "))
    assert statement.kind is StatementKind.BALANCE_SHEET


def test_a_discussion_and_analysis_heading_wrapped_from_the_line_before_is_no_statement_title():
    text = ("                 Management's\n                 Discussion and Analysis of Financial Condition and Results"
            " of Operations.\n" + BODY)
    [table] = statements(text)
    assert table.kind is StatementKind.OTHER


UNTITLED_ROLL_FORWARD = """\
<TABLE>
<CAPTION>
                                 Common    Capital   Reinvested  Accumulated Other
                                  Stock    Surplus    Earnings   Comprehensive Loss     Total
<S>                             <C>       <C>        <C>         <C>                 <C>
Balance, December 31, 1996        $ 40     $ 1,960     $ 3,500         $ (50)        $ 5,450
Net income                          --          --         900            --             900
Balance, December 31, 1997        $ 40     $ 1,960     $ 4,400         $ (50)        $ 6,350
</TABLE>
"""


def test_columns_of_equity_components_make_an_equity_statement_whatever_else_they_name():
    # no title; 'Accumulated Other Comprehensive Loss' is a column, not a statement of comprehensive income
    (statement,) = statements(UNTITLED_ROLL_FORWARD)
    assert statement.kind is StatementKind.EQUITY


def test_a_statement_built_letting_go_of_its_rows_is_the_same_and_leaves_the_table_empty():
    """build_statement(let_go=True) takes each row out of the table as its line is made (a long table is not held
    twice): the statement is the one built without it."""
    from exporter.parse.documents import find_tables
    from exporter.statements.build import build_statement

    text = text_filing("0000999999-98-000001", "19971231", "CONSOLIDATED BALANCE SHEETS\n" + BODY)
    kept, taken = (find_tables(parse_filing(decode_source(Path("f.txt"), text.encode())))[0] for _ in range(2))
    rows = len(kept.rows)
    assert rows == 4
    assert build_statement(taken, let_go=True) == build_statement(kept)
    assert not taken.rows and len(kept.rows) == rows
