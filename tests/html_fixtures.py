"""Small HTML filings in the style of 1999-2005 EDGAR HTML (uppercase tags, <FONT>, &nbsp;, '$' and ')' in cells of
their own), and hostile variants, for tests/test_html_tables.py and the fuzz strategies."""

BALANCE_SHEET = """\
<P ALIGN="CENTER"><FONT SIZE=2><B>MAPLE HOLLOW INSTRUMENTS, INC.</B></FONT></P>
<P ALIGN="CENTER"><FONT SIZE=2><B>CONSOLIDATED BALANCE SHEETS<BR>
(In thousands, except share data)</B></FONT></P>
<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=0>
<TR VALIGN="BOTTOM">
<TD WIDTH="64%">&nbsp;</TD>
<TD WIDTH="2%">&nbsp;</TD>
<TD COLSPAN=6 ALIGN="CENTER"><FONT SIZE=2><B>December&nbsp;31,</B></FONT></TD>
</TR>
<TR VALIGN="BOTTOM">
<TD>&nbsp;</TD><TD>&nbsp;</TD>
<TD COLSPAN=2 ALIGN="CENTER"><FONT SIZE=2><B>1999</B></FONT><HR SIZE=1 NOSHADE></TD>
<TD>&nbsp;</TD>
<TD COLSPAN=2 ALIGN="CENTER"><FONT SIZE=2><B>1998</B></FONT><HR SIZE=1 NOSHADE></TD>
<TD>&nbsp;</TD>
</TR>
<TR><TD><FONT SIZE=2><B>ASSETS</B></FONT></TD></TR>
<TR><TD><FONT SIZE=2>Current assets:</FONT></TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;Cash and cash equivalents</FONT></TD><TD>&nbsp;</TD>
<TD><FONT SIZE=2>$</FONT></TD><TD ALIGN="RIGHT"><FONT SIZE=2>2,345</FONT></TD><TD>&nbsp;</TD>
<TD><FONT SIZE=2>$</FONT></TD><TD ALIGN="RIGHT"><FONT SIZE=2>1,980</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;Accounts receivable, less allowance for doubtful accounts
of $95 and $80</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>4,120</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>3,875</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;Inventories</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>3,010</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>2,760</FONT></TD><TD>&nbsp;</TD></TR>
<TR><TD COLSPAN=2>&nbsp;</TD><TD COLSPAN=2><HR SIZE=1 NOSHADE></TD><TD>&nbsp;</TD>
<TD COLSPAN=2><HR SIZE=1 NOSHADE></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;&nbsp;&nbsp;Total current assets</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>9,475</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>8,615</FONT></TD><TD>&nbsp;</TD></TR>
<TR><TD><FONT SIZE=2>Property, plant and equipment:</FONT></TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;Machinery and equipment</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>12,400</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>11,900</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;Less accumulated depreciation</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>(5,230</FONT></TD><TD><FONT SIZE=2>)</FONT></TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>(4,610</FONT></TD><TD><FONT SIZE=2>)</FONT></TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;&nbsp;&nbsp;Property, plant and equipment, net</FONT></TD>
<TD>&nbsp;</TD><TD>&nbsp;</TD><TD ALIGN="RIGHT" STYLE="border-top: 1px solid black"><FONT SIZE=2>7,170</FONT></TD>
<TD>&nbsp;</TD><TD>&nbsp;</TD><TD ALIGN="RIGHT" STYLE="border-top: 1px solid black"><FONT SIZE=2>7,290</FONT></TD>
<TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>Goodwill</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>&#151;</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>150</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;&nbsp;&nbsp;Total assets</FONT></TD><TD>&nbsp;</TD>
<TD><FONT SIZE=2>$</FONT></TD><TD ALIGN="RIGHT" STYLE="border-bottom: 3px double black"><FONT SIZE=2>16,645</FONT></TD>
<TD>&nbsp;</TD>
<TD><FONT SIZE=2>$</FONT></TD><TD ALIGN="RIGHT" STYLE="border-bottom: 3px double black"><FONT SIZE=2>16,055</FONT></TD>
<TD>&nbsp;</TD></TR>
<TR><TD><FONT SIZE=2><B>LIABILITIES AND STOCKHOLDERS' EQUITY</B></FONT></TD></TR>
<TR><TD><FONT SIZE=2>Current liabilities:</FONT></TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;Accounts payable</FONT></TD><TD>&nbsp;</TD>
<TD><FONT SIZE=2>$</FONT></TD><TD ALIGN="RIGHT"><FONT SIZE=2>1,870</FONT></TD><TD>&nbsp;</TD>
<TD><FONT SIZE=2>$</FONT></TD><TD ALIGN="RIGHT"><FONT SIZE=2>1,640</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;Accrued liabilities</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>935</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>880</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;&nbsp;&nbsp;Total current liabilities</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT" STYLE="border-top: 1px solid black"><FONT SIZE=2>2,805</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT" STYLE="border-top: 1px solid black"><FONT SIZE=2>2,520</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>Long-term debt, less current maturities</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>4,000</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>4,500</FONT></TD><TD>&nbsp;</TD></TR>
<TR><TD><FONT SIZE=2>Stockholders' equity:</FONT></TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;Common stock, $.01 par value; authorized 20,000,000 shares;
issued 5,000,000 shares</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>50</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>50</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;Additional paid-in capital</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>6,200</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>6,200</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;Retained earnings</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>3,590</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>2,785</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;&nbsp;&nbsp;Total stockholders' equity</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT" STYLE="border-top: 1px solid black"><FONT SIZE=2>9,840</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT" STYLE="border-top: 1px solid black"><FONT SIZE=2>9,035</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;&nbsp;&nbsp;Total liabilities and stockholders' equity</FONT></TD>
<TD>&nbsp;</TD><TD><FONT SIZE=2>$</FONT></TD>
<TD ALIGN="RIGHT" STYLE="border-top: 1px solid black; border-bottom: 3px double black"><FONT SIZE=2>16,645</FONT></TD>
<TD>&nbsp;</TD><TD><FONT SIZE=2>$</FONT></TD>
<TD ALIGN="RIGHT" STYLE="border-top: 1px solid black; border-bottom: 3px double black"><FONT SIZE=2>16,055</FONT></TD>
<TD>&nbsp;</TD></TR>
</TABLE>
<P ALIGN="CENTER"><FONT SIZE=2>See notes to consolidated financial statements.</FONT></P>
"""

