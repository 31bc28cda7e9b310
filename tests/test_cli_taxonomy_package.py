"""Our taxonomy as a taxonomy package beside the outputs (and from `legacy-xbrl taxonomy --zip`): plain Arelle, given
it on the command line the README shows, validates a converted instance offline with no error."""

import re
import shlex
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from exporter.serialize.taxonomy_package import PACKAGE_NAME

BIN = Path(sys.executable).parent  # the virtual environment the tool and Arelle are installed in


def _readme_block(readme: Path, heading: str) -> list[str]:
    """The commands of the first bash block under a heading of a README."""
    text = readme.read_text()
    block = re.search(r"```bash\n(.*?)```", text[text.index(heading):], re.S)
    return block[1].strip().splitlines()


def _command(line: str) -> list[str]:
    """A README command as typed, with the tool run from this checkout and Arelle from this environment."""
    words = shlex.split(line)
    if words[0] == ".venv/bin/legacy-xbrl":
        return [sys.executable, "-m", "exporter", *words[1:]]
    assert words[0] == ".venv/bin/arelleCmdLine"
    return [str(BIN / "arelleCmdLine"), *words[1:]]


def _arelle_findings(result: subprocess.CompletedProcess) -> list[str]:
    """Arelle's output lines other than [info] ones (an error, warning or inconsistency shows its code instead)."""
    lines = (result.stdout + result.stderr).splitlines()
    assert any(line.startswith("[info] validated in") for line in lines), lines
    return [line for line in lines if line.strip() and not line.startswith("[info]")]


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=600)


def test_the_readme_arelle_command_validates_the_converted_instance(tmp_path):
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    convert, arelle = _readme_block(ROOT / "README.md", "## Opening the instances in other XBRL tools")
    converted = _run(_command(convert), tmp_path)
    assert converted.returncode == 0, converted.stderr
    package = tmp_path / "out" / PACKAGE_NAME
    assert f"{Path('out') / PACKAGE_NAME}: " in converted.stdout
    names = zipfile.ZipFile(package).namelist()
    assert {name.split("/")[0] for name in names} == {"legacy-xbrl-2022"}  # one top folder, as packages must be
    assert "legacy-xbrl-2022/META-INF/taxonomyPackage.xml" in names
    assert _arelle_findings(_run(_command(arelle), tmp_path)) == []
    without = _run([w for w in _command(arelle) if w not in ("--packages", f"out/{PACKAGE_NAME}")], tmp_path)
    assert any("IOerror" in line for line in _arelle_findings(without))  # what a user met before the package

    written = package.stat().st_mtime_ns
    again = _run(_command(convert), tmp_path)
    assert again.returncode == 0 and package.stat().st_mtime_ns == written  # the same bytes: not rewritten


def test_the_taxonomy_command_writes_the_same_package(tmp_path):
    (tmp_path / "out").mkdir()
    result = _run([sys.executable, "-m", "exporter", "taxonomy", "--zip", str(tmp_path / "lx.zip")], ROOT)
    assert result.returncode == 0, result.stderr
    converted = _run([sys.executable, "-m", "exporter", "convert", str(ROOT / "examples" / "pine-river-10k-1997.txt"),
                      "--out", str(tmp_path / "out"), "--format", "xbrl", "--no-validate"], ROOT)
    assert converted.returncode == 0, converted.stderr
    assert (tmp_path / "lx.zip").read_bytes() == (tmp_path / "out" / PACKAGE_NAME).read_bytes()
    batch = _run([sys.executable, "-m", "exporter", "batch", str(ROOT / "examples"), "--out", str(tmp_path / "batch"),
                  "--xbrl", "--workers", "1"], ROOT)
    assert batch.returncode == 0, batch.stderr
    assert (tmp_path / "batch" / "filings" / "0000912345-98-000007" / "0000912345-98-000007.xml").is_file()
    assert (tmp_path / "lx.zip").read_bytes() == (tmp_path / "batch" / PACKAGE_NAME).read_bytes()
    not_a_zip = _run([sys.executable, "-m", "exporter", "taxonomy", "--zip", str(tmp_path)], ROOT)
    assert not_a_zip.returncode == 2 and not_a_zip.stderr.startswith(f"error: --zip {tmp_path}: is a folder")


def test_the_taxonomy_readme_zip_command_makes_a_package_arelle_loads(tmp_path):
    if shutil.which("zip") is None:
        pytest.skip("the zip program is not installed (taxonomy/README.md's command needs it)")
    readme = (ROOT / "taxonomy" / "README.md").read_text()
    command = re.search(r"`(zip -r /tmp/lx\.zip [^`]+)`", readme)[1].replace("/tmp/lx.zip", str(tmp_path / "lx.zip"))
    made = subprocess.run(shlex.split(command), capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert made.returncode == 0, made.stderr
    assert {name.split("/")[0] for name in zipfile.ZipFile(tmp_path / "lx.zip").namelist()} == {"taxonomy"}
    converted = _run([sys.executable, "-m", "exporter", "convert", str(ROOT / "examples" / "pine-river-10k-1997.txt"),
                      "--out", str(tmp_path / "out"), "--format", "xbrl", "--no-validate"], ROOT)
    assert converted.returncode == 0, converted.stderr
    instance = tmp_path / "out" / "0000912345-98-000007" / "0000912345-98-000007.xml"
    arelle = _run([str(BIN / "arelleCmdLine"), "--packages", str(tmp_path / "lx.zip"), "--internetConnectivity",
                   "offline", "--validate", "--file", str(instance)], tmp_path)
    assert _arelle_findings(arelle) == []
