"""SEC Financial Statement Data Sets output: sub.txt, num.txt, tag.txt, pre.txt for one filing and for a batch."""

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from conftest import EXAMPLE, printed_amounts
from exporter.batch.runner import run_batch
from exporter.batch.worker import BatchOptions
from exporter.errors import ConversionError
from exporter.pipeline import convert, write_outputs
from exporter.serialize.fsds import STATEMENT_CODES
from exporter.statements.model import StatementKind
from fuzzing import EX27_FIXTURE

# The column names of the 2009q2-2023 "Financial Statement Data Sets" readme, in its order.
DOCUMENTED = {
    "sub": "adsh cik name sic countryba stprba cityba zipba bas1 bas2 baph countryma stprma cityma zipma mas1 mas2 "
           "countryinc stprinc ein former changed afs wksi fye form period fy fp filed accepted prevrpt detail "
           "instance nciks aciks",
    "num": "adsh tag version coreg ddate qtrs uom value footnote",
    "tag": "tag version custom abstract datatype iord crdr tlabel doc",
    "pre": "adsh report line stmt inpth rfile tag version plabel negating",
}
EXAMPLE_TEXT = EXAMPLE.read_text()


def read(folder: Path, table: str) -> pd.DataFrame:
    return pd.read_csv(folder / f"{table}.txt", sep="\t", dtype=str, keep_default_na=False,
                       quoting=csv.QUOTE_NONE, encoding="utf-8")


def header_field(name: str) -> str:
    return re.search(rf"^\s*{name}:\s*(.+?)\s*$", EXAMPLE_TEXT, re.MULTILINE).group(1)


@pytest.fixture(scope="module")
def example_fsds(tmp_path_factory) -> Path:
    conversion = convert(EXAMPLE)
    return write_outputs(conversion, tmp_path_factory.mktemp("fsds"), ("fsds",), validate=False)


@pytest.mark.parametrize(("label", "tag", "qtrs", "uom", "scale"), [
    ("Total assets", "Assets", "0", "USD", 1000),
    ("Total current liabilities", "LiabilitiesCurrent", "0", "USD", 1000),
    ("Net sales", "Revenues", "4", "USD", 1000),
    ("Net income", "NetIncomeLoss", "4", "USD", 1000),
    ("Net income per share", "EarningsPerShareBasic", "4", "USD/shares", 1),
    ("Weighted average shares outstanding", "WeightedAverageNumberOfSharesOutstandingBasic", "4", "shares", 1000),
])
def test_num_holds_the_amounts_of_the_filing(example_fsds, label, tag, qtrs, uom, scale):
    num = read(example_fsds, "num")
    rows = num[num.tag == tag]
    years = re.search(r"^\s+(19\d\d)\s+(19\d\d)\s*$", EXAMPLE_TEXT, re.MULTILINE).groups()  # column headings
    for year, amount in zip(years, printed_amounts(label), strict=True):
        row = rows[rows.ddate == f"{year}1231"]
        assert len(row) == 1, f"{tag} {year}"
        assert row.iloc[0][["version", "coreg", "qtrs", "uom", "value"]].tolist() == \
            ["us-gaap/2022", "", qtrs, uom, f"{amount * scale:.4f}"]


def test_sub_has_one_row_with_the_header(example_fsds):
    sub = read(example_fsds, "sub")
    assert len(sub) == 1
    row = sub.iloc[0]
    assert row.adsh == header_field("ACCESSION NUMBER")
    assert row.cik == str(int(header_field("CENTRAL INDEX KEY")))
    assert row["name"] == header_field("COMPANY CONFORMED NAME")
    assert row.form == header_field("CONFORMED SUBMISSION TYPE")
    assert row.period == header_field("CONFORMED PERIOD OF REPORT")
    assert row.filed == header_field("FILED AS OF DATE")
    assert row.fye == header_field("FISCAL YEAR END")
    assert (row.fy, row.fp) == (header_field("CONFORMED PERIOD OF REPORT")[:4], "FY")


def test_the_four_files_have_the_documented_columns(example_fsds):
    for table, columns in DOCUMENTED.items():
        frame = pd.read_csv(example_fsds / f"{table}.txt", sep="\t")
        assert list(frame.columns) == columns.split(), table
    raw = (example_fsds / "num.txt").read_bytes()
    assert b"\r" not in raw and raw.endswith(b"\n")
    pre, tag = read(example_fsds, "pre"), read(example_fsds, "tag")
    assert set(pre.stmt) == {"BS", "IS"}
    balance_sheet = pre[pre.stmt == "BS"]
    assert balance_sheet.line.astype(int).tolist() == list(range(1, len(balance_sheet) + 1))
    assert balance_sheet.iloc[0].plabel == "Cash and cash equivalents"  # the first line of the balance sheet
    assets = tag[tag.tag == "Assets"].iloc[0]
    assert assets[["custom", "abstract", "datatype", "iord", "crdr"]].tolist() == ["0", "0", "monetary", "I", "D"]


