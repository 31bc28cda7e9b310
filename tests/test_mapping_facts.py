"""Facts stored by column (StatementFacts): every fact reads back as it was mapped, a line's parts stored once."""

from decimal import Decimal

import pytest

from conftest import EXAMPLE, printed_amounts
from exporter.mapping.facts import StatementFacts
from exporter.pipeline import convert


@pytest.fixture(scope="module")
def balance_sheet():
    return convert(EXAMPLE).mapped.statements[0]


def test_the_balance_sheet_reads_back_its_printed_lines(balance_sheet):
    cash = [fact for fact in balance_sheet.facts if fact.label == "Cash and cash equivalents"]
    assert [fact.value for fact in cash] == [amount * 1000 for amount in printed_amounts("Cash and cash equivalents")]
    assert [fact.printed for fact in cash] == ["1,245", "980"]
    assert cash[0].source_line == cash[1].source_line and cash[0].source_text.lstrip().startswith("Cash and cash")
    assert [fact.column for fact in cash] == [0, 1]


def test_facts_copied_into_a_new_store_are_equal_and_share_their_lines(balance_sheet):
    facts = list(balance_sheet.facts)
    copy = StatementFacts(balance_sheet.index, facts)
    assert list(copy) == facts
    assert copy[0] == facts[0] and copy[-1] == facts[-1] and copy[2:5] == facts[2:5]
    assert len(copy._lines) == len({fact.line_order for fact in facts}) < len(facts)  # two columns, one line each


def test_a_fact_of_another_statement_is_refused(balance_sheet):
    with pytest.raises(ValueError, match="statement"):
        StatementFacts(balance_sheet.index + 1, [balance_sheet.facts[0]])


def test_the_filing_view_counts_and_indexes_across_statements():
    mapped = convert(EXAMPLE).mapped
    facts = list(mapped.facts)
    assert len(mapped.facts) == len(facts) == sum(len(statement.facts) for statement in mapped.statements)
    last_of_first = len(mapped.statements[0].facts) - 1
    assert mapped.facts[last_of_first + 1] == mapped.statements[1].facts[0]
    assert mapped.facts[-1].value == facts[-1].value
    assert isinstance(mapped.facts[0].value, Decimal)
