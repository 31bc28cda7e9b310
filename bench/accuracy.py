"""Accuracy of the conversion: statement coverage, agreement with the filers' EX-27 schedules, agreement with the
filers' own XBRL (pairs), how much is mapped to extension concepts, and speed.

Usage: python bench/accuracy.py [--corpus DIR] [--pairs DIR] [--filings N] [--per-filing] [--processes N] [--json OUT]
The corpus defaults to ../shared/corpus/dev and the pairs to ../shared/corpus/pairs-dev (from the repo root).
Everything is converted in memory; nothing is written but the --json file. `exporter` is imported from PYTHONPATH,
so the same script measures any checkout: PYTHONPATH=<tree> python bench/accuracy.py
The matching rules are in accuracy_rules.py (next to this script).
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import re
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from accuracy_rules import (
    BALANCE_TAGS,
    DURATION_TAGS,
    MISS_REASONS,
    OurFact,
    TagScore,
    decode_source,
    find_schedules,
    is_report_form,
    parse_filing,
    report_columns,
    schedule_amounts,
    score_tag,
    strip_schedules,
    truth_found,
)

from exporter.errors import ConversionError
from exporter.limits import FilingTimeout, time_limit
from exporter.pipeline import convert

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
PAIRS = ROOT.parent / "shared" / "corpus" / "pairs-dev"
CALC = ROOT.parent / "shared" / "reference" / "us-gaap-calc.tsv"
LIMIT_SECONDS = 10
KINDS = ("balance-sheet", "income-statement", "cash-flow")
STATEMENT_KINDS = (*KINDS, "stockholders-equity")  # the printed statements (not the EX-27 schedule)
DISCLOSURE = "disclosure"  # facts of note tables: reported on their own line, never counted as statements
STANDARD_PREFIXES = ("us-gaap", "srt")
# The calculation networks of the statements a pair's truth is scored on (not the equity statements).
STATEMENT_NETWORK = re.compile(r"/role/statement/Statement(OfFinancialPosition|OfIncome|OfOtherComprehensiveIncome"
                               r"|OfComprehensiveIncome|OfCashFlows)")

# ---- per-filing measures (run in the worker processes) -------------------------------------------------------------

@dataclass
class FilingResult:
    name: str
    form: str
    size: int
    cpu_seconds: float = 0.0
    error: str | None = None
    bug: bool = False
    kinds: list[str] = field(default_factory=list)
    facts_by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind: [facts, extension facts]
    disclosure_facts: list[int] = field(default_factory=lambda: [0, 0])  # note tables: [facts, extension facts]
    extension_labels: dict[str, int] = field(default_factory=dict)  # by line, not by fact
    ex27: list[TagScore] = field(default_factory=list)
    ex27_note: str = ""


@dataclass
class PairFact:
    concept: str
    found: bool
    concept_right: bool = False
    sign_differs: bool = False
    confidence: float = 0.0


@dataclass
class PairResult:
    name: str
    facts: list[PairFact] = field(default_factory=list)
    error: str | None = None
    bug: bool = False


def _reason(error: BaseException) -> tuple[str, bool]:
    """The one-line reason of a failure, and whether it is a bug (not a ConversionError nor the time limit)."""
    if isinstance(error, ConversionError):
        return error.message, False
    if isinstance(error, FilingTimeout):
        return f"timeout: {error}", False
    return f"{type(error).__name__}: {str(error)[:200]}", True


def _plain_facts(conversion) -> list[OurFact]:
    return [OurFact(fact.concept.name, fact.context.period.start, fact.context.period.end, fact.value, fact.decimals,
                    fact.confidence) for fact in conversion.mapped.facts if not fact.context.dimensions]


def measure_filing(path: Path, form: str | None) -> FilingResult:
    raw = path.read_bytes()
    result = FilingResult(path.name, form or "", len(raw))
    clock = time.process_time()
    try:
        with time_limit(LIMIT_SECONDS):
            conversion = convert(path, raw=raw)
    except Exception as error:  # noqa: BLE001 - every failure is counted, with its reason
        result.cpu_seconds = time.process_time() - clock
        result.error, result.bug = _reason(error)
        if not form:
            result.form = _header_form(path, raw)
        _score_ex27(path, raw, result)
        return result
    result.cpu_seconds = time.process_time() - clock
    result.form = form or conversion.header.form_type or ""
    labels: Counter[str] = Counter()
    for statement in conversion.mapped.statements:
        if statement.kind == DISCLOSURE:
            result.disclosure_facts[0] += len(statement.facts)
            result.disclosure_facts[1] += sum(fact.concept.prefix not in STANDARD_PREFIXES for fact in statement.facts)
        if statement.kind not in STATEMENT_KINDS or not len(statement.facts):
            continue
        result.kinds.append(statement.kind)
        counts = result.facts_by_kind.setdefault(statement.kind, [0, 0])
        lines = set()
        for fact in statement.facts:
            extension = fact.concept.prefix not in STANDARD_PREFIXES
            counts[0] += 1
            counts[1] += extension
            if extension and fact.line_order not in lines:
                lines.add(fact.line_order)
                labels[" ".join((fact.label or fact.source_text).lower().split()).rstrip(":. ")] += 1
    result.kinds = sorted(set(result.kinds))
    result.extension_labels = dict(labels)
    del conversion
    _score_ex27(path, raw, result)
    return result


def _header_form(path: Path, raw: bytes) -> str:
    try:
        with time_limit(LIMIT_SECONDS):
            return parse_filing(decode_source(path, raw)).header.form_type or ""
    except Exception:  # noqa: BLE001 - the form is only needed to count the filing
        return ""


def _score_ex27(path: Path, raw: bytes, result: FilingResult) -> None:
    """Score the schedule column of the period of report against a conversion of the filing without its EX-27."""
    if not re.search(rb"<TYPE>\s*EX-27", raw, re.IGNORECASE):
        return
    try:
        with time_limit(LIMIT_SECONDS):
            filing = parse_filing(decode_source(path, raw))
            period, schedules = filing.header.period_of_report, find_schedules(filing)
            columns = report_columns(schedules, period or date.min)
            multiplied = [any("<MULTIPLIER>" in line.upper() for line in filing.lines[s.first_line - 1:s.last_line])
                          for s, _ in columns]
            del filing  # its lines, before the conversion below
    except Exception as error:  # noqa: BLE001
        result.ex27_note = f"schedules not read: {_reason(error)[0]}"
        return
    if not columns:
        result.ex27_note = _unscored(schedules, period)
        return
    kinds: set[str] = set()
    facts: list[OurFact] = []
    try:
        with time_limit(LIMIT_SECONDS):
            stripped = convert(path, raw=strip_schedules(raw))
            kinds = {s.kind for s in stripped.mapped.statements if len(s.facts)}
            facts = _plain_facts(stripped)
            del stripped
    except Exception as error:  # noqa: BLE001 - a ConversionError: no statement found; others count as failed
        reason, bug = _reason(error)
        failed = bug or not isinstance(error, ConversionError)
        result.ex27_note = f"conversion without EX-27 {'failed' if failed else 'found nothing'}: {reason}"
    for (schedule, column), has_multiplier in zip(columns, multiplied, strict=True):
        printed = {}  # scored tag -> its value in this column
        for line in schedule.lines:
            cell = line.values.get(column.index)
            if line.tag in BALANCE_TAGS | DURATION_TAGS and cell is not None:
                printed[line.tag] = cell.value
        for line in schedule.lines:
            cell = line.values.get(column.index)
            if line.tag not in BALANCE_TAGS | DURATION_TAGS or cell is None or cell.value == 0:
                continue
            amounts = schedule_amounts(line.tag, cell.value, cell.decimals, schedule.scale, has_multiplier)
            if result.ex27_note.startswith("conversion without EX-27 failed"):
                result.ex27.append(TagScore(line.tag, "conversion failed", expected=cell.text))
                continue
            months = None if line.tag in BALANCE_TAGS else column.period.months
            equal = [tag for tag, value in printed.items() if tag != line.tag and value == cell.value
                     and (tag in BALANCE_TAGS) == (line.tag in BALANCE_TAGS)]
            result.ex27.append(score_tag(line.tag, amounts, column.period.end, months, facts, kinds, cell.text,
                                         equal))


def _unscored(schedules: list, period_of_report: date | None) -> str:
    """Why a filing's schedules give no column to score."""
    if period_of_report is None:
        return "not scored: no period of report in the header"
    if not any(schedule.lines for schedule in schedules):
        return "not scored: the EX-27 parser read no values"
    unconvertible = [s for s in schedules if not s.convertible]
    if unconvertible:
        issue = next((i.message for i in unconvertible[0].issues), "")
        return f"not scored: schedule not convertible ({issue})"
    return "not scored: no schedule column at the period of report"


