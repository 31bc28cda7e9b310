"""Long fuzz campaign: feed the text parser random bytes and damaged fixtures; report what is not a clean outcome.

Usage: python bench/fuzz.py [--cases 100000] [--processes 2]
A clean outcome is a Conversion or the project's own ConversionError. Anything else is a crash: the campaign
keeps going, saves each crashing input under bench/fuzz-crashes/ and prints a summary at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
CRASHES = ROOT / "bench" / "fuzz-crashes"


def campaign(seed: int, cases: int) -> tuple[int, Counter]:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as fixed_seed

    from exporter.errors import ConversionError
    from exporter.pipeline import convert
    from fuzzing import filing_bytes

    crashes: Counter = Counter()
    ran = 0

    @fixed_seed(seed)
    @settings(max_examples=cases, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(filing_bytes)
    def run(data: bytes) -> None:
        nonlocal ran
        ran += 1
        try:
            convert(Path("fuzz.txt"), data)
        except ConversionError:
            pass
        except Exception as error:  # noqa: BLE001 - a crash is what the campaign looks for
            where = traceback.extract_tb(error.__traceback__)[-1]
            signature = f"{type(error).__name__} at {Path(where.filename).name}:{where.lineno}"
            if not crashes[signature]:
                CRASHES.mkdir(exist_ok=True)
                (CRASHES / f"{hashlib.sha1(data).hexdigest()[:12]}.txt").write_bytes(data)
            crashes[signature] += 1

    run()
    return ran, crashes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    started = time.monotonic()
    share = args.cases // args.processes
    with ProcessPoolExecutor(args.processes) as pool:
        results = list(pool.map(campaign, range(args.processes), [share] * args.processes))
    ran = sum(r for r, _ in results)
    crashes = sum((c for _, c in results), Counter())
    print(f"fuzz campaign: {ran} cases in {time.monotonic() - started:.0f} s, {sum(crashes.values())} crashes, "
          f"{len(crashes)} distinct")
    for signature, count in crashes.most_common():
        print(f"  {count:6d}  {signature}")


if __name__ == "__main__":
    main()
