"""Memory and time on a big filing: the example's statements repeated to ~50 MB, converted in a fresh process.

Usage: python bench/big_filing.py [--mb 50] [--formats xbrl,csv,parquet] [--single-line [--html]]
Prints the size, the seconds, the peak RSS of the converting process (and of the same process on the small
example, for the fixed cost of Python, pandas and the taxonomy) and peak RSS / size, which should stay under 10.
With --single-line the filing is instead one table whose rows (the example's balance sheet rows, repeated to the
size) are printed on a single line, as a damaged filing without line breaks has them; with --html, as an HTML table
(<TR><TD>label</TD><TD>1997</TD><TD>1996</TD></TR> after one another, one line): a fact every 30 bytes, one table.
The formats are convert's defaults; Arelle's validation, a separate step (`legacy-xbrl validate`), is not run.
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from inputs import EXAMPLE, ROOT

CONVERT = """
import sys
from pathlib import Path
from exporter.pipeline import convert, write_outputs
conversion = convert(Path(sys.argv[1]))
write_outputs(conversion, Path(sys.argv[2]), tuple(sys.argv[3].split(",")), validate=False)
print(len(conversion.mapped.facts))
"""


def build(path: Path, megabytes: float) -> int:
    """Write the example with its statements (ITEM 8 up to </TEXT>) repeated until the file has `megabytes`."""
    text = EXAMPLE.read_text()
    start, end = text.index("ITEM 8."), text.index("</TEXT>")
    head, statements, tail = text[:start], text[start:end], text[end:]
    repeats = max(1, int(megabytes * 1024 * 1024 / len(statements)))
    with path.open("w") as handle:
        handle.write(head)
        for _ in range(repeats):
            handle.write(statements)
        handle.write(tail)
    return path.stat().st_size


def build_single_line(path: Path, megabytes: float) -> int:
    """Write the example with its balance sheet's rows joined on one line, repeated until the file has `megabytes`."""
    text = EXAMPLE.read_text()
    marks = text.index("<S>", text.index("BALANCE SHEETS"))
    start = text.index("\n", marks) + 1
    end = text.index("</TABLE>", start)
    rows = text[start:end].replace("\n", " ")
    repeats = max(1, int(megabytes * 1024 * 1024 / len(rows)))
    with path.open("w") as handle:
        handle.write(text[:start])
        for _ in range(repeats):
            handle.write(rows)
        handle.write("\n" + text[end:])
    return path.stat().st_size


def build_single_line_html(path: Path, megabytes: float) -> int:
    """Write the example's header with one HTML document: its balance sheet's lines as table rows on one line,
    repeated until the file has `megabytes`."""
    text = EXAMPLE.read_text()
    start = text.index("<S>", text.index("BALANCE SHEETS"))
    lines = text[start : text.index("</TABLE>", start)].splitlines()[1:]
    items = [re.match(r"\s*(.*?)\.{2,}\s*\$?\s*([\d,()]+)\s+\$?\s*([\d,()]+)\s*$", line) for line in lines]
    rows = "".join(f"<TR><TD>{m[1]}</TD><TD>{m[2]}</TD><TD>{m[3]}</TD></TR>" for m in items if m)
    head = ("<HTML><BODY><P>CONSOLIDATED BALANCE SHEETS</P><P>(In thousands)</P>"
            "<TABLE><TR><TD></TD><TD>December 31, 1997</TD><TD>December 31, 1996</TD></TR>")
    repeats = max(1, int(megabytes * 1024 * 1024 / len(rows)))
    with path.open("w") as handle:
        handle.write(text[: text.index("<TEXT>") + len("<TEXT>")] + "\n" + head)
        for _ in range(repeats):
            handle.write(rows)
        handle.write("</TABLE></BODY></HTML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    return path.stat().st_size


def convert_in_child(path: Path, out: Path, formats: str) -> tuple[float, float, int]:
    """Seconds, peak RSS in bytes and facts of converting `path` in a fresh Python process."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", CONVERT, str(path), str(out), formats], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # the largest child so far
    return seconds, peak, int(result.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="size of the filing in MB (default: 50)")
    parser.add_argument("--formats", default="xbrl,csv,parquet", help="output formats (default: xbrl,csv,parquet)")
    parser.add_argument("--single-line", action="store_true", help="one table with all its rows on one line")
    parser.add_argument("--html", action="store_true", help="with --single-line: the table in HTML")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="big-filing-") as folder:
        small_seconds, small_peak, small_facts = convert_in_child(EXAMPLE, Path(folder) / "small", args.formats)
        path = Path(folder) / "big-10k.txt"
        builder = (build_single_line_html if args.html else build_single_line) if args.single_line else build
        size = builder(path, args.mb)
        seconds, peak, facts = convert_in_child(path, Path(folder) / "out", args.formats)
    print(f"example: {EXAMPLE.stat().st_size / 1e3:.0f} kB, {small_facts} facts, {small_seconds:.1f} s, "
          f"peak RSS {small_peak / 2**20:.0f} MB (the fixed cost)")
    what = f"single-line {'HTML ' if args.html else ''}table" if args.single_line else "big filing"
    print(f"{what}: {size / 2**20:.1f} MB, {facts} facts, {seconds:.1f} s, peak RSS {peak / 2**20:.0f} MB, "
          f"peak RSS / size {peak / size:.1f} (limit 10), above the fixed cost / size {(peak - small_peak) / size:.1f}")


if __name__ == "__main__":
    main()