def statement_concepts(calc: Path) -> set[str]:
    """Local names of the parents and children of the statement networks of the us-gaap calculation file."""
    names: set[str] = set()
    with calc.open() as handle:
        for row in csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t"):
            if len(row) >= 3 and STATEMENT_NETWORK.search(row[0]):
                names.update(row[1:3])
    return names


def measure_pair(folder: Path, concepts: set[str]) -> PairResult:
    result = PairResult(folder.name)
    path = folder / "input_untagged.htm"
    try:
        with time_limit(LIMIT_SECONDS):
            ours = _plain_facts(convert(path, raw=path.read_bytes()))
    except Exception as error:  # noqa: BLE001
        result.error, result.bug = _reason(error)
        ours = []
    by_period: dict[tuple[date | None, date], list[OurFact]] = {}
    for fact in ours:
        by_period.setdefault((fact.start, fact.end), []).append(fact)
    seen: set[tuple[str, str, str, str, str]] = set()
    with (folder / "truth_facts.csv").open(newline="") as handle:
        for row in csv.DictReader(handle):
            prefix, _, name = row["concept"].partition(":")
            key = (row["concept"], row["start"], row["end"], row["instant"], row["value"])
            if prefix != "us-gaap" or name not in concepts or row["dimensions"] or not row["unit"] or key in seen:
                continue
            seen.add(key)
            try:
                truth = Decimal(row["value"])
            except InvalidOperation:
                continue
            period = (None, date.fromisoformat(row["instant"])) if row["instant"] else \
                (date.fromisoformat(row["start"]), date.fromisoformat(row["end"]))
            hits = [fact for fact in by_period.get(period, []) if truth_found(truth, fact.value, fact.decimals)]
            if not hits:
                result.facts.append(PairFact(name, False))
                continue
            best = next((fact for fact in hits if fact.concept == name), hits[0])
            result.facts.append(PairFact(name, True, best.concept == name,
                                         truth != 0 and best.value != 0 and (truth < 0) != (best.value < 0),
                                         best.confidence))
    return result


