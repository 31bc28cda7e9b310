"""The Inline XBRL review page: valid Inline XBRL with exactly the instance's facts, and a page a browser renders."""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import pytest
from arelle.ModelDocument import Type
from lxml import etree
from PIL import Image

from arelle_facts import fact_aspects
from browser import HEADLESS, chromium
from conftest import CORPUS_SAMPLES, EXAMPLE, corpus_sample
from exporter.cli import main
from exporter.pipeline import convert, write_outputs
from exporter.read.source import read_source
from exporter.serialize.ixbrl import IX, XHTML, confidence_class
from exporter.validate.arelle import inspect_model, validate

BAND_COLOURS = {"high": (0xCD, 0xEC, 0xCD), "medium": (0xFF, 0xE2, 0xA8), "low": (0xF6, 0xB8, 0xB8)}


@pytest.fixture(scope="module", params=["seed", "example", *(f"corpus-{k}" for k in range(CORPUS_SAMPLES))])
def written(request, tmp_path_factory):
    """(conversion, instance, page) of the seed, the bundled example or a corpus filing, written as xbrl and ixbrl."""
    if request.param.startswith("corpus-"):
        path = corpus_sample(request, int(request.param.split("-")[1]))
    else:
        path = request.getfixturevalue("seed_path") if request.param == "seed" else EXAMPLE
    conversion = convert(path)
    write_outputs(conversion, tmp_path_factory.mktemp(f"ixbrl-{request.param}"), ("xbrl", "ixbrl"), validate=False)
    return conversion, conversion.files["xbrl"], conversion.files["ixbrl"]


def _arelle_facts(path: Path) -> tuple[int, Counter]:
    """Arelle's document type and its facts, offline."""
    _, found = inspect_model(path, lambda model: (model.modelDocument.type, fact_aspects(model)), calc=False)
    return found


def test_page_is_valid_inline_xbrl(written):
    result = validate(written[2])
    assert result.errors == [], result.errors


def test_page_has_exactly_the_facts_of_the_instance(written):
    conversion, instance, page = written
    page_type, page_facts = _arelle_facts(page)
    instance_type, instance_facts = _arelle_facts(instance)
    assert (page_type, instance_type) == (Type.INLINEXBRL, Type.INSTANCE)
    assert sum(page_facts.values()) == len(conversion.mapped.facts)
    assert page_facts == instance_facts


def test_displayed_numbers_are_those_printed_in_the_source(written):
    conversion, _, page = written
    source = read_source(Path(conversion.mapped.source_path)).lines
    shown = {element.get("id"): element for element in etree.parse(str(page)).iter(f"{{{IX}}}nonFraction")}
    scaled = {statement.index: statement.scale for statement in conversion.mapped.statements}
    for number, fact in enumerate(conversion.mapped.facts, start=1):
        element = shown[f"f{number}"]
        assert element.text in source[fact.source_line - 1], (fact.label, element.text)
        assert element.get("sign") == ("-" if fact.value < 0 else None)
        expected_scale = scaled[fact.statement] if fact.unit.per is None else 0
        assert element.get("scale", "0") == str(expected_scale)


def test_numbers_are_coloured_by_confidence_and_say_where_they_come_from(written):
    conversion, _, page = written
    tree = etree.parse(str(page))
    cells = {cell.find(f"{{{IX}}}nonFraction").get("id"): cell
             for cell in tree.iter(f"{{{XHTML}}}td") if cell.find(f"{{{IX}}}nonFraction") is not None}
    for number, fact in enumerate(conversion.mapped.facts, start=1):
        cell = cells[f"f{number}"]
        assert confidence_class(fact.confidence) in cell.get("class").split()
        assert fact.concept.qname in cell.get("title")
        assert f"Source line {fact.source_line}:" in cell.get("title")


def test_review_list_names_every_arithmetic_failure_and_low_confidence_line(written):
    conversion, _, page = written
    items = [" ".join(li.itertext()) for li in etree.parse(str(page)).iter(f"{{{XHTML}}}li")]
    wanted = [issue for issue in conversion.mapped.issues if issue.kind in ("arithmetic", "low-confidence")]
    for issue in wanted:
        assert any(text.startswith(f"Line {issue.line}") and issue.message in text for text in items), issue
    assert len(items) == len(conversion.mapped.issues)


def test_seed_review_lists_its_arithmetic_failures(seed_path, tmp_path):
    """Seed line 274 prints Other Income 1,184 in the historical column only, so its pro-forma column does not foot."""
    conversion = convert(seed_path)
    write_outputs(conversion, tmp_path, ("ixbrl",), validate=False)
    tree = etree.parse(str(conversion.files["ixbrl"]))
    arithmetic = next(h for h in tree.iter(f"{{{XHTML}}}h3") if h.text.startswith("Arithmetic failures"))
    items = ["".join(li.itertext()) for li in arithmetic.getnext().iter(f"{{{XHTML}}}li")]
    assert any(item.startswith("Line 274 (Other Income (Expenses)): ") and "expected 1184" in item for item in items)


def test_cli_writes_the_page_and_its_schema_without_the_xbrl_format(tmp_path):
    assert main(["convert", str(EXAMPLE), "--out", str(tmp_path), "--format", "ixbrl", "--no-validate"]) == 0
    folder = tmp_path / "0000912345-98-000007"
    assert sorted(p.suffix for p in folder.iterdir()) == [".json", ".xhtml", ".xml", ".xml", ".xml", ".xsd"]
    assert validate(folder / "0000912345-98-000007.xhtml").errors == []


def _chromium(*arguments: str, profile: Path) -> subprocess.CompletedProcess:
    command = [chromium(), *HEADLESS, f"--user-data-dir={profile}", *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)


def test_browser_renders_the_statements(written, tmp_path):
    conversion, _, page = written
    dom = _chromium("--dump-dom", page.as_uri(), profile=tmp_path / "profile").stdout
    for statement in conversion.mapped.statements:
        assert statement.title in dom
    source = read_source(Path(conversion.mapped.source_path)).lines
    first = conversion.mapped.facts[0]
    printed = first.printed.strip("()$ -")
    assert printed and printed in source[first.source_line - 1]
    assert f">{printed}</ix:nonfraction>" in dom.lower()


def test_screenshot_shows_coloured_tables(written, tmp_path):
    conversion, _, page = written
    shot = tmp_path / "page.png"
    _chromium("--hide-scrollbars", "--window-size=1400,2000", f"--screenshot={shot}", page.as_uri(),
              profile=tmp_path / "profile")
    image = Image.open(shot).convert("RGB")
    assert image.size == (1400, 2000)
    colours = {colour: count for count, colour in image.getcolors(maxcolors=1 << 24)}
    assert len(colours) > 50  # text and tables, not a blank page
    bands = {confidence_class(fact.confidence) for fact in conversion.mapped.facts}
    for band in bands:
        assert colours.get(BAND_COLOURS[band], 0) > 100, band
