"""Convert one chunk of inputs in a worker process and commit its output pieces."""

from __future__ import annotations

import hashlib
import resource
import time
import traceback
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa

from ..conversion import Conversion
from ..errors import ConversionError
from ..limits import FilingTimeout, time_limit
from ..pipeline import convert, prepare, write_outputs
from ..serialize.fsds import FsdsTables, fsds_tables
from ..serialize.parquet import fact_table
from ..serialize.table import fact_slices
from .fsds import FsdsChunk
from .sources import InputError, InputRef, read_input
from .store import CONCEPT_COLUMNS, ERROR_COLUMNS, FILING_COLUMNS, MANIFEST_COLUMNS, BatchStore, concept_row

STAGES = ("read", "parse", "map", "serialize", "validate")


@dataclass(frozen=True)
class BatchOptions:
    xbrl: bool = False  # also write each filing's XBRL instance under DIR/filings/<filing_id>/
    validate: bool = False  # run Arelle on each instance (implies xbrl)
    timeout: float | None = 600.0  # seconds per filing
    fsds: bool = False  # also write the SEC Financial Statement Data Sets files (sub, num, tag, pre)


@dataclass
class ChunkSummary:
    chunk: str
    converted: int = 0
    duplicates: int = 0
    failed: int = 0
    facts: int = 0
    bytes: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    errors: list[str] = field(default_factory=list)
    fsds_left_out: int = 0  # facts not in num.txt: dimensional, or a second value for the same key


class DuplicateInput(Exception):
    """The bytes of this input were already converted from another input."""


def chunk_id(refs: list[InputRef]) -> str:
    return hashlib.sha1("\n".join(ref.key for ref in refs).encode()).hexdigest()[:16]


def process_chunk(chunk: str, refs: list[InputRef], out: str, options: BatchOptions) -> ChunkSummary:
    """Convert every input of the chunk; write facts, filings, concepts, errors, then the manifest piece."""
    store = BatchStore(Path(out))
    summary = ChunkSummary(chunk, seconds=dict.fromkeys(STAGES, 0.0))
    facts, filings, concepts, errors, manifest = [], [], [], [], []
    fsds = FsdsChunk()
    prepare()
    for ref in refs:
        sha, outcome, filing_id, count = "", "failed", "", 0
        try:
            with time_limit(options.timeout):
                started = time.perf_counter()
                raw = read_input(ref)
                summary.seconds["read"] += time.perf_counter() - started
                summary.bytes += len(raw)
                sha = hashlib.sha256(raw).hexdigest()
                if not store.claim(sha, chunk, ref.key):
                    raise DuplicateInput(f"{ref.key}: the same content as another input of this batch (sha256 "
                                         f"{sha[:12]}...), converted once")
                conversion = convert(Path(ref.key), raw, summary.seconds, name=ref.name)
                table = _serialize(conversion, store, options, summary)
                fsds_tables = _fsds(conversion, summary) if options.fsds else None
            facts.append(table)
            filings.append(_filing_row(conversion, ref, sha))
            concepts += [concept_row(c, conversion.mapped.filing_id) for c in conversion.mapped.extensions]
            if fsds_tables is not None:
                fsds.add(fsds_tables)
                summary.fsds_left_out += fsds_tables.dimensional + fsds_tables.conflicts
            outcome, filing_id, count = "converted", conversion.mapped.filing_id, table.num_rows
            summary.converted += 1
            summary.facts += count
        except DuplicateInput as duplicate:
            outcome = "duplicate"  # listed with the errors so that every input is accounted for, not counted failed
            summary.duplicates += 1
            errors.append(_error_row(ref, sha, duplicate))
        except Exception as error:  # noqa: BLE001 - every input ends as output or as a recorded error
            summary.failed += 1
            errors.append(_error_row(ref, sha, error))
            summary.errors.append(errors[-1]["message"])
        manifest.append({"key": ref.key, "size": ref.size, "mtime": ref.mtime, "sha256": sha, "outcome": outcome,
                         "filing_id": filing_id, "facts": count, "chunk": chunk})
    started = time.perf_counter()
    store.write_facts(chunk, facts)
    store.write_piece("filings", chunk, pd.DataFrame(filings, columns=FILING_COLUMNS))
    store.write_piece("concepts", chunk, pd.DataFrame(concepts, columns=CONCEPT_COLUMNS))
    store.write_piece("errors", chunk, pd.DataFrame(errors, columns=ERROR_COLUMNS))
    if options.fsds:
        fsds.write(store, chunk)
    store.write_piece("manifest", chunk, pd.DataFrame(manifest, columns=MANIFEST_COLUMNS))  # the commit
    summary.seconds["serialize"] += time.perf_counter() - started
    summary.peak_rss_mb = _peak_rss_mb()
    return summary


