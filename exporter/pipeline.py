"""One filing through every stage: source -> tables -> statements -> mapped facts -> output files."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .checks.calc import settle_calculations
from .checks.duplicates import drop_schedule_duplicates
from .checks.rules import filing_checks
from .conversion import Conversion
from .errors import ConversionError
from .mapping.ex27_tags import schedule_statement
from .mapping.mapper import load_resources, map_filing
from .mapping.taxonomy import load_taxonomy
from .parse.documents import iter_tables
from .parse.ex27 import find_schedules, is_schedule_document
from .parse.model import TableOutline, TextTable
from .read.filing import Filing, parse_filing
from .read.source import decode_source, read_source
from .report import build_report
from .serialize.atomic import write_atomically
from .serialize.fsds import fsds_tables, write_fsds
from .serialize.instance import write_instance
from .serialize.ixbrl import write_ixbrl
from .serialize.names import SchemaLocations
from .serialize.oim_csv import write_oim_csv
from .serialize.oim_json import write_oim_json
from .serialize.schema import write_extension
from .serialize.table import write_csv
from .statements.build import build_statement, repeats_lines, settle_periods, statement_kind, statement_title
from .statements.columns import KnownEnds
from .statements.crossfoot import infer_column_signs
from .statements.disclosure import as_disclosure, is_note_table
from .statements.fiscal import fiscal_year
from .statements.model import Statement, StatementKind, StatementOutline
from .statements.scale import FilingScale, Scale

# Forms that never print financial statements (ownership reports, fund notices, proxy and registration of shares).
NO_STATEMENT_FORMS = re.compile(r"(?:3|4|5|13F|SC 13|24F|144|S-8|DEF|PRE 14|DEFA14|497|N-SAR|CORRESP|UPLOAD|SC TO|425)"
                                r"(?:\b|[-/ ]|$)", re.IGNORECASE)


def prepare() -> None:
    """The one-time work of a process (the taxonomy and the dictionary), before any filing's time limit starts."""
    load_resources()


def convert(path: Path, raw: bytes | None = None, timings: dict[str, float] | None = None,
            name: str | None = None) -> Conversion:
    """Parse and map one filing (read from `path`, or given as `raw` bytes named by `path`, the file's own `name`
    when `path` names an archive member), a table at a time.

    Adds the seconds spent per stage to `timings` when given. Raises ConversionError when the input is
    unreadable, binary, or holds no financial statement."""
    clock = _Clock(timings)
    filing = parse_filing(read_source(path) if raw is None else decode_source(path, raw, name))
    tables: list[TableOutline] = []
    statements: list[StatementOutline] = []
    mapped = map_filing(filing.filing_id, str(path), filing.header, _statements(filing, tables, statements, clock),
                        load_taxonomy())
    header, sha256, encoding = filing.header, filing.source.sha256, filing.source.encoding
    del filing  # its lines: nothing below reads the source, and the calculations hold the facts
    if not any((statement.line_items or statement.kind is not StatementKind.FINANCIAL_DATA_SCHEDULE)
               and statement.kind is not StatementKind.DISCLOSURE for statement in statements):
        raise ConversionError(path, "parse", _no_statements(header.form_type, len(tables)))
    drop_schedule_duplicates(mapped)
    inconsistencies = settle_calculations(mapped)
    clock.lap("map")
    return Conversion(header, sha256, encoding, tables, statements, mapped, inconsistencies)


def _no_statements(form_type: str | None, tables: int) -> str:
    """Why a filing gives no facts, in one line: a form that never carries statements, or none found."""
    if form_type and NO_STATEMENT_FORMS.match(form_type):
        return f"not a financial report: form {form_type} carries no financial statements"
    if not tables:
        return "no financial statements found: no tables or statement blocks in the text"
    return f"no financial statements found: {tables} tables read, none a balance sheet, income, cash-flow or equity " \
           "statement"


