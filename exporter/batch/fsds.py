"""FSDS files of a batch (--format fsds): each chunk commits its rows as pieces, the end of the run joins them.

A chunk writes _parts/fsds_{sub,num,tag,pre}/<chunk>.parquet before its manifest piece (its commit), so an
uncommitted chunk's rows are deleted with the rest of its output and a resumed run never writes a filing twice.
DIR/sub.txt, num.txt, tag.txt and pre.txt are rebuilt from all committed pieces at the end of every run,
streaming one piece at a time: memory holds one piece plus the adsh keys, never the whole batch.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from ..errors import ConversionError
from ..serialize.fsds import TABLES, FsdsTables, Row, write_table
from .store import PARTS, BatchStore


def piece_kind(table: str) -> str:
    return f"fsds_{table}"


class FsdsChunk:
    """The FSDS rows of the filings one chunk converted; a second filing with the same adsh replaces the first."""

    def __init__(self) -> None:
        self.filings: dict[str, FsdsTables] = {}

    def add(self, tables: FsdsTables) -> None:
        self.filings[tables.sub[0][0]] = tables

    def write(self, store: BatchStore, chunk: str) -> None:
        for table, columns in TABLES.items():
            rows = [row for tables in self.filings.values() for row in tables.rows(table)]
            store.write_piece(piece_kind(table), chunk, pd.DataFrame(rows, columns=columns, dtype=str))


def check_resumable(store: BatchStore) -> None:
    """Refuse to add FSDS output to a folder whose earlier chunks committed without it: their filings would be
    missing from the FSDS files, since a resumed run skips them."""
    with_fsds = {chunk for chunk, _ in _pieces(store, "sub")}
    without = [chunk for chunk in store.committed() if chunk not in with_fsds and not chunk.startswith("refused-")]
    if without:
        raise ConversionError(store.out, "batch", f"{len(without)} chunks were committed by an earlier run without "
                              "--format fsds; their filings would be missing from the FSDS files: write into a new "
                              "folder or re-run without --format fsds")


def consolidate_fsds(store: BatchStore) -> dict[str, Path]:
    """Write DIR/{sub,num,tag,pre}.txt from the committed pieces; a filing (adsh) that two chunks converted is
    taken from the last one, as filings.parquet keeps the last row per filing_id."""
    owner: dict[str, str] = {}
    for chunk, path in _pieces(store, "sub"):
        for adsh in pq.read_table(path, columns=["adsh"]).column("adsh").to_pylist():
            owner[adsh] = chunk
    return {f"fsds-{table}": write_table(store.out / f"{table}.txt", columns, _rows(store, table, owner))
            for table, columns in TABLES.items()}


def _rows(store: BatchStore, table: str, owner: dict[str, str]) -> Iterator[Row]:
    columns = TABLES[table]
    seen: set[tuple[str, str]] = set()
    for chunk, path in _pieces(store, table):
        for record in pq.read_table(path).to_pylist():
            row = tuple(record[column] or "" for column in columns)
            if table != "tag":
                if owner.get(row[0]) == chunk:
                    yield row
                continue
            if row[1] in owner:  # a custom tag: its version is the adsh of the one filing that defines it
                if owner[row[1]] == chunk:
                    yield row
            elif (row[0], row[1]) not in seen:
                seen.add((row[0], row[1]))
                yield row


def _pieces(store: BatchStore, table: str) -> Iterator[tuple[str, Path]]:
    committed = store.committed()
    folder = store.out / PARTS / piece_kind(table)
    for path in sorted(folder.glob("*.parquet")) if folder.is_dir() else []:
        if path.stem in committed:
            yield path.stem, path
