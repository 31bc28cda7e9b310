"""Fact tables for data warehouses: CSV and Parquet with the same columns and the same rows."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Hashable, Iterator
from functools import lru_cache
from importlib.metadata import version
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from ..mapping.facts import Fact, MappedFiling, batches
from ..periods import period_columns

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = [
    "filing_id", "cik", "entity_name", "form_type", "statement", "concept", "label", "period_type", "period_start",
    "period_end", "dimensions", "unit", "decimals", "value", "source_line", "source_text", "mapping_method",
    "confidence",
]
EXTRA_COLUMNS = ["statement_index", "line_order"]
_TYPES = {"decimals": "int64", "source_line": "int64", "confidence": "float64", "statement_index": "int64",
          "line_order": "int64"}


_MAX_OFFSET = 2**31 - 1  # an Arrow string array's offsets are 32-bit
CHUNK_FACTS = 10_000  # facts per slice of the table held at once while writing (as Python lists)


def fact_columns(mapped: MappedFiling, facts: list[Fact] | None = None) -> dict[str, list[Any]]:
    """The fact table as lists by column name: one row per fact (of `facts`, by default all the filing's); `value`
    is the exact decimal string (never a float); the 18 columns of COLUMNS come first, then EXTRA_COLUMNS."""
    kinds = {statement.index: statement.kind for statement in mapped.statements}
    facts = list(mapped.facts) if facts is None else facts
    contexts = [fact.context for fact in facts]
    periods = [period_columns(context.period.start, context.period.end) for context in contexts]
    return {
        "filing_id": [mapped.filing_id] * len(facts),
        "cik": [mapped.entity.cik or ""] * len(facts),
        "entity_name": [mapped.entity.name or ""] * len(facts),
        "form_type": [mapped.form_type or ""] * len(facts),
        "statement": [kinds[fact.statement] for fact in facts],
        "concept": [fact.concept.qname for fact in facts],
        "label": [fact.label for fact in facts],
        "period_type": [p[0] for p in periods],
        "period_start": [p[1] for p in periods],
        "period_end": [p[2] for p in periods],
        "dimensions": _per_key(contexts, attrgetter("dimensions"), attrgetter("dimensions_text")),
        "unit": _per_key(facts, attrgetter("unit"), attrgetter("unit.label")),
        "decimals": [fact.decimals for fact in facts],
        "value": [fact.value_text for fact in facts],
        "source_line": [fact.source_line for fact in facts],
        "source_text": [fact.source_text for fact in facts],
        "mapping_method": [fact.method for fact in facts],
        "confidence": [round(fact.confidence, 3) for fact in facts],
        "statement_index": [fact.statement for fact in facts],
        "line_order": [fact.line_order for fact in facts],
    }


def fact_frame(mapped: MappedFiling) -> pd.DataFrame:
    """The fact table (fact_columns) as a pandas DataFrame: text columns of dtype object, numbers as _TYPES."""
    return _frame(fact_columns(mapped))


def _frame(columns: dict[str, list[Any]]) -> pd.DataFrame:
    import pandas as pd  # here: writing facts never loads pandas (some 45 MB and half a second per process)

    return pd.DataFrame({name: pd.Series(values, dtype=_TYPES.get(name, object)) for name, values in columns.items()})


def fact_table(columns: dict[str, list[Any]]) -> pa.Table:
    """Fact columns (fact_columns) as an Arrow table, with the schema pandas would give the fact frame."""
    schema = _parquet_schema()
    return pa.Table.from_arrays([_arrow_array(columns[field.name], field.type) for field in schema], schema=schema)


def _arrow_array(values: list[Any], arrow_type: pa.DataType) -> pa.Array | pa.ChunkedArray:
    """A column of text, int64 or float64 values (no nulls) as an Arrow array, built from its buffers: pa.array
    would load pandas (some 45 MB and half a second per process) to look at the list."""
    if arrow_type != pa.string():
        numbers = np.array(values, np.int64 if arrow_type == pa.int64() else np.float64)
        return pa.Array.from_buffers(arrow_type, len(values), [None, pa.py_buffer(numbers)])
    data = "".join(values).encode()
    offsets = _offsets(map(len, values), len(values))
    if offsets[-1] != len(data):  # not all ASCII: count bytes, not characters
        offsets = _offsets((len(value.encode()) for value in values), len(values))
    if offsets[-1] > _MAX_OFFSET:  # over 2 GB of text in a slice (a damaged filing's megabyte lines): Arrow splits it
        return pa.array(values, arrow_type)
    return pa.Array.from_buffers(arrow_type, len(values), [None, pa.py_buffer(offsets.astype(np.int32)),
                                                           pa.py_buffer(data)])


def _offsets(lengths: Iterator[int], count: int) -> np.ndarray:
    """Where each of `count` strings of these lengths starts in their concatenation, and where the last ends."""
    offsets = np.zeros(count + 1, np.int64)
    np.cumsum(np.fromiter(lengths, np.int64, count), out=offsets[1:])
    return offsets


def _per_key(items: list[Any], key: Callable[[Any], Hashable], text: Callable[[Any], str]) -> list[str]:
    """`text` of each item, worked out once per distinct `key`."""
    found: dict[Hashable, str] = {}
    result = []
    for item in items:
        value = found.get(key(item))
        if value is None:
            value = found[key(item)] = text(item)
        result.append(value)
    return result


def fact_slices(mapped: MappedFiling) -> Iterator[dict[str, list[Any]]]:
    """fact_columns of CHUNK_FACTS facts at a time (one empty slice for a filing without facts), so that a big
    filing's table is never held whole."""
    slices = (fact_columns(mapped, batch) for batch in batches(mapped.facts, CHUNK_FACTS))
    first = next(slices, None)
    yield fact_columns(mapped, []) if first is None else first
    yield from slices


def write_csv(mapped: MappedFiling, path: Path) -> None:
    """facts.csv: a header line, then one line per fact (the csv module's quoting, '\n' line ends)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS + EXTRA_COLUMNS)
        for columns in fact_slices(mapped):
            writer.writerows(zip(*columns.values(), strict=True))


def write_parquet(mapped: MappedFiling, path: Path) -> None:
    """facts.parquet, straight from the column lists with the schema pandas would give the fact frame; a row
    group per slice of facts."""
    with pq.ParquetWriter(path, _parquet_schema()) as writer:
        for columns in fact_slices(mapped):
            writer.write_table(fact_table(columns))
    pa.default_memory_pool().release_unused()  # Arrow's allocator keeps what it freed for reuse: give it back


@lru_cache(maxsize=1)
def _parquet_schema() -> pa.Schema:
    """Arrow types of the fact table, with the metadata pandas writes for them (so that pandas reads the file back
    with the dtypes of fact_frame, text as object), written out here so that no conversion loads pandas."""
    types = {"int64": (pa.int64(), "int64"), "float64": (pa.float64(), "float64"), None: (pa.string(), "unicode")}
    fields = [(name, *types[_TYPES.get(name)]) for name in COLUMNS + EXTRA_COLUMNS]
    pandas = {
        "index_columns": [], "column_indexes": [],
        "columns": [{"name": name, "field_name": name, "pandas_type": kind,
                     "numpy_type": "object" if kind == "unicode" else kind, "metadata": None}
                    for name, _, kind in fields],
        "attributes": {}, "creator": {"library": "pyarrow", "version": pa.__version__},
        "pandas_version": version("pandas"),
    }
    return pa.schema([(name, arrow) for name, arrow, _ in fields], metadata={b"pandas": json.dumps(pandas).encode()})
