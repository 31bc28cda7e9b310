"""The Python API (exporter.convert, exporter.convert_batch) and the README's example of it."""

from __future__ import annotations

import contextlib
import io
import re
from decimal import Decimal

import pyarrow.parquet as pq
import pytest

import exporter
from conftest import EXAMPLE, ROOT, printed_amounts
from exporter.errors import ConversionError


@pytest.fixture(scope="module")
def conversion() -> exporter.Conversion:
    return exporter.convert(str(EXAMPLE))


def test_facts_as_a_table_and_a_frame_hold_the_printed_amounts(conversion):
    assets = printed_amounts("Total assets")
    frame = conversion.facts_frame()
    values = frame.loc[frame.concept == "us-gaap:Assets", "value"]
    assert sorted(Decimal(value) for value in values) == sorted(amount * 1000 for amount in assets)
    table = conversion.facts_table()
    assert table.num_rows == len(frame) == conversion.report["facts"] > 0
    assert table.column("value").to_pylist() == list(frame.value)


def test_statements_and_report_of_the_example(conversion):
    kinds = [statement.kind.value for statement in conversion.statements]
    assert kinds == ["balance-sheet", "income-statement"]
    assert conversion.report["filing_id"] == conversion.filing_id == "0000912345-98-000007"
    assert conversion.report["arelle"] is None


def test_write_gives_the_files_of_the_formats_with_the_same_facts(conversion, tmp_path):
    folder = conversion.write(tmp_path, ["parquet", "csv"], validate=False)
    assert folder == tmp_path / conversion.filing_id
    assert sorted(p.name for p in folder.iterdir()) == ["facts.csv", "facts.parquet", "report.json"]
    assert pq.read_table(folder / "facts.parquet").equals(conversion.facts_table())
    with pytest.raises(ValueError, match="unknown format pdf"):
        conversion.write(tmp_path, ["pdf"])


def test_an_unreadable_filing_is_a_conversion_error_naming_it(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("no tables here\n")
    with pytest.raises(ConversionError, match="empty.txt"):
        exporter.convert(path)


def test_the_readme_example_runs_as_printed(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text()
    code = re.search(r"## Python API\n\n```python\n(.*?)```", readme, re.S).group(1)
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / EXAMPLE.name).write_bytes(EXAMPLE.read_bytes())
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})
    lines = printed.getvalue().splitlines()
    assert "['balance-sheet', 'income-statement']" in lines
    assert "out/0000912345-98-000007" in lines
    assert (tmp_path / "out" / "0000912345-98-000007" / "0000912345-98-000007.xml").is_file()
    facts = len(exporter.convert(EXAMPLE).facts_frame())
    assert lines[-1] == f"1 0 {facts}"
    assert (tmp_path / "warehouse" / "warehouse.duckdb").is_file()
