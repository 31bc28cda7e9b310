"""Inputs the fuzz campaign (bench/fuzz.py) found to crash or hang the text parser, kept as regression tests."""

from decimal import Decimal
from pathlib import Path

from lxml import etree

from conftest import EXAMPLE
from exporter.checks.calc import weighted_sum
from exporter.limits import time_limit
from exporter.pipeline import FORMATS, convert, write_outputs
from exporter.serialize.ixbrl import IX
from html_fixtures import BALANCE_SHEET

CASH = "  Cash and cash equivalents.........................  $  1,245     $    980"


def _example_with(tmp_path: Path, line: str) -> Path:
    path = tmp_path / "fuzzed.txt"
    path.write_text(EXAMPLE.read_text().replace(CASH, line))
    return path


def test_dots_before_a_word_in_a_label_do_not_backtrack_for_minutes(tmp_path: Path):
    """A damaged line whose label is dots then a word ran a nested regex for 120 s at 30 dots (doubling per dot)."""
    line = "  Cash" + "." * 40 + "x     1,245        980"
    with time_limit(20):
        facts = convert(_example_with(tmp_path, line)).mapped.facts
    labels = {fact.label for fact in facts if fact.source_line == 62}
    assert labels == {"Cash" + "." * 40 + "x"}  # not a leader: the label keeps its dots
    assert sorted(fact.value for fact in facts if fact.source_line == 62) == [Decimal(980_000), Decimal(1_245_000)]


def test_a_long_run_of_digits_that_is_not_an_amount_does_not_backtrack_for_hours(tmp_path: Path):
    """Found by the fuzz campaign: '<TABLE>', then 23 nines and a '>' took 2.4 s, and the time doubles with each
    nine up to the longest chunk read as amounts (40 characters): the regex for amounts run together tried every
    way to cut the digits."""
    second = CASH.index("$    980")
    line = f"  Cash {'9' * 39}>".ljust(second) + CASH[second:]  # 40 characters: the longest chunk read as amounts
    with time_limit(10):
        facts = convert(_example_with(tmp_path, line)).mapped.facts
    cash = [fact for fact in facts if fact.source_line == 62]
    assert [(fact.label, fact.value) for fact in cash] == [(f"Cash {'9' * 39}>", Decimal(980_000))]


def test_dot_leaders_and_a_dangling_dollar_are_still_cut_from_labels(tmp_path: Path):
    line = "  Cash and equivalents of Pine Co. $.......... $  1,245     $    980"
    facts = convert(_example_with(tmp_path, line)).mapped.facts
    assert {fact.label for fact in facts if fact.source_line == 62} == {"Cash and equivalents of Pine Co."}


def test_an_amount_longer_than_decimal_precision_converts_exactly(tmp_path: Path):
    """A 30-digit amount (the parser takes up to 40 characters) crashed the duplicate check's rounding at 28 digits."""
    line = CASH.replace(".........................  $  1,245", ". $  123456789012345678901234567890")
    assert len(line) == len(CASH)  # the amount ends where 1,245 ended: same column
    facts = convert(_example_with(tmp_path, line)).mapped.facts
    assert sorted(fact.value for fact in facts if fact.source_line == 62) == [
        Decimal(980_000), Decimal("123456789012345678901234567890000")]


def test_a_total_of_long_amounts_is_found_exactly(tmp_path: Path):
    """Signed at the default 28 digits, a 30-digit cash amount and its total rounded apart: no sum was found."""
    cash = CASH.replace(".........................  $  1,245", ". $  123456789012345678901234567890")
    total = "      Total current assets..........................     7,675        6,735"
    long_total = total.replace("..........................     7,675", "..... 123456789012345678901234574320")
    assert len(long_total) == len(total) and 123456789012345678901234567890 + 3410 + 2830 + 190 == \
        123456789012345678901234574320  # the lines above it, as printed
    path = _example_with(tmp_path, cash)
    path.write_text(path.read_text().replace(total, long_total))
    mapped = convert(path).mapped
    failed = {issue.label for issue in mapped.issues if issue.kind == "arithmetic"}
    assert failed == {"Total assets"}  # the filing's own: its total assets were left as printed, 10,750
    arcs = {(arc.parent.name, arc.child.name) for arc in mapped.statements[0].relationships}
    assert ("AssetsCurrent", "CashAndCashEquivalentsAtCarryingValue") in arcs


def test_calculation_sums_of_long_amounts_are_exact():
    """Summed at the default 28 digits, two 30-digit amounts one apart would look equal."""
    assert weighted_sum([(1, Decimal("1" * 30)), (-1, Decimal("1" * 29 + "2"))]) == Decimal(-1)


def test_a_long_amount_is_written_exactly_in_every_format(tmp_path: Path):
    """The FSDS writer raised on it, and the review page showed it rounded to 28 digits."""
    line = CASH.replace(".........................  $  1,245", ". $  123456789012345678901234567890")
    conversion = convert(_example_with(tmp_path, line))
    folder = write_outputs(conversion, tmp_path / "out", FORMATS, validate=False)
    printed = "123456789012345678901234567890"
    assert f"\t{printed}000.0000\t" in (folder / "num.txt").read_text()
    page = etree.parse(str(conversion.files["ixbrl"]))
    shown = [element.text for element in page.iter(f"{{{IX}}}nonFraction") if element.text == printed]
    assert len(shown) == 1


def test_control_characters_in_a_label_are_spaces_and_every_format_is_written(tmp_path: Path):
    """Found once the fuzz tests wrote every format: a printer escape (and a form feed) in a line made the review
    page's writer fail (XML holds no control characters but tab and line breaks)."""
    line = CASH.replace("Cash and cash", "Cash\x1b and\x0c cash").replace("....", "..", 1)
    assert len(line) == len(CASH)
    conversion = convert(_example_with(tmp_path, line))
    assert {fact.label for fact in conversion.mapped.facts if fact.source_line == 62} == {"Cash and cash equivalents"}
    folder = write_outputs(conversion, tmp_path / "out", FORMATS, validate=False)
    page = etree.parse(str(folder / f"{conversion.mapped.filing_id}.xhtml"))
    cash = page.xpath("//ix:nonFraction[contains(@name, 'Cash')]", namespaces={"ix": IX})
    assert sorted(element.text for element in cash) == ["1,245", "980"]


def test_a_control_character_written_as_an_html_entity_is_a_space_in_every_format(tmp_path):
    """'&#27;' and '&#12;' in an HTML label are decoded after the source is cleaned: they are spaces too, and every
    output format is written (an XML writer refuses control characters)."""
    raw = ("<HTML>\n<BODY>\n" + BALANCE_SHEET.replace("Cash", "Ca&#27;sh&#12;", 1) + "</BODY>\n</HTML>\n").encode()
    conversion = convert(Path("entities.htm"), raw=raw)
    assert any(fact.label.startswith("Ca sh") for fact in conversion.mapped.facts)
    write_outputs(conversion, tmp_path, tuple(name for name in FORMATS if name != "ixbrl-viewer"), validate=False)
    assert (tmp_path / conversion.mapped.filing_id / "facts.csv").is_file()
