"""SEC Financial Statement Data Sets (FSDS): sub.txt, num.txt, tag.txt and pre.txt for mapped filings.

Layout: the vintage the SEC published for 2009q2 to 2023 ("Financial Statement Data Sets" readme, tables SUB,
TAG, NUM, PRE): UTF-8, tab-separated, '\\n'-terminated lines, the first line the lowercase column names, NULL
written as an empty field, no quoting (read with `pd.read_csv(path, sep="\\t", quoting=csv.QUOTE_NONE)` like the
SEC's own files; tabs and line breaks inside labels become spaces). Columns, in order:

    sub  adsh cik name sic countryba ... instance nciks aciks (36 columns)
    num  adsh tag version coreg ddate qtrs uom value footnote
    tag  tag version custom abstract datatype iord crdr tlabel doc
    pre  adsh report line stmt inpth rfile tag version plabel negating

Choices where a legacy text filing differs from an XBRL submission:
- adsh is the accession number (20 characters, `0000950123-01-500123`); a filing without one in that form gets 20
  hex digits of a digest of our filing_id instead (`instance` still names <filing_id>.xml, the key to our outputs).
- Dates are yyyymmdd, and ddate, period and fye are rounded to the nearest month end as the readme says;
  qtrs is the duration in quarters rounded to a whole number, 0 for an instant.
- version is `us-gaap/2022` (or `srt/2022`) for a taxonomy concept and the adsh for an extension concept.
- value is the exact decimal with the vintage's four decimal places (NUMERIC(28,4)), never through a float.
- Dimensional facts (disposal-group and pro forma/adjustment scenario columns) are left out of num.txt and
  counted in FsdsTables.dimensional: this vintage's NUM has no segments column, and its only dimension, coreg,
  names a co-registrant or guarantor (dei:LegalEntityAxis), which a scenario or a disposed business is not.
  Their lines still appear in pre.txt. NUM holds one row per distinct amount: a second fact with the same key
  (e.g. net income on the income statement and on the cash flow statement) is written once; one that disagrees
  in value is counted in FsdsTables.conflicts.
- sub columns the legacy header does not carry (addresses, sic, afs, accepted, former names) are NULL, cik and
  filed are NULL when the filing states none; wksi, prevrpt and detail are 0, nciks 1, and instance names the
  XBRL instance this tool writes (<filing_id>.xml).
- pre: report numbers the statements 1..n in filing order, line the concepts 1..n in presentation order; stmt
  is BS/IS/CF/EQ; inpth 0; rfile X (the statements come from our .xml instance, not an .htm rendering);
  negating 0 (our instances use no negated labels: a contra line's sign is in the fact value).
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

from ..mapping.facts import EXACT, Fact, MappedFiling
from ..mapping.taxonomy import Concept
from ..periods import Period
from ..read.filing import FilingHeader
from .atomic import write_atomically

SUB_COLUMNS = ["adsh", "cik", "name", "sic", "countryba", "stprba", "cityba", "zipba", "bas1", "bas2", "baph",
               "countryma", "stprma", "cityma", "zipma", "mas1", "mas2", "countryinc", "stprinc", "ein", "former",
               "changed", "afs", "wksi", "fye", "form", "period", "fy", "fp", "filed", "accepted", "prevrpt",
               "detail", "instance", "nciks", "aciks"]
NUM_COLUMNS = ["adsh", "tag", "version", "coreg", "ddate", "qtrs", "uom", "value", "footnote"]
TAG_COLUMNS = ["tag", "version", "custom", "abstract", "datatype", "iord", "crdr", "tlabel", "doc"]
PRE_COLUMNS = ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"]
TABLES = {"sub": SUB_COLUMNS, "num": NUM_COLUMNS, "tag": TAG_COLUMNS, "pre": PRE_COLUMNS}
STATEMENT_CODES = {"balance-sheet": "BS", "income-statement": "IS", "comprehensive-income": "CI", "cash-flow": "CF",
                   "stockholders-equity": "EQ",
                   "financial-data-schedule": "UN",  # UN: the SEC's code for an unclassifiable statement
                   "disclosure": "UN"}
ANNUAL_FORMS = ("10-K", "10-K405", "10-KSB", "10-KSB40", "10-KT", "20-F", "40-F")
QUARTERLY_FORMS = ("10-Q", "10-QSB", "10-QT")
_FOUR_PLACES = Decimal("0.0001")
_ACCESSION = re.compile(r"\d{10}-\d{2}-\d{6}")

Row = tuple[str, ...]


@dataclass
class FsdsTables:
    """The rows of the four tables for one filing (every field a string, '' for NULL)."""

    sub: list[Row] = field(default_factory=list)
    num: list[Row] = field(default_factory=list)
    tag: list[Row] = field(default_factory=list)
    pre: list[Row] = field(default_factory=list)
    dimensional: int = 0  # facts left out of num.txt because they carry a dimension
    conflicts: int = 0  # facts left out of num.txt because an earlier fact has the same key and another value

    def rows(self, table: str) -> list[Row]:
        return getattr(self, table)


def fsds_tables(mapped: MappedFiling, header: FilingHeader) -> FsdsTables:
    """The FSDS rows of one mapped filing; `header` supplies what the filing says about itself (filed, fye, ein)."""
    adsh = submission_id(mapped.filing_id)
    tables = FsdsTables(sub=[_submission(mapped, header, adsh)])
    tags: dict[tuple[str, str], Concept] = {}
    values: dict[Row, str] = {}
    for report, statement in enumerate(mapped.statements, start=1):
        labels: dict[str, str] = {}
        for fact in statement.facts:
            labels.setdefault(fact.concept.qname, fact.label)
            version = _version(fact.concept, mapped, adsh)
            tags[(fact.concept.name, version)] = fact.concept
            if fact.context.dimensions:
                tables.dimensional += 1
                continue
            key = _num_key(fact, version, adsh)
            value = _value(fact.value)
            if key not in values:
                values[key] = value
                tables.num.append((*key, value, ""))
            elif values[key] != value:
                tables.conflicts += 1
        for line, concept in enumerate(statement.concepts, start=1):
            version = _version(concept, mapped, adsh)
            tags[(concept.name, version)] = concept
            plabel = _text(labels.get(concept.qname) or concept.label)
            tables.pre.append((adsh, str(report), str(line), STATEMENT_CODES[statement.kind], "0", "X",
                               concept.name, version, plabel, "0"))
    tables.tag = [_tag_row(concept, name, version, adsh) for (name, version), concept in tags.items()]
    return tables


def submission_id(filing_id: str) -> str:
    """The FSDS adsh: the accession number our filing_id holds, else 20 hex digits of its digest."""
    if _ACCESSION.fullmatch(filing_id):
        return filing_id
    return hashlib.sha256(filing_id.encode()).hexdigest()[:20]


def write_fsds(tables: FsdsTables, folder: Path) -> dict[str, Path]:
    """Write sub.txt, num.txt, tag.txt and pre.txt into `folder`; return them by kind (fsds-sub, ...)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for table, columns in TABLES.items():
        files[f"fsds-{table}"] = write_table(folder / f"{table}.txt", columns, tables.rows(table))
    return files


