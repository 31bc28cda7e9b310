"""Facts stored by column (StatementFacts): every fact reads back as it was mapped, a line's parts stored once."""

from decimal import Decimal

import pytest

from conftest import EXAMPLE, printed_amounts
from exporter.mapping.facts import FactLine, Issue, Issues, StatementFacts
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
    assert copy.line_count == len({fact.line_order for fact in facts}) < len(facts)  # two columns, one line each


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


# values that must read back identical: the same str() and as_tuple(), exponent included. Some have a coefficient
# and exponent the store keeps in its arrays, others (not finite, negative zero, too many digits, an exponent out
# of range) it keeps whole.
VALUES = ["1245000", "-980", "0", "0.00", "1.50", "-0.07", "1.234E+6", "-1E+127", "5E-127", "1E-128", "1E+128",
          "-0", "-0.00", "-0E+3", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
          "-9223372036854775809", "123456789012345678901234567890.12", "NaN", "-Infinity", "Infinity", "sNaN", "0E-5",
          "12.3456789"]


@pytest.fixture(scope="module")
def made_up(balance_sheet):
    """The balance sheet's first fact again, once per value of VALUES."""
    first = balance_sheet.facts[0]
    return [first._replace(value=Decimal(text), column=k, line_order=k // 5) for k, text in enumerate(VALUES)]


def test_every_value_reads_back_identical_with_its_exponent(made_up):
    store = StatementFacts(made_up[0].statement, made_up)
    backwards = [store[-k] for k in range(1, len(VALUES) + 1)][::-1]
    for facts in (list(store), [store[k] for k in range(len(store))], store[:], backwards):
        assert [str(fact.value) for fact in facts] == [str(Decimal(text)) for text in VALUES]
        assert [fact.value.as_tuple() for fact in facts] == [Decimal(text).as_tuple() for text in VALUES]
        assert all(type(fact.value) is Decimal for fact in facts)
        assert facts == made_up
    assert store.line_count == 5


def test_only_values_without_an_int64_coefficient_and_small_exponent_are_kept_whole(made_up):
    store = StatementFacts(made_up[0].statement, made_up)
    assert sorted(str(value) for value in store._whole.values()) == sorted(
        ["1E-128", "1E+128", "-0", "-0.00", "-0E+3", "9223372036854775808", "-9223372036854775809",
         "123456789012345678901234567890.12", "NaN", "-Infinity", "Infinity", "sNaN"])
    assert all(store[k].value is value for k, value in store._whole.items())  # by the fact's index


def test_lines_are_stored_once_and_read_back_with_their_facts(made_up):
    store = StatementFacts(made_up[0].statement)
    number = store.add_line(FactLine(made_up[0].concept, made_up[0].unit, 7, "Made-up line", "  Made-up line  1.50",
                                     "synonym", 1))
    store.add(number, made_up[0].context, 3, -2, Decimal("1.50"), 42, "1.50")
    fact = store[0]
    assert (fact.line_order, fact.label, fact.source_text, fact.method, fact.column, fact.decimals, fact.source_line,
            fact.printed) == (7, "Made-up line", "  Made-up line  1.50", "synonym", 3, -2, 42, "1.50")
    assert type(fact.confidence) is int and str(fact.value) == "1.50"  # the confidence as given
    assert store.line(number) == FactLine(fact.concept, fact.unit, 7, "Made-up line", "  Made-up line  1.50",
                                          "synonym", 1)


def test_texts_of_any_script_and_length_read_back_as_stored(made_up):
    store = StatementFacts(made_up[0].statement)
    texts = ["", "Débiteurs et comptes rattachés — net", "€ 1.234,50", "日本語", "a\x00b", "lone \ud800 surrogate",
             "x" * 5000, "Total"]
    for k, text in enumerate(texts):
        number = store.add_line(FactLine(made_up[0].concept, made_up[0].unit, k, text, f"  {text}  1", "synonym", 1))
        store.add(number, made_up[0].context, 0, 0, Decimal(k), k + 1, text)
    assert [(fact.label, fact.source_text, fact.printed) for fact in store] == \
        [(text, f"  {text}  1", text) for text in texts]
    assert store[-1].label == "Total" and [fact.printed for fact in store[1:3]] == texts[1:3]


def test_a_filings_issues_read_back_as_they_were_made(seed_path):
    issues = list(convert(seed_path).mapped.issues)
    assert any(issue.kind == "arithmetic" and issue.label for issue in issues)
    made_up = [Issue("low-confidence", 12, "mapped to us-gaap:Liabilities (confidence 0.55)", "Passif — total"),
               Issue("parse", 7, "a line of 3,000 characters: read up to character 2,000")]
    store = Issues(issues + made_up)
    assert list(store) == issues + made_up and len(store) == len(issues) + 2
    assert store[-2] == made_up[0] and store[-1].label == "" and store[0] == issues[0]
    assert store[1:3] == issues[1:3]
    store.append(Issue("period", 3, "no period found", "Cash"))
    assert store[len(store) - 1] == Issue("period", 3, "no period found", "Cash")
    with pytest.raises(IndexError):
        store[len(store)]
