"""Every output file gets 0666 less the umask (and every folder 0777 less it), as a plain open() would give."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT


def _run(umask: int, *args: str) -> None:
    result = subprocess.run([sys.executable, "-m", "exporter", *args], capture_output=True, text=True, cwd=ROOT,
                            timeout=600, preexec_fn=lambda: os.umask(umask))
    assert result.returncode == 0, result.stderr


def _modes(out: Path) -> dict[str, int]:
    return {str(path.relative_to(out)): stat.S_IMODE(path.stat().st_mode) for path in out.rglob("*")
            if not path.name.startswith(".")}


@pytest.mark.parametrize("umask", [0o022, 0o077], ids=["umask-022", "umask-077"])
def test_convert_outputs_follow_the_umask(umask: int, tmp_path):
    out = tmp_path / "out"
    _run(umask, "convert", str(EXAMPLE), "--out", str(out), "--format", "xbrl,csv,parquet,xbrl-json,fsds")
    modes = _modes(out)
    folder = "0000912345-98-000007"
    for name in ("facts.csv", "facts.parquet", "report.json", "num.txt", f"{folder}.xml", f"{folder}.json"):
        assert f"{folder}/{name}" in modes
    expected = {name: (0o777 if (out / name).is_dir() else 0o666) & ~umask for name in modes}
    assert modes == expected


@pytest.mark.parametrize("umask", [0o022, 0o077], ids=["umask-022", "umask-077"])
def test_batch_outputs_follow_the_umask(umask: int, tmp_path):
    out = tmp_path / "out"
    _run(umask, "batch", str(EXAMPLE), "--out", str(out), "--format", "fsds", "--workers", "1")
    modes = _modes(out)
    for name in ("facts", "manifest.parquet", "filings.parquet", "num.txt", "warehouse.duckdb"):
        assert name in modes
    expected = {name: (0o777 if (out / name).is_dir() else 0o666) & ~umask for name in modes}
    assert modes == expected