def _serialize(conversion: Conversion, store: BatchStore, options: BatchOptions, summary: ChunkSummary
               ) -> pa.Table:
    started = time.perf_counter()
    table = pa.concat_tables(fact_table(columns) for columns in fact_slices(conversion.mapped))
    table = table.append_column("year", pa.repeat(_year(conversion, table), table.num_rows))
    if options.xbrl or options.validate:
        write_outputs(conversion, store.out / "filings", ("xbrl",), validate=False)
    summary.seconds["serialize"] += time.perf_counter() - started
    if options.validate:
        from ..checks.rules import tally
        from ..validate.arelle import validate
        from ..validate.instance import arelle_message

        started = time.perf_counter()
        verdict = validate(conversion.files["xbrl"])
        conversion.mapped.validation = tally(arelle_message(message) for message in verdict.messages)
        summary.seconds["validate"] += time.perf_counter() - started
    return table


def _peak_rss_mb() -> float:
    """This worker's own peak RSS (VmHWM): a spawned worker's ru_maxrss also counts the parent's RSS at the spawn
    (Linux carries the parent's high-water mark over the exec), so it would grow with the batch's input list."""
    with suppress(OSError), open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _fsds(conversion: Conversion, summary: ChunkSummary) -> FsdsTables:
    started = time.perf_counter()
    tables = fsds_tables(conversion.mapped, conversion.header)
    summary.seconds["serialize"] += time.perf_counter() - started
    return tables


def _year(conversion: Conversion, table: pa.Table) -> str:
    period = conversion.mapped.period_of_report
    if period:
        return str(period.year)
    return max(table["period_end"].to_pylist(), default="0000")[:4]


def _filing_row(conversion: Conversion, ref: InputRef, sha: str) -> dict:
    mapped, header = conversion.mapped, conversion.header
    return {
        "filing_id": mapped.filing_id, "cik": mapped.entity.cik or "", "entity_name": mapped.entity.name or "",
        "form_type": mapped.form_type or "", "period_of_report": str(mapped.period_of_report or ""),
        "filed": str(header.filed or ""), "accession_number": header.accession_number or "",
        "file_number": header.file_number or "", "state": header.state or "",
        "fiscal_year_end": header.fiscal_year_end or "", "source_path": ref.key, "sha256": sha,
        "statements": len(mapped.statements), "facts": len(mapped.facts), "extension_concepts": len(mapped.extensions),
        "arithmetic_failures": sum(1 for i in mapped.issues if i.kind == "arithmetic"),
        "low_confidence": sum(1 for i in mapped.issues if i.kind == "low-confidence"),
        "calculation_inconsistencies": len(conversion.inconsistencies),
        "validation": mapped.validation,
    }


def _error_row(ref: InputRef, sha: str, error: Exception) -> dict:
    if isinstance(error, ConversionError):
        stage, message, line = error.stage, str(error), error.line
    elif isinstance(error, InputError):
        stage, message, line = "read", str(error), None
    elif isinstance(error, DuplicateInput):
        stage, message, line = "duplicate", str(error), None
    elif isinstance(error, FilingTimeout):
        stage, message, line = "timeout", f"{ref.key}: {error}", None
    else:
        frame = traceback.extract_tb(error.__traceback__)[-1]
        stage, line = "internal", None
        message = f"{ref.key}: internal error {type(error).__name__}: {error} (at {Path(frame.filename).name}:" \
                  f"{frame.lineno})"
    return {"path": ref.key, "sha256": sha, "stage": stage, "error_class": type(error).__name__,
            "message": message, "line": line}
