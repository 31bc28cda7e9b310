"""Statement lines mapped in context: labels of 1990s filings the synonym rules do not name, an unlabelled total
named by its parts, and Basic/Diluted read with the heading above them (a made-up filing in the style of 1999)."""

from pathlib import Path

import pytest

from exporter.pipeline import convert

FILING = """\
<SEC-DOCUMENT>0000923456-99-000011.txt : 19990325
<SEC-HEADER>0000923456-99-000011.hdr.sgml : 19990325
ACCESSION NUMBER:		0000923456-99-000011
CONFORMED SUBMISSION TYPE:	10-K
PUBLIC DOCUMENT COUNT:		1
CONFORMED PERIOD OF REPORT:	19981231
FILED AS OF DATE:		19990325

FILER:

	COMPANY DATA:
		COMPANY CONFORMED NAME:			LAKE SHORE RAILCAR CO
		CENTRAL INDEX KEY:			0000923456
</SEC-HEADER>
<DOCUMENT>
<TYPE>10-K
<SEQUENCE>1
<TEXT>

                           LAKE SHORE RAILCAR CO
                          CONSOLIDATED BALANCE SHEETS
                              (In thousands)

<TABLE>
<CAPTION>
                                                           December 31,
                                                     -----------------------
                                                        1998         1997
                                                     ----------   ----------
<S>                                                  <C>          <C>
ASSETS
Current assets:
  Cash and short-term investments...................  $  2,100     $  1,900
  Marketable securities.............................       500          400
  Materials and supplies............................       700          650
                                                      --------     --------
      Total current assets..........................     3,300        2,950
Plant, property and equipment.......................     4,000        3,700
Marketable securities...............................       300          300
                                                      --------     --------
                                                         7,600        6,950
                                                      ========     ========

LIABILITIES AND SHAREOWNERS' INVESTMENT
Current liabilities:
  Accounts payable..................................  $  1,000     $    900
  Income taxes payable..............................       200          150
                                                      --------     --------
      Total current liabilities.....................     1,200        1,050
Shareowners' investment.............................     6,400        5,900
                                                      --------     --------
      Total liabilities and shareowners' investment.  $  7,600     $  6,950
                                                      ========     ========
</TABLE>

                           LAKE SHORE RAILCAR CO
                      CONSOLIDATED STATEMENTS OF INCOME
                  (In thousands, except per share amounts)

<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                     -----------------------
                                                        1998         1997
                                                     ----------   ----------
<S>                                                  <C>          <C>
Total net revenues..................................  $ 12,000     $ 11,000
Cost of sales.......................................     8,000        7,500
                                                      --------     --------
Gross profit........................................     4,000        3,500
Research and development............................     1,000          900
                                                      --------     --------
Income before taxes on income.......................     3,000        2,600
Provision for taxes on income.......................     1,000          900
                                                      --------     --------
Net income..........................................  $  2,000     $  1,700
                                                      ========     ========
Earnings per share:
  Basic.............................................  $   1.00     $    .85
  Diluted...........................................  $    .95     $    .80
Shares used in computing earnings per share:
  Basic.............................................     2,000        2,000
  Diluted...........................................     2,100        2,125
</TABLE>

</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


@pytest.fixture(scope="module")
def lines():
    """(statement kind, label, unit) -> the concepts of those lines, in source order, one per line."""
    mapped = convert(Path("lake-shore-10k-1998.txt"), FILING.encode()).mapped
    found: dict[tuple[str, str, str], list[str]] = {}
    for statement in mapped.statements:
        for fact in statement.facts:
            if fact.column == 0:
                found.setdefault((statement.kind, fact.label, fact.unit.id), []).append(fact.concept.qname)
    return found


@pytest.mark.parametrize(("kind", "label", "unit", "concept"), [
    ("balance-sheet", "Cash and short-term investments", "USD", "CashAndCashEquivalentsAtCarryingValue"),
    ("balance-sheet", "Materials and supplies", "USD", "InventoryRawMaterialsAndSuppliesNetOfReserves"),
    ("balance-sheet", "Plant, property and equipment", "USD", "PropertyPlantAndEquipmentNet"),
    ("balance-sheet", "Income taxes payable", "USD", "AccruedIncomeTaxesCurrent"),
    ("balance-sheet", "", "USD", "Assets"),  # the unlabelled total of current assets, plant and securities
    ("balance-sheet", "Total liabilities and shareowners' investment.", "USD", "LiabilitiesAndStockholdersEquity"),
    ("income-statement", "Total net revenues", "USD", "Revenues"),
    ("income-statement", "Provision for taxes on income", "USD", "IncomeTaxExpenseBenefit"),
    ("income-statement", "Basic", "USD-per-share", "EarningsPerShareBasic"),
    ("income-statement", "Diluted", "USD-per-share", "EarningsPerShareDiluted"),
    ("income-statement", "Basic", "shares", "WeightedAverageNumberOfSharesOutstandingBasic"),
    ("income-statement", "Diluted", "shares", "WeightedAverageNumberOfDilutedSharesOutstanding"),
])
def test_a_line_maps_to_its_concept_in_context(lines, kind, label, unit, concept):
    assert lines[kind, label, unit] == [f"us-gaap:{concept}"]


def test_the_same_label_in_two_areas(lines):
    assert lines["balance-sheet", "Marketable securities", "USD"] == [
        "us-gaap:MarketableSecuritiesCurrent", "us-gaap:MarketableSecuritiesNoncurrent"]


def test_a_line_no_standard_concept_fits_keeps_its_number_as_an_extension(lines):
    assert lines["balance-sheet", "Shareowners' investment", "USD"] == ["ext:ShareownersInvestment"]
