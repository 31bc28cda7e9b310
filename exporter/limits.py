"""Per-filing time limit (--timeout) for `convert` and the batch workers."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class FilingTimeout(Exception):
    """A filing took longer than --timeout."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Stop a pathological filing after `seconds` (only where signals work: the main thread of a process)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise FilingTimeout(f"took longer than the {seconds:g} s limit (--timeout)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