def _statements(filing: Filing, tables: list[TableOutline], statements: list[StatementOutline],
                clock: _Clock) -> Iterator[Statement]:
    """Each financial statement of the filing, built from one table (or EX-27 schedule) at a time, with the
    outline of every table and statement added to `tables` and `statements`. The statements' column periods are
    read again once all are built (the ends printed by the later ones known), before any is mapped. Note tables
    come last, as disclosures: their year columns are read with the periods of all the statements, and their facts
    never contradict a statement's."""
    schedules = find_schedules(filing)  # read first: the lines of the tables are let go as they are read
    known = KnownEnds(fiscal_year(filing.lines))  # the period ends the statements print, and the 52/53-week year
    built: list[tuple[Statement, TextTable]] = []
    notes: list[TextTable] = []
    scales = FilingScale()  # the titled statements' scale, for tables that print none
    for table in iter_tables(filing, let_go=True):
        tables.append(TableOutline(table.index, table.first_line, table.title_lines))
        if is_schedule_document(table.document_type):
            continue  # an EX-27 exhibit is read by its tags below, not by its layout
        kind = statement_kind(table)
        if kind is StatementKind.OTHER:
            if is_note_table(table):
                notes.append(table)
            continue
        statement = build_statement(table, known, kind, let_go=True)
        table.rows.clear()  # taken out as its lines were made, unless the table had no numbers
        if statement is None:
            continue
        titled = statement_title(table.title_lines)
        if not titled and (common := scales.common(titled_only=True)) is not None:
            if kind is not StatementKind.EQUITY and (not any(column.period for column in statement.columns)
                                                     or repeats_lines(statement)):
                continue  # a note table taken for a statement by its lines: no period over its amounts, or a breakdown
            if not (statement.scale_printed or statement.scale):
                statement.scale, statement.share_scale = common.money, common.shares
        scales.add(Scale(statement.scale, statement.share_scale), titled)
        infer_column_signs(statement)
        built.append((statement, table))
    settle_periods(built, known)  # with the ends of the statements printed after each
    built.reverse()
    while built:  # each statement (its line items and cells) let go once mapped, before the next is
        statement, _ = built.pop()
        yield from _timed(statement, statements, clock)
        del statement
    for k, schedule in enumerate(schedules):
        yield from _timed(schedule_statement(schedule, len(tables) + k), statements, clock)
    for table in notes:
        statement = build_statement(table, known, StatementKind.OTHER)
        disclosure = as_disclosure(statement, table, scales.common(), known.days) if statement is not None else None
        if disclosure is not None:
            yield from _timed(disclosure, statements, clock)


def _timed(statement: Statement, statements: list[StatementOutline], clock: _Clock) -> Iterator[Statement]:
    """Yield the statement to the mapper, with the time before counted as parsing and the time it maps as mapping."""
    statements.append(statement.outline())
    clock.lap("parse")
    yield statement
    clock.lap("map")


class _Clock:
    """Seconds per stage, added into a caller's dict."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        if self.timings is not None:
            self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
        self.last = now


def _extension_schema(conversion: Conversion, folder: Path) -> str:
    """The filing's extension schema (and linkbases), written once for all the formats that refer to it."""
    schema = conversion.files.get("schema")
    if schema is None or schema.parent != folder:
        mapped = conversion.mapped
        conversion.files["schema"] = folder / write_extension(mapped, folder, mapped.filing_id, conversion.locations)
    return conversion.files["schema"].name


def _write_xbrl(conversion: Conversion, folder: Path) -> dict[str, Path]:
    mapped = conversion.mapped
    schema = _extension_schema(conversion, folder)
    instance = folder / f"{mapped.filing_id}.xml"
    write_instance(mapped, instance, schema)
    return {"xbrl": instance}


def _write_xbrl_json(conversion: Conversion, folder: Path) -> dict[str, Path]:
    """xBRL-JSON (OIM) on the same extension schema as the XBRL 2.1 instance."""
    path = folder / f"{conversion.mapped.filing_id}.json"
    write_oim_json(conversion.mapped, path, _extension_schema(conversion, folder))
    return {"xbrl-json": path}


def _write_xbrl_csv(conversion: Conversion, folder: Path) -> dict[str, Path]:
    """xBRL-CSV (OIM): a metadata file (the report to open) and its fact table."""
    metadata = folder / f"{conversion.mapped.filing_id}-csv.json"
    write_oim_csv(conversion.mapped, metadata, folder / f"{conversion.mapped.filing_id}-csv-facts.csv",
                  _extension_schema(conversion, folder))
    return {"xbrl-csv": metadata}


