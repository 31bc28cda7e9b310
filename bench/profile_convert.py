"""Where the time of converting one filing goes: cProfile top functions, seconds per stage and MB/s, no Arelle.

Usage: python bench/profile_convert.py [FILE] [--repeat N] [--top K] [--prose KB] [--no-profile]
FILE defaults to the seed (../shared/seeds/), else examples/pine-river-10k-1997.txt. Each conversion is parse +
map (convert) and the CSV and Parquet fact tables, after one warm-up conversion (the taxonomy is read once per
process, as a batch worker does). With --prose KB (default 300) the filing's statements are also measured wrapped
in that many KB of generated prose paragraphs, as in a real 10-K, which is mostly prose outside <TABLE> blocks.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import statistics
import tempfile
import time
from pathlib import Path

from inputs import EXAMPLE, SEED

from exporter.mapping.taxonomy import load_taxonomy
from exporter.pipeline import convert
from exporter.serialize.parquet import write_parquet
from exporter.serialize.table import write_csv

_WORDS = (
    "the", "company", "its", "revenues", "increased", "decreased", "during", "fiscal", "year", "compared", "with",
    "prior", "period", "primarily", "due", "to", "higher", "lower", "sales", "of", "products", "services", "in",
    "addition", "management", "believes", "that", "results", "operations", "may", "be", "affected", "by", "factors",
    "including", "competition", "market", "conditions", "interest", "rates", "and", "other", "risks", "described",
    "below", "see", "note", "financial", "statements", "accounting", "policies", "were", "applied", "consistently",
)


def prose_wrapped(raw: bytes, kilobytes: int, seed: int = 1998) -> bytes:
    """The filing with `kilobytes` of prose paragraphs (wrapped at 72 columns) spread over the gaps between its
    tables: half before the first <TABLE>, the rest after the last </TABLE>, as in a 10-K's narrative items."""
    chance = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < kilobytes * 1024:
        words = [chance.choice(_WORDS) for _ in range(chance.randint(60, 160))]
        words[0] = words[0].capitalize()
        lines, line = [], "     "
        for word in words:
            if len(line) + len(word) + 1 > 72:
                lines.append(line.rstrip())
                line = ""
            line += word + " "
        lines.append(line.rstrip() + ".")
        paragraphs.append("\n".join(lines) + "\n\n")
        size += len(paragraphs[-1])
    half = len(paragraphs) // 2
    text = raw.decode("latin-1")
    first = text.find("<TABLE>")
    cut = text.rfind("\n", 0, first) + 1 if first > 0 else 0
    last = text.rfind("</TABLE>")
    tail = text.find("\n", last) + 1 if last >= 0 else len(text)
    wrapped = text[:cut] + "".join(paragraphs[:half]) + text[cut:tail] + "".join(paragraphs[half:]) + text[tail:]
    return wrapped.encode("latin-1")


def convert_once(path: Path, raw: bytes, out: Path, timings: dict[str, float]) -> int:
    """Parse, map and write facts.csv and facts.parquet; return the number of facts."""
    conversion = convert(path, raw, timings)
    started = time.perf_counter()
    write_csv(conversion.mapped, out / "facts.csv")
    write_parquet(conversion.mapped, out / "facts.parquet")
    timings["serialize"] = timings.get("serialize", 0.0) + time.perf_counter() - started
    return len(conversion.mapped.facts)


def measure(name: str, path: Path, raw: bytes, repeat: int) -> tuple[float, dict[str, float]]:
    """Median seconds per conversion and the seconds per stage summed over `repeat` conversions."""
    timings: dict[str, float] = {}
    seconds = []
    with tempfile.TemporaryDirectory() as out:
        convert_once(path, raw, Path(out), {})  # warm-up
        for _ in range(repeat):
            started = time.process_time()
            facts = convert_once(path, raw, Path(out), timings)
            seconds.append(time.process_time() - started)
    median = statistics.median(seconds)
    total = sum(timings.values())
    print(f"{name}: {len(raw) / 1024:.1f} KiB, {facts} facts; CPU seconds per conversion (parse+map+csv+parquet, "
          f"no Arelle): median {median:.4f}, min {min(seconds):.4f} over {repeat}; "
          f"{len(raw) / 1e6 / median:.2f} MB per CPU-second")
    print("  share per stage: " + ", ".join(f"{stage} {t / total:.0%} ({t / repeat * 1000:.1f} ms)"
                                            for stage, t in timings.items()))
    return median, timings


def profile(path: Path, raw: bytes, repeat: int, top: int) -> None:
    with tempfile.TemporaryDirectory() as out:
        convert_once(path, raw, Path(out), {})
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(repeat):
            convert_once(path, raw, Path(out), {})
        profiler.disable()
    for order in ("cumulative", "tottime"):
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).strip_dirs().sort_stats(order).print_stats(top)
        text = stream.getvalue()
        print(f"\n== top {top} by {order} time over {repeat} conversions ==")
        print(text[text.find("   ncalls"):].rstrip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=SEED if SEED.is_file() else EXAMPLE)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--prose", type=int, default=300, help="KB of prose for the wrapped input (0: skip)")
    parser.add_argument("--no-profile", action="store_true", help="only the timings, no cProfile")
    args = parser.parse_args()
    load_taxonomy()
    raw = args.file.read_bytes()
    measure(args.file.name, args.file, raw, args.repeat)
    if args.prose:
        measure(f"{args.file.name} wrapped in {args.prose} KB of prose", args.file, prose_wrapped(raw, args.prose),
                args.repeat)
    if not args.no_profile:
        profile(args.file, raw, args.repeat, args.top)


if __name__ == "__main__":
    main()
