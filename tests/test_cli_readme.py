"""The README's two commands at the top: set up and convert, set up and test; .ci/run runs the second as written,
with -rs, so that every skipped test is listed with its reason."""

import re
import subprocess

from conftest import ROOT


def _first_block() -> list[str]:
    return re.search(r"```bash\n(.*?)```", (ROOT / "README.md").read_text(), re.S)[1].strip().splitlines()


def test_the_readme_starts_with_exactly_two_commands():
    convert, test = _first_block()
    assert convert.startswith("python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/legacy-xbrl ")
    assert test == "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest -q -rs"


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    assert ci.rstrip().endswith('eval "$(readme_command 2)"')
    definition = next(line for line in ci.splitlines() if line.startswith("readme_command()"))
    found = subprocess.run(["bash", "-c", f"{definition}\nreadme_command 2"], capture_output=True, text=True,
                           cwd=ROOT, timeout=30, check=True).stdout.strip()
    assert found == _first_block()[1]