def _run(task: tuple) -> FilingResult | PairResult:
    """One task in a worker; a failure of the measure itself is a bug line too, never a stopped run."""
    kind, path, extra = task
    try:
        return measure_pair(path, extra) if kind == "pair" else measure_filing(path, extra)
    except Exception as error:  # noqa: BLE001
        reason = f"in the measure: {type(error).__name__}: {str(error)[:200]}"
        return PairResult(path.name, error=reason, bug=True) if kind == "pair" else \
            FilingResult(path.name, extra or "", path.stat().st_size, error=reason, bug=True)


# ---- the report ----------------------------------------------------------------------------------------------------

def pattern(reason: str) -> str:
    """A reason with its counts as N, so that the same reason of several filings is counted once."""
    return re.sub(r"(?<!EX-)\b\d+\b", "N", reason)


def share(part: int, whole: int) -> str:
    return f"{part / whole:6.1%} ({part}/{whole})" if whole else "   n/a (0/0)"


def report_table(filings: list[FilingResult]) -> None:
    """One line per filing: form, size, CPU seconds, statements found (B I C E), EX-27 values found, failure."""
    print(f"\n== per filing\n{'filing':<26} {'form':<10} {'MB':>5} {'cpu s':>5} stmts EX-27   failure or note")
    for r in filings:
        letters = "".join(k[0].upper() if k in r.kinds else "." for k in STATEMENT_KINDS)
        ex27 = f"{sum(s.outcome == 'found' for s in r.ex27)}/{len(r.ex27)}" if r.ex27 else "-"
        print(f"{r.name:<26} {r.form:<10} {r.size / 1e6:5.2f} {r.cpu_seconds:5.2f} {letters:<5} {ex27:<7} "
              f"{r.error or r.ex27_note}")