def write_table(path: Path, columns: list[str], rows: Iterable[Row]) -> Path:
    """One FSDS file, written through a temporary file and renamed over the target."""
    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8", newline="\n") as out:
            out.write("\t".join(columns) + "\n")
            for row in rows:
                out.write("\t".join(row) + "\n")

    write_atomically(path, write)
    return path


def _submission(mapped: MappedFiling, header: FilingHeader, adsh: str) -> Row:
    period = mapped.period_of_report
    form = mapped.form_type or ""
    fye = _fiscal_year_end(header.fiscal_year_end)
    fy, fp = _fiscal_focus(form, period, fye)
    cik = mapped.entity.cik or header.cik
    ein = "".join(ch for ch in header.irs_number or "" if ch.isdigit())
    state = (header.state or "").upper()
    values = {
        "adsh": adsh,
        "cik": str(int(cik)) if cik and cik.isdigit() else "",
        "name": _text(mapped.entity.name or header.company_name or ""),
        "stprinc": state if len(state) == 2 and state.isalpha() else "",
        "ein": ein if 0 < len(ein) <= 10 else "",
        "wksi": "0",
        "fye": fye,
        "form": form,
        "period": _yyyymmdd(_nearest_month_end(period)) if period else "",
        "fy": fy,
        "fp": fp,
        "filed": _yyyymmdd(header.filed) if header.filed else "",
        "prevrpt": "0",
        "detail": "0",
        "instance": f"{mapped.filing_id}.xml",
        "nciks": "1",
    }
    return tuple(values.get(column, "") for column in SUB_COLUMNS)


