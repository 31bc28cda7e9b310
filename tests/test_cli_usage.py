"""What a new user types first: --version, the bare command, and a bad --format."""

import subprocess
import sys
from importlib.metadata import version

import pytest

from conftest import EXAMPLE, ROOT


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "exporter", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


def test_version():
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"legacy-xbrl {version('legacy-xbrl')}"


def test_the_bare_command_prints_the_help():
    result = _run()
    assert result.returncode == 2  # nothing done: a usage error
    assert result.stdout.startswith("usage: legacy-xbrl ")
    for command in ("convert", "batch", "validate"):
        assert f"\n    {command} " in result.stdout
    assert "error" not in result.stderr


@pytest.mark.parametrize(("command", "value"), [("convert", "pdf"), ("convert", ","), ("batch", "pdf")])
def test_a_bad_format_prints_the_usage_of_its_command(command: str, value: str, tmp_path):
    result = _run(command, str(EXAMPLE), "--format", value, "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"usage: legacy-xbrl {command} ")
    assert f"legacy-xbrl {command}: error: argument --format: " in result.stderr
    assert not (tmp_path / "out").exists()