def _write_ixbrl(conversion: Conversion, folder: Path) -> dict[str, Path]:
    """The Inline XBRL review page, on the same extension schema as the XBRL 2.1 instance."""
    page = folder / f"{conversion.mapped.filing_id}.xhtml"
    write_ixbrl(conversion.mapped, page, _extension_schema(conversion, folder))
    return {"ixbrl": page}


def _write_ixbrl_viewer(conversion: Conversion, folder: Path) -> dict[str, Path]:
    """The review page opened in the Arelle iXBRL Viewer (<filing_id>-viewer.html, its script beside it), made by
    Arelle's ixbrl-viewer plugin from the Inline XBRL page (written too if `ixbrl` is not among the formats)."""
    from .validate.arelle import write_viewer

    page = conversion.files.get("ixbrl")
    if page is None or page.parent != folder:
        conversion.files.update(_write_ixbrl(conversion, folder))
    target = folder / f"{conversion.mapped.filing_id}-viewer.html"
    viewer, script = write_viewer(conversion.files["ixbrl"], target, locations=conversion.locations)
    return {"ixbrl-viewer": viewer, "ixbrl-viewer-script": script}


def _write_csv(conversion: Conversion, folder: Path) -> dict[str, Path]:
    path = folder / "facts.csv"
    write_atomically(path, lambda p: write_csv(conversion.mapped, p))
    return {"csv": path}


def _write_parquet(conversion: Conversion, folder: Path) -> dict[str, Path]:
    from .serialize.parquet import write_parquet  # here: a conversion that writes no Parquet never loads pyarrow

    path = folder / "facts.parquet"
    write_atomically(path, lambda p: write_parquet(conversion.mapped, p))
    return {"parquet": path}


def _write_fsds(conversion: Conversion, folder: Path) -> dict[str, Path]:
    return write_fsds(fsds_tables(conversion.mapped, conversion.header), folder)


def _write_json(document: dict, path: Path) -> None:
    """Written piece by piece (json.dumps of a big filing's report would hold some millions of pieces at once)."""
    with path.open("w") as handle:
        json.dump(document, handle, indent=2, default=str)


# Each output format: a writer that puts its files into the filing's folder and names them by kind.
WRITERS: dict[str, Callable[[Conversion, Path], dict[str, Path]]] = {
    "xbrl": _write_xbrl,
    "csv": _write_csv,
    "parquet": _write_parquet,
    "ixbrl": _write_ixbrl,
    "ixbrl-viewer": _write_ixbrl_viewer,
    "xbrl-json": _write_xbrl_json,
    "xbrl-csv": _write_xbrl_csv,
    "fsds": _write_fsds,
}
FORMATS = tuple(WRITERS)
DEFAULT_FORMATS = ("xbrl", "csv", "parquet")
XBRL_FORMATS = ("xbrl", "ixbrl", "xbrl-json", "xbrl-csv")  # the documents that refer to a taxonomy


def write_outputs(conversion: Conversion, out_dir: Path, formats: tuple[str, ...] = DEFAULT_FORMATS,
                  validate: bool = True, locations: SchemaLocations | None = None) -> Path:
    """Write the chosen formats and report.json into out_dir/<filing_id>/; return that folder.

    `locations` (from official taxonomy packages, --taxonomy) replaces our taxonomy's schema locations."""
    conversion.locations = locations or conversion.locations
    folder = out_dir / conversion.mapped.filing_id
    folder.mkdir(parents=True, exist_ok=True)
    for name in formats:
        conversion.files.update(WRITERS[name](conversion, folder))
    conversion.verdict = None
    if validate and "xbrl" in formats:
        from .validate.arelle import validate as arelle_validate

        conversion.verdict = arelle_validate(conversion.files["xbrl"], locations=conversion.locations)
    conversion.checks = filing_checks(conversion.mapped)
    report = build_report(conversion, conversion.verdict)
    conversion.files["report"] = folder / "report.json"
    write_atomically(conversion.files["report"], lambda path: _write_json(report, path))
    return folder
