"""Early-HTML filings: <table>s parsed into the text-table model, converted end to end, and hostile markup
(entity bombs, external entities, remote DTDs) parsed safely."""

import html
import json
import os
import resource
import socket
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given

from conftest import EXAMPLE, ROOT
from exporter.errors import ConversionError
from exporter.parse import html_tables
from exporter.parse.documents import find_tables
from exporter.parse.model import RowKind
from exporter.pipeline import convert, write_outputs
from exporter.read.filing import parse_filing
from exporter.read.source import decode_source
from exporter.statements.model import StatementKind
from fuzzing import convert_or_clean_error, fuzz_settings, html_bytes
from html_fixtures import BALANCE_SHEET, BARE_HTM, BILLION_LAUGHS, FILING_10K, external_entity


@pytest.fixture(scope="module")
def ten_k(tmp_path_factory):
    """The HTML 10-K converted once, with every output written and validated by Arelle."""
    path = tmp_path_factory.mktemp("html-10k") / "maple-10k-1999.txt"
    path.write_text(FILING_10K)
    conversion = convert(path)
    folder = write_outputs(conversion, path.parent / "out")
    return conversion, folder, path


def _facts(folder: Path) -> pd.DataFrame:
    return pd.read_csv(folder / "facts.csv", dtype=str, keep_default_na=False)


def _value(frame: pd.DataFrame, concept: str, end: str) -> list[str]:
    return list(frame[(frame.concept == concept) & (frame.period_end == end)].value)


def _tables(text: str, name: str = "fixture.htm"):
    return find_tables(parse_filing(decode_source(Path(name), text.encode())))


def _source_lines(path: Path) -> list[str]:
    """The file's lines with character references decoded ('&#151;' is printed as a dash)."""
    return [html.unescape(line) for line in path.read_text().split("\n")]


def _row(table, label: str):
    return next(row for row in table.rows if row.label == label)


def test_statements_kinds_periods_and_scale(ten_k):
    conversion = ten_k[0]
    assert [s.kind for s in conversion.statements] == [StatementKind.BALANCE_SHEET, StatementKind.INCOME_STATEMENT]
    assert [s.scale for s in conversion.statements] == [3, 3]
    sheet, income = conversion.statements
    assert [str(c.period) for c in sheet.columns] == ["1999-12-31", "1998-12-31"]
    assert [str(c.period) for c in income.columns] == ["1999-01-01--1999-12-31", "1998-01-01--1998-12-31"]
    assert [c.heading for c in income.columns] == ["Years Ended December 31, 1999", "Years Ended December 31, 1998"]
    assert conversion.header.accession_number == "0000954321-00-000012"


def test_balance_sheet_values_are_exact_and_valid_xbrl(ten_k):
    frame = _facts(ten_k[1])
    assert _value(frame, "us-gaap:Assets", "1999-12-31") == ["16645000"]
    assert _value(frame, "us-gaap:Assets", "1998-12-31") == ["16055000"]
    assert _value(frame, "us-gaap:CashAndCashEquivalentsAtCarryingValue", "1998-12-31") == ["1980000"]
    assert _value(frame, "us-gaap:AccountsReceivableNetCurrent", "1999-12-31") == ["4120000"]
    assert set(frame[frame.concept == "us-gaap:Assets"].decimals) == {"-3"}
    for year in ("1999-12-31", "1998-12-31"):
        assert _value(frame, "us-gaap:Assets", year) == _value(frame, "us-gaap:LiabilitiesAndStockholdersEquity", year)
    common = frame[frame.concept == "us-gaap:CommonStockValue"]
    assert set(common.label) == {"Common stock, $.01 par value; authorized 20,000,000 shares; issued 5,000,000 shares"}
    report = json.loads((ten_k[1] / "report.json").read_text())
    assert report["arelle"]["errors"] == 0, report["arelle"]["messages"]
    assert report["arithmetic_failures"] == []


