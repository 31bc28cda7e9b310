"""Batch conversion: every kind of source, nothing lost or twice, resumable after a kill, Dask, DuckDB."""

import io
import os
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pytest

from conftest import EXAMPLE, ROOT
from exporter.batch.runner import run_batch

FACT_KEY = ["filing_id", "concept", "period_start", "period_end", "dimensions", "unit", "value", "source_line"]


def make_filings(folder: Path, count: int) -> list[Path]:
    """`count` distinct filings in the example's style: each its own accession number, company and numbers."""
    text = EXAMPLE.read_text()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        accession = f"0000912345-98-{number:06d}"
        body = text.replace("0000912345-98-000007", accession).replace("PINE RIVER TOOL & DIE CORP",
                                                                         f"PINE RIVER {number} CORP")
        body = body.replace("Other assets........................................       145",
                            f"Other assets........................................  {145 + number:>5}")
        body = body.replace("      Total assets..................................  $ 10,750",
                            f"      Total assets..................................  $ {10750 + number:,}")
        body = body.replace("      Total liabilities and stockholders' equity....  $ 10,750",
                            f"      Total liabilities and stockholders' equity....  $ {10750 + number:,}")
        body = body.replace("  Retained earnings.................................     3,020",
                            f"  Retained earnings.................................  {3020 + number:>5,}")
        body = body.replace("      Total stockholders' equity....................     6,170",
                            f"      Total stockholders' equity....................  {6170 + number:>5,}")
        path = folder / f"{accession}.txt"
        path.write_text(body)
        paths.append(path)
    return paths


def facts(out: Path) -> pd.DataFrame:
    table = ds.dataset(out / "facts", format="parquet", partitioning="hive").to_table().to_pandas()
    return table[FACT_KEY].astype(str).sort_values(FACT_KEY).reset_index(drop=True)


