"""convert's summary line gives Arelle's verdict and our checks' findings as `validate` counts them, and a
calculation inconsistency counts once, however many link roles hold it."""

import json
import re
import subprocess
import sys

from conftest import ROOT
from exporter.validate.arelle import ValidationMessage, ValidationResult, one_per_inconsistency

ROLE = "http://legacy-xbrl.org/filing/f/role/Statement{}IncomeStatement"
INCONSISTENT = ("Calculation inconsistent from us-gaap:OperatingIncomeLoss in link role {} reported sum 1,200 computed "
                "sum 1,210 context {} unit USD")


def _calc(role: int, context: str = "D1997") -> ValidationMessage:
    return ValidationMessage("xbrl.5.2.5.2:calcInconsistency", "INCONSISTENCY",
                             INCONSISTENT.format(ROLE.format(role), context))


def test_one_inconsistency_in_two_roles_counts_once_and_names_both():
    info = ValidationMessage("info", "INFO", "loaded")
    merged = one_per_inconsistency([_calc(2), info, _calc(4), _calc(2, "D1996")])
    assert [m.text for m in merged] == [_calc(2).text + f" (also in link role {ROLE.format(4)})", "loaded",
                                        _calc(2, "D1996").text]
    assert len(ValidationResult(merged).inconsistencies) == 2


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "exporter", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)


def test_convert_states_the_verdict_validate_gives(seed_path, tmp_path):
    converted = _run("convert", str(seed_path), "--out", str(tmp_path))
    assert converted.returncode == 0, converted.stderr
    [folder] = [p for p in tmp_path.iterdir() if p.is_dir()]
    # two income statements of the seed hold the same sum of IncomeLossFromContinuingOperations (line 277, the pro
    # forma column's -1,957,398 printed for items adding up to -1,958,582): Arelle reports it in both roles
    report = json.loads((folder / "report.json").read_text())
    calc = [m for m in report["arelle"]["messages"] if "calcInconsistency" in m["code"]]
    assert len(calc) == report["arelle"]["calculation_inconsistencies"] == 1
    assert calc[0]["text"].count("in link role") == 2
    line = converted.stdout.splitlines()[0]  # the filing's line (the taxonomy package's follows)
    ours = re.search(r"; our checks: (\d+) errors, (\d+) inconsistencies$", line)
    assert ours and int(ours[2]) == sum(m["severity"] == "inconsistency" for m in report["checks"])
    verdict = line.split("; ", 1)[1]
    assert verdict.startswith("Arelle: 0 errors, 1 inconsistencies; our checks: ")
    validated = _run("validate", str(folder / f"{folder.name}.xml"))
    last = validated.stdout.strip().splitlines()[-1]
    assert last.endswith(f"({verdict})")
    assert f": 0 errors, 0 warnings, {1 + int(ours[2])} inconsistencies (" in last
