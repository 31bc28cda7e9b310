"""`legacy-xbrl validate` on the xBRL-JSON and xBRL-CSV reports runs our checks as on the instance; on a file that is
not XBRL it says so in one line."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_checks_rules import PINE_RIVER, TOTALS, UNBALANCED, _convert

from conftest import EXAMPLE, ROOT
from exporter.pipeline import write_outputs

OLD_HTML = """<HTML><HEAD><TITLE>PINE RIVER TOOL &amp; DIE CORP</TITLE></HEAD>
<BODY><P>BALANCE SHEETS&nbsp;&nbsp;(In thousands)</P>
<TABLE><TR><TD>Total assets</TD><TD>$&nbsp;10,750</TD></TR></TABLE></BODY></HTML>
"""


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "exporter", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


@pytest.fixture(scope="module")
def unbalanced(tmp_path_factory):
    """The example with its 1997 equity 10 higher than printed: Assets = Liabilities and equity fails."""
    folder = tmp_path_factory.mktemp("unbalanced")
    conversion = _convert(folder, PINE_RIVER, *UNBALANCED)
    with_table = write_outputs(conversion, folder / "with-table", ("xbrl-json", "xbrl-csv", "csv"), validate=False)
    bare = write_outputs(conversion, folder / "bare", ("xbrl-json", "xbrl-csv"), validate=False)
    return conversion.mapped.filing_id, with_table, bare


@pytest.mark.parametrize("report", ["{}.json", "{}-csv.json"])
def test_our_checks_run_on_oim_reports_with_the_fact_table_beside(unbalanced, report: str):
    filing_id, folder, _ = unbalanced
    result = _run("validate", "--json", str(folder / report.format(filing_id)))
    assert result.returncode == 1, result.stderr
    messages = json.loads(result.stdout)
    [identity] = [m for m in messages if m["code"] == "lx:balanceIdentity"]
    assert identity["severity"] == "error" and identity["source_lines"] == list(TOTALS)
    assert not [m for m in messages if m["severity"] == "error" and not m["code"].startswith("lx:")]


@pytest.mark.parametrize("report", ["{}.json", "{}-csv.json"])
def test_our_checks_run_on_the_facts_of_an_oim_report_alone(unbalanced, report: str):
    filing_id, _, folder = unbalanced
    result = _run("validate", "--json", str(folder / report.format(filing_id)))
    assert result.returncode == 1, result.stderr
    messages = json.loads(result.stdout)
    [identity] = [m for m in messages if m["code"] == "lx:balanceIdentity"]
    assert identity["source_lines"] == []  # Arelle's model of the report carries no source lines
    assert any(m["code"] == "lx:noSourceLines" for m in messages)


@pytest.mark.parametrize(("name", "text", "says"), [
    ("filing.txt", EXAMPLE.read_text(), "not XBRL: its first element is <SEC-DOCUMENT>"),
    ("letter.txt", "Dear shareholder,\nthe year was good.\n", "not XBRL: no XML element at its start"),
    ("filing.htm", OLD_HTML, "not XBRL: its first element is <HTML>"),
    ("page.xml", "<?xml version='1.0'?><rss><channel/></rss>", "not XBRL: its first element is <rss>"),
    ("report.json", '{"filing_id": "x"}', "not XBRL: a JSON file without documentInfo.documentType"),
])
def test_a_file_that_is_not_xbrl_is_one_line(tmp_path: Path, name: str, text: str, says: str):
    path = tmp_path / name
    path.write_text(text)
    result = _run("validate", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {path}: {says}")
    assert line.endswith("give an XBRL instance (.xml), an Inline XBRL page (.xhtml), an xBRL-JSON report (.json) "
                         "or xBRL-CSV metadata (-csv.json)")
