"""Derive the concept prior, exporter/mapping/data/gaap_prior.csv, from edgartools' gaap_mappings.json.

Source: edgartools (MIT licence, https://github.com/dgunning/edgartools), file
edgar/xbrl/standardization/gaap_mappings.json: 2,924 us-gaap concepts with the statement and section they sit
in, whether each is a total, and how many of ~9,000 XBRL filers (2009-2025) use it. edgartools is not a
dependency: fetch the wheel once and point this script at the file.

    pip download --no-deps edgartools -d /tmp/et && unzip -o /tmp/et/edgartools-*.whl -d /tmp/et
    python taxonomy/gaap_prior.py /tmp/et/edgar/xbrl/standardization/gaap_mappings.json
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "exporter" / "mapping" / "data" / "gaap_prior.csv"
COLUMNS = ("concept", "statement", "section", "is_total", "company_count", "first_year", "last_year")


def main(source: Path) -> None:
    mappings = json.loads(source.read_text())
    rows = []
    for name, entry in sorted(mappings.items()):
        if name.startswith("_") or not isinstance(entry, dict):
            continue
        rows.append({"concept": f"us-gaap:{name}", "statement": entry.get("statement") or "",
                     "section": entry.get("section") or "", "is_total": int(bool(entry.get("is_total"))),
                     "company_count": int(entry.get("company_count") or 0),
                     "first_year": entry.get("first_year") or "", "last_year": entry.get("last_year") or ""})
    with OUT.open("w", newline="") as out:
        out.write(f"# derived by taxonomy/gaap_prior.py from edgartools (MIT) {source.name}\n")
        writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} concepts -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
