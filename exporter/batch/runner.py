"""Run a batch: list inputs, skip what a previous run committed, convert chunks in parallel (local worker
processes or a Dask cluster), then consolidate the tables and build the warehouse."""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import pandas as pd

from ..errors import ConversionError
from ..serialize.taxonomy_package import PACKAGE_NAME, write_taxonomy_package
from .fsds import check_resumable, consolidate_fsds
from .progress import Progress
from .sources import InputRef, list_inputs
from .store import ERROR_COLUMNS, MANIFEST_COLUMNS, BatchStore
from .worker import STAGES, BatchOptions, ChunkSummary, chunk_id, process_chunk


@dataclass
class BatchResult:
    inputs: int = 0
    skipped: int = 0
    converted: int = 0
    duplicates: int = 0  # inputs listed twice, or with the same content as another input: converted once
    failed: int = 0
    facts: int = 0
    bytes: int = 0
    elapsed: float = 0.0
    converting: float = 0.0  # seconds of elapsed with workers at work (the rest: listing, consolidating, loading)
    stage_seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    peak_rss_mb: float = 0.0
    removed_uncommitted: int = 0
    outputs: dict[str, Path] = field(default_factory=dict)
    loaded: dict[str, int] = field(default_factory=dict)  # rows loaded into PostgreSQL per table (--db)
    fsds_left_out: int = 0  # facts of this run not in num.txt (--format fsds; see serialize/fsds.py)


def run_batch(sources: list[Path], out: Path, *, workers: int | None = None, chunk_size: int = 20,
              options: BatchOptions | None = None, scheduler: str | None = None, dask_local: int | None = None,
              stream: TextIO = sys.stderr, db: str | None = None) -> BatchResult:
    """Convert everything under `sources` into `out`; safe to re-run after a crash or Ctrl-C."""
    options = options or BatchOptions()
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with _exclusive(out):
        store = BatchStore(out)
        result = BatchResult(removed_uncommitted=store.remove_uncommitted())
        if options.fsds:
            check_resumable(store)
        inputs, refused, repeated = list_inputs(sources)
        result.inputs = len(inputs) + len(refused) + repeated
        result.duplicates = repeated
        todo = _not_done(inputs, store.manifest())
        result.skipped = len(inputs) - len(todo)
        if refused:
            _record_refusals(store, refused, result)
        chunks = [todo[i : i + chunk_size] for i in range(0, len(todo), chunk_size)]
        progress = Progress(len(todo), stream)
        converting = time.monotonic()
        for summary in _execute(chunks, out, options, workers, scheduler, dask_local):
            progress.advance(summary.converted + summary.duplicates + summary.failed, summary.failed)
            _add(result, summary)
        progress.finish()
        result.converting = time.monotonic() - converting
        result.outputs = store.consolidate()
        if options.fsds:
            result.outputs.update(consolidate_fsds(store))
        from .warehouse import build_duckdb

        result.outputs["warehouse"] = build_duckdb(out)
        if options.xbrl or options.validate:
            result.outputs["taxonomy"] = out / PACKAGE_NAME
            write_taxonomy_package(result.outputs["taxonomy"])
        if db:
            from .postgres import load_postgres

            result.loaded = load_postgres(out, db)
    result.elapsed = time.monotonic() - started
    return result


def _not_done(inputs: list[InputRef], manifest: pd.DataFrame) -> list[InputRef]:
    done = {(row.key, row.size, row.mtime) for row in manifest.itertuples()}
    return [ref for ref in inputs if (ref.key, ref.size, ref.mtime) not in done]


def _record_refusals(store: BatchStore, refused, result: BatchResult) -> None:
    chunk = "refused-" + chunk_id([InputRef(r.key) for r in refused])
    errors = [{"path": r.key, "sha256": "", "stage": "read", "error_class": "Refused", "message": r.message,
               "line": None} for r in refused]
    store.write_piece("errors", chunk, pd.DataFrame(errors, columns=ERROR_COLUMNS))
    manifest = [{"key": r.key, "size": 0, "mtime": 0.0, "sha256": "", "outcome": "refused", "filing_id": "",
                 "facts": 0, "chunk": chunk} for r in refused]
    store.write_piece("manifest", chunk, pd.DataFrame(manifest, columns=MANIFEST_COLUMNS))
    result.failed += len(refused)


def _add(result: BatchResult, summary: ChunkSummary) -> None:
    result.converted += summary.converted
    result.duplicates += summary.duplicates
    result.failed += summary.failed
    result.facts += summary.facts
    result.bytes += summary.bytes
    result.peak_rss_mb = max(result.peak_rss_mb, summary.peak_rss_mb)
    result.fsds_left_out += summary.fsds_left_out
    for stage, seconds in summary.seconds.items():
        result.stage_seconds[stage] = result.stage_seconds.get(stage, 0.0) + seconds


def _execute(chunks: list[list[InputRef]], out: Path, options: BatchOptions, workers: int | None,
             scheduler: str | None, dask_local: int | None) -> Iterator[ChunkSummary]:
    jobs = [(chunk_id(refs), refs) for refs in chunks]
    if scheduler or dask_local:
        yield from _on_dask(jobs, out, options, scheduler, dask_local)
        return
    # spawned (not forked) workers hold no copy of the parent's lock or threads
    with ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1, initializer=_die_with_parent,
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(process_chunk, chunk, refs, str(out), options) for chunk, refs in jobs]
        for future in as_completed(futures):
            yield future.result()


def _on_dask(jobs, out: Path, options: BatchOptions, scheduler: str | None, dask_local: int | None
             ) -> Iterator[ChunkSummary]:
    """The same chunks as Dask tasks: workers must see `out` and the inputs at the same paths."""
    from dask.distributed import Client, LocalCluster
    from dask.distributed import as_completed as dask_completed

    cluster = None if scheduler else LocalCluster(n_workers=dask_local, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            futures = [client.submit(process_chunk, chunk, refs, str(out), options, key=f"chunk-{chunk}", pure=False)
                       for chunk, refs in jobs]
            for future in dask_completed(futures):
                yield future.result()
    except OSError as error:
        raise ConversionError(scheduler or "dask", "schedule", f"cannot reach the Dask scheduler: {error}") from None
    finally:
        if cluster is not None:
            cluster.close()


def _die_with_parent() -> None:
    """A worker process ends with the batch that started it, so a killed run leaves no writer behind."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


class _exclusive:
    """One batch at a time per output folder (the lock goes away with the process)."""

    def __init__(self, out: Path):
        self.path = out / ".lock"

    def __enter__(self):
        self.handle = open(self.path, "w")  # noqa: SIM115 - held for the whole run
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.handle.close()
            raise ConversionError(self.path.parent, "batch", "another batch is writing to this folder") from None
        return self

    def __exit__(self, *exc) -> None:
        self.path.unlink(missing_ok=True)
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()
