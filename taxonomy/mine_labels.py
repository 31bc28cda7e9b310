"""Mine label evidence from the dev corpus into exporter/mapping/data/mined_labels.csv (reviewable, committed).

A statement line names a concept when one of its printed numbers (same period, same absolute value, same unit)
is a number the filer tagged itself:
  - ex27:  the same filing's EX-27 financial data schedule gives that value under one tag (exporter/ex27_tags.py
           says which concept the tag is; tags we map with less than 0.9 confidence are left out);
  - pairs: the truth facts of a dev pair (../shared/corpus/pairs-dev/*/truth_facts.csv) give it one concept.
A value two tags (or two truth concepts) share says nothing and is skipped. Each row counts the filings and
the filers (CIKs) that show the label with the concept, how often the line was a sum of the lines above, and
the filers that show the label with the concept under any kind, section or source (label_filers).

    python taxonomy/mine_labels.py            # needs ../shared/corpus; a few minutes
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exporter.mapping.ex27_tags import schedule_statement  # noqa: E402
from exporter.mapping.facts import MappedFiling  # noqa: E402
from exporter.mapping.labels import normalise_label  # noqa: E402
from exporter.mapping.mapper import map_filing  # noqa: E402
from exporter.mapping.taxonomy import load_taxonomy  # noqa: E402
from exporter.parse.documents import iter_tables  # noqa: E402
from exporter.parse.ex27 import find_schedules, is_schedule_document  # noqa: E402
from exporter.read.filing import parse_filing  # noqa: E402
from exporter.read.source import read_source  # noqa: E402
from exporter.statements.build import build_statement  # noqa: E402
from exporter.statements.crossfoot import infer_column_signs  # noqa: E402
from exporter.statements.model import Statement, StatementKind  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
OUT = ROOT / "exporter" / "mapping" / "data" / "mined_labels.csv"
COLUMNS = ("label", "concept", "kind", "section", "source", "filings", "filers", "totals", "label_filers")
SCHEDULE = StatementKind.FINANCIAL_DATA_SCHEDULE.value
MIN_TAG_CONFIDENCE = 0.9
MIN_AMOUNT = Decimal(100)  # smaller monetary amounts match by chance

Key = tuple[str, str, Decimal, str]  # period start ("" for an instant), end, absolute value, unit
Line = tuple[str, str, str, bool]  # label, statement kind, section heading, is a sum row


def _statements(path: Path) -> Iterator[Statement]:
    filing = parse_filing(read_source(path))
    schedules = find_schedules(filing)
    for table in iter_tables(filing, let_go=True):
        if is_schedule_document(table.document_type):
            continue
        statement = build_statement(table)
        if statement is None or statement.kind is StatementKind.OTHER:
            continue
        infer_column_signs(statement)
        yield statement
    for k, schedule in enumerate(schedules):
        yield schedule_statement(schedule, 10_000 + k)


def _map(path: Path) -> MappedFiling | None:
    """The filing's facts, EX-27 facts kept even where a statement prints the same number."""
    try:
        filing = parse_filing(read_source(path))
        return map_filing(filing.filing_id, str(path), filing.header, _statements(path), load_taxonomy())
    except Exception as error:  # noqa: BLE001 - a filing that fails to convert gives no evidence
        print(f"{path.name}: {error}", file=sys.stderr)
        return None


def _key(start, end, value: Decimal, unit: str) -> Key:
    return (str(start or ""), str(end), abs(value), unit)


def _lines(mapped: MappedFiling) -> Iterator[tuple[Key, Line]]:
    """Every statement number with its line (no dimensions, not an EX-27 value)."""
    for statement in mapped.statements:
        if statement.kind == SCHEDULE:
            continue
        headings = sorted(statement.sections)
        parents = {arc.parent.qname for arc in statement.relationships}
        for fact in statement.facts:
            if fact.context.dimensions or not fact.label or fact.value == 0:
                continue
            if fact.unit.id != "shares" and "per-share" not in fact.unit.id and abs(fact.value) < MIN_AMOUNT:
                continue
            section = next((text for line, text in reversed(headings) if line < fact.source_line), "")
            period = fact.context.period
            yield (_key(period.start, period.end, fact.value, fact.unit.id),
                   (fact.label, statement.kind, section, fact.concept.qname in parents))