def test_batch_keys_agree_across_the_four_files(seed_path, tmp_path):
    out = tmp_path / "out"
    result = run_batch([EXAMPLE, seed_path], out, workers=1, options=BatchOptions(fsds=True), stream=io.StringIO())
    assert result.converted == 2
    sub, num, tag, pre = (read(out, table) for table in ("sub", "num", "tag", "pre"))
    filings = pd.read_parquet(out / "filings.parquet")
    assert sorted(sub.instance) == sorted(filings.filing_id + ".xml")  # the key to our other outputs
    assert header_field("ACCESSION NUMBER") in set(sub.adsh)
    assert (sub.adsh.str.len() == 20).all()  # the seed has no accession number: 20 hex digits stand in (SEC's width)
    assert set(num.adsh) == set(pre.adsh) == set(sub.adsh)
    keys = set(zip(tag.tag, tag.version, strict=True))
    assert len(keys) == len(tag)
    assert set(zip(num.tag, num.version, strict=True)) <= keys
    assert set(zip(pre.tag, pre.version, strict=True)) <= keys
    custom = tag[tag.custom == "1"]
    assert len(custom) and set(custom.version) <= set(sub.adsh)
    assert not num.duplicated(["adsh", "tag", "version", "coreg", "ddate", "qtrs", "uom"]).any()
    # the seed's pro forma balance sheet: the historical column only, its scenario and disposal columns left out
    cash_line = next(line for line in seed_path.read_text().splitlines() if line.startswith("Cash "))
    historical = Decimal(cash_line.split()[1].replace(",", ""))
    seed_id = filings[filings.accession_number == ""].filing_id.iloc[0]
    seed_adsh = sub[sub.instance == f"{seed_id}.xml"].adsh.iloc[0]
    assert re.fullmatch("[0-9a-f]{20}", seed_adsh)
    cash = num[(num.adsh == seed_adsh) & (num.tag == "Cash") & (num.ddate == "20010331")]
    assert cash.value.tolist() == [f"{historical:.4f}"]
    assert result.fsds_left_out > 0


def test_resumed_batch_writes_every_filing_once(tmp_path):
    sources = tmp_path / "in"
    sources.mkdir()
    for number in range(3):
        text = EXAMPLE_TEXT.replace("0000912345-98-000007", f"0000912345-98-00010{number}")
        (sources / f"{number}.txt").write_text(text)
    reference = tmp_path / "reference"
    run_batch([sources], reference, workers=1, options=BatchOptions(fsds=True), stream=io.StringIO())
    out = tmp_path / "out"
    run_batch([sources / "0.txt"], out, workers=1, options=BatchOptions(fsds=True), stream=io.StringIO())
    stale = pd.DataFrame([["0000000000-00-000000", "Assets", "us-gaap/2022", "", "19971231", "0", "USD", "1", ""]],
                         columns=DOCUMENTED["num"].split())
    stale.to_parquet(out / "_parts" / "fsds_num" / "uncommitted.parquet")  # what a killed chunk leaves behind
    resumed = run_batch([sources], out, workers=1, options=BatchOptions(fsds=True), stream=io.StringIO())
    assert (resumed.skipped, resumed.converted, resumed.removed_uncommitted) == (1, 2, 1)
    for table in DOCUMENTED:
        key = DOCUMENTED[table].split()
        expected = read(reference, table).sort_values(key).reset_index(drop=True)
        pd.testing.assert_frame_equal(read(out, table).sort_values(key).reset_index(drop=True), expected)
    assert len(read(out, "sub")) == 3


def test_fsds_refuses_a_folder_begun_without_it(tmp_path):
    run_batch([EXAMPLE], tmp_path / "out", workers=1, stream=io.StringIO())
    with pytest.raises(ConversionError, match="without --format fsds"):
        run_batch([EXAMPLE], tmp_path / "out", workers=1, options=BatchOptions(fsds=True), stream=io.StringIO())


def test_every_statement_kind_the_pipeline_converts_has_an_fsds_code(tmp_path):
    conversion = convert(EX27_FIXTURE)  # statements and a financial data schedule
    write_outputs(conversion, tmp_path, ("fsds",), validate=False)
    pre = pd.read_csv(tmp_path / conversion.mapped.filing_id / "pre.txt", sep="\t", dtype=str)
    assert set(pre.stmt) == {"BS", "UN"}
    assert {kind.value for kind in StatementKind} - {"other"} <= set(STATEMENT_CODES)
