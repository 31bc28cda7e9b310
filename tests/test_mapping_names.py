"""Extension concepts are named from their labels, and every name is a valid XML name, whatever the label."""

import json
from decimal import Decimal

import pytest
from statement_fixtures import text_filing

from exporter.mapping.naming import name_from_label
from exporter.pipeline import convert, write_outputs

BALANCE_SHEET = text_filing("0000999999-96-000003", "19951231", """\
                             TEST CO
                    CONSOLIDATED BALANCE SHEETS
                          (In thousands)
<TABLE>
<CAPTION>
                                                          December 31,
                                                        1995         1994
<S>                                                  <C>          <C>
Cash.................................................    $ 1,200      $ 1,100
*....................................................        300          280
1995 restructuring deposit...........................         75           --
R\u00e9serve l\u00e9gale......................................         25           25
                                                      --------     --------
Total assets.........................................    $ 1,600      $ 1,405
                                                      ========     ========
Accounts payable.....................................    $   600      $   505
Common stock.........................................      1,000          900
                                                      --------     --------
Total liabilities and stockholders' equity...........    $ 1,600      $ 1,405
                                                      ========     ========
</TABLE>
</TEXT>
</DOCUMENT>
""")


@pytest.mark.parametrize(("label", "name"), [
    ("Less: Accumulated Amortization", "AccumulatedAmortization"),
    ("*", "Line12"),
    ("(1)", "X1"),
    ("--- . ---", "Line12"),
    ("1995 restructuring charge", "X1995RestructuringCharge"),
    ("R\u00e9serve l\u00e9gale", "ReserveLegale"),
    ("\u5229\u76ca", "Line12"),
])
def test_a_name_is_never_empty_and_always_an_xml_name(label, name):
    assert name_from_label(label, "Line12") == name


def test_a_line_labelled_only_by_punctuation_gets_a_concept_and_the_filing_validates(tmp_path):
    path = tmp_path / "star.txt"
    path.write_text(BALANCE_SHEET, encoding="latin-1")
    conversion = convert(path)
    facts = {(f.label, f.context.period.end.year): f for f in conversion.mapped.facts}
    star = facts["*", 1995]
    assert star.concept.name == f"Line{star.source_line}"
    assert star.value == Decimal("300000")
    assert facts["1995 restructuring deposit", 1995].concept.name == "X1995RestructuringDeposit"
    assert facts["R\u00e9serve l\u00e9gale", 1994].concept.name == "ReserveLegale"
    folder = write_outputs(conversion, tmp_path / "out")
    report = json.loads((folder / "report.json").read_text())
    assert report["arelle"]["errors"] == 0, report["arelle"]["messages"]


UNLABELLED_TOTAL = BALANCE_SHEET.replace(
    """1995 restructuring deposit...........................         75           --
R\u00e9serve l\u00e9gale......................................         25           25
""", """Patents..............................................         60           --
Trademarks...........................................         40           25
                                                      --------     --------
                                                             100           25
""")


def test_an_unlabelled_total_is_named_by_what_it_adds_up(tmp_path):
    path = tmp_path / "unlabelled.txt"
    path.write_text(UNLABELLED_TOTAL, encoding="latin-1")
    facts = [f for f in convert(path).mapped.facts if not f.label]
    assert {f.value for f in facts} == {Decimal("100000"), Decimal("25000")}
    assert {f.concept.name for f in facts} == {"TotalOfPatentsAndTrademarks"}
