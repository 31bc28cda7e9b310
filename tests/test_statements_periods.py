"""Each column's period from its own headings: two-level headings, three-year statements, 52/53-week years,
comparative balance sheets and columns that name no period."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from statement_fixtures import periods, statements, text_filing

from exporter.pipeline import convert
from exporter.statements.fiscal import FiscalYear, fiscal_year
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


FISCAL_YEARS_UNDER_A_TALL_LABEL_CELL = """<html><body>
<p>CONSOLIDATED BALANCE SHEETS</p>
<table>
<tr><td>in millions</td><td colspan="2">March 3, 2019</td><td colspan="2">February 25, 2018</td></tr>
<tr><td>Cash</td><td>$</td><td>1,410</td><td>$</td><td>1,275</td></tr>
<tr><td>Total assets</td><td>$</td><td>9,820</td><td>$</td><td>9,015</td></tr>
</table>
<p>CONSOLIDATED STATEMENTS OF EARNINGS</p>
<table>
<tr><td rowspan="2">in millions, except per share data</td><td colspan="2">Fiscal</td><td></td>
<td colspan="2">Fiscal</td><td></td><td colspan="2">Fiscal</td></tr>
<tr><td colspan="2">2018</td><td></td><td colspan="2">2017</td><td></td><td colspan="2">2016</td></tr>
<tr><td>Net sales</td><td>$</td><td>12,604</td><td></td><td>$</td><td>11,950</td><td></td><td>$</td><td>11,322</td></tr>
<tr><td>Net earnings</td><td></td><td>804</td><td></td><td></td><td>771</td><td></td><td></td><td>702</td></tr>
</table></body></html>
"""


def test_fiscal_years_under_a_label_cell_two_rows_high_step_back_a_year_from_the_next_years_end():
    """'Fiscal' over '2018' beside a label cell with rowspan=2: the year stays over its column. Fiscal 2018 ends
    on the latest balance-sheet date and starts after the other; fiscal 2016 ends on the Sunday nearest a year
    before fiscal 2017's end (February 26, 2017), not a whole number of years before the latest end."""
    balance_sheet, income = [s for s in statements(FISCAL_YEARS_UNDER_A_TALL_LABEL_CELL, "fixture.htm")
                             if s.kind in (StatementKind.BALANCE_SHEET, StatementKind.INCOME_STATEMENT)]
    assert periods(balance_sheet) == ["2019-03-03", "2018-02-25"]
    assert [column.heading for column in income.columns] == ["Fiscal 2018", "Fiscal 2017", "Fiscal 2016"]
    assert periods(income) == ["2018-02-26--2019-03-03", "2017-02-27--2018-02-25", "2016-02-29--2017-02-26"]


NINE_MONTHS_OF_A_53_WEEK_YEAR = """<html><body>
<p>Basis of Presentation</p>
<p>The Company's fiscal year is the 52- or 53-week period that ends on the last Saturday of June. An additional
week is included in the first fiscal quarter every five or six years.</p>
<p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)</p><p>(In millions)</p>
<table>
<tr><td></td><td colspan="2">Nine Months Ended</td></tr>
<tr><td></td><td>March 30, 2019</td><td>March 31, 2018</td></tr>
<tr><td>Net sales</td><td>4,310</td><td>4,102</td></tr>
<tr><td>Net income</td><td>512</td><td>488</td></tr>
</table></body></html>
"""


def test_a_fiscal_year_described_in_words_starts_the_durations_of_a_53_week_year():
    """'ends on the last Saturday of June': the nine months ended March 31, 2018 start the day after June 24, 2017
    (40 weeks: that year had 53), those ended March 30, 2019 the day after June 30, 2018, though no statement
    prints either date."""
    [income] = [s for s in statements(NINE_MONTHS_OF_A_53_WEEK_YEAR, "fixture.htm")
                if s.kind is StatementKind.INCOME_STATEMENT]
    assert periods(income) == ["2018-07-01--2019-03-30", "2017-06-25--2018-03-31"]


def test_fiscal_year_conventions_read_from_the_text():
    assert fiscal_year(["We operate on a 52- or 53-week year, ending on the last Sunday in January."]) == \
        FiscalYear(6, 1, None)
    nearest = fiscal_year(["Our fiscal year is a 52- or 53-week period ending on the Sunday nearest to",
                           "<b>January 31</b>. Fiscal 2019 includes 52 weeks."])
    assert nearest is not None and [nearest.end_in(year) for year in (2019, 2020)] == \
        [date(2019, 2, 3), date(2020, 2, 2)]
    month_end = fiscal_year(["a fifty-two or fifty-three week fiscal year ending on the Saturday closest to the "
                             "last day of December"])
    assert month_end is not None and month_end.end_in(2022) == date(2022, 12, 31)
    assert fiscal_year(["the stock traded over the last 52 weeks between $10 and $20"]) is None


def test_a_fourteen_week_quarter_printed_before_the_year_end_it_follows_starts_the_day_after_it():
    """A 10-Q's income statement printed before its balance sheet: the quarter ended Saturday January 1, 2000 is the
    first of a 53-week year and starts the day after the year end the balance sheet prints (September 25, 1999),
    not 13 weeks before its end; the year-earlier quarter starts after the Saturday 13 weeks before its end."""
    body = """\
                 CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                                (In thousands)
<TABLE>
<CAPTION>
                                            Three Months Ended
                                      January 1,       December 26,
                                         2000              1998
<S>                                   <C>              <C>
Net sales                              $ 61,720         $ 48,315
Net income                             $  5,204         $  3,917
</TABLE>

                     CONDENSED CONSOLIDATED BALANCE SHEETS
                                (In thousands)
<TABLE>
<CAPTION>
                                      January 1,      September 25,
                                         2000              1999
<S>                                   <C>              <C>
Cash and cash equivalents              $ 20,410         $ 18,220
Total assets                           $ 96,135         $ 90,478
Total current liabilities              $ 25,300         $ 24,110
</TABLE>
"""
    conversion = convert(Path("fixture.txt"), raw=text_filing("0000999999-00-000001", "20000101", body).encode())
    sales = {(str(fact.context.period.start), str(fact.context.period.end)): fact.value
             for fact in conversion.mapped.facts if fact.source_text.startswith("Net sales")}
    assert sales == {("1999-09-26", "2000-01-01"): Decimal("61720000"),
                     ("1998-09-27", "1998-12-26"): Decimal("48315000")}
