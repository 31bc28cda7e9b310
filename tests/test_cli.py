"""The command line: a batch goes on past bad files, each named in a one-line error."""

import subprocess
import sys

from conftest import EXAMPLE, ROOT


def _run(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "exporter", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=600)


def test_bad_inputs_get_one_line_each_and_the_good_one_is_converted(tmp_path):
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02" * 100)
    prose = tmp_path / "letter.txt"
    prose.write_text("Dear shareholder,\nThe year was good.\n")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    result = _run("convert", str(missing), str(binary), str(prose), str(EXAMPLE), "--out", str(out),
                  "--format", "csv")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {missing}: file not found",
        f"error: {binary}: binary file, not a text filing",
        f"error: {prose}: no financial statements found: no tables or statement blocks in the text",
    ]
    assert "Traceback" not in result.stderr
    assert (out / "0000912345-98-000007" / "facts.csv").is_file()
    assert "1 of 4 filings converted" in result.stderr


def test_unknown_format_is_a_usage_error(tmp_path):
    result = _run("convert", str(EXAMPLE), "--format", "pdf", "--out", str(tmp_path))
    assert result.returncode == 2
    assert "--format: unknown format pdf" in result.stderr


def test_validate_command_reports_errors_with_exit_1(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text('<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance"><unclosed></xbrli:xbrl>')
    result = _run("validate", str(broken))
    assert result.returncode == 1
    assert "errors" in result.stdout