def test_income_statement_values_per_share_and_shares(ten_k):
    frame = _facts(ten_k[1])
    assert _value(frame, "us-gaap:Revenues", "1999-12-31") == ["31250000"]
    assert _value(frame, "us-gaap:NetIncomeLoss", "1998-12-31") == ["900000"]
    eps = frame[frame.concept == "us-gaap:EarningsPerShareBasic"]
    assert sorted(zip(eps.period_end, eps.value, eps.decimals, strict=True)) == [
        ("1998-12-31", "0.18", "2"), ("1999-12-31", "0.25", "2")]
    assert set(frame[frame.concept == "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic"].value) == {"5000000"}
    assert sorted(frame[frame.concept == "us-gaap:InterestExpense"].value) == ["410000", "455000"]


def test_negative_split_over_cells_and_dash(ten_k):
    sheet = _tables(ten_k[2].read_text(), ten_k[2].name)[0]
    depreciation = _row(sheet, "Less accumulated depreciation")
    assert {k: (c.value, c.text) for k, c in depreciation.cells.items()} == {
        0: (Decimal(-5230), "(5,230)"), 1: (Decimal(-4610), "(4,610)")}
    goodwill = _row(sheet, "Goodwill")
    assert (goodwill.cells[0].value, goodwill.cells[0].dash, goodwill.cells[1].value) == (0, True, Decimal(150))
    frame = _facts(ten_k[1])
    assert _value(frame, "us-gaap:Goodwill", "1999-12-31") == ["0"]
    assert _value(frame, "us-gaap:Goodwill", "1998-12-31") == ["150000"]
    interest = _row(_tables(ten_k[2].read_text(), ten_k[2].name)[1], "Interest expense")
    assert [c.value for c in interest.cells.values()] == [Decimal(-410), Decimal(-455)]


def test_titles_headings_and_rules(ten_k):
    sheet = _tables(ten_k[2].read_text(), ten_k[2].name)[0]
    assert sheet.title_lines[-2:] == ["CONSOLIDATED BALANCE SHEETS", "(In thousands, except share data)"]
    assert [c.heading for c in sheet.columns] == ["December 31, 1999", "December 31, 1998"]
    headings = [row.label for row in sheet.rows if row.kind is RowKind.HEADING]
    assert headings == ["ASSETS", "Current assets", "Property, plant and equipment",
                        "LIABILITIES AND STOCKHOLDERS' EQUITY", "Current liabilities", "Stockholders' equity"]
    assert _row(sheet, "Total current assets").rule_above == "-"  # a row of <HR>s
    assert _row(sheet, "Total stockholders' equity").rule_above == "-"  # a border-top on the cells
    assert _row(sheet, "Inventories").rule_above is None


def test_the_title_is_read_from_the_markup_just_above_a_table_however_long_the_line_before():
    """The title search reads the last 30,000 characters above a table, from a tag on (a fuzzed row of 400,000
    empty cells before a table took 2.2 s to read for a title); a title below a megabyte line is still found."""
    soup = "<P>" + "<FONT SIZE=2>Note continued</FONT>" * 30_000 + "</P>\n"
    sheet = _tables(soup + BALANCE_SHEET)[0]
    assert sheet.title_lines == ["MAPLE HOLLOW INSTRUMENTS, INC.", "CONSOLIDATED BALANCE SHEETS",
                                 "(In thousands, except share data)"]


def test_every_fact_points_at_the_line_its_number_is_printed_on(ten_k):
    lines = _source_lines(ten_k[2])
    facts = ten_k[0].mapped.facts
    assert len(facts) == 58
    for fact in facts:
        assert fact.printed.strip("()$") in lines[fact.source_line - 1], (fact.label, fact.source_line)
    sheet = _tables(ten_k[2].read_text(), ten_k[2].name)[0]
    receivable = _row(sheet, "Accounts receivable, less allowance for doubtful accounts of $95 and $80")
    assert "Accounts receivable" in lines[receivable.line - 1]


def test_lines_stay_exact_past_libxml2s_line_counter(tmp_path):
    filler = "<P>Management's discussion continues.</P>\n" * 70_000
    path = tmp_path / "long.htm"
    path.write_text("<HTML>\n<BODY>\n" + filler + BALANCE_SHEET + "</BODY>\n</HTML>\n")
    lines = _source_lines(path)
    facts = convert(path).mapped.facts
    assert min(fact.source_line for fact in facts) > 70_000
    for fact in facts:
        assert fact.printed.strip("()$") in lines[fact.source_line - 1]