def report_failures(filings: list[FilingResult], pairs: list[PairResult]) -> None:
    failed = sorted((r.name, r.error, r.bug) for r in [*filings, *pairs] if r.error)
    print(f"\n== failures: {len(failed)} of {len(filings) + len(pairs)} conversions "
          f"({sum(bug for *_, bug in failed)} bugs)")
    for reason, count in Counter(pattern(error) for _, error, _ in failed).most_common():
        print(f"  {count:4d}  {reason}")
    for name, error, bug in failed:
        print(f"{'BUG ' if bug else ''}{name}: {error}")


def _miss_reason(result: FilingResult) -> str:
    """Why a 10-K/10-Q-family filing lacks one of the three statements, in one line."""
    if result.error:
        return pattern(result.error)
    if not result.kinds:  # converted, yet no printed statement: the facts are its schedule's
        return "no financial statements printed: facts of its EX-27 schedule only"
    return "no " + " + ".join(kind for kind in KINDS if kind not in result.kinds)


def report_coverage(filings: list[FilingResult], per_filing: bool) -> dict[str, float]:
    reports = [r for r in filings if is_report_form(r.form)]
    complete = [r for r in reports if set(KINDS) <= set(r.kinds)]
    print(f"\n== coverage: {len(reports)} 10-K/10-Q-family filings")
    print(f"all three statements  {share(len(complete), len(reports))}")
    for kind in KINDS:
        print(f"{kind:<21} {share(sum(kind in r.kinds for r in reports), len(reports))}")
    reasons: Counter[str] = Counter()
    misses = []
    for r in reports:
        if r in complete:
            continue
        reason = _miss_reason(r)
        reasons[reason] += 1
        misses.append((r.name, r.form, r.error or reason))
    print("misses by reason:")
    for reason, count in reasons.most_common():
        print(f"  {count:4d}  {reason}")
    if per_filing:
        for name, form, reason in sorted(misses):
            print(f"  miss {name} {form}: {reason}")
    return {"coverage": len(complete) / len(reports) if reports else 0.0}


def report_ex27(filings: list[FilingResult], per_filing: bool) -> dict[str, float]:
    scored = [r for r in filings if r.ex27]
    scores = [s for r in scored for s in r.ex27]
    found = [s for s in scores if s.outcome == "found"]
    right = sum(s.concept_right for s in found)
    print(f"\n== EX-27 agreement: {len(scores)} values of {len(scored)} filings "
          f"({sum(bool(r.ex27_note) and not r.ex27 for r in filings)} filings with an EX-27 not scored)")
    print(f"found                 {share(len(found), len(scores))}")
    print(f"concept right (found) {share(right, len(found))}")
    outcomes = Counter(s.outcome for s in scores)
    for reason in MISS_REASONS:
        print(f"  missed: {reason:<18} {outcomes[reason]}")
    print("by tag: found / values, concept right / found, misses by reason")
    for tag in [*BALANCE_TAGS, *DURATION_TAGS]:
        tagged = [s for s in scores if s.tag == tag]
        hits = [s for s in tagged if s.outcome == "found"]
        misses = Counter(s.outcome for s in tagged if s.outcome != "found")
        print(f"  {tag:<27} {len(hits):4d}/{len(tagged):<4d} {sum(s.concept_right for s in hits):4d}/{len(hits):<4d} "
              + ", ".join(f"{k} {v}" for k, v in misses.most_common()))
    notes = Counter(pattern(r.ex27_note) for r in filings if r.ex27_note)
    for note, count in notes.most_common():
        print(f"  note: {count:4d}  {note}")
    if per_filing:
        for r in sorted(scored, key=lambda r: r.name):
            misses = [f"{s.tag}={s.expected}:{s.outcome}" for s in r.ex27 if s.outcome != "found"]
            wrong = [s.tag for s in r.ex27 if s.outcome == "found" and not s.concept_right]
            print(f"  {r.name} {r.form}: found {len(r.ex27) - len(misses)}/{len(r.ex27)}"
                  + (f"; missed {' '.join(misses)}" if misses else "") + (f"; concept wrong {wrong}" if wrong else ""))
    return {"ex27_found": len(found) / len(scores) if scores else 0.0,
            "ex27_concept_right": right / len(found) if found else 0.0}


