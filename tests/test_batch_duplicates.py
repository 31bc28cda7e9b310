"""Duplicate inputs of a batch are counted in its summary, and the progress bar ends at 100%."""

import io
import os
import subprocess
import sys

from test_batch import make_filings

from conftest import ROOT
from exporter.batch.runner import run_batch


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _summary(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "exporter", "batch", *args, "--workers", "1"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    return next(line for line in result.stderr.splitlines() if " inputs, " in line)


def test_an_input_given_twice_and_a_copy_are_counted(tmp_path):
    first, second = make_filings(tmp_path / "in", 2)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(first.read_bytes())
    out = str(tmp_path / "out")
    summary = _summary(str(first), str(first), str(copy), str(second), "--out", out)
    assert "batch: 4 inputs, 0 already done, 2 converted, 2 duplicates, 0 failed, " in summary
    again = _summary(str(first), str(first), str(copy), str(second), "--out", out)
    assert "batch: 4 inputs, 3 already done, 0 converted, 1 duplicates, 0 failed, " in again


def test_the_same_file_by_another_path_on_a_resumed_run(tmp_path):
    first, second = make_filings(tmp_path / "in", 2)
    out = tmp_path / "out"
    run_batch([first, second], out, workers=1, stream=io.StringIO())
    screen = Terminal()
    by_another_path = tmp_path / "in" / ".." / "in" / first.name
    result = run_batch([first, second, by_another_path], out, workers=1, stream=screen)
    assert os.path.samefile(first, by_another_path)
    assert (result.inputs, result.skipped, result.converted, result.duplicates, result.failed) == (3, 2, 0, 1, 0)
    assert "1/1 files (100%)" in screen.getvalue().split("\r")[-1]


def test_the_progress_bar_ends_at_100_percent_with_duplicates(tmp_path):
    first, second = make_filings(tmp_path / "in", 2)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(first.read_bytes())
    screen = Terminal()
    result = run_batch([first, copy, second], tmp_path / "out", workers=1, stream=screen)
    assert (result.converted, result.duplicates) == (2, 1)
    assert "[" + "#" * 30 + "] 3/3 files (100%)" in screen.getvalue().split("\r")[-1]
