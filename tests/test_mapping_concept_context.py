"""Context rules of the concept choice, each on a made-up snippet: a balance sheet printed as two tables (the second
opens with the current liabilities), a label read with its side of the balance sheet, and a heading left above the
lines after its total."""

from pathlib import Path

import pytest

from exporter.mapping import chooser
from exporter.mapping.taxonomy import load_taxonomy
from exporter.pipeline import convert
from exporter.statements.model import Area, StatementKind, UnitKind
from tests.statement_fixtures import text_filing

BS = StatementKind.BALANCE_SHEET

BALANCE_SHEET_IN_TWO_TABLES = """
                              HARBOR LIGHT SOFTWARE INC
                        CONDENSED CONSOLIDATED BALANCE SHEET
                                      ASSETS
                                  (In thousands)
<TABLE>
<CAPTION>
                                                       July 31, 1998     January 31, 1998
                                                       -------------     ----------------
<S>                                                    <C>               <C>
Current assets:
    Cash and cash equivalents                            $  4,100            $  3,900
    Accounts receivable, net                                2,200               2,000
    Deferred income taxes                                     700                 650
                                                         --------            --------
        Total current assets                                7,000               6,550
                                                         --------            --------
Property and equipment, net                                 1,500               1,400
Deferred income taxes                                         300                 250
Other assets                                                  200                 200
                                                         --------            --------
                                                         $  9,000            $  8,400
                                                         ========            ========
</TABLE>

                              HARBOR LIGHT SOFTWARE INC
                        CONDENSED CONSOLIDATED BALANCE SHEET
                        LIABILITIES AND STOCKHOLDERS' EQUITY
                                  (In thousands)
<TABLE>
<CAPTION>
                                                       July 31, 1998     January 31, 1998
                                                       -------------     ----------------
<S>                                                    <C>               <C>
Current liabilities:
    Accounts payable                                     $  1,000            $    900
    Accrued liabilities                                     1,500               1,300
                                                         --------            --------
        Total current liabilities                           2,500               2,200
                                                         --------            --------
Deferred income taxes                                         400                 350
Other liabilities                                             100                  50
Stockholders' equity:
    Common stock                                            4,000               4,000
    Retained earnings                                       2,000               1,800
                                                         --------            --------
        Total stockholders' equity                          6,000               5,800
                                                         --------            --------
                                                         $  9,000            $  8,400
                                                         ========            ========
</TABLE>
"""


@pytest.fixture(scope="module")
def balance_sheet() -> list[tuple[str, str]]:
    """(label, concept) of each balance sheet line, in source order."""
    filing = text_filing("0000999999-98-000031", "19980731", BALANCE_SHEET_IN_TWO_TABLES)
    mapped = convert(Path("harbor-light-10q-1998.txt"), filing.encode()).mapped
    return [(fact.label, fact.concept.qname) for statement in mapped.statements if statement.kind == "balance-sheet"
            for fact in statement.facts if fact.column == 0]


def test_a_table_that_opens_with_current_liabilities_holds_liabilities(balance_sheet):
    assert ("Accounts payable", "us-gaap:AccountsPayableCurrent") in balance_sheet
    assert ("Total current liabilities", "us-gaap:LiabilitiesCurrent") in balance_sheet


def test_deferred_income_taxes_are_an_asset_among_the_assets_and_a_liability_among_the_liabilities(balance_sheet):
    assert [concept for label, concept in balance_sheet if label == "Deferred income taxes"] == [
        "us-gaap:DeferredIncomeTaxAssetsNet", "us-gaap:DeferredIncomeTaxAssetsNet",
        "us-gaap:DeferredIncomeTaxLiabilitiesNet"]


def test_the_unlabelled_totals_of_both_tables_are_named_by_their_parts(balance_sheet):
    assert [concept for label, concept in balance_sheet if not label] == [
        "us-gaap:Assets", "us-gaap:LiabilitiesAndStockholdersEquity"]


def test_a_current_heading_left_above_the_lines_after_its_total_does_not_name_them():
    line = chooser.Line("Other liabilities", BS, Area.NONCURRENT_LIABILITIES, "Current liabilities:",
                        UnitKind.MONETARY, False)
    choice = chooser.choose(line, load_taxonomy())
    assert choice is not None and choice.concept.qname == "us-gaap:OtherLiabilitiesNoncurrent"
