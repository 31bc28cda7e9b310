"""Conversion speed of this tree against another revision, measured in the same run: MB per CPU second of each.

Usage: python bench/compare_trees.py [--against REV] [--rounds N] [--html] [--biggest K] [FILE...]
The other revision (default: main) is exported with `git archive` into a temporary folder. Each round converts
the same filings (`convert`, as bench/accuracy.py times it: parse and map, no output files) in a fresh process per
tree, the trees taking turns, so that a machine shared with other work slows both alike; each tree's figure is its
fastest round. The filings: the FILEs given, else the HTML pairs (../shared/corpus/pairs-dev) and the dev corpus
(../shared/corpus/dev; with --html only its HTML filings, with --biggest K only its K largest).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from inputs import CORPUS, ROOT, SHARED

PAIRS = SHARED / "corpus" / "pairs-dev"

CONVERT = """
import json, sys, time
from pathlib import Path
from exporter.mapping.taxonomy import load_taxonomy
from exporter.pipeline import convert
load_taxonomy()
seconds, size = 0.0, 0
for name in sys.argv[1:]:
    raw = Path(name).read_bytes()
    started = time.process_time()
    try:
        convert(Path(name), raw=raw)
    except Exception:  # a filing that fails is timed all the same, as bench/accuracy.py does
        pass
    seconds += time.process_time() - started
    size += len(raw)
print(json.dumps({"seconds": seconds, "bytes": size}))
"""


def filings(args: argparse.Namespace) -> list[Path]:
    """The filings to convert: the ones named, else the pairs' HTML inputs and the dev corpus (or part of it)."""
    if args.files:
        return args.files
    chosen = sorted(PAIRS.glob("*/input_untagged.htm"))
    corpus = sorted(p for p in CORPUS.glob("*") if p.is_file() and p.name != "MANIFEST.tsv")
    if args.html:
        corpus = [p for p in corpus if b"<tr" in p.read_bytes().lower()]
    if args.biggest:
        corpus = sorted(corpus, key=lambda p: p.stat().st_size, reverse=True)[: args.biggest]
    return chosen + corpus


def export(revision: str, folder: Path) -> Path:
    """The tree of `revision` written into `folder`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def convert_all(tree: Path, files: list[Path]) -> tuple[float, int]:
    """CPU seconds and bytes of converting `files` with the exporter of `tree`, in a fresh process."""
    result = subprocess.run([sys.executable, "-c", CONVERT, *map(str, files)], cwd=tree, capture_output=True,
                            text=True, check=True, env={**os.environ, "PYTHONPATH": str(tree)})
    figures = json.loads(result.stdout.splitlines()[-1])
    return figures["seconds"], figures["bytes"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--against", default="main", help="the revision to compare with (default: main)")
    parser.add_argument("--rounds", type=int, default=2, help="conversions of the filings per tree (default: 2)")
    parser.add_argument("--html", action="store_true", help="only the corpus's HTML filings")
    parser.add_argument("--biggest", type=int, default=0, help="only the corpus's K largest filings")
    args = parser.parse_args()
    files = filings(args)
    if not files:
        raise SystemExit(f"no filings: name some, or put the corpus at {CORPUS}")
    with tempfile.TemporaryDirectory(prefix="compare-trees-") as folder:
        trees = {args.against: export(args.against, Path(folder)), "this tree": ROOT}
        best: dict[str, float] = {}
        size = 0
        for round_number in range(1, args.rounds + 1):
            for name, tree in trees.items():
                seconds, size = convert_all(tree, files)
                best[name] = min(best.get(name, seconds), seconds)
                print(f"round {round_number} {name:>10}: {seconds:6.1f} CPU s", flush=True)
    print(f"{len(files)} filings, {size / 1e6:.1f} MB")
    for name, seconds in best.items():
        print(f"{name:>10}: {seconds:6.1f} CPU s, {size / 1e6 / seconds:5.2f} MB per CPU second")
    print(f"this tree / {args.against}: {best[args.against] / best['this tree']:.3f}x the speed")


if __name__ == "__main__":
    main()
