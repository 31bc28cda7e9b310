"""Long fuzz campaign: feed the converter every strategy of tests/fuzzing.py; report what is not a clean outcome.

Usage: nice -n 19 python bench/fuzz.py [--cases 100000] [--processes 2] [--case-timeout 10] [--seed 0] > fuzz.log 2>&1 &
Each case is converted and, when it converts, written in every output format we write (not Arelle's viewer). A
clean outcome is files in every format or the project's own ConversionError. Anything else is a crash: an exception
of another class (in a stage or a writer), or a case using more than --case-timeout CPU seconds per started megabyte
(a Hang: time out of proportion to the input; a linear 3 MB markup soup is not one, an exponential regex on 30 bytes
is). The campaign keeps going, minimises the first input of each distinct crash, saves both under bench/fuzz-crashes/
and prints a summary at the end.
The strategies are `filing_bytes`, `html_bytes` and `ex27_bytes`.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import signal
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
CRASHES = ROOT / "bench" / "fuzz-crashes"
STRATEGIES = {"filing_bytes": "fuzz.txt", "html_bytes": "fuzz.htm", "ex27_bytes": "fuzz.txt"}
BATCH = 500  # cases per Hypothesis run: a fresh run per batch keeps Hypothesis' memory of past cases small
MINIMISE_BUDGET = 300  # conversions spent shrinking one crash, at most
MINIMISE_SECONDS = 120.0  # and seconds (a Hang costs its budget per try)


class Hang(Exception):
    """A case ran past its budget: --case-timeout CPU seconds per started megabyte."""


@dataclass
class Crash:
    """One distinct crash: how often it happened and its smallest known input."""

    count: int = 0
    strategy: str = ""
    example: bytes = b""
    minimised: bytes = b""


@dataclass
class Tally:
    cases: Counter = field(default_factory=Counter)  # per strategy
    crashes: dict[str, Crash] = field(default_factory=dict)  # per signature and strategy

    def merge(self, other: Tally) -> None:
        self.cases += other.cases
        for signature, crash in other.crashes.items():
            mine = self.crashes.setdefault(signature, Crash(0, crash.strategy, crash.example, crash.minimised))
            mine.count += crash.count
            if len(crash.minimised) < len(mine.minimised):
                mine.minimised = crash.minimised


def available_strategies() -> dict[str, object]:
    """The strategies of tests/fuzzing.py, by the names of STRATEGIES."""
    import fuzzing

    return {"filing_bytes": fuzzing.filing_bytes, "html_bytes": fuzzing.html_bytes, "ex27_bytes": fuzzing.ex27_bytes()}


def outcome(data: bytes, name: str, timeout: float) -> str | None:
    """None for a clean outcome, else the crash signature: exception class and where it was raised."""
    from exporter.errors import ConversionError
    from exporter.pipeline import convert
    from fuzzing import write_every_format

    budget = timeout * max(1, math.ceil(len(data) / 1_000_000))

    def expire(_signum, _frame):
        signal.setitimer(signal.ITIMER_PROF, 0.5)  # again, should this one land where it is swallowed (a gc callback)
        raise Hang(f"over {budget:g} s")

    previous = signal.signal(signal.SIGPROF, expire)
    try:
        try:
            signal.setitimer(signal.ITIMER_PROF, budget)  # CPU seconds: a niced campaign on a busy machine waits
            write_every_format(convert(Path(name), data))
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)  # the alarm may fire up to here: the outer try catches it
    except Hang:
        return "Hang"
    except ConversionError:
        return None
    except Exception as error:  # noqa: BLE001 - a crash is what the campaign looks for
        where = traceback.extract_tb(error.__traceback__)[-1]
        return f"{type(error).__name__} at {Path(where.filename).name}:{where.lineno}"
    finally:
        signal.signal(signal.SIGPROF, previous)
    return None


def minimise(data: bytes, still_fails: Callable[[bytes], bool], budget: int = MINIMISE_BUDGET) -> bytes:
    """Delta debugging: drop ever smaller chunks (lines first, then bytes) while the crash stays the same."""
    deadline = time.monotonic() + MINIMISE_SECONDS
    for unit in (b"\n", None):
        parts = data.split(b"\n") if unit else [bytes([b]) for b in data]
        joiner = unit or b""
        size = max(len(parts) // 2, 1)
        while size >= 1 and budget > 0 and time.monotonic() < deadline:
            start, shrunk = 0, False
            while start < len(parts) and budget > 0 and time.monotonic() < deadline:
                candidate = parts[:start] + parts[start + size :]
                budget -= 1
                if candidate and still_fails(joiner.join(candidate)):
                    parts, shrunk = candidate, True
                else:
                    start += size
            if not shrunk:
                size //= 2
        data = joiner.join(parts)
        if unit is None or len(data) > 4096:
            break  # byte-level shrinking of a large input is not worth the budget
    return data


def campaign(worker: int, cases: int, timeout: float, start: int) -> Tally:
    """Run `cases` cases in batches of fresh Hypothesis runs seeded by `start` and the worker number."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as fixed_seed
    from hypothesis import strategies as st

    strategies = available_strategies()
    tagged = st.one_of(*(s.map(lambda data, n=name: (n, data)) for name, s in strategies.items()))
    tally = Tally()
    done = 0
    started = time.monotonic()
    while done < cases:
        size = min(BATCH, cases - done)

        @fixed_seed(start * 1_000_000_007 + worker * 1_000_003 + done)
        @settings(max_examples=size, deadline=None, database=None, suppress_health_check=list(HealthCheck),
                  phases=("generate",))
        @given(tagged)
        def run(case: tuple[str, bytes]) -> None:
            name, data = case
            tally.cases[name] += 1
            signature = outcome(data, STRATEGIES[name], timeout)
            if signature is None:
                return
            crash = tally.crashes.setdefault(f"{signature} [{name}]", Crash(strategy=name, example=data))
            crash.count += 1
            if crash.count == 1:
                crash.minimised = minimise(data, lambda d: outcome(d, STRATEGIES[name], timeout) == signature)
                _save(signature, crash)

        run()
        done += size
        rate = done / (time.monotonic() - started)
        found = ", ".join(f"{signature} x{crash.count}" for signature, crash in tally.crashes.items())
        print(f"[worker {worker}] {done}/{cases} cases, {rate:.1f} cases/s, crashes: {found or 'none'}",
              file=sys.stderr, flush=True)
    return tally