def _schedule_values(mapped: MappedFiling) -> dict[Key, set[str]]:
    values: dict[Key, set[str]] = defaultdict(set)
    for statement in mapped.statements:
        if statement.kind != SCHEDULE:
            continue
        for fact in statement.facts:
            if fact.concept.prefix == "us-gaap" and fact.confidence >= MIN_TAG_CONFIDENCE and fact.value != 0:
                period = fact.context.period
                values[_key(period.start, period.end, fact.value, fact.unit.id)].add(fact.concept.qname)
    return values


def _truth_values(path: Path, unit_ids: dict[str, str]) -> dict[Key, set[str]]:
    values: dict[Key, set[str]] = defaultdict(set)
    with path.open() as handle:
        for row in csv.DictReader(handle):
            if row["dimensions"] or not row["unit"] or not row["concept"].startswith("us-gaap:"):
                continue
            try:
                value = Decimal(row["value"])
            except InvalidOperation:
                continue
            unit = unit_ids.get(row["unit"], row["unit"])
            start = "" if row["instant"] else row["start"]
            values[_key(start, row["instant"] or row["end"], value, unit)].add(row["concept"])
    return values


class _Evidence:
    def __init__(self) -> None:
        self.filings: dict[tuple, set[str]] = defaultdict(set)
        self.filers: dict[tuple, set[str]] = defaultdict(set)
        self.totals: dict[tuple, int] = defaultdict(int)

    def add(self, mapped: MappedFiling, tagged: dict[Key, set[str]], source: str, filer: str) -> None:
        for key, (label, kind, section, is_sum) in _lines(mapped):
            concepts = tagged.get(key)
            if not concepts or len(concepts) > 1:
                continue
            row = (normalise_label(label), next(iter(concepts)), kind, normalise_label(section), source)
            if not row[0]:
                continue
            self.filings[row].add(mapped.filing_id)
            self.filers[row].add(filer)
            self.totals[row] += is_sum

    def write(self, path: Path) -> None:
        rows = sorted(self.filings, key=lambda r: (r[0], -len(self.filings[r]), r[1:]))
        label_filers: dict[tuple[str, str], set[str]] = defaultdict(set)  # over kinds, sections and sources
        for row in rows:
            label_filers[row[:2]] |= self.filers[row]
        with path.open("w", newline="") as out:
            out.write("# mined by taxonomy/mine_labels.py from ../shared/corpus "
                      "(dev filings' EX-27, dev pairs' truth)\n")
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(COLUMNS)
            for row in rows:
                writer.writerow([*row, len(self.filings[row]), len(self.filers[row]), self.totals[row],
                                 len(label_filers[row[:2]])])
        print(f"{len(rows)} label rows -> {path}")


def main() -> None:
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    evidence = _Evidence()
    with (CORPUS / "dev" / "MANIFEST.tsv").open() as handle:
        manifest = [row for row in csv.DictReader(handle, delimiter="\t") if row["has_ex27"] == "1"]
    for row in manifest:
        mapped = _map(CORPUS / "dev" / row["name"])
        if mapped is not None:
            evidence.add(mapped, _schedule_values(mapped), "ex27", row["cik"] or row["name"])
    for pair in sorted(p for p in (CORPUS / "pairs-dev").iterdir() if p.is_dir()):
        mapped = _map(pair / "input_untagged.htm")
        if mapped is not None:
            units = {"iso4217:USD": "USD",
                     "iso4217:USD/xbrli:shares": "USD-per-share", "xbrli:shares": "shares"}
            evidence.add(mapped, _truth_values(pair / "truth_facts.csv", units), "pairs", pair.name.split("_")[0])
    evidence.write(OUT)


if __name__ == "__main__":
    main()