def test_sources_of_every_kind_end_in_output_or_errors(tmp_path):
    filings = make_filings(tmp_path / "edgar" / "data" / "912345", 6)
    (tmp_path / "junk.txt").write_text("no statements here\n")
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as archive:
        archive.write(filings[0], "one.txt")
        archive.writestr("../../escape.txt", filings[1].read_text())
        archive.writestr("/abs.txt", "x")
    with tarfile.open(tmp_path / "b.tar.gz", "w:gz") as archive:
        archive.add(filings[2], "two.txt")
        link = tarfile.TarInfo("link.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        archive.addfile(link)
        data = filings[3].read_bytes()
        info = tarfile.TarInfo("three.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    (tmp_path / "more.lst").write_text(f"{filings[4]}\n{tmp_path / 'missing.txt'}\n")
    sources = [tmp_path / "edgar", tmp_path / "junk.txt", tmp_path / "a.zip", tmp_path / "b.tar.gz",
               tmp_path / "more.lst"]
    out = tmp_path / "out"
    result = run_batch(sources, out, workers=2, chunk_size=3, stream=io.StringIO())
    manifest = pd.read_parquet(out / "manifest.parquet")
    errors = pd.read_parquet(out / "errors.parquet")
    # 6 folder filings, junk, 3 zip members, 3 tar members, the list's two entries (one of them is in the folder too:
    # a duplicate, in the manifest once); one.txt, two.txt and three.txt have the bytes of folder filings: duplicates
    assert result.inputs == len(manifest) + 1 == 15
    assert (result.converted, result.duplicates) == (6, 1 + 3)
    assert set(manifest.outcome) == {"converted", "failed", "refused", "duplicate"}
    assert sorted(manifest[manifest.outcome == "converted"].filing_id) == [f"0000912345-98-{n:06d}" for n in range(6)]
    assert set(errors.path) == set(manifest[manifest.outcome != "converted"].key)
    refused = " ".join(errors[errors.stage == "read"].message)
    assert "path leaves the archive" in refused and "absolute path" in refused and "link or special file" in refused
    assert "no such file or folder" in refused
    assert not (tmp_path / "escape.txt").exists()
    assert len(facts(out)) == 6 * 68


def test_rerun_skips_what_is_done(tmp_path):
    make_filings(tmp_path / "in", 4)
    out = tmp_path / "out"
    first = run_batch([tmp_path / "in"], out, workers=1, stream=io.StringIO())
    second = run_batch([tmp_path / "in"], out, workers=1, stream=io.StringIO())
    assert (first.converted, second.converted, second.skipped) == (4, 0, 4)
    assert len(facts(out)) == 4 * 68


def test_killed_batch_resumes_to_the_same_facts(tmp_path):
    make_filings(tmp_path / "in", 160)
    reference = tmp_path / "reference"
    run_batch([tmp_path / "in"], reference, workers=2, chunk_size=4, stream=io.StringIO())
    out = tmp_path / "out"
    command = [sys.executable, "-m", "exporter", "batch", str(tmp_path / "in"), "--out", str(out), "--workers", "2",
               "--chunk-size", "4"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    manifest_parts = out / "_parts" / "manifest"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(manifest_parts.glob("*.parquet"))) < 3:
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    while time.monotonic() < deadline:  # until the killed workers are gone too
        try:
            os.killpg(process.pid, 0)
            time.sleep(0.05)
        except ProcessLookupError:
            break
    committed = len(list(manifest_parts.glob("*.parquet")))
    assert 3 <= committed < 40, "the kill should land mid-way"
    assert not (out / "manifest.parquet").exists()
    resumed = run_batch([tmp_path / "in"], out, workers=2, chunk_size=4, stream=io.StringIO())
    assert resumed.skipped >= 12 and resumed.converted + resumed.skipped == 160
    pd.testing.assert_frame_equal(facts(out), facts(reference))
    manifest = pd.read_parquet(out / "manifest.parquet")
    assert len(manifest) == 160 and manifest.key.is_unique


def test_dask_local_cluster_gives_the_same_facts(tmp_path):
    make_filings(tmp_path / "in", 12)
    run_batch([tmp_path / "in"], tmp_path / "local", workers=2, chunk_size=3, stream=io.StringIO())
    run_batch([tmp_path / "in"], tmp_path / "dask", dask_local=2, chunk_size=3, stream=io.StringIO())
    pd.testing.assert_frame_equal(facts(tmp_path / "dask"), facts(tmp_path / "local"))


def test_warehouse_tables_and_views(tmp_path):
    make_filings(tmp_path / "in", 3)
    out = tmp_path / "out"
    run_batch([tmp_path / "in"], out, workers=1, stream=io.StringIO())
    connection = duckdb.connect(str(out / "warehouse.duckdb"), read_only=True)
    assert connection.execute("SELECT count(*) FROM filings").fetchone()[0] == 3
    rows = connection.execute('SELECT entity_name, "Assets", "LiabilitiesAndStockholdersEquity" '
                              "FROM balance_sheet_wide WHERE period_end = '1997-12-31' ORDER BY entity_name").fetchall()
    assert [(name, int(a), int(b)) for name, a, b in rows] == [
        (f"PINE RIVER {n} CORP", 10_750_000 + 1000 * n, 10_750_000 + 1000 * n) for n in range(3)]
    net_income = connection.execute("SELECT DISTINCT \"NetIncomeLoss\" FROM income_statement_wide "
                                "WHERE period_end = '1997-12-31'").fetchall()
    assert net_income == [(1_025_000,)]
    concepts = connection.execute("SELECT count(*) FROM concepts WHERE concept = 'us-gaap:Assets'").fetchone()[0]
    assert concepts == 1


@pytest.mark.parametrize("option", ["--workers", "--chunk-size"])
def test_bad_option_is_a_usage_error(tmp_path, option):
    result = subprocess.run([sys.executable, "-m", "exporter", "batch", str(tmp_path), option, "0"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "must be 1 or more" in result.stderr
