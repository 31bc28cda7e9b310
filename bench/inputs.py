"""Benchmark inputs: the dev corpus, or without it the seed filing and the bundled example, repeated."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from exporter.batch.runner import BatchResult, run_batch
from exporter.batch.worker import BatchOptions

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
SEED = SHARED / "seeds" / "000_c41b66230e5bd158.txt"
EXAMPLE = ROOT / "examples" / "pine-river-10k-1997.txt"
FALLBACK = (SHARED / "seeds", ROOT / "examples")


def corpus_files(folder: Path) -> tuple[list[Path], str]:
    """The filings under `folder`, or the seed and example filings when it is absent; and a line saying which."""
    if folder.is_dir():
        files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "MANIFEST.tsv")
        return files, f"{len(files)} filings under {folder}"
    files = sorted(file for path in FALLBACK if path.is_dir() for file in path.glob("*.txt"))
    names = ", ".join(str(file.relative_to(ROOT.parent)) for file in files)
    return files, f"{folder} not found: using the seed and the bundled example instead ({names})"


def prepare(sources: list[Path], target: Path, count: int) -> int:
    """Copy the filings into `target`, repeated until there are `count` (each copy made distinct by a trailing
    line, so that the batch does not skip it as a duplicate); return the bytes written."""
    if not sources:
        raise SystemExit("no filings to benchmark")
    total = 0
    for number in range(max(count, len(sources))):
        source = sources[number % len(sources)]
        data = source.read_bytes() + f"\n<!-- benchmark copy {number} -->\n".encode()
        (target / f"{number:06d}-{source.name}").write_bytes(data)
        total += len(data)
    return total


def run_repeated(files: list[Path], count: int, workers: int, chunk_size: int, options: BatchOptions
                 ) -> tuple[BatchResult, int]:
    """A batch of `count` copies of the filings in a temporary folder; its result and the input bytes."""
    with tempfile.TemporaryDirectory() as work:
        inputs, out = Path(work) / "in", Path(work) / "out"
        inputs.mkdir()
        size = prepare(files, inputs, count)
        result = run_batch([inputs], out, workers=workers, chunk_size=chunk_size, options=options,
                           stream=io.StringIO())
    return result, size
