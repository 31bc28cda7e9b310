"""facts.parquet: the fact table (serialize.table's columns and rows) as Arrow arrays, written a slice at a time.

A module of its own so that a conversion that writes no Parquet never loads pyarrow and numpy (some 50 MB)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from ..mapping.facts import MappedFiling
from .table import COLUMN_TYPES, COLUMNS, EXTRA_COLUMNS, fact_slices

_MAX_OFFSET = 2**31 - 1  # an Arrow string array's offsets are 32-bit


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
    fields = [(name, *types[COLUMN_TYPES.get(name)]) for name in COLUMNS + EXTRA_COLUMNS]
    pandas = {
        "index_columns": [], "column_indexes": [],
        "columns": [{"name": name, "field_name": name, "pandas_type": kind,
                     "numpy_type": "object" if kind == "unicode" else kind, "metadata": None}
                    for name, _, kind in fields],
        "attributes": {}, "creator": {"library": "pyarrow", "version": pa.__version__},
        "pandas_version": version("pandas"),
    }
    return pa.schema([(name, arrow) for name, arrow, _ in fields], metadata={b"pandas": json.dumps(pandas).encode()})


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