def _save(signature: str, crash: Crash) -> None:
    CRASHES.mkdir(exist_ok=True)
    digest = hashlib.sha1(crash.example).hexdigest()[:12]
    (CRASHES / f"{digest}.txt").write_bytes(crash.example)
    (CRASHES / f"{digest}.min.txt").write_bytes(crash.minimised)
    (CRASHES / f"{digest}.signature").write_text(f"{signature}\n{crash.strategy}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000, help="cases in all (default: 100000)")
    parser.add_argument("--processes", type=int, default=2, help="worker processes (default: 2)")
    parser.add_argument("--case-timeout", type=float, default=10.0,
                        help="CPU seconds per started MB of input before a case counts as a Hang")
    parser.add_argument("--seed", type=int, default=0,
                        help="campaigns with the same seed replay the same cases; another seed, new ones (default: 0)")
    parser.add_argument("--nice", type=int, default=0, help="raise the niceness of the campaign by N")
    args = parser.parse_args()
    if args.nice:
        os.nice(args.nice)
    print(f"fuzz campaign: strategies {', '.join(available_strategies())}, seed {args.seed}", flush=True)
    started = time.monotonic()
    shares = [args.cases // args.processes + (i < args.cases % args.processes) for i in range(args.processes)]
    tally = Tally()
    with ProcessPoolExecutor(args.processes) as pool:
        for part in pool.map(campaign, range(args.processes), shares, [args.case_timeout] * args.processes,
                             [args.seed] * args.processes):
            tally.merge(part)
    per_strategy = ", ".join(f"{name} {count}" for name, count in tally.cases.most_common())
    total = sum(c.count for c in tally.crashes.values())
    print(f"fuzz campaign: {sum(tally.cases.values())} cases ({per_strategy}) in {time.monotonic() - started:.0f} s, "
          f"{total} crashes, {len(tally.crashes)} distinct")
    for signature, crash in sorted(tally.crashes.items(), key=lambda item: -item[1].count):
        print(f"  {crash.count:6d}  {signature}")
        print(f"          minimised ({len(crash.minimised)} bytes): {crash.minimised[:300]!r}")


if __name__ == "__main__":
    main()