def report_pairs(pairs: list[PairResult], per_filing: bool) -> dict[str, float]:
    facts = [f for p in pairs for f in p.facts]
    found = [f for f in facts if f.found]
    right = sum(f.concept_right for f in found)
    signs = sum(f.sign_differs for f in found)
    print(f"\n== pairs: {len(facts)} statement facts of the truth in {len(pairs)} filings")
    print(f"found                 {share(len(found), len(facts))}")
    print(f"concept right (found) {share(right, len(found))}")
    print(f"sign differs (found)  {share(signs, len(found))}")
    if per_filing:
        for p in sorted(pairs, key=lambda p: p.name):
            hits = [f for f in p.facts if f.found]
            print(f"  {p.name:<20} found {len(hits)}/{len(p.facts)}, concept right "
                  f"{sum(f.concept_right for f in hits)}, sign differs {sum(f.sign_differs for f in hits)}"
                  + (f"  ({p.error})" if p.error else ""))
        missed = Counter(f.concept for f in facts if not f.found)
        print("  most missed concepts: " + ", ".join(f"{c} {n}" for c, n in missed.most_common(15)))
    return {"pairs_found": len(found) / len(facts) if facts else 0.0,
            "pairs_concept_right": right / len(found) if found else 0.0,
            "sign_differs": signs / len(found) if found else 0.0, "sign_differs_count": signs}


def report_mapping(filings: list[FilingResult], pairs: list[PairResult]) -> dict[str, float]:
    reports = [r for r in filings if is_report_form(r.form)]
    print("\n== mapping quality: extension concepts among statement facts of the 10-K/10-Q-family filings")
    total = extension = 0
    for kind in STATEMENT_KINDS:
        facts = sum(r.facts_by_kind.get(kind, [0, 0])[0] for r in reports)
        ext = sum(r.facts_by_kind.get(kind, [0, 0])[1] for r in reports)
        total, extension = total + facts, extension + ext
        print(f"{kind:<21} {share(ext, facts)}")
    print(f"{'all statements':<21} {share(extension, total)}")
    notes = [sum(r.disclosure_facts[k] for r in reports) for k in (0, 1)]
    print(f"{'disclosures (apart)':<21} {share(notes[1], notes[0])}  of the note tables' facts, not in the line above")
    labels: Counter[str] = Counter()
    for r in reports:
        labels.update(r.extension_labels)
    print("most frequent extension labels (statement lines):")
    for label, count in labels.most_common(20):
        print(f"  {count:5d}  {label[:100]}")
    print("confidence calibration on the pairs (found facts): concept right per bucket")
    found = [f for p in pairs for f in p.facts if f.found]
    for name, low, high in ((">= 0.9", 0.9, 2.0), ("0.6-0.9", 0.6, 0.9), ("< 0.6", -1.0, 0.6)):
        bucket = [f for f in found if low <= f.confidence < high]
        print(f"  {name:<8} {share(sum(f.concept_right for f in bucket), len(bucket))}")
    return {"extension_share": extension / total if total else 0.0}