def _one_line_table(rows: int) -> str:
    """An HTML filing whose balance sheet prints `rows` rows on one line, as a filing without line breaks has them."""
    printed = "".join(f"<TR><TD>Line item {k}</TD><TD>{k * 7:,}</TD><TD>({k * 3:,})</TD></TR>" for k in range(rows))
    return ("<HTML><BODY><P>CONSOLIDATED BALANCE SHEETS</P><TABLE><TR><TD></TD><TD>December 31, 1999</TD>"
            f"<TD>December 31, 1998</TD></TR>{printed}</TABLE></BODY></HTML>\n")


BALANCE_SHEET_LINES = [("Cash and cash equivalents", 1_245, 980), ("Accounts receivable, net", 3_420, 2_875),
                       ("Inventories", 5_110, 4_630), ("Prepaid expenses", 310, 295),
                       ("Total current assets", 10_085, 8_780), ("Property and equipment, net", 7_500, 7_100),
                       ("Total assets", 17_585, 15_880), ("Accounts payable", 2_100, 1_900),
                       ("Accrued liabilities", 1_200, 1_100), ("Total current liabilities", 3_300, 3_000),
                       ("Long-term debt", 4_000, 4_500), ("Common stock", 100, 100),
                       ("Retained earnings", 10_185, 8_280),
                       ("Total liabilities and stockholders' equity", 17_585, 15_880)]


def _one_line_balance_sheet(blocks: int) -> str:
    """An HTML filing whose balance sheet prints its lines `blocks` times over on one line, as a damaged filing
    without line breaks may repeat a statement."""
    printed = "".join(f"<TR><TD>{label}</TD><TD>{now:,}</TD><TD>{before:,}</TD></TR>"
                      for label, now, before in BALANCE_SHEET_LINES) * blocks
    return ("<HTML><BODY><P>CONSOLIDATED BALANCE SHEETS</P><TABLE><TR><TD></TD><TD>December 31, 1999</TD>"
            f"<TD>December 31, 1998</TD></TR>{printed}</TABLE></BODY></HTML>\n")


def test_a_table_is_read_a_row_at_a_time(monkeypatch):
    """The rows of a table on one line are read as the parser reaches them, and let go: the parsed markup holds the
    rows of the last piece of markup fed to the parser (64 kB, some 1,100 rows here), never the whole table (the
    whole table was parsed into a tree before its first row was read)."""
    held: list[int] = []
    read_row = html_tables._read_row

    def counting(tr, *args):
        held.append(sum(1 for _ in tr.getroottree().getroot().iter("tr")))
        return read_row(tr, *args)

    monkeypatch.setattr(html_tables, "_read_row", counting)
    table = _tables(_one_line_table(20_000), "one-line.htm")[0]
    assert len(held) == 20_001 and max(held) < 2_000
    assert [c.heading for c in table.columns] == ["December 31, 1999", "December 31, 1998"]
    assert [(c.value, c.text) for c in _row(table, "Line item 1999").cells.values()] == [
        (Decimal(13_993), "13,993"), (Decimal(-5_997), "(5,997)")]
    assert len(table.rows) == 20_000 and {row.line for row in table.rows} == {1}


