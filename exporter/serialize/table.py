"""Fact tables for data warehouses: CSV and Parquet with the same columns and the same rows."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..facts import MappedFiling

COLUMNS = [
    "filing_id", "cik", "entity_name", "form_type", "statement", "concept", "label", "period_type", "period_start",
    "period_end", "dimensions", "unit", "decimals", "value", "source_line", "source_text", "mapping_method",
    "confidence",
]
EXTRA_COLUMNS = ["statement_index", "line_order"]
_TYPES = {"decimals": "Int64", "source_line": "Int64", "confidence": "float64", "statement_index": "Int64",
          "line_order": "Int64"}


def fact_frame(mapped: MappedFiling) -> pd.DataFrame:
    """One row per fact; `value` is the exact decimal string (never a float); the 18 columns of COLUMNS come first."""
    kinds = {statement.index: statement.kind for statement in mapped.statements}
    rows = []
    for fact in mapped.facts:
        period = fact.context.period
        rows.append({
            "filing_id": mapped.filing_id,
            "cik": mapped.entity.cik or "",
            "entity_name": mapped.entity.name or "",
            "form_type": mapped.form_type or "",
            "statement": kinds[fact.statement],
            "concept": fact.concept.qname,
            "label": fact.label,
            "period_type": "instant" if period.is_instant else "duration",
            "period_start": "" if period.is_instant else period.start.isoformat(),
            "period_end": period.end.isoformat(),
            "dimensions": fact.context.dimensions_text,
            "unit": fact.unit.label,
            "decimals": fact.decimals,
            "value": fact.value_text,
            "source_line": fact.source_line,
            "source_text": fact.source_text,
            "mapping_method": fact.method,
            "confidence": round(fact.confidence, 3),
            "statement_index": fact.statement,
            "line_order": fact.line_order,
        })
    frame = pd.DataFrame(rows, columns=COLUMNS + EXTRA_COLUMNS)
    for column in frame.columns:
        frame[column] = frame[column].astype(_TYPES.get(column, "string"))
    return frame


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False)


def write_parquet(frame: pd.DataFrame, path: Path) -> None:
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), path)
