"""facts.csv and facts.parquet: the same rows, text that is not ASCII included, written without pandas."""

import csv
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq

from conftest import EXAMPLE, ROOT
from exporter.pipeline import convert, write_outputs

ACCENTED = "  Inventories (entrepôt à Montréal).................     2,830        2,615"


def _accented_example(tmp_path: Path) -> Path:
    text = EXAMPLE.read_text()
    line = next(line for line in text.splitlines() if line.startswith("  Inventories...."))
    assert len(ACCENTED) == len(line)  # the numbers stay in their columns
    path = tmp_path / "accented.txt"
    path.write_bytes(text.replace(line, ACCENTED).encode("latin-1"))
    return path


def test_parquet_and_csv_hold_the_same_rows_with_accented_labels(tmp_path: Path):
    folder = write_outputs(convert(_accented_example(tmp_path)), tmp_path / "out", ("csv", "parquet"), validate=False)
    with (folder / "facts.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    table = pq.read_table(folder / "facts.parquet").to_pylist()
    assert [{name: str(value) for name, value in row.items()} for row in table] == rows
    inventories = [row for row in table if row["label"] == "Inventories (entrepôt à Montréal)"]
    assert [row["value"] for row in inventories] == ["2830000", "2615000"]
    assert inventories[0]["source_text"] == ACCENTED


def test_converting_to_xbrl_csv_and_parquet_never_loads_pandas(tmp_path: Path):
    """pandas is some 45 MB and half a second per process: writing facts builds Arrow arrays from their buffers."""
    script = ("import sys; from pathlib import Path; from exporter.pipeline import convert, write_outputs; "
              f"write_outputs(convert(Path({str(EXAMPLE)!r})), Path({str(tmp_path)!r}), "
              "('xbrl', 'csv', 'parquet'), validate=False); print('pandas' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_converting_without_parquet_never_loads_pyarrow(tmp_path: Path):
    """pyarrow and numpy are some 50 MB per process: a conversion is parsed and mapped without them, so that its
    peak comes without them too, and only writing facts.parquet loads them."""
    script = ("import sys; from pathlib import Path; from exporter.pipeline import convert, write_outputs; "
              f"conversion = convert(Path({str(EXAMPLE)!r})); "
              f"write_outputs(conversion, Path({str(tmp_path)!r}), ('xbrl', 'csv'), validate=False); "
              "print(sorted({'pyarrow', 'numpy'} & set(sys.modules))); "
              f"write_outputs(conversion, Path({str(tmp_path)!r}), ('parquet',), validate=False); "
              "print('pyarrow' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.split("\n")[:2] == ["[]", "True"]
