"""Build the label dictionary exporter/mapping/data/labels.csv from our taxonomy and the mined evidence.

Rows (normalised label -> concept, with statement kind and section):
  - taxonomy / taxonomy-total: the standard and total labels of every non-abstract concept we carry, and the
    standard label without its trailing qualifiers (", Net", ", Current", ", at Carrying Value"); the kind is
    the calculation network that holds the concept, else the statement of the concept prior, else none;
  - share-basis: a bare "Basic", "Diluted", "Primary" names the per-share or the weighted shares concept;
  - variant: taxonomy/label_variants.csv, common wordings of statement lines ("Provision for restructuring",
    "Equity in net income of affiliates") that neither the taxonomy labels nor the mined evidence hold; a mined
    row seen at one filer for a label a variant names is left out ("prepaid expenses and other current assets"
    -> AssetsCurrent, an EX-27 total that matched by chance);
  - ex27 / pairs: exporter/mapping/data/mined_labels.csv (taxonomy/mine_labels.py), concepts our taxonomy lacks
    replaced by their successors (data/successors.csv), rows naming a concept we still lack left out, and so
    is a row seen at one filer only whose label shares no telling word with the concept's name (a number that
    matched by chance: "stock based compensation expense" -> DeferredFederalIncomeTaxExpenseBenefit), and a
    row whose label says net where the concept is gross or the other way round (EX-27's PP&E tag is gross, but
    filers put their net amount under it).

    python taxonomy/build_labels.py
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exporter.mapping.labels import normalise_label, tokens  # noqa: E402

DATA = ROOT / "exporter" / "mapping" / "data"
ELTS = ROOT / "taxonomy" / "elts"
CALC = ROOT / "taxonomy" / "stm" / "lx-stm-cal-2022.xml"
VARIANTS = ROOT / "taxonomy" / "label_variants.csv"
LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
TOTAL_LABEL = "http://www.xbrl.org/2003/role/totalLabel"
COLUMNS = ("label", "concept", "kind", "section", "source", "filings", "filers")
ROLE_KINDS = {"BalanceSheet": "balance-sheet", "IncomeStatement": "income-statement", "CashFlow": "cash-flow"}
PRIOR_KINDS = {"BalanceSheet": "balance-sheet", "IncomeStatement": "income-statement",
               "CashFlowStatement": "cash-flow", "ComprehensiveIncome": "comprehensive-income",
               "PerShareData": "income-statement", "StatementOfEquity": "stockholders-equity"}
# What a bare share-basis label names, by the unit of its line (the chooser keeps the concept of the right type);
# read with its heading the label may name something closer ("... from continuing operations: Basic").
SHARE_BASIS = {
    "basic": ("EarningsPerShareBasic", "WeightedAverageNumberOfSharesOutstandingBasic"),
    "primary": ("EarningsPerShareBasic", "WeightedAverageNumberOfSharesOutstandingBasic"),
    "diluted": ("EarningsPerShareDiluted", "WeightedAverageNumberOfDilutedSharesOutstanding"),
    "fully diluted": ("EarningsPerShareDiluted", "WeightedAverageNumberOfDilutedSharesOutstanding"),
    "assuming dilution": ("EarningsPerShareDiluted", "WeightedAverageNumberOfDilutedSharesOutstanding"),
    "assuming full dilution": ("EarningsPerShareDiluted", "WeightedAverageNumberOfDilutedSharesOutstanding"),
    "basic and diluted": ("EarningsPerShareBasicAndDiluted", "WeightedAverageNumberOfShareOutstandingBasicAndDiluted"),
}
_VAGUE = frozenset({"expenses", "income", "other", "costs", "assets", "liabilities", "operations", "per", "share",
                    "loss", "shares"})
_QUALIFIER = re.compile(r"(,\s*(net|gross|current|noncurrent|total|at carrying value|at cost|value|issued|"
                        r"attributable to parent|net of tax|period increase \(decrease\))\b)+$", re.IGNORECASE)


def _read_csv(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text().splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


def _concepts() -> dict[str, tuple[bool, str, str]]:
    """us-gaap name -> (abstract, standard label, total label)."""
    schema = etree.parse(str(ELTS / "us-gaap-2022.xsd"))
    abstract = {element.get("id"): element.get("abstract") == "true"
                for element in schema.iter("{http://www.w3.org/2001/XMLSchema}element")}
    labels = etree.parse(str(ELTS / "us-gaap-2022-lab.xml"))
    locs = {loc.get(f"{{{XLINK}}}label"): loc.get(f"{{{XLINK}}}href").split("#")[1]
            for loc in labels.iter(f"{{{LINK}}}loc")}
    texts = {lab.get(f"{{{XLINK}}}label"): (lab.get(f"{{{XLINK}}}role"), lab.text or "")
             for lab in labels.iter(f"{{{LINK}}}label")}
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for arc in labels.iter(f"{{{LINK}}}labelArc"):
        role, text = texts[arc.get(f"{{{XLINK}}}to")]
        found[locs[arc.get(f"{{{XLINK}}}from")]][role] = text
    return {ident.split("_", 1)[1]: (abstract.get(ident, False), roles.get("http://www.xbrl.org/2003/role/label", ""),
                                     roles.get(TOTAL_LABEL, "")) for ident, roles in found.items()}


def _calc_kinds() -> dict[str, str]:
    tree = etree.parse(str(CALC))
    kinds: dict[str, str] = {}
    for link in tree.iter(f"{{{LINK}}}calculationLink"):
        kind = next((k for role, k in ROLE_KINDS.items() if link.get(f"{{{XLINK}}}role", "").endswith(role)), "")
        for loc in link.iter(f"{{{LINK}}}loc"):
            kinds.setdefault("us-gaap:" + loc.get(f"{{{XLINK}}}href").split("#us-gaap_")[1], kind)
    return kinds


def _name_words(qname: str) -> frozenset[str]:
    words = tokens(" ".join(word.lower() for word in re.findall(r"[A-Z][a-z]+|[a-z]+", qname.split(":")[1])))
    return words | {"sales"} if "revenues" in words else words


def main() -> None:
    concepts = _concepts()
    calc_kinds = _calc_kinds()
    priors = {row["concept"]: row for row in _read_csv(DATA / "gaap_prior.csv")}
    successors = {row["concept"]: row["successor"] for row in _read_csv(DATA / "successors.csv")}
    rows: dict[tuple[str, str, str, str, str], list[int]] = {}

    def kind_of(qname: str) -> str:
        return calc_kinds.get(qname) or PRIOR_KINDS.get(priors.get(qname, {}).get("statement", ""), "")

    for name, (abstract, label, total) in concepts.items():
        qname = f"us-gaap:{name}"
        if abstract or not label:
            continue
        variants = [("taxonomy", label), ("taxonomy", _QUALIFIER.sub("", label)), ("taxonomy-total", total)]
        for source, text in variants:
            normalised = normalise_label(text) if text else ""
            if normalised:
                rows.setdefault((normalised, qname, kind_of(qname), "", source), [0, 0])
    for label, names in SHARE_BASIS.items():
        for name in names:
            if name in concepts:
                rows.setdefault((label, f"us-gaap:{name}", "income-statement", "", "share-basis"), [0, 0])
    variants = set()
    for row in _read_csv(VARIANTS):
        if row["concept"].split(":")[1] not in concepts:
            raise SystemExit(f"{VARIANTS.name}: {row['concept']} is not in our taxonomy")
        variants.add(normalise_label(row["label"]))
        rows.setdefault((normalise_label(row["label"]), row["concept"], row["kind"], "", "variant"), [0, 0])
    dropped = set()
    mined = _read_csv(DATA / "mined_labels.csv")
    for row in mined:
        qname = successors.get(row["concept"], row["concept"])
        if qname.split(":")[1] not in concepts:
            dropped.add(qname)
            continue
        words = row["label"].split()
        if "net" in words and qname.endswith("Gross") or "gross" in words and "Net" in qname:
            print(f"left out (net and gross disagree): {row['label']} -> {qname}")
            continue
        if int(row["label_filers"]) < 2 and row["label"] in variants:
            print(f"left out (one filer, a variant names the label): {row['label']} -> {qname}")
            continue
        if int(row["label_filers"]) < 2 and not (tokens(row["label"]) & _name_words(qname)) - _VAGUE:
            print(f"left out (one filer, no shared word): {row['label']} -> {qname}")
            continue
        counts = rows.setdefault((row["label"], qname, row["kind"], row["section"], row["source"]), [0, 0])
        counts[0] += int(row["filings"])
        counts[1] += int(row["filers"])
    with (DATA / "labels.csv").open("w", newline="") as out:
        out.write("# built by taxonomy/build_labels.py from taxonomy/elts labels and data/mined_labels.csv\n")
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for key in sorted(rows):
            writer.writerow([*key, *rows[key]])
    print(f"{len(rows)} rows -> {DATA / 'labels.csv'}; mined concepts we lack: {sorted(dropped)}")


if __name__ == "__main__":
    main()
