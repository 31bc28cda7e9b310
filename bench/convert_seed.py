"""Seconds and peak memory of converting one filing (default: the seed), Arelle excluded.

Usage: python bench/convert_seed.py [FILE] [--repeat N]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from exporter.mapping.taxonomy import load_taxonomy
from exporter.pipeline import convert, write_outputs

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_c41b66230e5bd158.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=SEED)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    load_taxonomy()  # read once per process, as a batch worker would
    timings = []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(args.repeat):
            start = time.perf_counter()
            conversion = convert(args.file)
            write_outputs(conversion, Path(out), validate=False)
            timings.append(time.perf_counter() - start)
        tracemalloc.start()
        conversion = convert(args.file)
        write_outputs(conversion, Path(out), validate=False)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    size = args.file.stat().st_size
    print(f"file: {args.file.name} ({size / 1024:.1f} KiB, {len(conversion.mapped.facts)} facts)")
    print(f"seconds per conversion (parse+map+xbrl+csv+parquet, no Arelle): median {statistics.median(timings):.4f}, "
          f"min {min(timings):.4f}, over {args.repeat} runs")
    print(f"throughput: {size / statistics.median(timings) / 1e6:.2f} MB/s")
    print(f"peak Python heap during one conversion (tracemalloc): {peak / 1e6:.1f} MB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process max RSS (includes pandas/pyarrow/lxml): {rss:.0f} MB")


if __name__ == "__main__":
    main()
