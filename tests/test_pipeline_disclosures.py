"""Note tables as disclosures: their year columns read as the periods of the filing's statements, their lines mapped
to concepts of any statement (instants at the year's end for balances), in their own statement kind; a note whose
columns are not periods gives no facts; and the output with disclosures is valid XBRL."""

from pathlib import Path

import pytest
from disclosure_fixtures import HTML_10K, TEXT_10K

from exporter.mapping.facts import Fact
from exporter.pipeline import convert, write_outputs
from exporter.statements.model import StatementKind


@pytest.fixture(scope="module")
def html_10k():
    return convert(Path("notes-10k.txt"), raw=HTML_10K.encode())


@pytest.fixture(scope="module")
def text_10k():
    return convert(Path("notes-10k-text.txt"), raw=TEXT_10K.encode())


def _disclosed(conversion) -> list[Fact]:
    return [fact for statement in conversion.mapped.statements if statement.kind == "disclosure"
            for fact in statement.facts]


def _values(facts: list[Fact], qname: str) -> dict[str, str]:
    return {str(fact.context.period): fact.value_text for fact in facts if fact.concept.qname == qname}


def _statement_periods(conversion, kind: StatementKind) -> list[str]:
    statement = next(s for s in conversion.statements if s.kind is kind)
    return [str(column.period) for column in statement.columns]


def test_html_tax_note_years_are_the_income_statements_years(html_10k):
    facts = _disclosed(html_10k)
    years = _statement_periods(html_10k, StatementKind.INCOME_STATEMENT)
    assert years == ["1999-01-01--1999-12-31", "1998-01-01--1998-12-31"]
    # no scale caption over the note: amounts are in the statements' thousands
    assert _values(facts, "us-gaap:CurrentFederalTaxExpenseBenefit") == {years[0]: "520000", years[1]: "380000"}
    assert _values(facts, "us-gaap:DeferredStateAndLocalIncomeTaxExpenseBenefit") == {years[0]: "10000",
                                                                                       years[1]: "5000"}
    assert _values(facts, "us-gaap:ForeignIncomeTaxExpenseBenefitContinuingOperations") == {years[0]: "110000",
                                                                                             years[1]: "70000"}
    # the note's total is the income statement's provision: the same fact again, consistent
    assert _values(facts, "us-gaap:IncomeTaxExpenseBenefit") == {years[0]: "790000", years[1]: "575000"}


def test_html_balance_lines_of_a_note_are_instants_at_the_years_end(html_10k):
    facts = _disclosed(html_10k)
    ends = _statement_periods(html_10k, StatementKind.BALANCE_SHEET)
    assert ends == ["1999-12-31", "1998-12-31"]
    assert _values(facts, "us-gaap:PropertyPlantAndEquipmentGross") == {ends[0]: "12400000", ends[1]: "11900000"}
    assert _values(facts, "us-gaap:PropertyPlantAndEquipmentNet") == {ends[0]: "7170000", ends[1]: "7290000"}
    # printed in parentheses, as the balance sheet prints it: the same positive contra balance
    assert _values(facts, "us-gaap:AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment") == {
        ends[0]: "5230000", ends[1]: "4610000"}


def test_a_note_whose_columns_are_not_periods_gives_no_facts(html_10k, text_10k):
    for conversion in (html_10k, text_10k):
        labels = {fact.label for fact in conversion.mapped.facts}
        assert "Foreign currency translation adjustment" not in labels
        assert "Unrealized gain on securities" not in labels


def test_disclosures_are_not_statements(html_10k):
    kinds = [statement.kind for statement in html_10k.statements]
    assert kinds == [StatementKind.BALANCE_SHEET, StatementKind.INCOME_STATEMENT, StatementKind.DISCLOSURE,
                     StatementKind.DISCLOSURE]


def test_a_disclosure_never_contradicts_a_statement(html_10k):
    reported: dict[tuple[str, object], str] = {}
    for fact in html_10k.mapped.facts:
        key = (fact.concept.qname, fact.context)
        assert reported.setdefault(key, fact.value_text) == fact.value_text, key


def test_text_tax_note_of_52_week_years(text_10k):
    facts = _disclosed(text_10k)
    years = _statement_periods(text_10k, StatementKind.INCOME_STATEMENT)
    assert years == ["1996-09-29--1997-09-27", "1995-10-01--1996-09-28"]
    assert _values(facts, "us-gaap:CurrentFederalTaxExpenseBenefit") == {years[0]: "480000", years[1]: "350000"}
    assert _values(facts, "us-gaap:CurrentStateAndLocalTaxExpenseBenefit") == {years[0]: "90000", years[1]: "70000"}
    assert _values(facts, "us-gaap:DeferredFederalIncomeTaxExpenseBenefit") == {years[0]: "75000", years[1]: "50000"}
    assert _values(facts, "us-gaap:DeferredStateAndLocalIncomeTaxExpenseBenefit") == {years[0]: "15000",
                                                                                       years[1]: "10000"}


def test_a_filing_of_note_tables_alone_has_no_statement():
    notes_only = HTML_10K[HTML_10K.index("<P><B>NOTES"):]
    head = HTML_10K[:HTML_10K.index("<HTML>")]
    with pytest.raises(Exception, match="no financial statements found"):
        convert(Path("notes-only.txt"), raw=(head + "<HTML>\n<BODY>\n" + notes_only).encode())


def test_disclosures_validate_in_arelle(html_10k, tmp_path):
    folder = write_outputs(html_10k, tmp_path)
    verdict = html_10k.verdict
    assert verdict is not None and verdict.errors == [] and verdict.inconsistencies == [], verdict
    schema = next(folder.glob("*.xsd")).read_text()
    assert "Disclosure - " in schema and "NotesToFinancialStatementsAbstract" in schema
