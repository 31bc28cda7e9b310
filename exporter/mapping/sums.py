"""Which lines a total adds up: the run of open lines just above it whose signed sum equals it.

Works on natural values (printed value times column and row signs). A part is added when its balance
(debit/credit) is the total's and subtracted otherwise, as XBRL calculation weights are.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import MAX_PREC, Decimal, localcontext

MAX_PARTS = 100  # lines a total adds up at most (a statement's longest list of items is some dozens): a table of
# 200,000 rows with a total every few lines tried every open line above each total, quadratic in the rows


@dataclass(slots=True)
class SumRow:
    key: int
    values: dict[int, Decimal]  # natural value by column
    balance: str | None
    tolerance: Decimal
    candidate: bool  # may be a total (total label, rule above, unlabelled, known total concept)
    closes_block: bool = False  # a grand total: nothing above it adds into what follows


@dataclass(slots=True)
class Sum:
    """A total and the keys of the lines it adds up, in statement order (an array: a long statement has a sum
    every few lines); a part is weighted weight(part's balance, the sum's balance)."""

    total: int
    parts: array[int]
    balance: str | None
    failing_columns: tuple[int, ...] = ()


def weight(part_balance: str | None, total_balance: str | None) -> int:
    return -1 if part_balance and total_balance and part_balance != total_balance else 1


def find_sums(rows: Iterable[SumRow]) -> list[Sum]:
    """Totals found among `rows` (in statement order, read once); their parts leave the open list."""
    sums: list[Sum] = []
    open_rows: list[SumRow] = []
    for row in rows:
        if row.candidate and row.values and len(open_rows) >= 2:
            found = _best_run(row, open_rows)
            if found:
                sums.append(found)
                del open_rows[-len(found.parts):]  # the parts are the run just above the total
        open_rows.append(row)
        if row.closes_block:
            open_rows = []
    return sums


def _best_run(total: SumRow, open_rows: list[SumRow]) -> Sum | None:
    """The run of open lines just above `total` (two to MAX_PARTS) whose signed sum matches it in the most columns,
    longest first among equals; the sums grow one line at a time, upwards from the total."""
    best: tuple[int, int] | None = None  # the best run's columns matched and length
    found: tuple[str, tuple[int, ...]] = ("", ())  # its balance and failing columns
    balances = [total.balance] if total.balance else ["debit", "credit"]
    needed = max(1, (len(total.values) + 1) // 2)
    with localcontext(prec=MAX_PREC):  # exact: the sums do not depend on the order the lines are added in
        for balance in balances:
            sums = dict.fromkeys(total.values, Decimal(0))
            for length, row in enumerate(reversed(open_rows[-MAX_PARTS:]), start=1):
                signed = weight(row.balance, balance)
                for column in sums:
                    sums[column] += signed * row.values.get(column, Decimal(0))
                if length < 2:
                    continue
                failing = [column for column, printed in total.values.items()
                           if abs(sums[column] - printed) > total.tolerance]
                matched = len(total.values) - len(failing)
                score = (matched, length)
                if matched >= needed and (best is None or score > best):
                    best, found = score, (balance, tuple(failing))
    if best is None:
        return None
    return Sum(total.key, array("q", (row.key for row in open_rows[-best[1]:])), *found)
