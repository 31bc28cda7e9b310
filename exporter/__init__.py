"""legacy-xbrl: pre-XBRL SEC filings (EDGAR text and early HTML, 1993-2011) to XBRL, CSV and Parquet facts.

One filing flows one way through packages by stage, each handing a small typed model to the next:

- `read`: bytes -> `SourceText` (decoded lines) -> `Filing` (the EDGAR header or cover page, the documents);
- `parse`: `Filing` -> `TextTable`s (every text or HTML table, rows and cells placed by position) and EX-27 schedules;
- `statements`: `TextTable` -> `Statement` (kind, column periods and roles, signs, scale, units, line items);
- `mapping`: `Statement`s -> `MappedFiling` (facts: concept, context, unit, decimals, method, confidence);
- `checks`: `MappedFiling` -> calculations settled, duplicates dropped, our own checks;
- `serialize`: `MappedFiling` -> files (XBRL instance and extension taxonomy, CSV, Parquet, OIM, FSDS, review page);
- `validate`: a written instance -> Arelle's verdict (the only package that uses Arelle) and our checks on it;
- `pipeline` runs the stages for one filing into a `Conversion`; `batch` runs archives of filings; `cli` is the command.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # the stages are imported when first used: `import exporter.read` need not load them all
    import pandas as pd
    import pyarrow as pa

    from .batch.runner import BatchResult
    from .conversion import Conversion as PipelineConversion
    from .statements.model import StatementOutline

__all__ = ["Conversion", "convert", "convert_batch"]

StrPath = str | os.PathLike[str]


@dataclass
class Conversion:
    """One filing converted (the pipeline's `exporter.conversion.Conversion`, as `pipeline`): its facts as a table,
    its statements, its report, and its files written on demand."""

    pipeline: PipelineConversion

    @property
    def filing_id(self) -> str:
        return self.pipeline.mapped.filing_id

    @property
    def statements(self) -> list[StatementOutline]:
        """The financial statements found: kind, title, columns with their periods, scale, source lines."""
        return self.pipeline.statements

    def facts_table(self) -> pa.Table:
        """The facts as a pyarrow Table, the columns and rows of facts.parquet (`value` the exact decimal text)."""
        from .serialize.parquet import fact_table
        from .serialize.table import fact_columns

        return fact_table(fact_columns(self.pipeline.mapped))

    def facts_frame(self) -> pd.DataFrame:
        """The facts as a pandas DataFrame, the columns and rows of facts.csv (`value` the exact decimal text)."""
        from .serialize.table import fact_frame

        return fact_frame(self.pipeline.mapped)

    @property
    def report(self) -> dict[str, Any]:
        """What report.json holds, but Arelle's verdict (`"arelle": None`: Arelle runs in `write`)."""
        from .report import build_report

        return build_report(self.pipeline, None)

    def write(self, out: StrPath, formats: Iterable[str] | None = None, *, validate: bool = True) -> Path:
        """Write the formats (default xbrl, csv, parquet; any of exporter.pipeline.FORMATS) and report.json into
        `out/<filing_id>/` and return that folder; Arelle validates the instance when `xbrl` is written."""
        from .pipeline import DEFAULT_FORMATS, FORMATS, write_outputs

        chosen = DEFAULT_FORMATS if formats is None else tuple(formats)
        unknown = [name for name in chosen if name not in FORMATS]
        if unknown:
            raise ValueError(f"unknown format {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
        return write_outputs(self.pipeline, Path(out), chosen, validate=validate)


def convert(path: StrPath) -> Conversion:
    """Convert one filing (EDGAR text or early HTML). Raises exporter.errors.ConversionError, naming the file,
    when it is unreadable or holds no financial statement."""
    from .pipeline import convert as convert_filing

    return Conversion(convert_filing(Path(path)))


def convert_batch(sources: Iterable[StrPath], out: StrPath, *, workers: int | None = None, xbrl: bool = False,
                  validate: bool = False, fsds: bool = False, timeout: float | None = 600.0, db: str | None = None,
                  stream: TextIO = sys.stderr) -> BatchResult:
    """Convert folders, list files, archives or filings into `out` as `legacy-xbrl batch` does (Parquet dataset,
    tables, warehouse.duckdb; PostgreSQL with `db`), with progress on `stream`; return the counts."""
    from .batch.runner import run_batch
    from .batch.worker import BatchOptions

    options = BatchOptions(xbrl=xbrl, validate=validate, timeout=timeout, fsds=fsds)
    return run_batch([Path(source) for source in sources], Path(out), workers=workers, options=options,
                     db=db, stream=stream)