READ_ONE_LINE_TABLE = """
import re, sys
from pathlib import Path
from exporter.parse.documents import iter_tables
from exporter.read.filing import parse_filing
from exporter.read.source import decode_source

def peak():  # VmHWM: this process's own peak RSS (ru_maxrss keeps the parent's across exec)
    return int(re.search(r"VmHWM:\\s*(\\d+) kB", Path("/proc/self/status").read_text())[1]) * 1024

raw = Path(sys.argv[1]).read_bytes()
filing = parse_filing(decode_source(Path(sys.argv[1]), raw))
before = peak()
rows = sum(len(table.rows) for table in iter_tables(filing, let_go=True))
print(rows, (peak() - before) / len(raw))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak RSS from /proc (Linux)")
def test_a_one_line_table_of_megabytes_takes_memory_for_its_rows_only(tmp_path):
    """Reading a 3 MB table printed on one line (50,000 rows) in a fresh process takes about 18 times its size,
    what its rows' cells take; it took 49 times its size when the whole table was parsed before it was read."""
    path = tmp_path / "one-line.htm"
    path.write_text(_one_line_table(50_000))
    result = subprocess.run([sys.executable, "-c", READ_ONE_LINE_TABLE, str(path)], capture_output=True, text=True,
                            check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    rows, growth = result.stdout.split()
    assert int(rows) == 50_000
    assert float(growth) < 25


CONVERT_ONE_LINE_TABLE = """
import re, sys
from pathlib import Path
from exporter.mapping.labels import load_dictionary
from exporter.mapping.taxonomy import load_taxonomy
from exporter.pipeline import convert, write_outputs

def peak():  # VmHWM: this process's own peak RSS
    return int(re.search(r"VmHWM:\\s*(\\d+) kB", Path("/proc/self/status").read_text())[1]) * 1024

path = Path(sys.argv[1])
load_taxonomy(), load_dictionary()  # the fixed cost, whatever the filing
before = peak()
conversion = convert(path)
write_outputs(conversion, path.parent / "out", ("xbrl", "csv"), validate=False)
print(len(conversion.mapped.facts), (peak() - before) / path.stat().st_size)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak RSS from /proc (Linux)")
def test_a_one_line_table_of_megabytes_converts_in_bounded_memory(tmp_path):
    """Converting a 1.3 MB table printed on one line (20,000 lines of their own, a fact every 32 bytes) and writing
    its instance, extension and fact table takes about 50 times its size above the fixed cost: the table's rows are
    let go as the statement's lines are made, those as their facts are made, and the extension's 20,000 concepts are
    written a part at a time. It took 143 times its size when the statement's cells were held until all its facts
    were made and the extension schema and linkbases were built whole."""
    path = tmp_path / "one-line.htm"
    path.write_text(_one_line_table(20_000))
    result = subprocess.run([sys.executable, "-c", CONVERT_ONE_LINE_TABLE, str(path)], capture_output=True,
                            text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    facts, growth = result.stdout.split()
    assert int(facts) == 40_000
    assert float(growth) < 60


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak RSS from /proc (Linux)")
def test_a_balance_sheet_repeated_on_one_line_converts_in_bounded_memory(tmp_path):
    """A 1.8 MB balance sheet printed 2,000 times over on one line (28,000 lines that map to us-gaap concepts, a
    total every few lines, an issue every seventh line) converts in about 17 times its size above the fixed cost:
    what its facts and issues keep is stored by column, not as an object per fact, per issue or per part of a sum,
    which kept the memory freed around them from being reused. It took 26 times its size."""
    path = tmp_path / "one-line.htm"
    path.write_text(_one_line_balance_sheet(2_000))
    result = subprocess.run([sys.executable, "-c", CONVERT_ONE_LINE_TABLE, str(path)], capture_output=True,
                            text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    facts, growth = result.stdout.split()
    assert int(facts) == 2_000 * 2 * len(BALANCE_SHEET_LINES)
    assert float(growth) < 20


def test_text_filings_keep_the_text_parser():
    tables = find_tables(parse_filing(decode_source(EXAMPLE, EXAMPLE.read_bytes())))
    assert tables and all(table.columns and table.columns[0].left > 40 for table in tables)  # character columns


def test_remote_dtd_is_not_fetched(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    path = tmp_path / "q4-1999.htm"
    path.write_text(BARE_HTM)
    conversion = convert(path)
    assert [s.kind for s in conversion.statements] == [StatementKind.INCOME_STATEMENT]
    revenues = [f for f in conversion.mapped.facts if f.concept.name == "Revenues"]
    assert sorted(f.value for f in revenues) == [Decimal(28_400_000), Decimal(31_250_000)]


def test_billion_laughs_is_not_expanded(tmp_path):
    path = tmp_path / "laughs.htm"
    path.write_text(BILLION_LAUGHS)
    memory_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    conversion = convert(path)
    write_outputs(conversion, tmp_path / "out", formats=("csv",), validate=False)
    assert time.perf_counter() - started < 10
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - memory_before < 100_000  # KiB
    table = _tables(BILLION_LAUGHS, path.name)[0]
    assert _row(table, "Inventories &lol9;").cells[0].value == Decimal(3010)  # the reference stays as printed
    text = " ".join(table.title_lines + [row.text for row in table.rows])
    assert "lollol" not in text and len(text) < 5_000
    assert (tmp_path / "out" / conversion.mapped.filing_id / "facts.csv").stat().st_size < 20_000


@pytest.mark.parametrize("form", ["general", "parameter", "dtd"])
def test_external_entity_never_reads_the_file(tmp_path, form):
    secret = tmp_path / "secret.txt"
    secret.write_text("S3CRET-7f1c-not-for-output")
    path = tmp_path / f"xxe-{form}.htm"
    path.write_text(external_entity(str(secret), form))
    conversion = convert(path)
    folder = write_outputs(conversion, tmp_path / "out", validate=False)
    assert _value(_facts(folder), "us-gaap:Assets", "1999-12-31") == ["16645000"]
    table = _tables(path.read_text(), path.name)[0]
    seen = [fact.label + fact.source_text for fact in conversion.mapped.facts] + table.title_lines
    assert not any("S3CRET" in text for text in seen)
    for output in folder.iterdir():
        assert b"S3CRET" not in output.read_bytes(), output.name


def test_html_without_a_statement_is_a_clear_error(tmp_path):
    path = tmp_path / "exhibit.htm"
    path.write_text("<HTML><BODY><TABLE><TR><TD>Name</TD><TD>Title</TD></TR></TABLE></BODY></HTML>\n")
    with pytest.raises(ConversionError) as caught:
        convert(path)
    assert str(caught.value).startswith(str(path))
    assert len(_tables(path.read_text())) == 1


@pytest.mark.parametrize("opener", ["<!DOCTYPE [", '<!DOCTYPE "', "<!ENTITY ", "<TABLE"])
def test_unterminated_declarations_and_tags_take_linear_time(opener):
    """Found by the fuzz test: 200,000 unterminated '<!DOCTYPE [' took minutes when each was scanned to the end."""
    data = ("<HTML><BODY>\n" + BALANCE_SHEET + opener * 200_000).encode()
    started = time.perf_counter()
    conversion = convert(Path("hostile.htm"), data)
    assert time.perf_counter() - started < 10
    assert conversion.statements[0].kind is StatementKind.BALANCE_SHEET


@fuzz_settings(80)
@given(html_bytes)
def test_any_html_converts_or_fails_cleanly(data: bytes):
    conversion = convert_or_clean_error("fuzz.htm", data)
    if conversion is None:
        return
    lines = len(decode_source(Path("fuzz.htm"), data).lines)
    for fact in conversion.mapped.facts:
        assert 1 <= fact.source_line <= lines


ROWSPAN_EQUITY = """\
<TABLE>
<TR><TD COLSPAN=6 ALIGN="CENTER"><B>STATEMENTS OF STOCKHOLDERS' EQUITY</B></TD></TR>
<TR><TH ROWSPAN=2>&nbsp;</TH><TH COLSPAN=2>Common Stock</TH>
<TH ROWSPAN=2>Retained<BR>Earnings</TH><TH ROWSPAN=2>Treasury<BR>Stock</TH><TH ROWSPAN=2>Total</TH></TR>
<TR><TH>Shares</TH><TH>Amount</TH></TR>
<TR><TD>Balance, December 31, 1998</TD><TD>1,200</TD><TD>$12</TD><TD>$840</TD><TD>$(50)</TD><TD>$802</TD></TR>
<TR><TD>Net income</TD><TD>&nbsp;</TD><TD>&nbsp;</TD><TD>95</TD><TD>&nbsp;</TD><TD>95</TD></TR>
<TR><TD>Balance, December 31, 1999</TD><TD>1,200</TD><TD>$12</TD><TD>$935</TD><TD>$(50)</TD><TD>$897</TD></TR>
</TABLE>
"""


def test_a_heading_cell_over_two_rows_keeps_the_columns_of_the_row_below_in_place():
    """ROWSPAN: 'Retained Earnings' takes its grid column in both heading rows, so 'Shares' and 'Amount' fall
    under 'Common Stock', and each column's heading names its own component."""
    table = _tables(ROWSPAN_EQUITY)[0]
    assert [c.heading for c in table.columns] == ["Common Stock Shares", "Common Stock Amount", "Retained Earnings",
                                                  "Treasury Stock", "Total"]
