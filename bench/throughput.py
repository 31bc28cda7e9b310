"""Batch throughput: filings/s, input MB/s per core, peak memory per worker, share of time per stage.

Usage: python bench/throughput.py [FOLDER] [--filings 200] [--workers N] [--validate] [--fsds]
FOLDER defaults to ../shared/corpus/dev; without it, the seed (../shared/seeds/) and examples/ are used. The
filings are repeated (each copy made distinct by a trailing line, so the batch does not skip it as a duplicate)
until there are at least --filings inputs. The output says which inputs it used.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from inputs import CORPUS, corpus_files, run_repeated

from exporter.batch.worker import BatchOptions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--filings", type=int, default=200)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--chunk-size", type=int, default=20)
    parser.add_argument("--validate", action="store_true", help="include Arelle (slow)")
    parser.add_argument("--fsds", action="store_true", help="also write the FSDS files (--format fsds)")
    args = parser.parse_args()
    files, description = corpus_files(args.folder)
    print(f"inputs: {description}")
    result, size = run_repeated(files, args.filings, args.workers, args.chunk_size,
                                BatchOptions(validate=args.validate, fsds=args.fsds))
    busy = sum(result.stage_seconds.values())
    print(f"batch: {result.inputs} filings ({len(files)} distinct, repeated), {size / 1e6:.1f} MB")
    print(f"converted {result.converted}, failed {result.failed}, facts {result.facts}")
    rate = result.inputs / result.elapsed
    print(f"wall time {result.elapsed:.2f} s with {args.workers} workers: {rate:.1f} filings/s")
    print(f"input MB/s per core (wall): {size / 1e6 / result.elapsed / args.workers:.2f}")
    print(f"  of which converting {result.converting:.2f} s: {size / 1e6 / result.converting / args.workers:.2f} MB/s "
          f"per core (the rest lists inputs, consolidates the tables and builds the warehouse)")
    print(f"input MB/s per busy core-second (parse + map + serialize; excludes start-up and waiting): "
          f"{size / 1e6 / busy:.2f}")
    print(f"peak memory per worker (max RSS): {result.peak_rss_mb:.0f} MB")
    print("share of worker time per stage: " + ", ".join(
        f"{stage} {seconds / busy:.0%}" for stage, seconds in result.stage_seconds.items()))


if __name__ == "__main__":
    main()
