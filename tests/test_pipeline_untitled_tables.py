"""Tables of a recent HTML 10-K that print no scale or title of their own: note tables and untitled tables taken
for statements are in the scale of the filing's titled statements; an untitled table whose column is no period,
or that prints a line under each component, gives no facts; footnote marks raised above a label are not part of
it; a note line that names its negative direction first ('(Increase) decrease in ...') holds the other sign."""

from decimal import Decimal
from pathlib import Path

import pytest
from untitled_fixtures import FILING

from exporter.pipeline import convert
from exporter.statements.model import StatementKind


@pytest.fixture(scope="module")
def conversion():
    return convert(Path("untitled-10k.txt"), raw=FILING.encode())


def _values(conversion, label: str) -> dict[str, Decimal]:
    return {str(fact.context.period): fact.value for fact in conversion.mapped.facts if fact.label == label}


def test_a_note_without_a_scale_caption_is_in_the_titled_statements_scale(conversion):
    # the statements print '(In thousands ...)'; three untitled tables without a caption do not outvote them
    assert _values(conversion, "Assets held for sale") == {"1999-12-31": Decimal("131000"),
                                                            "1998-12-31": Decimal("1566000")}
    assert _values(conversion, "Property, plant and equipment \u2014 net") == {
        "1999-12-31": Decimal("108000"), "1998-12-31": Decimal("1267000")}


def test_an_untitled_table_taken_for_a_statement_is_in_the_titled_statements_scale(conversion):
    untitled = [s for s in conversion.statements if s.kind is StatementKind.BALANCE_SHEET and not s.title]
    assert len(untitled) == 3 and {s.scale for s in untitled} == {3}
    assert _values(conversion, "Total liabilities") == {"1999-12-31": Decimal("975000"),
                                                         "1998-12-31": Decimal("1272000")}


def test_untitled_tables_of_reclassifications_give_no_facts(conversion):
    # their lines read like an income statement, but no period heads the amounts of one, and the other prints
    # 'Income before income taxes' under each component: only the income statement's own values are facts
    assert _values(conversion, "Income before income taxes") == {"1999-01-01--1999-12-31": Decimal("2025000"),
                                                                  "1998-01-01--1998-12-31": Decimal("1475000")}
    assert not _values(conversion, "Divestitures Other income (loss) \u2014 net")


def test_raised_footnote_marks_are_not_part_of_the_label(conversion):
    assert _values(conversion, "Inventories") == {"1999-12-31": Decimal("23000"), "1998-12-31": Decimal("299000")}
    labels = {fact.label for fact in conversion.mapped.facts}
    assert "Inventories1" not in labels and "Assets held for sale2" not in labels


def test_a_note_line_that_names_its_negative_direction_first_holds_the_other_sign(conversion):
    facts = {(fact.concept.qname, str(fact.context.period)): fact.value for fact in conversion.mapped.facts}
    # '(Increase) decrease in inventories (520)': inventories rose by 520 thousand
    assert facts["us-gaap:IncreaseDecreaseInInventories", "1999-01-01--1999-12-31"] == Decimal("520000")
    assert facts["us-gaap:IncreaseDecreaseInAccountsReceivable", "1998-01-01--1998-12-31"] == Decimal("-12000")
    # 'Increase (decrease) in accounts payable ... 1,134': as printed
    assert facts["us-gaap:IncreaseDecreaseInAccountsPayableAndAccruedLiabilities",
                 "1999-01-01--1999-12-31"] == Decimal("1134000")