def report_speed(filings: list[FilingResult]) -> dict[str, float]:
    size = sum(r.size for r in filings)
    seconds = sum(r.cpu_seconds for r in filings)
    slowest = max(filings, key=lambda r: r.cpu_seconds)
    rate = size / 1e6 / seconds if seconds else 0.0
    print(f"\n== speed: {size / 1e6:.1f} MB in {seconds:.1f} CPU s of conversion: {rate:.2f} MB per busy core-second")
    print(f"slowest: {slowest.name} ({slowest.size / 1e6:.2f} MB) {slowest.cpu_seconds:.2f} s")
    return {"mb_per_core_second": rate}


def report_summary(figures: dict[str, float]) -> None:
    print("\n== summary (targets in brackets)")
    print(f"coverage all three     {figures['coverage']:6.1%}  [>= 95%]")
    print(f"EX-27 found            {figures['ex27_found']:6.1%}  [>= 90%]")
    print(f"EX-27 concept right    {figures['ex27_concept_right']:6.1%}  [>= 95%]")
    print(f"pairs found            {figures['pairs_found']:6.1%}  [>= 85%]")
    print(f"pairs concept right    {figures['pairs_concept_right']:6.1%}  [>= 80%]")
    print(f"sign differs           {figures['sign_differs']:6.1%}  ({figures['sign_differs_count']:.0f})  [< 1%]")
    print(f"extension facts        {figures['extension_share']:6.1%}  [<= 20%]")
    print(f"MB per busy core-s     {figures['mb_per_core_second']:6.2f}  [>= 5]")


def manifest_forms(corpus: Path) -> dict[str, str]:
    manifest = corpus / "MANIFEST.tsv"
    if not manifest.is_file():
        return {}
    with manifest.open(newline="") as handle:
        return {row["name"]: row["form"] for row in csv.DictReader(handle, delimiter="\t")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--filings", type=int, default=None, help="only the first N filings (by name)")
    parser.add_argument("--per-filing", action="store_true", help="list every miss and every filing's scores")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--json", type=Path, default=None, help="write the figures and per-filing results here")
    args = parser.parse_args()
    import exporter
    print(f"exporter: {Path(exporter.__file__).parent}")
    forms = manifest_forms(args.corpus)
    files = sorted(p for p in args.corpus.glob("*") if p.is_file() and p.name != "MANIFEST.tsv")[:args.filings]
    folders = sorted(p for p in args.pairs.glob("*") if (p / "truth_facts.csv").is_file()) if args.pairs.is_dir() \
        else []
    if not files and not folders:
        raise SystemExit(f"no filings under {args.corpus} and no pairs under {args.pairs}")
    concepts = statement_concepts(CALC) if folders else set()
    tasks = [("pair", folder, concepts) for folder in folders]
    tasks += sorted((("filing", path, forms.get(path.name)) for path in files), key=lambda t: -t[1].stat().st_size)
    started = time.perf_counter()
    filings: list[FilingResult] = []
    pairs: list[PairResult] = []
    with multiprocessing.get_context("fork").Pool(args.processes, maxtasksperchild=100) as pool:
        for done, result in enumerate(pool.imap_unordered(_run, tasks), 1):
            (pairs if isinstance(result, PairResult) else filings).append(result)
            if done % 100 == 0:
                print(f"  {done}/{len(tasks)} done", file=sys.stderr)
    filings.sort(key=lambda r: r.name)
    print(f"{len(files)} filings under {args.corpus}, {len(folders)} pairs under {args.pairs}: "
          f"{time.perf_counter() - started:.0f} s with {args.processes} processes")
    if args.per_filing:
        report_table(filings)
    report_failures(filings, pairs)
    figures = report_coverage(filings, args.per_filing)
    figures |= report_ex27(filings, args.per_filing)
    figures |= report_pairs(pairs, args.per_filing)
    figures |= report_mapping(filings, pairs)
    figures |= report_speed(filings) if filings else {"mb_per_core_second": 0.0}
    report_summary(figures)
    if args.json:
        args.json.write_text(json.dumps({"figures": figures, "filings": [asdict(r) for r in filings],
                                         "pairs": [asdict(p) for p in pairs]}, indent=1, default=str))


if __name__ == "__main__":
    main()
