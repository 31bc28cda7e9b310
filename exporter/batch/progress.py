"""Progress of a batch: a bar that redraws itself on a terminal, plain log lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, total: int, stream: TextIO = sys.stderr, interval: float = 5.0):
        self.total = total
        self.done = 0
        self.errors = 0
        self.stream = stream
        self.tty = stream.isatty()
        self.interval = interval
        self.started = time.monotonic()
        self.last_line = float("-inf")  # the first advance always writes a line

    def advance(self, files: int, errors: int) -> None:
        self.done += files
        self.errors += errors
        now = time.monotonic()
        if self.tty:
            self.stream.write("\r" + self._text(now, bar=True))
            self.stream.flush()
        elif now - self.last_line >= self.interval or self.done >= self.total:
            self.stream.write(f"batch: {self._text(now, bar=False)}\n")
            self.stream.flush()
            self.last_line = now

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")

    def _text(self, now: float, bar: bool) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        share = self.done / self.total if self.total else 1.0
        gauge = f"[{'#' * int(share * 30):<30}] " if bar else ""
        return (f"{gauge}{self.done}/{self.total} files ({share:.0%}), {rate:.1f} filings/s, "
                f"{self.errors} errors, {_clock(left)} left")


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