INCOME_STATEMENT = """\
<P ALIGN="CENTER"><FONT SIZE=2><B>MAPLE HOLLOW INSTRUMENTS, INC.<BR>
CONSOLIDATED STATEMENTS OF INCOME<BR>
(In thousands, except per share amounts)</B></FONT></P>
<TABLE WIDTH="100%" BORDER=0 CELLSPACING=0 CELLPADDING=0>
<TR VALIGN="BOTTOM"><TD WIDTH="64%">&nbsp;</TD><TD>&nbsp;</TD>
<TD COLSPAN=6 ALIGN="CENTER"><FONT SIZE=2><B>Years Ended December&nbsp;31,</B></FONT></TD></TR>
<TR VALIGN="BOTTOM"><TD>&nbsp;</TD><TD>&nbsp;</TD>
<TD COLSPAN=2 ALIGN="CENTER"><FONT SIZE=2><B>1999</B></FONT></TD><TD>&nbsp;</TD>
<TD COLSPAN=2 ALIGN="CENTER"><FONT SIZE=2><B>1998</B></FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>Net sales</FONT></TD><TD>&nbsp;</TD>
<TD><FONT SIZE=2>$</FONT></TD><TD ALIGN="RIGHT"><FONT SIZE=2>31,250</FONT></TD><TD>&nbsp;</TD>
<TD><FONT SIZE=2>$</FONT></TD><TD ALIGN="RIGHT"><FONT SIZE=2>28,400</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>Cost of sales</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>21,875</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>20,160</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;Gross profit</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT" STYLE="border-top: 1px solid black"><FONT SIZE=2>9,375</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT" STYLE="border-top: 1px solid black"><FONT SIZE=2>8,240</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>Selling, general and administrative expenses</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>6,940</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>6,310</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>&nbsp;&nbsp;Operating income</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT" STYLE="border-top: 1px solid black"><FONT SIZE=2>2,435</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT" STYLE="border-top: 1px solid black"><FONT SIZE=2>1,930</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>Interest expense</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>(410</FONT></TD><TD><FONT SIZE=2>)</FONT></TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>(455</FONT></TD><TD><FONT SIZE=2>)</FONT></TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>Income before income taxes</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT" STYLE="border-top: 1px solid black"><FONT SIZE=2>2,025</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT" STYLE="border-top: 1px solid black"><FONT SIZE=2>1,475</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>Provision for income taxes</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>790</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>575</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>Net income</FONT></TD><TD>&nbsp;</TD>
<TD><FONT SIZE=2>$</FONT></TD>
<TD ALIGN="RIGHT" STYLE="border-top: 1px solid black; border-bottom: 3px double black"><FONT SIZE=2>1,235</FONT></TD>
<TD>&nbsp;</TD><TD><FONT SIZE=2>$</FONT></TD>
<TD ALIGN="RIGHT" STYLE="border-top: 1px solid black; border-bottom: 3px double black"><FONT SIZE=2>900</FONT></TD>
<TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>Basic earnings per share</FONT></TD><TD>&nbsp;</TD>
<TD><FONT SIZE=2>$</FONT></TD><TD ALIGN="RIGHT"><FONT SIZE=2>.25</FONT></TD><TD>&nbsp;</TD>
<TD><FONT SIZE=2>$</FONT></TD><TD ALIGN="RIGHT"><FONT SIZE=2>.18</FONT></TD><TD>&nbsp;</TD></TR>
<TR VALIGN="BOTTOM"><TD><FONT SIZE=2>Weighted average shares outstanding</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>5,000</FONT></TD><TD>&nbsp;</TD>
<TD>&nbsp;</TD><TD ALIGN="RIGHT"><FONT SIZE=2>5,000</FONT></TD><TD>&nbsp;</TD></TR>
</TABLE>
"""

