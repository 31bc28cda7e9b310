"""A made-up HTML 10-K in the style of recent filings: titled statements '(In thousands)', then note tables whose
scale caption stands in the prose above them or nowhere, footnote marks raised above their labels, untitled tables
whose lines read like a balance sheet, and a table of reclassifications whose column is no period."""

from html_fixtures import BALANCE_SHEET, INCOME_STATEMENT, SEC_HEADER


def row(label: str, *cells: str) -> str:
    tds = "".join(f'<td style="text-align:right">{cell}</td>' for cell in cells)
    return f'<tr><td><span style="font-size:10pt">{label}</span></td>{tds}</tr>\n'


def table(prose: str, headings: list[str], rows: str) -> str:
    head = "".join(f'<td style="text-align:center"><b>{heading}</b></td>' for heading in headings)
    return (f'<div><span style="font-size:10pt">{prose}</span></div>\n<table>\n<tr><td></td>{head}</tr>\n{rows}'
            "</table>\n")


MARK = '<span style="font-size:6pt;position:relative;top:-3pt;vertical-align:baseline">{}</span>'
PROSE = ("During 1999 the Company agreed to sell its bottling operations in two regions, and it presents their "
         "assets and liabilities as held for sale. The major classes of those assets and liabilities were:")
HELD_FOR_SALE = table(PROSE, ["1999", "1998"],
                      row("Inventories" + MARK.format("1"), "23", "299")
                      + row("Property, plant and equipment &#8212; net", "108", "1,267")
                      + row("Assets held for sale" + "<sup>2</sup>", "131", "1,566"))
OPERATING_CHANGES = table(
    "NOTE 9: NET CHANGE IN OPERATING ASSETS AND LIABILITIES. Net cash provided by operating activities "
    "attributable to the net change in operating assets and liabilities is composed of the following:",
    ["1999", "1998"],
    row("(Increase) decrease in trade accounts receivable", "(295)", "12")
    + row("(Increase) decrease in inventories" + MARK.format("1"), "(520)", "(597)")
    + row("Increase (decrease) in accounts payable and accrued expenses", "1,134", "(41)"))
# Fair values of derivatives, untitled: its total lines make it look like a balance sheet to the kind rules (printed
# three times below: untitled tables that outnumber the titled statements).
DERIVATIVES = table(
    "The following table presents the fair values of our derivative instruments, by the line of our balance "
    "sheets in which they are recorded:", ["December 31, 1999", "December 31, 1998"],
    row("Prepaid expenses and other current assets", "311", "109") + row("Total assets", "422", "172")
    + row("Accounts payable and accrued expenses", "14", "111") + row("Total liabilities", "975", "1,272"))
RECLASSIFIED = table(
    "The following table presents the amounts and line items in our statements of income where adjustments "
    "reclassified from accumulated other comprehensive income were recorded:",
    ["Financial Statement Line Item Impacted", "Amount Reclassified"],
    row("Divestitures", "Other income (loss) &#8212; net", "103") + row("Income before income taxes", "", "103")
    + row("Income taxes", "", "&#8212;") + row("Net income", "", "103") + row("Net sales", "", "(84)"))
# The same reclassifications by year: periods over its columns, but each component repeats the income lines.
RECLASSIFIED_BY_YEAR = table(
    "Amounts reclassified from accumulated other comprehensive income, by the line of our statements of income:",
    ["1999", "1998"],
    row("Derivatives", "", "") + row("Net sales", "(84)", "(20)")
    + "".join(row(component, "", "") + row("Income before income taxes", amount, "(12)") + row("Income taxes", "4", "3")
            + row("Consolidated net income", amount, "(9)")
            for component, amount in (("Hedges", "(50)"), ("Debt securities", "(2)"), ("Pensions", "69"))))

FILING = (SEC_HEADER + "<html>\n<body>\n" + BALANCE_SHEET + "<hr/>\n" + INCOME_STATEMENT
          + "<p><b>NOTES TO CONSOLIDATED FINANCIAL STATEMENTS</b></p>\n" + DERIVATIVES * 3 + RECLASSIFIED
          + RECLASSIFIED_BY_YEAR + HELD_FOR_SALE + OPERATING_CHANGES
          + "</body>\n</html>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
