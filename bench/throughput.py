"""Batch throughput: filings/s, input MB/s per core, peak memory per worker, share of time per stage.

Usage: python bench/throughput.py [FOLDER] [--filings 200] [--workers N] [--validate]
FOLDER defaults to ../shared/corpus/dev; its filings are repeated (each copy made distinct by a trailing
line, so the batch does not skip it as a duplicate) until there are at least --filings inputs.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import tempfile
from pathlib import Path

from exporter.batch.runner import run_batch
from exporter.batch.worker import BatchOptions

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "dev"


def prepare(folder: Path, target: Path, count: int) -> int:
    """Copy the folder's filings into `target` until there are `count`; return the bytes copied."""
    sources = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "MANIFEST.tsv")
    if not sources:
        raise SystemExit(f"no filings under {folder}")
    total = 0
    for number in range(max(count, len(sources))):
        source = sources[number % len(sources)]
        data = source.read_bytes() + f"\n<!-- benchmark copy {number} -->\n".encode()
        (target / f"{number:06d}-{source.name}").write_bytes(data)
        total += len(data)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--filings", type=int, default=200)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--chunk-size", type=int, default=20)
    parser.add_argument("--validate", action="store_true", help="include Arelle (slow)")
    args = parser.parse_args()
    folder = args.folder
    if not folder.is_dir():
        print(f"{folder} not found: using the seed and the bundled example instead")
        folder = Path(tempfile.mkdtemp())
        for path in (SHARED / "seeds", Path(__file__).resolve().parents[1] / "examples"):
            for file in path.glob("*.txt"):
                shutil.copy(file, folder)
    with tempfile.TemporaryDirectory() as work:
        inputs, out = Path(work) / "in", Path(work) / "out"
        inputs.mkdir()
        size = prepare(folder, inputs, args.filings)
        result = run_batch([inputs], out, workers=args.workers, chunk_size=args.chunk_size,
                           options=BatchOptions(validate=args.validate), stream=io.StringIO())
    busy = sum(result.stage_seconds.values())
    print(f"inputs: {result.inputs} filings, {size / 1e6:.1f} MB from {folder}")
    print(f"converted {result.converted}, failed {result.failed}, facts {result.facts}")
    rate = result.inputs / result.elapsed
    print(f"wall time {result.elapsed:.2f} s with {args.workers} workers: {rate:.1f} filings/s")
    print(f"input MB/s per core (wall): {size / 1e6 / result.elapsed / args.workers:.2f}")
    print(f"input MB/s per busy core-second (excludes start-up and waiting): {size / 1e6 / busy:.2f}")
    print(f"peak memory per worker (max RSS): {result.peak_rss_mb:.0f} MB")
    print("share of worker time per stage: " + ", ".join(
        f"{stage} {seconds / busy:.0%}" for stage, seconds in result.stage_seconds.items()))


if __name__ == "__main__":
    main()
