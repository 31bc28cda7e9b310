"""Memory flatness: peak RSS per worker for a batch of 50 filings and one of 500 (the issue allows 20% more).

Usage: python bench/memory.py [FOLDER] [--sizes 50 500] [--workers N] [--chunk-size 20] [--fsds]
Inputs as in throughput.py: FOLDER (default ../shared/corpus/dev), else the seed and examples/, repeated.
Each batch runs in fresh worker processes; each figure is the largest peak RSS (VmHWM) of a worker of that batch.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from inputs import CORPUS, corpus_files, run_repeated

from exporter.batch.worker import BatchOptions

LIMIT = 1.2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--sizes", type=int, nargs=2, default=[50, 500], metavar=("SMALL", "LARGE"))
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--chunk-size", type=int, default=20)
    parser.add_argument("--fsds", action="store_true", help="also write the FSDS files (--format fsds)")
    args = parser.parse_args()
    files, description = corpus_files(args.folder)
    print(f"inputs: {description}")
    peaks = []
    for size in args.sizes:
        result, _ = run_repeated(files, size, args.workers, args.chunk_size, BatchOptions(fsds=args.fsds))
        peaks.append(result.peak_rss_mb)
        print(f"{size} filings ({result.converted} converted, {result.failed} failed) with {args.workers} workers, "
              f"chunks of {args.chunk_size}: peak RSS per worker {result.peak_rss_mb:.1f} MB "
              f"in {result.elapsed:.1f} s")
    ratio = peaks[1] / peaks[0]
    verdict = "flat" if ratio <= LIMIT else "NOT flat"
    print(f"ratio {args.sizes[1]}/{args.sizes[0]}: {ratio:.3f} ({verdict}; the limit is {LIMIT})")


if __name__ == "__main__":
    main()
