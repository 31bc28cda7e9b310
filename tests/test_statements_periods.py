"""Each column's period from its own headings: two-level headings, three-year statements, 52/53-week years,
comparative balance sheets and columns that name no period."""

from statement_fixtures import periods, statements

from exporter.statements.model import StatementKind

QUARTER_AND_NINE_MONTHS = """\
                 CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                     (In millions, except per share amounts)
<TABLE>
<CAPTION>
                                    Three Months Ended      Nine Months Ended
                                       Sept. 30,               Sept. 30,
                                    ------------------      ------------------
                                     1999       1998         1999       1998
<S>                                 <C>        <C>          <C>        <C>
Net sales                           $1,336     $1,556       $4,420     $4,386
Net income                             111        106          395         87
</TABLE>
"""

THREE_YEARS = """\
                       CONSOLIDATED STATEMENTS OF INCOME
                    (In thousands, except per share data)
<TABLE>
<CAPTION>
                                          Year Ended December 31,
                                   ------------------------------------
                                     1997          1996          1995
<S>                                <C>           <C>           <C>
Revenues                           $52,110       $47,305       $40,012
Net income                           4,210         3,118         2,504
</TABLE>
"""

COMPARATIVE_BALANCE_SHEET = """\
                     CONDENSED CONSOLIDATED BALANCE SHEETS
                                (In thousands)
<TABLE>
<CAPTION>
                                        September 30,     December 31,
                                            1999              1998
                                        (Unaudited)
<S>                                     <C>               <C>
Cash                                      $12,400           $10,150
Total assets                              108,300           101,977
Total liabilities and stockholders'
  equity                                  108,300           101,977
</TABLE>
"""

FIFTY_TWO_WEEKS = """\
                          CONSOLIDATED BALANCE SHEETS
                                (In thousands)
<TABLE>
<CAPTION>
                                        January 30,       January 31,
                                           1998              1997
<S>                                     <C>               <C>
Total assets                             $608,300          $501,977
Total liabilities and shareholders'
  equity                                  608,300           501,977
</TABLE>

                        CONSOLIDATED STATEMENTS OF INCOME
                                (In thousands)
<TABLE>
<CAPTION>
                                         Fiscal       Fiscal       Fiscal
                                          1998         1997         1996
<S>                                     <C>          <C>          <C>
Net sales                               $912,300     $801,000     $700,500
Net income                                41,200       30,100       20,300
</TABLE>
"""

STUB_PERIODS = """\
                       CONSOLIDATED STATEMENTS OF OPERATIONS
                                (In thousands)
<TABLE>
<CAPTION>
                                     Successor       Predecessor
                                   Year Ended
                                  June 30, 1999
<S>                                <C>             <C>
Revenues                           $52,110         $47,305
Net income                           4,210           3,118
</TABLE>
"""


def test_two_level_headings_give_each_group_its_span_and_each_column_its_year():
    [statement] = statements(QUARTER_AND_NINE_MONTHS)
    assert periods(statement) == ["1999-07-01--1999-09-30", "1998-07-01--1998-09-30",
                                  "1999-01-01--1999-09-30", "1998-01-01--1998-09-30"]


def test_a_three_year_statement_has_three_years():
    [statement] = statements(THREE_YEARS)
    assert statement.kind is StatementKind.INCOME_STATEMENT
    assert periods(statement) == ["1997-01-01--1997-12-31", "1996-01-01--1996-12-31", "1995-01-01--1995-12-31"]


def test_each_balance_sheet_column_has_its_own_date():
    [statement] = statements(COMPARATIVE_BALANCE_SHEET)
    assert periods(statement) == ["1999-09-30", "1998-12-31"]


def test_fiscal_years_end_on_the_balance_sheet_dates_and_start_the_day_after_the_year_before():
    balance_sheet, income = statements(FIFTY_TWO_WEEKS)
    assert periods(balance_sheet) == ["1998-01-30", "1997-01-31"]
    # 1998's year starts the day after 31 January 1997 (printed); 1996's ends on the Friday nearest 30 January
    # and starts after the Friday 52 weeks before
    assert periods(income) == ["1997-02-01--1998-01-30", "1996-02-03--1997-01-31", "1995-02-04--1996-02-02"]


def test_a_column_with_no_readable_period_has_none():
    [statement] = statements(STUB_PERIODS)
    assert periods(statement) == ["1998-07-01--1999-06-30", ""]


def test_html_years_of_52_weeks_start_after_the_next_columns_end():
    html = """<html><body>
<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(In millions)</p>
<table>
<tr><td></td><td>Years ended</td></tr>
<tr><td></td><td>September 28, 2024</td><td>September 30, 2023</td><td>September 24, 2022</td></tr>
<tr><td>Net sales</td><td>391,035</td><td>383,285</td><td>394,328</td></tr>
<tr><td>Net income</td><td>93,736</td><td>96,995</td><td>99,803</td></tr>
</table></body></html>
"""
    [statement] = [s for s in statements(html, "fixture.htm") if s.kind is StatementKind.INCOME_STATEMENT]
    assert periods(statement) == ["2023-10-01--2024-09-28", "2022-09-25--2023-09-30", "2021-09-26--2022-09-24"]


def test_years_over_columns_take_the_dates_the_caption_writes_for_them():
    """'September 30, 1994, and September 24, 1993' in the caption over columns '1994  1993': each column is its
    year's written date, and a later income statement's fiscal 1994 starts the day after September 24, 1993."""
    text = """\
Consolidated Balance Sheets
<TABLE>
<CAPTION>
September 30, 1994, and September 24, 1993             1994             1993
<S>                                              <C>             <C>
  Cash and cash equivalents                      $ 1,203,488     $   676,413
    Total assets                                 $ 5,302,746     $ 5,171,412
</TABLE>
Consolidated Statements of Income
<TABLE>
<CAPTION>
Three fiscal years ended                  1994          1993
September 30, 1994
<S>                                <C>           <C>
Net sales                          $ 9,188,748   $ 7,976,954
Net income                         $   310,178   $    86,589
</TABLE>
"""
    balance, income = statements(text)
    assert periods(balance) == ["1994-09-30", "1993-09-24"]
    assert periods(income)[0] == "1993-09-25--1994-09-30"


def test_a_52_week_year_that_ends_on_a_months_last_day_does_not_make_it_the_year_end_of_other_years():
    """Saturday, September 30, 2023 ends a 52-week year on the periods' own weekday: 2022's year starts after the
    Saturday 52 weeks before September 24, 2022, not after September 30, 2021."""
    html = """<html><body>
<p>CONSOLIDATED BALANCE SHEETS</p><p>(In millions)</p>
<table>
<tr><td></td><td>September 28, 2024</td><td>September 30, 2023</td></tr>
<tr><td>Total assets</td><td>364,980</td><td>352,583</td></tr>
<tr><td>Total liabilities and shareholders' equity</td><td>364,980</td><td>352,583</td></tr>
</table>
<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(In millions)</p>
<table>
<tr><td></td><td>Years ended</td></tr>
<tr><td></td><td>September 28, 2024</td><td>September 30, 2023</td><td>September 24, 2022</td></tr>
<tr><td>Net sales</td><td>391,035</td><td>383,285</td><td>394,328</td></tr>
<tr><td>Net income</td><td>93,736</td><td>96,995</td><td>99,803</td></tr>
</table></body></html>
"""
    [statement] = [s for s in statements(html, "fixture.htm") if s.kind is StatementKind.INCOME_STATEMENT]
    assert periods(statement) == ["2023-10-01--2024-09-28", "2022-09-25--2023-09-30", "2021-09-26--2022-09-24"]
