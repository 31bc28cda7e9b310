"""Context rules that give statement lines a standard concept where they used to get an extension, each on a
made-up snippet: cash flow lines in the filer's wording ('Purchase of ...', 'Principal payments on ...') read in the
taxonomy's ('Payments to acquire ...', 'Repayments of ...')."""

import pytest

from exporter.mapping import chooser
from exporter.mapping.taxonomy import load_taxonomy
from exporter.statements.model import Area, StatementKind, UnitKind

CF = StatementKind.CASH_FLOW


@pytest.mark.parametrize(("label", "section", "concept"), [
    ("Purchase of long-term investments", "Cash flows from investing activities:",
     "PaymentsToAcquireLongtermInvestments"),
    ("Purchases of short-term investments", "Investing activities:", "PaymentsToAcquireShortTermInvestments"),
    ("Principal payments on long-term debt", "Financing activities:", "RepaymentsOfLongTermDebt"),
    ("Purchase of common stock", "Financing activities:", "PaymentsForRepurchaseOfCommonStock"),
])
def test_a_cash_flow_line_in_the_filers_wording_is_read_in_the_taxonomys(label, section, concept):
    choice = chooser.choose(chooser.Line(label, CF, Area.NONE, section, UnitKind.MONETARY, False), load_taxonomy())
    assert choice is not None and choice.concept.name == concept
    assert choice.method == "dictionary+cash" and choice.confidence <= 0.85


def test_a_purchase_of_something_the_taxonomy_does_not_name_stays_unmatched():
    line = chooser.Line("Purchase of Harbor Light Fibres", CF, Area.NONE, "Investing activities:", UnitKind.MONETARY,
                        False)
    assert chooser.choose(line, load_taxonomy()) is None
