"""Errors a user can cause: one line naming the file or option and what to do, no traceback, the documented exit
code (0 all converted, 1 some failed, 2 usage error)."""

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT, write_repeated_example


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "exporter", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def _one_error_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1, result.stderr
    return errors[0]


@pytest.mark.parametrize("command", ["convert", "validate", "batch"])
def test_a_missing_path(command: str, tmp_path: Path):
    missing = tmp_path / "no-such-filing.txt"
    result = _run(command, str(missing), *(["--out", str(tmp_path / "out")] if command != "validate" else []))
    assert result.stderr.count("\n") == 1  # the one line and nothing else
    line = _one_error_line(result)
    assert str(missing) in line
    assert ("file not found" if command == "convert" else "no such file or folder; check the path") in line
    assert result.returncode == (1 if command == "convert" else 2)  # a convert FILE is one failed filing of many


def test_an_unreadable_file(tmp_path: Path):
    result = _run("convert", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert _one_error_line(result) == f"error: {tmp_path}: is a directory, not a filing"


def test_a_file_without_statements(tmp_path: Path):
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear shareholder,\nthe year was good.\n")
    result = _run("convert", str(letter), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert _one_error_line(result).startswith(f"error: {letter}: no financial statements found")


@pytest.mark.parametrize(("option", "value", "says"), [
    ("--format", "pdf", "--format: unknown format pdf; choose from"),
    ("--timeout", "0", "argument --timeout: must be a number of seconds above 0"),
    ("--timeout", "soon", "argument --timeout: invalid _seconds value"),
])
def test_a_bad_option(option: str, value: str, says: str, tmp_path: Path):
    result = _run("convert", str(EXAMPLE), option, value, "--out", str(tmp_path))
    assert result.returncode == 2
    assert says in _one_error_line(result)


def test_an_output_folder_that_is_a_file(tmp_path: Path):
    taken = tmp_path / "taken"
    taken.write_text("not a folder")
    result = _run("convert", str(EXAMPLE), "--out", str(taken))
    assert result.returncode == 2
    assert _one_error_line(result) == f"error: --out {taken}: is a file, not a folder; give a folder for the output"
    assert taken.read_text() == "not a folder"


def test_an_unreachable_database(tmp_path: Path):
    url = "postgresql://nobody@127.0.0.1:1/legacy"  # port 1: nothing listens
    result = _run("batch", str(EXAMPLE), "--out", str(tmp_path / "out"), "--workers", "1", "--db", url)
    assert result.returncode == 1
    line = _one_error_line(result)
    assert line.startswith(f"error: --db {url}: cannot connect") and "start the server or correct the URL" in line


def test_a_filing_over_the_timeout_fails_and_the_next_one_converts(tmp_path: Path):
    slow = tmp_path / "slow-10k.txt"
    write_repeated_example(slow, 8.0)  # a real input that takes seconds to convert (1 MB: half a second)
    out = tmp_path / "out"
    result = _run("convert", str(slow), str(EXAMPLE), "--out", str(out), "--format", "csv", "--no-validate",
                  "--timeout", "1")
    assert result.returncode == 1
    assert _one_error_line(result) == (f"error: {slow}: took longer than the 1 s limit (--timeout); give it more "
                                       "seconds with --timeout or leave it out")
    assert "1 of 2 filings converted" in result.stderr
    facts = (out / "0000912345-98-000007" / "facts.csv").read_text()
    assert "24310000" in facts  # net sales of 1997, $ 24,310 thousand, from the example
    assert [p.name for p in out.iterdir()] == ["0000912345-98-000007"]


def test_all_converted_is_exit_0(tmp_path: Path):
    result = _run("convert", str(EXAMPLE), "--out", str(tmp_path), "--format", "csv", "--no-validate")
    assert result.returncode == 0
    assert result.stderr == ""


def test_a_form_that_carries_no_statements_says_so(tmp_path: Path):
    """An ownership report (form 4) fails with the reason that it is not a financial report, naming its form."""
    form4 = tmp_path / "form4.txt"
    form4.write_text("<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t4\nPUBLIC DOCUMENT COUNT:\t\t1\n</SEC-HEADER>\n"
                     "<DOCUMENT>\n<TYPE>4\n<TEXT>\nTable I - Non-Derivative Securities Acquired\n"
                     "Common Stock    01/05/99    S    1,000    D    $25.50\n</TEXT>\n</DOCUMENT>\n")
    result = _run("convert", str(form4), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert _one_error_line(result) == f"error: {form4}: not a financial report: form 4 carries no financial statements"