def _num_key(fact: Fact, version: str, adsh: str) -> Row:
    period = fact.context.period
    return (adsh, fact.concept.name, version, "",
            _yyyymmdd(_nearest_month_end(period.end)), str(_quarters(period)), fact.unit.label)


def _tag_row(concept: Concept, name: str, version: str, adsh: str) -> Row:
    abstract = concept.abstract or not concept.is_numeric
    datatype = "" if abstract else concept.data_type.split(":")[-1].removesuffix("ItemType")
    iord = "" if abstract else ("I" if concept.period_type == "instant" else "D")
    crdr = {"credit": "C", "debit": "D"}.get(concept.balance or "", "") if datatype == "monetary" else ""
    return (name, version, "1" if version == adsh else "0", "1" if abstract else "0", datatype, iord, crdr,
            _text(concept.label), "")


def _version(concept: Concept, mapped: MappedFiling, adsh: str) -> str:
    """`us-gaap/2022` for a taxonomy concept (the last two parts of its namespace), the adsh for an extension."""
    if concept.namespace == mapped.extension_namespace:
        return adsh
    return "/".join(concept.namespace.rstrip("/").split("/")[-2:])


def _value(value: Decimal) -> str:
    quantized = value.quantize(_FOUR_PLACES, ROUND_HALF_EVEN, EXACT)
    return format(quantized.copy_abs() if quantized == 0 else quantized, "f")  # never "-0.0000"


def _quarters(period: Period) -> int:
    """Whole quarters in the period, rounded half up (a quarter is 365.25 / 4 days); 0 for an instant."""
    if period.start is None:
        return 0
    days = (period.end - period.start).days + 1
    return (days * 1600 * 2 + 146100) // (146100 * 2)


def _nearest_month_end(day: date) -> date:
    last = calendar.monthrange(day.year, day.month)[1]
    if last - day.day <= day.day:
        return day.replace(day=last)
    previous = date(day.year, day.month, 1).toordinal() - 1
    return date.fromordinal(previous)


def _fiscal_year_end(text: str | None) -> str:
    """The header's FISCAL YEAR END (mmdd), rounded to the nearest month end; '' when absent or malformed."""
    if not text or len(text) != 4 or not text.isdigit():
        return ""
    try:
        day = date(2001, int(text[:2]), int(text[2:]))  # a common year: 0229 is not a fiscal year end here
    except ValueError:
        return ""
    return f"{_nearest_month_end(day):%m%d}"


def _fiscal_focus(form: str, period: date | None, fye: str) -> tuple[str, str]:
    """Fiscal year and period focus (FY, Q1-Q3) for annual and quarterly reports; NULL for other forms."""
    base = form.upper().removesuffix("/A")
    if period is None or base not in ANNUAL_FORMS + QUARTERLY_FORMS:
        return "", ""
    end_month = int(fye[:2]) if fye else 12
    end = _nearest_month_end(period)
    months_after = (end.month - end_month) % 12  # months from the fiscal year end to the period end
    year = end.year + (1 if end.month > end_month else 0)
    if base in ANNUAL_FORMS:
        return str(year), "FY"
    quarter = round(months_after / 3)
    return str(year), f"Q{quarter}" if 1 <= quarter <= 3 else ""


def _yyyymmdd(day: date) -> str:
    return f"{day:%Y%m%d}"


def _text(value: str) -> str:
    return " ".join(value.replace("\t", " ").replace("\r", " ").replace("\n", " ").split())
