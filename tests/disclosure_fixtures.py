"""Made-up filings with note tables: an HTML 10-K (the statements of html_fixtures, an income tax note with years
as columns and no scale of its own, a property note, a note of before-tax and net-of-tax columns) and a text 10-K
of 52/53-week fiscal years (statements, an income tax note, a note of before-tax and net-of-tax columns)."""

from html_fixtures import BALANCE_SHEET, INCOME_STATEMENT, SEC_HEADER


def _html_row(label: str, *cells: str, heading: bool = False) -> str:
    if heading:
        return f'<TR><TD><FONT SIZE=2>{label}</FONT></TD></TR>\n'
    tds = "".join(f'<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>{cell}</FONT></TD>' for cell in cells)
    return f'<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>{label}</FONT></TD>{tds}</TR>\n'


def _html_table(title: str, headings: list[str], rows: str) -> str:
    head = "".join(f'<TD>&nbsp;</TD><TD ALIGN="CENTER"><FONT SIZE=2><B>{h}</B></FONT></TD>' for h in headings)
    return (f"<P><FONT SIZE=2>{title}</FONT></P>\n<TABLE WIDTH=\"100%\" BORDER=0>\n"
            f'<TR VALIGN="BOTTOM"><TD WIDTH="60%">&nbsp;</TD>{head}</TR>\n{rows}</TABLE>\n')


HTML_TAX_NOTE = _html_table(
    "The provision for income taxes consisted of the following:", ["1999", "1998"],
    _html_row("Federal:", heading=True) + _html_row("Current", "$ 520", "$ 380") + _html_row("Deferred", "45", "30")
    + _html_row("Total", "565", "410") + _html_row("State:", heading=True) + _html_row("Current", "105", "90")
    + _html_row("Deferred", "10", "5") + _html_row("Total", "115", "95") + _html_row("Foreign:", heading=True)
    + _html_row("Current", "100", "65") + _html_row("Deferred", "10", "5") + _html_row("Total", "110", "70")
    + _html_row("Provision for income taxes", "$ 790", "$ 575"))

HTML_PROPERTY_NOTE = _html_table(
    "Property, plant and equipment consisted of the following (in thousands):", ["1999", "1998"],
    _html_row("Land", "1,400", "1,400") + _html_row("Buildings and machinery", "11,000", "10,500")
    + _html_row("Property, plant and equipment, gross", "12,400", "11,900")
    + _html_row("Accumulated depreciation", "(5,230)", "(4,610)")
    + _html_row("Property, plant and equipment, net", "$ 7,170", "$ 7,290"))

HTML_NET_OF_TAX_NOTE = _html_table(
    "Components of other comprehensive income for 1999 (in thousands):",
    ["Before-Tax Amount", "Tax Effect", "Net-of-Tax Amount"],
    _html_row("Foreign currency translation adjustment", "(120)", "45", "(75)")
    + _html_row("Unrealized gain on securities", "64", "(24)", "40"))

HTML_10K = (SEC_HEADER + "<HTML>\n<BODY>\n" + BALANCE_SHEET + "<P><HR NOSHADE></P>\n" + INCOME_STATEMENT
            + "<P><B>NOTES TO CONSOLIDATED FINANCIAL STATEMENTS</B></P>\n<P><B>4. Income Taxes</B></P>\n"
            + HTML_TAX_NOTE + "<P><B>5. Property, Plant and Equipment</B></P>\n" + HTML_PROPERTY_NOTE
            + "<P><B>6. Comprehensive Income</B></P>\n" + HTML_NET_OF_TAX_NOTE
            + "</BODY>\n</HTML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")

TEXT_10K = SEC_HEADER.replace("19991231", "19970927").replace("\t\t\tVT\n", "\t\t\tWI\n") + """\
                          BIRCH CREEK FOUNDRY CORP
                          CONSOLIDATED BALANCE SHEETS
                               (In thousands)

<TABLE>
<CAPTION>
                                                     September 27,  September 28,
                                                         1997           1996
                                                     ------------   ------------
<S>                                                  <C>            <C>
Cash and cash equivalents...........................   $  1,245       $    980
Inventories.........................................      2,830          2,615
                                                       --------       --------
      Total assets..................................   $  4,075       $  3,595
                                                       ========       ========
Accounts payable....................................   $  1,820       $  1,640
Common stock........................................      2,255          1,955
                                                       --------       --------
      Total liabilities and stockholders' equity....   $  4,075       $  3,595
                                                       ========       ========
</TABLE>

                          BIRCH CREEK FOUNDRY CORP
                      CONSOLIDATED STATEMENTS OF INCOME
                               (In thousands)

<TABLE>
<CAPTION>
                                                            Years Ended
                                                     ---------------------------
                                                     September 27,  September 28,
                                                         1997           1996
                                                     ------------   ------------
<S>                                                  <C>            <C>
Net sales...........................................   $ 24,310       $ 21,870
Cost of sales.......................................     22,625         20,640
                                                       --------       --------
Income before income taxes..........................      1,685          1,230
Provision for income taxes..........................        660            480
                                                       --------       --------
Net income..........................................   $  1,025       $    750
                                                       ========       ========
</TABLE>

NOTE 5 -- INCOME TAXES

The provision for income taxes consists of the following (in thousands):

<TABLE>
<CAPTION>
                                                         1997           1996
                                                     ------------   ------------
<S>                                                  <C>            <C>
Current:
  Federal...........................................   $    480       $    350
  State.............................................         90             70
Deferred:
  Federal...........................................         75             50
  State.............................................         15             10
                                                       --------       --------
Provision for income taxes..........................   $    660       $    480
                                                       ========       ========
</TABLE>

NOTE 6 -- COMPREHENSIVE INCOME

<TABLE>
<CAPTION>
                                                      Before-Tax        Tax      Net-of-Tax
                                                        Amount        Effect       Amount
                                                     ------------   ---------   ----------
<S>                                                  <C>            <C>         <C>
Foreign currency translation adjustment.............      (120)           45          (75)
Unrealized gain on securities.......................        64           (24)          40
</TABLE>

</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""