SEC_HEADER = """\
<SEC-DOCUMENT>0000954321-00-000012.txt : 20000330
<SEC-HEADER>0000954321-00-000012.hdr.sgml : 20000330
ACCESSION NUMBER:\t\t0000954321-00-000012
CONFORMED SUBMISSION TYPE:\t10-K
PUBLIC DOCUMENT COUNT:\t\t1
CONFORMED PERIOD OF REPORT:\t19991231
FILED AS OF DATE:\t\t20000330

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tMAPLE HOLLOW INSTRUMENTS INC
\t\tCENTRAL INDEX KEY:\t\t\t0000954321
\t\tSTATE OF INCORPORATION:\t\t\tVT
\t\tFISCAL YEAR END:\t\t\t1231
</SEC-HEADER>
<DOCUMENT>
<TYPE>10-K
<SEQUENCE>1
<DESCRIPTION>ANNUAL REPORT
<TEXT>
"""

# A 10-K submission whose document is HTML: balance sheet and income statement.
FILING_10K = (SEC_HEADER + "<HTML>\n<HEAD><TITLE>MAPLE HOLLOW INSTRUMENTS INC - 10-K</TITLE></HEAD>\n<BODY>\n"
              + BALANCE_SHEET + "<P><HR NOSHADE></P>\n" + INCOME_STATEMENT
              + "</BODY>\n</HTML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")

# A bare .htm document (no SGML wrapper) that names a remote DTD, as HTML 4 documents of the time did.
BARE_HTM = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"\n'
            '  "http://www.w3.org/TR/html4/loose.dtd">\n<HTML>\n<BODY>\n' + INCOME_STATEMENT + "</BODY>\n</HTML>\n")

_LAUGHS = "\n".join(f'  <!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
BILLION_LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE html [\n  <!ENTITY lol0 "lol">\n' + _LAUGHS + "\n]>\n"
                  + "<HTML>\n<BODY>\n<P>&lol9;</P>\n"
                  + BALANCE_SHEET.replace("Inventories", "Inventories &lol9;") + "</BODY>\n</HTML>\n")


def external_entity(secret_path: str, form: str) -> str:
    """The balance sheet with an external entity (or an external DTD) pointing at a local file."""
    uri = f"file://{secret_path}"
    doctype = {
        "general": f'<!DOCTYPE html [\n  <!ENTITY xxe SYSTEM "{uri}">\n]>',
        "parameter": f'<!DOCTYPE html [\n  <!ENTITY % xxe SYSTEM "{uri}">\n  %xxe;\n]>',
        "dtd": f'<!DOCTYPE html SYSTEM "{uri}">',
    }[form]
    sheet = BALANCE_SHEET.replace("Inventories", "Inventories &xxe;").replace("CONSOLIDATED BALANCE", "&xxe; "
                                                                                 "CONSOLIDATED BALANCE")
    return (f'<?xml version="1.0"?>\n{doctype}\n<HTML xmlns:xi="http://www.w3.org/2001/XInclude">\n<BODY>\n'
            f'<xi:include href="{uri}" parse="text"/>\n{sheet}</BODY>\n</HTML>\n')
