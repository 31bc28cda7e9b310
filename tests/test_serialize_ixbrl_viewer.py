"""The review page in the Arelle iXBRL Viewer (`--format ixbrl-viewer`): written offline with its script beside it,
and in Chromium the viewer's fact inspector shows a fact of the page."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from lxml import etree, html

from browser import Page
from conftest import EXAMPLE, ROOT, printed_amounts
from exporter.cli import main
from exporter.serialize.ixbrl import IX

FILING_ID = "0000912345-98-000007"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """The README's command run in a folder holding the example: the viewer page and what it needs."""
    readme = (ROOT / "README.md").read_text()
    assert "legacy-xbrl convert examples/pine-river-10k-1997.txt --out out --format ixbrl-viewer" in readme
    work = tmp_path_factory.mktemp("viewer")
    (work / "examples").mkdir()
    shutil.copy(EXAMPLE, work / "examples" / EXAMPLE.name)
    assert main(["convert", str(work / "examples" / EXAMPLE.name), "--out", str(work / "out"), "--format",
                 "ixbrl-viewer", "--no-validate"]) == 0
    return work / "out" / FILING_ID


def test_the_viewer_page_opens_offline_with_its_script_beside_it(folder):
    page = folder / f"{FILING_ID}-viewer.html"
    assert (folder / f"{FILING_ID}.xhtml").is_file()  # the review page it is made from
    scripts = html.parse(str(page)).xpath("//script")
    sources = [script.get("src") for script in scripts if script.get("src")]
    assert sources == ["ixbrlviewer.js"]
    assert (folder / "ixbrlviewer.js").stat().st_size > 100_000
    data = next(script.text for script in scripts if script.get("type") == "application/x.ixbrl-viewer+json")
    assert "us-gaap:CashAndCashEquivalentsAtCarryingValue" in data
    assert not re.search(r"""(?:src|href)=["']https?:""", page.read_text())  # nothing fetched from the network


def test_the_fact_inspector_shows_a_fact_of_the_page(folder, tmp_path):
    """The viewer opened on the 1997 cash fact (a link to it: #f-<fact id>) shows its concept, value and date."""
    cash = printed_amounts("Cash and cash equivalents")[0]  # 1,245 in thousands, for December 31, 1997
    review = etree.parse(str(folder / f"{FILING_ID}.xhtml"))
    concept = "us-gaap:CashAndCashEquivalentsAtCarryingValue"
    fact = next(element for element in review.iter(f"{{{IX}}}nonFraction")
                if element.get("name") == concept and element.text == f"{cash:,}")
    page = Page(f"{(folder / f'{FILING_ID}-viewer.html').as_uri()}#f-{fact.get('id')}", tmp_path / "profile")
    try:
        shown = page.wait_for("(document.querySelector('.fact-inspector .fact-properties') || {}).innerText")
    finally:
        page.close()
    assert "CashAndCashEquivalentsAtCarryingValue" in shown
    assert f"{cash * 1000:,}" in shown
    assert "31 Dec 1997" in shown
